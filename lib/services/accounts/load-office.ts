// One office for beheer: its members, its place in a succession, how many open notas still
// involve it, and the offices that could succeed it.
import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { beheerOfficeOrRefuse } from "./beheer-access";

/** Notas that are done with: nothing waits on their offices any more. */
const CLOSED_STATUSES = ["AFGEROND", "INGETROKKEN"] as const;

export async function loadOffice(options: { user: CurrentUser; officeId: string; context: RequestContext }) {
  const { user, officeId, context } = options;
  await beheerOfficeOrRefuse(user, { action: "accounts.read_refused", objectType: "Office", objectId: officeId, context });
  const office = await db.office.findUnique({
    where: { id: officeId },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      active: true,
      endedOn: true,
      successor: { select: { id: true, code: true, name: true } },
      predecessors: { select: { id: true, code: true, name: true, endedOn: true }, orderBy: { code: "asc" } },
      memberships: {
        select: { id: true, role: true, user: { select: { id: true, name: true, email: true, active: true } } },
        orderBy: [{ user: { name: "asc" } }, { role: "asc" }],
      },
    },
  });
  if (!office) throw new NotFoundError("Dit onderdeel bestaat niet.");
  const [openNotas, successorOptions] = await Promise.all([
    db.nota.count({
      where: { status: { notIn: [...CLOSED_STATUSES] }, OR: [{ ownerOfficeId: office.id }, { readerOfficeIds: { has: office.id } }] },
    }),
    db.office.findMany({
      where: { active: true, kind: office.kind, id: { not: office.id } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true },
    }),
  ]);
  return { office, openNotas, successorOptions };
}
