import type { RouteContext } from "@/lib/workflow/route";
import type { RouteFactsRow } from "./route-facts";

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
