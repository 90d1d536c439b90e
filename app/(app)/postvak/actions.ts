"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { markNotificationsRead } from "@/lib/services/inbox/inbox";

export async function markReadAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const which = z.union([z.literal("all"), z.uuid()]).safeParse(form.get("melding"));
  if (!which.success) return;
  await markNotificationsRead(user, which.data === "all" ? "all" : [which.data]);
  revalidatePath("/postvak");
}
