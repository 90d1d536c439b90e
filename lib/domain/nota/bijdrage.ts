// A bijdrage with nothing filled in yet: the editor's "+ Bijdrage toevoegen" and the seed
// start from it.
import type { BijdrageContent } from "./content-schema";

export function emptyBijdrage(id: string, fields: Partial<Omit<BijdrageContent, "id">> = {}): BijdrageContent {
  return {
    id,
    name: "",
    acronym: null,
    framework: null,
    location: null,
    personnelBefore: null,
    personnelBeforeCirca: false,
    personnelAfter: null,
    personnelAfterCirca: false,
    contribution: null,
    remark: null,
    verkenning: false,
    uitbreiding: false,
    modulair: false,
    article100: false,
    ...fields,
  };
}
