// An office that has ended (a new cabinet) stays on the notas that already name it, but cannot be
// newly chosen: not in the editor's lists, and not by a save that names it anyway.
import "server-only";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/domain/errors";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { newOfficeReferences } from "@/lib/domain/nota/office-references";

export async function refuseNewlyChosenEndedOffices(nota: { id: string; ownerOfficeId: string }, content: NotaContent): Promise<void> {
  const [parties, recipients] = await Promise.all([
    db.notaParty.findMany({ where: { notaId: nota.id, officeId: { not: null } }, select: { officeId: true } }),
    db.notaRecipient.findMany({ where: { notaId: nota.id }, select: { officeId: true } }),
  ]);
  const named = [nota.ownerOfficeId, ...parties.map((p) => p.officeId!), ...recipients.map((r) => r.officeId)];
  const fresh = newOfficeReferences(content, named);
  if (fresh.length === 0) return;
  const ended = await db.office.findMany({
    where: { id: { in: [...new Set(fresh.map((reference) => reference.officeId))] }, active: false },
    select: { id: true, code: true, name: true, successor: { select: { code: true, name: true } } },
  });
  if (ended.length === 0) return;
  const byId = new Map(ended.map((office) => [office.id, office]));
  const issues = fresh.flatMap((reference) => {
    const office = byId.get(reference.officeId);
    if (!office) return [];
    const instead = office.successor ? `; kies ${office.successor.name} (${office.successor.code})` : "";
    return [{ path: reference.path, message: `${office.name} (${office.code}) is opgeheven en kan niet meer worden gekozen${instead}.` }];
  });
  throw new InvalidInputError("De nota is niet opgeslagen: er is een opgeheven onderdeel gekozen.", issues);
}
