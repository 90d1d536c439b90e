"use client";

// The new password, typed twice, with the rules beside it: shared by the invitation page and the
// change-password page.
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/form";
import { PASSWORD_HINT, PASSWORD_MAX_LENGTH } from "@/lib/domain/accounts/password-rules";

interface NewPasswordValues {
  password: string;
  confirmation: string;
}

export function NewPasswordFields<T extends NewPasswordValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<NewPasswordValues> }) {
  const reg = register as unknown as UseFormRegister<NewPasswordValues>;
  return (
    <>
      <Field id="password" label="Nieuw wachtwoord" hint={PASSWORD_HINT} error={errors.password?.message}>
        {/* Four times the limit, so that the server, not the browser, says it is too long. */}
        <input type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH * 4} {...reg("password")} className={inputClass} />
      </Field>
      <Field id="confirmation" label="Nieuw wachtwoord nogmaals" error={errors.confirmation?.message}>
        <input type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH * 4} {...reg("confirmation")} className={inputClass} />
      </Field>
    </>
  );
}
