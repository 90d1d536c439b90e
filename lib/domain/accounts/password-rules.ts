// What a new password must be (OWASP ASVS 5.0, V6.2): long enough, not absurdly long, not on a
// list of breached passwords, and not the person's own address or the application's name dressed
// up with digits. No composition rules (no "one capital and one digit"): those make passwords
// harder to remember, not harder to guess. Length counts Unicode code points, so "wachtwoordzin
// met ë" is as long as it looks and a password in any script is welcome.

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; argon2id hashes whatever it is given, so a limit keeps that cheap. */
export const PASSWORD_MAX_LENGTH = 128;

/** Shown beside every field where a new password is chosen. */
export const PASSWORD_HINT = `Minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden. Niet toegestaan: een wachtwoord dat in lijsten van gelekte wachtwoorden staat, of dat uw e-mailadres bevat.`;

/** Words that say where the password is used: a password made of one of them and some digits is guessed first. */
const CONTEXT_WORDS = ["notaroute", "beslisnota", "nota", "minbuza", "buitenlandsezaken", "rijksoverheid", "ministerie", "wachtwoord", "password"];

export interface PasswordContext {
  /** The person's e-mail address. */
  email: string;
  /** The person's name, when known. */
  name?: string;
  /** Whether the (lower-cased) password is on the list of breached passwords. */
  isBreached: (password: string) => boolean;
}

/** Length in Unicode code points (what a person counts), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** The length rules alone: the browser checks these too, without the list of breached passwords. */
export function passwordLengthProblem(password: string): string | null {
  const length = passwordLength(password);
  if (length === 0) return "Vul een nieuw wachtwoord in.";
  if (length < PASSWORD_MIN_LENGTH) return `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens (dit zijn er ${length}).`;
  if (length > PASSWORD_MAX_LENGTH) return `Kies een wachtwoord van hoogstens ${PASSWORD_MAX_LENGTH} tekens (dit zijn er ${length}).`;
  return null;
}

/** Letters only, lower-cased: "Notaroute-2025!" and "nota route 2025" both become "notaroute". */
function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}]/gu, "");
}

/** The first rule the password breaks, as a Dutch message for the field, or null when it is fine. */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const length = passwordLengthProblem(password);
  if (length) return length;

  const lower = password.toLowerCase();
  const email = context.email.trim().toLowerCase();
  if (email && lower.includes(email)) return "Uw wachtwoord mag uw e-mailadres niet bevatten.";

  const letters = lettersOf(password);
  const localPart = email.split("@")[0] ?? "";
  const personal = [lettersOf(localPart), ...(context.name ?? "").split(/\s+/).map(lettersOf), lettersOf(context.name ?? "")];
  const guessable = [...CONTEXT_WORDS, ...personal].filter((word) => word.length >= 3);
  if (guessable.includes(letters)) {
    return "Dit wachtwoord is te makkelijk te raden: het bestaat uit uw naam, uw e-mailadres of de naam van deze toepassing, met alleen cijfers of tekens erbij.";
  }

  if (context.isBreached(lower)) return "Dit wachtwoord staat in lijsten van gelekte wachtwoorden en is dus bekend bij aanvallers. Kies een ander wachtwoord.";
  return null;
}
