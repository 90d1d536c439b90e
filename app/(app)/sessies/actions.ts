"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { endUserSession } from "@/lib/services/sessions/sessions";
import { EndSessionSchema } from "@/lib/validation/sessions";

/** "Beëindigen" of one session: answers what happened, so that a refusal is shown. */
export async function endSessionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = EndSessionSchema.safeParse({ sessionId: form.get("sessionId") });
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Deze sessie bestaat niet (meer).");
    await endUserSession({ user, sessionId: parsed.data.sessionId, context: await requestContext() });
    return "De sessie is beëindigd.";
  });
  revalidatePath("/sessies");
  return state;
}
