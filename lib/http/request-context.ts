// Who is asking, for the audit log and the login rate limit.
import "server-only";
import { headers } from "next/headers";

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The client's IP and browser from request headers. Next.js fills X-Forwarded-For with the
 * socket's address when the request has none; in production the reverse proxy must overwrite
 * the header (README, "Production"), otherwise a client could name any address.
 */
export function contextFromHeaders(requestHeaders: Headers): RequestContext {
  return {
    ip: requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || null,
    userAgent: requestHeaders.get("user-agent"),
  };
}

/** The context of the request being handled (pages, server actions, route handlers). */
export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
