"use client";

import { useActionState, useState } from "react";
import { OfficeOptions } from "@/components/ui/office-options";
import { createNotaAction, type NewNotaState } from "@/app/(app)/notas/nieuw/actions";
import { Button, describedBy, Field, FieldError, inputClass } from "@/components/ui/form";

interface Props {
  offices: Array<{ id: string; code: string; name: string }>;
  templates: Array<{ key: string; label: string; description: string }>;
  copyable: Array<{ reference: string; title: string }>;
}

const INITIAL: NewNotaState = { fieldErrors: {}, formError: null, values: {} };

export function NewNotaForm({ offices, templates, copyable }: Props) {
  const [state, formAction, pending] = useActionState(createNotaAction, INITIAL);
  const [start, setStart] = useState(state.values.start || "beslisnota");
  const errors = state.fieldErrors;

  return (
    <form action={formAction} className="max-w-3xl space-y-6" noValidate>
      {Object.keys(errors).length > 0 && (
        <div role="alert" className="border-l-4 border-rood bg-red-50 px-4 py-3">
          <p className="font-bold text-rood">De nota is nog niet aangemaakt:</p>
          <ul className="list-disc pl-5">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                <a href={`#${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <Field id="ownerOfficeId" label="Van (onderdeel dat de nota opstelt)" error={errors.ownerOfficeId}>
        <select name="ownerOfficeId" defaultValue={state.values.ownerOfficeId || offices[0]?.id} className={inputClass}>
          <OfficeOptions offices={offices} />
        </select>
      </Field>

      <Field id="title" label="Titel" hint="Mag u ook later invullen." error={errors.title}>
        <input name="title" type="text" defaultValue={state.values.title} maxLength={300} className={inputClass} />
      </Field>

      <fieldset aria-describedby={describedBy("start", null, errors.start)}>
        <legend className="mb-2 font-bold">Uitgangspunt</legend>
        <div className="space-y-2">
          {templates.map((template) => (
            <label key={template.key} className="flex items-start gap-2">
              <input type="radio" name="start" value={template.key} checked={start === template.key} onChange={() => setStart(template.key)} className="mt-1.5" />
              <span>
                <span className="font-bold">{template.label}</span>
                <span className="block text-sm text-grijs-5">{template.description}</span>
              </span>
            </label>
          ))}
          <label className="flex items-start gap-2">
            <input type="radio" name="start" value="kopie" checked={start === "kopie"} onChange={() => setStart("kopie")} className="mt-1.5" />
            <span>
              <span className="font-bold">Kopie van een bestaande nota</span>
              <span className="block text-sm text-grijs-5">Alle velden en de bijlage worden overgenomen; de nota krijgt een nieuwe referentie.</span>
            </span>
          </label>
        </div>
        <FieldError id="start" error={errors.start} />
      </fieldset>

      {start === "kopie" && (
        <Field id="sourceReference" label="Nota om te kopiëren" error={errors.sourceReference}>
          <select name="sourceReference" defaultValue={state.values.sourceReference} className={inputClass}>
            <option value="">Kies een nota</option>
            {copyable.map((nota) => (
              <option key={nota.reference} value={nota.reference}>
                {nota.reference} – {nota.title || "(zonder titel)"}
              </option>
            ))}
          </select>
        </Field>
      )}

      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Bezig met aanmaken…" : "Nota aanmaken"}
      </Button>
    </form>
  );
}
