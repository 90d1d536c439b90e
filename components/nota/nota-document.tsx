import { formatDate } from "@/lib/domain/dates";
import { CLASSIFICATION_LABELS, FIELD_LABELS } from "@/lib/domain/nota/labels";
import type { ReadableNota } from "@/lib/services/nota/load-nota";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import { AnnexView } from "./annex-view";
import { NotaHeaderBlock } from "./nota-header-block";
import { InlineRichText, RichTextView } from "./rich-text-view";

function ClassificationMark({ nota }: { nota: ReadableNota }) {
  if (nota.classification === "ONGERUBRICEERD") return null;
  return <p className="my-2 text-center font-bold uppercase tracking-widest text-rood">{CLASSIFICATION_LABELS[nota.classification]}</p>;
}

/** The nota as the document reads: header, title, sections, decision points, annex. */
export function NotaDocument({ nota }: { nota: ReadableNota }) {
  return (
    <article aria-labelledby="nota-titel" className="border border-grijs-2 bg-white px-6 py-8 shadow-sm md:px-10">
      <ClassificationMark nota={nota} />
      <NotaHeaderBlock nota={nota} />

      <p aria-hidden="true" className="mt-10 text-4xl font-light lowercase text-rijks">
        nota
      </p>
      <h1 id="nota-titel" className="mt-1 text-2xl font-bold">
        {nota.title}
      </h1>

      <section aria-labelledby="aanleiding" className="mt-8">
        <h2 id="aanleiding" className="text-xl font-bold text-rijks">
          {FIELD_LABELS.aanleiding}
        </h2>
        <RichTextView doc={nota.aanleiding as RichTextDoc} />
      </section>

      <section aria-labelledby="geadviseerd-besluit" className="mt-8">
        <h2 id="geadviseerd-besluit" className="text-xl font-bold text-rijks">
          {FIELD_LABELS.decisionPoints}
        </h2>
        <ol className="my-2 list-decimal space-y-1.5 pl-6">
          {nota.decisionPoints.map((point) => (
            <li key={point.id}>
              <InlineRichText doc={point.text as RichTextDoc} />
            </li>
          ))}
        </ol>
        {nota.remarks.map((remark, index) => (
          <div key={remark.id} className="mt-3 flex gap-2">
            <strong className="whitespace-nowrap">Nb. {index + 1}:</strong>
            <RichTextView doc={remark.body as RichTextDoc} className="[&>p:first-child]:mt-0" />
          </div>
        ))}
      </section>

      <section aria-labelledby="kern" className="mt-8">
        <h2 id="kern" className="text-xl font-bold text-rijks">
          {FIELD_LABELS.kern}
        </h2>
        {nota.kernSections.map((section) => (
          <section key={section.id} aria-labelledby={`kern-${section.id}`} className="mt-4">
            <h3 id={`kern-${section.id}`} className="font-bold">
              {section.title}
            </h3>
            <RichTextView doc={section.body as RichTextDoc} />
          </section>
        ))}
        {nota.timeline.length > 0 && (
          <section aria-labelledby="tijdlijn" className="mt-4">
            <h3 id="tijdlijn" className="font-bold">
              {FIELD_LABELS.timeline}
            </h3>
            <ul className="my-2 list-disc pl-6">
              {nota.timeline.map((entry) => (
                <li key={entry.id}>
                  <time dateTime={entry.date.toISOString().slice(0, 10)}>{formatDate(entry.date)}</time>: {entry.description}
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>

      <AnnexView nota={nota} />
      <ClassificationMark nota={nota} />
    </article>
  );
}
