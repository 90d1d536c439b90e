// The query of a nota download: /api/notas/<id>/document?formaat=pdf&besluiten=ja
import { z } from "@/lib/domain/zod";

export const NotaDocumentQuerySchema = z.object({
  formaat: z.enum(["docx", "pdf"], { error: "Kies DOCX of PDF." }),
  besluiten: z
    .enum(["ja", "nee"], { error: "Kies of de besluiten mee moeten." })
    .optional()
    .transform((value) => value === "ja"),
});
