"use client";

import Link from "next/link";
import { useState } from "react";
import { setPasswordAction } from "@/app/(auth)/wachtwoord-instellen/[token]/actions";
import { Button } from "@/components/ui/form";
import { applyFormState, ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { NewPasswordSchema } from "@/lib/validation/accounts";
import { NewPasswordFields } from "./password-fields";

/** The invitation or reset page's form; the token travels with the action, not as a field. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const { form, summaryRef, focusSummary } = useSchemaForm(NewPasswordSchema, { password: "", confirmation: "" });
  const { register, handleSubmit, formState } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      const state = await setPasswordAction(token, values);
      if (state.done) {
        setDone(true);
        return;
      }
      setFormError(applyFormState(form, state));
      focusSummary();
    },
    () => focusSummary(),
  );

  if (done) {
    return (
      <div role="status" className="space-y-3">
        <p className="border-l-4 border-groen bg-green-50 px-3 py-2 font-bold text-groen">Uw wachtwoord is ingesteld.</p>
        <p>
          <Link href="/login">Naar inloggen</Link>
        </p>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-label="Wachtwoord instellen">
      <ErrorSummary title="Het wachtwoord is nog niet ingesteld:" errors={formState.errors} formError={formError} summaryRef={summaryRef} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields register={register} errors={formState.errors} />
      <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig…" : "Wachtwoord instellen"}
      </Button>
    </form>
  );
}
