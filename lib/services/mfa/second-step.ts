// Where a person stands after their password: nothing more to do, enrolment first, or the code.
import "server-only";
import { db } from "@/lib/db/client";
import { requiresMfa } from "@/lib/domain/mfa";
import type { CurrentUser } from "@/lib/domain/permissions";
import { readMfaAccount } from "./mfa-account";

export type SecondStep = "done" | "enrol" | "verify";

export async function secondStepFor(user: CurrentUser): Promise<SecondStep> {
  if (user.mfaVerified || !requiresMfa(user)) return "done";
  const account = await readMfaAccount(db, user.id);
  return account?.mfaEnabledAt ? "verify" : "enrol";
}
