// Which origins may send changes. Browsers send an Origin header with every POST, PUT and
// DELETE; a change whose origin is not Notaroute's own is refused (on top of the SameSite
// session cookie).
//
// - Production: the configured public address (NEXTAUTH_URL) and any extra origins listed in
//   NOTAROUTE_EXTRA_ORIGINS (comma-separated), nothing else.
// - Demo (the embedded database, NOTAROUTE_DEMO=true): also the address the request was sent
//   to, so that localhost, 127.0.0.1 and the "Network" address Next.js prints all work.
// - "Origin: null" (sandboxed frames, some redirects) is always refused. A request without an
//   Origin (curl, scripts) passes unless the browser says it came from another site.

export interface OriginPolicy {
  configured: readonly string[];
  acceptRequestHost: boolean;
}

export interface OriginFacts {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  forwardedProto: string | null;
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function originPolicyFromEnv(env: Record<string, string | undefined> = process.env): OriginPolicy {
  const origins = [env.NEXTAUTH_URL, ...(env.NOTAROUTE_EXTRA_ORIGINS ?? "").split(",")]
    .map((value) => value?.trim())
    .filter((value): value is string => Boolean(value))
    .flatMap((value) => {
      try {
        return [new URL(value).origin];
      } catch {
        return [];
      }
    });
  return { configured: origins, acceptRequestHost: env.NOTAROUTE_DEMO === "true" };
}

export function originVerdict(request: OriginFacts, policy: OriginPolicy): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  const refused = { ok: false as const, reason: "Verzoek van een andere website geweigerd." };
  if (request.origin === null) return request.secFetchSite === null || ["same-origin", "none"].includes(request.secFetchSite) ? { ok: true } : refused;
  if (request.origin === "null") return refused;
  let origin: string;
  try {
    origin = new URL(request.origin).origin;
  } catch {
    return refused;
  }
  if (policy.configured.includes(origin)) return { ok: true };
  if (policy.acceptRequestHost && request.host) {
    const protocol = request.forwardedProto?.split(",")[0]?.trim() || "http";
    if (origin === `${protocol}://${request.host}`) return { ok: true };
  }
  return refused;
}
