"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/form";
import type { RouteStepRequest } from "@/lib/validation/route-step";
import { postStep } from "./post-step";

/** One click route steps (aanbieden, paraferen): disabled while sending, so a double click sends once. */
export function StepButton({ notaId, body, label, confirm }: { notaId: string; body: RouteStepRequest; label: string; confirm?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="primary"
        // Stays disabled until the refreshed page is there: a second click cannot reach the next step.
        disabled={busy || refreshing}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setBusy(true);
          setError(null);
          const outcome = await postStep(notaId, body);
          if (outcome.ok) startRefresh(() => router.refresh());
          else setError(outcome.message);
          setBusy(false);
        }}
      >
        {busy || refreshing ? "Bezig…" : label}
      </Button>
      {error && (
        <p role="alert" className="mt-2 font-bold text-rood">
          {error}
        </p>
      )}
    </div>
  );
}
