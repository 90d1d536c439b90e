"use client";

// Confirming the enrolment with the app's first code; then the ten recovery codes, shown this
// once. The heading of what follows takes the focus, so a screen reader hears the codes.
import { useState } from "react";
import { Button } from "@/components/ui/form";
import { ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { AppCodeSchema } from "@/lib/validation/mfa";
import { CodeInput } from "./code-input";
import { leaveFor, postMfa } from "./post-mfa";

export function MfaEnrolForm({ callbackPath }: { callbackPath: string }) {
  const { form, summaryRef, focusSummary } = useSchemaForm(AppCodeSchema, { code: "" });
  const { register, handleSubmit, formState, setError } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  const submit = handleSubmit(async ({ code }) => {
    setFormError(null);
    const answer = await postMfa<{ recoveryCodes: string[] }>("/api/mfa/instellen", { code }, "code");
    if (answer.ok) {
      setRecoveryCodes(answer.body.recoveryCodes);
      return;
    }
    if (leaveFor(answer.status, "/mfa", callbackPath)) return;
    if (answer.fieldMessage) setError("code", { type: "server", message: answer.fieldMessage });
    else setFormError(answer.message);
    focusSummary();
  }, focusSummary);

  if (recoveryCodes) {
    return (
      <section aria-labelledby="herstelcodes-titel" className="space-y-4">
        <h2 id="herstelcodes-titel" ref={(heading) => heading?.focus()} tabIndex={-1} className="text-xl font-bold text-rijks outline-none">
          Tweestapsverificatie is ingesteld. Bewaar uw herstelcodes
        </h2>
        <p>
          Zonder uw telefoon logt u in met een van deze herstelcodes. Elke code werkt één keer. <strong>U ziet ze alleen nu</strong>: schrijf ze op of bewaar ze
          in een wachtwoordkluis, niet op de telefoon met uw authenticator-app.
        </p>
        <ol aria-label="Herstelcodes" className="grid grid-cols-2 gap-2 font-mono text-lg">
          {recoveryCodes.map((code) => (
            <li key={code} className="border border-grijs-2 bg-grijs-1 px-3 py-1 text-center">
              {code}
            </li>
          ))}
        </ol>
        <a href={callbackPath} className="inline-block bg-rijks px-5 py-2 font-bold text-white no-underline hover:bg-rijks-dark hover:text-white">
          Ik heb de codes bewaard, verder naar Notaroute
        </a>
      </section>
    );
  }

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
        hint="De 6 cijfers die uw app nu toont bij Notaroute."
        error={formState.errors.code?.message}
        registration={register("code")}
      />
      <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig met controleren…" : "Instellen bevestigen"}
      </Button>
    </form>
  );
}
