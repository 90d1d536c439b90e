// Errors from below the domain that still mean something to the person: a request that named
// rows that do not fit together is bad input, not a crash.
import { InvalidInputError, UnavailableError, isAppError, type AppError } from "@/lib/domain/errors";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { Prisma } from "@/lib/generated/prisma/client";

export function toAppError(error: unknown): AppError | unknown {
  if (isAppError(error)) return error;
  // A duplicate key or a missing reference means the request named rows it should not have.
  if (error instanceof Prisma.PrismaClientKnownRequestError && ["P2002", "P2003"].includes(error.code)) {
    return new InvalidInputError("Het verzoek bevat gegevens die niet bij elkaar passen; vernieuw de pagina en probeer het opnieuw.");
  }
  // PostgreSQL stopped or restarting: not a bug, but a moment to wait (503, Retry-After).
  if (isDatabaseUnavailable(error)) return new UnavailableError();
  return error;
}
