// Personal tokens for the calendar feed. A calendar program cannot log in, so the feed's URL
// carries a long random token; only its SHA-256 hash is stored. A person can have several (one
// per device), sees when each was last used, and revokes any of them.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { loadActiveUser } from "@/lib/data/session-user";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function hashOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token and answers it once: it cannot be shown again. */
export async function createCalendarToken(user: CurrentUser, context: RequestContext): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    const row = await tx.calendarToken.create({ data: { userId: user.id, tokenHash: hashOf(token) }, select: { id: true } });
    await recordAuditEvent(tx, { action: "calendar.token_created", actorId: user.id, objectType: "CalendarToken", objectId: row.id, ...context });
  });
  return token;
}

export async function revokeCalendarToken(user: CurrentUser, tokenId: string, context: RequestContext): Promise<void> {
  const revoked = await db.$transaction(async (tx) => {
    // Only one's own: the user is part of the update's where.
    const { count } = await tx.calendarToken.updateMany({ where: { id: tokenId, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return false;
    await recordAuditEvent(tx, { action: "calendar.token_revoked", actorId: user.id, objectType: "CalendarToken", objectId: tokenId, ...context });
    return true;
  });
  if (revoked) return;
  // Someone else's token: the attempt is on the record, and the answer the same as for none.
  if (await db.calendarToken.count({ where: { id: tokenId, userId: { not: user.id } } })) {
    const reason = "Alleen wie het agenda-abonnement heeft, kan het intrekken.";
    await recordRefusal(db, { action: "calendar.token_revoked", actorId: user.id, objectType: "CalendarToken", objectId: tokenId, reason, ...context });
  }
  throw new NotFoundError("Dit agenda-abonnement bestaat niet (meer).");
}

export function listCalendarTokens(user: CurrentUser) {
  return db.calendarToken.findMany({
    where: { userId: user.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastUsedAt: true },
  });
}

/** The active user a feed token belongs to, or null (unknown, revoked, or the account is inactive). */
export async function userOfCalendarToken(token: string): Promise<CurrentUser | null> {
  if (!TOKEN.test(token)) return null;
  const row = await db.calendarToken.findUnique({ where: { tokenHash: hashOf(token) }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  const user = await loadActiveUser(db, row.userId);
  if (!user) return null;
  // Calendar programs poll often; noting the use once an hour is enough to show it.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 3_600_000) {
    await db.calendarToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return user;
}
