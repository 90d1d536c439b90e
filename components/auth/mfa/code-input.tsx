"use client";

// The six-digit code field: a real label, the hint and the error wired to it, the phone's number
// pad, and the browser's one-time-code autofill.
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, inputClass } from "@/components/ui/form";

export function CodeInput({
  id,
  label,
  hint,
  error,
  registration,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-grijs-5">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} max-w-[12rem] font-mono text-lg tracking-widest`}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
