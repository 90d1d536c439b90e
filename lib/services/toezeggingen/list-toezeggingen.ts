// The toezeggingen with their notas, the open ones first by due date. Everyone signed in may
// read them (they are commitments made in public); the notas linked are shown only to those
// who may read them.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { toIsoDate } from "@/lib/domain/dates";
import { canPlanCouncils, type CurrentUser } from "@/lib/domain/permissions";

export async function listToezeggingen(user: CurrentUser) {
  const [toezeggingen, ministers] = await Promise.all([
    db.toezegging.findMany({
      orderBy: [{ status: "asc" }, { dueDate: "asc" }],
      take: 500,
      select: {
        id: true,
        reference: true,
        text: true,
        madeOn: true,
        debate: true,
        dueDate: true,
        status: true,
        minister: { select: { code: true } },
        notas: { where: { nota: readableNotaWhere(user) }, select: { nota: { select: { id: true, reference: true, title: true, status: true } } } },
      },
    }),
    db.office.findMany({ where: { kind: "BEWINDSPERSOON", active: true }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
  ]);
  return {
    canPlan: canPlanCouncils(user).ok,
    ministers,
    toezeggingen: toezeggingen.map((t) => ({
      ...t,
      madeOn: toIsoDate(t.madeOn),
      dueDate: toIsoDate(t.dueDate),
      minister: t.minister.code,
      notas: t.notas.map((n) => n.nota),
    })),
  };
}
