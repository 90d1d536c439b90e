// What the "Nieuwe nota" page offers this user: the units they may draft for, the templates,
// and the notas they may copy.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { NOTA_TEMPLATE_KEYS, NOTA_TEMPLATES } from "@/lib/domain/nota/templates";
import { draftingOfficeIds, hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";

/** The most recent notas offered to copy; any other can be named by reference. */
const COPYABLE = 200;

export async function loadNewNotaOptions(user: CurrentUser) {
  const isBeheer = hasRoleAnywhere(user, ["BEHEER"]);
  const [offices, copyable] = await Promise.all([
    db.office.findMany({
      where: isBeheer ? { active: true } : { id: { in: draftingOfficeIds(user) }, active: true },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true },
    }),
    db.nota.findMany({ where: readableNotaWhere(user), orderBy: { date: "desc" }, take: COPYABLE, select: { reference: true, title: true } }),
  ]);
  return { offices, copyable, templates: NOTA_TEMPLATE_KEYS.map((key) => ({ key, ...NOTA_TEMPLATES[key] })) };
}

/** Whether the user may draft notas at all (for the "Nieuwe nota" button). */
export function mayDraftNotas(user: CurrentUser): boolean {
  return draftingOfficeIds(user).length > 0 || hasRoleAnywhere(user, ["BEHEER"]);
}
