// Walks the whole audit chain in id order, in batches, and reports the first broken link.
import type { Db } from "@/lib/db/create-client";
import { findChainBreak, GENESIS_HASH, type ChainBreak } from "./chain";

const BATCH = 2_000;

export async function verifyAuditChain(db: Db): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  let previousHash = GENESIS_HASH;
  let afterId = 0n;
  let checked = 0;
  for (;;) {
    const events = await db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH });
    if (events.length === 0) return { checked, firstBreak: null };
    const result = findChainBreak(events, previousHash);
    checked += result.checked;
    if (result.break) return { checked, firstBreak: result.break };
    previousHash = result.lastHash;
    afterId = events[events.length - 1].id;
  }
}
