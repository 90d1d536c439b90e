// The one place where errors become a server action's form state. Anything that is not an
// AppError is rethrown: the error page shows it, and nothing is swallowed silently.
import "server-only";
import { isAppError } from "@/lib/domain/errors";
import { EMPTY_FORM_STATE, type FormState } from "./form-state";
import { toAppError } from "./known-errors";
import { errorKind, logSecurityEvent } from "./security-log";

/** Runs the action; an AppError becomes the form's state, with issue paths renamed to form fields. */
export async function formAction(work: () => Promise<string | null>, fieldFor: (path: string) => string = (path) => path): Promise<FormState> {
  try {
    return { ...EMPTY_FORM_STATE, done: await work() };
  } catch (thrown) {
    const error = toAppError(thrown);
    if (!isAppError(error)) throw thrown;
    if (error.code === "UNAVAILABLE") logSecurityEvent("warn", "database_unavailable", { where: "server action", detail: errorKind(thrown) });
    else if (error.code === "INVALID_INPUT" || error.code === "MALFORMED")
      logSecurityEvent("info", "request_refused", { where: "server action", code: error.code });
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[fieldFor(issue.path)] ??= issue.message;
    return { formError: error.message, fieldErrors, done: null };
  }
}
