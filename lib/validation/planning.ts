// The secretariat's planning forms as they arrive (FormData turned into an object): agenderen,
// verzonden, decision deadlines, meeting series and exceptions, recesses, lead times.
import { isIsoDate } from "@/lib/domain/dates";
import { NOTA_STATUSES } from "@/lib/domain/route/state-machine";
import { z } from "@/lib/domain/zod";

const isoDate = (label: string) => z.string({ error: `Vul ${label} in.` }).refine(isIsoDate, { message: `Vul ${label} in als geldige datum.` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Gebruik hoogstens ${max} tekens.` })
    .transform((value) => (value.length > 0 ? value : null));

const seen = {
  notaId: z.uuid({ error: "Deze nota bestaat niet (meer)." }),
  expectedStatus: z.enum(NOTA_STATUSES),
  expectedVersion: z.coerce.number().int().min(1),
};

export const ScheduleFormSchema = z.object({
  ...seen,
  meetingId: z.uuid({ error: "Kies een vergadering." }),
  kind: z.enum(["HAMERSTUK", "BESPREEKSTUK"], { error: "Kies hamerstuk of bespreekstuk." }),
});

export const MarkSentFormSchema = z.object({
  ...seen,
  outcome: z.enum(["CONFORM", "GEWIJZIGD"], { error: "Kies de uitkomst van de ministerraad." }),
  outcomeNote: optionalText(2000),
  sentOn: isoDate("de verzenddatum"),
  toezeggingenVoldaan: z.array(z.uuid()).max(50).default([]),
});

export const DecisionDeadlineFormSchema = z.object({
  notaId: z.uuid(),
  officeId: z.uuid({ error: "Kies een bewindspersoon." }),
  /** Empty: back to the plan's date. */
  date: z.union([z.literal(""), isoDate("de beslisdeadline")]),
});

export const MeetingSeriesFormSchema = z
  .object({
    councilId: z.uuid({ error: "Kies een raad." }),
    from: isoDate("de eerste datum"),
    to: isoDate("de laatste datum"),
    weekday: z.coerce.number().int().min(1, { message: "Kies een weekdag." }).max(5, { message: "Kies een weekdag." }),
  })
  .refine((d) => d.from <= d.to, { message: "De laatste datum ligt vóór de eerste.", path: ["to"] })
  .refine((d) => Date.parse(d.to) - Date.parse(d.from) <= 2 * 366 * 86_400_000, { message: "Maak een reeks van hoogstens twee jaar.", path: ["to"] });

export const MeetingUpdateFormSchema = z.object({
  meetingId: z.uuid({ error: "Deze vergadering bestaat niet (meer)." }),
  date: isoDate("de datum"),
  cancelled: z.enum(["ja", "nee"]).transform((value) => value === "ja"),
  note: optionalText(200),
});

export const MeetingCreateFormSchema = z.object({
  councilId: z.uuid({ error: "Kies een raad." }),
  date: isoDate("de datum"),
  note: optionalText(200),
});

export const RecessFormSchema = z
  .object({
    name: z.string().trim().min(1, { message: "Geef het reces een naam." }).max(100, { message: "Gebruik hoogstens 100 tekens." }),
    start: isoDate("de eerste dag"),
    end: isoDate("de laatste dag"),
  })
  .refine((d) => d.start <= d.end, { message: "De laatste dag ligt vóór de eerste.", path: ["end"] });

const leadTime = (label: string) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ error: `Vul ${label} in als aantal werkdagen.` })
      .int({ message: `Vul ${label} in als heel aantal werkdagen.` })
      .min(0, { message: "Gebruik 0 of meer werkdagen." })
      .max(60, { message: "Gebruik hoogstens 60 werkdagen." }),
  );

export const LeadTimesFormSchema = z.object({
  mrToKamer: leadTime("de tijd van ministerraad tot Kamer"),
  onderraadToMr: leadTime("de tijd van onderraad tot ministerraad"),
  decisionToOnderraad: leadTime("de tijd van besluit tot onderraad"),
});

export const ToezeggingFormSchema = z.object({
  text: z.string().trim().min(1, { message: "Beschrijf de toezegging." }).max(2000, { message: "Gebruik hoogstens 2000 tekens." }),
  madeOn: isoDate("de datum waarop de toezegging is gedaan"),
  debate: z.string().trim().min(1, { message: "Vul het debat of Kamerstuk in." }).max(300, { message: "Gebruik hoogstens 300 tekens." }),
  ministerOfficeId: z.uuid({ error: "Kies de bewindspersoon." }),
  dueDate: isoDate("de uiterste datum"),
});

export const ToezeggingStatusFormSchema = z.object({
  toezeggingId: z.uuid(),
  status: z.enum(["OPENSTAAND", "DEELS_VOLDAAN", "VOLDAAN"], { error: "Kies een status." }),
});

export const ToezeggingLinkFormSchema = z.object({
  toezeggingId: z.uuid({ error: "Kies een toezegging." }),
  notaReference: z.string().trim().toUpperCase().min(1, { message: "Vul de referentie van de nota in." }).max(40),
});

/**
 * FormData → plain object; repeated names become arrays where the schema expects them. A NUL
 * character, which PostgreSQL refuses in text, never gets as far as the database.
 */
export function formObject(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const text = (value: FormDataEntryValue | null) => String(value ?? "").replaceAll("\u0000", "");
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    result[key] = arrays.includes(key) ? form.getAll(key).map(text) : text(form.get(key));
  }
  for (const key of arrays) result[key] ??= [];
  return result;
}
