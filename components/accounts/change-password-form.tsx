"use client";

import { useState } from "react";
import { changePasswordAction } from "@/app/(app)/wachtwoord/actions";
import { Button, Field, inputClass } from "@/components/ui/form";
import { applyFormState, ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { ChangePasswordSchema } from "@/lib/validation/accounts";
import { NewPasswordFields } from "./password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const { form, summaryRef, focusSummary } = useSchemaForm(ChangePasswordSchema, { currentPassword: "", password: "", confirmation: "" });
  const { register, handleSubmit, formState, reset } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      setDone(null);
      const state = await changePasswordAction(values);
      if (state.done) {
        reset();
        setDone(state.done);
        return;
      }
      setFormError(applyFormState(form, state));
      focusSummary();
    },
    () => focusSummary(),
  );

  return (
    <form noValidate onSubmit={submit} className="max-w-xl space-y-5" aria-label="Wachtwoord wijzigen">
      <ErrorSummary title="Uw wachtwoord is nog niet gewijzigd:" errors={formState.errors} formError={formError} summaryRef={summaryRef} />
      {done && (
        <p role="status" className="border-l-4 border-groen bg-green-50 px-3 py-2 font-bold text-groen">
          {done}
        </p>
      )}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="currentPassword" label="Huidig wachtwoord" error={formState.errors.currentPassword?.message}>
        <input type="password" autoComplete="current-password" {...register("currentPassword")} className={inputClass} />
      </Field>
      <NewPasswordFields register={register} errors={formState.errors} />
      <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig…" : "Wachtwoord wijzigen"}
      </Button>
    </form>
  );
}
