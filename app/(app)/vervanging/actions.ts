"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { createDelegation } from "@/lib/services/delegations/create-delegation";
import { revokeDelegation } from "@/lib/services/delegations/revoke-delegation";
import { DELEGATION_FORM_FIELD, delegationInputFromForm, DelegationFormSchema, RevokeDelegationSchema, type DelegationForm } from "@/lib/validation/delegation";

/** "Vervanging instellen": the form's values, checked again with the form's own schema. */
export async function createDelegationAction(values: DelegationForm): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(
    async () => {
      const parsed = DelegationFormSchema.safeParse(values);
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De vervanging is nog niet ingesteld.");
      await createDelegation({ user, input: delegationInputFromForm(parsed.data), context: await requestContext() });
      return "De vervanging is ingesteld.";
    },
    (path) => DELEGATION_FORM_FIELD[path] ?? path,
  );
  if (state.done) revalidatePath("/vervanging");
  return state;
}

/** "Beëindigen": answers what happened, so that a refusal is shown, never swallowed. */
export async function revokeDelegationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = RevokeDelegationSchema.safeParse({ delegationId: form.get("delegationId") });
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Deze vervanging bestaat niet (meer).");
    await revokeDelegation({ user, delegationId: parsed.data.delegationId, context: await requestContext() });
    return "De vervanging is beëindigd.";
  });
  revalidatePath("/vervanging");
  return state;
}
