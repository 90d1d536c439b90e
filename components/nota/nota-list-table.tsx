import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/domain/dates";
import { CLASSIFICATION_LABELS, MARKING_LABELS } from "@/lib/domain/nota/labels";
import type { NotaListItem } from "@/lib/services/nota/list-notas";
import { listHref } from "./list-href";
import type { NotaListQuery, NotaSortKey } from "@/lib/validation/nota-queries";

const COLUMNS: Array<{ key: NotaSortKey; label: string }> = [
  { key: "referentie", label: "Onze referentie" },
  { key: "titel", label: "Titel" },
  { key: "markering", label: "Markering" },
  { key: "status", label: "Status" },
  { key: "plandatum", label: "Plandatum/Deadline" },
  { key: "kamer", label: "Kamer" },
];

export function NotaListTable({ notas, query, next }: { notas: NotaListItem[]; query: NotaListQuery; next: string | null }) {
  if (notas.length === 0) {
    return (
      <p className="border border-grijs-2 bg-grijs-1 p-4">
        {query.zoek || query.fase || query.onderdeel || query.markering || query.rubricering || query.kamerVanaf || query.kamerTot
          ? "Er zijn geen nota's die aan de zoekopdracht voldoen."
          : "Er zijn geen nota's die u mag inzien."}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          {query.zoek
            ? "Gevonden nota's, de best passende eerst"
            : `Nota's, gesorteerd op ${COLUMNS.find((c) => c.key === query.sorteer)?.label ?? "Kamer"} (${query.richting === "op" ? "oplopend" : "aflopend"})`}
        </caption>
        <thead>
          <tr className="border-b-2 border-rijks">
            {COLUMNS.map((column) =>
              query.zoek ? (
                <th key={column.key} scope="col" className="py-2 pr-4 font-bold text-rijks">
                  {column.label}
                </th>
              ) : (
                <SortableHeader key={column.key} column={column} query={query} />
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {notas.map((nota) => (
            <tr key={nota.id} className="border-b border-grijs-2 align-top hover:bg-grijs-1">
              <td className="py-2 pr-4 font-mono whitespace-nowrap">
                <Link href={`/notas/${encodeURIComponent(nota.reference)}`}>{nota.reference}</Link>
              </td>
              <td className="py-2 pr-4">
                {nota.title}
                {nota.classification !== "ONGERUBRICEERD" && (
                  <span className="ml-2 text-sm font-bold uppercase text-rood">{CLASSIFICATION_LABELS[nota.classification]}</span>
                )}
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">{MARKING_LABELS[nota.marking]}</td>
              <td className="py-2 pr-4">
                <StatusBadge status={nota.status} />
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">{nota.plannedDate ? formatDate(nota.plannedDate) : <NotSet />}</td>
              <td className="py-2 whitespace-nowrap">{nota.kamerDeadline ? formatDate(nota.kamerDeadline) : <NotSet />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(next || query.na) && (
        <nav aria-label="Pagina's" className="mt-4 flex gap-6">
          {query.na && <Link href={listHref(query, { na: undefined })}>Eerste pagina</Link>}
          {next && (
            <Link href={listHref(query, { na: next })} rel="next">
              Volgende pagina
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

function NotSet() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">geen</span>
    </>
  );
}

function SortableHeader({ column, query }: { column: { key: NotaSortKey; label: string }; query: NotaListQuery }) {
  const active = query.sorteer === column.key;
  const nextDirection = active && query.richting === "op" ? "af" : "op";
  return (
    <th scope="col" aria-sort={active ? (query.richting === "op" ? "ascending" : "descending") : undefined} className="py-2 pr-4">
      <Link href={listHref(query, { sorteer: column.key, richting: nextDirection, na: undefined })} className="font-bold text-rijks">
        {column.label}
        <span aria-hidden="true" className="ml-1 inline-block w-3">
          {active ? (query.richting === "op" ? "▲" : "▼") : ""}
        </span>
        <span className="sr-only">, sorteer {nextDirection === "op" ? "oplopend" : "aflopend"}</span>
      </Link>
    </th>
  );
}
