// The session cookie's name and flags. Over https (production) it is "__Host-": the browser then
// accepts it only with Secure, for this exact host and path "/", so no subdomain and no plain
// http page can set or overwrite it. Over http (this machine's tests and demo) that prefix cannot
// be used, and the plain name is.
export function usesSecureCookies(appUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return (appUrl ?? "").startsWith("https://");
}

export function sessionCookieName(secure: boolean = usesSecureCookies()): string {
  return secure ? "__Host-next-auth.session-token" : "next-auth.session-token";
}

/** Every name a session cookie can have, for the proxy's "logged in?" look. */
export const SESSION_COOKIE_NAMES = [sessionCookieName(true), sessionCookieName(false)];

export function sessionCookieOptions(secure: boolean = usesSecureCookies()) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}
