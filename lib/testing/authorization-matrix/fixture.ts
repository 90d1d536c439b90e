// The authorization matrix's data: one unit's world (a drafting unit, one Via unit, one deciding
// office, each with its people, and councils with meetings), and for each stage of the route a
// target nota carried there through the real services, with everything that hangs off it (an
// attachment, a toezegging, a delegation of its deciding office, the drafter's session, calendar
// token, notification and open editor). The strangers of the matrix belong to none of it.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { emptyBijdrage } from "@/lib/domain/nota/bijdrage";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import type { CurrentUser } from "@/lib/domain/permissions";
import { addDays } from "@/lib/domain/planning";
import { bullets, doc, paragraph } from "@/lib/domain/rich-text/build";
import { scheduleNota } from "@/lib/services/councils/schedule-nota";
import { addAttachment } from "@/lib/services/nota/add-attachment";
import { decideNota } from "@/lib/services/route/decide-nota";
import { initialNota } from "@/lib/services/route/initial-nota";
import { offerNota } from "@/lib/services/route/offer-nota";
import { createNota, createOffice, createUser, notaContent, unique } from "../factories";
import { decisionInput } from "../route-scenario";
import { asCurrentUser, TEST_CONTEXT } from "../users";

export const STAGES = ["concept", "paraaf", "terBeslissing", "besloten", "geagendeerdMr"] as const;
export type Stage = (typeof STAGES)[number];

