// What the browser is told about its session: how many seconds are left and whether the person
// can extend it. Seconds, not timestamps, so that a browser whose clock is off still counts right.
import { createHash } from "node:crypto";
import type { CurrentUser } from "@/lib/domain/permissions";
import { canExtend, sessionEndsAt } from "./session-policy";

export interface SessionStatus {
  secondsLeft: number;
  canExtend: boolean;
}

export function sessionStatus(user: CurrentUser, now: Date = new Date()): SessionStatus | null {
  if (!user.session) return null;
  return {
    secondsLeft: Math.max(0, Math.floor((sessionEndsAt(user.session).getTime() - now.getTime()) / 1000)),
    canExtend: canExtend(user.session),
  };
}

/**
 * The name under which the browser keeps this session's local drafts: derived from the session
 * id (not the id itself), so that drafts of an ended session can be recognised and removed.
 */
export function draftSessionTag(user: CurrentUser): string {
  return createHash("sha256")
    .update(`local-draft:${user.sessionId ?? user.id}`)
    .digest("base64url")
    .slice(0, 16);
}
