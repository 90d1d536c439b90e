"use client";

import { useState } from "react";
import { isIsoDate } from "@/lib/domain/dates";
import { Field, inputClass } from "@/components/ui/form";

/**
 * A calendar date field. Only a valid date reaches the draft; anything else stays at the
 * field with its error (and is not saved), so a half-typed date never overwrites a good one.
 */
export function DateInput({
  id,
  label,
  value,
  onChange,
  required = false,
  hint,
  issue,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  required?: boolean;
  hint?: string;
  issue?: string;
}) {
  const [raw, setRaw] = useState(value ?? "");
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);
  // A new value from outside (a merge, another version taken over) replaces what is shown.
  if (value !== lastValue) {
    setLastValue(value);
    setRaw(value ?? "");
    setError(null);
  }
  return (
    <Field id={id} label={label} hint={hint} error={error ?? issue}>
      <input
        type="date"
        value={raw}
        onChange={(event) => {
          const next = event.target.value;
          setRaw(next);
          if (next === "") {
            if (required) return setError(`Vul de ${label.toLowerCase()} in.`);
            setError(null);
            setLastValue(null);
            return onChange(null);
          }
          if (!isIsoDate(next)) return setError("Dit is geen geldige datum.");
          setError(null);
          setLastValue(next);
          onChange(next);
        }}
        className={inputClass}
      />
    </Field>
  );
}
