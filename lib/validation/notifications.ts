import { z } from "@/lib/domain/zod";

/** "Gelezen" for one notification, or "Alles gelezen". */
export const MarkReadSchema = z.object({ melding: z.union([z.literal("all"), z.uuid()], { error: "Deze melding bestaat niet (meer)." }) });
