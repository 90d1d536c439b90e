// Convenience only: sends visitors without a session cookie to the login page and back
// afterwards. Access is decided on the server for every read and write (requireUser and the
// services in lib/), never here.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== "/") login.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: the login page is open, the API answers 401 itself, static files are public.
  matcher: ["/((?!login|api|_next/static|_next/image|favicon.ico).*)"],
};
