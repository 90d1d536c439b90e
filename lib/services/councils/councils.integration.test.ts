import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { addDays } from "@/lib/domain/planning";
import { createNota, createOffice, createUser, notaContent, unique } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { loadNotaPlan } from "../planning/load-nota-plan";
import { changeMeeting } from "./change-meeting";
import { generateMeetingSeries } from "./generate-meeting-series";
import { markNotaSent } from "./mark-nota-sent";
import { scheduleNota } from "./schedule-nota";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
const today = todayInAmsterdam();

/** Councils of its own per test, so that meeting dates never collide between tests. */
async function setting() {
  const [mr, onderraad] = await Promise.all([
    db.council.create({ data: { code: unique("MR"), name: "Ministerraad (test)", kind: "MINISTERRAAD" } }),
    db.council.create({ data: { code: unique("OR"), name: "Onderraad (test)", kind: "ONDERRAAD" } }),
  ]);
  const meeting = (councilId: string, days: number, cancelled = false) =>
    db.meeting.create({ data: { councilId, date: parseIsoDate(addDays(today, days)), cancelled } });
  const secretariaatOffice = await createOffice(db);
  const secretariaat = asCurrentUser(await createUser(db, { memberships: [{ officeId: secretariaatOffice.id, role: "SECRETARIAAT" }] }));
  const owner = await createOffice(db);
  const minister = await createOffice(db, { kind: "BEWINDSPERSOON" });
  const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: owner.id, role: "OPSTELLER" }] }));
  const nota = await createNota(db, {
    content: notaContent(owner.id, { kamerDeadline: addDays(today, 20), recipients: { besluit: [minister.id], informatie: [] } }),
    status: "BESLOTEN",
  });
  return { mr, onderraad, meeting, secretariaat, drafter, nota };
}

const placing = (
  user: ReturnType<typeof asCurrentUser>,
  notaId: string,
  expectedStatus: "BESLOTEN" | "GEAGENDEERD_ONDERRAAD" | "GEAGENDEERD_MR",
  meetingId: string,
) => ({
  user,
  notaId,
  expectedStatus,
  expectedVersion: 1,
  meetingId,
  kind: "HAMERSTUK" as const,
  context: TEST_CONTEXT,
});

