import type { NextRequest } from "next/server";
import { STATUS_LABELS } from "@/lib/domain/nota/labels";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { withUser } from "@/lib/http/route-handler";
import { loadDashboard } from "@/lib/services/dashboard/load-dashboard";

/** The overview's lists (te laat, dreigt te laat te worden) as CSV, with what is wrong. */
export async function GET(request: NextRequest) {
  return withUser(request, async (user) => {
    const view = await loadDashboard(user);
    const rows = [...view.overdue.map((n) => ["Te laat", n] as const), ...view.atRisk.map((n) => ["Dreigt te laat te worden", n] as const)].map(
      ([group, n]) => [
        group,
        n.reference,
        n.title,
        STATUS_LABELS[n.status],
        n.kamerDeadline,
        n.plan?.mr?.date ?? null,
        n.waitingOn.join(", "),
        n.warnings
          .filter((w) => w.severity === "fout")
          .map((w) => w.message)
          .join(" "),
      ],
    );
    const csv = toCsv(["Lijst", "Onze referentie", "Titel", "Status", "Kamer", "Ministerraad volgens planning", "Wacht op", "Wat niet klopt"], rows);
    return csvResponse(`overzicht-${view.today}.csv`, csv);
  });
}
