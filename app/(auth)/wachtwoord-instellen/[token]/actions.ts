"use server";

import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { setPasswordByLink } from "@/lib/services/accounts/set-password-by-link";
import { NewPasswordSchema, type NewPasswordInput } from "@/lib/validation/accounts";

/** The link's token is the only credential here: no session is needed or used. */
export async function setPasswordAction(token: string, values: NewPasswordInput): Promise<FormState> {
  return formAction(async () => {
    const parsed = NewPasswordSchema.safeParse(values);
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Het wachtwoord is nog niet ingesteld.");
    await setPasswordByLink({ token: String(token), input: parsed.data, context: await requestContext() });
    return "Uw wachtwoord is ingesteld.";
  });
}
