// A route step as the browser sends it: the step (by its API name, lib/domain/route/steps.ts),
// the state it was taken on, and for some steps a reason or a decision.
import { NOTA_STATUSES } from "@/lib/domain/route/state-machine";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import { z } from "@/lib/domain/zod";
import { isIsoDate } from "@/lib/domain/dates";
import { DecisionInputSchema } from "./decision";

const AgendaItemKindSchema = z.enum(["HAMERSTUK", "BESPREEKSTUK"], { error: "Kies hamerstuk of bespreekstuk." });

/** The state the user saw: status, version, round, and (while in paraaf) whose turn it was. */
const seen = {
  expectedStatus: z.enum(NOTA_STATUSES),
  expectedVersion: z.number().int().min(1),
  expectedRound: z.number().int().min(0).optional(),
  expectedParaafIndex: z.number().int().min(0).nullable().optional(),
};

export const ReasonSchema = z.string().trim().min(1, { message: "Geef een reden op." }).max(2000, { message: "Gebruik hoogstens 2000 tekens." });

export const RouteStepRequestSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal(ROUTE_STEPS.OFFER.api), ...seen }),
  z.object({ action: z.literal(ROUTE_STEPS.INITIAL.api), ...seen }),
  z.object({ action: z.literal(ROUTE_STEPS.RETURN.api), ...seen, reason: ReasonSchema, officeId: z.uuid().nullable().optional() }),
  z.object({ action: z.literal(ROUTE_STEPS.WITHDRAW.api), ...seen, reason: ReasonSchema }),
  z.object({ action: z.literal(ROUTE_STEPS.DECIDE.api), decision: DecisionInputSchema }),
  z.object({
    action: z.literal(ROUTE_STEPS.SCHEDULE_ONDERRAAD.api),
    ...seen,
    meetingId: z.uuid({ error: "Kies een vergadering." }),
    kind: AgendaItemKindSchema,
  }),
  z.object({ action: z.literal(ROUTE_STEPS.SCHEDULE_MR.api), ...seen, meetingId: z.uuid({ error: "Kies een vergadering." }), kind: AgendaItemKindSchema }),
  z.object({
    action: z.literal(ROUTE_STEPS.MARK_SENT.api),
    ...seen,
    outcome: z.enum(["CONFORM", "GEWIJZIGD"], { error: "Kies de uitkomst van de ministerraad." }),
    outcomeNote: z.string().trim().max(2000, { message: "Gebruik hoogstens 2000 tekens." }).nullable().default(null),
    sentOn: z.string().refine(isIsoDate, { message: "Vul de verzenddatum in als geldige datum." }),
    toezeggingenVoldaan: z.array(z.uuid()).max(50).default([]),
  }),
]);

export type RouteStepRequest = z.infer<typeof RouteStepRequestSchema>;

/** The reason form (terugsturen, intrekken) as a person fills it in. */
export const ReasonFormSchema = z.object({ reason: ReasonSchema, officeId: z.uuid().nullable() });
export type ReasonForm = z.infer<typeof ReasonFormSchema>;
