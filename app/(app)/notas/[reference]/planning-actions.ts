"use server";

// The secretariat's steps on a nota's planning: agenderen, verzonden, a decision deadline.
// Parse, then the service (which checks who may), then refresh the page.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/domain/dates";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { markNotaSent } from "@/lib/services/councils/mark-nota-sent";
import { scheduleNota } from "@/lib/services/councils/schedule-nota";
import { setDecisionDeadline } from "@/lib/services/councils/set-decision-deadline";
import { DecisionDeadlineFormSchema, formObject, MarkSentFormSchema, ScheduleFormSchema } from "@/lib/validation/planning";

export async function scheduleNotaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = ScheduleFormSchema.safeParse(formObject(form));
    if (!parsed.success) throw invalidInput(parsed.error.issues, "De nota is nog niet geagendeerd.");
    const { notaId, expectedStatus, expectedVersion, meetingId, kind } = parsed.data;
    await scheduleNota({ user, notaId, expectedStatus, expectedVersion, meetingId, kind, context: await requestContext() });
    return "De nota is geagendeerd.";
  });
  if (state.done) revalidatePath("/notas/[reference]", "page");
  return state;
}

export async function markNotaSentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = MarkSentFormSchema.safeParse(formObject(form, ["toezeggingenVoldaan"]));
    if (!parsed.success) throw invalidInput(parsed.error.issues, "De verzending is nog niet vastgelegd.");
    const { notaId, expectedStatus, expectedVersion, outcome, outcomeNote, sentOn, toezeggingenVoldaan } = parsed.data;
    await markNotaSent({ user, notaId, expectedStatus, expectedVersion, outcome, outcomeNote, sentOn, toezeggingenVoldaan, context: await requestContext() });
    return `Verzonden op ${formatDate(sentOn)}; de nota is afgerond.`;
  });
  if (state.done) revalidatePath("/notas/[reference]", "page");
  return state;
}

export async function setDecisionDeadlineAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const state = await formAction(async () => {
    const parsed = DecisionDeadlineFormSchema.safeParse(formObject(form));
    if (!parsed.success) throw invalidInput(parsed.error.issues, "De beslisdeadline is niet gewijzigd.");
    const { notaId, officeId, date } = parsed.data;
    await setDecisionDeadline({ user, input: { notaId, officeId, date: date === "" ? null : date }, context: await requestContext() });
    return date === "" ? "De beslisdeadline volgt weer de planning." : `Beslisdeadline: ${formatDate(date)}.`;
  });
  if (state.done) revalidatePath("/notas/[reference]", "page");
  return state;
}
