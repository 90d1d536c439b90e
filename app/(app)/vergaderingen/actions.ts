"use server";

// The secretariat's planning of the councils: meeting series and exceptions, recesses, lead
// times. Parse, then the service (which checks who may), then refresh.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/domain/dates";
import { invalidInput } from "@/lib/domain/errors";
import { z } from "@/lib/domain/zod";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { changeLeadTimes } from "@/lib/services/councils/change-lead-times";
import { changeMeeting, createMeeting } from "@/lib/services/councils/change-meeting";
import { generateMeetingSeries } from "@/lib/services/councils/generate-meeting-series";
import { addRecess, removeRecess } from "@/lib/services/councils/recesses";
import {
  formObject,
  LeadTimesFormSchema,
  MeetingCreateFormSchema,
  MeetingSeriesFormSchema,
  MeetingUpdateFormSchema,
  RecessFormSchema,
} from "@/lib/validation/planning";

function done(state: FormState): FormState {
  if (state.done) revalidatePath("/vergaderingen", "layout");
  return state;
}

export async function generateSeriesAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = MeetingSeriesFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De reeks is nog niet aangemaakt.");
      const result = await generateMeetingSeries({ user, input: parsed.data, context: await requestContext() });
      return `${result.created} vergadering${result.created === 1 ? "" : "en"} toegevoegd${result.cancelled > 0 ? `; ${result.cancelled} op een feestdag ${result.cancelled === 1 ? "staat" : "staan"} als vervallen` : ""}.`;
    }),
  );
}

export async function createMeetingAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = MeetingCreateFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De vergadering is nog niet toegevoegd.");
      await createMeeting({ user, input: parsed.data, context: await requestContext() });
      return `Vergadering van ${formatDate(parsed.data.date)} toegevoegd.`;
    }),
  );
}

export async function changeMeetingAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = MeetingUpdateFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De vergadering is niet gewijzigd.");
      await changeMeeting({ user, input: parsed.data, context: await requestContext() });
      return parsed.data.cancelled
        ? `De vergadering van ${formatDate(parsed.data.date)} vervalt.`
        : `Vergadering van ${formatDate(parsed.data.date)} opgeslagen.`;
    }),
  );
}

export async function addRecessAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = RecessFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Het reces is nog niet toegevoegd.");
      await addRecess({ user, input: parsed.data, context: await requestContext() });
      return `${parsed.data.name} toegevoegd.`;
    }),
  );
}

export async function removeRecessAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = z.object({ recessId: z.uuid() }).safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Dit reces bestaat niet (meer).");
      await removeRecess({ user, recessId: parsed.data.recessId, context: await requestContext() });
      return "Reces verwijderd.";
    }),
  );
}

export async function changeLeadTimesAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = LeadTimesFormSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "De doorlooptijden zijn niet gewijzigd.");
      await changeLeadTimes({ user, input: parsed.data, context: await requestContext() });
      return "Doorlooptijden opgeslagen.";
    }),
  );
}
