"use client";

import { useState } from "react";
import { Button, inputClass } from "@/components/ui/form";

/** "Versie vastleggen": saves pending text first, then names the current state as a version. */
export function RecordVersionForm({ notaId, prepare }: { notaId: string; prepare: () => Promise<number> }) {
  const [label, setLabel] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const expectedVersion = await prepare();
      const response = await fetch(`/api/notas/${notaId}/versies`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ expectedVersion, label }),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) setMessage({ text: body.error ?? "De versie kon niet worden vastgelegd.", error: true });
      else {
        setMessage({ text: `Versie ${body.number} is vastgelegd.`, error: false });
        setLabel("");
      }
    } catch {
      setMessage({ text: "Geen verbinding met de server; probeer het opnieuw.", error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor="versie-naam" className="block text-sm font-bold">
        Naam van de versie (niet verplicht)
      </label>
      <input id="versie-naam" type="text" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} className={inputClass} placeholder="Bijvoorbeeld: na afstemming met Defensie" />
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? "Bezig…" : "Versie vastleggen"}
      </Button>
      <p role="status" className={`text-sm font-bold ${message?.error ? "text-rood" : "text-groen"}`}>
        {message?.text}
      </p>
    </form>
  );
}