describe("the councils: onderraad, ministerraad, verzonden", () => {
  it("carries a besloten nota through the onderraad and the MR to afgerond, each step recorded and audited", async () => {
    const s = await setting();
    const onderraad = await s.meeting(s.onderraad.id, 3);
    const mr = await s.meeting(s.mr.id, 6);
    expect(await scheduleNota(placing(s.secretariaat, s.nota.id, "BESLOTEN", onderraad.id))).toEqual({ status: "GEAGENDEERD_ONDERRAAD" });
    expect(await scheduleNota(placing(s.secretariaat, s.nota.id, "GEAGENDEERD_ONDERRAAD", mr.id))).toEqual({ status: "GEAGENDEERD_MR" });

    const plan = await loadNotaPlan(s.secretariaat, s.nota.id, TEST_CONTEXT);
    expect(plan.onderraad?.meetingId).toBe(onderraad.id);
    expect(plan.mr?.meetingId).toBe(mr.id);
    expect(plan.warnings).toEqual([]);

    // The MR has not met yet: recording the brief as sent is refused.
    const sent = {
      user: s.secretariaat,
      notaId: s.nota.id,
      expectedStatus: "GEAGENDEERD_MR" as const,
      expectedVersion: 1,
      outcome: "CONFORM" as const,
      outcomeNote: null,
      sentOn: today,
      toezeggingenVoldaan: [],
      context: TEST_CONTEXT,
    };
    await expect(markNotaSent(sent)).rejects.toThrow(/moet eerst geweest zijn/);
    await db.meeting.update({ where: { id: mr.id }, data: { date: parseIsoDate(addDays(today, -1)) } });
    await expect(markNotaSent({ ...sent, sentOn: addDays(today, -3) })).rejects.toThrow(/niet vóór de ministerraad/);
    expect(await markNotaSent(sent)).toEqual({ status: "AFGEROND" });

    const nota = await db.nota.findUniqueOrThrow({ where: { id: s.nota.id } });
    expect(nota).toMatchObject({ status: "AFGEROND", mrOutcome: "CONFORM", kamerbriefSentOn: parseIsoDate(today) });
    const actions = await db.routeAction.findMany({ where: { notaId: s.nota.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => [a.kind, a.toStatus])).toEqual([
      ["SCHEDULE_ONDERRAAD", "GEAGENDEERD_ONDERRAAD"],
      ["SCHEDULE_MR", "GEAGENDEERD_MR"],
      ["MARK_SENT", "AFGEROND"],
    ]);
    const audit = await db.auditEvent.findMany({ where: { notaId: s.nota.id, action: { startsWith: "route." } }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((e) => [e.action, e.result])).toEqual([
      ["route.schedule_onderraad", "SUCCESS"],
      ["route.schedule_mr", "SUCCESS"],
      ["route.mark_sent", "REFUSED"],
      ["route.mark_sent", "SUCCESS"],
    ]);
  });

  it("refuses anyone but the secretariat, and records the refusal", async () => {
    const s = await setting();
    const onderraad = await s.meeting(s.onderraad.id, 3);
    await expect(scheduleNota(placing(s.drafter, s.nota.id, "BESLOTEN", onderraad.id))).rejects.toThrow(/Alleen het secretariaat/);
    expect(await db.nota.findUniqueOrThrow({ where: { id: s.nota.id }, select: { status: true } })).toEqual({ status: "BESLOTEN" });
    const refused = await db.auditEvent.findFirst({ where: { notaId: s.nota.id, action: "route.schedule_onderraad", result: "REFUSED" } });
    expect(refused?.actorId).toBe(s.drafter.id);
  });

  it("refuses a cancelled or past meeting and an MR before the onderraad; an MR after the Kamer deadline is placed, and warned about", async () => {
    const s = await setting();
    const cancelled = await s.meeting(s.onderraad.id, 4, true);
    const past = await s.meeting(s.onderraad.id, -4);
    await expect(scheduleNota(placing(s.secretariaat, s.nota.id, "BESLOTEN", cancelled.id))).rejects.toThrow(/gaat niet door/);
    await expect(scheduleNota(placing(s.secretariaat, s.nota.id, "BESLOTEN", past.id))).rejects.toThrow(/al geweest/);

    const onderraad = await s.meeting(s.onderraad.id, 8);
    await scheduleNota(placing(s.secretariaat, s.nota.id, "BESLOTEN", onderraad.id));
    const early = await s.meeting(s.mr.id, 7);
    await expect(scheduleNota(placing(s.secretariaat, s.nota.id, "GEAGENDEERD_ONDERRAAD", early.id))).rejects.toThrow(/na de onderraad/);

    const late = await s.meeting(s.mr.id, 27);
    expect(await scheduleNota(placing(s.secretariaat, s.nota.id, "GEAGENDEERD_ONDERRAAD", late.id))).toEqual({ status: "GEAGENDEERD_MR" });
    const plan = await loadNotaPlan(s.secretariaat, s.nota.id, TEST_CONTEXT);
    expect(plan.atRisk).toBe(true);
    expect(plan.warnings[0]).toMatchObject({ code: "MR_AFTER_KAMER_DEADLINE", severity: "fout" });

    // Moving it to an MR in time clears the warning; the meeting it left cannot be cancelled while
    // notas are on it, the one it is on now neither.
    const inTime = await s.meeting(s.mr.id, 13);
    await scheduleNota(placing(s.secretariaat, s.nota.id, "GEAGENDEERD_MR", inTime.id));
    expect((await loadNotaPlan(s.secretariaat, s.nota.id, TEST_CONTEXT)).warnings).toEqual([]);
    await expect(
      changeMeeting({ user: s.secretariaat, input: { meetingId: inTime.id, date: addDays(today, 13), cancelled: true, note: "Reces" }, context: TEST_CONTEXT }),
    ).rejects.toThrow(/agendeer die eerst/);
    await changeMeeting({
      user: s.secretariaat,
      input: { meetingId: late.id, date: addDays(today, 27), cancelled: true, note: "Reces" },
      context: TEST_CONTEXT,
    });
  });

  it("generates a weekly series once, the holidays in it cancelled with their name", async () => {
    const s = await setting();
    const input = { councilId: s.mr.id, from: "2026-03-30", to: "2026-05-01", weekday: 5 };
    expect(await generateMeetingSeries({ user: s.secretariaat, input, context: TEST_CONTEXT })).toEqual({ created: 5, cancelled: 1 });
    const goedeVrijdag = await db.meeting.findUniqueOrThrow({ where: { councilId_date: { councilId: s.mr.id, date: parseIsoDate("2026-04-03") } } });
    expect(goedeVrijdag).toMatchObject({ cancelled: true, note: "Goede Vrijdag" });
    expect((await generateMeetingSeries({ user: s.secretariaat, input, context: TEST_CONTEXT })).created).toBe(0);
    await expect(generateMeetingSeries({ user: s.drafter, input, context: TEST_CONTEXT })).rejects.toThrow(/Alleen het secretariaat/);
  });
});
