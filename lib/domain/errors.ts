// Typed errors of the domain. Services throw them; the edge (route handlers, pages) turns
// them into an HTTP status or a message at a field, in one place: lib/http/error-response.ts.

export class NotFoundError extends Error {
  constructor(message = "Niet gevonden.") {
    super(message);
  }
}

/** Not allowed for this user; `message` is a Dutch explanation for the screen. */
export class ForbiddenError extends Error {}

/** The change was based on a state that is no longer current (a stale version or status). */
export class ConflictError<T = unknown> extends Error {
  constructor(
    message: string,
    readonly details: T,
  ) {
    super(message);
  }
}

export interface FieldIssue {
  /** Dotted path of the field, as the form names it. */
  path: string;
  message: string;
}

export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** zod issues as field issues with dotted paths. */
export function fieldIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
