// The edge of the JSON API: session check, same-origin check for changes, body limits, and
// the one place where domain errors become HTTP statuses.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/domain/permissions";

export type ApiError = { error: string; issues?: Array<{ path: string; message: string }>; details?: unknown };

export function errorResponse(error: unknown): NextResponse<ApiError> {
  if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
  if (error instanceof TooLargeError) return NextResponse.json({ error: "Het verzoek is te groot." }, { status: 413 });
  if (error instanceof ForbiddenError) return NextResponse.json({ error: error.message }, { status: 403 });
  if (error instanceof ConflictError) return NextResponse.json({ error: error.message, details: error.details }, { status: 409 });
  if (error instanceof InvalidInputError) return NextResponse.json({ error: error.message, issues: error.issues }, { status: 422 });
  // A duplicate key or a missing reference means the request named rows it should not have.
  if (error instanceof Prisma.PrismaClientKnownRequestError && ["P2002", "P2003"].includes(error.code)) {
    return NextResponse.json({ error: "Het verzoek bevat gegevens die niet bij elkaar passen; vernieuw de pagina en probeer het opnieuw." }, { status: 422 });
  }
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

class TooLargeError extends Error {}

/**
 * The request body, read up to `maxBytes`: a client that sends no Content-Length (chunked)
 * cannot make the server buffer more than that.
 */
export async function readBody(request: NextRequest, maxBytes: number): Promise<Uint8Array> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export async function readJson(request: NextRequest, maxBytes = 1024 * 1024): Promise<unknown> {
  const body = await readBody(request, maxBytes);
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new InvalidInputError("Het verzoek is geen geldige JSON.");
  }
}

export async function readForm(request: NextRequest, maxBytes: number): Promise<FormData> {
  const body = await readBody(request, maxBytes);
  try {
    return await new Response(body as unknown as BodyInit, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new InvalidInputError("Het verzoek kon niet worden gelezen.");
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the URL: anything that is not a UUID names nothing that exists. */
export function idParam(value: string): string {
  if (!UUID.test(value)) throw new NotFoundError();
  return value;
}
