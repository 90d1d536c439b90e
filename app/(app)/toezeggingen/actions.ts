"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { invalidInput } from "@/lib/domain/errors";
import { z } from "@/lib/domain/zod";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { changeToezeggingStatus } from "@/lib/services/toezeggingen/change-toezegging-status";
import { linkNotaToToezegging, unlinkNotaFromToezegging } from "@/lib/services/toezeggingen/link-nota";
import { recordToezegging } from "@/lib/services/toezeggingen/record-toezegging";
import { formObject, ToezeggingFormSchema, ToezeggingLinkFormSchema, ToezeggingStatusFormSchema } from "@/lib/validation/planning";

function done(state: FormState): FormState {
  if (state.done) revalidatePath("/toezeggingen");
  return state;
}

export async function recordToezeggingAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = ToezeggingFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De toezegging is nog niet vastgelegd.");
      const { reference } = await recordToezegging({ user, input: parsed.data, context: await requestContext() });
      return `Toezegging ${reference} vastgelegd.`;
    }),
  );
}

export async function changeToezeggingStatusAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = ToezeggingStatusFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De status is niet gewijzigd.");
      await changeToezeggingStatus({ user, input: parsed.data, context: await requestContext() });
      return "Status opgeslagen.";
    }),
  );
}

export async function linkNotaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = ToezeggingLinkFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De nota is niet gekoppeld.");
      await linkNotaToToezegging({ user, input: parsed.data, context: await requestContext() });
      return `${parsed.data.notaReference} gekoppeld.`;
    }),
  );
}

export async function unlinkNotaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = z.object({ toezeggingId: z.uuid(), notaId: z.uuid() }).safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Deze koppeling bestaat niet (meer).");
      await unlinkNotaFromToezegging({ user, input: parsed.data, context: await requestContext() });
      return "Koppeling verwijderd.";
    }),
  );
}
