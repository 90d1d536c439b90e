"use client";

// The person's own sessions, with a box per other session and the password again: "Gekozen
// sessies beëindigen" or "Alle andere sessies beëindigen" (ASVS 7.5.2). A plain form posted to a
// server action, so it works before the page's script has loaded too.
import { startTransition, useActionState, useState } from "react";
import { Button, Field, inputClass } from "@/components/ui/form";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/http/form-state";

export interface OwnSessionRow {
  id: string;
  device: string;
  loggedIn: string;
  endsAt: string;
  ip: string;
  current: boolean;
}

export function OwnSessionsForm({ sessions, action }: { sessions: OwnSessionRow[]; action: (previous: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  // Held here and sent from onSubmit (not through the form's own action, after which React empties
  // the form): a refused password must not cost the person the sessions they ticked.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const others = sessions.filter((s) => !s.current);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
      aria-label="Uw sessies beëindigen"
      className="max-w-4xl"
    >
      {state.formError && (
        <div role="alert" className="mb-3 border-l-4 border-rood bg-red-50 px-3 py-2 text-rood">
          <p className="font-bold">{state.formError}</p>
          {state.fieldErrors.sessionIds && <p>{state.fieldErrors.sessionIds}</p>}
        </div>
      )}
      {state.done && (
        <p role="status" className="mb-3 border-l-4 border-groen bg-green-50 px-3 py-2 font-bold text-groen">
          {state.done}
        </p>
      )}
      <table className="mt-2 w-full border-collapse text-sm">
        <caption className="mb-1 text-left text-lg font-bold text-rijks">Uw sessies</caption>
        <thead>
          <tr className="border-b-2 border-rijks text-left">
            <th scope="col" className="w-24 py-1 pr-3">
              Beëindigen
            </th>
            <th scope="col" className="py-1 pr-3">
              Apparaat
            </th>
            <th scope="col" className="py-1 pr-3">
              Ingelogd
            </th>
            <th scope="col" className="py-1 pr-3">
              Verloopt uiterlijk
            </th>
            <th scope="col" className="py-1">
              IP-adres
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} className="border-b border-grijs-2 align-top">
              <td className="py-1.5 pr-3">
                {s.current ? (
                  <span className="text-grijs-5">Gebruik Uitloggen</span>
                ) : (
                  <input
                    type="checkbox"
                    name="sessionId"
                    value={s.id}
                    checked={chosen.has(s.id)}
                    onChange={(event) => toggle(s.id, event.target.checked)}
                    aria-label={`Sessie ${s.device}, ingelogd ${s.loggedIn}, beëindigen`}
                    className="h-5 w-5"
                  />
                )}
              </td>
              <td className="py-1.5 pr-3">
                {s.device}
                {s.current && <strong className="ml-2">(deze sessie)</strong>}
              </td>
              <td className="py-1.5 pr-3">{s.loggedIn}</td>
              <td className="py-1.5 pr-3">{s.endsAt}</td>
              <td className="py-1.5">{s.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {others.length > 0 ? (
        <div className="mt-4 space-y-3">
          {/* The password input gets a new key after each success: the typed password does not stay in the page. */}
          <Field
            id="password"
            label="Uw wachtwoord, ter bevestiging"
            hint="Wie een sessie van u open aantreft, kan u zo niet buitensluiten."
            error={state.fieldErrors.password}
            className="max-w-sm"
          >
            <input key={state.done ?? "open"} type="password" name="password" autoComplete="current-password" className={inputClass} />
          </Field>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" name="scope" value="gekozen" variant="danger" disabled={pending}>
              Gekozen sessies beëindigen
            </Button>
            <Button type="submit" name="scope" value="alle-andere" variant="danger" disabled={pending}>
              Alle andere sessies beëindigen
            </Button>
          </div>
        </div>
      ) : (
        <p className="mt-3 text-grijs-5">U bent nergens anders ingelogd.</p>
      )}
    </form>
  );
}
