// Beheer must never be able to lock itself out: a change that would leave no active person with a
// beheer role in an active office is undone. Such changes take one lock first, so two beheer
// members removing each other at the same moment cannot both succeed.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { InvalidInputError } from "@/lib/domain/errors";

export async function lockBeheerRoster(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('notaroute:beheer-roster', 0))`;
}

/** Throws (so the transaction rolls back) when, after the change, no beheer remains. */
export async function assertBeheerRemains(tx: Tx, field: string): Promise<void> {
  const remaining = await tx.membership.count({ where: { role: "BEHEER", user: { active: true }, office: { active: true } } });
  if (remaining > 0) return;
  const message = "Dan blijft er niemand met de rol beheer over. Geef eerst iemand anders de rol beheer.";
  throw new InvalidInputError(message, [{ path: field, message }]);
}
