// The edge of the JSON API: the session, the origin check for changes, body limits, and the
// mapping of every error (lib/http/api-errors.ts).
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, invalidInput, MalformedRequestError, NotFoundError, TooLargeError, UnauthenticatedError } from "@/lib/domain/errors";
import { MFA_PENDING_MESSAGE, mfaStepPending } from "@/lib/domain/mfa";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { z } from "@/lib/domain/zod";
import { errorResponse } from "./api-errors";
import { logSecurityEvent } from "./security-log";
import { originPolicyFromEnv, originVerdict } from "./origin";

const originPolicy = originPolicyFromEnv();

/**
 * Runs `handler` for a signed-in user. Changes must come from this site (origin.ts), and
 * bodies above `maxBytes` are refused unread. A session that still has to pass the second factor
 * reaches only the MFA endpoints (`duringMfaStep`).
 */
export async function withUser(
  request: NextRequest,
  handler: (user: CurrentUser) => Promise<Response>,
  options: { maxBytes?: number; duringMfaStep?: boolean } = {},
): Promise<Response> {
  try {
    const verdict = originVerdict(
      {
        method: request.method,
        origin: request.headers.get("origin"),
        secFetchSite: request.headers.get("sec-fetch-site"),
        host: request.headers.get("host"),
        forwardedProto: request.headers.get("x-forwarded-proto"),
      },
      originPolicy,
    );
    const label = { method: request.method, path: request.nextUrl.pathname };
    if (!verdict.ok) {
      logSecurityEvent("warn", "cross_site_request_refused", { ...label, origin: request.headers.get("origin") });
      throw new ForbiddenError(verdict.reason);
    }
    const user = await getCurrentUser();
    if (!user) throw new UnauthenticatedError();
    if (mfaStepPending(user) && !options.duringMfaStep) {
      logSecurityEvent("info", "second_factor_required", { ...label, userId: user.id });
      throw new ForbiddenError(MFA_PENDING_MESSAGE);
    }
    const length = Number(request.headers.get("content-length") ?? 0);
    if (options.maxBytes && length > options.maxBytes) throw new TooLargeError();
    return await handler(user);
  } catch (error) {
    return errorResponse(error, { method: request.method, path: request.nextUrl.pathname });
  }
}

/**
 * JSON with no-store: API answers carry nota content and must not be cached. "no-transform"
 * also keeps the server from gzipping answers that are a few hundred bytes.
 */
export const API_CACHE_CONTROL = "private, no-store, no-transform";

export function json(body: unknown, init: { status?: number } = {}): NextResponse {
  return NextResponse.json(body, { status: init.status ?? 200, headers: { "Cache-Control": API_CACHE_CONTROL } });
}

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

/** The body as JSON, parsed with `schema`: bad input is a 400 with a Dutch message per field. */
export async function readJson<S extends z.ZodType>(request: NextRequest, schema: S, maxBytes = 1024 * 1024): Promise<z.infer<S>> {
  const body = await readBody(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new MalformedRequestError("Het verzoek is geen geldige JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  return parsed.data;
}

export async function readForm(request: NextRequest, maxBytes: number): Promise<FormData> {
  const body = await readBody(request, maxBytes);
  try {
    return await new Response(body as unknown as BodyInit, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new MalformedRequestError("Het verzoek kon niet worden gelezen.");
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the URL: anything that is not a UUID names nothing that exists. */
export function idParam(value: string): string {
  if (!UUID.test(value)) throw new NotFoundError();
  return value;
}
