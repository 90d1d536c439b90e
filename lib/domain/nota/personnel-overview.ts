// The personnel overview of an annex: before, after and the change, per category, per region
// and per organisation framework, with "circa" carried wherever an estimate went into a sum.
// One nota's annex is summed here; across notas the database sums the same rows
// (lib/services/personnel) and hands them to `overviewFromRows`.
import type { KaderCategoryKind, OrganisationFramework } from "@/lib/domain/enums";
import { CATEGORY_KIND_LABELS, FRAMEWORK_LABELS } from "./labels";
import { formatPersonnel, type PersonnelTotal } from "./personnel";

export interface PersonnelLine {
  label: string;
  before: PersonnelTotal;
  after: PersonnelTotal;
  /** after − before over the bijdragen that name both counts; circa when either side is an estimate. */
  change: { count: number; circa: boolean };
  bijdragen: number;
}

export interface PersonnelOverview {
  total: PersonnelLine;
  byCategory: PersonnelLine[];
  byRegion: PersonnelLine[];
  byFramework: PersonnelLine[];
}

/** One bijdrage (or, from the database, a group of them with its sums). */
export interface PersonnelRow {
  categoryKind: KaderCategoryKind;
  categoryTitle: string;
  region: string;
  framework: OrganisationFramework | null;
  before: PersonnelTotal;
  after: PersonnelTotal;
  /** Sum of (after − before) over the bijdragen with both counts, and whether any was circa. */
  change: { count: number; circa: boolean };
  bijdragen: number;
}

const EMPTY: PersonnelTotal = { count: 0, circa: false, missing: 0 };

function add(a: PersonnelTotal, b: PersonnelTotal): PersonnelTotal {
  return { count: a.count + b.count, circa: a.circa || b.circa, missing: a.missing + b.missing };
}

function line(label: string, rows: readonly PersonnelRow[]): PersonnelLine {
  return rows.reduce<PersonnelLine>(
    (sum, row) => ({
      label,
      before: add(sum.before, row.before),
      after: add(sum.after, row.after),
      change: { count: sum.change.count + row.change.count, circa: sum.change.circa || row.change.circa },
      bijdragen: sum.bijdragen + row.bijdragen,
    }),
    { label, before: EMPTY, after: EMPTY, change: { count: 0, circa: false }, bijdragen: 0 },
  );
}

function grouped(rows: readonly PersonnelRow[], key: (row: PersonnelRow) => string): PersonnelLine[] {
  const groups = new Map<string, PersonnelRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups].map(([label, members]) => line(label, members));
}

export function overviewFromRows(rows: readonly PersonnelRow[]): PersonnelOverview {
  const kinds = Object.keys(CATEGORY_KIND_LABELS) as KaderCategoryKind[];
  return {
    total: line("Totaal", rows),
    // Categories in the annex's own order (ending, new, continued), regions and frameworks by name.
    byCategory: kinds.flatMap((kind) => {
      const members = rows.filter((r) => r.categoryKind === kind);
      return members.length > 0 ? [line(CATEGORY_KIND_LABELS[kind], members)] : [];
    }),
    byRegion: grouped(rows, (r) => r.region).sort((a, b) => a.label.localeCompare(b.label, "nl")),
    byFramework: grouped(rows, (r) => (r.framework ? FRAMEWORK_LABELS[r.framework] : "Niet genoemd")).sort((a, b) =>
      a.label === "Niet genoemd" ? 1 : b.label === "Niet genoemd" ? -1 : a.label.localeCompare(b.label, "nl"),
    ),
  };
}

interface AnnexBijdrage {
  framework: OrganisationFramework | null;
  personnelBefore: number | null;
  personnelBeforeCirca: boolean;
  personnelAfter: number | null;
  personnelAfterCirca: boolean;
}

export interface AnnexForOverview {
  categories: ReadonlyArray<{ kind: KaderCategoryKind; title: string; kaders: ReadonlyArray<{ region: string; bijdragen: readonly AnnexBijdrage[] }> }>;
}

function total(count: number | null, circa: boolean): PersonnelTotal {
  return count === null ? { count: 0, circa: false, missing: 1 } : { count, circa, missing: 0 };
}

/** One nota's annex, bijdrage by bijdrage. */
export function personnelOverview(annex: AnnexForOverview): PersonnelOverview {
  const rows = annex.categories.flatMap((category) =>
    category.kaders.flatMap((kader) =>
      kader.bijdragen.map<PersonnelRow>((b) => ({
        categoryKind: category.kind,
        categoryTitle: category.title,
        region: kader.region,
        framework: b.framework,
        before: total(b.personnelBefore, b.personnelBeforeCirca),
        after: total(b.personnelAfter, b.personnelAfterCirca),
        change:
          b.personnelBefore !== null && b.personnelAfter !== null
            ? { count: b.personnelAfter - b.personnelBefore, circa: b.personnelBeforeCirca || b.personnelAfterCirca }
            : { count: 0, circa: false },
        bijdragen: 1,
      })),
    ),
  );
  return overviewFromRows(rows);
}

/** "circa 25", "–" when no bijdrage named a count. */
export function formatTotal(total: PersonnelTotal, bijdragen: number): string {
  return total.missing >= bijdragen ? "–" : (formatPersonnel(total) ?? "–");
}

/** "+5", "−120", "circa −100", "0". */
export function formatChange(change: { count: number; circa: boolean }): string {
  const sign = change.count > 0 ? "+" : change.count < 0 ? "−" : "";
  return `${change.circa ? "circa " : ""}${sign}${Math.abs(change.count)}`;
}
