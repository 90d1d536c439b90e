"use client";

// Agenderen: choose a coming meeting of the council (the plan's suggestion first selected) and
// hamerstuk or bespreekstuk. A meeting after the Kamer deadline may be chosen, but the form
// says so at once, before anything is saved.
import { useId, useState } from "react";
import { scheduleNotaAction } from "@/app/(app)/notas/[reference]/planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/form";
import { formatDate } from "@/lib/domain/dates";

interface Props {
  notaId: string;
  expectedStatus: string;
  expectedVersion: number;
  councilLabel: string;
  meetings: Array<{ id: string; date: string; councilCode: string }>;
  suggestedMeetingId: string | null;
  currentMeetingId: string | null;
  kamerDeadline: string | null;
}

export function ScheduleForm(props: Props) {
  const id = useId();
  const initial = props.currentMeetingId ?? props.suggestedMeetingId ?? props.meetings[0]?.id ?? "";
  const [meetingId, setMeetingId] = useState(initial);
  const chosen = props.meetings.find((m) => m.id === meetingId);
  const late = chosen && props.kamerDeadline !== null && chosen.date > props.kamerDeadline;
  if (props.meetings.length === 0)
    return <p className="text-grijs-5">Er zijn geen komende vergaderingen van de {props.councilLabel.toLowerCase()}. Voeg ze toe onder Vergaderingen.</p>;
  return (
    <ActionForm
      action={scheduleNotaAction}
      submitLabel={props.currentMeetingId ? `Verplaatsen` : `Agenderen`}
      label={`Agenderen voor de ${props.councilLabel.toLowerCase()}`}
    >
      {(state) => (
        <>
          <input type="hidden" name="notaId" value={props.notaId} />
          <input type="hidden" name="expectedStatus" value={props.expectedStatus} />
          <input type="hidden" name="expectedVersion" value={props.expectedVersion} />
          <Field id={`${id}-meeting`} label={`Vergadering van de ${props.councilLabel.toLowerCase()}`} error={state.fieldErrors.meetingId}>
            <select name="meetingId" className={inputClass} value={meetingId} onChange={(event) => setMeetingId(event.target.value)}>
              {props.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.councilCode} {formatDate(m.date)}
                  {m.id === props.suggestedMeetingId ? " (volgens planning)" : ""}
                  {props.kamerDeadline !== null && m.date > props.kamerDeadline ? " (na de Kamerdeadline)" : ""}
                </option>
              ))}
            </select>
          </Field>
          {/* Announced when the choice makes it appear, not as an alarm when the page opens. */}
          <div aria-live="polite">
            {late && (
              <p className="mt-2 border-l-4 border-geel bg-yellow-50 p-2">
                <strong>Let op:</strong> de {chosen.councilCode} van {formatDate(chosen.date)} valt na de Kamerdeadline van {formatDate(props.kamerDeadline!)}.
              </p>
            )}
          </div>
          <fieldset className="mt-3" aria-describedby={state.fieldErrors.kind ? `${id}-kind-fout` : undefined}>
            <legend className="mb-1 font-bold">Soort agendapunt</legend>
            <label className="mr-4">
              <input type="radio" name="kind" value="HAMERSTUK" defaultChecked className="mr-1" />
              Hamerstuk
            </label>
            <label>
              <input type="radio" name="kind" value="BESPREEKSTUK" className="mr-1" />
              Bespreekstuk
            </label>
            {state.fieldErrors.kind && (
              <p id={`${id}-kind-fout`} className="mt-1 font-bold text-rood">
                {state.fieldErrors.kind}
              </p>
            )}
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
