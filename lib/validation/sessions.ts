import { z } from "@/lib/domain/zod";

export const EndSessionSchema = z.object({ sessionId: z.uuid({ error: "Deze sessie bestaat niet (meer)." }) });

/** "Sessies beëindigen": the chosen sessions (or every other one) and the password again. */
export const EndOwnSessionsSchema = z
  .object({
    scope: z.enum(["gekozen", "alle-andere"], { error: "Kies welke sessies u wilt beëindigen." }),
    sessionIds: z.array(z.uuid({ error: "Deze sessie bestaat niet (meer)." })).max(100),
    password: z.string().min(1, { message: "Vul uw wachtwoord in ter bevestiging." }).max(1000),
  })
  .refine((input) => input.scope === "alle-andere" || input.sessionIds.length > 0, {
    message: "Kies ten minste één sessie, of beëindig alle andere.",
    path: ["sessionIds"],
  });
export type EndOwnSessionsInput = z.infer<typeof EndOwnSessionsSchema>;
