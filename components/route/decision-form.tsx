"use client";

// The kabinet's decision form: per decision point akkoord / niet akkoord / akkoord met
// opmerking, with an annotation, and a general note; bound to the version that is shown.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { InlineRichText } from "@/components/nota/rich-text-view";
import { Button, inputClass } from "@/components/ui/form";
import { DECISION_LABELS } from "@/lib/domain/nota/labels";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import type { DecisionInput } from "@/lib/validation/decision";
import { postStep } from "./post-step";

type Value = DecisionInput["points"][number]["decision"];

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
  const [officeId, setOfficeId] = useState(offices[0].officeId);
  const [values, setValues] = useState<Record<string, Value | undefined>>({});
  const [annotations, setAnnotations] = useState<Record<string, string>>({});
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const office = offices.find((o) => o.officeId === officeId) ?? offices[0];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    points.forEach((point, index) => {
      if (!values[point.id]) found[point.id] = `Kies een besluit over besluitpunt ${index + 1}.`;
      else if (values[point.id] === "AKKOORD_MET_OPMERKING" && !annotations[point.id]?.trim()) found[`${point.id}-opmerking`] = "Schrijf de opmerking bij 'akkoord met opmerking'.";
    });
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) {
      setFormError("Het besluit is nog niet vastgelegd: controleer de gemarkeerde besluitpunten.");
      return;
    }
    setBusy(true);
    const outcome = await postStep(notaId, {
      action: "besluiten",
      decision: {
        officeId,
        expectedVersion: version,
        contentHash,
        note: note.trim() || null,
        points: points.map((point) => ({ decisionPointId: point.id, decision: values[point.id]!, annotation: annotations[point.id]?.trim() || null })),
      },
    });
    setBusy(false);
    if (outcome.ok) router.refresh();
    else setFormError(outcome.message);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-kop`} className="space-y-4 border-2 border-rijks bg-white p-4">
      <h3 id={`${id}-kop`} className="text-lg font-bold text-rijks">
        Besluit vastleggen namens {office.code}
      </h3>
      <p className="text-sm">
        U legt het besluit van {office.name} vast over versie {versionNumber} van de nota, zoals hieronder getoond.
        {office.delegated && " U doet dit als vervanger; dat wordt bij het besluit vermeld."}
      </p>
      {offices.length > 1 && (
        <div>
          <label htmlFor={`${id}-namens`} className="mb-1 block font-bold">
            Namens
          </label>
          <select id={`${id}-namens`} value={officeId} onChange={(e) => setOfficeId(e.target.value)} className={`${inputClass} max-w-md`}>
            {offices.map((o) => (
              <option key={o.officeId} value={o.officeId}>
                {o.code} – {o.name}
                {o.delegated ? " (vervanging)" : ""}
              </option>
            ))}
          </select>
        </div>
      )}
      {formError && (
        <p role="alert" className="border-l-4 border-rood bg-red-50 px-3 py-2 font-bold text-rood">
          {formError}
        </p>
      )}
      {points.map((point, index) => {
        const groupError = errors[point.id];
        const annotationError = errors[`${point.id}-opmerking`];
        return (
          <fieldset key={point.id} id={`${id}-${point.id}`} className="border border-grijs-2 p-3" aria-describedby={groupError ? `${id}-${point.id}-fout` : undefined}>
            <legend className="px-1 font-bold">Besluitpunt {index + 1}</legend>
            <div className="mb-2">
              <InlineRichText doc={point.text} />
            </div>
            {groupError && (
              <p id={`${id}-${point.id}-fout`} className="mb-1 font-bold text-rood">
                {groupError}
              </p>
            )}
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              {(Object.keys(DECISION_LABELS) as Value[]).map((value) => (
                <label key={value} className="flex items-center gap-1.5">
                  <input
                    type="radio"
                    name={`${id}-besluit-${point.id}`}
                    value={value}
                    checked={values[point.id] === value}
                    onChange={() => setValues({ ...values, [point.id]: value })}
                  />
                  {DECISION_LABELS[value]}
                  <span className="sr-only"> (besluitpunt {index + 1})</span>
                </label>
              ))}
            </div>
            <label htmlFor={`${id}-opmerking-${point.id}`} className="mt-2 block text-sm font-bold">
              Opmerking bij besluitpunt {index + 1}
              {values[point.id] === "AKKOORD_MET_OPMERKING" ? " (verplicht)" : " (niet verplicht)"}
            </label>
            <textarea
              id={`${id}-opmerking-${point.id}`}
              rows={2}
              maxLength={4000}
              value={annotations[point.id] ?? ""}
              aria-invalid={annotationError ? true : undefined}
              aria-describedby={annotationError ? `${id}-opmerking-${point.id}-fout` : undefined}
              onChange={(e) => setAnnotations({ ...annotations, [point.id]: e.target.value })}
              className={inputClass}
            />
            {annotationError && (
              <p id={`${id}-opmerking-${point.id}-fout`} className="mt-1 font-bold text-rood">
                {annotationError}
              </p>
            )}
          </fieldset>
        );
      })}
      <div>
        <label htmlFor={`${id}-aantekening`} className="mb-1 block font-bold">
          Aantekening van de bewindspersoon (niet verplicht)
        </label>
        <p id={`${id}-aantekening-hint`} className="mb-1 text-sm text-grijs-5">
          Wordt deel van het dossier en wordt met de Kamerstukken openbaar gemaakt.
        </p>
        <textarea id={`${id}-aantekening`} rows={3} maxLength={4000} value={note} aria-describedby={`${id}-aantekening-hint`} onChange={(e) => setNote(e.target.value)} className={inputClass} />
      </div>
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? "Bezig met vastleggen…" : "Besluit vastleggen"}
      </Button>
    </form>
  );
}
