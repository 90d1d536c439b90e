// The edge of the JSON API: session check, same-origin check for changes, body limits, and
// the one place where domain errors become HTTP statuses.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/permissions";

export type ApiError = { error: string; issues?: Array<{ path: string; message: string }>; details?: unknown };

export function errorResponse(error: unknown): NextResponse<ApiError> {
  if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
  if (error instanceof ForbiddenError) return NextResponse.json({ error: error.message }, { status: 403 });
  if (error instanceof ConflictError) return NextResponse.json({ error: error.message, details: error.details }, { status: 409 });
  if (error instanceof InvalidInputError) return NextResponse.json({ error: error.message, issues: error.issues }, { status: 422 });
  console.error(error);
  return NextResponse.json({ error: "Er ging iets mis op de server. Uw wijzigingen zijn niet verloren; probeer het opnieuw." }, { status: 500 });
}

/**
 * Runs `handler` for a signed-in user. Changes must come from this site (Origin check, on
 * top of the SameSite session cookie), and bodies above `maxBytes` are refused unread.
 */
export async function withUser(
  request: NextRequest,
  handler: (user: CurrentUser) => Promise<Response>,
  options: { maxBytes?: number } = {},
): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "U bent niet (meer) ingelogd. Log opnieuw in; uw wijzigingen blijven bewaard." }, { status: 401 });
  if (request.method !== "GET" && request.method !== "HEAD") {
    const origin = request.headers.get("origin");
    if (origin && origin !== request.nextUrl.origin && origin !== new URL(process.env.NEXTAUTH_URL ?? request.nextUrl.origin).origin) {
      return NextResponse.json({ error: "Verzoek van een andere website geweigerd." }, { status: 403 });
    }
    const length = Number(request.headers.get("content-length") ?? 0);
    if (options.maxBytes && length > options.maxBytes) {
      return NextResponse.json({ error: "Het verzoek is te groot." }, { status: 413 });
    }
  }
  try {
    return await handler(user);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function readJson(request: NextRequest): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new InvalidInputError("Het verzoek is geen geldige JSON.");
  }
}
