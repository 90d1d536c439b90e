"use client";

// Verzonden: the MR's outcome, the day the Kamerbrief went, and which linked toezeggingen it
// fulfils. The nota is then afgerond.
import { useId } from "react";
import { markNotaSentAction } from "@/app/(app)/notas/[reference]/planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/form";
import { todayInAmsterdam } from "@/lib/domain/dates";

interface Props {
  notaId: string;
  expectedStatus: string;
  expectedVersion: number;
  toezeggingen: Array<{ id: string; reference: string; text: string }>;
}

export function MarkSentForm({ notaId, expectedStatus, expectedVersion, toezeggingen }: Props) {
  const id = useId();
  return (
    <ActionForm action={markNotaSentAction} submitLabel="Verzending vastleggen" label="Uitkomst en verzending">
      {(state) => (
        <div className="grid gap-3">
          <input type="hidden" name="notaId" value={notaId} />
          <input type="hidden" name="expectedStatus" value={expectedStatus} />
          <input type="hidden" name="expectedVersion" value={expectedVersion} />
          <fieldset aria-describedby={state.fieldErrors.outcome ? `${id}-outcome-fout` : undefined}>
            <legend className="mb-1 font-bold">Uitkomst van de ministerraad</legend>
            <label className="mr-4">
              <input type="radio" name="outcome" value="CONFORM" defaultChecked className="mr-1" />
              Conform aangenomen
            </label>
            <label>
              <input type="radio" name="outcome" value="GEWIJZIGD" className="mr-1" />
              Gewijzigd aangenomen
            </label>
            {state.fieldErrors.outcome && (
              <p id={`${id}-outcome-fout`} className="mt-1 font-bold text-rood">
                {state.fieldErrors.outcome}
              </p>
            )}
          </fieldset>
          <Field id={`${id}-note`} label="Toelichting (optioneel)" hint="Bijvoorbeeld wat de ministerraad wijzigde." error={state.fieldErrors.outcomeNote}>
            <textarea name="outcomeNote" rows={2} className={inputClass} />
          </Field>
          <Field id={`${id}-sent`} label="Kamerbrief verzonden op" error={state.fieldErrors.sentOn}>
            <input type="date" name="sentOn" required defaultValue={todayInAmsterdam()} className={`${inputClass} max-w-48`} />
          </Field>
          {toezeggingen.length > 0 && (
            <fieldset>
              <legend className="mb-1 font-bold">Toezeggingen die hiermee voldaan zijn</legend>
              {toezeggingen.map((t) => (
                <label key={t.id} className="block">
                  <input type="checkbox" name="toezeggingenVoldaan" value={t.id} defaultChecked className="mr-1" />
                  {t.reference}: {t.text}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </ActionForm>
  );
}
