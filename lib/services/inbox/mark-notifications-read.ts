// "Gelezen": one notification of the user's own, or all of them.
import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";

export async function markNotificationsRead(user: CurrentUser, which: string | "all"): Promise<void> {
  await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(which === "all" ? {} : { id: which }) },
    data: { readAt: new Date() },
  });
}
