/**
 * Thrown inside a transaction when its guarded update (the expected status or version in the
 * update's `where`) found the row changed: another request won. The transaction rolls back;
 * the caller decides whether this was its own repeated request or a real conflict.
 */
export class LostRace extends Error {
  constructor() {
    super("The row changed under a guarded update.");
  }
}
