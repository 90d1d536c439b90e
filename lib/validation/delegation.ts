// Vervanging: which office is replaced, by whom (a person or another kabinet), from when to when.
import { isIsoDate } from "@/lib/domain/dates";
import { z } from "@/lib/domain/zod";

const isoDate = (label: string) => z.string().refine(isIsoDate, { message: `Vul ${label} in als geldige datum.` });

export const DelegationInputSchema = z
  .object({
    officeId: z.uuid({ error: "Kies de bewindspersoon die vervangen wordt." }),
    delegateUserId: z.uuid().nullable(),
    delegateOfficeId: z.uuid().nullable(),
    startsOn: isoDate("de eerste dag"),
    endsOn: isoDate("de laatste dag"),
    reason: z.string().max(300, { message: "Gebruik hoogstens 300 tekens." }).nullable(),
  })
  .refine((d) => (d.delegateUserId === null) !== (d.delegateOfficeId === null), {
    message: "Kies een persoon óf een kabinet als vervanger.",
    path: ["delegateUserId"],
  })
  .refine((d) => d.startsOn <= d.endsOn, { message: "De laatste dag ligt vóór de eerste.", path: ["endsOn"] })
  .refine((d) => d.delegateOfficeId !== d.officeId, { message: "Een kabinet kan zichzelf niet vervangen.", path: ["delegateOfficeId"] });

export type DelegationInput = z.infer<typeof DelegationInputSchema>;

/** Ending a delegation: which one. */
export const RevokeDelegationSchema = z.object({ delegationId: z.uuid({ error: "Deze vervanging bestaat niet (meer)." }) });

/** The delegation form as a person fills it in: one choice "vervanger" ("persoon:<id>" or "kabinet:<id>"). */
export const DelegationFormSchema = z
  .object({
    officeId: z.uuid({ error: "Kies de bewindspersoon die vervangen wordt." }),
    vervanger: z.string().regex(/^(persoon|kabinet):[0-9a-f-]{36}$/, { message: "Kies een persoon óf een kabinet als vervanger." }),
    startsOn: isoDate("de eerste dag"),
    endsOn: isoDate("de laatste dag"),
    reason: z.string().trim().max(300, { message: "Gebruik hoogstens 300 tekens." }),
  })
  .refine((d) => d.startsOn > "" && d.endsOn > "" && d.startsOn <= d.endsOn, { message: "De laatste dag ligt vóór de eerste.", path: ["endsOn"] })
  .refine((d) => d.vervanger !== `kabinet:${d.officeId}`, { message: "Een kabinet kan zichzelf niet vervangen.", path: ["vervanger"] });
export type DelegationForm = z.infer<typeof DelegationFormSchema>;

/** The form's values as the service's input; field names of the input map back to the form's. */
export function delegationInputFromForm(form: DelegationForm): DelegationInput {
  const [kind, id] = form.vervanger.split(":");
  return {
    officeId: form.officeId,
    delegateUserId: kind === "persoon" ? id : null,
    delegateOfficeId: kind === "kabinet" ? id : null,
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    reason: form.reason || null,
  };
}

/** Where an issue of the service's input belongs on the form. */
export const DELEGATION_FORM_FIELD: Record<string, keyof DelegationForm> = {
  officeId: "officeId",
  delegateUserId: "vervanger",
  delegateOfficeId: "vervanger",
  startsOn: "startsOn",
  endsOn: "endsOn",
  reason: "reason",
};
