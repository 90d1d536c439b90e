"use client";

import { useActionState } from "react";
import { revokeDelegationAction } from "@/app/(app)/vervanging/actions";
import { Button } from "@/components/ui/form";
import { EMPTY_FORM_STATE } from "@/lib/http/form-state";

/** "Beëindigen" of one delegation; a refusal or failure is shown next to the button. */
export function RevokeDelegationButton({ delegationId, officeCode }: { delegationId: string; officeCode: string }) {
  const [state, action, pending] = useActionState(revokeDelegationAction, EMPTY_FORM_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="delegationId" value={delegationId} />
      <Button type="submit" variant="danger" className="text-sm" disabled={pending} aria-label={`Vervanging van ${officeCode} beëindigen`}>
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
