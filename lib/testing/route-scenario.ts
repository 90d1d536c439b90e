// A complete route for service tests: a drafting unit, a Via chain of two, four deciding
// offices and two copy offices, each with its people, and a complete nota ready to offer.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { loadSnapshot } from "@/lib/data/content-rows";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { DecisionInput } from "@/lib/validation/decision";
import { bullets, doc, paragraph } from "@/lib/domain/rich-text/build";
import { createNota, createOffice, createUser, notaContent } from "./factories";
import { asCurrentUser } from "./users";

export async function routeScenario(db: Db, options: { via?: number; deciding?: number; copies?: number } = {}) {
  const owner = await createOffice(db);
  const via = await Promise.all(Array.from({ length: options.via ?? 2 }, () => createOffice(db)));
  const deciding = await Promise.all(Array.from({ length: options.deciding ?? 4 }, () => createOffice(db, { kind: "BEWINDSPERSOON" })));
  const copies = await Promise.all(Array.from({ length: options.copies ?? 2 }, () => createOffice(db, { kind: "BEWINDSPERSOON" })));
  const person = async (officeId: string, role: "OPSTELLER" | "PARAAF" | "KABINET" | "SECRETARIAAT") =>
    asCurrentUser(await createUser(db, { memberships: [{ officeId, role }] }));
  const drafter = await person(owner.id, "OPSTELLER");
  const parafeerders = await Promise.all(via.map((o) => person(o.id, "PARAAF")));
  const kabinet = await Promise.all(deciding.map((o) => person(o.id, "KABINET")));
  const copyKabinet = await Promise.all(copies.map((o) => person(o.id, "KABINET")));

  const content = notaContent(owner.id, {
    parties: {
      AAN: deciding.slice(0, 2).map((o) => ({ officeId: o.id, text: null, personalData: false })),
      VAN: [{ officeId: owner.id, text: null, personalData: false }],
      VIA: via.map((o) => ({ officeId: o.id, text: "Parafeerder", personalData: true })),
      KOPIE_AAN: [],
      AFGESTEMD_MET: [],
    },
    recipients: { besluit: deciding.map((o) => o.id), informatie: copies.map((o) => o.id) },
    aanleiding: doc(bullets("Een aanleiding.")),
    decisionPoints: [
      { id: randomUUID(), text: doc(paragraph("Akkoord gaan met het eerste punt.")) },
      { id: randomUUID(), text: doc(paragraph("Akkoord gaan met het tweede punt.")) },
    ],
  });
  const nota = await createNota(db, { content, createdById: drafter.id });
  return { owner, via, deciding, copies, drafter, parafeerders, kabinet, copyKabinet, content, nota };
}

export type RouteScenario = Awaited<ReturnType<typeof routeScenario>>;

/** The decision form's input for the nota as it lies before the offices now. */
export async function decisionInput(db: Db, notaId: string, officeId: string, decision: "AKKOORD" | "NIET_AKKOORD" = "AKKOORD"): Promise<DecisionInput> {
  const nota = await db.nota.findUniqueOrThrow({ where: { id: notaId }, select: { version: true } });
  const offered = await db.notaVersion.findFirstOrThrow({ where: { notaId, revision: nota.version, kind: "EXPLICIT" }, orderBy: { number: "desc" } });
  const snapshot = await db.$transaction((tx) => loadSnapshot(tx, notaId));
  return {
    officeId,
    expectedVersion: nota.version,
    contentHash: offered.contentHash,
    points: snapshot.decisionPoints.map((p) => ({ decisionPointId: p.id, decision, annotation: null })),
    note: null,
  };
}

export function step(user: CurrentUser, notaId: string, expectedStatus: "CONCEPT" | "PARAAF" | "TER_BESLISSING" | "TERUGGESTUURD", expectedVersion: number) {
  return { user, notaId, expectedStatus, expectedVersion, context: { ip: "192.0.2.30", userAgent: "vitest" } } as const;
}
