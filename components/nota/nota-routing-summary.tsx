import { StatusBadge } from "@/components/ui/status-badge";
import { RECIPIENT_ROLE_LABELS } from "@/lib/domain/nota/labels";
import type { ReadableNota } from "@/lib/services/nota/load-nota";
import { NotSet } from "./not-set";
import { formatFileSize } from "@/lib/domain/nota/attachment-policy";

/** Where the nota stands and whom it goes to: above the document, not part of it. */
export function NotaRoutingSummary({ nota }: { nota: ReadableNota }) {
  const byRole = (role: "BESLUIT" | "INFORMATIE") => nota.recipients.filter((r) => r.role === role);
  return (
    <section aria-label="Status en route" className="mb-6 border-l-4 border-rijks bg-lint px-4 py-3">
      <dl className="grid gap-x-8 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">Status</dt>
        <dd>
          <StatusBadge status={nota.status} /> <span className="ml-2 text-sm">versie {nota.versions[0]?.number ?? 1}</span>
        </dd>
        {(["BESLUIT", "INFORMATIE"] as const).map((role) => (
          <div key={role} className="contents">
            <dt className="font-bold">{RECIPIENT_ROLE_LABELS[role]}</dt>
            <dd>
              {byRole(role).length === 0 ? (
                <NotSet label="geen" />
              ) : (
                byRole(role).map((r, index) => (
                  <span key={r.officeId}>
                    {index > 0 && ", "}
                    <abbr title={r.office.name}>{r.office.code}</abbr>
                  </span>
                ))
              )}
            </dd>
          </div>
        ))}
        <dt className="font-bold">Eigenaar</dt>
        <dd>
          <abbr title={nota.ownerOffice.name}>{nota.ownerOffice.code}</abbr>
        </dd>
        <dt className="font-bold">Bijgevoegd</dt>
        <dd>
          {nota.attachments.length === 0 ? (
            <NotSet label="geen bestanden" />
          ) : (
            <ul>
              {nota.attachments.map((file) => (
                <li key={file.id}>
                  <a href={`/api/bijlagen/${file.id}`}>{file.fileName}</a> <span className="text-sm">({formatFileSize(file.size)})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
