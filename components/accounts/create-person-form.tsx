"use client";

import Link from "next/link";
import { useState } from "react";
import { createPersonAction } from "@/app/(app)/beheer/personen/actions";
import { Button, Field, inputClass } from "@/components/ui/form";
import { OfficeOptions } from "@/components/ui/office-options";
import { applyFormState, ErrorSummary, useSchemaForm } from "@/components/ui/schema-form";
import { ROLES } from "@/lib/domain/enums";
import { ROLE_LABELS } from "@/lib/domain/nota/labels";
import { CreatePersonSchema } from "@/lib/validation/accounts";
import { AccountLinkPanel } from "./account-link-panel";
import type { IssuedLinkView } from "./account-link-state";

/** "Persoon toevoegen": name, address and a first membership; answers with the invitation link, shown once. */
export function CreatePersonForm({ offices }: { offices: Array<{ id: string; code: string; name: string }> }) {
  const { form, summaryRef, focusSummary } = useSchemaForm(CreatePersonSchema, { name: "", email: "", officeId: "", role: "" });
  const { register, handleSubmit, formState, reset } = form;
  const errors = formState.errors;
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ link: IssuedLinkView; personId: string } | null>(null);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      setCreated(null);
      const state = await createPersonAction(values);
      if (state.done && state.link && state.personId) {
        reset();
        setCreated({ link: state.link, personId: state.personId });
        return;
      }
      setFormError(applyFormState(form, state));
      focusSummary();
    },
    () => focusSummary(),
  );

  return (
    <>
      <form onSubmit={submit} noValidate className="grid max-w-3xl gap-4 md:grid-cols-2" aria-label="Persoon toevoegen">
        <div className="md:col-span-2">
          <ErrorSummary
            title="De persoon is nog niet aangemaakt:"
            errors={errors}
            formError={formError}
            summaryRef={summaryRef}
            idFor={(f) => `persoon-${f}`}
          />
        </div>
        <Field id="persoon-name" label="Naam" error={errors.name?.message}>
          <input type="text" autoComplete="off" {...register("name")} className={inputClass} />
        </Field>
        <Field id="persoon-email" label="E-mailadres" hint="Hiermee logt de persoon in." error={errors.email?.message}>
          <input type="email" autoComplete="off" spellCheck={false} {...register("email")} className={inputClass} />
        </Field>
        <Field id="persoon-officeId" label="Onderdeel (niet verplicht)" error={errors.officeId?.message}>
          <select {...register("officeId")} className={inputClass}>
            <option value="">— nog geen onderdeel —</option>
            <OfficeOptions offices={offices} />
          </select>
        </Field>
        <Field id="persoon-role" label="Rol bij dat onderdeel" error={errors.role?.message}>
          <select {...register("role")} className={inputClass}>
            <option value="">— kies een rol —</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <div className="md:col-span-2">
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Bezig…" : "Persoon toevoegen en uitnodigen"}
          </Button>
        </div>
      </form>
      {created && (
        <div className="max-w-3xl">
          <p role="status" className="mt-4 font-bold text-groen">
            {created.link.personName} is toegevoegd.{" "}
            <Link href={`/beheer/personen/${created.personId}`} className="font-normal">
              Naar {created.link.personName}
            </Link>
          </p>
          <AccountLinkPanel link={created.link} />
        </div>
      )}
    </>
  );
}
