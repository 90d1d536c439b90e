import type { NextRequest } from "next/server";
import { TOEZEGGING_STATUS_LABELS } from "@/lib/domain/planning/labels";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { withUser } from "@/lib/http/route-handler";
import { listToezeggingen } from "@/lib/services/toezeggingen/list-toezeggingen";

/** The toezeggingen as CSV, with the notas (that the person may read) that fulfil them. */
export async function GET(request: NextRequest) {
  return withUser(request, async (user) => {
    const { toezeggingen } = await listToezeggingen(user);
    const csv = toCsv(
      ["Referentie", "Toezegging", "Debat", "Gedaan op", "Bewindspersoon", "Uiterlijk", "Status", "Nota's"],
      toezeggingen.map((t) => [
        t.reference,
        t.text,
        t.debate,
        t.madeOn,
        t.minister,
        t.dueDate,
        TOEZEGGING_STATUS_LABELS[t.status],
        t.notas.map((n) => n.reference).join(", "),
      ]),
    );
    return csvResponse(`toezeggingen-${new Date().toISOString().slice(0, 10)}.csv`, csv);
  });
}
