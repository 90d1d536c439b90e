"use client";

// Terugsturen and intrekken: a step that needs a reason, which becomes part of the record.
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button, describedBy, inputClass } from "@/components/ui/form";
import { useSchemaForm } from "@/components/ui/schema-form";
import { ReasonFormSchema, type RouteStepRequest } from "@/lib/validation/route-step";
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
  const [refreshing, startRefresh] = useTransition();
  const { form } = useSchemaForm(ReasonFormSchema, { reason: "", officeId: offices[0]?.officeId ?? null });
  const { register, handleSubmit, formState, setError } = form;
  const error = formState.errors.reason?.message ?? formState.errors.root?.message ?? null;

  // Focus goes back to the button that opened the form, never to the page's start.
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => toggle.current?.focus());
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) =>
    handleSubmit(async (values) => {
      const common = { expectedStatus, expectedVersion, expectedRound, expectedParaafIndex, reason: values.reason };
      const body: RouteStepRequest = action === "terugsturen" ? { action, ...common, officeId: values.officeId } : { action, ...common };
      const outcome = await postStep(notaId, body);
      if (outcome.ok) {
        close();
        startRefresh(() => router.refresh());
      } else {
        const message = outcome.issues.find((i) => i.path === "reason")?.message;
        if (message) setError("reason", { type: "server", message });
        else setError("root", { type: "server", message: outcome.message });
      }
    })(event);
  const busy = formState.isSubmitting;

  return (
    <div className="w-full max-w-xl">
      <Button
        ref={toggle}
        variant={action === "intrekken" ? "danger" : "secondary"}
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        aria-controls={`${id}-formulier`}
      >
        {label}…
      </Button>
      {open && (
        <form id={`${id}-formulier`} noValidate onSubmit={submit} className="mt-2 space-y-2 border border-grijs-2 bg-white p-3">
          {offices.length > 1 && (
            <div>
              <label htmlFor={`${id}-office`} className="mb-1 block font-bold">
                Namens
              </label>
              <select id={`${id}-office`} {...register("officeId")} className={inputClass}>
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
            maxLength={2000}
            {...register("reason")}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(`${id}-reden`, hint, error)}
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
