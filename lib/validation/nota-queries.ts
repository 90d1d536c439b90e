// What the nota pages read from their URL. A bad value is not an error a person can fix in a
// form: it falls back to the default view.
import { z } from "@/lib/domain/zod";

/** Sortable columns of the nota list, by their Dutch URL names. */
export const NOTA_SORT_KEYS = ["referentie", "titel", "markering", "status", "datum", "plandatum", "kamer"] as const;
export type NotaSortKey = (typeof NOTA_SORT_KEYS)[number];

export const NotaListQuerySchema = z.object({
  sorteer: z.enum(NOTA_SORT_KEYS).catch("kamer"),
  richting: z.enum(["op", "af"]).catch("op"),
  /** Cursor for the next page: opaque to the user, checked by the list service. */
  na: z.string().max(500).optional().catch(undefined),
});
export type NotaListQuery = z.infer<typeof NotaListQuerySchema>;

/** Comparing two versions: "van" and "naar" version numbers. */
export const CompareVersionsQuerySchema = z.object({
  van: z.coerce.number().int().min(1).optional().catch(undefined),
  naar: z.coerce.number().int().min(1).optional().catch(undefined),
});

/** The nota's history: routine events (autosaves, downloads) only when asked for. */
export const TimelineQuerySchema = z.object({ geschiedenis: z.enum(["alles"]).optional().catch(undefined) });
