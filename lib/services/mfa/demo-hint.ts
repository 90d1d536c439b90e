// The demo only (NOTAROUTE_DEMO=true): walkers of the demo have no authenticator app, so the /mfa
// page of a demo account that still has the documented demo secret shows the code an app would
// show. Never in production: the flag is off there, and no real account has that secret.
import "server-only";
import { openMfaSecret } from "@/lib/auth/mfa/secret-box";
import { nextUsableStep, totpCode, totpStep, TOTP_PERIOD_SECONDS } from "@/lib/auth/mfa/totp";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { DEMO_ACCOUNTS, DEMO_MFA_SECRET } from "@/prisma/seed/demo-accounts";
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
  if (!demoHintsEnabled() || !DEMO_ACCOUNTS.some((account) => account.email === user.email)) return null;
  const account = await readMfaAccount(db, user.id);
  if (!account?.mfaEnabledAt || !account.mfaSecret || openMfaSecret(account.mfaSecret, user.id) !== DEMO_MFA_SECRET) return null;
  // The first code not used yet: a walker who logs in twice within half a minute gets the next one.
  const step = nextUsableStep(now, account.mfaLastStep);
  if (step === null) return null;
  const windowEnds = (totpStep(now) + 2) * TOTP_PERIOD_SECONDS * 1000;
  return { code: totpCode(DEMO_MFA_SECRET, step), validForSeconds: Math.floor((windowEnds - now.getTime()) / 1000) };
}
