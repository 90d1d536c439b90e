"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { z } from "@/lib/domain/zod";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { createCalendarToken, revokeCalendarToken } from "@/lib/services/calendar/calendar-tokens";

/** A new personal feed address; answered once, in the form's message. */
export async function createCalendarTokenAction(_previous: FormState): Promise<FormState & { token?: string }> {
  const user = await requireUser();
  const token = await createCalendarToken(user, await requestContext());
  revalidatePath("/kalender");
  return { formError: null, fieldErrors: {}, done: "Het abonnement is aangemaakt. Kopieer het adres nu: het wordt maar één keer getoond.", token };
}

export async function revokeCalendarTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = z.object({ tokenId: z.uuid() }).safeParse({ tokenId: form.get("tokenId") });
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Dit agenda-abonnement bestaat niet (meer).");
    await revokeCalendarToken(user, parsed.data.tokenId, await requestContext());
    return "Het abonnement is ingetrokken; het adres werkt niet meer.";
  });
  revalidatePath("/kalender");
  return state;
}
