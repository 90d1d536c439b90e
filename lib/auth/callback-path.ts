// Where a person goes after logging in: only a page of this site. The value is resolved the way
// a browser resolves it (the URL parser drops tabs and newlines, reads "\" as "/", and so on), and
// must land on this site's own origin; otherwise the start page. "/%09/evil.example" is
// "//evil.example" to a browser, and that is another host.
const SITE = "http://notaroute.invalid";
const FALLBACK = "/notas";
const MAX_LENGTH = 2_000;

function sameSitePath(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return null;
  }
  if (url.origin !== SITE) return null;
  const path = url.pathname + url.search;
  // The path itself must resolve to the same place again (no "//host" left after normalising).
  try {
    if (new URL(path, SITE).origin !== SITE || path.startsWith("//")) return null;
  } catch {
    return null;
  }
  return path;
}

/**
 * A path on this site to go to after login, or the start page. next-auth hands back absolute URLs
 * on the app's own origin; those keep their path when `appOrigin` is theirs.
 */
export function safeCallbackPath(value: unknown, appOrigin?: string): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return FALLBACK;
  let candidate = value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value.trim())) {
    // An absolute URL: only the app's own origin, and then only its path.
    try {
      const url = new URL(value);
      if (!appOrigin || url.origin !== new URL(appOrigin).origin) return FALLBACK;
      candidate = url.pathname + url.search;
    } catch {
      return FALLBACK;
    }
  } else if (!value.startsWith("/")) {
    return FALLBACK;
  }
  const path = sameSitePath(candidate);
  if (path === null || path === "/login" || path.startsWith("/login?") || path.startsWith("/login/") || path.startsWith("/api/")) return FALLBACK;
  return path;
}
