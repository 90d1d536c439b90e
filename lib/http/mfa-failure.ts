// A refused second-factor code as the API answers it: the message at the field the form shows
// (400), or 429 with Retry-After when the person must wait.
import "server-only";
import { NextResponse } from "next/server";
import { InvalidInputError } from "@/lib/domain/errors";
import { errorResponse } from "./api-errors";
import { API_CACHE_CONTROL } from "./route-handler";

export function mfaFailureResponse(outcome: { message: string; retryAfterSeconds?: number }, field: string): Response {
  if (outcome.retryAfterSeconds !== undefined) {
    return NextResponse.json(
      { error: outcome.message, code: "RATE_LIMITED", issues: [{ path: field, message: outcome.message }] },
      { status: 429, headers: { "Cache-Control": API_CACHE_CONTROL, "Retry-After": String(outcome.retryAfterSeconds) } },
    );
  }
  return errorResponse(new InvalidInputError(outcome.message, [{ path: field, message: outcome.message }]));
}
