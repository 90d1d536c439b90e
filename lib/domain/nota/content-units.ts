// The parts of a nota's content that a conflict is resolved in: each header field, each
// party list, the routing, each text section and the annex. Two people who changed different
// units are merged without asking; for a unit both changed, the user chooses.
import { canonicalJson } from "@/lib/domain/canonical-json";
import type { NotaContent } from "./content-schema";

export interface ContentUnit {
  key: string;
  label: string;
  get(content: NotaContent): unknown;
  set(content: NotaContent, value: unknown): NotaContent;
}

function field<K extends keyof NotaContent>(key: K, label: string): ContentUnit {
  return { key, label, get: (c) => c[key], set: (c, value) => ({ ...c, [key]: value as NotaContent[K] }) };
}

function party(role: keyof NotaContent["parties"], label: string): ContentUnit {
  return {
    key: `parties.${role}`,
    label,
    get: (c) => c.parties[role],
    set: (c, value) => ({ ...c, parties: { ...c.parties, [role]: value as NotaContent["parties"][typeof role] } }),
  };
}

function recipients(role: keyof NotaContent["recipients"], label: string): ContentUnit {
  return {
    key: `recipients.${role}`,
    label,
    get: (c) => c.recipients[role],
    set: (c, value) => ({ ...c, recipients: { ...c.recipients, [role]: value as string[] } }),
  };
}

export const CONTENT_UNITS: readonly ContentUnit[] = [
  field("marking", "Markering"),
  field("classification", "Rubricering"),
  field("title", "Titel"),
  field("date", "Datum"),
  field("drafterName", "Opgesteld door"),
  field("plannedDate", "Plandatum/Deadline"),
  field("kamerDeadline", "Kamer"),
  field("ownerOfficeId", "Eigenaar"),
  party("AAN", "Aan"),
  party("VAN", "Van"),
  party("VIA", "Via"),
  party("KOPIE_AAN", "Kopie aan"),
  party("AFGESTEMD_MET", "Afgestemd met"),
  recipients("besluit", "Ter beslissing aan"),
  recipients("informatie", "Ter informatie aan"),
  field("aanleiding", "Aanleiding"),
  field("decisionPoints", "Geadviseerd besluit"),
  field("remarks", "Nb.-opmerkingen"),
  field("kern", "Kern"),
  field("timeline", "(Voorgestelde) Tijdlijn"),
  field("annex", "Bijlage (nationale kaders)"),
];

export function unitEquals(unit: ContentUnit, a: NotaContent, b: NotaContent): boolean {
  return canonicalJson(unit.get(a)) === canonicalJson(unit.get(b));
}

export function changedUnits(before: NotaContent, after: NotaContent): ContentUnit[] {
  return CONTENT_UNITS.filter((unit) => !unitEquals(unit, before, after));
}
