import "server-only";
import { getEnv } from "@/lib/env";
import { createPrismaClient, type Db } from "./create-client";

// One pool per process; kept on globalThis so that dev-mode hot reloads do not open a new
// pool on every edit. This is a connection pool, not application state.
const globalForDb = globalThis as unknown as { notarouteDb?: Db };

export const db: Db = globalForDb.notarouteDb ?? createPrismaClient(getEnv().DATABASE_URL);
globalForDb.notarouteDb = db;
