import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "./database-unavailable";

const withCode = (message: string, code: string, cause?: unknown) => Object.assign(new Error(message, { cause }), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is down, restarting or out of reach, however deep the cause", () => {
    expect(isDatabaseUnavailable(withCode("connect ENOENT /tmp/.s.PGSQL.45555", "ENOENT"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("the database system is starting up", "57P03"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("query failed", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Prisma.PrismaClientKnownRequestError("Timed out fetching a new connection from the connection pool", { code: "P2024", clientVersion: "7" }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("adapter", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    // Prisma keeps the driver adapter's error in `meta`, not in `cause` (seen when PostgreSQL stops mid-query).
    const closed = new Prisma.PrismaClientKnownRequestError("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`", {
      code: "P2010",
      clientVersion: "7",
      meta: { driverAdapterError: new Error("ConnectionClosed", { cause: { kind: "ConnectionClosed" } }) },
    });
    expect(isDatabaseUnavailable(closed)).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Prisma.PrismaClientKnownRequestError("Raw query failed.", {
          code: "P2010",
          clientVersion: "7",
          meta: { driverAdapterError: new Error("ConnectionClosed", { cause: { kind: "ConnectionClosed" } }) },
        }),
      ),
    ).toBe(true);
  });

  it("leaves bugs and bad input alone", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "7" }))).toBe(false);
    expect(isDatabaseUnavailable(withCode("no such file", "ENOENT"))).toBe(false);
    expect(isDatabaseUnavailable(withCode('syntax error at or near "SELEC"', "42601"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(
      isDatabaseUnavailable(
        new Prisma.PrismaClientKnownRequestError("Raw query failed.", {
          code: "P2010",
          clientVersion: "7",
          meta: { driverAdapterError: new Error("UniqueConstraintViolation", { cause: { kind: "UniqueConstraintViolation" } }) },
        }),
      ),
    ).toBe(false);
  });
});
