"use client";

import { useId } from "react";
import { createOfficeAction, endOfficeAction, renameOfficeAction } from "@/app/(app)/beheer/onderdelen/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button, Field, inputClass } from "@/components/ui/form";
import { OfficeOptions } from "@/components/ui/office-options";
import { ErrorSummary, useServerActionForm } from "@/components/ui/schema-form";
import { OFFICE_KIND_LABELS } from "@/lib/domain/accounts/labels";
import { OFFICE_KINDS } from "@/lib/domain/enums";
import { CreateOfficeSchema } from "@/lib/validation/accounts";

/** "Onderdeel toevoegen": keeps what was typed when the code is taken. */
export function CreateOfficeForm() {
  const { form, summaryRef, submit, formError, done } = useServerActionForm(CreateOfficeSchema, { code: "", name: "", kind: "ONDERDEEL" }, createOfficeAction);
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={submit} noValidate className="grid max-w-3xl gap-4 md:grid-cols-[12rem_1fr]" aria-label="Onderdeel toevoegen">
      <div className="md:col-span-2">
        <ErrorSummary
          title="Het onderdeel is nog niet toegevoegd:"
          errors={errors}
          formError={formError}
          summaryRef={summaryRef}
          idFor={(f) => `onderdeel-${f}`}
        />
        {done && (
          <p role="status" className="border-l-4 border-groen bg-green-50 px-3 py-2 font-bold text-groen">
            {done}
          </p>
        )}
      </div>
      <Field id="onderdeel-code" label="Afkorting" hint="Bijvoorbeeld DVB of MinDEF." error={errors.code?.message}>
        <input type="text" autoComplete="off" spellCheck={false} {...register("code")} className={inputClass} />
      </Field>
      <Field id="onderdeel-name" label="Naam" hint="Bijvoorbeeld Directie Veiligheidsbeleid." error={errors.name?.message}>
        <input type="text" autoComplete="off" {...register("name")} className={inputClass} />
      </Field>
      <fieldset id="onderdeel-kind" tabIndex={-1} className="md:col-span-2" aria-describedby={errors.kind ? "onderdeel-kind-fout" : undefined}>
        <legend className="mb-1 font-bold">Soort</legend>
        {OFFICE_KINDS.map((kind) => (
          <label key={kind} className="mr-6 inline-flex items-center gap-2">
            <input type="radio" value={kind} {...register("kind")} />
            {OFFICE_KIND_LABELS[kind]}
          </label>
        ))}
        {errors.kind && (
          <p id="onderdeel-kind-fout" className="mt-1 font-bold text-rood">
            {errors.kind.message}
          </p>
        )}
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Bezig…" : "Onderdeel toevoegen"}
        </Button>
      </div>
    </form>
  );
}

export function RenameOfficeForm({ office }: { office: { id: string; code: string; name: string } }) {
  const id = useId();
  return (
    <ActionForm action={renameOfficeAction} submitLabel="Naam opslaan" variant="secondary" label={`${office.code} hernoemen`}>
      {(state) => (
        <>
          <input type="hidden" name="officeId" value={office.id} />
          <Field id={`${id}-name`} label="Naam" hint={`De afkorting ${office.code} blijft: die staat op elke nota.`} error={state.fieldErrors.name}>
            <input type="text" name="name" defaultValue={office.name} className={`${inputClass} max-w-xl`} />
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function EndOfficeForm({
  office,
  successors,
  today,
}: {
  office: { id: string; code: string };
  successors: Array<{ id: string; code: string; name: string }>;
  today: string;
}) {
  const id = useId();
  return (
    <ActionForm action={endOfficeAction} submitLabel={`${office.code} opheffen`} variant="danger" label={`${office.code} opheffen`}>
      {(state) => (
        <div className="grid max-w-3xl gap-3">
          <input type="hidden" name="officeId" value={office.id} />
          {state.fieldErrors.officeId && (
            <p role="alert" className="font-bold text-rood">
              {state.fieldErrors.officeId}
            </p>
          )}
          <Field id={`${id}-endedOn`} label="Opgeheven per" error={state.fieldErrors.endedOn}>
            <input type="date" name="endedOn" defaultValue={today} max={today} className={`${inputClass} max-w-48`} />
          </Field>
          <Field id={`${id}-successor`} label="Opvolger" hint="Het onderdeel dat het werk overneemt, van dezelfde soort." error={state.fieldErrors.successorId}>
            <select name="successorId" className={`${inputClass} max-w-xl`}>
              <option value="">— geen opvolger —</option>
              <OfficeOptions offices={successors} />
            </select>
          </Field>
          <div>
            <label className="inline-flex items-start gap-2">
              <input
                type="checkbox"
                name="confirm"
                value="ja"
                className="mt-1.5"
                aria-invalid={state.fieldErrors.confirm ? true : undefined}
                aria-describedby={state.fieldErrors.confirm ? `${id}-confirm-fout` : undefined}
              />
              <span>
                Ik begrijp dat alle lidmaatschappen van {office.code} eindigen en dat {office.code} niet meer gekozen kan worden. Nota&apos;s en besluiten
                blijven bewaard.
              </span>
            </label>
            {state.fieldErrors.confirm && (
              <p id={`${id}-confirm-fout`} className="mt-1 font-bold text-rood">
                <span className="sr-only">Fout: </span>
                {state.fieldErrors.confirm}
              </p>
            )}
          </div>
        </div>
      )}
    </ActionForm>
  );
}
