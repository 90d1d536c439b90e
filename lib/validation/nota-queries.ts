// What the nota pages read from their URL. A bad value is not an error a person can fix in a
// form: it falls back to the default view.
import { isIsoDate } from "@/lib/domain/dates";
import { CLASSIFICATIONS, MARKINGS } from "@/lib/domain/enums";
import { NOTA_STATUSES } from "@/lib/domain/route/state-machine";
import { z } from "@/lib/domain/zod";

const optionalDate = z.string().refine(isIsoDate).optional().catch(undefined);

/** Sortable columns of the nota list, by their Dutch URL names. */
export const NOTA_SORT_KEYS = ["referentie", "titel", "markering", "status", "datum", "plandatum", "kamer"] as const;
export type NotaSortKey = (typeof NOTA_SORT_KEYS)[number];

export const NotaListQuerySchema = z.object({
  sorteer: z.enum(NOTA_SORT_KEYS).catch("kamer"),
  richting: z.enum(["op", "af"]).catch("op"),
  /** Cursor for the next page: opaque to the user, checked by the list service. */
  na: z.string().max(500).optional().catch(undefined),
  /** Full-text search over reference, title and content (PostgreSQL, Dutch configuration). */
  // Control characters (a NUL is refused by PostgreSQL) are dropped; a long search is cut, never ignored.
  zoek: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => {
      const cleaned = value
        ?.replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim()
        .slice(0, 200);
      return cleaned ? cleaned : undefined;
    }),
  /** An office or unit: the nota is theirs, or they are on its route. */
  onderdeel: z.uuid().optional().catch(undefined),
  fase: z.enum(NOTA_STATUSES).optional().catch(undefined),
  markering: z.enum(MARKINGS).optional().catch(undefined),
  rubricering: z.enum(CLASSIFICATIONS).optional().catch(undefined),
  /** Kamer deadline from / to (inclusive). */
  kamerVanaf: optionalDate,
  kamerTot: optionalDate,
});
export type NotaListQuery = z.infer<typeof NotaListQuerySchema>;

/** Comparing two versions: "van" and "naar" version numbers. */
export const CompareVersionsQuerySchema = z.object({
  van: z.coerce.number().int().min(1).optional().catch(undefined),
  naar: z.coerce.number().int().min(1).optional().catch(undefined),
});

/** The nota's history: routine events (autosaves, downloads) only when asked for. */
export const TimelineQuerySchema = z.object({ geschiedenis: z.enum(["alles"]).optional().catch(undefined) });
