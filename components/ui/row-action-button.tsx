"use client";

// One action on one row of a table ("Beëindigen"): a form posted to a server action with the
// row's id, its refusal or failure shown next to the button.
import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/http/form-state";
import { Button } from "./form";

interface Props {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  /** The hidden field that names the row, e.g. ["sessionId", id]. */
  field: [name: string, value: string];
  label: string;
  /** The button's accessible name: which row it acts on. */
  accessibleName: string;
}

export function RowActionButton({ action, field, label, accessibleName }: Props) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  return (
    <form action={formAction}>
      <input type="hidden" name={field[0]} value={field[1]} />
      <Button type="submit" variant="danger" className="text-sm" disabled={pending} aria-label={accessibleName}>
        {pending ? "Bezig…" : label}
      </Button>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm font-bold text-rood">
          {state.formError}
        </p>
      )}
    </form>
  );
}
