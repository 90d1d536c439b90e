"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/form";
import type { DraftState } from "./draft-saver";

const time = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/** "Opgeslagen", "Bezig met opslaan…", "Niet opgeslagen — opnieuw proberen". */
export function SaveStatus({ state, onRetry }: { state: DraftState; onRetry: () => void }) {
  // Screen readers hear failures and recoveries, not every routine save.
  const [announcement, setAnnouncement] = useState("");
  const [previousPhase, setPreviousPhase] = useState(state.phase);
  if (state.phase !== previousPhase) {
    setPreviousPhase(state.phase);
    if (state.phase === "failed") setAnnouncement("Niet opgeslagen.");
    else if (state.phase === "conflict") setAnnouncement("Niet opgeslagen: de nota is intussen door iemand anders gewijzigd.");
    else if (state.phase === "saved" && previousPhase === "failed") setAnnouncement("Alle wijzigingen zijn nu opgeslagen.");
  }
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(""), 5000);
    return () => clearTimeout(timer);
  }, [announcement]);

  return (
    <div data-testid="opslagstatus">
      {state.phase === "saved" && (
        <p className="font-bold text-groen">
          <span aria-hidden="true">✓ </span>Opgeslagen{state.lastSavedAt ? ` om ${time.format(new Date(state.lastSavedAt))}` : ""}
        </p>
      )}
      {state.phase === "pending" && <p className="font-bold text-grijs-5">Niet opgeslagen wijzigingen…</p>}
      {state.phase === "saving" && <p className="font-bold text-rijks">Bezig met opslaan…</p>}
      {state.phase === "failed" && (
        <div className="border-l-4 border-rood bg-red-50 p-2">
          <p className="font-bold text-rood">Niet opgeslagen — opnieuw proberen</p>
          {state.error && <p className="text-sm">{state.error}</p>}
          <Button className="mt-1" onClick={onRetry}>
            Opnieuw proberen
          </Button>
        </div>
      )}
      {state.phase === "conflict" && <p className="font-bold text-rood">Niet opgeslagen: intussen door iemand anders gewijzigd.</p>}
      {state.phase === "readonly" && <p className="font-bold text-rood">{state.error ?? "Deze nota kan niet meer worden bewerkt."}</p>}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
