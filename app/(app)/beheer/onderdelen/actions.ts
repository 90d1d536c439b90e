"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { createOffice } from "@/lib/services/accounts/create-office";
import { endOffice } from "@/lib/services/accounts/end-office";
import { renameOffice } from "@/lib/services/accounts/rename-office";
import { CreateOfficeSchema, EndOfficeSchema, RenameOfficeSchema, type CreateOfficeInput } from "@/lib/validation/accounts";
import { formObject } from "@/lib/validation/planning";

function done(state: FormState): FormState {
  if (state.done) revalidatePath("/beheer/onderdelen", "layout");
  return state;
}

/** "Onderdeel toevoegen": the form's values, checked again with the form's own schema. */
export async function createOfficeAction(values: CreateOfficeInput): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = CreateOfficeSchema.safeParse(values);
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Het onderdeel is nog niet toegevoegd.");
      const office = await createOffice({ user, input: parsed.data, context: await requestContext() });
      return `${office.code} is toegevoegd.`;
    }),
  );
}

export async function renameOfficeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = RenameOfficeSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De naam is niet gewijzigd.");
      const renamed = await renameOffice({ user, input: parsed.data, context: await requestContext() });
      return renamed ? "De naam is gewijzigd." : "De naam was al zo.";
    }),
  );
}

/** "Opheffen": on success back to the list, which says what ended (the office's page no longer has the form). */
export async function endOfficeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const outcome: { officeId?: string; memberships?: number } = {};
  const state = await formAction(async () => {
    const parsed = EndOfficeSchema.safeParse(formObject(form));
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Het onderdeel is niet opgeheven.");
    const result = await endOffice({ user, input: parsed.data, context: await requestContext() });
    outcome.officeId = parsed.data.officeId;
    outcome.memberships = result.membershipsEnded;
    return "Het onderdeel is opgeheven.";
  });
  if (!outcome.officeId) return state;
  done(state);
  redirect(`/beheer/onderdelen?opgeheven=${outcome.officeId}&lidmaatschappen=${outcome.memberships}`);
}
