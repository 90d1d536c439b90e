import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { loadSessionUser } from "@/lib/data/session-user";
import { sessionCookieName, usesSecureCookies } from "./session-cookie";
import { isBackgroundRequest } from "./session-policy";
import { mfaStepPending } from "@/lib/domain/mfa";
import type { CurrentUser } from "@/lib/domain/permissions";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in user, checked against the database on every request: a revoked session, an
 * expired one or a deactivated account is logged out at once, on every instance. The session
 * cookie (next-auth's encrypted JWT) only names the UserSession row; it is decrypted here
 * directly, without running next-auth's whole session endpoint on every request. A request the
 * person made moves the idle clock; a background request does not (session-policy.ts).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  // getToken reads a plain { cookies, headers } object; its type names the request classes it is usually given.
  const req = { cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])), headers: Object.fromEntries(headerStore.entries()) };
  const token = await getToken({
    req: req as unknown as Parameters<typeof getToken>[0]["req"],
    secret: process.env.NEXTAUTH_SECRET,
    cookieName: sessionCookieName(),
    secureCookie: usesSecureCookies(),
  });
  const sessionId = typeof token?.sid === "string" ? token.sid : null;
  if (!sessionId || !UUID.test(sessionId)) return null;
  return loadSessionUser(db, sessionId, { activity: !isBackgroundRequest(headerStore) });
});

/**
 * For every page and action but the login and MFA pages: the user, or a redirect to the login
 * page, or to the second step when this session has not passed the second factor it needs.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (mfaStepPending(user)) redirect("/mfa");
  return user;
}
