// Demo accounts: created only by the demo seed (never in production) and listed in the
// README. One per role, and one kabinet account per office that decides or gets a copy.
import type { Role } from "@/lib/generated/prisma/enums";
import type { DemoOfficeCode } from "./demo-offices";

export const DEMO_PASSWORD = "Notaroute-demo-2025";

/**
 * The TOTP secret (base32) of every demo account that needs tweestapsverificatie (kabinet,
 * paraaf, secretariaat, beheer): walkers of the demo have no authenticator app, so these accounts
 * are seeded as enrolled with this secret, and with NOTAROUTE_DEMO=true the /mfa page shows its
 * current code. An authenticator app takes it too (README, "Demo accounts"). Never in production.
 */
export const DEMO_MFA_SECRET = "NOTAROUTEDEMOTWEESTAPSVERIFICATI";

export interface DemoAccount {
  email: string;
  name: string;
  memberships: ReadonlyArray<{ office: DemoOfficeCode; role: Role }>;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "opsteller@demo.notaroute.nl", name: "Sanne de Vries", memberships: [{ office: "DVB", role: "OPSTELLER" }] },
  { email: "paraaf.dgpz@demo.notaroute.nl", name: "Hanna Bakker", memberships: [{ office: "DGPZ", role: "PARAAF" }] },
  { email: "paraaf.sg@demo.notaroute.nl", name: "Joost van Leeuwen", memberships: [{ office: "SG", role: "PARAAF" }] },
  { email: "kabinet.m@demo.notaroute.nl", name: "Fatima El Amrani", memberships: [{ office: "M", role: "KABINET" }] },
  { email: "kabinet.r@demo.notaroute.nl", name: "Thomas Visser", memberships: [{ office: "R", role: "KABINET" }] },
  { email: "kabinet.mindef@demo.notaroute.nl", name: "Eva Mulder", memberships: [{ office: "MinDEF", role: "KABINET" }] },
  { email: "kabinet.minjenv@demo.notaroute.nl", name: "Daan Smit", memberships: [{ office: "MinJenV", role: "KABINET" }] },
  { email: "kabinet.minaenm@demo.notaroute.nl", name: "Noor Hendriks", memberships: [{ office: "MinAenM", role: "KABINET" }] },
  { email: "kabinet.stasdef@demo.notaroute.nl", name: "Lucas Dekker", memberships: [{ office: "StasDEF", role: "KABINET" }] },
  { email: "secretariaat@demo.notaroute.nl", name: "Ilse Vermeulen", memberships: [{ office: "BSG", role: "SECRETARIAAT" }] },
  { email: "beheer@demo.notaroute.nl", name: "Ruben Koster", memberships: [{ office: "BSG", role: "BEHEER" }] },
];
