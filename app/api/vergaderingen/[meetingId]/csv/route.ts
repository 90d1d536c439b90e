import type { NextRequest } from "next/server";
import { CLASSIFICATION_LABELS, STATUS_LABELS } from "@/lib/domain/nota/labels";
import { AGENDA_ITEM_LABELS } from "@/lib/domain/planning/labels";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { idParam, withUser } from "@/lib/http/route-handler";
import { loadAgenda } from "@/lib/services/councils/load-agenda";

/** One meeting's agenda as CSV. */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/vergaderingen/[meetingId]/csv">) {
  return withUser(request, async (user) => {
    const agenda = await loadAgenda(user, idParam((await params).meetingId));
    const csv = toCsv(
      ["Soort", "Onze referentie", "Titel", "Van", "Besluit", "Status", "Kamer", "Rubricering"],
      agenda.items.map((i) => [
        AGENDA_ITEM_LABELS[i.kind],
        i.reference,
        i.title,
        i.owner,
        i.deciding.join(", "),
        STATUS_LABELS[i.status],
        i.kamerDeadline,
        CLASSIFICATION_LABELS[i.classification],
      ]),
    );
    return csvResponse(`agenda-${agenda.council.code}-${agenda.date}.csv`, csv);
  });
}
