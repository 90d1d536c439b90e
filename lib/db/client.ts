import "server-only";
import { getEnv } from "@/lib/config/env";
import { createPrismaClient, type Db } from "./create-client";

// One pool per process; kept on globalThis so that dev-mode hot reloads do not open a new
// pool on every edit. This is a connection pool, not application state.
const globalForDb = globalThis as unknown as { notarouteDb?: Db };

function instance(): Db {
  globalForDb.notarouteDb ??= createPrismaClient(getEnv().DATABASE_URL, {
    poolSize: getEnv().DATABASE_POOL_SIZE,
    statementCache: getEnv().DATABASE_STATEMENT_CACHE === "on",
  });
  return globalForDb.notarouteDb;
}

/**
 * The app's database client, created on first use: `next build` imports every route module
 * to collect page data, and must not need a database or its configuration to do so.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
