// The bijdragen under the Toetsingskader artikel 100 in the notas a person may read that are
// current (on the route, or sent in the last year): each is reported on yearly in the
// Voortgangsrapportage. Starting from the current notas keeps it to a few hundred rows at
// any size (the status and date indexes, then each table's own notaId/kaderId index).
import type { Db } from "@/lib/db/create-client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { OPEN_STATUSES } from "@/lib/domain/route/status-groups";
import { filterSql } from "./nota-filters";

export function article100Bijdragen(db: Db, user: CurrentUser): Promise<Array<{ name: string; acronym: string | null }>> {
  return db.$queryRaw<Array<{ name: string; acronym: string | null }>>`
    SELECT DISTINCT b."name", b."acronym"
    FROM "Bijdrage" b JOIN "Kader" k ON k."id" = b."kaderId" JOIN "AnnexCategory" c ON c."id" = k."categoryId" JOIN "Nota" n ON n."id" = c."notaId"
    WHERE b."article100" AND ${filterSql(user, {})}
      AND (n."status" = ANY(${[...OPEN_STATUSES]}::"NotaStatus"[]) OR (n."status" = 'AFGEROND' AND n."date" >= current_date - 365))
    ORDER BY b."name" LIMIT 200`;
}
