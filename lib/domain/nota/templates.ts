// Starting points for a new nota. The structure of a beslisnota as the ministry writes it;
// the texts are left for the drafter (the editor lists what is still empty).
import { randomUUID } from "node:crypto";
import { EMPTY_DOC } from "@/lib/domain/rich-text/schema";
import { doc, paragraph } from "@/lib/domain/rich-text/build";
import type { NotaContent } from "./content-schema";

export const NOTA_TEMPLATES = {
  leeg: { label: "Lege nota", description: "Alleen de kop; u bepaalt de indeling zelf." },
  beslisnota: {
    label: "Beslisnota ter beslissing",
    description: "Aanleiding, geadviseerd besluit met een eerste besluitpunt, en de vaste paragrafen van de kern.",
  },
  informatie: { label: "Nota ter informatie", description: "Zonder besluitpunten: aanleiding, kern en vervolg." },
  nationaleKaders: {
    label: "Beslisnota met bijlage nationale kaders",
    description: "Als de beslisnota, met de bijlage in de drie vaste categorieën (zoals BZ2410641).",
  },
} as const;

export type NotaTemplateKey = keyof typeof NOTA_TEMPLATES;
export const NOTA_TEMPLATE_KEYS = Object.keys(NOTA_TEMPLATES) as NotaTemplateKey[];

const section = (title: string) => ({ id: randomUUID(), title, body: EMPTY_DOC });

export function contentFromTemplate(key: NotaTemplateKey, base: { ownerOfficeId: string; date: string; drafterName: string; title: string }): NotaContent {
  const content: NotaContent = {
    marking: key === "informatie" ? "TER_INFORMATIE" : "TER_BESLISSING",
    classification: "ONGERUBRICEERD",
    title: base.title,
    date: base.date,
    drafterName: base.drafterName,
    plannedDate: null,
    kamerDeadline: null,
    ownerOfficeId: base.ownerOfficeId,
    parties: {
      AAN: [],
      VAN: [{ officeId: base.ownerOfficeId, text: null, personalData: false }],
      VIA: [],
      KOPIE_AAN: [],
      AFGESTEMD_MET: [],
    },
    recipients: { besluit: [], informatie: [] },
    aanleiding: EMPTY_DOC,
    decisionPoints: [],
    remarks: [],
    kern: [],
    timeline: [],
    annex: null,
  };
  switch (key) {
    case "leeg":
      return content;
    case "informatie":
      return { ...content, kern: [section("Toelichting"), section("Vervolg")] };
    case "beslisnota":
    case "nationaleKaders":
      return {
        ...content,
        decisionPoints: [{ id: randomUUID(), text: doc(paragraph("Akkoord gaan met ")) }],
        kern: [section("Toelichting"), section("Draagvlak en afstemming"), section("Financiële gevolgen"), section("Communicatie")],
        annex:
          key === "nationaleKaders"
            ? {
                title: "Nationale Kaders",
                note: null,
                categories: [
                  { id: randomUUID(), kind: "BEEINDIGING_AFSCHALING", title: "Te beëindigen en afschaling nationale kaders", kaders: [] },
                  { id: randomUUID(), kind: "NIEUW", title: "Nieuwe (voorziene) bijdragen", kaders: [] },
                  { id: randomUUID(), kind: "VOORTZETTING", title: "Voortzetting, incl. eventuele aanpassing nationale kaders", kaders: [] },
                ],
              }
            : null,
      };
  }
}

/** A copy of earlier content with fresh ids for every row, so that nothing is shared. */
export function copyContent(source: NotaContent, base: { ownerOfficeId: string; date: string; drafterName: string }): NotaContent {
  const fresh = <T extends { id: string }>(item: T): T => ({ ...item, id: randomUUID() });
  return {
    ...source,
    ...base,
    title: source.title ? `Kopie van ${source.title}`.slice(0, 300) : "",
    decisionPoints: source.decisionPoints.map(fresh),
    remarks: source.remarks.map(fresh),
    kern: source.kern.map(fresh),
    timeline: source.timeline.map(fresh),
    annex: source.annex && {
      ...source.annex,
      categories: source.annex.categories.map((category) => ({
        ...fresh(category),
        kaders: category.kaders.map((kader) => ({ ...fresh(kader), bijdragen: kader.bijdragen.map(fresh) })),
      })),
    },
  };
}
