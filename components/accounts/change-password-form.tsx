"use client";

import { changePasswordAction } from "@/app/(app)/wachtwoord/actions";
import { Button, Field, inputClass } from "@/components/ui/form";
import { ErrorSummary, useServerActionForm } from "@/components/ui/schema-form";
import { ChangePasswordSchema } from "@/lib/validation/accounts";
import { NewPasswordFields } from "./password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const { form, summaryRef, submit, formError, done } = useServerActionForm(
    ChangePasswordSchema,
    { currentPassword: "", password: "", confirmation: "" },
    changePasswordAction,
  );
  const { register, formState } = form;

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
