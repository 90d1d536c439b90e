// The demo only (NOTAROUTE_DEMO=true): walkers of the demo have no authenticator app, so the /mfa
// page of an account that has the documented demo secret (the seeded demo accounts) shows the code
// an app would show. Never in production: the flag is off there, and no real account has that
// secret; for one that had, the code would be public knowledge anyway.
import "server-only";
import { openMfaSecret } from "@/lib/auth/mfa/secret-box";
import { totpCode, totpStep, TOTP_PERIOD_SECONDS, TOTP_WINDOW } from "@/lib/auth/mfa/totp";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { DEMO_MFA_SECRET } from "@/prisma/seed/demo-accounts";
import { readMfaAccount } from "./mfa-account";

export interface DemoMfaHint {
  code: string;
  /** Seconds the code is still accepted (the window reaches one step past the current one). */
  validForSeconds: number;
}

export function demoHintsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.NOTAROUTE_DEMO === "true";
}

export async function demoMfaHint(user: CurrentUser, now: Date = new Date()): Promise<DemoMfaHint | null> {
  if (!demoHintsEnabled()) return null;
  const account = await readMfaAccount(db, user.id);
  if (!account?.mfaEnabledAt || !account.mfaSecret || openMfaSecret(account.mfaSecret, user.id) !== DEMO_MFA_SECRET) return null;
  // The code an app shows now, or the next one when a walker logged in twice within half a minute.
  const current = totpStep(now);
  const step = Math.max(current, (account.mfaLastStep ?? current - 1) + 1);
  if (step > current + TOTP_WINDOW) return null;
  // A code is accepted until the step after its own has passed.
  const acceptedUntil = (step + 2) * TOTP_PERIOD_SECONDS * 1000;
  return { code: totpCode(DEMO_MFA_SECRET, step), validForSeconds: Math.floor((acceptedUntil - now.getTime()) / 1000) };
}
