"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { endOwnSessions, endUserSession } from "@/lib/services/sessions/sessions";
import { EndOwnSessionsSchema, EndSessionSchema } from "@/lib/validation/sessions";

/** Beheer's "Beëindigen" of another person's session: answers what happened, so that a refusal is shown. */
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

/** "Sessies beëindigen" of one's own: the chosen ones or all others, with the password again. */
export async function endOwnSessionsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = EndOwnSessionsSchema.safeParse({
      scope: form.get("scope"),
      sessionIds: form.getAll("sessionId"),
      password: form.get("password") ?? "",
    });
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Er is geen sessie beëindigd.");
    const { scope, sessionIds, password } = parsed.data;
    const ended = await endOwnSessions({ user, sessionIds: scope === "alle-andere" ? "all-others" : sessionIds, password, context: await requestContext() });
    return ended === 0 ? "Er was geen andere sessie meer om te beëindigen." : ended === 1 ? "De sessie is beëindigd." : `${ended} sessies zijn beëindigd.`;
  });
  revalidatePath("/sessies");
  return state;
}
