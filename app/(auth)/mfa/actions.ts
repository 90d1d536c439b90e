"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { resetMfa } from "@/lib/services/mfa/reset-mfa";
import { MfaResetSchema } from "@/lib/validation/mfa";

/**
 * Beheer: "Tweestapsverificatie wissen" for one person (components/auth/mfa/reset-mfa-button.tsx).
 * `revalidate`: the page to show again afterwards, e.g. the person's beheer page.
 */
export async function resetMfaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = MfaResetSchema.safeParse({ userId: form.get("userId") });
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Deze persoon bestaat niet.");
    const { sessionsEnded } = await resetMfa({ user, userId: parsed.data.userId, context: await requestContext() });
    return `De tweestapsverificatie is gewist${sessionsEnded > 0 ? ` en ${sessionsEnded === 1 ? "één sessie is" : `${sessionsEnded} sessies zijn`} beëindigd` : ""}. Bij de volgende keer inloggen stelt deze persoon haar opnieuw in.`;
  });
  const revalidate = form.get("revalidate");
  if (typeof revalidate === "string" && revalidate.startsWith("/") && !revalidate.startsWith("//")) revalidatePath(revalidate);
  return state;
}
