// A checkpoint anchors the head of every audit chain that moved since the previous one, in the
// "checkpoint" chain. After a checkpoint, removing the newest events of any chain (which its
// own links cannot reveal) no longer goes unnoticed: the verifier finds the anchored event
// missing. Run by the job queue every few minutes (lib/jobs); safe to run concurrently.
import type { Db } from "@/lib/db/create-client";
import { CHECKPOINT_CHAIN } from "./chain";
import { recordAuditEvent } from "./record";

/** At most this many heads in one checkpoint; the rest follow in the next. */
export const MAX_HEADS = 5_000;

export type CheckpointHead = [chainKey: string, seq: number, hash: string];

export async function recordAuditCheckpoint(db: Db): Promise<{ heads: number }> {
  return db.$transaction(async (tx) => {
    // One checkpoint at a time, on any number of instances (the checkpoint chain's own lock).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${CHECKPOINT_CHAIN}))`;
    const heads = await tx.$queryRaw<Array<{ chainKey: string; seq: number; hash: string }>>`
      SELECT "chainKey", "seq", "hash" FROM "AuditChainHead"
      WHERE "seq" > "checkpointedSeq" AND "chainKey" <> ${CHECKPOINT_CHAIN}
      ORDER BY "chainKey" LIMIT ${MAX_HEADS}`;
    if (heads.length === 0) return { heads: 0 };
    const anchored: CheckpointHead[] = heads.map((h) => [h.chainKey, h.seq, h.hash]);
    await recordAuditEvent(tx, { action: "audit.checkpoint", objectType: "AuditLog", details: { heads: anchored } }, { chainKey: CHECKPOINT_CHAIN });
    await tx.$executeRaw`
      UPDATE "AuditChainHead" AS h SET "checkpointedSeq" = anchored.seq
      FROM unnest(${anchored.map((a) => a[0])}::text[], ${anchored.map((a) => a[1])}::int[]) AS anchored("chainKey", seq)
      WHERE h."chainKey" = anchored."chainKey" AND h."checkpointedSeq" < anchored.seq`;
    return { heads: heads.length };
  });
}
