// What must be filled in before a nota can be offered for decision. A draft may lack any of
// it (autosave stores incomplete work); the editor lists these at the fields, and the route
// refuses to offer a nota while the list is not empty.
import { topLevelItems } from "@/lib/domain/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import type { NotaContent } from "./content-schema";
import { PARTY_ROLE_LABELS, PARTY_ROLES } from "./labels";

export interface CompletenessIssue {
  /** Where the editor shows it: a field key such as "title" or "bijdrage.<id>.name". */
  field: string;
  message: string;
}

function isEmpty(doc: RichTextDoc | null): boolean {
  return doc === null || topLevelItems(doc).every((text) => text.trim() === "");
}

export function completenessIssues(content: NotaContent): CompletenessIssue[] {
  const issues: CompletenessIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });

  if (!content.title.trim()) add("title", "Titel: vul de titel van de nota in.");
  if (!content.drafterName) add("drafterName", "Opgesteld door: vul in wie de nota heeft opgesteld.");
  if (content.parties.AAN.length === 0) add("parties.AAN", "Aan: kies ten minste één geadresseerde.");
  if (content.parties.VAN.length === 0) add("parties.VAN", "Van: vul in van welk onderdeel de nota komt.");
  for (const role of PARTY_ROLES) {
    content.parties[role].forEach((entry, index) => {
      if (entry.officeId === null && entry.text === null) {
        add(`parties.${role}.${index}`, `${PARTY_ROLE_LABELS[role]}: regel ${index + 1} is leeg; kies een onderdeel of vul een naam in.`);
      }
    });
  }
  if (content.plannedDate && content.kamerDeadline && content.plannedDate > content.kamerDeadline) {
    add("plannedDate", "Plandatum/Deadline: de plandatum ligt na de Kamerdeadline.");
  }

  if (content.marking === "TER_BESLISSING") {
    if (content.recipients.besluit.length === 0) add("recipients.besluit", "Ter beslissing aan: kies ten minste één bewindspersoon die besluit.");
    if (content.decisionPoints.length === 0) add("decisionPoints", "Geadviseerd besluit: voeg ten minste één besluitpunt toe.");
  }
  content.decisionPoints.forEach((point, index) => {
    if (isEmpty(point.text)) add(`decisionPoint.${point.id}`, `Geadviseerd besluit: besluitpunt ${index + 1} is leeg.`);
  });
  content.remarks.forEach((remark, index) => {
    if (isEmpty(remark.body)) add(`remark.${remark.id}`, `Nb. ${index + 1} is leeg.`);
  });

  if (isEmpty(content.aanleiding)) add("aanleiding", "Aanleiding: beschrijf waarom deze nota er is.");
  if (content.kern.length === 0 || content.kern.every((section) => isEmpty(section.body))) add("kern", "Kern: schrijf de kern van de nota.");
  content.kern.forEach((section, index) => {
    if (!section.title.trim()) add(`kern.${section.id}.title`, `Kern: paragraaf ${index + 1} heeft geen titel.`);
  });
  content.timeline.forEach((entry, index) => {
    if (!entry.description.trim()) add(`timeline.${entry.id}.description`, `Tijdlijn: vul in wat er op regel ${index + 1} gebeurt.`);
  });

  if (content.annex) {
    if (!content.annex.title.trim()) add("annex.title", "Bijlage: vul de titel van de bijlage in.");
    content.annex.categories.forEach((category, categoryIndex) => {
      if (!category.title.trim()) add(`category.${category.id}.title`, `Bijlage: categorie ${categoryIndex + 1} heeft geen titel.`);
      for (const kader of category.kaders) {
        if (!kader.region.trim()) add(`kader.${kader.id}.region`, `Bijlage, ${category.title || `categorie ${categoryIndex + 1}`}: vul de regio in.`);
        const seen = new Map<string, number>();
        kader.bijdragen.forEach((bijdrage, index) => {
          const where = `${kader.region || "regio zonder naam"}, bijdrage ${index + 1}`;
          if (!bijdrage.name.trim()) add(`bijdrage.${bijdrage.id}.name`, `Bijlage, ${where}: vul de naam van de missie of bijdrage in.`);
          if (bijdrage.acronym) {
            const key = bijdrage.acronym.toLowerCase();
            if (seen.has(key)) {
              add(
                `bijdrage.${bijdrage.id}.acronym`,
                `Bijlage, ${where}: de afkorting ${bijdrage.acronym} staat al bij bijdrage ${seen.get(key)! + 1} in deze regio.`,
              );
            } else seen.set(key, index);
          }
        });
      }
    });
  }
  return issues;
}
