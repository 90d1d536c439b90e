// The whole editable content of a nota as one value: what the seed writes, what the editor
// saves and what a version snapshot holds (with the attachments, see snapshot.ts). Child rows
// carry stable ids so that decisions can refer to a decision point across edits.
//
// This schema checks form (types, formats, bounds): what cannot be stored. A draft may still
// be incomplete (no title yet, a bijdrage without a name); completeness.ts lists what must be
// filled in before the nota can be offered for decision.
import { isIsoDate } from "../dates";
import { CLASSIFICATIONS, KADER_CATEGORY_KINDS, MARKINGS, ORGANISATION_FRAMEWORKS } from "../enums";
import { RichTextDocSchema } from "../rich-text/schema";
import { z } from "../zod";

const isoDate = (label: string) => z.string({ error: `Vul ${label} in.` }).refine(isIsoDate, { message: `${label} is geen geldige datum.` });

// Text is stored exactly as typed (no trimming): the editor's copy of what the server holds
// must equal what it sent, or a later merge would see changes nobody made.
const optionalText = (max: number) =>
  z
    .string()
    .max(max, { message: `Gebruik hoogstens ${max} tekens.` })
    .nullable();

export const MarkingSchema = z.enum(MARKINGS);
export const ClassificationSchema = z.enum(CLASSIFICATIONS);
export const KaderCategoryKindSchema = z.enum(KADER_CATEGORY_KINDS);
export const OrganisationFrameworkSchema = z.enum(ORGANISATION_FRAMEWORKS);

export const PartyEntrySchema = z.object({
  officeId: z.uuid().nullable(),
  text: optionalText(300),
  personalData: z.boolean(),
});

/** A personnel count: the editor validates its field with this same schema. */
export const PersonnelCountSchema = z
  .number({ error: "Vul een heel getal in (gebruik 'circa' voor een schatting)." })
  .int({ message: "Vul een heel getal in, zonder decimalen." })
  .min(0, { message: "Het aantal kan niet negatief zijn." })
  .max(100_000, { message: "Dat aantal is niet aannemelijk." })
  .nullable();

export const BijdrageSchema = z
  .object({
    id: z.uuid(),
    name: z.string().max(400, { message: "Gebruik hoogstens 400 tekens." }),
    acronym: optionalText(60),
    framework: OrganisationFrameworkSchema.nullable(),
    location: optionalText(120),
    personnelBefore: PersonnelCountSchema,
    personnelBeforeCirca: z.boolean(),
    personnelAfter: PersonnelCountSchema,
    personnelAfterCirca: z.boolean(),
    contribution: optionalText(400),
    remark: optionalText(2_000),
    verkenning: z.boolean(),
    uitbreiding: z.boolean(),
    modulair: z.boolean(),
    article100: z.boolean(),
  })
  .refine((b) => !b.personnelBeforeCirca || b.personnelBefore !== null, {
    message: "'Circa' vraagt om een aantal.",
    path: ["personnelBefore"],
  })
  .refine((b) => !b.personnelAfterCirca || b.personnelAfter !== null, {
    message: "'Circa' vraagt om een aantal.",
    path: ["personnelAfter"],
  });

export const KaderSchema = z
  .object({
    id: z.uuid(),
    region: z.string().max(120, { message: "Gebruik hoogstens 120 tekens." }),
    termStart: isoDate("de begindatum").nullable(),
    termEnd: isoDate("de einddatum").nullable(),
    bijdragen: z.array(BijdrageSchema).max(200),
  })
  .refine((k) => !k.termStart || !k.termEnd || k.termStart <= k.termEnd, {
    message: "De looptijd eindigt vóór hij begint.",
    path: ["termEnd"],
  });

export const AnnexCategorySchema = z.object({
  id: z.uuid(),
  kind: KaderCategoryKindSchema,
  title: z.string().max(300, { message: "Gebruik hoogstens 300 tekens." }),
  kaders: z.array(KaderSchema).max(100),
});

export const AnnexSchema = z.object({
  title: z.string().max(200, { message: "Gebruik hoogstens 200 tekens." }),
  note: RichTextDocSchema.nullable(),
  categories: z.array(AnnexCategorySchema).max(20),
});

export const NotaContentSchema = z.object({
  marking: MarkingSchema,
  classification: ClassificationSchema,
  title: z.string().max(300, { message: "Gebruik hoogstens 300 tekens." }),
  date: isoDate("de datum"),
  drafterName: optionalText(200),
  plannedDate: isoDate("de plandatum").nullable(),
  kamerDeadline: isoDate("de Kamerdeadline").nullable(),
  ownerOfficeId: z.uuid(),
  parties: z.object({
    AAN: z.array(PartyEntrySchema).max(20),
    VAN: z.array(PartyEntrySchema).max(20),
    VIA: z.array(PartyEntrySchema).max(20),
    KOPIE_AAN: z.array(PartyEntrySchema).max(40),
    AFGESTEMD_MET: z.array(PartyEntrySchema).max(40),
  }),
  recipients: z
    .object({
      besluit: z.array(z.uuid()).max(20),
      informatie: z.array(z.uuid()).max(40),
    })
    .refine((r) => new Set([...r.besluit, ...r.informatie]).size === r.besluit.length + r.informatie.length, {
      message: "Een bewindspersoon staat maar één keer in de route: ter beslissing óf ter informatie.",
      path: ["informatie"],
    }),
  aanleiding: RichTextDocSchema,
  decisionPoints: z.array(z.object({ id: z.uuid(), text: RichTextDocSchema })).max(50),
  remarks: z.array(z.object({ id: z.uuid(), body: RichTextDocSchema })).max(20),
  kern: z
    .array(
      z.object({
        id: z.uuid(),
        title: z.string().max(200, { message: "Gebruik hoogstens 200 tekens." }),
        body: RichTextDocSchema,
      }),
    )
    .max(50),
  timeline: z
    .array(
      z.object({
        id: z.uuid(),
        date: isoDate("de datum"),
        description: z.string().max(300, { message: "Gebruik hoogstens 300 tekens." }),
      }),
    )
    .max(30),
  annex: AnnexSchema.nullable(),
});

export type NotaContent = z.infer<typeof NotaContentSchema>;
export type PartyEntry = z.infer<typeof PartyEntrySchema>;
export type AnnexContent = z.infer<typeof AnnexSchema>;
export type AnnexCategoryContent = z.infer<typeof AnnexCategorySchema>;
export type KaderContent = z.infer<typeof KaderSchema>;
export type BijdrageContent = z.infer<typeof BijdrageSchema>;
