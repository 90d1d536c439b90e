import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { routeScenario, step } from "@/lib/testing/route-scenario";
import { createReminders, loadWaiting } from "./inbox";
import { offerNota } from "../route/offer-nota";
import { initialNota } from "../route/initial-nota";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("inbox", () => {
  it("lists what waits for each person, and reminds once when a decision deadline is near", async () => {
    const s = await routeScenario(db);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
    await db.nota.update({ where: { id: s.nota.id }, data: { plannedDate: new Date(inTwoDays.toISOString().slice(0, 10)), kamerDeadline: null } });

    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    expect((await loadWaiting(s.parafeerders[0])).teParaferen.map((n) => n.id)).toEqual([s.nota.id]);
    expect((await loadWaiting(s.parafeerders[1])).teParaferen).toEqual([]);
    await initialNota(step(s.parafeerders[0], s.nota.id, "PARAAF", 1));
    await initialNota(step(s.parafeerders[1], s.nota.id, "PARAAF", 1));

    const waiting = await loadWaiting(s.kabinet[0]);
    expect(waiting.terBeslissing.map((w) => w.nota.id)).toEqual([s.nota.id]);
    expect((await loadWaiting(s.copyKabinet[0])).terInformatie.map((n) => n.id)).toEqual([s.nota.id]);

    expect(await createReminders(s.kabinet[0], waiting)).toBe(1);
    expect(await createReminders(s.kabinet[0], waiting)).toBe(0);
    const reminder = await db.notification.findFirstOrThrow({ where: { userId: s.kabinet[0].id, kind: "HERINNERING" } });
    expect(reminder.message).toContain("heeft nog niet besloten");
  });
});
