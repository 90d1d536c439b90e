// A new nota: for which unit, with what title, from which template or as a copy of which nota.
import { NOTA_TEMPLATE_KEYS } from "@/lib/domain/nota/templates";
import { z } from "@/lib/domain/zod";

export const CreateNotaInputSchema = z.object({
  ownerOfficeId: z.uuid({ error: "Kies het onderdeel dat de nota opstelt." }),
  title: z.string().trim().max(300, { message: "Gebruik hoogstens 300 tekens." }),
  start: z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("template"), template: z.enum(NOTA_TEMPLATE_KEYS, { error: "Kies een sjabloon." }) }),
      z.object({ kind: z.literal("copy"), sourceReference: z.string().trim().min(1, { message: "Kies de nota die u wilt kopiëren." }) }),
    ],
    { error: "Kies hoe u begint: met een sjabloon of als kopie." },
  ),
});
export type CreateNotaInput = z.infer<typeof CreateNotaInputSchema>;

/** The new-nota form as a person fills it in: one choice "start" (a template key or "kopie"). */
export const NewNotaFormSchema = z
  .object({
    ownerOfficeId: z.uuid({ error: "Kies het onderdeel dat de nota opstelt." }),
    title: z.string().trim().max(300, { message: "Gebruik hoogstens 300 tekens." }),
    start: z.union([z.enum(NOTA_TEMPLATE_KEYS), z.literal("kopie")], { error: "Kies een sjabloon of 'kopie van een bestaande nota'." }),
    sourceReference: z.string().trim(),
  })
  .refine((form) => form.start !== "kopie" || form.sourceReference.length > 0, { message: "Kies de nota die u wilt kopiëren.", path: ["sourceReference"] });
export type NewNotaForm = z.infer<typeof NewNotaFormSchema>;

/** The form's values as the service's input. */
export function createNotaInputFromForm(form: NewNotaForm): CreateNotaInput {
  return {
    ownerOfficeId: form.ownerOfficeId,
    title: form.title,
    start: form.start === "kopie" ? { kind: "copy", sourceReference: form.sourceReference } : { kind: "template", template: form.start },
  };
}
