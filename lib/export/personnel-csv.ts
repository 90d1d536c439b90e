// The personnel overview as CSV: one row per category, region and framework line, with the
// counts as numbers and "circa" in a column of its own, so that a spreadsheet can sum them.
import type { PersonnelLine, PersonnelOverview } from "@/lib/domain/nota/personnel-overview";
import { toCsv } from "./csv";

const HEADER = [
  "Indeling",
  "Naam",
  "Bijdragen",
  "Personeel vóór",
  "Vóór circa",
  "Vóór zonder aantal",
  "Personeel na",
  "Na circa",
  "Na zonder aantal",
  "Verschil",
  "Verschil circa",
];

function row(grouping: string, line: PersonnelLine): Array<string | null> {
  const known = (missing: number, count: number) => (missing >= line.bijdragen ? null : String(count));
  return [
    grouping,
    line.label,
    String(line.bijdragen),
    known(line.before.missing, line.before.count),
    line.before.circa ? "circa" : null,
    String(line.before.missing),
    known(line.after.missing, line.after.count),
    line.after.circa ? "circa" : null,
    String(line.after.missing),
    String(line.change.count),
    line.change.circa ? "circa" : null,
  ];
}

export function personnelCsv(overview: PersonnelOverview): string {
  return toCsv(HEADER, [
    ...overview.byCategory.map((l) => row("Categorie", l)),
    ...overview.byRegion.map((l) => row("Regio", l)),
    ...overview.byFramework.map((l) => row("Kader", l)),
    row("Totaal", overview.total),
  ]);
}
