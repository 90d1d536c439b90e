import { z } from "@/lib/domain/zod";

export const EndSessionSchema = z.object({ sessionId: z.uuid({ error: "Deze sessie bestaat niet (meer)." }) });
