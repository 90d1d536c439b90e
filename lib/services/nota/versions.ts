// The history of a nota: its numbered versions, and the difference between any two.
import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { diffSnapshots } from "@/lib/domain/nota/diff/snapshot-diff";
import { readableNotaWhere } from "@/lib/data/read-scope";
import type { NotaSnapshot } from "@/lib/domain/nota/snapshot";
import type { CurrentUser } from "@/lib/domain/permissions";

export async function listVersions(user: CurrentUser, reference: string) {
  const nota = await db.nota.findFirst({
    where: { reference, ...readableNotaWhere(user) },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      ownerOfficeId: true,
      version: true,
      versions: {
        orderBy: { number: "desc" },
        select: { number: true, revision: true, kind: true, label: true, createdAt: true, updatedAt: true, contentHash: true, author: { select: { name: true } } },
      },
    },
  });
  if (!nota) throw new NotFoundError();
  return nota;
}

export async function compareVersions(notaId: string, from: number, to: number) {
  const [versions, offices] = await Promise.all([
    db.notaVersion.findMany({ where: { notaId, number: { in: [from, to] } }, select: { number: true, content: true } }),
    db.office.findMany({ select: { id: true, code: true, name: true } }),
  ]);
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  if (!before || !after) throw new NotFoundError("Deze versie bestaat niet.");
  return diffSnapshots(before.content as unknown as NotaSnapshot, after.content as unknown as NotaSnapshot, new Map(offices.map((o) => [o.id, o])));
}
