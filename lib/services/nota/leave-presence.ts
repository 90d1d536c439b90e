// The editor is closed: the user no longer counts as having the nota open.
import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";

export async function leavePresence(user: CurrentUser, notaId: string): Promise<void> {
  await db.editorPresence.deleteMany({ where: { notaId, userId: user.id } });
}
