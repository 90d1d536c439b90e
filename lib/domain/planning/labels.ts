// Dutch words for the planning's values, as the secretariat uses them.
export const AGENDA_ITEM_LABELS = { HAMERSTUK: "Hamerstuk", BESPREEKSTUK: "Bespreekstuk" } as const;
export const MR_OUTCOME_LABELS = { CONFORM: "Conform aangenomen", GEWIJZIGD: "Gewijzigd aangenomen" } as const;
export const TOEZEGGING_STATUS_LABELS = { OPENSTAAND: "Openstaand", DEELS_VOLDAAN: "Deels voldaan", VOLDAAN: "Voldaan" } as const;
export const COUNCIL_KIND_LABELS = { ONDERRAAD: "Onderraad", MINISTERRAAD: "Ministerraad" } as const;
