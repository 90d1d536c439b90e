import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "./enums";
import { MFA_ROLES, mfaStepPending, requiresMfa, routeStepNeedsMfa } from "./mfa";

const person = (...roles: Role[]) => ({ memberships: roles.map((role) => ({ role })), delegatedOfficeIds: [] as string[] });

describe("requiresMfa", () => {
  it("is required for every kabinet, paraaf, secretariaat and beheer membership, and for no other role", () => {
    for (const role of ROLES) expect(requiresMfa(person(role)), role).toBe(["KABINET", "PARAAF", "SECRETARIAAT", "BEHEER"].includes(role));
    expect([...MFA_ROLES].sort()).toEqual(["BEHEER", "KABINET", "PARAAF", "SECRETARIAAT"]);
  });

  it("counts one such membership among others", () => {
    expect(requiresMfa(person("OPSTELLER", "PARAAF"))).toBe(true);
    expect(requiresMfa(person("OPSTELLER"))).toBe(false);
    expect(requiresMfa(person())).toBe(false);
  });

  it("is required for a vervanger: they record decisions for a minister", () => {
    expect(requiresMfa({ ...person("OPSTELLER"), delegatedOfficeIds: ["M"] })).toBe(true);
  });
});

describe("mfaStepPending", () => {
  it("holds a session back only when the person needs the second factor and has not passed it", () => {
    expect(mfaStepPending({ ...person("KABINET"), mfaVerified: false })).toBe(true);
    expect(mfaStepPending({ ...person("KABINET"), mfaVerified: true })).toBe(false);
    expect(mfaStepPending({ ...person("OPSTELLER"), mfaVerified: false })).toBe(false);
  });
});

describe("routeStepNeedsMfa", () => {
  it("refuses a decision or paraaf in a session without the second factor, in Dutch", () => {
    expect(routeStepNeedsMfa({ mfaVerified: true })).toBeNull();
    expect(routeStepNeedsMfa({ mfaVerified: false })).toMatch(/tweestapsverificatie/);
  });
});
