// Writes one audit event in the same statement or transaction as the change it records, so
// that the event exists exactly when the change does. Appending advances the chain's head and
// computes the hash from the previous one in one statement: a row lock on that chain only, so
// events about different notas never wait for each other.
import type { Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
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

/**
 * The append as common table expressions named `<name>_head` and `<name>`, to put in a larger
 * statement. With `when` (the name of another expression), the event is written only if that
 * expression yields a row: a guarded change that did not happen leaves no event and no trace in
 * the chain.
 */
export function auditEventSql(input: AuditInput, options: { name: string; when?: string; chainKey?: string }): Prisma.Sql {
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
  const head = Prisma.raw(`"${options.name}_head"`);
  const name = Prisma.raw(`"${options.name}"`);
  const when = options.when ? Prisma.raw(`FROM "${options.when}"`) : Prisma.empty;
  return Prisma.sql`
    ${head} AS (
      INSERT INTO "AuditChainHead" AS h ("chainKey", "seq", "prevHash", "hash", "updatedAt")
      SELECT ${chainKey}, 1, ${GENESIS_HASH}, encode(sha256(convert_to(${before} || ${GENESIS_HASH} || ${after}, 'UTF8')), 'hex'), now() ${when}
      ON CONFLICT ("chainKey") DO UPDATE SET
        "seq" = h."seq" + 1,
        "prevHash" = h."hash",
        "hash" = encode(sha256(convert_to(${before} || h."hash" || ${after}, 'UTF8')), 'hex'),
        "updatedAt" = now()
      RETURNING "seq", "prevHash", "hash"
    ), ${name} AS (
      INSERT INTO "AuditEvent" ("occurredAt", "actorId", "actingOfficeId", "action", "objectType", "objectId", "notaId", "notaVersion",
                                "result", "details", "ip", "userAgent", "chainKey", "chainSeq", "prevHash", "hash")
      SELECT ${fields.occurredAt}, ${fields.actorId}::uuid, ${fields.actingOfficeId}::uuid, ${fields.action}, ${fields.objectType}, ${fields.objectId},
             ${fields.notaId}::uuid, ${fields.notaVersion}::int, ${fields.result}::"AuditResult", ${details}::jsonb, ${fields.ip}, ${fields.userAgent},
             ${chainKey}, ${head}."seq", ${head}."prevHash", ${head}."hash"
      FROM ${head}
      RETURNING "id"
    )`;
}

/** A client that can run one statement: a transaction, or the pool for a statement of its own. */
export type Executor = Pick<Tx, "$executeRaw">;

export async function recordAuditEvent(tx: Executor, input: AuditInput, options: { chainKey?: string } = {}): Promise<void> {
  await tx.$executeRaw`WITH ${auditEventSql(input, { name: "audit", chainKey: options.chainKey })} SELECT 1`;
}
