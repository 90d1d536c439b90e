"use client";

// The kabinet's decision form: per decision point akkoord / niet akkoord / akkoord met
// opmerking, with an annotation, and a general note; bound to the version that is shown. The
// rules are the server's own schema (lib/validation/decision.ts).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useFieldArray } from "react-hook-form";
import { InlineRichText } from "@/components/nota/rich-text-view";
import { Button, inputClass } from "@/components/ui/form";
import { applyFormState, ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { DECISION_VALUES } from "@/lib/domain/enums";
import { DECISION_LABELS } from "@/lib/domain/nota/labels";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import { DecisionFormSchema } from "@/lib/validation/decision";
import { postStep } from "./post-step";

interface Props {
  notaId: string;
  version: number;
  versionNumber: number;
  contentHash: string;
  offices: Array<{ officeId: string; code: string; name: string; delegated: boolean }>;
  points: Array<{ id: string; text: RichTextDoc }>;
}

export function DecisionForm({ notaId, version, versionNumber, contentHash, offices, points }: Props) {
  const router = useRouter();
  const id = useId();
  const { form, summaryRef, focusSummary } = useSchemaForm(DecisionFormSchema, {
    officeId: offices[0].officeId,
    note: "",
    points: points.map((point) => ({ decisionPointId: point.id, decision: undefined, annotation: "" })),
  });
  const { register, handleSubmit, watch, formState, control } = form;
  const { fields } = useFieldArray({ control, name: "points" });
  const errors = formState.errors;
  const [formError, setFormError] = useState<string | null>(null);
  const office = offices.find((o) => o.officeId === watch("officeId")) ?? offices[0];
  const fieldId = (field: string) => `${id}-${field.replaceAll(".", "-")}`;

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      const outcome = await postStep(notaId, { action: "besluiten", decision: { ...values, expectedVersion: version, contentHash } });
      if (outcome.ok) return router.refresh();
      setFormError(
        applyFormState(form, {
          formError: outcome.message,
          fieldErrors: Object.fromEntries(outcome.issues.map((i) => [i.path.replace(/^decision\./, ""), i.message])),
          done: null,
        }),
      );
      focusSummary();
    },
    () => focusSummary(),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-kop`} className="space-y-4 border-2 border-rijks bg-white p-4">
      <h3 id={`${id}-kop`} className="text-lg font-bold text-rijks">
        Besluit vastleggen namens {office.code}
      </h3>
      <p className="text-sm">
        U legt het besluit van {office.name} vast over versie {versionNumber} van de nota, zoals hieronder getoond.
        {office.delegated && " U doet dit als vervanger; dat wordt bij het besluit vermeld."}
      </p>
      <ErrorSummary title="Het besluit is nog niet vastgelegd:" errors={errors} formError={formError} summaryRef={summaryRef} idFor={fieldId} />
      {offices.length > 1 && (
        <div>
          <label htmlFor={fieldId("officeId")} className="mb-1 block font-bold">
            Namens
          </label>
          <select id={fieldId("officeId")} {...register("officeId")} className={`${inputClass} max-w-md`}>
            {offices.map((o) => (
              <option key={o.officeId} value={o.officeId}>
                {o.code} – {o.name}
                {o.delegated ? " (vervanging)" : ""}
              </option>
            ))}
          </select>
        </div>
      )}
      {fields.map((field, index) => {
        const pointErrors = errors.points?.[index];
        const choiceError = pointErrors?.decision?.message;
        const annotationError = pointErrors?.annotation?.message;
        const choiceId = fieldId(`points.${index}.decision`);
        const annotationId = fieldId(`points.${index}.annotation`);
        return (
          <fieldset
            key={field.id}
            id={choiceId}
            tabIndex={-1}
            className="border border-grijs-2 p-3"
            aria-describedby={choiceError ? `${choiceId}-fout` : undefined}
          >
            <legend className="px-1 font-bold">Besluitpunt {index + 1}</legend>
            <div className="mb-2">
              <InlineRichText doc={points[index].text} />
            </div>
            {choiceError && (
              <p id={`${choiceId}-fout`} className="mb-1 font-bold text-rood">
                {choiceError}
              </p>
            )}
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              {DECISION_VALUES.map((value) => (
                <label key={value} className="flex items-center gap-1.5">
                  <input type="radio" value={value} {...register(`points.${index}.decision`)} />
                  {DECISION_LABELS[value]}
                  <span className="sr-only"> (besluitpunt {index + 1})</span>
                </label>
              ))}
            </div>
            <label htmlFor={annotationId} className="mt-2 block text-sm font-bold">
              Opmerking bij besluitpunt {index + 1}
              {watch(`points.${index}.decision`) === "AKKOORD_MET_OPMERKING" ? " (verplicht)" : " (niet verplicht)"}
            </label>
            <textarea
              id={annotationId}
              rows={2}
              maxLength={4000}
              {...register(`points.${index}.annotation`)}
              aria-invalid={annotationError ? true : undefined}
              aria-describedby={annotationError ? `${annotationId}-fout` : undefined}
              className={inputClass}
            />
            {annotationError && (
              <p id={`${annotationId}-fout`} className="mt-1 font-bold text-rood">
                {annotationError}
              </p>
            )}
          </fieldset>
        );
      })}
      <div>
        <label htmlFor={fieldId("note")} className="mb-1 block font-bold">
          Aantekening van de bewindspersoon (niet verplicht)
        </label>
        <p id={`${fieldId("note")}-hint`} className="mb-1 text-sm text-grijs-5">
          Wordt deel van het dossier en wordt met de Kamerstukken openbaar gemaakt.
        </p>
        <textarea id={fieldId("note")} rows={3} maxLength={4000} {...register("note")} aria-describedby={`${fieldId("note")}-hint`} className={inputClass} />
      </div>
      <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig met vastleggen…" : "Besluit vastleggen"}
      </Button>
    </form>
  );
}
