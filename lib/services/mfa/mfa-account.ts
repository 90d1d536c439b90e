// A person's second-factor state, read with the row locked where a check follows.
import type { Db, Tx } from "@/lib/db/create-client";

export interface MfaAccount {
  mfaSecret: string | null;
  mfaEnabledAt: Date | null;
  mfaLastStep: number | null;
}

/** The row, locked until the transaction ends: accepting a code and moving mfaLastStep are one step. */
export async function lockMfaAccount(tx: Tx, userId: string): Promise<MfaAccount | null> {
  const rows = await tx.$queryRaw<MfaAccount[]>`
    SELECT "mfaSecret", "mfaEnabledAt", "mfaLastStep" FROM "User" WHERE "id" = ${userId}::uuid AND "active" FOR UPDATE`;
  return rows[0] ?? null;
}

export async function readMfaAccount(db: Db | Tx, userId: string): Promise<MfaAccount | null> {
  return db.user.findUnique({ where: { id: userId }, select: { mfaSecret: true, mfaEnabledAt: true, mfaLastStep: true } });
}
