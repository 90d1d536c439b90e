// Beheer of offices and people, invitations and passwords: every input, for the browser's forms
// and the server actions alike. The rules a password must meet beyond its length (breached, the
// person's own address) need the server: lib/domain/accounts/password-rules.ts.
import { isIsoDate } from "@/lib/domain/dates";
import { OFFICE_KINDS, ROLES } from "@/lib/domain/enums";
import { passwordLengthProblem } from "@/lib/domain/accounts/password-rules";
import { z } from "@/lib/domain/zod";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const officeName = z.string().trim().min(1, { message: "Vul de naam van het onderdeel in." }).max(200, { message: "Gebruik hoogstens 200 tekens." });

export const CreateOfficeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, { message: "Vul een afkorting in, bijvoorbeeld DVB of MinDEF." })
    .max(20, { message: "Gebruik hoogstens 20 tekens." })
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { message: "Gebruik alleen letters, cijfers en streepjes, bijvoorbeeld DVB of MinJenV." }),
  name: officeName,
  kind: z.enum(OFFICE_KINDS, { error: "Kies of het een bewindspersoon of een organisatieonderdeel is." }),
});
export type CreateOfficeInput = z.infer<typeof CreateOfficeSchema>;

export const RenameOfficeSchema = z.object({
  officeId: z.uuid({ error: "Dit onderdeel bestaat niet (meer)." }),
  name: officeName,
});
export type RenameOfficeInput = z.infer<typeof RenameOfficeSchema>;

export const EndOfficeSchema = z.object({
  officeId: z.uuid({ error: "Dit onderdeel bestaat niet (meer)." }),
  endedOn: z.string().refine(isIsoDate, { message: "Vul de dag van opheffen in als geldige datum." }),
  /** "" is no successor. */
  successorId: z.union([z.literal(""), z.uuid({ error: "Kies een opvolger uit de lijst, of geen opvolger." })]).transform((value) => value || null),
  confirm: z.literal("ja", { error: "Bevestig dat u dit onderdeel wilt opheffen." }),
});
export type EndOfficeInput = z.infer<typeof EndOfficeSchema>;

const email = z
  .string()
  .trim()
  .min(1, { message: "Vul het e-mailadres in." })
  .max(320, { message: "Dit e-mailadres is te lang." })
  .regex(EMAIL, { message: "Vul een geldig e-mailadres in, bijvoorbeeld naam@minbuza.nl." })
  // Stored lower-cased: the login compares lower-cased input.
  .transform((value) => value.toLowerCase());

const role = z.enum(ROLES, { error: "Kies een rol." });

/** A new person, with their first membership (an office and a role) when one is chosen. */
export const CreatePersonSchema = z
  .object({
    name: z.string().trim().min(1, { message: "Vul de naam in." }).max(200, { message: "Gebruik hoogstens 200 tekens." }),
    email,
    officeId: z.union([z.literal(""), z.uuid({ error: "Kies een onderdeel uit de lijst." })]),
    role: z.union([z.literal(""), role]),
  })
  .refine((p) => (p.officeId === "") === (p.role === ""), {
    message: "Kies bij een onderdeel ook een rol (of laat beide leeg).",
    path: ["role"],
  });
export type CreatePersonInput = z.infer<typeof CreatePersonSchema>;

export const MembershipSchema = z.object({
  userId: z.uuid({ error: "Deze persoon bestaat niet (meer)." }),
  officeId: z.uuid({ error: "Kies een onderdeel." }),
  role,
});
export type MembershipInput = z.infer<typeof MembershipSchema>;

export const RemoveMembershipSchema = z.object({ membershipId: z.uuid({ error: "Dit lidmaatschap bestaat niet (meer)." }) });

export const PersonIdSchema = z.object({ userId: z.uuid({ error: "Deze persoon bestaat niet (meer)." }) });

export const PeopleSearchSchema = z.object({ q: z.string().trim().max(200).catch("") });

const newPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordLengthProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const sameTwice = (p: { password: string; confirmation: string }) => p.password === p.confirmation;
const notTheSame = { message: "De twee wachtwoorden zijn niet gelijk. Typ het nieuwe wachtwoord twee keer hetzelfde.", path: ["confirmation"] };

/** A new password, typed twice (the invitation and reset page). */
export const NewPasswordSchema = z.object({ password: newPassword, confirmation: z.string() }).refine(sameTwice, notTheSame);
export type NewPasswordInput = z.infer<typeof NewPasswordSchema>;

/** Changing one's own password: the current one first, then the new one twice. */
export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "Vul uw huidige wachtwoord in." }).max(500, { message: "Dit wachtwoord is te lang." }),
    password: newPassword,
    confirmation: z.string(),
  })
  .refine(sameTwice, notTheSame);
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;
