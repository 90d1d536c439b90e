import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { readableNotaWhere } from "../../data/read-scope";

/** Sortable columns of the nota list, by their Dutch URL names. */
const SORT_COLUMNS = {
  referentie: "reference",
  titel: "title",
  markering: "marking",
  status: "status",
  datum: "date",
  plandatum: "plannedDate",
  kamer: "kamerDeadline",
} as const satisfies Record<string, keyof Prisma.NotaOrderByWithRelationInput>;

export type NotaSortKey = keyof typeof SORT_COLUMNS;
export const NOTA_SORT_KEYS = Object.keys(SORT_COLUMNS) as NotaSortKey[];

export const NotaListQuerySchema = z.object({
  sorteer: z.enum(NOTA_SORT_KEYS as [NotaSortKey, ...NotaSortKey[]]).catch("kamer"),
  richting: z.enum(["op", "af"]).catch("op"),
});
export type NotaListQuery = z.infer<typeof NotaListQuerySchema>;

const LIST_LIMIT = 500;
const NULLABLE_COLUMNS = new Set<string>(["plannedDate", "kamerDeadline"]);

export async function listReadableNotas(user: CurrentUser, query: NotaListQuery) {
  const column = SORT_COLUMNS[query.sorteer];
  const sort = query.richting === "op" ? "asc" : "desc";
  return db.nota.findMany({
    where: readableNotaWhere(user),
    // Deadlines that are not set go last, whichever direction; the reference breaks ties.
    orderBy: [{ [column]: NULLABLE_COLUMNS.has(column) ? { sort, nulls: "last" } : sort }, { reference: "asc" }],
    select: {
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
    },
    take: LIST_LIMIT,
  });
}

export type NotaListItem = Awaited<ReturnType<typeof listReadableNotas>>[number];
