// Ending an office (a new cabinet, a reorganisation): its notas, decisions and history stay; from
// the day it ends nobody acts for it and nothing new can be addressed to it. Its work may pass to a
// successor of the same kind (a minister's office to a minister's office, a unit to a unit).
import type { FieldIssue } from "@/lib/domain/errors";
import type { OfficeKind } from "@/lib/domain/enums";

interface OfficeFacts {
  id: string;
  kind: OfficeKind;
  active: boolean;
}

/** What is wrong with ending `office` on `endedOn` (ISO dates) with `successor`, field by field; empty when nothing is. */
export function officeEndingIssues(input: { office: OfficeFacts; successor: OfficeFacts | null; endedOn: string; today: string }): FieldIssue[] {
  const { office, successor, endedOn, today } = input;
  const issues: FieldIssue[] = [];
  if (!office.active) issues.push({ path: "officeId", message: "Dit onderdeel is al opgeheven." });
  if (endedOn > today) {
    issues.push({
      path: "endedOn",
      message: "Hef een onderdeel op vanaf de dag dat het ophoudt te bestaan, niet eerder: kies vandaag of een dag in het verleden.",
    });
  }
  if (successor) {
    if (successor.id === office.id) issues.push({ path: "successorId", message: "Een onderdeel kan niet zijn eigen opvolger zijn." });
    else if (!successor.active) issues.push({ path: "successorId", message: "De opvolger is zelf opgeheven; kies een onderdeel dat nog bestaat." });
    else if (successor.kind !== office.kind) {
      const kind = office.kind === "BEWINDSPERSOON" ? "een bewindspersoon" : "een organisatieonderdeel";
      issues.push({ path: "successorId", message: `De opvolger moet net als dit onderdeel ${kind} zijn.` });
    }
  }
  return issues;
}
