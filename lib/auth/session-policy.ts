// How long a login lasts. Both limits are checked in the database on every request (one query
// with the session's user), so every app instance ends a session at the same moment.

/** A session ends after this long without a request the person made (background requests do not count). */
export const IDLE_TIMEOUT_MINUTES = 30;
/** And in any case this long after the login, however active the person is. */
export const ABSOLUTE_SESSION_HOURS = 12;
/**
 * Live sessions one person may have at once (laptop, phone, a second browser, …). A login beyond
 * it ends the least recently used: a forgotten session on a shared computer does not live on.
 */
export const MAX_LIVE_SESSIONS_PER_PERSON = 10;
/** The warning appears this long before either end (WCAG 2.2.1 asks for at least 20 seconds). */
export const EXPIRY_WARNING_SECONDS = 120;
/**
 * Activity is written at most this often per session: a page with ten parallel requests writes
 * once, and the idle clock is at most this much behind.
 */
export const ACTIVITY_WRITE_INTERVAL_SECONDS = 15;

/**
 * Requests the browser makes on its own (the editor's heartbeat, the session-status check, a
 * link prefetch) carry this header and do not count as activity. Without it the open tab of
 * somebody who walked away would keep their session alive for ever.
 */
export const BACKGROUND_REQUEST_HEADER = "x-notaroute-achtergrond";

export interface SessionTimes {
  /** When the session ends unless the person does something before then. */
  idleExpiresAt: Date;
  /** When the session ends regardless. */
  absoluteExpiresAt: Date;
}

/** The moment the session ends: the earlier of the two limits. */
export function sessionEndsAt(times: SessionTimes): Date {
  return times.idleExpiresAt < times.absoluteExpiresAt ? times.idleExpiresAt : times.absoluteExpiresAt;
}

/** Whether the person can still extend the session (not when the absolute limit comes first). */
export function canExtend(times: SessionTimes): boolean {
  return times.idleExpiresAt < times.absoluteExpiresAt;
}

export function sessionTimes(row: { lastActivityAt: Date; expiresAt: Date }): SessionTimes {
  return { idleExpiresAt: new Date(row.lastActivityAt.getTime() + IDLE_TIMEOUT_MINUTES * 60_000), absoluteExpiresAt: row.expiresAt };
}

/** Whether a request counts as the person's activity, from its headers. */
export function isBackgroundRequest(headers: { get(name: string): string | null }): boolean {
  return headers.get(BACKGROUND_REQUEST_HEADER) === "1" || headers.get("next-router-prefetch") === "1" || headers.get("purpose") === "prefetch";
}
