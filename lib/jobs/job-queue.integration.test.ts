// The scheduled jobs run through pg-boss in PostgreSQL: a job sent to the queue is taken by a
// worker and done, also with two "instances" on one database, exactly once.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { startJobQueue } from "./job-queue";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("job queue", () => {
  it("runs each job once, with two instances working the same queue", async () => {
    const runs: string[] = [];
    const job = { name: `test-job-${Date.now()}`, cron: "0 3 * * *", atStart: true, run: async () => void runs.push("ran") };
    const instances = await Promise.all(
      [0, 1].map(() => startJobQueue({ databaseUrl: process.env.DATABASE_URL!, db, jobs: [job], pollingIntervalSeconds: 0.5, log: () => {} })),
    );
    try {
      // Both instances asked for the start-up run; the singleton key lets one through.
      await expect.poll(() => runs.length, { timeout: 20_000, interval: 200 }).toBe(1);
      const id = await instances[0].send(job.name, {});
      await expect.poll(async () => (await instances[1].getJobById(job.name, id!))?.state, { timeout: 20_000, interval: 200 }).toBe("completed");
      expect(runs).toHaveLength(2);
      expect((await instances[0].getSchedules()).map((s) => s.name)).toContain(job.name);
    } finally {
      await Promise.all(instances.map((boss) => boss.stop({ graceful: false, wait: true })));
    }
  });
});
