"use client";

// Terugsturen and intrekken: a step that needs a reason, which becomes part of the record.
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button, describedBy, inputClass } from "@/components/ui/form";
import type { RouteStepRequest } from "@/lib/validation/route-step";
import { postStep } from "./post-step";

interface Props {
  notaId: string;
  action: "terugsturen" | "intrekken";
  expectedStatus: Extract<RouteStepRequest, { action: "intrekken" }>["expectedStatus"];
  expectedVersion: number;
  expectedRound: number;
  expectedParaafIndex: number | null;
  label: string;
  hint: string;
  /** For a deciding office: which of the user's offices sends it back. */
  offices?: Array<{ officeId: string; code: string }>;
}

export function ReasonForm({ notaId, action, expectedStatus, expectedVersion, expectedRound, expectedParaafIndex, label, hint, offices = [] }: Props) {
  const router = useRouter();
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [officeId, setOfficeId] = useState(offices[0]?.officeId ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  // Focus goes back to the button that opened the form, never to the page's start.
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => toggle.current?.focus());
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError("Geef een reden op.");
    setBusy(true);
    const body = { action, expectedStatus, expectedVersion, expectedRound, expectedParaafIndex, reason, ...(action === "terugsturen" ? { officeId } : {}) };
    const outcome = await postStep(notaId, body as RouteStepRequest);
    setBusy(false);
    if (outcome.ok) {
      close();
      startRefresh(() => router.refresh());
    } else setError(outcome.issues.find((i) => i.path === "reason")?.message ?? outcome.message);
  }

  return (
    <div className="w-full max-w-xl">
      <Button ref={toggle} variant={action === "intrekken" ? "danger" : "secondary"} onClick={() => setOpen(!open)} aria-expanded={open} aria-controls={`${id}-formulier`}>
        {label}…
      </Button>
      {open && (
        <form id={`${id}-formulier`} noValidate onSubmit={submit} className="mt-2 space-y-2 border border-grijs-2 bg-white p-3">
          {offices.length > 1 && (
            <div>
              <label htmlFor={`${id}-office`} className="mb-1 block font-bold">
                Namens
              </label>
              <select id={`${id}-office`} value={officeId ?? ""} onChange={(e) => setOfficeId(e.target.value)} className={inputClass}>
                {offices.map((o) => (
                  <option key={o.officeId} value={o.officeId}>
                    {o.code}
                  </option>
                ))}
              </select>
            </div>
          )}
          <label htmlFor={`${id}-reden`} className="block font-bold">
            Reden ({label.toLowerCase()})
          </label>
          <p id={`${id}-reden-hint`} className="text-sm text-grijs-5">
            {hint}
          </p>
          <textarea
            id={`${id}-reden`}
            rows={3}
            value={reason}
            maxLength={2000}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(`${id}-reden`, hint, error)}
            onChange={(e) => setReason(e.target.value)}
            className={inputClass}
            autoFocus
          />
          {error && (
            <p id={`${id}-reden-fout`} role="alert" className="font-bold text-rood">
              {error}
            </p>
          )}
          <div className="flex gap-2">
            <Button type="submit" variant={action === "intrekken" ? "danger" : "primary"} disabled={busy || refreshing}>
              {busy || refreshing ? "Bezig…" : label}
            </Button>
            <Button variant="quiet" onClick={close}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
