// A decision as an office records it: per decision point akkoord / niet akkoord / akkoord met
// opmerking, with an annotation (required with "met opmerking"), and an optional general note.
import { DECISION_VALUES } from "@/lib/domain/enums";
import { z } from "@/lib/domain/zod";

export const DecisionValueSchema = z.enum(DECISION_VALUES, {
  error: "Kies akkoord, niet akkoord of akkoord met opmerking.",
});

export const PointDecisionSchema = z
  .object({
    decisionPointId: z.uuid(),
    decision: DecisionValueSchema,
    annotation: z.string().max(4000, { message: "Gebruik hoogstens 4000 tekens." }).nullable(),
  })
  .refine((point) => point.decision !== "AKKOORD_MET_OPMERKING" || (point.annotation ?? "").trim().length > 0, {
    message: "Schrijf de opmerking bij 'akkoord met opmerking'.",
    path: ["annotation"],
  });

export const DecisionInputSchema = z.object({
  /** The office decided for: one of the user's own (or delegated) offices, checked on the server. */
  officeId: z.uuid({ error: "Kies namens welke bewindspersoon u besluit." }),
  expectedVersion: z.number().int().min(1),
  /** The hash of the text that was shown: a decision on anything else is refused. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  points: z.array(PointDecisionSchema).min(1, { message: "Besluit over elk besluitpunt." }),
  note: z.string().max(4000, { message: "Gebruik hoogstens 4000 tekens." }).nullable(),
});

export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** The decision form as a person fills it in: the text's version and hash are added when it is sent. */
export const DecisionFormSchema = DecisionInputSchema.omit({ expectedVersion: true, contentHash: true });
export type DecisionForm = z.infer<typeof DecisionFormSchema>;
