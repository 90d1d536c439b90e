"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { markNotificationsRead } from "@/lib/services/inbox/mark-notifications-read";
import { MarkReadSchema } from "@/lib/validation/notifications";

/** "Gelezen" / "Alles gelezen". An unknown id marks nothing: there is nothing of the user's to mark. */
export async function markReadAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = MarkReadSchema.safeParse({ melding: form.get("melding") });
  if (parsed.success) await markNotificationsRead(user, parsed.data.melding);
  revalidatePath("/postvak");
}
