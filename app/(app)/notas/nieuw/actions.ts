"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { createNota } from "@/lib/services/nota/create-nota";
import { createNotaInputFromForm, NewNotaFormSchema, type NewNotaForm } from "@/lib/validation/create-nota";

/** "Nota aanmaken": the form's values, checked again with the form's own schema. */
export async function createNotaAction(values: NewNotaForm): Promise<FormState> {
  const user = await requireUser();
  let reference: string | null = null;
  const state = await formAction(
    async () => {
      const parsed = NewNotaFormSchema.safeParse(values);
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De nota is nog niet aangemaakt.");
      ({ reference } = await createNota({ user, input: createNotaInputFromForm(parsed.data), context: await requestContext() }));
      return null;
    },
    (path) => (path.startsWith("start.") ? (path === "start.sourceReference" ? "sourceReference" : "start") : path),
  );
  if (reference) redirect(`/notas/${encodeURIComponent(reference)}/bewerken`);
  return state;
}
