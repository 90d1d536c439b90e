import { formatDate } from "@/lib/domain/dates";
import { BIJDRAGE_FLAG_LABELS, FRAMEWORK_LABELS } from "@/lib/domain/nota/labels";
import { formatPersonnel, personnelTotals, type PersonnelTotal } from "@/lib/domain/nota/personnel";
import type { ReadableNota } from "@/lib/services/nota/load-nota";
import { NotSet } from "./not-set";
import { RichTextView } from "./rich-text-view";

type Category = ReadableNota["annexCategories"][number];
type Kader = Category["kaders"][number];
type Bijdrage = Kader["bijdragen"][number];

const FLAG_LABELS = BIJDRAGE_FLAG_LABELS;

function Total({ total }: { total: PersonnelTotal }) {
  const text = formatPersonnel({ count: total.count, circa: total.circa });
  return (
    <>
      {text}
      {total.missing > 0 && (
        <span className="block text-xs font-normal text-grijs-5">{total.missing === 1 ? "1 bijdrage" : `${total.missing} bijdragen`} zonder aantal</span>
      )}
    </>
  );
}

function Count({ count, circa }: { count: number | null; circa: boolean }) {
  const text = formatPersonnel({ count, circa });
  return text === null ? <NotSet label="niet genoemd" /> : <>{text}</>;
}

function BijdrageRow({ bijdrage }: { bijdrage: Bijdrage }) {
  const flags = FLAG_LABELS.filter(([key]) => bijdrage[key]);
  return (
    <tr className="border-b border-grijs-2 align-top">
      <th scope="row" className="py-1.5 pr-3 text-left font-normal">
        {bijdrage.name}
        {bijdrage.acronym && <> ({bijdrage.acronym})</>}
        {bijdrage.remark && <span className="mt-0.5 block text-sm text-grijs-5">{bijdrage.remark}</span>}
      </th>
      <td className="py-1.5 pr-3">{bijdrage.framework ? FRAMEWORK_LABELS[bijdrage.framework] : <NotSet label="niet genoemd" />}</td>
      <td className="py-1.5 pr-3">{bijdrage.location ?? <NotSet label="niet genoemd" />}</td>
      <td className="py-1.5 pr-3">{bijdrage.contribution ?? <NotSet label="niet genoemd" />}</td>
      <td className="py-1.5 pr-3 text-right whitespace-nowrap tabular-nums">
        <Count count={bijdrage.personnelBefore} circa={bijdrage.personnelBeforeCirca} />
      </td>
      <td className="py-1.5 pr-3 text-right whitespace-nowrap tabular-nums">
        <Count count={bijdrage.personnelAfter} circa={bijdrage.personnelAfterCirca} />
      </td>
      <td className="py-1.5">
        {flags.length === 0 ? (
          <NotSet label="geen" />
        ) : (
          <ul className="flex flex-wrap gap-1">
            {flags.map(([key, label]) => (
              <li key={key} className="border border-rijks px-1.5 text-xs font-bold text-rijks">
                {label}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function KaderTable({ kader, headingId }: { kader: Kader; headingId: string }) {
  const totals = personnelTotals(kader.bijdragen);
  return (
    <section aria-labelledby={headingId} className="mt-5">
      <h4 id={headingId} className="text-base font-bold">
        {kader.region}
        {(kader.termStart || kader.termEnd) && (
          <span className="ml-2 font-normal text-grijs-5">
            looptijd {kader.termStart ? formatDate(kader.termStart) : "…"} tot en met {kader.termEnd ? formatDate(kader.termEnd) : "…"}
          </span>
        )}
      </h4>
      <div role="region" aria-labelledby={headingId} tabIndex={0} className="overflow-x-auto">
        <table className="mt-1 w-full min-w-[48rem] table-fixed border-collapse text-sm" aria-labelledby={headingId}>
          {/* Fixed widths, so that the columns of every region's table line up. */}
          <colgroup>
            <col className="w-[31%]" />
            <col className="w-[10%]" />
            <col className="w-[12%]" />
            <col className="w-[19%]" />
            <col className="w-[9%]" />
            <col className="w-[9%]" />
            <col className="w-[10%]" />
          </colgroup>
          <thead>
            <tr className="border-b-2 border-rijks text-left">
              <th scope="col" className="py-1 pr-3">
                Bijdrage
              </th>
              <th scope="col" className="py-1 pr-3">
                Kader
              </th>
              <th scope="col" className="py-1 pr-3">
                Locatie
              </th>
              <th scope="col" className="py-1 pr-3">
                Inzet
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Personeel vóór
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Personeel na
              </th>
              <th scope="col" className="py-1">
                Kenmerken
              </th>
            </tr>
          </thead>
          <tbody>
            {kader.bijdragen.map((bijdrage) => (
              <BijdrageRow key={bijdrage.id} bijdrage={bijdrage} />
            ))}
          </tbody>
          {kader.bijdragen.length > 1 && (
            <tfoot>
              <tr className="font-bold">
                <th scope="row" colSpan={4} className="py-1.5 pr-3 text-left">
                  Totaal {kader.region}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">
                  <Total total={totals.before} />
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums">
                  <Total total={totals.after} />
                </td>
                <td />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}

export function AnnexView({ nota }: { nota: ReadableNota }) {
  if (nota.annexTitle === null) return null;
  return (
    <section aria-labelledby="bijlage" className="mt-12 border-t-2 border-rijks pt-6">
      <h2 id="bijlage" className="text-2xl font-bold text-rijks">
        Bijlage: {nota.annexTitle}
      </h2>
      {nota.annexNote !== null && <RichTextView doc={nota.annexNote as never} className="text-grijs-5" />}
      {nota.annexCategories.map((category, categoryIndex) => {
        const categoryTotals = personnelTotals(category.kaders.flatMap((k) => k.bijdragen));
        const bijdrageCount = category.kaders.reduce((sum, k) => sum + k.bijdragen.length, 0);
        return (
          <section key={category.id} aria-labelledby={`categorie-${category.id}`} className="mt-8">
            <h3 id={`categorie-${category.id}`} className="text-xl font-bold text-rijks">
              {categoryIndex + 1}. {category.title}
            </h3>
            <p className="text-sm text-grijs-5">
              {bijdrageCount === 1 ? "1 bijdrage" : `${bijdrageCount} bijdragen`}; personeel vóór {formatPersonnel(categoryTotals.before) ?? "–"}, na{" "}
              {formatPersonnel(categoryTotals.after) ?? "–"} (voor zover genoemd)
            </p>
            {category.kaders.map((kader) => (
              <KaderTable key={kader.id} kader={kader} headingId={`kader-${kader.id}`} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
