// The job queue: pg-boss, which keeps its jobs in PostgreSQL (schema "pgboss"), runs inside every
// app instance and is safe with several: each scheduled run is one job, taken by one instance.
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/create-client";
import { SCHEDULED_JOBS, type ScheduledJob } from "./scheduled-jobs";

/** The queue's own connections, besides the app's pool (DATABASE_POOL_SIZE). */
export const JOB_QUEUE_POOL_SIZE = 3;

export interface JobQueueOptions {
  databaseUrl: string;
  db: Db;
  jobs?: readonly ScheduledJob[];
  /** How often an idle worker looks for work. */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}

export async function startJobQueue(options: JobQueueOptions): Promise<PgBoss> {
  const { db, jobs = SCHEDULED_JOBS, log = (message) => console.log(`[notaroute] ${message}`) } = options;
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: "pgboss", max: JOB_QUEUE_POOL_SIZE, application_name: "notaroute-jobs" });
  boss.on("error", (error) => console.error("[notaroute] taakwachtrij:", error));
  await boss.start();
  // Instances starting together would create the same queues at once, which deadlocks inside
  // pg-boss; one at a time, under a lock held by a transaction of the app's own pool.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('notaroute:job-queue-setup'))`;
    for (const job of jobs) {
      // "stately": at most one waiting and one running per job, so missed runs never pile up.
      if (!(await boss.getQueue(job.name)))
        await boss.createQueue(job.name, { name: job.name, policy: "stately", retryLimit: 3, retryDelay: 30, expireInMinutes: 10 });
      await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Amsterdam" });
    }
  });
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async () => {
      const result = await job.run(db);
      return result ?? null;
    });
    if (job.atStart) await boss.send(job.name, {}, { singletonKey: "start", singletonSeconds: 60 });
  }
  log(`taakwachtrij gestart (${jobs.map((job) => job.name).join(", ")})`);
  return boss;
}
