// The one place where errors become HTTP responses for the JSON API. An AppError carries its
// own Dutch message; anything else is a bug: logged, and answered without details.
import "server-only";
import { NextResponse } from "next/server";
import { isAppError, type ErrorCode, type FieldIssue } from "@/lib/domain/errors";
import { toAppError } from "./known-errors";
import { errorKind, logSecurityEvent } from "./security-log";

export type ApiError = { error: string; code: ErrorCode | "INTERNAL"; issues?: FieldIssue[]; details?: unknown };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  // Bad input is a 400 like a body that cannot be read; the answer says which field and why.
  INVALID_INPUT: 400,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
  MALFORMED: 400,
};

export const INTERNAL_ERROR_MESSAGE = "Er ging iets mis op de server. Uw wijzigingen zijn niet verloren; probeer het opnieuw.";

/** Which request an error answered, for the log line. */
export interface RequestLabel {
  method: string;
  path: string;
}

export function errorResponse(thrown: unknown, request?: RequestLabel): NextResponse<ApiError> {
  const error = toAppError(thrown);
  if (isAppError(error)) {
    // Refused input and an unreachable database leave a line for the operator (ASVS 16.3.3,
    // 16.3.4); refusals of a person's rights are in the audit log already.
    if (error.code === "UNAVAILABLE") logSecurityEvent("warn", "database_unavailable", { ...request, detail: errorKind(thrown) });
    else if (error.code === "MALFORMED" || error.code === "INVALID_INPUT" || error.code === "TOO_LARGE") {
      logSecurityEvent("info", "request_refused", { ...request, code: error.code });
    }
    return NextResponse.json(
      {
        error: error.message,
        code: error.code,
        ...(error.issues.length ? { issues: error.issues } : {}),
        ...(error.details === undefined ? {} : { details: error.details }),
      },
      {
        status: HTTP_STATUS[error.code],
        headers: { "Cache-Control": "private, no-store, no-transform", ...(error.code === "UNAVAILABLE" ? { "Retry-After": "30" } : {}) },
      },
    );
  }
  console.error(thrown);
  return NextResponse.json(
    { error: INTERNAL_ERROR_MESSAGE, code: "INTERNAL" },
    { status: 500, headers: { "Cache-Control": "private, no-store, no-transform" } },
  );
}
