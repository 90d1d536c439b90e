// One name per route step. The state machine's action (OFFER) is the code name; the same word
// names the service (offerNota), the recorded route action (RouteAction.kind = OFFER) and the
// audit event (route.offer). The API speaks Dutch (aanbieden). docs/glossary.md lists them.
import type { RouteAction } from "./state-machine";

export type RouteStep = Exclude<RouteAction, "EDIT">;

export const ROUTE_STEPS = {
  OFFER: { term: "Aanbieden", api: "aanbieden", audit: "route.offer" },
  INITIAL: { term: "Paraferen", api: "paraferen", audit: "route.initial" },
  RETURN: { term: "Terugsturen", api: "terugsturen", audit: "route.return" },
  WITHDRAW: { term: "Intrekken", api: "intrekken", audit: "route.withdraw" },
  DECIDE: { term: "Besluit vastleggen", api: "besluiten", audit: "route.decide" },
  SCHEDULE_ONDERRAAD: { term: "Agenderen voor de onderraad", api: "agenderen-onderraad", audit: "route.schedule_onderraad" },
  SCHEDULE_MR: { term: "Agenderen voor de ministerraad", api: "agenderen-ministerraad", audit: "route.schedule_mr" },
  MARK_SENT: { term: "Verzonden aan de Tweede Kamer", api: "verzonden", audit: "route.mark_sent" },
} as const satisfies Record<RouteStep, { term: string; api: string; audit: `route.${string}` }>;

export type RouteStepApiValue = (typeof ROUTE_STEPS)[RouteStep]["api"];
export type RouteStepAuditAction = (typeof ROUTE_STEPS)[RouteStep]["audit"];

/** Steps that are recorded as a route action (a decision is recorded as an office decision). */
export const RECORDED_ROUTE_ACTIONS = [
  "OFFER",
  "INITIAL",
  "RETURN",
  "WITHDRAW",
  "SCHEDULE_ONDERRAAD",
  "SCHEDULE_MR",
  "MARK_SENT",
] as const satisfies readonly RouteStep[];
export type RecordedRouteAction = (typeof RECORDED_ROUTE_ACTIONS)[number];
