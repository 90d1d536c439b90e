// Creating a Prisma client. Kept free of 'server-only' so that scripts (seed, migrations,
// audit verification) and tests can use it; the app imports the singleton in ./client.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** A client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/**
 * Connections per app instance (DATABASE_POOL_SIZE). PostgreSQL allows 100 connections by
 * default, so instances × pool size must stay well below that. More connections than the
 * database has cores do not make it faster: requests then queue inside PostgreSQL instead of
 * in the pool. Ten keeps two cores busy with room for the job queue's own pool.
 */
export const DEFAULT_POOL_SIZE = 10;

/**
 * How long a transaction may wait for a free connection. A burst of 200 decisions on 10
 * connections drains in well under a second, and in a few seconds when the machine is pinned to
 * one busy core; 10 s lets such bursts through and still fails visibly when the database is
 * truly overloaded. (Prisma's default, 2 s, refused bursts on a slow machine.)
 */
export const TRANSACTION_MAX_WAIT_MS = 10_000;

/**
 * How long an interactive transaction may run. Ours are a few statements and never wait on
 * anything outside the database; the limit ends one that hangs, which would hold row locks.
 * It is generous because on one overloaded core a transaction also waits for the event loop
 * between its statements.
 */
export const TRANSACTION_TIMEOUT_MS = 15_000;

/**
 * Most statements cached per connection, as prepared statements: PostgreSQL then parses and plans
 * each of the app's queries once per connection instead of on every request. The app has a few
 * hundred distinct statements; beyond this many (lists of ever new lengths) the rest run unnamed.
 */
const PREPARED_STATEMENTS = 2_000;

function statementNames(): (query: { sql: string }) => string {
  const known = new Set<string>();
  return ({ sql }) => {
    const name = `n${createHash("sha1").update(sql).digest("base64url")}`;
    if (known.has(name)) return name;
    if (known.size >= PREPARED_STATEMENTS) return "";
    known.add(name);
    return name;
  };
}

export interface ClientOptions {
  poolSize?: number;
  /** Prepared statements per connection (DATABASE_STATEMENT_CACHE); off behind a pooler that cannot keep them (PgBouncer in transaction mode before 1.21). */
  statementCache?: boolean;
}

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: databaseUrl,
        max: options.poolSize ?? DEFAULT_POOL_SIZE,
        connectionTimeoutMillis: TRANSACTION_MAX_WAIT_MS,
        // A prepared statement keeps its parse, but is planned for its actual values every time:
        // after five runs PostgreSQL may otherwise switch to a generic plan that cannot see the
        // values (a date bound, a status), and walk a whole index where it should read a range.
        // Planning costs tenths of a millisecond; a wrong generic plan cost 100+ ms at 100,000 notas.
        // (Without the statement cache, e.g. behind PgBouncer, every statement is planned anew anyway.)
        ...(options.statementCache === false ? {} : { options: "-c plan_cache_mode=force_custom_plan" }),
      },
      options.statementCache === false ? {} : { statementNameGenerator: statementNames() },
    ),
    transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS, timeout: TRANSACTION_TIMEOUT_MS },
  });
}
