// The two steps of importing a nota: the source to read, and the previewed nota to save.
import { z } from "@/lib/domain/zod";

/** A Word document of a nota is seldom over a few hundred KB; pictures can make it larger. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_TEXT = 500_000;

export const ImportTextSchema = z
  .string()
  .max(MAX_IMPORT_TEXT, { message: "Deze tekst is te lang om in te lezen." })
  .refine((text) => text.trim().length > 0, { message: "Plak de tekst van de nota, of kies een Word-document." });

export const SaveImportSchema = z.object({
  ownerOfficeId: z.uuid({ error: "Kies het onderdeel waarvoor u de nota opstelt." }),
  sourceName: z.string().min(1).max(300),
  // Checked in full by the nota's own schema when it is saved.
  content: z.record(z.string(), z.unknown()),
  report: z.object({
    sourceReference: z.string().max(100).nullable(),
    unplaced: z.number().int().min(0),
    inconsistencies: z.number().int().min(0),
  }),
});
