import { describe, expect, it } from "vitest";
import type { Role } from "./enums";
import type { RouteStatus as NotaStatus } from "./route/state-machine";
import { canReadNota, readerOfficeIds, type CurrentUser, type NotaAccessFacts } from "./permissions";

const user = (memberships: Array<[officeId: string, role: Role]>): CurrentUser => ({
  id: "u",
  name: "Test",
  email: "t@test.nl",
  memberships: memberships.map(([officeId, role]) => ({ officeId, officeCode: officeId, officeName: officeId, role })),
  delegatedOfficeIds: [],
  delegations: {},
  mfaVerified: true,
});

const nota = (status: NotaStatus): NotaAccessFacts => ({
  status,
  ownerOfficeId: "DVB",
  readerOfficeIds: ["DGPZ", "M", "MinAenM"],
});

describe("canReadNota", () => {
  it("lets the owning unit read its notas from the first draft", () => {
    expect(canReadNota(user([["DVB", "OPSTELLER"]]), nota("CONCEPT"))).toBe(true);
  });

  it("keeps a concept from the Via chain and the addressed offices", () => {
    expect(canReadNota(user([["DGPZ", "PARAAF"]]), nota("CONCEPT"))).toBe(false);
    expect(canReadNota(user([["M", "KABINET"]]), nota("CONCEPT"))).toBe(false);
  });

  it("shows a nota that left the drafting desk to the Via chain and every addressed office", () => {
    for (const status of ["PARAAF", "TER_BESLISSING", "BESLOTEN", "TERUGGESTUURD"] as const) {
      expect(canReadNota(user([["DGPZ", "PARAAF"]]), nota(status)), status).toBe(true);
      expect(canReadNota(user([["M", "KABINET"]]), nota(status)), status).toBe(true);
      expect(canReadNota(user([["MinAenM", "KABINET"]]), nota(status)), status).toBe(true);
    }
  });

  it("never shows a nota to an unrelated office", () => {
    expect(canReadNota(user([["MinBZK", "KABINET"]]), nota("TER_BESLISSING"))).toBe(false);
    expect(canReadNota(user([]), nota("BESLOTEN"))).toBe(false);
  });

  it("lets a vervanger read what the office they stand in for reads", () => {
    const vervanger = { ...user([["MinDEF", "KABINET"]]), delegatedOfficeIds: ["M"] };
    expect(canReadNota(vervanger, nota("TER_BESLISSING"))).toBe(true);
    expect(canReadNota(vervanger, nota("CONCEPT"))).toBe(false);
  });

  it("takes the readers from the Via chain and the route, once each", () => {
    const content = {
      parties: { VIA: [{ officeId: "SG" }, { officeId: null }, { officeId: "DGPZ" }] },
      recipients: { besluit: ["M", "R"], informatie: ["M", "StasDEF"] },
    };
    expect(readerOfficeIds(content)).toEqual(["DGPZ", "M", "R", "SG", "StasDEF"]);
  });

  it("shows every nota to the secretariat and beheer", () => {
    expect(canReadNota(user([["BSG", "SECRETARIAAT"]]), nota("CONCEPT"))).toBe(true);
    expect(canReadNota(user([["BSG", "BEHEER"]]), nota("CONCEPT"))).toBe(true);
  });
});
