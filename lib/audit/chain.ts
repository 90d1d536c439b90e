// The hash chains of the audit log. Each event's hash covers its own fields and the previous
// event's hash in the same chain, so removing, reordering or altering a stored event breaks
// every later link of its chain. Chains: one per nota, one per person for their own events,
// "system" for the rest, and "checkpoint", whose events record the heads of all other chains.
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/domain/canonical-json";

export const GENESIS_HASH = "0".repeat(64);
export const SYSTEM_CHAIN = "system";
export const CHECKPOINT_CHAIN = "checkpoint";

/** The fields of an AuditEvent that its hash covers (everything but id, chain position and hash). */
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

/** The chain an event belongs to: its nota's, else its actor's own, else "system". */
export function chainKeyFor(event: { notaId: string | null; actorId: string | null }): string {
  if (event.notaId) return `nota:${event.notaId}`;
  if (event.actorId) return `actor:${event.actorId}`;
  return SYSTEM_CHAIN;
}

/** Whether an event may stand in a chain: a nota's chain holds only that nota's events, a person's only theirs. */
export function belongsToChain(chainKey: string, event: { notaId: string | null; actorId: string | null; action: string }): boolean {
  if (chainKey === SYSTEM_CHAIN) return true;
  if (chainKey === CHECKPOINT_CHAIN) return event.action === "audit.checkpoint";
  if (chainKey.startsWith("nota:")) return event.notaId === chainKey.slice(5);
  if (chainKey.startsWith("actor:")) return event.notaId === null && event.actorId === chainKey.slice(6);
  return false;
}

function payload(fields: ChainedFields): string {
  // Named one by one: a stored row also has id, chain position and hash, which the hash cannot cover.
  return canonicalJson({
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
}

export function eventHash(fields: ChainedFields): string {
  return createHash("sha256").update(payload(fields)).digest("hex");
}

/**
 * The event's hashed text split around the previous hash, so that PostgreSQL can compute the
 * hash in the very statement that takes the chain's head: sha256(before + prevHash + after).
 * The previous hash is the last `"prevHash"` key: canonical JSON sorts keys, every key after
 * it ("result", "userAgent") holds a plain string, and quotes inside strings are escaped.
 */
export function hashTextAround(fields: Omit<ChainedFields, "prevHash">): { before: string; after: string } {
  const text = payload({ ...fields, prevHash: "" });
  const marker = '"prevHash":"';
  const at = text.lastIndexOf(`${marker}"`);
  return { before: text.slice(0, at + marker.length), after: text.slice(at + marker.length) };
}

export type ChainBreakReason =
  "prev-hash-mismatch" | "hash-mismatch" | "sequence-gap" | "wrong-chain" | "head-mismatch" | "checkpoint-mismatch" | "anchor-mismatch";
export type ChainBreak = { id: bigint | null; chainKey: string; seq: number; reason: ChainBreakReason };

/**
 * Checks one chain's events in order; returns the first broken link, or null when it holds.
 * `previous` continues a chain checked in batches.
 */
export function findChainBreak(
  chainKey: string,
  events: Iterable<ChainedFields & { id: bigint; hash: string; chainSeq: number }>,
  previous: { hash: string; seq: number } = { hash: GENESIS_HASH, seq: 0 },
): { break: ChainBreak | null; last: { hash: string; seq: number }; checked: number } {
  let last = previous;
  let checked = 0;
  for (const event of events) {
    const at = { id: event.id, chainKey, seq: event.chainSeq };
    if (event.chainSeq !== last.seq + 1) return { break: { ...at, reason: "sequence-gap" }, last, checked };
    if (!belongsToChain(chainKey, event)) return { break: { ...at, reason: "wrong-chain" }, last, checked };
    if (event.prevHash !== last.hash) return { break: { ...at, reason: "prev-hash-mismatch" }, last, checked };
    if (eventHash(event) !== event.hash) return { break: { ...at, reason: "hash-mismatch" }, last, checked };
    last = { hash: event.hash, seq: event.chainSeq };
    checked++;
  }
  return { break: null, last, checked };
}
