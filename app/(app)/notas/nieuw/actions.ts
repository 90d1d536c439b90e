"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { requestContext } from "@/lib/http/request-context";
import { createNota, CreateNotaInputSchema } from "@/lib/services/nota/create-nota";

export interface NewNotaState {
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
}

export async function createNotaAction(_previous: NewNotaState, form: FormData): Promise<NewNotaState> {
  const user = await requireUser();
  const values = Object.fromEntries(["ownerOfficeId", "title", "start", "sourceReference"].map((key) => [key, String(form.get(key) ?? "")]));
  const start =
    values.start === "kopie" ? { kind: "copy", sourceReference: values.sourceReference } : { kind: "template", template: values.start };
  const parsed = CreateNotaInputSchema.safeParse({ ownerOfficeId: values.ownerOfficeId, title: values.title, start });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "start" ? (issue.path[1] === "sourceReference" ? "sourceReference" : "start") : String(issue.path[0]);
      fieldErrors[key] ??= issue.message;
    }
    return { fieldErrors, formError: null, values };
  }
  let reference: string;
  try {
    ({ reference } = await createNota({ user, input: parsed.data, context: await requestContext() }));
  } catch (error) {
    if (error instanceof ForbiddenError) return { fieldErrors: { ownerOfficeId: error.message }, formError: null, values };
    if (error instanceof NotFoundError) return { fieldErrors: { sourceReference: error.message }, formError: null, values };
    throw error;
  }
  redirect(`/notas/${encodeURIComponent(reference)}/bewerken`);
}
