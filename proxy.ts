// Before every request: refuses an undecodable path, gives the response its Content-Security-Policy
// with a fresh nonce, and, as a convenience only, sends visitors without a session cookie to the
// login page and back afterwards. Access is decided on the server for every read and write
// (requireUser and the services in lib/), never here.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

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

export function proxy(request: NextRequest) {
  if (undecodable(request.nextUrl.pathname)) {
    return new NextResponse("Dit adres bestaat niet: het bevat een ongeldige tekencode.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
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
