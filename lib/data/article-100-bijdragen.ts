// The bijdragen under the Toetsingskader artikel 100 in the notas a person may read (not
// withdrawn ones): each is reported on yearly in the Voortgangsrapportage.
import type { Db } from "@/lib/db/create-client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { filterSql } from "./nota-filters";

export function article100Bijdragen(db: Db, user: CurrentUser): Promise<Array<{ name: string; acronym: string | null }>> {
  return db.$queryRaw<Array<{ name: string; acronym: string | null }>>`
    SELECT DISTINCT b."name", b."acronym"
    FROM "Bijdrage" b JOIN "Kader" k ON k."id" = b."kaderId" JOIN "AnnexCategory" c ON c."id" = k."categoryId" JOIN "Nota" n ON n."id" = c."notaId"
    WHERE b."article100" AND n."status" <> 'INGETROKKEN' AND ${filterSql(user, {})}
    ORDER BY b."name" LIMIT 200`;
}
