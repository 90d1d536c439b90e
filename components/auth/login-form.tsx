"use client";

import { useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { LOGIN_ERROR_MESSAGES } from "@/lib/auth/login-policy";

type FieldErrors = { email?: string; password?: string };

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = "Vul uw e-mailadres in.";
  else if (!EMAIL_PATTERN.test(email.trim())) errors.email = "Vul een geldig e-mailadres in, bijvoorbeeld naam@minbuza.nl.";
  if (!password) errors.password = "Vul uw wachtwoord in.";
  return errors;
}

function messageFor(code: string | null): string | null {
  if (!code) return null;
  if (code in LOGIN_ERROR_MESSAGES) return LOGIN_ERROR_MESSAGES[code as keyof typeof LOGIN_ERROR_MESSAGES];
  if (code === "SessionRequired") return null;
  return "Inloggen is niet gelukt. Probeer het opnieuw.";
}

export function LoginForm({ callbackPath, initialErrorCode }: { callbackPath: string; initialErrorCode: string | null }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(messageFor(initialErrorCode));
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    const errors = validate(email, password);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
      if (!result || result.error) {
        setFormError(messageFor(result?.error ?? "invalid"));
        requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      // A full navigation, so that the server renders the first page with the new session.
      window.location.assign(callbackPath);
    } catch {
      setFormError("De verbinding met de server is mislukt. Controleer uw netwerk en probeer het opnieuw.");
    } finally {
      setBusy(false);
    }
  }

  const summaryItems = [
    fieldErrors.email && { field: "email", text: fieldErrors.email },
    fieldErrors.password && { field: "password", text: fieldErrors.password },
  ].filter(Boolean) as Array<{ field: string; text: string }>;

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive" className="outline-none">
        {formError && (
          <p role="alert" className="border-l-4 border-rood bg-red-50 px-3 py-2 font-bold text-rood">
            {formError}
          </p>
        )}
        {summaryItems.length > 0 && (
          <div role="alert" className="border-l-4 border-rood bg-red-50 px-3 py-2">
            <p className="font-bold text-rood">Controleer het formulier:</p>
            <ul className="list-disc pl-5">
              {summaryItems.map((item) => (
                <li key={item.field}>
                  <a href={`#${item.field}`}>{item.text}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <Field id="email" label="E-mailadres" error={fieldErrors.email}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? "email-fout" : undefined}
          className="w-full border border-grijs-5 px-3 py-2 aria-invalid:border-2 aria-invalid:border-rood"
        />
      </Field>
      <Field id="password" label="Wachtwoord" error={fieldErrors.password}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? "password-fout" : undefined}
          className="w-full border border-grijs-5 px-3 py-2 aria-invalid:border-2 aria-invalid:border-rood"
        />
      </Field>
      <button
        type="submit"
        disabled={busy}
        className="bg-rijks px-5 py-2 font-bold text-white hover:bg-rijks-dark disabled:opacity-70"
      >
        {busy ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {error && (
        <p id={`${id}-fout`} className="mb-1 font-bold text-rood">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
