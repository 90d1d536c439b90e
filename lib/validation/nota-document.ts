// The query of a nota download: /api/notas/<id>/document?formaat=pdf&besluiten=ja, or a
// publication version: …?formaat=pdf&publicatie=woo (formaat=json for its metadata).
import { z } from "@/lib/domain/zod";

export const NotaDocumentQuerySchema = z.object({
  formaat: z.enum(["docx", "pdf", "json"], { error: "Kies DOCX, PDF of JSON." }),
  besluiten: z
    .enum(["ja", "nee"], { error: "Kies of de besluiten mee moeten." })
    .optional()
    .transform((value) => value === "ja"),
  deel: z
    .enum(["nota", "bijlage"], { error: "Kies de nota of de bijlage." })
    .optional()
    .transform((value) => value ?? "nota"),
  publicatie: z
    .enum(["kamerstuk", "woo"], { error: "Kies de publicatieversie bij Kamerstuk of Woo-verzoek." })
    .optional()
    .transform((value) => value ?? null),
});
