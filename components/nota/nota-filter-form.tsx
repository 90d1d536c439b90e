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
  /** The page the filters apply to: the nota list (with search and order) or an overview built from it. */
  action?: "/notas" | "/personeel";
}

function FilterSelect({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: Array<[string, string]> }) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Alle</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function NotaFilterForm({ query, offices, action = "/notas" }: Props) {
  const list = action === "/notas";
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={list ? "Nota's zoeken en filteren" : "Nota's filteren"}
      className="mb-6 border border-grijs-2 bg-grijs-1 p-4"
    >
      {list && (
        <div className="mb-3">
          <label htmlFor="zoek" className="mb-1 block font-bold">
            Zoeken
          </label>
          <p id="zoek-hint" className="mb-1 text-sm text-grijs-5">
            In referentie, titel en inhoud. Meerdere woorden: allemaal; &quot;tussen aanhalingstekens&quot;: precies zo; -woord: zonder.
          </p>
          <input id="zoek" name="zoek" type="search" defaultValue={query.zoek ?? ""} aria-describedby="zoek-hint" className={`${inputClass} max-w-xl`} />
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <FilterSelect name="onderdeel" label="Onderdeel" value={query.onderdeel} options={offices.map((o) => [o.id, o.code])} />
        <FilterSelect name="fase" label="Fase" value={query.fase} options={NOTA_STATUSES.map((s) => [s, STATUS_LABELS[s]])} />
        <FilterSelect name="markering" label="Markering" value={query.markering} options={MARKINGS.map((m) => [m, MARKING_LABELS[m]])} />
        <FilterSelect name="rubricering" label="Rubricering" value={query.rubricering} options={CLASSIFICATIONS.map((c) => [c, CLASSIFICATION_LABELS[c]])} />
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
      {list && (
        <>
          <input type="hidden" name="sorteer" value={query.sorteer} />
          <input type="hidden" name="richting" value={query.richting} />
        </>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" className="border border-rijks bg-rijks px-3 py-1.5 font-bold text-white hover:bg-rijks-dark">
          {list ? "Zoeken" : "Filteren"}
        </button>
        <Link href={action}>Alles wissen</Link>
      </div>
    </form>
  );
}
