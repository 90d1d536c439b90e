"use client";

// A form posted to a server action (works before the page's JavaScript has loaded, too): the
// action answers with a FormState, shown as a message per field, one above the form
// (role="alert"), or what was done (role="status").
import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/http/form-state";
import { Button } from "./form";

interface Props {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
  /** The fields, given the last answer (for their errors). */
  children: (state: FormState) => React.ReactNode;
  className?: string;
  variant?: "primary" | "secondary" | "danger";
  /** The form's accessible name, when a page has several of the same kind. */
  label?: string;
}

export function ActionForm({ action, submitLabel, children, className = "", variant = "primary", label }: Props) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className={className} aria-label={label} noValidate>
      {state.formError && (
        <p role="alert" className="mb-3 border-l-4 border-rood bg-red-50 p-2 font-bold text-rood">
          {state.formError}
        </p>
      )}
      {children(state)}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? "Bezig…" : submitLabel}
        </Button>
        <p role="status" className="text-groen">
          {state.done}
        </p>
      </div>
    </form>
  );
}
