// The facts the state machine's guards need, from a nota's route facts as they are now.
import type { RouteFacts } from "./capacity";
import type { RouteContext } from "./state-machine";

export interface RouteContextFacts extends RouteFacts {
  /** Deciding offices that decided on the current version. */
  decidedOfficeIds: readonly string[];
}

/** The route's guard facts for a nota as it is now; `extra` fills in what the caller knows. */
export function routeContext(facts: RouteContextFacts, extra: Partial<RouteContext> = {}): RouteContext {
  return {
    missing: 0,
    viaSteps: facts.viaOfficeIds.length,
    paraafIndex: facts.paraafIndex,
    decidingOffices: facts.decidingOfficeIds.length,
    decidedByOthers: facts.decidedOfficeIds.length,
    actorDecided: false,
    hasReason: true,
    ...extra,
  };
}
