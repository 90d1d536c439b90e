// Whether an error means "the database cannot be reached right now" (stopped, restarting, the
// network gone, the pool exhausted) rather than a bug: the request then gets a 503 with a Dutch
// message and may be retried, and the app carries on once PostgreSQL is back (the pool opens
// new connections by itself). Recognised by codes along the error's cause chain: Prisma's,
// the driver's (PostgreSQL SQLSTATE class 08 and 57P0x) and the operating system's.

const CODES = new Set([
  // Operating system: nothing listening, connection dropped or timed out.
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  // PostgreSQL: connection exceptions, and shutting down or starting up.
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  // Prisma: cannot reach, timed out, closed the connection, no connection from the pool in time.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);

/** Driver-adapter error kinds (Prisma 7) that mean the same. */
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);

const MESSAGES =
  /Connection terminated|connection is closed|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|\.s\.PGSQL\.\d+/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  // The error's causes: `cause`, and the driver adapter's error that Prisma keeps in `meta`.
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      kind?: unknown;
      name?: unknown;
      message?: unknown;
      cause?: unknown;
      originalCode?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof candidate.code === "string" && CODES.has(candidate.code)) return true;
    if (typeof candidate.originalCode === "string" && CODES.has(candidate.originalCode)) return true;
    if (typeof candidate.kind === "string" && KINDS.has(candidate.kind)) return true;
    if (candidate.name === "PrismaClientInitializationError") return true;
    if (typeof candidate.message === "string" && MESSAGES.test(candidate.message)) return true;
    queue.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}
