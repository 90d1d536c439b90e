// A change to a nota's files is a change of the nota: it moves the nota to the next version,
// if the nota is still at the version the change was based on (which locks its row), and
// records that version's snapshot.
import type { Tx } from "@/lib/db/create-client";
import { EDITABLE_STATUSES } from "@/lib/domain/route/status-groups";
import { loadSnapshot } from "./content-rows";
import { LostRace } from "./lost-race";
import { recordVersion } from "./record-version";

export async function bumpNotaVersion(tx: Tx, notaId: string, baseVersion: number): Promise<void> {
  const updated = await tx.nota.updateMany({
    where: { id: notaId, version: baseVersion, status: { in: [...EDITABLE_STATUSES] } },
    data: { version: { increment: 1 } },
  });
  if (updated.count === 0) throw new LostRace();
}

export async function recordBumpedVersion(tx: Tx, notaId: string, baseVersion: number, authorId: string): Promise<number> {
  const version = baseVersion + 1;
  await recordVersion(tx, { notaId, revision: version, snapshot: await loadSnapshot(tx, notaId), authorId, kind: "AUTOSAVE" });
  return version;
}
