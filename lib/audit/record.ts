// Writes one audit event inside the caller's transaction, so that the event exists exactly
// when the change it records exists. A transaction-scoped advisory lock serialises writers:
// the chain has one order, and it is the order of the ids.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/create-client";
import type { AuditAction } from "./actions";
import { eventHash, GENESIS_HASH } from "./chain";

/** Arbitrary constant that names the audit chain's advisory lock. */
const AUDIT_CHAIN_LOCK = 7_301_954_210;

export interface AuditInput {
  action: AuditAction;
  actorId?: string | null;
  actingOfficeId?: string | null;
  objectType: string;
  objectId?: string | null;
  notaId?: string | null;
  notaVersion?: number | null;
  result?: "SUCCESS" | "REFUSED";
  details?: Record<string, unknown> | null;
  ip?: string | null;
  userAgent?: string | null;
}

export async function recordAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
  const previous = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const fields = {
    occurredAt: new Date(),
    actorId: input.actorId ?? null,
    actingOfficeId: input.actingOfficeId ?? null,
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId ?? null,
    notaId: input.notaId ?? null,
    notaVersion: input.notaVersion ?? null,
    result: input.result ?? ("SUCCESS" as const),
    details: input.details ?? null,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 400) ?? null,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  await tx.auditEvent.create({
    data: { ...fields, details: (fields.details ?? undefined) as Prisma.InputJsonValue | undefined, hash: eventHash(fields) },
  });
}
