// The one place where errors become a server action's form state. Anything that is not an
// AppError is rethrown: the error page shows it, and nothing is swallowed silently.
import "server-only";
import { isAppError } from "@/lib/domain/errors";
import { EMPTY_FORM_STATE, type FormState } from "./form-state";
import { toAppError } from "./known-errors";

/** Runs the action; an AppError becomes the form's state, with issue paths renamed to form fields. */
export async function formAction(work: () => Promise<string | null>, fieldFor: (path: string) => string = (path) => path): Promise<FormState> {
  try {
    return { ...EMPTY_FORM_STATE, done: await work() };
  } catch (thrown) {
    const error = toAppError(thrown);
    if (!isAppError(error)) throw thrown;
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[fieldFor(issue.path)] ??= issue.message;
    return { formError: error.message, fieldErrors, done: null };
  }
}
