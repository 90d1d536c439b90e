// Everything the editor page needs, in a handful of queries.
import "server-only";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { loadCurrent } from "@/lib/data/content-rows";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { canEditNota, draftingOfficeIds, hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";

export interface OfficeOption {
  id: string;
  code: string;
  name: string;
  kind: "BEWINDSPERSOON" | "ONDERDEEL";
}

export async function loadEditor(user: CurrentUser, reference: string) {
  const nota = await db.nota.findFirst({
    where: { reference, ...readableNotaWhere(user) },
    select: { id: true, reference: true, status: true, ownerOfficeId: true, version: true },
  });
  if (!nota) throw new NotFoundError();
  const permission = canEditNota(user, nota);
  if (!permission.ok) throw new ForbiddenError(permission.reason);

  const [{ snapshot, version }, offices] = await Promise.all([
    // Version and snapshot from one consistent read: the editor bases its saves on them.
    db.$transaction((tx) => loadCurrent(tx, nota.id), { isolationLevel: "RepeatableRead" }),
    db.office.findMany({ where: { active: true }, orderBy: [{ kind: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true, kind: true } }),
  ]);
  const draftable = hasRoleAnywhere(user, ["BEHEER"]) ? offices.map((o) => o.id) : draftingOfficeIds(user);
  return { nota: { ...nota, version }, snapshot, offices: offices as OfficeOption[], ownerOptions: offices.filter((o) => draftable.includes(o.id) || o.id === nota.ownerOfficeId) };
}
