"use client";

import { useState } from "react";
import { createNotaAction } from "@/app/(app)/notas/nieuw/actions";
import { Button, describedBy, Field, FieldError, inputClass } from "@/components/ui/form";
import { OfficeOptions } from "@/components/ui/office-options";
import { applyFormState, ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { NewNotaFormSchema } from "@/lib/validation/create-nota";

interface Props {
  offices: Array<{ id: string; code: string; name: string }>;
  templates: Array<{ key: string; label: string; description: string }>;
  copyable: Array<{ reference: string; title: string }>;
}

export function NewNotaForm({ offices, templates, copyable }: Props) {
  const { form, summaryRef, focusSummary } = useSchemaForm(NewNotaFormSchema, {
    ownerOfficeId: offices[0]?.id ?? "",
    title: "",
    start: "beslisnota",
    sourceReference: "",
  });
  const { register, handleSubmit, watch, formState } = form;
  const errors = formState.errors;
  const [formError, setFormError] = useState<string | null>(null);
  const start = watch("start");

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      const state = await createNotaAction(values);
      setFormError(applyFormState(form, state));
      focusSummary();
    },
    () => focusSummary(),
  );

  return (
    <form onSubmit={submit} className="max-w-3xl space-y-6" noValidate>
      <ErrorSummary title="De nota is nog niet aangemaakt:" errors={errors} formError={formError} summaryRef={summaryRef} />

      <Field id="ownerOfficeId" label="Van (onderdeel dat de nota opstelt)" error={errors.ownerOfficeId?.message}>
        <select {...register("ownerOfficeId")} className={inputClass}>
          <OfficeOptions offices={offices} />
        </select>
      </Field>

      <Field id="title" label="Titel" hint="Mag u ook later invullen." error={errors.title?.message}>
        <input {...register("title")} type="text" maxLength={300} className={inputClass} />
      </Field>

      <fieldset id="start" tabIndex={-1} aria-describedby={describedBy("start", null, errors.start?.message)}>
        <legend className="mb-2 font-bold">Uitgangspunt</legend>
        <div className="space-y-2">
          {templates.map((template) => (
            <label key={template.key} className="flex items-start gap-2">
              <input type="radio" value={template.key} {...register("start")} className="mt-1.5" />
              <span>
                <span className="font-bold">{template.label}</span>
                <span className="block text-sm text-grijs-5">{template.description}</span>
              </span>
            </label>
          ))}
          <label className="flex items-start gap-2">
            <input type="radio" value="kopie" {...register("start")} className="mt-1.5" />
            <span>
              <span className="font-bold">Kopie van een bestaande nota</span>
              <span className="block text-sm text-grijs-5">Alle velden en de bijlage worden overgenomen; de nota krijgt een nieuwe referentie.</span>
            </span>
          </label>
        </div>
        <FieldError id="start" error={errors.start?.message} />
      </fieldset>

      {start === "kopie" && (
        <Field id="sourceReference" label="Nota om te kopiëren" error={errors.sourceReference?.message}>
          <select {...register("sourceReference")} className={inputClass}>
            <option value="">Kies een nota</option>
            {copyable.map((nota) => (
              <option key={nota.reference} value={nota.reference}>
                {nota.reference} – {nota.title || "(zonder titel)"}
              </option>
            ))}
          </select>
        </Field>
      )}

      <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig met aanmaken…" : "Nota aanmaken"}
      </Button>
    </form>
  );
}
