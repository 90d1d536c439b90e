// The offices and units of the demo: the six offices of the example nota, the units that
// draft, initial and coordinate it, and the secretariat.
import type { OfficeKind } from "@/lib/generated/prisma/enums";

export const DEMO_OFFICES = [
  { code: "M", name: "Minister van Buitenlandse Zaken", kind: "BEWINDSPERSOON" },
  { code: "R", name: "Minister voor Buitenlandse Handel en Ontwikkelingshulp", kind: "BEWINDSPERSOON" },
  { code: "MinDEF", name: "Minister van Defensie", kind: "BEWINDSPERSOON" },
  { code: "MinJenV", name: "Minister van Justitie en Veiligheid", kind: "BEWINDSPERSOON" },
  { code: "MinAenM", name: "Minister van Asiel en Migratie", kind: "BEWINDSPERSOON" },
  { code: "StasDEF", name: "Staatssecretaris van Defensie", kind: "BEWINDSPERSOON" },
  { code: "DVB", name: "Directie Veiligheidsbeleid", kind: "ONDERDEEL" },
  { code: "DGPZ", name: "Directoraat-generaal Politieke Zaken", kind: "ONDERDEEL" },
  { code: "SG", name: "Secretaris-generaal", kind: "ONDERDEEL" },
  { code: "DSH", name: "Directie Stabiliteit en Humanitaire Hulp", kind: "ONDERDEEL" },
  { code: "DMM", name: "Directie Migratie", kind: "ONDERDEEL" },
  { code: "BSG", name: "Bestuursstaf", kind: "ONDERDEEL" },
] as const satisfies ReadonlyArray<{ code: string; name: string; kind: OfficeKind }>;

export type DemoOfficeCode = (typeof DEMO_OFFICES)[number]["code"];
