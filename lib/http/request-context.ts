// Who is asking, for the audit log and the login rate limit.
import "server-only";
import { headers } from "next/headers";

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The client's address as the nearest trusted proxy saw it. Every proxy appends the address it
 * received from to X-Forwarded-For, so only the last `trustedHops` entries are facts; what comes
 * before them is whatever the client wrote. (Next.js appends the socket's address itself.)
 */
export function clientIp(forwardedFor: string | null, trustedHops: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const entry = entries[Math.max(0, entries.length - trustedHops)];
  // An address, not arbitrary text: at most an IPv6 address with a port.
  return /^[0-9a-fA-F:.[\]]{2,47}$/.test(entry) ? entry : null;
}

/** The client's IP and browser from request headers (README, "Production": the proxy must append to X-Forwarded-For). */
export function contextFromHeaders(requestHeaders: Headers, trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1) || 1): RequestContext {
  return {
    ip: clientIp(requestHeaders.get("x-forwarded-for"), trustedHops),
    userAgent: requestHeaders.get("user-agent"),
  };
}

/** The context of the request being handled (pages, server actions, route handlers). */
export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
