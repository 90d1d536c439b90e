// One nota's personnel overview, for those who may read the nota: on its page, and as CSV
// (a download, so on the record).
import "server-only";
import { recordExport } from "@/lib/audit/record-export";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { personnelOverview } from "@/lib/domain/nota/personnel-overview";
import { personnelCsv } from "@/lib/export/personnel-csv";
import type { RequestContext } from "@/lib/http/request-context";

const ANNEX_SELECT = {
  id: true,
  reference: true,
  version: true,
  annexCategories: {
    orderBy: { position: "asc" },
    select: {
      kind: true,
      title: true,
      kaders: {
        orderBy: { position: "asc" },
        select: {
          region: true,
          bijdragen: {
            orderBy: { position: "asc" },
            select: { framework: true, personnelBefore: true, personnelBeforeCirca: true, personnelAfter: true, personnelAfterCirca: true },
          },
        },
      },
    },
  },
} as const;

export async function exportNotaPersonnel(options: { user: CurrentUser; notaId: string; context: RequestContext }) {
  const { user, notaId, context } = options;
  const nota = await readableNotaOrRefuse(user, { id: notaId }, ANNEX_SELECT, { action: "nota.read_refused", context });
  const csv = personnelCsv(personnelOverview({ categories: nota.annexCategories }));
  await recordExport(db, {
    actorId: user.id,
    notaId: nota.id,
    notaVersion: nota.version,
    details: { format: "csv", kind: "intern", part: "personeel", publication: false },
    ...context,
  });
  return { fileName: `${nota.reference}-personeel.csv`, csv };
}
