import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, passwordLength, passwordLengthProblem, passwordProblem } from "./password-rules";

const BREACHED = new Set(["leavemealone", "123qweasdzxc"]);
const context = { email: "Anne.de.Vries@minbuza.nl", name: "Anne de Vries", isBreached: (p: string) => BREACHED.has(p) };

describe("password rules", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(passwordLength("abc")).toBe(3);
    expect(passwordLength("🔒🔒🔒")).toBe(3);
    expect("🔒🔒🔒".length).toBe(6);
    // Eleven emoji are 22 UTF-16 units but eleven characters: too short.
    expect(passwordLengthProblem("🔒".repeat(11))).toBe("Kies een wachtwoord van minstens 12 tekens (dit zijn er 11).");
    expect(passwordLengthProblem("🔒".repeat(12))).toBeNull();
  });

  it("asks for at least 12 characters and allows up to 128, in Dutch", () => {
    expect(passwordLengthProblem("")).toBe("Vul een nieuw wachtwoord in.");
    expect(passwordProblem("kort-genoeg", context)).toBe("Kies een wachtwoord van minstens 12 tekens (dit zijn er 11).");
    expect(passwordProblem("lang genoeg!", context)).toBeNull();
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH), context)).toBeNull();
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH + 1), context)).toBe("Kies een wachtwoord van hoogstens 128 tekens (dit zijn er 129).");
  });

  it("has no composition rules: lower-case words and spaces are fine", () => {
    expect(passwordProblem("fiets paraplu thee", context)).toBeNull();
    expect(passwordProblem("ééndrachtmaaktmacht", context)).toBeNull();
    expect(passwordProblem("    spaties    ", context)).toBeNull();
  });

  it("refuses the e-mail address, in any case, and the person's name or the application's name with digits", () => {
    expect(passwordProblem("anne.de.vries@minbuza.nl", context)).toBe("Uw wachtwoord mag uw e-mailadres niet bevatten.");
    expect(passwordProblem("xxANNE.DE.VRIES@MINBUZA.NLxx", context)).toBe("Uw wachtwoord mag uw e-mailadres niet bevatten.");
    expect(passwordProblem("Notaroute-2025!", context)).toMatch(/te makkelijk te raden/);
    expect(passwordProblem("annedevries1234", context)).toMatch(/te makkelijk te raden/);
    expect(passwordProblem("Vries-12345678", context)).toMatch(/te makkelijk te raden/);
    // Digits alone are no composition fault: the list of breached passwords has the common ones.
    expect(passwordProblem("837261940583", context)).toBeNull();
    // A word among others is a passphrase, not the word with digits.
    expect(passwordProblem("notaroute op dinsdag", context)).toBeNull();
  });

  it("refuses a breached password whatever its case", () => {
    const message = "Dit wachtwoord staat in lijsten van gelekte wachtwoorden en is dus bekend bij aanvallers. Kies een ander wachtwoord.";
    expect(passwordProblem("leavemealone", context)).toBe(message);
    expect(passwordProblem("LeaveMeAlone", context)).toBe(message);
    expect(passwordProblem("123QWEasdzxc", context)).toBe(message);
    expect(passwordProblem("leave me alone", context)).toBeNull();
  });
});
