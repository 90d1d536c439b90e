import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { routeScenario, step } from "@/lib/testing/route-scenario";
import { sendDeadlineReminders } from "../reminders/send-deadline-reminders";
import { initialNota } from "../route/initial-nota";
import { offerNota } from "../route/offer-nota";
import { countInbox } from "@/lib/data/inbox-queries";
import { loadInbox } from "./load-inbox";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const ids = async (user: Parameters<typeof loadInbox>[0], section: keyof Awaited<ReturnType<typeof loadInbox>>["sections"]) =>
  (await loadInbox(user)).sections[section].items.map((item) => item.notaId);

describe("inbox", () => {
  it("lists what waits for each person, and the navigation counts the same", async () => {
    const s = await routeScenario(db);
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    expect(await ids(s.copyKabinet[0], "terInformatie")).toEqual([]);
    expect(await ids(s.parafeerders[0], "teParaferen")).toEqual([s.nota.id]);
    expect(await ids(s.parafeerders[1], "teParaferen")).toEqual([]);
    expect(await countInbox(db, s.parafeerders[0])).toEqual({ waiting: 1, unread: 1 });
    await initialNota(step(s.parafeerders[0], s.nota.id, "PARAAF", 1));
    await initialNota(step(s.parafeerders[1], s.nota.id, "PARAAF", 1));

    const inbox = await loadInbox(s.kabinet[0]);
    expect(inbox.sections.terBeslissing.items.map((item) => [item.notaId, item.officeCode])).toEqual([[s.nota.id, s.deciding[0].code]]);
    expect(inbox.sections.terBeslissing.total).toBe(1);
    expect((await countInbox(db, s.kabinet[0])).waiting).toBe(1);
    expect(await ids(s.copyKabinet[0], "terInformatie")).toEqual([s.nota.id]);
    expect((await countInbox(db, s.copyKabinet[0])).waiting).toBe(0);

    // A closed route's copies go to the archive.
    await db.nota.update({ where: { id: s.nota.id }, data: { status: "AFGEROND" } });
    expect(await ids(s.copyKabinet[0], "terInformatie")).toEqual([]);
  });

  it("reading the inbox writes nothing", async () => {
    const s = await routeScenario(db);
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    await initialNota(step(s.parafeerders[0], s.nota.id, "PARAAF", 1));
    await initialNota(step(s.parafeerders[1], s.nota.id, "PARAAF", 1));
    // Its deadline has passed: before, every page view wrote a reminder.
    await db.nota.update({ where: { id: s.nota.id }, data: { plannedDate: new Date(Date.now() - 86_400_000) } });
    const before = await db.notification.count();
    await loadInbox(s.kabinet[0]);
    await countInbox(db, s.kabinet[0]);
    expect(await db.notification.count()).toBe(before);
  });
});

describe("deadline reminders (the scheduled job)", () => {
  it("remind every kabinet member and delegate of an office that has not decided, once per deadline", async () => {
    const s = await routeScenario(db);
    const inTwoDays = parseIsoDate(todayInAmsterdam(new Date(Date.now() + 2 * 86_400_000)));
    await db.nota.update({ where: { id: s.nota.id }, data: { plannedDate: inTwoDays, kamerDeadline: null } });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    await initialNota(step(s.parafeerders[0], s.nota.id, "PARAAF", 1));
    await initialNota(step(s.parafeerders[1], s.nota.id, "PARAAF", 1));

    const first = await sendDeadlineReminders(db);
    expect(first.reminded).toBeGreaterThanOrEqual(4);
    const again = await sendDeadlineReminders(db);
    expect(again.reminded).toBe(0);
    for (const kabinet of s.kabinet) {
      const reminders = await db.notification.findMany({ where: { userId: kabinet.id, kind: "HERINNERING", notaId: s.nota.id } });
      expect(reminders).toHaveLength(1);
      expect(reminders[0].message).toContain("heeft nog niet besloten");
    }
    // Copy offices decide nothing and are not reminded.
    expect(await db.notification.count({ where: { userId: s.copyKabinet[0].id, kind: "HERINNERING" } })).toBe(0);
  });

  it("leave notas with a far deadline alone", async () => {
    const s = await routeScenario(db);
    await db.nota.update({ where: { id: s.nota.id }, data: { plannedDate: new Date(Date.now() + 30 * 86_400_000), kamerDeadline: null } });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    await initialNota(step(s.parafeerders[0], s.nota.id, "PARAAF", 1));
    await initialNota(step(s.parafeerders[1], s.nota.id, "PARAAF", 1));
    await sendDeadlineReminders(db);
    expect(await db.notification.count({ where: { notaId: s.nota.id, kind: "HERINNERING" } })).toBe(0);

    // …unless the secretariat set an office a nearer decision deadline: then only that office is reminded.
    await db.decisionDeadline.create({ data: { notaId: s.nota.id, officeId: s.deciding[1].id, date: parseIsoDate(todayInAmsterdam()) } });
    await sendDeadlineReminders(db);
    const reminded = await db.notification.findMany({ where: { notaId: s.nota.id, kind: "HERINNERING" }, select: { userId: true } });
    expect(reminded.map((r) => r.userId)).toEqual([s.kabinet[1].id]);
  });
});
