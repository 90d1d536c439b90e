// The personnel overview as a chart and as tables. The chart is an image with a text
// alternative that says every number it shows; the tables below it carry the same numbers
// (and more), so nothing depends on seeing the bars.
import { formatChange, formatTotal, type PersonnelLine, type PersonnelOverview } from "@/lib/domain/nota/personnel-overview";

const BAR_HEIGHT = 14;
const ROW_GAP = 14;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 640;

function chartText(lines: readonly PersonnelLine[]): string {
  return lines
    .map((l) => `${l.label}: vóór ${formatTotal(l.before, l.bijdragen)}, na ${formatTotal(l.after, l.bijdragen)}, verschil ${formatChange(l.change)}`)
    .join("; ");
}

function CategoryChart({ lines, id }: { lines: readonly PersonnelLine[]; id: string }) {
  const max = Math.max(1, ...lines.flatMap((l) => [l.before.count, l.after.count]));
  const scale = (CHART_WIDTH - LABEL_WIDTH - 70) / max;
  const rowHeight = BAR_HEIGHT * 2 + ROW_GAP;
  const height = lines.length * rowHeight + 28;
  const description = chartText(lines);
  return (
    <figure className="my-3">
      <svg role="img" aria-labelledby={`${id}-titel ${id}-beschrijving`} viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="w-full max-w-2xl">
        <title id={`${id}-titel`}>Personeel vóór en na, per categorie</title>
        <desc id={`${id}-beschrijving`}>{description}</desc>
        {lines.map((l, index) => {
          const y = index * rowHeight;
          return (
            <g key={l.label} transform={`translate(0 ${y})`}>
              <text x={0} y={BAR_HEIGHT + 4} fontSize="12" fill="#000">
                {l.label}
              </text>
              <rect x={LABEL_WIDTH} y={0} width={Math.max(1, l.before.count * scale)} height={BAR_HEIGHT} fill="#8fa8c8" />
              <text x={LABEL_WIDTH + l.before.count * scale + 4} y={BAR_HEIGHT - 3} fontSize="11" fill="#000">
                vóór {formatTotal(l.before, l.bijdragen)}
              </text>
              <rect x={LABEL_WIDTH} y={BAR_HEIGHT} width={Math.max(1, l.after.count * scale)} height={BAR_HEIGHT} fill="#154273" />
              <text x={LABEL_WIDTH + l.after.count * scale + 4} y={BAR_HEIGHT * 2 - 3} fontSize="11" fill="#000">
                na {formatTotal(l.after, l.bijdragen)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH} ${height - 14})`} fontSize="11">
          <rect x={0} y={0} width={12} height={10} fill="#8fa8c8" />
          <text x={16} y={9}>
            vóór
          </text>
          <rect x={60} y={0} width={12} height={10} fill="#154273" />
          <text x={76} y={9}>
            na
          </text>
        </g>
      </svg>
      <figcaption className="text-sm text-grijs-5">De cijfers staan ook in de tabellen hieronder.</figcaption>
    </figure>
  );
}

function LinesTable({ caption, header, lines, total }: { caption: string; header: string; lines: readonly PersonnelLine[]; total: PersonnelLine }) {
  return (
    <table className="mt-4 w-full max-w-3xl border-collapse text-sm">
      <caption className="mb-1 text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-rijks text-left">
          <th scope="col" className="py-1 pr-3">
            {header}
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            Bijdragen
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            Personeel vóór
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            Personeel na
          </th>
          <th scope="col" className="py-1 text-right">
            Verschil
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.label} className="border-b border-grijs-2">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              {l.label}
            </th>
            <td className="py-1 pr-3 text-right tabular-nums">{l.bijdragen}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{formatTotal(l.before, l.bijdragen)}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{formatTotal(l.after, l.bijdragen)}</td>
            <td className="py-1 text-right tabular-nums">{formatChange(l.change)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-bold">
          <th scope="row" className="py-1 pr-3 text-left">
            Totaal
          </th>
          <td className="py-1 pr-3 text-right tabular-nums">{total.bijdragen}</td>
          <td className="py-1 pr-3 text-right tabular-nums">{formatTotal(total.before, total.bijdragen)}</td>
          <td className="py-1 pr-3 text-right tabular-nums">{formatTotal(total.after, total.bijdragen)}</td>
          <td className="py-1 text-right tabular-nums">{formatChange(total.change)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function PersonnelOverviewView({ overview, csvHref, headingLevel = 2 }: { overview: PersonnelOverview; csvHref: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const missing = overview.total.before.missing + overview.total.after.missing;
  return (
    <section aria-labelledby="personeelsoverzicht" className="my-8 border border-grijs-2 bg-white px-6 py-5">
      <Heading id="personeelsoverzicht" className="text-xl font-bold text-rijks">
        Personeelsoverzicht
      </Heading>
      <p className="text-sm text-grijs-5">
        Personeel vóór en na per categorie, regio en kader; &quot;circa&quot; waar een schatting meetelt. Het verschil telt alleen bijdragen die beide aantallen
        noemen.
        {missing > 0 && ` ${missing === 1 ? "Eén aantal ontbreekt" : `${missing} aantallen ontbreken`} en ${missing === 1 ? "telt" : "tellen"} niet mee.`}
      </p>
      <CategoryChart lines={overview.byCategory} id="personeel-grafiek" />
      <LinesTable caption="Per categorie" header="Categorie" lines={overview.byCategory} total={overview.total} />
      <LinesTable caption="Per regio" header="Regio" lines={overview.byRegion} total={overview.total} />
      <LinesTable caption="Per kader (organisatie)" header="Kader" lines={overview.byFramework} total={overview.total} />
      <p className="mt-3">
        <a href={csvHref} download>
          Personeelsoverzicht als CSV downloaden
        </a>
      </p>
    </section>
  );
}
