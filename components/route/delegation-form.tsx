"use client";

import { createDelegationAction } from "@/app/(app)/vervanging/actions";
import { Button, Field, inputClass } from "@/components/ui/form";
import { OfficeOptions } from "@/components/ui/office-options";
import { ErrorSummary, useServerActionForm } from "@/components/ui/schema-form";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { DelegationFormSchema } from "@/lib/validation/delegation";

interface Props {
  offices: Array<{ id: string; code: string; name: string }>;
  people: Array<{ id: string; name: string }>;
  delegateOffices: Array<{ id: string; code: string; name: string }>;
}

export function DelegationForm({ offices, people, delegateOffices }: Props) {
  const today = todayInAmsterdam();
  const { form, summaryRef, submit, formError, done } = useServerActionForm(
    DelegationFormSchema,
    {
      officeId: offices[0]?.id ?? "",
      vervanger: "",
      startsOn: today,
      endsOn: today,
      reason: "",
    },
    createDelegationAction,
  );
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={submit} noValidate className="grid max-w-3xl gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <ErrorSummary title="De vervanging is nog niet ingesteld:" errors={errors} formError={formError} summaryRef={summaryRef} />
        {done && (
          <p role="status" className="border-l-4 border-groen bg-green-50 px-3 py-2 font-bold text-groen">
            {done}
          </p>
        )}
      </div>
      <Field id="officeId" label="Bewindspersoon die vervangen wordt" error={errors.officeId?.message}>
        <select {...register("officeId")} className={inputClass}>
          <OfficeOptions offices={offices} />
        </select>
      </Field>
      <Field id="vervanger" label="Vervanger" error={errors.vervanger?.message}>
        <select {...register("vervanger")} className={inputClass}>
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
      <Field id="startsOn" label="Eerste dag" error={errors.startsOn?.message}>
        <input type="date" {...register("startsOn")} className={inputClass} />
      </Field>
      <Field id="endsOn" label="Laatste dag" error={errors.endsOn?.message}>
        <input type="date" {...register("endsOn")} className={inputClass} />
      </Field>
      <Field id="reason" label="Reden (niet verplicht)" hint="Bijvoorbeeld: werkbezoek buitenland." error={errors.reason?.message} className="md:col-span-2">
        <input type="text" {...register("reason")} maxLength={300} className={inputClass} />
      </Field>
      <div className="md:col-span-2">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Bezig…" : "Vervanging instellen"}
        </Button>
      </div>
    </form>
  );
}
