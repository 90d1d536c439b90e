// The app's scheduled work. Each job is idempotent (running it twice changes nothing the
// second time), so retries and a second instance are harmless.
import { anchorAuditLogWhenDue } from "@/lib/audit/anchor";
import { recordAuditCheckpoint } from "@/lib/audit/checkpoint";
import { auditAnchorSettings } from "@/lib/config/audit-anchor";
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
  // Anchors the checkpoint chain's head outside the database. Looks every hour and writes when the
  // newest anchor (of any instance, recorded in the log) is 23 hours old: at least one a day,
  // also when an instance was down at some fixed hour.
  { name: "audit-anchor", cron: "41 * * * *", atStart: true, run: (db) => anchorAuditLogWhenDue(db, auditAnchorSettings(process.env)) },
];
