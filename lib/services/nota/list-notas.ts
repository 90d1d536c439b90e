// The nota list: every nota the user may read, sorted by any column, a page at a time. Pages
// continue from a cursor (the last row's sort value and reference), so the database reads one
// page through an index whatever the page number, and no row is skipped or shown twice when
// notas are added meanwhile.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { InvalidInputError } from "@/lib/domain/errors";
import { MARKINGS } from "@/lib/domain/enums";
import type { CurrentUser } from "@/lib/domain/permissions";
import { NOTA_STATUSES } from "@/lib/domain/route/state-machine";
import type { Prisma } from "@/lib/generated/prisma/client";
import { filterSql, filterWhere, searchQuerySql } from "@/lib/data/nota-filters";
import { Prisma as PrismaSql } from "@/lib/generated/prisma/client";
import type { NotaListQuery, NotaSortKey } from "@/lib/validation/nota-queries";

/** What the list is asked: its order, and optionally a cursor, filters and a search. */
export type NotaListRequest = Pick<NotaListQuery, "sorteer" | "richting"> & Partial<NotaListQuery>;

export const NOTA_PAGE_SIZE = 50;
/** Counted up to here; beyond it the list says "meer dan" (counting a hundred thousand rows costs more than the page). */
export const NOTA_COUNT_LIMIT = 1_000;

type Column = "reference" | "title" | "marking" | "status" | "date" | "plannedDate" | "kamerDeadline";

const SORT_COLUMNS: Record<NotaSortKey, Column> = {
  referentie: "reference",
  titel: "title",
  markering: "marking",
  status: "status",
  datum: "date",
  plandatum: "plannedDate",
  kamer: "kamerDeadline",
};
const DATE_COLUMNS = new Set<Column>(["date", "plannedDate", "kamerDeadline"]);
const NULLABLE_COLUMNS = new Set<Column>(["plannedDate", "kamerDeadline"]);
/** Enums sort in their declared order; PostgreSQL compares them that way, Prisma only by set. */
const ENUM_ORDER: Partial<Record<Column, readonly string[]>> = { marking: MARKINGS, status: NOTA_STATUSES };

const LIST_SELECT = {
  id: true,
  reference: true,
  title: true,
  marking: true,
  status: true,
  classification: true,
  date: true,
  plannedDate: true,
  kamerDeadline: true,
  version: true,
  ownerOffice: { select: { code: true } },
} as const satisfies Prisma.NotaSelect;

export type NotaListItem = Prisma.NotaGetPayload<{ select: typeof LIST_SELECT }>;

interface Cursor {
  /** The last row's value of the sort column (ISO date for dates), or null. */
  v: string | null;
  /** The last row's reference: unique, so it breaks every tie. */
  r: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (typeof parsed?.r === "string" && (parsed.v === null || typeof parsed.v === "string")) return parsed;
  } catch {
    // falls through
  }
  throw new InvalidInputError("Deze pagina van de lijst bestaat niet (meer); begin bij de eerste pagina.");
}

/** Rows after the cursor in the list's order: the sort column (nulls last), then the reference in the same direction. */
function afterCursor(column: Column, direction: "asc" | "desc", cursor: Cursor): Prisma.NotaWhereInput {
  const nullable = NULLABLE_COLUMNS.has(column);
  const afterReference = { reference: direction === "asc" ? { gt: cursor.r } : { lt: cursor.r } };
  if (column === "reference") return afterReference;
  if (cursor.v === null) return { [column]: null, ...afterReference };
  const value = DATE_COLUMNS.has(column) ? new Date(cursor.v) : cursor.v;
  const order = ENUM_ORDER[column];
  const beyond = order
    ? { [column]: { in: direction === "asc" ? order.slice(order.indexOf(cursor.v) + 1) : order.slice(0, Math.max(0, order.indexOf(cursor.v))) } }
    : { [column]: direction === "asc" ? { gt: value } : { lt: value } };
  return { OR: [beyond, { [column]: value, ...afterReference }, ...(nullable ? [{ [column]: null }] : [])] };
}

