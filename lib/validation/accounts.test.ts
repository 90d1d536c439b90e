import { describe, expect, it } from "vitest";
import { ChangePasswordSchema, CreateOfficeSchema, CreatePersonSchema, EndOfficeSchema, NewPasswordSchema } from "./accounts";

const ID = "0b7e1c8e-6a43-4a5f-9a49-2f0e4f6f3c11";
const issuesOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("account schemas", () => {
  it("stores an e-mail address lower-cased and trimmed, and wants a role with an office", () => {
    expect(CreatePersonSchema.parse({ name: " Anne ", email: " Anne@MinBuZa.NL ", officeId: "", role: "" })).toEqual({
      name: "Anne",
      email: "anne@minbuza.nl",
      officeId: "",
      role: "",
    });
    expect(issuesOf(CreatePersonSchema.safeParse({ name: "Anne", email: "anne@minbuza.nl", officeId: ID, role: "" }))).toEqual([
      ["role", "Kies bij een onderdeel ook een rol (of laat beide leeg)."],
    ]);
    expect(issuesOf(CreatePersonSchema.safeParse({ name: "", email: "geen-adres", officeId: "", role: "" }))).toEqual([
      ["name", "Vul de naam in."],
      ["email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@minbuza.nl."],
    ]);
  });

  it("takes office codes of letters, digits and dashes", () => {
    expect(CreateOfficeSchema.safeParse({ code: "MinJenV", name: "Minister van Justitie en Veiligheid", kind: "BEWINDSPERSOON" }).success).toBe(true);
    expect(issuesOf(CreateOfficeSchema.safeParse({ code: "Min JenV", name: "x", kind: "ONDERDEEL" }))[0][0]).toBe("code");
  });

  it("ends an office only when confirmed; no successor is null", () => {
    expect(EndOfficeSchema.parse({ officeId: ID, endedOn: "2025-02-13", successorId: "", confirm: "ja" }).successorId).toBeNull();
    expect(issuesOf(EndOfficeSchema.safeParse({ officeId: ID, endedOn: "13-02-2025", successorId: "", confirm: "" }))).toEqual([
      ["endedOn", "Vul de dag van opheffen in als geldige datum."],
      ["confirm", "Bevestig dat u dit onderdeel wilt opheffen."],
    ]);
  });

  it("checks a new password's length and that it was typed twice the same, at the fields", () => {
    expect(issuesOf(NewPasswordSchema.safeParse({ password: "kort", confirmation: "kort" }))).toEqual([
      ["password", "Kies een wachtwoord van minstens 12 tekens (dit zijn er 4)."],
    ]);
    expect(issuesOf(NewPasswordSchema.safeParse({ password: "lang genoeg hoor", confirmation: "lang genoeg hoor!" }))).toEqual([
      ["confirmation", "De twee wachtwoorden zijn niet gelijk. Typ het nieuwe wachtwoord twee keer hetzelfde."],
    ]);
    expect(issuesOf(ChangePasswordSchema.safeParse({ currentPassword: "", password: "lang genoeg hoor", confirmation: "lang genoeg hoor" }))).toEqual([
      ["currentPassword", "Vul uw huidige wachtwoord in."],
    ]);
  });
});
