"use client";

import { useId } from "react";
import { addMembershipAction } from "@/app/(app)/beheer/personen/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/form";
import { OfficeOptions } from "@/components/ui/office-options";
import { ROLES } from "@/lib/domain/enums";
import { ROLE_LABELS } from "@/lib/domain/nota/labels";

/** "Lidmaatschap toevoegen": an office and a role for this person. */
export function MembershipForm({
  personId,
  personName,
  offices,
}: {
  personId: string;
  personName: string;
  offices: Array<{ id: string; code: string; name: string }>;
}) {
  const id = useId();
  return (
    <ActionForm action={addMembershipAction} submitLabel="Lidmaatschap toevoegen" variant="secondary" label={`Lidmaatschap toevoegen voor ${personName}`}>
      {(state) => (
        <div className="grid max-w-3xl gap-3 md:grid-cols-2">
          <input type="hidden" name="userId" value={personId} />
          <Field id={`${id}-office`} label="Onderdeel" error={state.fieldErrors.officeId}>
            <select name="officeId" className={inputClass}>
              <OfficeOptions offices={offices} />
            </select>
          </Field>
          <Field id={`${id}-role`} label="Rol" error={state.fieldErrors.role}>
            <select name="role" className={inputClass}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
