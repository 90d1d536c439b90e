// What a server action answers a form: a message for the form and one per field. Shared by the
// server (lib/http/form-action.ts) and the browser's forms, so it imports nothing server-side.

export interface FormState {
  /** Message above the form; null when all went well. */
  formError: string | null;
  /** Message per field, by the form's field name. */
  fieldErrors: Record<string, string>;
  /** What was done, for a status message (role="status"). */
  done: string | null;
}

export const EMPTY_FORM_STATE: FormState = { formError: null, fieldErrors: {}, done: null };
