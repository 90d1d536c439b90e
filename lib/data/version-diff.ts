// The difference between two numbered versions of a nota, field by field.
import type { Db } from "@/lib/db/create-client";
import { NotFoundError } from "@/lib/domain/errors";
import { diffSnapshots } from "@/lib/domain/nota/diff/snapshot-diff";
import type { NotaSnapshot } from "@/lib/domain/nota/snapshot";

export async function diffVersions(db: Db, notaId: string, from: number, to: number) {
  const [versions, offices] = await Promise.all([
    db.notaVersion.findMany({ where: { notaId, number: { in: [from, to] } }, select: { number: true, content: true } }),
    db.office.findMany({ select: { id: true, code: true, name: true } }),
  ]);
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  if (!before || !after) throw new NotFoundError("Deze versie bestaat niet.");
  return diffSnapshots(before.content as unknown as NotaSnapshot, after.content as unknown as NotaSnapshot, new Map(offices.map((o) => [o.id, o])));
}
