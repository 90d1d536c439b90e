import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/actions";
import { RouteStepRequestSchema } from "@/lib/validation/route-step";
import { ROUTE_ACTIONS } from "./state-machine";
import { RECORDED_ROUTE_ACTIONS, ROUTE_STEPS } from "./steps";

describe("one name per route step", () => {
  it("names every action of the state machine but editing, once", () => {
    expect(Object.keys(ROUTE_STEPS).sort()).toEqual(ROUTE_ACTIONS.filter((action) => action !== "EDIT").sort());
    const apis = Object.values(ROUTE_STEPS).map((step) => step.api);
    expect(new Set(apis).size).toBe(apis.length);
  });

  it("derives the audit event from the code name", () => {
    for (const [action, step] of Object.entries(ROUTE_STEPS)) expect(step.audit).toBe(`route.${action.toLowerCase()}`);
  });

  it("labels every step's audit event for the timeline", () => {
    for (const step of Object.values(ROUTE_STEPS)) expect(AUDIT_ACTION_LABELS).toHaveProperty(step.audit);
  });

  it("records every step but a decision as a route action", () => {
    expect([...RECORDED_ROUTE_ACTIONS].sort()).toEqual(
      Object.keys(ROUTE_STEPS)
        .filter((action) => action !== "DECIDE")
        .sort(),
    );
  });

  it("accepts the steps of the API by their Dutch name", () => {
    const seen = { expectedStatus: "CONCEPT", expectedVersion: 1 };
    expect(RouteStepRequestSchema.safeParse({ action: ROUTE_STEPS.OFFER.api, ...seen }).success).toBe(true);
    expect(RouteStepRequestSchema.safeParse({ action: "OFFER", ...seen }).error?.issues[0].message).toBe("Kies een van de mogelijke waarden.");
  });
});
