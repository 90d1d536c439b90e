"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/form";
import { PersonnelCountSchema } from "@/lib/domain/nota/content-schema";

/**
 * A personnel count with its "circa" mark. Only a whole number of 0 or more (or nothing)
 * reaches the draft; other input stays at the field with a Dutch error and is not saved.
 */
export function PersonnelInput({
  id,
  label,
  count,
  circa,
  onChange,
  issue,
}: {
  id: string;
  label: string;
  count: number | null;
  circa: boolean;
  onChange: (count: number | null, circa: boolean) => void;
  issue?: string;
}) {
  const [raw, setRaw] = useState(count === null ? "" : String(count));
  const [lastCount, setLastCount] = useState(count);
  const [error, setError] = useState<string | null>(null);
  if (count !== lastCount) {
    setLastCount(count);
    setRaw(count === null ? "" : String(count));
    setError(null);
  }
  const shown = error ?? issue;
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-bold">{label}</legend>
      <div className="flex items-center gap-3">
        <label htmlFor={id} className="sr-only">
          {label}: aantal personen
        </label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={raw}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-fout` : undefined}
          onChange={(event) => {
            const next = event.target.value.trim();
            setRaw(event.target.value);
            if (next === "") {
              setError(null);
              setLastCount(null);
              return onChange(null, false);
            }
            // The same rule the server applies (lib/nota/content-schema.ts).
            const parsed = PersonnelCountSchema.safeParse(/^-?\d+([.,]\d+)?$/.test(next) ? Number(next.replace(",", ".")) : Number.NaN);
            if (!parsed.success || parsed.data === null) return setError(parsed.error?.issues[0]?.message ?? "Vul een heel getal in.");
            const value = parsed.data;
            setError(null);
            setLastCount(value);
            onChange(value, circa);
          }}
          className={`${inputClass} w-24!`}
        />
        <label className="flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={circa} disabled={count === null} onChange={(event) => onChange(count, event.target.checked)} />
          circa<span className="sr-only"> ({label})</span>
        </label>
      </div>
      {shown && (
        <p id={`${id}-fout`} className="mt-1 text-sm font-bold text-rood">
          {shown}
        </p>
      )}
    </fieldset>
  );
}
