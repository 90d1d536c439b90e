"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { goTo, secondStepPath } from "@/components/auth/mfa/post-mfa";
import { ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { LOGIN_ERROR_MESSAGES } from "@/lib/auth/login-policy";
import { CredentialsSchema } from "@/lib/validation/credentials";

function messageFor(code: string | null): string | null {
  if (!code) return null;
  if (code in LOGIN_ERROR_MESSAGES) return LOGIN_ERROR_MESSAGES[code as keyof typeof LOGIN_ERROR_MESSAGES];
  if (code === "SessionRequired") return null;
  return "Inloggen is niet gelukt. Probeer het opnieuw.";
}

export function LoginForm({ callbackPath, initialErrorCode }: { callbackPath: string; initialErrorCode: string | null }) {
  const { form, summaryRef, focusSummary } = useSchemaForm(CredentialsSchema, { email: "", password: "" });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const [formError, setFormError] = useState<string | null>(messageFor(initialErrorCode));

  const submit = handleSubmit(
    async ({ email, password }) => {
      setFormError(null);
      try {
        const result = await signIn("credentials", { email, password, redirect: false });
        if (!result || result.error) {
          setFormError(messageFor(result?.error ?? "invalid"));
          focusSummary();
          return;
        }
        // A full navigation, so that the server renders the first page with the new session. The
        // second step (/mfa) comes first; it sends on at once whoever it asks nothing of.
        goTo(secondStepPath(callbackPath));
      } catch {
        setFormError("De verbinding met de server is mislukt. Controleer uw netwerk en probeer het opnieuw.");
        focusSummary();
      }
    },
    () => {
      setFormError(null);
      focusSummary();
    },
  );

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {formError ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="border-l-4 border-rood bg-red-50 px-3 py-2 font-bold text-rood outline-none">
          {formError}
        </div>
      ) : (
        <ErrorSummary title="Controleer het formulier:" errors={errors} summaryRef={summaryRef} />
      )}

      <Field id="email" label="E-mailadres" error={errors.email?.message}>
        <input
          id="email"
          type="email"
          autoComplete="username"
          {...register("email")}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-fout" : undefined}
          className="w-full border border-grijs-5 px-3 py-2 aria-invalid:border-2 aria-invalid:border-rood"
        />
      </Field>
      <Field id="password" label="Wachtwoord" error={errors.password?.message}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          {...register("password")}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-fout" : undefined}
          className="w-full border border-grijs-5 px-3 py-2 aria-invalid:border-2 aria-invalid:border-rood"
        />
      </Field>
      <button type="submit" disabled={formState.isSubmitting} className="bg-rijks px-5 py-2 font-bold text-white hover:bg-rijks-dark disabled:opacity-70">
        {formState.isSubmitting ? "Bezig met inloggen…" : "Inloggen"}
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
