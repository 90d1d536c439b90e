"use client";

// "Opnieuw uitnodigen" or "Herstellink maken" on a person's page: the new link is shown once, here.
import { useActionState } from "react";
import { issueAccountLinkAction } from "@/app/(app)/beheer/personen/actions";
import { Button } from "@/components/ui/form";
import { AccountLinkPanel } from "./account-link-panel";
import { EMPTY_LINK_STATE } from "./account-link-state";

export function IssueLinkButton({ personId, label }: { personId: string; label: string }) {
  const [state, formAction, pending] = useActionState(issueAccountLinkAction, EMPTY_LINK_STATE);
  return (
    <div>
      <form action={formAction}>
        <input type="hidden" name="userId" value={personId} />
        <Button type="submit" disabled={pending}>
          {pending ? "Bezig…" : label}
        </Button>
      </form>
      {state.formError && (
        <p role="alert" className="mt-2 font-bold text-rood">
          {state.formError}
        </p>
      )}
      {state.link && <AccountLinkPanel link={state.link} />}
    </div>
  );
}
