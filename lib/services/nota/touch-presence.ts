// Who else has a nota open in the editor: each open editor sends a heartbeat; a row older than
// PRESENCE_SECONDS no longer counts. Kept in PostgreSQL, so every app instance sees it.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";

export const PRESENCE_SECONDS = 45;
export const HEARTBEAT_SECONDS = 15;

export interface Presence {
  userId: string;
  name: string;
}

/** Records that `user` has the nota open now, and returns who else does. */
export async function touchPresence(user: CurrentUser, notaId: string): Promise<Presence[]> {
  const nota = await db.nota.findFirst({ where: { id: notaId, ...readableNotaWhere(user) }, select: { id: true } });
  if (!nota) throw new NotFoundError();
  const now = new Date();
  await db.editorPresence.upsert({
    where: { notaId_userId: { notaId, userId: user.id } },
    create: { notaId, userId: user.id, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  const rows = await db.editorPresence.findMany({
    where: { notaId, userId: { not: user.id }, lastSeenAt: { gt: new Date(now.getTime() - PRESENCE_SECONDS * 1000) } },
    select: { userId: true, user: { select: { name: true } } },
    orderBy: { lastSeenAt: "desc" },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name }));
}
