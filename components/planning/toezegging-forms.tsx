"use client";

import { useId } from "react";
import { changeToezeggingStatusAction, linkNotaAction, recordToezeggingAction, unlinkNotaAction } from "@/app/(app)/toezeggingen/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/form";

export function ToezeggingForm({ ministers, today }: { ministers: Array<{ id: string; code: string; name: string }>; today: string }) {
  const id = useId();
  return (
    <ActionForm action={recordToezeggingAction} submitLabel="Toezegging vastleggen" label="Nieuwe toezegging">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${id}-text`} label="Toezegging" className="sm:col-span-2" error={state.fieldErrors.text}>
            <textarea name="text" rows={3} className={inputClass} />
          </Field>
          <Field id={`${id}-debate`} label="Debat of Kamerstuk" hint="Bijvoorbeeld: Commissiedebat NAVO-top, 12 juni 2025" error={state.fieldErrors.debate}>
            <input type="text" name="debate" className={inputClass} />
          </Field>
          <Field id={`${id}-minister`} label="Bewindspersoon" error={state.fieldErrors.ministerOfficeId}>
            <select name="ministerOfficeId" className={inputClass}>
              {ministers.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.code}: {m.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-made`} label="Gedaan op" error={state.fieldErrors.madeOn}>
            <input type="date" name="madeOn" defaultValue={today} className={inputClass} />
          </Field>
          <Field id={`${id}-due`} label="Uiterlijk voldaan op" error={state.fieldErrors.dueDate}>
            <input type="date" name="dueDate" className={inputClass} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function ToezeggingStatusForm({ toezegging }: { toezegging: { id: string; reference: string; status: string } }) {
  const id = useId();
  return (
    <ActionForm action={changeToezeggingStatusAction} submitLabel="Status opslaan" variant="secondary" label={`Status van ${toezegging.reference}`}>
      {(state) => (
        <>
          <input type="hidden" name="toezeggingId" value={toezegging.id} />
          <Field id={`${id}-status`} label={`Status van ${toezegging.reference}`} error={state.fieldErrors.status}>
            <select name="status" defaultValue={toezegging.status} className={`${inputClass} max-w-56`}>
              <option value="OPENSTAAND">Openstaand</option>
              <option value="DEELS_VOLDAAN">Deels voldaan</option>
              <option value="VOLDAAN">Voldaan</option>
            </select>
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function LinkNotaForm({ toezegging }: { toezegging: { id: string; reference: string } }) {
  const id = useId();
  return (
    <ActionForm action={linkNotaAction} submitLabel="Koppelen" variant="secondary" label={`Nota koppelen aan ${toezegging.reference}`}>
      {(state) => (
        <>
          <input type="hidden" name="toezeggingId" value={toezegging.id} />
          <Field
            id={`${id}-nota`}
            label={`Nota die ${toezegging.reference} voldoet`}
            hint="Onze referentie, bijvoorbeeld BZ2410641. Een nota in concept neemt de datum over als Kamerdeadline."
            error={state.fieldErrors.notaReference}
          >
            <input type="text" name="notaReference" className={`${inputClass} max-w-56 font-mono`} />
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function UnlinkNotaForm({ toezeggingId, nota }: { toezeggingId: string; nota: { id: string; reference: string } }) {
  return (
    <ActionForm action={unlinkNotaAction} submitLabel="Ontkoppelen" variant="danger" label={`${nota.reference} ontkoppelen`}>
      {() => (
        <>
          <input type="hidden" name="toezeggingId" value={toezeggingId} />
          <input type="hidden" name="notaId" value={nota.id} />
        </>
      )}
    </ActionForm>
  );
}
