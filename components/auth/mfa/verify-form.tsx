"use client";

// The second step after the password: the app's code, or a recovery code for a person without
// their phone. Both post to /api/mfa/verificatie; an error appears at its field.
import { useState } from "react";
import { Button, describedBy, FieldError, inputClass } from "@/components/ui/form";
import { ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { AppCodeSchema, RecoveryCodeSchema } from "@/lib/validation/mfa";
import { CodeInput } from "./code-input";
import { goTo, leaveFor, postMfa } from "./post-mfa";

const ENDPOINT = "/api/mfa/verificatie";

export function MfaVerifyForm({ callbackPath }: { callbackPath: string }) {
  return (
    <div className="space-y-6">
      <AppCodeForm callbackPath={callbackPath} />
      <details className="border-t border-grijs-2 pt-4">
        <summary className="cursor-pointer font-bold text-link underline underline-offset-2">Geen toegang tot uw app? Gebruik een herstelcode</summary>
        <RecoveryCodeForm callbackPath={callbackPath} />
      </details>
    </div>
  );
}

function AppCodeForm({ callbackPath }: { callbackPath: string }) {
  const { form, summaryRef, focusSummary } = useSchemaForm(AppCodeSchema, { code: "" });
  const { register, handleSubmit, formState, setError } = form;
  const [formError, setFormError] = useState<string | null>(null);

  const submit = handleSubmit(async ({ code }) => {
    setFormError(null);
    const answer = await postMfa(ENDPOINT, { method: "app", code }, "code");
    // A full navigation, so that the server renders the next page with the verified session.
    if (answer.ok) return goTo(callbackPath);
    if (leaveFor(answer.status, "/mfa/instellen", callbackPath)) return;
    if (answer.fieldMessage) setError("code", { type: "server", message: answer.fieldMessage });
    else setFormError(answer.message);
    focusSummary();
  }, focusSummary);

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <ErrorSummary
        title="De code is niet geaccepteerd:"
        errors={formState.errors}
        formError={formError}
        summaryRef={summaryRef}
        idFor={() => "verificatiecode"}
      />
      <CodeInput
        id="verificatiecode"
        label="Verificatiecode"
        hint="De 6 cijfers die uw authenticator-app nu toont bij Notaroute."
        error={formState.errors.code?.message}
        registration={register("code")}
      />
      <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig met controleren…" : "Verifiëren"}
      </Button>
    </form>
  );
}

function RecoveryCodeForm({ callbackPath }: { callbackPath: string }) {
  const { form, summaryRef, focusSummary } = useSchemaForm(RecoveryCodeSchema, { recoveryCode: "" });
  const { register, handleSubmit, formState, setError } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const error = formState.errors.recoveryCode?.message;
  const hint = "Een van de tien codes die u kreeg bij het instellen, zoals ABCDE-FGHJK. Elke code werkt één keer.";

  const submit = handleSubmit(async ({ recoveryCode }) => {
    setFormError(null);
    const answer = await postMfa(ENDPOINT, { method: "herstelcode", recoveryCode }, "recoveryCode");
    // A full navigation, so that the server renders the next page with the verified session.
    if (answer.ok) return goTo(callbackPath);
    if (leaveFor(answer.status, "/mfa/instellen", callbackPath)) return;
    if (answer.fieldMessage) setError("recoveryCode", { type: "server", message: answer.fieldMessage });
    else setFormError(answer.message);
    focusSummary();
  }, focusSummary);

  return (
    <form noValidate onSubmit={submit} className="mt-4 space-y-4">
      <ErrorSummary
        title="De herstelcode is niet geaccepteerd:"
        errors={formState.errors}
        formError={formError}
        summaryRef={summaryRef}
        idFor={() => "herstelcode"}
      />
      <div>
        <label htmlFor="herstelcode" className="mb-1 block font-bold">
          Herstelcode
        </label>
        <p id="herstelcode-hint" className="mb-1 text-sm text-grijs-5">
          {hint}
        </p>
        <input
          id="herstelcode"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          {...register("recoveryCode")}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("herstelcode", hint, error)}
          className={`${inputClass} max-w-[16rem] font-mono text-lg uppercase tracking-wider`}
        />
        <FieldError id="herstelcode" error={error} />
      </div>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig met controleren…" : "Herstelcode gebruiken"}
      </Button>
    </form>
  );
}
