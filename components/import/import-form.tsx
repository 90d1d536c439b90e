"use client";

// Importing an existing nota: choose a Word document or paste its text, read it, see what was
// found and the import report, then save it as a new concept of one of your units.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Button, Field, inputClass } from "@/components/ui/form";
import type { ImportReport } from "@/lib/domain/import/parse-nota";
import type { NotaContent } from "@/lib/domain/nota/content-schema";

interface Preview {
  sourceName: string;
  content: Omit<NotaContent, "ownerOfficeId">;
  report: ImportReport;
}

type FieldErrors = Record<string, string>;

async function problem(response: Response): Promise<{ message: string; fields: FieldErrors }> {
  const body = (await response.json().catch(() => null)) as { error?: string; issues?: Array<{ path: string; message: string }> } | null;
  const fields: FieldErrors = {};
  for (const issue of body?.issues ?? []) fields[issue.path] ??= issue.message;
  return { message: body?.error ?? "Inlezen is niet gelukt. Probeer het opnieuw.", fields };
}

function Summary({ preview }: { preview: Preview }) {
  const { content } = preview;
  const bijdragen = content.annex?.categories.reduce((sum, c) => sum + c.kaders.reduce((s, k) => s + k.bijdragen.length, 0), 0) ?? 0;
  const partyCount = Object.values(content.parties).reduce((sum, entries) => sum + entries.length, 0);
  return (
    <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-1">
      <dt className="font-bold">Titel</dt>
      <dd>{content.title || "—"}</dd>
      <dt className="font-bold">Kop</dt>
      <dd>{partyCount === 1 ? "1 naam" : `${partyCount} namen`} bij Aan, Van, Via, Kopie aan en Afgestemd met</dd>
      <dt className="font-bold">Aanleiding</dt>
      <dd>{content.aanleiding.content.length === 0 ? "niet gevonden" : `${content.aanleiding.content.length} blok(ken)`}</dd>
      <dt className="font-bold">Geadviseerd besluit</dt>
      <dd>
        {content.decisionPoints.length} beslispunt(en), {content.remarks.length} Nb.-opmerking(en)
      </dd>
      <dt className="font-bold">Kern</dt>
      <dd>{content.kern.map((k) => k.title || "(zonder kop)").join("; ") || "niet gevonden"}</dd>
      <dt className="font-bold">Tijdlijn</dt>
      <dd>{content.timeline.length} datum(s)</dd>
      <dt className="font-bold">Bijlage</dt>
      <dd>
        {content.annex
          ? `${content.annex.title}: ${content.annex.categories.length} categorie(ën), ${content.annex.categories.reduce((s, c) => s + c.kaders.length, 0)} regio's, ${bijdragen} bijdragen`
          : "geen"}
      </dd>
    </dl>
  );
}

function ReportList({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-4">
      <h3 id={id} className="font-bold">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="text-grijs-5">{empty}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {items.map((item, index) => (
            <li key={index} className="whitespace-pre-line">
              {item}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ImportForm({ offices }: { offices: Array<{ id: string; code: string; name: string }> }) {
  const router = useRouter();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [owner, setOwner] = useState(offices[0]?.id ?? "");
  const reportHeading = useRef<HTMLHeadingElement>(null);
  // A new report takes the focus, so that a screen reader user hears what was read.
  useEffect(() => {
    if (preview) reportHeading.current?.focus();
  }, [preview]);

  async function read(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const response = await fetch("/api/import/voorbeeld", { method: "POST", body: new FormData(event.currentTarget) });
      if (!response.ok) {
        const { message, fields } = await problem(response);
        setErrors(fields);
        setFormError(Object.keys(fields).length ? null : message);
        setPreview(null);
        return;
      }
      setPreview((await response.json()) as Preview);
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!preview) return;
    setBusy(true);
    setFormError(null);
    try {
      const response = await fetch("/api/import", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          ownerOfficeId: owner,
          sourceName: preview.sourceName,
          content: preview.content,
          report: {
            sourceReference: preview.report.sourceReference,
            unplaced: preview.report.unplaced.length,
            inconsistencies: preview.report.inconsistencies.length,
          },
        }),
      });
      if (!response.ok) {
        const { message, fields } = await problem(response);
        setErrors(fields);
        setFormError(message);
        return;
      }
      const { reference } = (await response.json()) as { reference: string };
      router.push(`/notas/${encodeURIComponent(reference)}/bewerken`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form onSubmit={read} aria-label="Nota inlezen" className="max-w-3xl space-y-4 border border-grijs-2 bg-grijs-1 p-4" aria-busy={busy}>
        <Field id="bestand" label="Word-document (.docx)" hint="Een nota in de opmaak van de beslisnota." error={errors.bestand}>
          <input name="bestand" type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className={inputClass} />
        </Field>
        <Field id="tekst" label="Of plak de tekst van de nota" hint="Bijvoorbeeld de gepubliceerde tekst; opsommingen met - of •." error={errors.tekst}>
          <textarea name="tekst" rows={8} className={inputClass} />
        </Field>
        {formError && (
          <p role="alert" className="border-l-4 border-rood bg-red-50 p-3 font-bold">
            {formError}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={busy}>
          Inlezen
        </Button>
      </form>

      {preview && (
        <section aria-labelledby="importverslag" className="mt-8 max-w-3xl border border-grijs-2 bg-white p-5">
          <h2 id="importverslag" ref={reportHeading} tabIndex={-1} className="text-xl font-bold text-rijks">
            Importverslag: {preview.sourceName}
          </h2>
          {preview.report.sourceReference && (
            <p className="text-grijs-5">Oorspronkelijke referentie: {preview.report.sourceReference}. De nieuwe nota krijgt een eigen referentie.</p>
          )}
          <h3 className="mt-4 font-bold">Gevonden</h3>
          <Summary preview={preview} />
          <ReportList title="Niet geplaatst" items={preview.report.unplaced} empty="Alle tekst heeft een plaats gekregen." />
          <ReportList title="Tegenstrijdigheden" items={preview.report.inconsistencies} empty="Geen tegenstrijdigheden gevonden." />
          <ReportList title="Controleer" items={preview.report.notes} empty="Niets bijzonders." />
          <div className="mt-6 flex flex-wrap items-end gap-4">
            <Field id="ownerOfficeId" label="Onderdeel" error={errors.ownerOfficeId}>
              <select value={owner} onChange={(event) => setOwner(event.target.value)} className={inputClass}>
                {offices.map((office) => (
                  <option key={office.id} value={office.id}>
                    {office.code} – {office.name}
                  </option>
                ))}
              </select>
            </Field>
            <Button variant="primary" onClick={save} disabled={busy || !owner}>
              Als concept opslaan
            </Button>
          </div>
          {errors.inhoud && <p className="mt-2 font-bold text-rood">{errors.inhoud}</p>}
        </section>
      )}
    </>
  );
}
