// Dutch labels for the domain's enumerations, as the nota and its users write them.
import type { Classification, DecisionValue, KaderCategoryKind, Marking, OrganisationFramework, PartyRole, RecipientRole, Role } from "../enums";
import type { RouteStatus as NotaStatus } from "../route/state-machine";
import { PARTY_ROLES } from "../enums";

export const MARKING_LABELS = {
  TER_BESLISSING: "Ter beslissing",
  TER_INFORMATIE: "Ter informatie",
  TER_ONDERTEKENING: "Ter ondertekening",
  TER_ADVIES: "Ter advies",
} as const satisfies Record<Marking, string>;

export const CLASSIFICATION_LABELS = {
  ONGERUBRICEERD: "Ongerubriceerd",
  DEPARTEMENTAAL_VERTROUWELIJK: "Departementaal Vertrouwelijk",
  STG_CONFIDENTIEEL: "Stg. Confidentieel",
  STG_GEHEIM: "Stg. Geheim",
  STG_ZEER_GEHEIM: "Stg. Zeer Geheim",
} as const satisfies Record<Classification, string>;

export const STATUS_LABELS = {
  CONCEPT: "Concept",
  PARAAF: "Ter parafering",
  TER_BESLISSING: "Ter beslissing",
  BESLOTEN: "Besloten",
  TERUGGESTUURD: "Teruggestuurd",
  INGETROKKEN: "Ingetrokken",
  GEAGENDEERD_ONDERRAAD: "Geagendeerd onderraad",
  GEAGENDEERD_MR: "Geagendeerd ministerraad",
  AFGEROND: "Verzonden / afgerond",
} as const satisfies Record<NotaStatus, string>;

export const PARTY_ROLE_LABELS = {
  AAN: "Aan",
  VAN: "Van",
  VIA: "Via",
  KOPIE_AAN: "Kopie aan",
  AFGESTEMD_MET: "Afgestemd met",
} as const satisfies Record<PartyRole, string>;

export { PARTY_ROLES };

export const RECIPIENT_ROLE_LABELS = {
  BESLUIT: "Ter beslissing aan",
  INFORMATIE: "Ter informatie aan",
} as const satisfies Record<RecipientRole, string>;

export const CATEGORY_KIND_LABELS = {
  BEEINDIGING_AFSCHALING: "Beëindiging en afschaling",
  NIEUW: "Nieuwe bijdragen",
  VOORTZETTING: "Voortzetting",
} as const satisfies Record<KaderCategoryKind, string>;

export const FRAMEWORK_LABELS = {
  NAVO: "NAVO",
  EU: "EU",
  VN: "VN",
  OVSE: "OVSE",
  COALITION: "Coalition of the willing",
  BILATERAL: "Bilateraal",
} as const satisfies Record<OrganisationFramework, string>;

export const ROLE_LABELS = {
  OPSTELLER: "Opsteller",
  PARAAF: "Parafeerder",
  KABINET: "Kabinet (legt besluit vast)",
  SECRETARIAAT: "Secretariaat",
  BEHEER: "Beheer",
} as const satisfies Record<Role, string>;

export const DECISION_LABELS = {
  AKKOORD: "Akkoord",
  NIET_AKKOORD: "Niet akkoord",
  AKKOORD_MET_OPMERKING: "Akkoord met opmerking",
} as const satisfies Record<DecisionValue, string>;

/** The reference column label, exactly as the nota prints it. */
export const FIELD_LABELS = {
  date: "Datum",
  reference: "Onze referentie",
  drafterName: "Opgesteld door",
  plannedDate: "Plandatum/Deadline",
  kamerDeadline: "Kamer",
  title: "Titel",
  marking: "Markering",
  classification: "Rubricering",
  aanleiding: "Aanleiding",
  decisionPoints: "Geadviseerd besluit",
  kern: "Kern",
  timeline: "(Voorgestelde) Tijdlijn",
} as const;

/** A bijdrage's yes/no features, as the annex names them. */
export const BIJDRAGE_FLAG_LABELS = [
  ["verkenning", "Verkenning"],
  ["uitbreiding", "Uitbreiding"],
  ["modulair", "Modulair"],
  ["article100", "Art. 100"],
] as const;