export async function listReadableNotas(user: CurrentUser, query: NotaListRequest, options: { pageSize?: number } = {}) {
  if (query.zoek) return searchReadableNotas(user, { ...query, zoek: query.zoek }, options);
  const pageSize = options.pageSize ?? NOTA_PAGE_SIZE;
  const column = SORT_COLUMNS[query.sorteer];
  const direction = query.richting === "op" ? "asc" : "desc";
  const filtered = [readableNotaWhere(user), ...filterWhere(query)];
  const scope: Prisma.NotaWhereInput = filtered.length === 1 ? filtered[0] : { AND: filtered };
  const where: Prisma.NotaWhereInput = query.na ? { AND: [...filtered, afterCursor(column, direction, decodeCursor(query.na))] } : scope;
  const [rows, total] = await Promise.all([
    db.nota.findMany({
      where,
      // Deadlines that are not set go last, whichever direction; the reference breaks ties in the
      // same direction, so that an index on (column, reference) serves both ways.
      orderBy:
        column === "reference"
          ? [{ reference: direction }]
          : [{ [column]: NULLABLE_COLUMNS.has(column) ? { sort: direction, nulls: "last" } : direction }, { reference: direction }],
      select: LIST_SELECT,
      take: pageSize + 1,
    }),
    db.nota.count({ where: scope, take: NOTA_COUNT_LIMIT + 1 }),
  ]);
  const notas = rows.slice(0, pageSize);
  const last = notas.at(-1);
  const lastValue = last ? last[column] : null;
  const next =
    rows.length > pageSize && last
      ? encodeCursor({ v: lastValue === null ? null : lastValue instanceof Date ? lastValue.toISOString() : String(lastValue), r: last.reference })
      : null;
  return { notas, total: Math.min(total, NOTA_COUNT_LIMIT), moreThanTotal: total > NOTA_COUNT_LIMIT, next };
}

/**
 * A search: the matches in order of relevance (title and reference weigh most), a page at a
 * time. Ranking needs every match, so the page continues from its position in that order.
 */
async function searchReadableNotas(user: CurrentUser, query: NotaListRequest & { zoek: string }, options: { pageSize?: number }) {
  const pageSize = options.pageSize ?? NOTA_PAGE_SIZE;
  const offset = query.na ? decodeSearchCursor(query.na) : 0;
  const matches = PrismaSql.sql`(n."searchDocument" @@ ${searchQuerySql(query.zoek)} OR n."reference" = ${query.zoek.toUpperCase()}) AND ${filterSql(user, query)}`;
  // One pass over the matches: ranked, and counted in the same scan.
  const ranked = await db.$queryRaw<Array<{ id: string; total: bigint }>>`
    SELECT n."id", count(*) OVER () AS "total" FROM "Nota" n
    WHERE ${matches}
    ORDER BY ts_rank_cd(n."searchDocument", ${searchQuerySql(query.zoek)}) DESC, n."reference" ASC
    LIMIT ${pageSize + 1} OFFSET ${offset}`;
  const total = ranked[0]?.total ?? (offset > 0 ? BigInt(offset) : BigInt(0));
  const ids = ranked.slice(0, pageSize).map((row) => row.id);
  const rows = await db.nota.findMany({ where: { id: { in: ids } }, select: LIST_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const notas = ids.flatMap((id) => byId.get(id) ?? []);
  const count = Number(total);
  return {
    notas,
    total: Math.min(count, NOTA_COUNT_LIMIT),
    moreThanTotal: count > NOTA_COUNT_LIMIT,
    next: ranked.length > pageSize && offset + pageSize < NOTA_COUNT_LIMIT ? Buffer.from(JSON.stringify({ o: offset + pageSize })).toString("base64url") : null,
  };
}

function decodeSearchCursor(value: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    // Ranking reads every match; pages stop where the count does ("meer dan" NOTA_COUNT_LIMIT).
    if (Number.isInteger(parsed?.o) && parsed.o >= 0 && parsed.o < NOTA_COUNT_LIMIT) return parsed.o;
  } catch {
    // falls through
  }
  throw new InvalidInputError("Deze pagina van de zoekresultaten bestaat niet (meer); begin bij de eerste pagina.");
}
