"use client";

// The secretariat's forms on the Vergaderingen page: a weekly series, one extra meeting, an
// exception to one meeting, recesses and the lead times.
import { useId } from "react";
import {
  addRecessAction,
  changeLeadTimesAction,
  changeMeetingAction,
  createMeetingAction,
  generateSeriesAction,
  removeRecessAction,
} from "@/app/(app)/vergaderingen/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/form";
import { formatDate } from "@/lib/domain/dates";

type Council = { id: string; code: string; name: string };

/** Field gives its control the id and aria attributes: passed on to the select itself. */
function CouncilSelect({ councils, ...control }: { councils: Council[]; id?: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) {
  return (
    <select name="councilId" className={inputClass} {...control}>
      {councils.map((c) => (
        <option key={c.id} value={c.id}>
          {c.code}: {c.name}
        </option>
      ))}
    </select>
  );
}

const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"];

export function SeriesForm({ councils, today }: { councils: Council[]; today: string }) {
  const id = useId();
  return (
    <ActionForm action={generateSeriesAction} submitLabel="Reeks aanmaken" label="Vergaderreeks aanmaken">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${id}-council`} label="Raad" error={state.fieldErrors.councilId}>
            <CouncilSelect councils={councils} />
          </Field>
          <Field id={`${id}-weekday`} label="Vergadert op" error={state.fieldErrors.weekday}>
            <select name="weekday" defaultValue="5" className={inputClass}>
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index + 1}>
                  {day}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-from`} label="Vanaf" error={state.fieldErrors.from}>
            <input type="date" name="from" defaultValue={today} className={inputClass} />
          </Field>
          <Field id={`${id}-to`} label="Tot en met" error={state.fieldErrors.to}>
            <input type="date" name="to" defaultValue={`${Number(today.slice(0, 4)) + 1}-07-31`} className={inputClass} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function MeetingCreateForm({ councils }: { councils: Council[] }) {
  const id = useId();
  return (
    <ActionForm action={createMeetingAction} submitLabel="Vergadering toevoegen" variant="secondary" label="Losse vergadering toevoegen">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id={`${id}-council`} label="Raad" error={state.fieldErrors.councilId}>
            <CouncilSelect councils={councils} />
          </Field>
          <Field id={`${id}-date`} label="Datum" error={state.fieldErrors.date}>
            <input type="date" name="date" className={inputClass} />
          </Field>
          <Field id={`${id}-note`} label="Opmerking (optioneel)" error={state.fieldErrors.note}>
            <input type="text" name="note" className={inputClass} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function MeetingChangeForm({ meeting }: { meeting: { id: string; date: string; cancelled: boolean; note: string | null; councilCode: string } }) {
  const id = useId();
  const name = `${meeting.councilCode} ${formatDate(meeting.date)}`;
  return (
    <ActionForm action={changeMeetingAction} submitLabel="Opslaan" variant="secondary" label={`Vergadering ${name} wijzigen`}>
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <input type="hidden" name="meetingId" value={meeting.id} />
          <Field id={`${id}-date`} label="Datum" error={state.fieldErrors.date}>
            <input type="date" name="date" defaultValue={meeting.date} className={inputClass} />
          </Field>
          <Field id={`${id}-cancelled`} label="Gaat door" error={state.fieldErrors.cancelled}>
            <select name="cancelled" defaultValue={meeting.cancelled ? "ja" : "nee"} className={inputClass}>
              <option value="nee">Ja, gaat door</option>
              <option value="ja">Nee, vervalt</option>
            </select>
          </Field>
          <Field id={`${id}-note`} label="Opmerking" error={state.fieldErrors.note}>
            <input type="text" name="note" defaultValue={meeting.note ?? ""} className={inputClass} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function RecessForm() {
  const id = useId();
  return (
    <ActionForm action={addRecessAction} submitLabel="Reces toevoegen" variant="secondary" label="Reces toevoegen">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id={`${id}-name`} label="Naam" hint="Bijvoorbeeld: Zomerreces 2027" error={state.fieldErrors.name}>
            <input type="text" name="name" className={inputClass} />
          </Field>
          <Field id={`${id}-start`} label="Eerste dag" error={state.fieldErrors.start}>
            <input type="date" name="start" className={inputClass} />
          </Field>
          <Field id={`${id}-end`} label="Laatste dag" error={state.fieldErrors.end}>
            <input type="date" name="end" className={inputClass} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function RemoveRecessForm({ recess }: { recess: { id: string; name: string } }) {
  return (
    <ActionForm action={removeRecessAction} submitLabel={`${recess.name} verwijderen`} variant="danger" label={`${recess.name} verwijderen`}>
      {() => <input type="hidden" name="recessId" value={recess.id} />}
    </ActionForm>
  );
}

export function LeadTimesForm({ leadTimes }: { leadTimes: { mrToKamer: number; onderraadToMr: number; decisionToOnderraad: number } }) {
  const id = useId();
  return (
    <ActionForm action={changeLeadTimesAction} submitLabel="Doorlooptijden opslaan" variant="secondary" label="Doorlooptijden">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id={`${id}-decision`} label="Besluit tot onderraad (werkdagen)" error={state.fieldErrors.decisionToOnderraad}>
            <input type="number" min={0} max={60} name="decisionToOnderraad" defaultValue={leadTimes.decisionToOnderraad} className={inputClass} />
          </Field>
          <Field id={`${id}-onderraad`} label="Onderraad tot ministerraad (werkdagen)" error={state.fieldErrors.onderraadToMr}>
            <input type="number" min={0} max={60} name="onderraadToMr" defaultValue={leadTimes.onderraadToMr} className={inputClass} />
          </Field>
          <Field id={`${id}-mr`} label="Ministerraad tot Kamer (werkdagen)" error={state.fieldErrors.mrToKamer}>
            <input type="number" min={0} max={60} name="mrToKamer" defaultValue={leadTimes.mrToKamer} className={inputClass} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