/** Roles of the matrix; NONE is a person without any membership. */
export const MATRIX_ROLES = ["OPSTELLER", "PARAAF", "KABINET", "SECRETARIAAT", "BEHEER", "NONE"] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export interface Stranger {
  role: MatrixRole;
  user: CurrentUser;
  /** The office the stranger belongs to (null for NONE). */
  officeId: string | null;
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

export interface World {
  ownerOfficeId: string;
  viaOfficeId: string;
  decidingOfficeId: string;
  drafter: CurrentUser;
  parafeerder: CurrentUser;
  kabinet: CurrentUser;
  secretariaat: CurrentUser;
  /** The person the deciding office's delegations name. */
  delegate: CurrentUser;
}

export interface Target {
  stage: Stage;
  id: string;
  reference: string;
  content: NotaContent;
  attachmentId: string;
  /** Linked to the nota when it is besloten or further, unlinked before. */
  toezeggingId: string;
  delegationId: string;
  /** The drafter's own objects, which nobody else may end or change. */
  sessionId: string;
  calendarTokenId: string;
  notificationId: string;
  /** Meetings of councils of the target's own, in the future: an onderraad and an MR. */
  onderraadMeetingId: string;
  mrMeetingId: string;
}

const person = async (db: Db, officeId: string, role: "OPSTELLER" | "PARAAF" | "KABINET" | "SECRETARIAAT") =>
  asCurrentUser(await createUser(db, { memberships: [{ officeId, role }] }));

export async function buildWorld(db: Db): Promise<World> {
  const [owner, via, deciding, secretariaatOffice] = await Promise.all([
    createOffice(db),
    createOffice(db),
    createOffice(db, { kind: "BEWINDSPERSOON" }),
    createOffice(db),
  ]);
  const [drafter, parafeerder, kabinet, secretariaat, delegate] = await Promise.all([
    person(db, owner.id, "OPSTELLER"),
    person(db, via.id, "PARAAF"),
    person(db, deciding.id, "KABINET"),
    person(db, secretariaatOffice.id, "SECRETARIAAT"),
    person(db, owner.id, "OPSTELLER"),
  ]);
  return { ownerOfficeId: owner.id, viaOfficeId: via.id, decidingOfficeId: deciding.id, drafter, parafeerder, kabinet, secretariaat, delegate };
}

/** One person per role, each in an office of their own that has nothing to do with the world. */
export async function buildStrangers(db: Db): Promise<Stranger[]> {
  return Promise.all(
    MATRIX_ROLES.map(async (role): Promise<Stranger> => {
      if (role === "NONE") return { role, user: asCurrentUser(await createUser(db)), officeId: null };
      const office = await createOffice(db, { kind: role === "KABINET" ? "BEWINDSPERSOON" : "ONDERDEEL" });
      return { role, user: asCurrentUser(await createUser(db, { memberships: [{ officeId: office.id, role }] })), officeId: office.id };
    }),
  );
}

function annex() {
  const bijdrage = (name: string, before: number, after: number) =>
    emptyBijdrage(randomUUID(), { name, framework: "EU", personnelBefore: before, personnelAfter: after });
  return {
    title: "Nationale Kaders",
    note: null,
    categories: [
      {
        id: randomUUID(),
        kind: "VOORTZETTING" as const,
        title: "Voortzetting",
        kaders: [{ id: randomUUID(), region: "Sahel", termStart: null, termEnd: null, bijdragen: [bijdrage("Missie A", 10, 12), bijdrage("Missie B", 4, 0)] }],
      },
    ],
  };
}

const stepOf = (user: CurrentUser, notaId: string, expectedStatus: "CONCEPT" | "PARAAF" | "BESLOTEN", expectedVersion: number) => ({
  user,
  notaId,
  expectedStatus,
  expectedVersion,
  context: TEST_CONTEXT,
});

/** A nota of the world carried to `stage` by the people whose steps they are, with its objects. */
export async function buildTarget(db: Db, world: World, stage: Stage): Promise<Target> {
  const today = todayInAmsterdam();
  const office = (id: string) => ({ officeId: id, text: null, personalData: false });
  const content = notaContent(world.ownerOfficeId, {
    parties: { AAN: [office(world.decidingOfficeId)], VAN: [office(world.ownerOfficeId)], VIA: [office(world.viaOfficeId)], KOPIE_AAN: [], AFGESTEMD_MET: [] },
    recipients: { besluit: [world.decidingOfficeId], informatie: [] },
    aanleiding: doc(bullets("Een aanleiding.")),
    decisionPoints: [{ id: randomUUID(), text: doc(paragraph("Akkoord gaan met het voorstel.")) }],
    kamerDeadline: addDays(today, 60),
    annex: annex(),
  });
  const nota = await createNota(db, { content, createdById: world.drafter.id });
  const { attachment, version } = await addAttachment({
    user: world.drafter,
    notaId: nota.id,
    baseVersion: 1,
    fileName: "Conceptbrief.pdf",
    bytes: PDF_BYTES,
    context: TEST_CONTEXT,
  });

  // Councils of the target's own, so that meeting dates never collide with anyone else's.
  const [onderraad, mr] = await Promise.all([
    db.council.create({ data: { code: unique("OR"), name: "Onderraad (matrix)", kind: "ONDERRAAD" } }),
    db.council.create({ data: { code: unique("MR"), name: "Ministerraad (matrix)", kind: "MINISTERRAAD" } }),
  ]);
  const [onderraadMeeting, mrMeeting] = await Promise.all([
    db.meeting.create({ data: { councilId: onderraad.id, date: parseIsoDate(addDays(today, 7)) } }),
    db.meeting.create({ data: { councilId: mr.id, date: parseIsoDate(addDays(today, 14)) } }),
  ]);

  const at = STAGES.indexOf(stage);
  if (at >= STAGES.indexOf("paraaf")) await offerNota(stepOf(world.drafter, nota.id, "CONCEPT", version));
  if (at >= STAGES.indexOf("terBeslissing")) await initialNota(stepOf(world.parafeerder, nota.id, "PARAAF", version));
  if (at >= STAGES.indexOf("besloten")) {
    await decideNota({ user: world.kabinet, notaId: nota.id, context: TEST_CONTEXT, input: await decisionInput(db, nota.id, world.decidingOfficeId) });
  }
  if (at >= STAGES.indexOf("geagendeerdMr")) {
    await scheduleNota({ ...stepOf(world.secretariaat, nota.id, "BESLOTEN", version), meetingId: mrMeeting.id, kind: "HAMERSTUK" });
    // The MR has met since: its outcome and the Kamerbrief can be recorded now.
    await db.meeting.update({ where: { id: mrMeeting.id }, data: { date: parseIsoDate(addDays(today, -1)) } });
  }

  // A reference outside the TZ-<year>-<n> series, which recordToezegging numbers.
  const toezegging = await db.toezegging.create({
    data: {
      reference: unique("MATRIX-"),
      text: "Toezegging van de matrix.",
      madeOn: parseIsoDate(addDays(today, -30)),
      debate: "Commissiedebat (matrix)",
      ministerOfficeId: world.decidingOfficeId,
      dueDate: parseIsoDate(addDays(today, 60)),
    },
  });
  const linked = at >= STAGES.indexOf("besloten");
  const [delegation, session, token, notification] = await Promise.all([
    db.delegation.create({
      data: {
        officeId: world.decidingOfficeId,
        delegateUserId: world.delegate.id,
        startsOn: parseIsoDate(today),
        endsOn: parseIsoDate(addDays(today, 7)),
        createdById: world.kabinet.id,
      },
    }),
    db.userSession.create({ data: { userId: world.drafter.id, expiresAt: new Date(Date.now() + 12 * 3600_000) } }),
    db.calendarToken.create({ data: { userId: world.drafter.id, tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex") } }),
    db.notification.create({
      data: { userId: world.drafter.id, notaId: nota.id, kind: "HERINNERING", message: "Herinnering (matrix)", key: unique("matrix:") },
    }),
    db.editorPresence.create({ data: { notaId: nota.id, userId: world.drafter.id, lastSeenAt: new Date() } }),
    linked ? db.notaToezegging.create({ data: { notaId: nota.id, toezeggingId: toezegging.id } }) : Promise.resolve(null),
  ]);
  return {
    stage,
    id: nota.id,
    reference: nota.reference,
    content,
    attachmentId: attachment.id,
    toezeggingId: toezegging.id,
    delegationId: delegation.id,
    sessionId: session.id,
    calendarTokenId: token.id,
    notificationId: notification.id,
    onderraadMeetingId: onderraadMeeting.id,
    mrMeetingId: mrMeeting.id,
  };
}

export async function buildTargets(db: Db, world: World): Promise<Record<Stage, Target>> {
  const built = await Promise.all(STAGES.map((stage) => buildTarget(db, world, stage)));
  return Object.fromEntries(built.map((target) => [target.stage, target])) as Record<Stage, Target>;
}

/**
 * Everything an action could touch about a target, as rows: the nota itself (version, routeSeq,
 * status and every column), its route and decision records, versions, files, agenda places,
 * deadlines, toezegging links and editor presence; the objects hanging off it; and the notas the
 * actor created (a copy). Equal before and after means nothing changed. One statement, because
 * the matrix takes two per cell; `auditMark` is the newest audit event at that moment.
 */
export async function snapshot(db: Db, world: World, target: Target, actorId: string): Promise<{ rows: unknown; auditMark: bigint }> {
  const rowsOf = (table: string, order: string) =>
    Prisma.sql`(SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.${Prisma.raw(`"${order}"`)}), '[]') FROM ${Prisma.raw(`"${table}"`)} x WHERE x."notaId" = ${target.id}::uuid)`;
  const [row] = await db.$queryRaw<Array<{ rows: unknown; auditMark: bigint | null }>>`
    SELECT jsonb_build_object(
      'nota', (SELECT to_jsonb(n) - 'searchDocument' FROM "Nota" n WHERE n."id" = ${target.id}::uuid),
      'approvals', ${rowsOf("Approval", "id")},
      'decisions', ${rowsOf("OfficeDecision", "id")},
      'routeActions', ${rowsOf("RouteAction", "id")},
      'versions', ${rowsOf("NotaVersion", "number")},
      'attachments', (SELECT coalesce(jsonb_agg(to_jsonb(x) - 'data' ORDER BY x."id"), '[]') FROM "NotaAttachment" x WHERE x."notaId" = ${target.id}::uuid),
      'agenda', ${rowsOf("AgendaItem", "id")},
      'deadlines', ${rowsOf("DecisionDeadline", "officeId")},
      'toezeggingLinks', ${rowsOf("NotaToezegging", "toezeggingId")},
      'presence', ${rowsOf("EditorPresence", "userId")},
      'notifications', ${rowsOf("Notification", "id")},
      'toezegging', (SELECT to_jsonb(t) FROM "Toezegging" t WHERE t."id" = ${target.toezeggingId}::uuid),
      'delegations', (SELECT coalesce(jsonb_agg(to_jsonb(d) ORDER BY d."id"), '[]') FROM "Delegation" d WHERE d."officeId" = ${world.decidingOfficeId}::uuid),
      'session', (SELECT to_jsonb(s) FROM "UserSession" s WHERE s."id" = ${target.sessionId}::uuid),
      'calendarToken', (SELECT to_jsonb(c) FROM "CalendarToken" c WHERE c."id" = ${target.calendarTokenId}::uuid),
      'createdByActor', (SELECT count(*) FROM "Nota" n WHERE n."createdById" = ${actorId}::uuid)
    ) AS "rows",
    (SELECT max("id") FROM "AuditEvent") AS "auditMark"`;
  return { rows: row.rows, auditMark: row.auditMark ?? 0n };
}
