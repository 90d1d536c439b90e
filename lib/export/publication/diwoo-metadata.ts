// The metadata that goes with a publication version, for the Woo publication platforms: the
// DiWoo record (standaarden.overheid.nl/diwoo/metadata, schema 0.9.8) written as JSON, with each
// coded value as { resource, label } as the XML writes it (the URI in `resource`, the label as
// text), plus the grounds applied and how often. Values from the TOOI value lists.
import type { WooGroundCode } from "@/lib/domain/woo/grounds";
import { groundText } from "@/lib/domain/woo/grounds";
import type { PublicationKind } from "@/lib/export/nota-document/redact";
import { PUBLICATION_KINDS } from "@/lib/export/nota-document/redact";

const KERN = "https://identifier.overheid.nl/tooi/def/thes/kern";

export interface CodedValue {
  resource: string;
  label: string;
}

/** The organisation that publishes, as a TOOI URI (rwc_ministeries_compleet). */
export type Publisher = CodedValue;

export const MINISTERIE_VAN_BUITENLANDSE_ZAKEN: Publisher = {
  resource: "https://identifier.overheid.nl/tooi/id/ministerie/mnre1013",
  label: "ministerie van Buitenlandse Zaken",
};

/** Woo information categories (scw_woo_informatiecategorieen). */
const INFORMATION_CATEGORY: Record<PublicationKind, CodedValue> = {
  // A nota published with the Kamerbrief: a document the Kamer receives.
  kamerstuk: { resource: `${KERN}/c_8c840238`, label: "bij vertegenwoordigende organen ingekomen stukken" },
  woo: { resource: `${KERN}/c_3baef532`, label: "Woo-verzoeken en -besluiten" },
};

/** Document actions (ccw_plooi_documenthandelingen). */
const VASTSTELLING: CodedValue = { resource: `${KERN}/c_641ecd76`, label: "vaststelling" };

const DUTCH: CodedValue = { resource: "http://publications.europa.eu/resource/authority/language/NLD", label: "Nederlands" };

export const FILE_TYPES = {
  pdf: { resource: "http://publications.europa.eu/resource/authority/file-type/PDF", label: "PDF" },
  docx: { resource: "http://publications.europa.eu/resource/authority/file-type/DOCX", label: "DOCX" },
} as const satisfies Record<string, CodedValue>;

export interface PublicationMetadataInput {
  kind: PublicationKind;
  publisher: Publisher;
  reference: string;
  title: string;
  /** The nota's Datum. */
  date: string;
  /** When the nota was vastgesteld: the last office's decision, or its Datum while undecided. */
  establishedAt: Date;
  notaVersion: number;
  files: Array<{ name: string; format: keyof typeof FILE_TYPES }>;
  grounds: ReadonlyArray<{ code: WooGroundCode; count: number }>;
}

export function publicationMetadata(input: PublicationMetadataInput) {
  return {
    diwoo: {
      publisher: input.publisher,
      verantwoordelijke: input.publisher,
      titelcollectie: { officieleTitel: input.title },
      classificatiecollectie: { informatiecategorieen: [INFORMATION_CATEGORY[input.kind]] },
      documenthandelingen: [{ soortHandeling: VASTSTELLING, atTime: input.establishedAt.toISOString() }],
      identifiers: [input.reference],
      creatiedatum: input.date,
      language: DUTCH,
    },
    publicatie: {
      soort: PUBLICATION_KINDS[input.kind].label,
      notaVersie: input.notaVersion,
      bestanden: input.files.map((file) => ({ naam: file.name, format: FILE_TYPES[file.format] })),
    },
    weigeringsgronden: input.grounds.map((g) => ({ code: g.code, omschrijving: groundText(g.code), aantal: g.count })),
  };
}

export type PublicationMetadata = ReturnType<typeof publicationMetadata>;
