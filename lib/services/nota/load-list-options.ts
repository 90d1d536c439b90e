// What the nota list's filters offer: the offices and units, ended ones too (their notas stay
// and are looked for), marked as such and listed after the others.
import "server-only";
import { db } from "@/lib/db/client";

export async function loadListOptions() {
  const offices = await db.office.findMany({
    orderBy: [{ active: "desc" }, { kind: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, active: true },
  });
  return { offices: offices.map(({ active, ...o }) => (active ? o : { ...o, name: `${o.name} (opgeheven)` })) };
}
