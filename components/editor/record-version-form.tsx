"use client";

import { useState } from "react";
import { Button, inputClass } from "@/components/ui/form";
import { useSchemaForm } from "@/components/ui/schema-form";
import { VersionLabelFormSchema } from "@/lib/validation/nota-edit";
import type { StaleDetails } from "./draft-saver";

/** "Versie vastleggen": saves pending text first, then names the current state as a version. */
export function RecordVersionForm({ notaId, prepare, onStale }: { notaId: string; prepare: () => Promise<number>; onStale: (details: StaleDetails) => void }) {
  const { form } = useSchemaForm(VersionLabelFormSchema, { label: "" });
  const { register, handleSubmit, formState, reset } = form;
  const labelError = formState.errors.label?.message;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const busy = formState.isSubmitting;

  const submit = handleSubmit(async ({ label }) => {
    setMessage(null);
    try {
      const expectedVersion = await prepare();
      const response = await fetch(`/api/notas/${notaId}/versies`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ expectedVersion, label }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 409) {
        onStale(body.details);
        setMessage({ text: "De nota was intussen gewijzigd; de nieuwste versie is geladen. Leg de versie opnieuw vast.", error: true });
      } else if (!response.ok) setMessage({ text: body.error ?? "De versie kon niet worden vastgelegd.", error: true });
      else {
        setMessage({ text: `Versie ${body.number} is vastgelegd.`, error: false });
        reset();
      }
    } catch (failure) {
      setMessage({ text: failure instanceof TypeError ? "Geen verbinding met de server; probeer het opnieuw." : (failure as Error).message, error: true });
    }
  });

  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor="versie-naam" className="block text-sm font-bold">
        Naam van de versie (niet verplicht)
      </label>
      <p id="versie-naam-hint" className="text-sm text-grijs-5">
        Bijvoorbeeld: na afstemming met Defensie.
      </p>
      <input
        id="versie-naam"
        type="text"
        maxLength={200}
        {...register("label")}
        aria-invalid={labelError ? true : undefined}
        aria-describedby={labelError ? "versie-naam-hint versie-naam-fout" : "versie-naam-hint"}
        className={inputClass}
      />
      {labelError && (
        <p id="versie-naam-fout" className="text-sm font-bold text-rood">
          {labelError}
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? "Bezig…" : "Versie vastleggen"}
      </Button>
      <p role="status" className={`text-sm font-bold ${message?.error ? "text-rood" : "text-groen"}`}>
        {message?.text}
      </p>
    </form>
  );
}
