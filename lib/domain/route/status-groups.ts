// Named groups of route statuses, defined once: every screen and query that asks "is the nota
// on the drafting desk?" or "has it reached the offices?" uses these.
import { NOTA_STATUSES, statusesAllowing, type RouteStatus } from "./state-machine";

/** The drafting desk: the only states in which the text can change. */
export const EDITABLE_STATUSES: readonly RouteStatus[] = statusesAllowing("EDIT");

/** Out for decision, or further: the offices (and the copies) have it. */
export const AT_THE_OFFICES_STATUSES = [
  "TER_BESLISSING",
  "BESLOTEN",
  "GEAGENDEERD_ONDERRAAD",
  "GEAGENDEERD_MR",
  "AFGEROND",
] as const satisfies readonly RouteStatus[];

/** Every deciding office has decided; from here the secretariat plans the councils. */
export const DECIDED_STATUSES = ["BESLOTEN", "GEAGENDEERD_ONDERRAAD", "GEAGENDEERD_MR", "AFGEROND"] as const satisfies readonly RouteStatus[];

/** At the offices and not yet closed: what a copy holder still follows (afgerond goes to the archive). */
export const OPEN_AT_THE_OFFICES_STATUSES = ["TER_BESLISSING", "BESLOTEN", "GEAGENDEERD_ONDERRAAD", "GEAGENDEERD_MR"] as const satisfies readonly RouteStatus[];

/** The route has ended, one way or the other. */
export const CLOSED_STATUSES = ["AFGEROND", "INGETROKKEN"] as const satisfies readonly RouteStatus[];

/** States that can end up back on the drafting desk after the offices had the nota. */
export const BACK_FROM_THE_OFFICES_STATUSES = ["TERUGGESTUURD", "INGETROKKEN"] as const satisfies readonly RouteStatus[];

export function isIn(group: readonly RouteStatus[], status: RouteStatus): boolean {
  return group.includes(status);
}

export { NOTA_STATUSES };

/** The route has not ended: everything the dashboard watches, in route order. */
export const OPEN_STATUSES = [
  "CONCEPT",
  "PARAAF",
  "TER_BESLISSING",
  "TERUGGESTUURD",
  "BESLOTEN",
  "GEAGENDEERD_ONDERRAAD",
  "GEAGENDEERD_MR",
] as const satisfies readonly RouteStatus[];
