// What a refused stale change hands back to the editor: the nota as it is now, which version
// that is, and who saved it when. Read in one repeatable-read transaction, so the version and
// the snapshot belong together.
import "server-only";
import { db } from "@/lib/db/client";
import { loadCurrent } from "@/lib/data/content-rows";
import type { NotaSnapshot } from "@/lib/domain/nota/snapshot";

export interface StaleDetails {
  currentVersion: number;
  snapshot: NotaSnapshot;
  savedBy: string | null;
  savedAt: string | null;
}

export async function staleDetails(notaId: string): Promise<StaleDetails> {
  return db.$transaction(
    async (tx) => {
      const { snapshot, version } = await loadCurrent(tx, notaId);
      const latest = await tx.notaVersion.findFirst({
        where: { notaId },
        orderBy: { number: "desc" },
        select: { updatedAt: true, author: { select: { name: true } } },
      });
      return { currentVersion: version, snapshot, savedBy: latest?.author?.name ?? null, savedAt: latest?.updatedAt.toISOString() ?? null };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
