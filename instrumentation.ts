// Runs once when a Next.js server instance starts: the job queue (deadline reminders, audit
// checkpoints) lives inside the app process, on every instance (lib/jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.NOTAROUTE_JOBS === "off" || !process.env.DATABASE_URL) return;
  const [{ startJobQueue }, { db }] = await Promise.all([import("@/lib/jobs/job-queue"), import("@/lib/db/client")]);
  await startJobQueue({ databaseUrl: process.env.DATABASE_URL, db });
}
