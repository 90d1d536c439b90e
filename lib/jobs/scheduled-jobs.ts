// The app's scheduled work. Each job is idempotent (running it twice changes nothing the
// second time), so retries and a second instance are harmless.
import { recordAuditCheckpoint } from "@/lib/audit/checkpoint";
import type { Db } from "@/lib/db/create-client";
import { sendDeadlineReminders } from "@/lib/services/reminders/send-deadline-reminders";

export interface ScheduledJob {
  name: string;
  /** Cron expression, in Europe/Amsterdam time. */
  cron: string;
  /** Also run once when an instance starts (deduplicated across instances). */
  atStart: boolean;
  run(db: Db): Promise<unknown>;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  // Reminders work per day; every quarter of an hour picks up a nota soon after it reaches the offices.
  { name: "deadline-reminders", cron: "*/15 * * * *", atStart: true, run: (db) => sendDeadlineReminders(db) },
  // Anchors the audit chains' heads: after at most five minutes, removing a chain's newest events shows.
  { name: "audit-checkpoint", cron: "*/5 * * * *", atStart: true, run: (db) => recordAuditCheckpoint(db) },
];
