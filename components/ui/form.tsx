// Form building blocks with real labels, hints and errors wired to the control
// (aria-describedby, aria-invalid), in the house style.
import { cloneElement, isValidElement } from "react";

export const inputClass = "w-full border border-grijs-5 bg-white px-2.5 py-1.5 aria-invalid:border-2 aria-invalid:border-rood disabled:bg-grijs-1";

export function describedBy(id: string, hint?: string | null, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-fout`} className="mt-1 font-bold text-rood">
      <span className="sr-only">Fout: </span>
      {error}
    </p>
  );
}

/** Label, optional hint and error around one control; the control gets the ids it needs. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  className = "",
}: {
  id: string;
  label: React.ReactNode;
  hint?: string | null;
  error?: string | null;
  children: React.ReactElement<{ id?: string; "aria-describedby"?: string; "aria-invalid"?: boolean }>;
  className?: string;
}) {
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-describedby": describedBy(id, hint, error), "aria-invalid": error ? true : undefined })
    : children;
  return (
    <div className={className} data-field={id}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-grijs-5">
          {hint}
        </p>
      )}
      {control}
      <FieldError id={id} error={error} />
    </div>
  );
}

type ButtonProps = React.ComponentPropsWithRef<"button"> & { variant?: "primary" | "secondary" | "quiet" | "danger" };

const BUTTON_STYLES = {
  primary: "bg-rijks text-white hover:bg-rijks-dark border border-rijks",
  secondary: "bg-white text-rijks border border-rijks hover:bg-lint",
  quiet: "bg-transparent text-link underline underline-offset-2 hover:text-rijks-dark border border-transparent",
  danger: "bg-white text-rood border border-rood hover:bg-red-50",
} as const;

export function Button({ variant = "secondary", className = "", type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex items-center gap-1 px-3 py-1.5 font-bold disabled:cursor-not-allowed disabled:opacity-60 ${BUTTON_STYLES[variant]} ${className}`}
      {...props}
    />
  );
}
