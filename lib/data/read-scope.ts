// canReadNota (lib/permissions.ts) as a Prisma filter, so that lists and lookups only ever
// load notas the user may read: a nota outside the scope is simply "not found".
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasRoleAnywhere, officeIdsOf, ROLES_SEEING_ALL_NOTAS, type CurrentUser } from "@/lib/domain/permissions";

export function readableNotaWhere(user: CurrentUser): Prisma.NotaWhereInput {
  if (hasRoleAnywhere(user, ROLES_SEEING_ALL_NOTAS)) return {};
  const officeIds = officeIdsOf(user);
  return {
    OR: [{ ownerOfficeId: { in: officeIds } }, { status: { not: "CONCEPT" }, readerOfficeIds: { hasSome: [...officeIds, ...user.delegatedOfficeIds] } }],
  };
}
