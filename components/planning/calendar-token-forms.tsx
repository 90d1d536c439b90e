"use client";

import { useActionState } from "react";
import { createCalendarTokenAction, revokeCalendarTokenAction } from "@/app/(app)/kalender/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button, inputClass } from "@/components/ui/form";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/http/form-state";

export function CreateCalendarTokenForm({ origin }: { origin: string }) {
  const [state, action, pending] = useActionState<FormState & { token?: string }>(createCalendarTokenAction, EMPTY_FORM_STATE);
  const url = state.token ? `${origin}/api/kalender/${state.token}.ics` : null;
  return (
    <form action={action}>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Bezig…" : "Nieuw agenda-abonnement"}
      </Button>
      <div role="status" className="mt-2">
        {url && (
          <>
            <p className="text-groen">{state.done}</p>
            <label htmlFor="feed-url" className="mt-2 block font-bold">
              Adres van uw agenda-abonnement
            </label>
            <input id="feed-url" readOnly value={url} className={`${inputClass} font-mono`} onFocus={(event) => event.currentTarget.select()} />
          </>
        )}
      </div>
    </form>
  );
}

export function RevokeCalendarTokenForm({ tokenId, label }: { tokenId: string; label: string }) {
  return (
    <ActionForm action={revokeCalendarTokenAction} submitLabel="Intrekken" variant="danger" label={label}>
      {() => <input type="hidden" name="tokenId" value={tokenId} />}
    </ActionForm>
  );
}
