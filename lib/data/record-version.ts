// Numbered versions. Autosaves by one author are coalesced into one version while they keep
// working (a new version starts after a pause, or when someone else saves); "Versie
// vastleggen", creation and route steps record a version of their own.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/create-client";
import { snapshotHash, type NotaSnapshot } from "../domain/nota/snapshot";

/** An autosave within this many minutes of the author's previous one joins its version. */
export const AUTOSAVE_COALESCE_MINUTES = 10;

export interface VersionInput {
  notaId: string;
  revision: number;
  snapshot: NotaSnapshot;
  authorId: string | null;
  kind: "AUTOSAVE" | "EXPLICIT";
  label?: string | null;
  now?: Date;
}

export async function recordVersion(tx: Tx, input: VersionInput): Promise<{ number: number }> {
  const now = input.now ?? new Date();
  const content = input.snapshot as unknown as Prisma.InputJsonValue;
  const contentHash = snapshotHash(input.snapshot);
  const latest = await tx.notaVersion.findFirst({
    where: { notaId: input.notaId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, kind: true, authorId: true, updatedAt: true },
  });
  const coalesces =
    input.kind === "AUTOSAVE" &&
    latest?.kind === "AUTOSAVE" &&
    latest.authorId === input.authorId &&
    now.getTime() - latest.updatedAt.getTime() < AUTOSAVE_COALESCE_MINUTES * 60_000;
  if (coalesces && latest) {
    await tx.notaVersion.update({
      where: { id: latest.id },
      data: { revision: input.revision, content, contentHash, updatedAt: now },
    });
    return { number: latest.number };
  }
  const number = (latest?.number ?? 0) + 1;
  await tx.notaVersion.create({
    data: {
      notaId: input.notaId,
      number,
      revision: input.revision,
      kind: input.kind,
      label: input.label ?? null,
      content,
      contentHash,
      authorId: input.authorId,
      createdAt: now,
      updatedAt: now,
    },
  });
  return { number };
}

/**
 * Makes revision `revision` a named version: the author's own unnamed autosave of exactly
 * that revision is named (no copy); a version that is already named is never renamed, so no
 * label in the history is lost. Otherwise a new version is recorded. Used by "Versie
 * vastleggen" and by the route, whose decisions must be able to show the text they were on.
 */
export async function pinVersion(
  tx: Tx,
  input: { notaId: string; revision: number; label: string | null; authorId: string; snapshot: () => Promise<NotaSnapshot> },
): Promise<{ number: number; created: boolean }> {
  const latest = await tx.notaVersion.findFirst({ where: { notaId: input.notaId }, orderBy: { number: "desc" } });
  if (latest && latest.revision === input.revision) {
    if (latest.kind === "AUTOSAVE" && latest.authorId === input.authorId) {
      await tx.notaVersion.update({ where: { id: latest.id }, data: { kind: "EXPLICIT", label: input.label } });
      return { number: latest.number, created: false };
    }
    if (latest.kind === "EXPLICIT" && (latest.label === input.label || input.label === null)) return { number: latest.number, created: false };
  }
  const { number } = await recordVersion(tx, {
    notaId: input.notaId,
    revision: input.revision,
    snapshot: await input.snapshot(),
    authorId: input.authorId,
    kind: "EXPLICIT",
    label: input.label,
  });
  return { number, created: true };
}
