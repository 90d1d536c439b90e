import "server-only";
// The session cookie for a session row that the app made itself (after the second factor the
// session is replaced, and the browser needs a cookie for the new id). The same token next-auth
// makes at login: its encrypted JWT, naming the row, with the same cookie name and flags.
import { decode, encode } from "next-auth/jwt";
import type { NextResponse } from "next/server";
import { sessionCookieName, sessionCookieOptions } from "./session-cookie";

export async function setSessionCookie(
  response: NextResponse,
  user: { id: string; name: string; email: string },
  session: { id: string; expiresAt: Date },
  now: Date = new Date(),
): Promise<void> {
  const maxAge = Math.max(1, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000));
  const value = await encode({ token: { sub: user.id, name: user.name, email: user.email, sid: session.id }, secret: process.env.NEXTAUTH_SECRET!, maxAge });
  response.cookies.set(sessionCookieName(), value, { ...sessionCookieOptions(), maxAge });
}

/** The session row a request's cookie header names, if its token is genuine (e.g. at a new login in the same browser). */
export async function sessionIdFromCookieHeader(cookieHeader: string | null | undefined): Promise<string | null> {
  const prefix = `${sessionCookieName()}=`;
  const raw = (cookieHeader ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  if (!raw) return null;
  try {
    const token = await decode({ token: decodeURIComponent(raw.slice(prefix.length)), secret: process.env.NEXTAUTH_SECRET! });
    return typeof token?.sid === "string" && /^[0-9a-f-]{36}$/i.test(token.sid) ? token.sid : null;
  } catch {
    return null;
  }
}
