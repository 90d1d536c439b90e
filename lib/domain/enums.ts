// The domain's enumerations as plain values. The database has the same enums (prisma/schema.prisma);
// lib/data/domain-enums.ts makes the compiler check that both lists stay the same.

export const MARKINGS = ["TER_BESLISSING", "TER_INFORMATIE", "TER_ONDERTEKENING", "TER_ADVIES"] as const;
export type Marking = (typeof MARKINGS)[number];

/** VIR-BI classification; ONGERUBRICEERD when the nota carries none. */
export const CLASSIFICATIONS = ["ONGERUBRICEERD", "DEPARTEMENTAAL_VERTROUWELIJK", "STG_CONFIDENTIEEL", "STG_GEHEIM", "STG_ZEER_GEHEIM"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const PARTY_ROLES = ["AAN", "VAN", "VIA", "KOPIE_AAN", "AFGESTEMD_MET"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const RECIPIENT_ROLES = ["BESLUIT", "INFORMATIE"] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export const KADER_CATEGORY_KINDS = ["BEEINDIGING_AFSCHALING", "NIEUW", "VOORTZETTING"] as const;
export type KaderCategoryKind = (typeof KADER_CATEGORY_KINDS)[number];

export const ORGANISATION_FRAMEWORKS = ["NAVO", "EU", "VN", "OVSE", "COALITION", "BILATERAL"] as const;
export type OrganisationFramework = (typeof ORGANISATION_FRAMEWORKS)[number];

/** The role a person has in an office (a membership). */
export const ROLES = ["OPSTELLER", "PARAAF", "KABINET", "SECRETARIAAT", "BEHEER"] as const;
export type Role = (typeof ROLES)[number];

export const DECISION_VALUES = ["AKKOORD", "NIET_AKKOORD", "AKKOORD_MET_OPMERKING"] as const;
export type DecisionValue = (typeof DECISION_VALUES)[number];

export const OFFICE_KINDS = ["BEWINDSPERSOON", "ONDERDEEL"] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];
