// The missions under the Toetsingskader artikel 100 that are still running (their kader has no
// end, or ends after today) in notas the person may read: each is reported on yearly in the
// Voortgangsrapportage. The distinct names are found by skipping through the index on
// (article100, name), one index probe per mission, and each is then checked for one running,
// readable occurrence: a few milliseconds however many notas carry it.
import type { Db } from "@/lib/db/create-client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { filterSql } from "./nota-filters";

export function article100Bijdragen(db: Db, user: CurrentUser): Promise<Array<{ name: string; acronym: string | null }>> {
  return db.$queryRaw<Array<{ name: string; acronym: string | null }>>`
    WITH RECURSIVE names AS (
      (SELECT b."name" FROM "Bijdrage" b WHERE b."article100" ORDER BY b."name" LIMIT 1)
      UNION ALL
      SELECT next."name" FROM names, LATERAL (SELECT b."name" FROM "Bijdrage" b WHERE b."article100" AND b."name" > names."name" ORDER BY b."name" LIMIT 1) next
    )
    SELECT names."name", running."acronym" FROM names
    CROSS JOIN LATERAL (
      SELECT b."acronym"
      FROM "Bijdrage" b JOIN "Kader" k ON k."id" = b."kaderId" JOIN "AnnexCategory" c ON c."id" = k."categoryId" JOIN "Nota" n ON n."id" = c."notaId"
      WHERE b."article100" AND b."name" = names."name" AND (k."termEnd" IS NULL OR k."termEnd" >= current_date) AND n."status" <> 'INGETROKKEN'
        AND ${filterSql(user, {})}
      LIMIT 1
    ) running
    LIMIT 200`;
}
