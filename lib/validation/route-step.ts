// A route step as the browser sends it: the action, the state it was taken on, and for some
// actions a reason or a decision. Messages in Dutch, at the field.
import { z } from "zod";
import { DecisionInputSchema } from "./decision";

const StatusSchema = z.enum(["CONCEPT", "PARAAF", "TER_BESLISSING", "BESLOTEN", "TERUGGESTUURD", "INGETROKKEN", "GEAGENDEERD_ONDERRAAD", "GEAGENDEERD_MR", "AFGEROND"]);
/** The state the user saw: status, version, round, and (while in paraaf) whose turn it was. */
const seen = {
  expectedStatus: StatusSchema,
  expectedVersion: z.number().int().min(1),
  expectedRound: z.number().int().min(0).optional(),
  expectedParaafIndex: z.number().int().min(0).nullable().optional(),
};
const reason = z.string().trim().min(1, { message: "Geef een reden op." }).max(2000, { message: "Gebruik hoogstens 2000 tekens." });

export const RouteStepRequestSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("aanbieden"), ...seen }),
  z.object({ action: z.literal("paraferen"), ...seen }),
  z.object({ action: z.literal("terugsturen"), ...seen, reason, officeId: z.uuid().nullable().optional() }),
  z.object({ action: z.literal("intrekken"), ...seen, reason }),
  z.object({ action: z.literal("besluiten"), decision: DecisionInputSchema }),
]);

export type RouteStepRequest = z.infer<typeof RouteStepRequestSchema>;
