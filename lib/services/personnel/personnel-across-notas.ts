// Personnel across notas: the annexes of every nota the person may read that matches the nota
// list's filters, summed by the database per category, region and framework (one grouped
// statement over the Bijdrage rows; no nota is loaded), then shaped like one nota's overview.
import "server-only";
import { db } from "@/lib/db/client";
import { filterSql, type NotaFilters } from "@/lib/data/nota-filters";
import type { KaderCategoryKind, OrganisationFramework } from "@/lib/domain/enums";
import type { CurrentUser } from "@/lib/domain/permissions";
import { overviewFromRows, type PersonnelOverview } from "@/lib/domain/nota/personnel-overview";

interface GroupRow {
  kind: KaderCategoryKind;
  region: string;
  framework: OrganisationFramework | null;
  bijdragen: number;
  notas: number;
  before: number;
  beforeCirca: boolean;
  beforeMissing: number;
  after: number;
  afterCirca: boolean;
  afterMissing: number;
  change: number;
  changeCirca: boolean;
}

export async function personnelAcrossNotas(user: CurrentUser, filters: NotaFilters): Promise<{ overview: PersonnelOverview; notas: number }> {
  const [rows, [{ notas }]] = await Promise.all([
    db.$queryRaw<GroupRow[]>`
      SELECT c."kind"::text AS "kind", k."region", b."framework"::text AS "framework",
        count(*)::int AS "bijdragen",
        COALESCE(sum(b."personnelBefore"), 0)::int AS "before",
        COALESCE(bool_or(b."personnelBefore" IS NOT NULL AND b."personnelBeforeCirca"), false) AS "beforeCirca",
        (count(*) FILTER (WHERE b."personnelBefore" IS NULL))::int AS "beforeMissing",
        COALESCE(sum(b."personnelAfter"), 0)::int AS "after",
        COALESCE(bool_or(b."personnelAfter" IS NOT NULL AND b."personnelAfterCirca"), false) AS "afterCirca",
        (count(*) FILTER (WHERE b."personnelAfter" IS NULL))::int AS "afterMissing",
        COALESCE(sum(b."personnelAfter" - b."personnelBefore"), 0)::int AS "change",
        COALESCE(bool_or(b."personnelAfter" IS NOT NULL AND b."personnelBefore" IS NOT NULL AND (b."personnelBeforeCirca" OR b."personnelAfterCirca")), false) AS "changeCirca"
      FROM "Nota" n
      JOIN "AnnexCategory" c ON c."notaId" = n."id"
      JOIN "Kader" k ON k."categoryId" = c."id"
      JOIN "Bijdrage" b ON b."kaderId" = k."id"
      WHERE ${filterSql(user, filters)}
      GROUP BY 1, 2, 3`,
    db.$queryRaw<Array<{ notas: number }>>`
      SELECT count(*)::int AS "notas" FROM "Nota" n
      WHERE ${filterSql(user, filters)} AND EXISTS (SELECT 1 FROM "AnnexCategory" c WHERE c."notaId" = n."id")`,
  ]);
  const overview = overviewFromRows(
    rows.map((r) => ({
      categoryKind: r.kind,
      categoryTitle: r.kind,
      region: r.region,
      framework: r.framework,
      before: { count: r.before, circa: r.beforeCirca, missing: r.beforeMissing },
      after: { count: r.after, circa: r.afterCirca, missing: r.afterMissing },
      change: { count: r.change, circa: r.changeCirca },
      bijdragen: r.bijdragen,
    })),
  );
  return { overview, notas };
}
