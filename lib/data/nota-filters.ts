// The nota list's filters (office, stage, marking, classification, Kamer deadline range) and
// its full-text search, as Prisma conditions and as SQL: the list pages through Prisma, the
// search ranks in SQL. Both are written here, next to each other, so they never drift apart.
import { parseIsoDate } from "@/lib/domain/dates";
import { hasRoleAnywhere, officeIdsOf, ROLES_SEEING_ALL_NOTAS, type CurrentUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotaListQuery } from "@/lib/validation/nota-queries";

export type NotaFilters = Pick<Partial<NotaListQuery>, "onderdeel" | "fase" | "markering" | "rubricering" | "kamerVanaf" | "kamerTot">;

export function hasFilters(filters: NotaFilters): boolean {
  return Boolean(filters.onderdeel || filters.fase || filters.markering || filters.rubricering || filters.kamerVanaf || filters.kamerTot);
}

export function filterWhere(filters: NotaFilters): Prisma.NotaWhereInput[] {
  const where: Prisma.NotaWhereInput[] = [];
  if (filters.onderdeel) where.push({ OR: [{ ownerOfficeId: filters.onderdeel }, { readerOfficeIds: { has: filters.onderdeel } }] });
  if (filters.fase) where.push({ status: filters.fase });
  if (filters.markering) where.push({ marking: filters.markering });
  if (filters.rubricering) where.push({ classification: filters.rubricering });
  if (filters.kamerVanaf || filters.kamerTot) {
    where.push({
      kamerDeadline: {
        ...(filters.kamerVanaf ? { gte: parseIsoDate(filters.kamerVanaf) } : {}),
        ...(filters.kamerTot ? { lte: parseIsoDate(filters.kamerTot) } : {}),
      },
    });
  }
  return where;
}

/** The same filters, and the read scope (lib/data/read-scope.ts), as SQL on "Nota" n. */
export function filterSql(user: CurrentUser, filters: NotaFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (!hasRoleAnywhere(user, ROLES_SEEING_ALL_NOTAS)) {
    const officeIds = officeIdsOf(user);
    parts.push(
      Prisma.sql`(n."ownerOfficeId" = ANY(${officeIds}::uuid[]) OR (n."status" <> 'CONCEPT' AND n."readerOfficeIds" && ${[...officeIds, ...user.delegatedOfficeIds]}::uuid[]))`,
    );
  }
  if (filters.onderdeel) parts.push(Prisma.sql`(n."ownerOfficeId" = ${filters.onderdeel}::uuid OR n."readerOfficeIds" @> ARRAY[${filters.onderdeel}::uuid])`);
  if (filters.fase) parts.push(Prisma.sql`n."status" = ${filters.fase}::"NotaStatus"`);
  if (filters.markering) parts.push(Prisma.sql`n."marking" = ${filters.markering}::"Marking"`);
  if (filters.rubricering) parts.push(Prisma.sql`n."classification" = ${filters.rubricering}::"Classification"`);
  if (filters.kamerVanaf) parts.push(Prisma.sql`n."kamerDeadline" >= ${filters.kamerVanaf}::date`);
  if (filters.kamerTot) parts.push(Prisma.sql`n."kamerDeadline" <= ${filters.kamerTot}::date`);
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/**
 * The search as PostgreSQL reads it: words as typed ("kader EUFOR"), "quoted phrases", -excluded
 * words and "or", stemmed with the Dutch configuration. A reference typed in full also matches.
 */
export function searchQuerySql(text: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('dutch', ${text})`;
}
