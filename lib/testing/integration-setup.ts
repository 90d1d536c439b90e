// Runs in every integration test worker before the test file is imported, so that modules
// reading the environment (lib/env.ts, the db singleton) see the throwaway database. The app's
// code connects as the app's role, as in production; the owner's URL is there for tests that
// make databases of their own or play an attacker with the owner's rights.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_MIGRATION_URL = inject("ownerDatabaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";
