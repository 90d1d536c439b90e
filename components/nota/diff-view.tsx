// Shows what changed between two versions: texts word by word (struck through and
// underlined, with words for screen readers), lists item by item, the annex row by row.
import type { FieldChange } from "@/lib/domain/nota/diff/snapshot-diff";
import type { TextPart } from "@/lib/domain/nota/diff/text-diff";
import { formatFileSize } from "@/lib/domain/nota/attachment-policy";

const STATUS_LABELS = { added: "toegevoegd", removed: "verwijderd", changed: "gewijzigd", moved: "verplaatst" } as const;
const STATUS_STYLE = {
  added: "border-groen text-groen",
  removed: "border-rood text-rood",
  changed: "border-rijks text-rijks",
  moved: "border-grijs-5 text-grijs-5",
} as const;

export function WordDiff({ parts }: { parts: TextPart[] }) {
  return (
    <p className="whitespace-pre-wrap">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-green-50 text-groen underline decoration-2">
            <span className="sr-only">[toegevoegd: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-50 text-rood line-through">
            <span className="sr-only">[verwijderd: </span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}

function Status({ status }: { status: keyof typeof STATUS_LABELS }) {
  return <span className={`mr-2 inline-block border px-1.5 text-xs font-bold uppercase ${STATUS_STYLE[status]}`}>{STATUS_LABELS[status]}</span>;
}

export function DiffView({ changes, headingLevel = 3 }: { changes: FieldChange[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  if (changes.length === 0) return <p className="text-grijs-5">Geen verschillen.</p>;
  return (
    <div className="space-y-5">
      {changes.map((change, index) => (
        <section key={index} aria-label={change.label} className="border-l-4 border-grijs-2 pl-3">
          <Heading className="mb-1 font-bold">{change.label}</Heading>
          {change.kind === "text" && <WordDiff parts={change.parts} />}
          {change.kind === "items" && (
            <ul className="space-y-2">
              {change.items.map((item, i) => (
                <li key={i}>
                  <Status status={item.status} />
                  <span className="font-bold">{item.title}</span>
                  {item.parts && <WordDiff parts={item.parts} />}
                </li>
              ))}
            </ul>
          )}
          {change.kind === "annex" && (
            <ul className="space-y-2">
              {change.changes.map((item, i) => (
                <li key={i}>
                  <Status status={item.status} />
                  <span className="font-bold">
                    {item.what}: {item.name}
                  </span>
                  {item.where && <span className="ml-1 text-sm text-grijs-5">({item.where})</span>}
                  {item.fields && item.fields.length > 0 && (
                    <ul className="mt-1 ml-4 list-disc pl-4 text-sm">
                      {item.fields.map((field) => (
                        <li key={field.label}>
                          {field.label}:{" "}
                          {field.from && (
                            <del className="text-rood">
                              <span className="sr-only">was </span>
                              {field.from}
                            </del>
                          )}
                          {field.from && field.to && <span aria-hidden="true"> → </span>}
                          {field.to && (
                            <ins className="text-groen no-underline">
                              <span className="sr-only">{field.from ? ", wordt " : ""}</span>
                              {field.to}
                            </ins>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          {change.kind === "attachments" && (
            <ul className="space-y-1">
              {change.added.map((file) => (
                <li key={file.id}>
                  <Status status="added" />
                  {file.fileName} ({formatFileSize(file.size)})
                </li>
              ))}
              {change.removed.map((file) => (
                <li key={file.id}>
                  <Status status="removed" />
                  {file.fileName}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
