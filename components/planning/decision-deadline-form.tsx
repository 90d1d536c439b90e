"use client";

// One deciding office's deadline on this nota; empty: the plan's date again.
import { useId } from "react";
import { setDecisionDeadlineAction } from "@/app/(app)/notas/[reference]/planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/form";

export function DecisionDeadlineForm({ notaId, offices }: { notaId: string; offices: Array<{ officeId: string; officeCode: string; date: string | null }> }) {
  const id = useId();
  return (
    <ActionForm action={setDecisionDeadlineAction} submitLabel="Beslisdeadline opslaan" variant="secondary" label="Beslisdeadline per bewindspersoon">
      {(state) => (
        <div className="flex flex-wrap items-start gap-3">
          <input type="hidden" name="notaId" value={notaId} />
          <Field id={`${id}-office`} label="Bewindspersoon" error={state.fieldErrors.officeId}>
            <select name="officeId" className={inputClass}>
              {offices.map((o) => (
                <option key={o.officeId} value={o.officeId}>
                  {o.officeCode}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-date`} label="Besluiten uiterlijk" hint="Leeg: de datum uit de planning." error={state.fieldErrors.date}>
            <input type="date" name="date" className={`${inputClass} max-w-48`} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
