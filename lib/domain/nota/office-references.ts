// Every place a nota's content names an office, with the form path of its field: the owner
// (Van), each party of the header block, and each office on the route. Used to refuse offices
// that have ended (a new cabinet) wherever they are newly chosen.
import type { NotaContent } from "./content-schema";

export interface OfficeReference {
  path: string;
  officeId: string;
}

const PARTY_ROLES = ["AAN", "VAN", "VIA", "KOPIE_AAN", "AFGESTEMD_MET"] as const;

export function officeReferences(content: Pick<NotaContent, "ownerOfficeId" | "parties" | "recipients">): OfficeReference[] {
  const references: OfficeReference[] = [{ path: "ownerOfficeId", officeId: content.ownerOfficeId }];
  for (const role of PARTY_ROLES) {
    content.parties[role].forEach((party, index) => {
      if (party.officeId) references.push({ path: `parties.${role}.${index}.officeId`, officeId: party.officeId });
    });
  }
  for (const kind of ["besluit", "informatie"] as const) {
    content.recipients[kind].forEach((officeId, index) => references.push({ path: `recipients.${kind}.${index}`, officeId }));
  }
  return references;
}

/** The references to offices that were not named before: only those must still be active. */
export function newOfficeReferences(content: Parameters<typeof officeReferences>[0], before: Iterable<string>): OfficeReference[] {
  const known = new Set(before);
  return officeReferences(content).filter((reference) => !known.has(reference.officeId));
}
