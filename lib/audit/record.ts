// Writes one audit event inside the caller's transaction, so that the event exists exactly
// when the change it records exists. One statement advances the chain's head (a row lock on
// that chain only: events about different notas never wait for each other), computes the hash
// from the previous one, and inserts the event.
import type { Tx } from "@/lib/db/create-client";
import type { AuditAction } from "./actions";
import { chainKeyFor, GENESIS_HASH, hashTextAround } from "./chain";

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

/** A client that can run one statement: a transaction, or the pool for a statement of its own. */
type Executor = Pick<Tx, "$executeRaw">;

export async function recordAuditEvent(tx: Executor, input: AuditInput, options: { chainKey?: string } = {}): Promise<void> {
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
  };
  const chainKey = options.chainKey ?? chainKeyFor(fields);
  const { before, after } = hashTextAround(fields);
  const details = fields.details === null ? null : JSON.stringify(fields.details);
  await tx.$executeRaw`
    WITH head AS (
      INSERT INTO "AuditChainHead" AS h ("chainKey", "seq", "prevHash", "hash", "updatedAt")
      VALUES (${chainKey}, 1, ${GENESIS_HASH}, encode(sha256(convert_to(${before} || ${GENESIS_HASH} || ${after}, 'UTF8')), 'hex'), now())
      ON CONFLICT ("chainKey") DO UPDATE SET
        "seq" = h."seq" + 1,
        "prevHash" = h."hash",
        "hash" = encode(sha256(convert_to(${before} || h."hash" || ${after}, 'UTF8')), 'hex'),
        "updatedAt" = now()
      RETURNING "seq", "prevHash", "hash"
    )
    INSERT INTO "AuditEvent" ("occurredAt", "actorId", "actingOfficeId", "action", "objectType", "objectId", "notaId", "notaVersion",
                              "result", "details", "ip", "userAgent", "chainKey", "chainSeq", "prevHash", "hash")
    SELECT ${fields.occurredAt}, ${fields.actorId}::uuid, ${fields.actingOfficeId}::uuid, ${fields.action}, ${fields.objectType}, ${fields.objectId},
           ${fields.notaId}::uuid, ${fields.notaVersion}::int, ${fields.result}::"AuditResult", ${details}::jsonb, ${fields.ip}, ${fields.userAgent},
           ${chainKey}, head."seq", head."prevHash", head."hash"
    FROM head`;
}
