import type { RouteContext } from "@/lib/domain/route/state-machine";
import type { RouteFactsRow } from "../../data/route-facts";

/** The route's guard facts for a nota as it is now; `extra` fills in what the caller knows. */
export function routeContext(facts: RouteFactsRow, extra: Partial<RouteContext> = {}): RouteContext {
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
