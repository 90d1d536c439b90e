// One typed error base for the whole application. Services throw an AppError with a code and a
// Dutch message for the screen; the edge maps the code once to an HTTP status
// (lib/http/api-errors.ts), a form state (lib/http/form-state.ts) or a page
// (lib/http/page-errors.ts). Anything that is not an AppError is a bug: it is logged and shown
// as "er ging iets mis", never swallowed.

export const ERROR_CODES = ["UNAUTHENTICATED", "NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_INPUT", "TOO_LARGE", "UNAVAILABLE", "MALFORMED"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, as the form names it. */
  path: string;
  message: string;
}

export class AppError<Details = unknown> extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly details?: Details,
  ) {
    super(message);
    this.name = `AppError(${code})`;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "U bent niet (meer) ingelogd. Log opnieuw in; uw wijzigingen blijven bewaard.") {
    super("UNAUTHENTICATED", message);
  }
}

/** Does not exist, or the user may not know that it does. */
export class NotFoundError extends AppError {
  constructor(message = "Niet gevonden.") {
    super("NOT_FOUND", message);
  }
}

/** Not allowed for this user; the message explains why, in Dutch. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

/** The change was based on a state that is no longer current (a stale version or status). */
export class ConflictError<Details = unknown> extends AppError<Details> {
  declare readonly details: Details;
  constructor(message: string, details: Details) {
    super("CONFLICT", message, [], details);
  }
}

export class InvalidInputError extends AppError {
  constructor(message: string, issues: FieldIssue[] = []) {
    super("INVALID_INPUT", message, issues);
  }
}

export class TooLargeError extends AppError {
  constructor(message = "Het verzoek is te groot.") {
    super("TOO_LARGE", message);
  }
}

/** A request that cannot even be read (broken JSON, an unreadable form); a readable one with wrong values is INVALID_INPUT, with its fields. Both are 400. */
export class MalformedRequestError extends AppError {
  constructor(message = "Het verzoek kon niet worden gelezen.") {
    super("MALFORMED", message);
  }
}

/** The database cannot be reached for a moment: try again shortly. */
export class UnavailableError extends AppError {
  constructor(
    message = "De database is even niet bereikbaar. Wat u net deed, is mogelijk niet opgeslagen: controleer het en probeer het over een minuut opnieuw.",
  ) {
    super("UNAVAILABLE", message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** zod issues as field issues with dotted paths. */
export function fieldIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/** A failed zod parse as the one error every edge understands. */
export function invalidInput(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  message = "Controleer de gemarkeerde velden.",
): InvalidInputError {
  return new InvalidInputError(message, fieldIssues(issues));
}
