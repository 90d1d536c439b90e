// Search and filters of the nota list: a plain GET form, so the result is a URL to share or
// bookmark, and works without JavaScript.
import Link from "next/link";
import { inputClass } from "@/components/ui/form";
import { CLASSIFICATION_LABELS, MARKING_LABELS, STATUS_LABELS } from "@/lib/domain/nota/labels";
import { CLASSIFICATIONS, MARKINGS } from "@/lib/domain/enums";
import { NOTA_STATUSES } from "@/lib/domain/route/state-machine";
import type { NotaListQuery } from "@/lib/validation/nota-queries";

interface Props {
  query: NotaListQuery;
  offices: Array<{ id: string; code: string; name: string }>;
}

export function NotaFilterForm({ query, offices }: Props) {
  return (
    <form method="get" action="/notas" role="search" aria-label="Nota's zoeken en filteren" className="mb-6 border border-grijs-2 bg-grijs-1 p-4">
      <div className="mb-3">
        <label htmlFor="zoek" className="mb-1 block font-bold">
          Zoeken
        </label>
        <p id="zoek-hint" className="mb-1 text-sm text-grijs-5">
          In referentie, titel en inhoud. Meerdere woorden: allemaal; &quot;tussen aanhalingstekens&quot;: precies zo; -woord: zonder.
        </p>
        <input id="zoek" name="zoek" type="search" defaultValue={query.zoek ?? ""} aria-describedby="zoek-hint" className={`${inputClass} max-w-xl`} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <label htmlFor="onderdeel" className="mb-1 block font-bold">
            Onderdeel
          </label>
          <select id="onderdeel" name="onderdeel" defaultValue={query.onderdeel ?? ""} className={inputClass}>
            <option value="">Alle</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.code}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="fase" className="mb-1 block font-bold">
            Fase
          </label>
          <select id="fase" name="fase" defaultValue={query.fase ?? ""} className={inputClass}>
            <option value="">Alle</option>
            {NOTA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="markering" className="mb-1 block font-bold">
            Markering
          </label>
          <select id="markering" name="markering" defaultValue={query.markering ?? ""} className={inputClass}>
            <option value="">Alle</option>
            {MARKINGS.map((m) => (
              <option key={m} value={m}>
                {MARKING_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rubricering" className="mb-1 block font-bold">
            Rubricering
          </label>
          <select id="rubricering" name="rubricering" defaultValue={query.rubricering ?? ""} className={inputClass}>
            <option value="">Alle</option>
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {CLASSIFICATION_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kamerVanaf" className="mb-1 block font-bold">
            Kamer vanaf
          </label>
          <input id="kamerVanaf" name="kamerVanaf" type="date" defaultValue={query.kamerVanaf ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="kamerTot" className="mb-1 block font-bold">
            Kamer tot en met
          </label>
          <input id="kamerTot" name="kamerTot" type="date" defaultValue={query.kamerTot ?? ""} className={inputClass} />
        </div>
      </div>
      <input type="hidden" name="sorteer" value={query.sorteer} />
      <input type="hidden" name="richting" value={query.richting} />
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" className="border border-rijks bg-rijks px-3 py-1.5 font-bold text-white hover:bg-rijks-dark">
          Zoeken
        </button>
        <Link href="/notas">Alles wissen</Link>
      </div>
    </form>
  );
}
