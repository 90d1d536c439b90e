// What a server action that makes a password link answers: the form's usual state, and the link
// itself, which the browser shows once and never gets again.
import { EMPTY_FORM_STATE, type FormState } from "@/lib/http/form-state";

export interface IssuedLinkView {
  /** "Uitnodiging" or "Wachtwoord herstellen". */
  kindLabel: string;
  url: string;
  /** "14 februari 2025 10:00", already in Dutch. */
  expires: string;
  personName: string;
}

export interface AccountLinkFormState extends FormState {
  link: IssuedLinkView | null;
  personId?: string;
}

export const EMPTY_LINK_STATE: AccountLinkFormState = { ...EMPTY_FORM_STATE, link: null };
