// Before every request: refuses an undecodable path, gives the response its Content-Security-Policy
// with a fresh nonce, and, as a convenience only, sends visitors without a session cookie to the
// login page and back afterwards. Access is decided on the server for every read and write
// (requireUser and the services in lib/), never here.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { logSecurityEvent } from "@/lib/http/security-log";

const SESSION_COOKIES = [...SESSION_COOKIE_NAMES, "__Secure-next-auth.session-token"];

/** A path that does not decode ("/notas/%E0") names no page: a clear 400, never a crash further on. */
function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The API addresses that take a multipart form (file uploads); their handlers read it themselves. */
const UPLOAD_PATHS = [/^\/api\/notas\/[^/]+\/bijlagen$/, /^\/api\/import(\/voorbeeld)?$/];
/** Next.js reads a server action's body up to 1 MB; a form above that is no action of ours. */
const MAX_PAGE_FORM_BYTES = 2 * 1024 * 1024;

/**
 * Why a posted multipart form is refused here, or null. A form posted to a page is a server
 * action, and Next.js answers one whose body it cannot read with a 500 (a non-existent address
 * is a page too: the not-found page). So such a form is read here first; the API takes forms
 * only at its upload addresses.
 */
async function refusedForm(request: NextRequest): Promise<{ status: number; message: string } | null> {
  if (request.method !== "POST" || !(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return null;
  const { pathname } = request.nextUrl;
  if (UPLOAD_PATHS.some((path) => path.test(pathname))) return null;
  if (pathname.startsWith("/api/")) return { status: 415, message: "Dit adres neemt geen formulier aan." };
  if (Number(request.headers.get("content-length") ?? 0) > MAX_PAGE_FORM_BYTES) return { status: 413, message: "Het formulier is te groot." };
  try {
    await request.clone().formData();
    return null;
  } catch {
    return { status: 400, message: "Het formulier kon niet worden gelezen. Vernieuw de pagina en probeer het opnieuw." };
  }
}

export async function proxy(request: NextRequest) {
  if (undecodable(request.nextUrl.pathname)) {
    logSecurityEvent("info", "request_refused", { where: "proxy", method: request.method, code: "MALFORMED", reason: "undecodable path" });
    const message = "Dit adres bestaat niet: het bevat een ongeldige tekencode.";
    // The API answers in JSON like every other API error (lib/http/api-errors.ts).
    if (request.nextUrl.pathname.startsWith("/api/")) {
      return NextResponse.json({ error: message, code: "MALFORMED" }, { status: 400, headers: { "Cache-Control": "no-store" } });
    }
    return new NextResponse(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const refusal = await refusedForm(request);
  if (refusal) {
    // No path: a page's path may hold a password link's token.
    logSecurityEvent("info", "request_refused", {
      where: "proxy",
      method: request.method,
      api: request.nextUrl.pathname.startsWith("/api/"),
      status: refusal.status,
    });
    if (request.nextUrl.pathname.startsWith("/api/")) {
      return NextResponse.json({ error: refusal.message, code: "MALFORMED" }, { status: refusal.status, headers: { "Cache-Control": "no-store" } });
    }
    return new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  // The password link's page needs no session: the link itself is what admits the person.
  const open =
    request.nextUrl.pathname.startsWith("/api/") || request.nextUrl.pathname === "/login" || request.nextUrl.pathname.startsWith("/wachtwoord-instellen/");
  if (open || SESSION_COOKIES.some((name) => request.cookies.has(name))) return withPolicy(request);
  const login = new URL("/login", request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== "/") login.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(login);
}

/** The request goes on with a fresh nonce in its policy (Next.js reads it there); the response carries the policy. */
function withPolicy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every request but static files: undecodable paths are refused everywhere; the login page is
  // open and the API answers 401 itself, so only pages redirect to the login.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
