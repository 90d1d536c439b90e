// In-app notifications for the people a route step concerns, written in the step's own
// transaction (one insert for all recipients).
import type { Tx } from "@/lib/db/create-client";
import type { NotificationKind, Role } from "@/lib/generated/prisma/enums";

export interface NotifyInput {
  notaId: string;
  kind: NotificationKind;
  message: string;
  /** Unique per recipient: the same step never notifies twice. */
  key: string;
  /** Members of these offices with these roles are notified. */
  offices: { officeIds: string[]; roles: Role[] };
  /** Never notify the person who took the step. */
  exceptUserId?: string;
}

export async function notify(tx: Tx, input: NotifyInput): Promise<void> {
  if (input.offices.officeIds.length === 0) return;
  const members = await tx.membership.findMany({
    where: { officeId: { in: input.offices.officeIds }, role: { in: input.offices.roles }, user: { active: true } },
    select: { userId: true },
    distinct: ["userId"],
  });
  const userIds = members.map((m) => m.userId).filter((id) => id !== input.exceptUserId);
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, notaId: input.notaId, kind: input.kind, message: input.message, key: input.key })),
    skipDuplicates: true,
  });
}
