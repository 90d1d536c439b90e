// Walks every audit chain in order, in batches, and reports the first broken link: an altered,
// removed, reordered or misplaced event. Every head a checkpoint anchored must still be there
// with the same hash, and each chain must end where its head says it does. Given the anchors
// written outside the database (./anchor.ts), every anchored checkpoint must still be there with
// the same hash too: removing the newest events together with the checkpoints that name them,
// and adjusting the heads, passes every check inside the database but not this one.
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CHECKPOINT_CHAIN, findChainBreak, GENESIS_HASH, type ChainBreak } from "./chain";
import type { AuditAnchor } from "./anchor-file";
import type { CheckpointHead } from "./checkpoint";
import { databaseIdentity } from "./database-identity";

const BATCH = 2_000;

export interface VerifyResult {
  checked: number;
  chains: number;
  firstBreak: ChainBreak | null;
  /** Anchors of this database checked, and anchors of other databases in the same file passed over. */
  anchors: { checked: number; otherDatabases: number };
}

export interface VerifyOptions {
  /** The anchors written outside the database (./anchor-file.ts readAnchors). */
  anchors?: readonly AuditAnchor[];
}

type StoredEvent = Awaited<ReturnType<Db["auditEvent"]["findMany"]>>[number];

/** Every event matching `where`, chain by chain in order, in batches. */
async function* walk(db: Db, where: Prisma.AuditEventWhereInput): AsyncGenerator<StoredEvent[]> {
  let cursor = { chainKey: "", seq: 0 };
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { AND: [where, { OR: [{ chainKey: cursor.chainKey, chainSeq: { gt: cursor.seq } }, { chainKey: { gt: cursor.chainKey } }] }] },
      orderBy: [{ chainKey: "asc" }, { chainSeq: "asc" }],
      take: BATCH,
    });
    if (events.length === 0) return;
    yield events;
    const last = events[events.length - 1];
    cursor = { chainKey: last.chainKey, seq: last.chainSeq };
  }
}

export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<VerifyResult> {
  const ends = new Map<string, { seq: number; hash: string }>();
  const anchors = new Map<string, Map<number, string>>();
  const checkpoints = new Map<number, { id: bigint; hash: string }>();
  const database = options.anchors?.length ? await databaseIdentity(db) : null;
  const external = (options.anchors ?? []).filter((anchor) => anchor.database === database).sort((a, b) => a.seq - b.seq);
  const anchorCount = { checked: external.length, otherDatabases: (options.anchors?.length ?? 0) - external.length };
  let checked = 0;
  const broken = (firstBreak: ChainBreak): VerifyResult => ({ checked, chains: ends.size, firstBreak, anchors: anchorCount });

  async function check(where: Prisma.AuditEventWhereInput, onEvent?: (event: StoredEvent) => ChainBreak | null): Promise<ChainBreak | null> {
    for await (const events of walk(db, where)) {
      for (let start = 0; start < events.length;) {
        const chainKey = events[start].chainKey;
        let end = start;
        while (end < events.length && events[end].chainKey === chainKey) end++;
        const slice = events.slice(start, end);
        const result = findChainBreak(chainKey, slice, ends.get(chainKey) ?? { hash: GENESIS_HASH, seq: 0 });
        checked += result.checked;
        if (result.break) return result.break;
        ends.set(chainKey, result.last);
        for (const event of slice) {
          const problem = onEvent?.(event);
          if (problem) return problem;
        }
        start = end;
      }
    }
    return null;
  }

  // The checkpoints first: they say what the other chains must contain.
  const checkpointBreak = await check({ chainKey: CHECKPOINT_CHAIN }, (event) => {
    checkpoints.set(event.chainSeq, { id: event.id, hash: event.hash });
    for (const [chainKey, seq, hash] of (event.details as { heads?: CheckpointHead[] } | null)?.heads ?? []) {
      if (!anchors.has(chainKey)) anchors.set(chainKey, new Map());
      anchors.get(chainKey)!.set(seq, hash);
    }
    return null;
  });
  if (checkpointBreak) return broken(checkpointBreak);

  // Then the anchors outside: they say what the checkpoint chain must contain.
  for (const anchor of external) {
    if (anchor.seq === 0) continue; // anchored before the first checkpoint: nothing to find
    const checkpoint = checkpoints.get(anchor.seq);
    if (checkpoint?.hash !== anchor.hash) {
      return broken({ id: checkpoint?.id ?? null, chainKey: anchor.chainKey, seq: anchor.seq, reason: "anchor-mismatch" });
    }
  }

  const chainBreak = await check({ chainKey: { not: CHECKPOINT_CHAIN } }, (event) => {
    const anchored = anchors.get(event.chainKey)?.get(event.chainSeq);
    return anchored !== undefined && anchored !== event.hash
      ? { id: event.id, chainKey: event.chainKey, seq: event.chainSeq, reason: "checkpoint-mismatch" }
      : null;
  });
  if (chainBreak) return broken(chainBreak);

  // An anchored event beyond a chain's end was removed, with everything after it.
  for (const [chainKey, positions] of anchors) {
    const end = ends.get(chainKey)?.seq ?? 0;
    const missing = [...positions.keys()].find((seq) => seq > end);
    if (missing !== undefined) return broken({ id: null, chainKey, seq: missing, reason: "checkpoint-mismatch" });
  }
  // Each chain ends where its head says: a tail removed since the last checkpoint shows here.
  const heads = new Map((await db.auditChainHead.findMany({ select: { chainKey: true, seq: true, hash: true } })).map((h) => [h.chainKey, h]));
  for (const [chainKey, end] of ends) {
    const head = heads.get(chainKey);
    if (!head || head.seq !== end.seq || head.hash !== end.hash) return broken({ id: null, chainKey, seq: end.seq, reason: "head-mismatch" });
  }
  for (const [chainKey, head] of heads) {
    if (!ends.has(chainKey)) return broken({ id: null, chainKey, seq: head.seq, reason: "head-mismatch" });
  }
  return { checked, chains: ends.size, firstBreak: null, anchors: anchorCount };
}
