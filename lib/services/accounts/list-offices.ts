// Beheer's list of offices: active ones first, then those that ended, with their successor.
import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { beheerOfficeOrRefuse } from "./beheer-access";

export async function listOffices(options: { user: CurrentUser; context: RequestContext }) {
  await beheerOfficeOrRefuse(options.user, { action: "accounts.read_refused", objectType: "Office", objectId: null, context: options.context });
  return db.office.findMany({
    orderBy: [{ active: "desc" }, { kind: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      active: true,
      endedOn: true,
      successor: { select: { code: true, name: true } },
      _count: { select: { memberships: true } },
    },
  });
}
