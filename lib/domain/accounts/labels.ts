// Dutch words for the accounts pages: kinds of office, and where a person's account stands.
import type { OfficeKind } from "@/lib/domain/enums";

export const OFFICE_KIND_LABELS = {
  BEWINDSPERSOON: "Bewindspersoon (kabinet)",
  ONDERDEEL: "Organisatieonderdeel",
} as const satisfies Record<OfficeKind, string>;

export type AccountStatus = "actief" | "uitgenodigd" | "geen wachtwoord" | "gedeactiveerd";

/** One word for the list: deactivated first, then whether the person can log in at all. */
export function accountStatus(person: { active: boolean; hasPassword: boolean; openInvitation: boolean }): AccountStatus {
  if (!person.active) return "gedeactiveerd";
  if (person.hasPassword) return "actief";
  return person.openInvitation ? "uitgenodigd" : "geen wachtwoord";
}
