"use server";

import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { changePassword } from "@/lib/services/accounts/change-password";
import { ChangePasswordSchema, type ChangePasswordInput } from "@/lib/validation/accounts";

export async function changePasswordAction(values: ChangePasswordInput): Promise<FormState> {
  const user = await requireUser();
  return formAction(async () => {
    const parsed = ChangePasswordSchema.safeParse(values);
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Uw wachtwoord is nog niet gewijzigd.");
    const { sessionsEnded } = await changePassword({ user, input: parsed.data, context: await requestContext() });
    const others = sessionsEnded === 0 ? "" : sessionsEnded === 1 ? " Uw andere sessie is beëindigd." : ` Uw ${sessionsEnded} andere sessies zijn beëindigd.`;
    return `Uw wachtwoord is gewijzigd.${others}`;
  });
}
