// Anchors the audit log outside the database. A checkpoint (./checkpoint.ts) records every chain's
// head inside the database, where the owner could still remove the newest events together with
// the checkpoints that name them and adjust the heads to match. An anchor writes the checkpoint
// chain's head (position and hash) to an append-only file, and optionally to an endpoint
// elsewhere; the verifier then demands that every anchored checkpoint still exists with the same
// hash, and through it every head it named. Written at least daily by the app (lib/jobs) and on
// demand by `npm run audit:anchor`.
import type { Db } from "@/lib/db/create-client";
import type { AuditAnchorSettings } from "@/lib/config/audit-anchor";
import { appendAnchor, type AuditAnchor } from "./anchor-file";
import { CHECKPOINT_CHAIN, GENESIS_HASH, SYSTEM_CHAIN } from "./chain";
import { MAX_HEADS, recordAuditCheckpoint } from "./checkpoint";
import { databaseIdentity } from "./database-identity";
import { recordAuditEvent } from "./record";

/** The app anchors when the newest anchor is older than this; its job looks every hour, so an anchor is never more than a day old. */
export const ANCHOR_INTERVAL_MS = 23 * 60 * 60 * 1000;

const POST_TIMEOUT_MS = 10_000;

export interface AnchorResult {
  anchor: AuditAnchor;
  file: string;
  /** null: no endpoint configured. */
  posted: { ok: true } | { ok: false; error: string } | null;
}

export interface AnchorOptions {
  /** Only when the newest anchor (in any instance) is older than this; otherwise null is returned. */
  ifOlderThanMs?: number;
  now?: Date;
}

export async function anchorAuditLog(db: Db, settings: AuditAnchorSettings, options: AnchorOptions = {}): Promise<AnchorResult | null> {
  const now = options.now ?? new Date();
  const database = await databaseIdentity(db);
  return db.$transaction(
    async (tx) => {
      // One anchorer at a time over all instances, held until the anchor is recorded, so that two
      // instances finding the last anchor old do not both write one.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('notaroute:audit-anchor'))`;
      if (options.ifOlderThanMs !== undefined) {
        const [last] = await tx.$queryRaw<Array<{ occurredAt: Date }>>`
          SELECT "occurredAt" FROM "AuditEvent" WHERE "chainKey" = ${SYSTEM_CHAIN} AND "action" = 'audit.anchor'
          ORDER BY "chainSeq" DESC LIMIT 1`;
        if (last && now.getTime() - last.occurredAt.getTime() < options.ifOlderThanMs) return null;
      }
      // Checkpoints in transactions of their own, committed before the anchor names them: an
      // anchor must never name a hash that could still be rolled back.
      while ((await recordAuditCheckpoint(db)).heads >= MAX_HEADS);
      const [head] = await tx.$queryRaw<Array<{ seq: number; hash: string }>>`
        SELECT "seq", "hash" FROM "AuditChainHead" WHERE "chainKey" = ${CHECKPOINT_CHAIN}`;
      const anchor: AuditAnchor = {
        anchoredAt: now.toISOString(),
        database,
        chainKey: CHECKPOINT_CHAIN,
        seq: head?.seq ?? 0,
        hash: head?.hash ?? GENESIS_HASH,
      };
      await appendAnchor(settings.file, anchor);
      const posted = settings.url ? await postAnchor(settings.url, anchor) : null;
      // In the log itself: when the last anchor was written (for the next due check) and where.
      await recordAuditEvent(
        tx,
        {
          action: "audit.anchor",
          objectType: "AuditLog",
          details: { seq: anchor.seq, hash: anchor.hash, file: settings.file, posted: posted === null ? null : posted.ok },
        },
        { chainKey: SYSTEM_CHAIN },
      );
      return { anchor, file: settings.file, posted };
    },
    // Checkpointing many chains and the endpoint may take a while; the transaction holds only the
    // advisory lock until its last statement.
    { timeout: 120_000 },
  );
}

/** Not fatal: the anchor is in the file; the endpoint's failure is reported. */
async function postAnchor(url: string, anchor: AuditAnchor): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(anchor),
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** The app's scheduled job: anchors when the newest anchor is older than ANCHOR_INTERVAL_MS, and says so in the server log. */
export async function anchorAuditLogWhenDue(db: Db, settings: AuditAnchorSettings): Promise<AnchorResult | null> {
  let result: AnchorResult | null;
  try {
    result = await anchorAuditLog(db, settings, { ifOlderThanMs: ANCHOR_INTERVAL_MS });
  } catch (error) {
    console.error(`[notaroute] auditlog niet verankerd in ${settings.file}: ${(error as Error).message}`);
    throw error;
  }
  if (result) {
    console.log(`[notaroute] auditlog verankerd: controlepunt ${result.anchor.seq} in ${result.file}`);
    if (result.posted && !result.posted.ok) console.error(`[notaroute] anker niet afgeleverd bij AUDIT_ANCHOR_URL: ${result.posted.error}`);
  }
  return result;
}
