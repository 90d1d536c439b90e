// The hash chain of the audit log: each event's hash covers its own fields and the previous
// event's hash, so removing, reordering or altering any stored event breaks every later link.
import { createHash } from "node:crypto";
import { canonicalJson } from "../domain/canonical-json";

export const GENESIS_HASH = "0".repeat(64);

/** The fields of an AuditEvent that its hash covers (everything but id and hash). */
export interface ChainedFields {
  occurredAt: Date;
  actorId: string | null;
  actingOfficeId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  notaId: string | null;
  notaVersion: number | null;
  result: "SUCCESS" | "REFUSED";
  details: unknown;
  ip: string | null;
  userAgent: string | null;
  prevHash: string;
}

export function eventHash(fields: ChainedFields): string {
  // Named one by one: a stored row also has id and hash, which the hash cannot cover.
  const payload = canonicalJson({
    occurredAt: fields.occurredAt.toISOString(),
    actorId: fields.actorId,
    actingOfficeId: fields.actingOfficeId,
    action: fields.action,
    objectType: fields.objectType,
    objectId: fields.objectId,
    notaId: fields.notaId,
    notaVersion: fields.notaVersion,
    result: fields.result,
    details: fields.details ?? null,
    ip: fields.ip,
    userAgent: fields.userAgent,
    prevHash: fields.prevHash,
  });
  return createHash("sha256").update(payload).digest("hex");
}

export type ChainBreak = { id: bigint; reason: "prev-hash-mismatch" | "hash-mismatch" };

/** Checks events in id order; returns the first broken link, or null when the chain holds. */
export function findChainBreak(
  events: Iterable<ChainedFields & { id: bigint; hash: string }>,
  previousHash: string = GENESIS_HASH,
): { break: ChainBreak | null; lastHash: string; checked: number } {
  let expectedPrev = previousHash;
  let checked = 0;
  for (const event of events) {
    if (event.prevHash !== expectedPrev) return { break: { id: event.id, reason: "prev-hash-mismatch" }, lastHash: expectedPrev, checked };
    if (eventHash(event) !== event.hash) return { break: { id: event.id, reason: "hash-mismatch" }, lastHash: expectedPrev, checked };
    expectedPrev = event.hash;
    checked++;
  }
  return { break: null, lastHash: expectedPrev, checked };
}
