"use client";

import { useActionState } from "react";
import { OfficeOptions } from "@/components/ui/office-options";
import { createDelegationAction, type DelegationFormState } from "@/app/(app)/vervanging/actions";
import { Button, Field, inputClass } from "@/components/ui/form";
import { todayInAmsterdam } from "@/lib/domain/dates";

const INITIAL: DelegationFormState = { fieldErrors: {}, formError: null, done: null };

interface Props {
  offices: Array<{ id: string; code: string; name: string }>;
  people: Array<{ id: string; name: string }>;
  delegateOffices: Array<{ id: string; code: string; name: string }>;
}

export function DelegationForm({ offices, people, delegateOffices }: Props) {
  const [state, action, pending] = useActionState(createDelegationAction, INITIAL);
  const errors = state.fieldErrors;
  const today = todayInAmsterdam();
  return (
    <form action={action} noValidate className="grid max-w-3xl gap-4 md:grid-cols-2">
      {state.formError && (
        <p role="alert" className="border-l-4 border-rood bg-red-50 px-3 py-2 font-bold text-rood md:col-span-2">
          {state.formError}
        </p>
      )}
      {state.done && (
        <p role="status" className="border-l-4 border-groen bg-green-50 px-3 py-2 font-bold text-groen md:col-span-2">
          {state.done}
        </p>
      )}
      <Field id="officeId" label="Bewindspersoon die vervangen wordt" error={errors.officeId}>
        <select name="officeId" className={inputClass}>
          <OfficeOptions offices={offices} />
        </select>
      </Field>
      <Field id="vervanger" label="Vervanger" error={errors.vervanger}>
        <select name="vervanger" defaultValue="" className={inputClass}>
          <option value="">Kies een persoon of een kabinet</option>
          <optgroup label="Persoon">
            {people.map((p) => (
              <option key={p.id} value={`persoon:${p.id}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Kabinet">
            {delegateOffices.map((o) => (
              <option key={o.id} value={`kabinet:${o.id}`}>
                {o.code} – {o.name}
              </option>
            ))}
          </optgroup>
        </select>
      </Field>
      <Field id="startsOn" label="Eerste dag" error={errors.startsOn}>
        <input type="date" name="startsOn" defaultValue={today} className={inputClass} />
      </Field>
      <Field id="endsOn" label="Laatste dag" error={errors.endsOn}>
        <input type="date" name="endsOn" defaultValue={today} className={inputClass} />
      </Field>
      <Field id="reason" label="Reden (niet verplicht)" hint="Bijvoorbeeld: werkbezoek buitenland." error={errors.reason} className="md:col-span-2">
        <input type="text" name="reason" maxLength={300} className={inputClass} />
      </Field>
      <div className="md:col-span-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Bezig…" : "Vervanging instellen"}
        </Button>
      </div>
    </form>
  );
}
