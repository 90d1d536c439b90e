// What the nota list's filters offer: the offices and units.
import "server-only";
import { db } from "@/lib/db/client";

export async function loadListOptions() {
  const offices = await db.office.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true },
  });
  return { offices };
}
