// Who is asking, for the audit log and the login rate limit.

/**
 * The client's IP. Next.js fills X-Forwarded-For with the socket's address when the request
 * has none; in production the reverse proxy must overwrite the header (README, "Productie"),
 * otherwise a client could name any address.
 */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
