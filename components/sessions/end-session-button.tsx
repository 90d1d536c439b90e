"use client";

import { useActionState } from "react";
import { endSessionAction } from "@/app/(app)/sessies/actions";
import { Button } from "@/components/ui/form";
import { EMPTY_FORM_STATE } from "@/lib/http/form-state";

/** "Beëindigen" of one session; a refusal or failure is shown next to the button. */
export function EndSessionButton({ sessionId, description }: { sessionId: string; description: string }) {
  const [state, action, pending] = useActionState(endSessionAction, EMPTY_FORM_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" variant="danger" className="text-sm" disabled={pending} aria-label={`Sessie ${description} beëindigen`}>
        {pending ? "Bezig…" : "Beëindigen"}
      </Button>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm font-bold text-rood">
          {state.formError}
        </p>
      )}
    </form>
  );
}
