// The next "Onze referentie", from a PostgreSQL sequence: a sequence never hands out a number
// twice, also not across concurrent or rolled-back transactions, so a reference is never reused.
import type { Tx } from "@/lib/db/create-client";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { formatReference } from "@/lib/domain/nota/reference";

export async function nextReference(tx: Tx, prefix: string, now: Date = new Date()): Promise<string> {
  const year = todayInAmsterdam(now).slice(0, 4);
  // Skip numbers that an imported or seeded nota (BZ2410641) already carries.
  for (;;) {
    const [{ value }] = await tx.$queryRaw<Array<{ value: bigint }>>`SELECT nextval('nota_reference_seq') AS value`;
    const reference = formatReference(prefix, year, value);
    if ((await tx.nota.count({ where: { reference } })) === 0) return reference;
  }
}
