"use client";

// Beheer: wipes one person's tweestapsverificatie (a lost phone, no recovery codes left), after
// a confirmation, since it also ends their sessions. Place it on a person's beheer page with the
// server action from app/(auth)/mfa/actions.ts:
//   <ResetMfaButton action={resetMfaAction} userId={person.id} name={person.name} enrolled={…} revalidate="/beheer/…" />
import { useActionState, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/form";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/http/form-state";

interface Props {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  userId: string;
  name: string;
  /** Whether the person has enrolled; the button says so either way. */
  enrolled: boolean;
  /** The page to render again afterwards. */
  revalidate?: string;
}

export function ResetMfaButton({ action, userId, name, enrolled, revalidate }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: FormState, form: FormData) => {
    const next = await action(previous, form);
    setConfirming(false);
    return next;
  }, EMPTY_FORM_STATE);
  const opener = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
  };

  return (
    <div className="space-y-2">
      {!confirming ? (
        <Button ref={opener} variant="danger" onClick={() => setConfirming(true)} aria-label={`Tweestapsverificatie van ${name} wissen`}>
          Tweestapsverificatie wissen
        </Button>
      ) : (
        <form action={formAction} aria-labelledby={questionId} className="space-y-2 border-l-4 border-rood bg-red-50 px-3 py-2">
          <p id={questionId}>
            {enrolled ? `De geheime sleutel en de herstelcodes van ${name} worden gewist` : `De onvoltooide instelling van ${name} wordt gewist`} en al diens
            sessies worden beëindigd. Bij de volgende keer inloggen stelt {name} de tweestapsverificatie opnieuw in. Doorgaan?
          </p>
          <input type="hidden" name="userId" value={userId} />
          {revalidate && <input type="hidden" name="revalidate" value={revalidate} />}
          <div className="flex gap-2">
            <Button type="submit" variant="danger" disabled={pending} autoFocus>
              {pending ? "Bezig…" : "Ja, wissen"}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
      <p role="status" className={`text-sm font-bold ${state.formError ? "text-rood" : "text-groen"}`}>
        {state.formError ?? state.done}
      </p>
    </div>
  );
}
