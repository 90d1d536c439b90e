import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/planning/print-button";
import { Refusal } from "@/components/ui/refusal";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/domain/dates";
import { CLASSIFICATION_LABELS, STATUS_LABELS } from "@/lib/domain/nota/labels";
import { AGENDA_ITEM_LABELS } from "@/lib/domain/planning/labels";
import { loadForPage } from "@/lib/http/page-errors";
import { idParam } from "@/lib/http/route-handler";
import { loadAgenda } from "@/lib/services/councils/load-agenda";

export const metadata: Metadata = { title: "Agenda" };

export default async function AgendaPage({ params }: PageProps<"/vergaderingen/[meetingId]">) {
  const user = await requireUser();
  const page = await loadForPage(async () => loadAgenda(user, idParam((await params).meetingId)));
  if (!page.ok) return <Refusal title="Agenda" message={page.error.message} />;
  const agenda = page.value;
  const groups = (["HAMERSTUK", "BESPREEKSTUK"] as const).map((kind) => ({ kind, items: agenda.items.filter((i) => i.kind === kind) }));

  return (
    <article>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm print:hidden">
        <Link href="/vergaderingen">Vergaderingen</Link> <span aria-hidden="true">›</span> <span>Agenda</span>
      </nav>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-bold text-rijks">
          Agenda {agenda.council.name} ({agenda.council.code}), {formatDate(agenda.date)}
        </h1>
        <div className="flex items-center gap-4 print:hidden">
          <a href={`/api/vergaderingen/${agenda.id}/csv`}>Agenda als CSV</a>
          <PrintButton />
        </div>
      </div>
      {agenda.cancelled && (
        <p role="note" className="mb-4 border-l-4 border-geel bg-yellow-50 p-2">
          Deze vergadering vervalt{agenda.note ? `: ${agenda.note}` : "."}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`agenda-${group.kind}`} className="mb-8">
          <h2 id={`agenda-${group.kind}`} className="mb-2 text-xl font-bold text-rijks">
            {AGENDA_ITEM_LABELS[group.kind] === "Hamerstuk" ? "Hamerstukken" : "Bespreekstukken"} ({group.items.length})
          </h2>
          {group.items.length === 0 ? (
            <p className="text-grijs-5">Geen.</p>
          ) : (
            <ol className="list-decimal pl-6">
              {group.items.map((item) => (
                <li key={item.reference} className="mb-3">
                  <Link href={`/notas/${encodeURIComponent(item.reference)}`} className="font-bold">
                    {item.reference}
                  </Link>{" "}
                  {item.title}
                  <div className="text-sm text-grijs-5">
                    Van {item.owner}; besluit: {item.deciding.join(", ")}; {STATUS_LABELS[item.status].toLowerCase()}
                    {item.kamerDeadline ? `; Kamer ${formatDate(item.kamerDeadline)}` : ""}
                    {item.classification !== "ONGERUBRICEERD" ? `; ${CLASSIFICATION_LABELS[item.classification]}` : ""}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </article>
  );
}
