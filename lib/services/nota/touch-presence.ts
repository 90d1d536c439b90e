// Who else has a nota open in the editor: each open editor sends a heartbeat; a row older than
// PRESENCE_SECONDS no longer counts. Kept in PostgreSQL, so every app instance sees it.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export const PRESENCE_SECONDS = 45;
export const HEARTBEAT_SECONDS = 15;

export interface Presence {
  userId: string;
  name: string;
}

/** Records that `user` has the nota open now, and returns who else does. */
export async function touchPresence(user: CurrentUser, notaId: string, context: RequestContext): Promise<Presence[]> {
  // A heartbeat on a nota the user may not read is an attempt to read it: on the record.
  await readableNotaOrRefuse(user, { id: notaId }, { id: true }, { action: "nota.read_refused", context });
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
