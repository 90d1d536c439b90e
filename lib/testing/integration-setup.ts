// Runs in every integration test worker before the test file is imported, so that modules
// reading the environment (lib/env.ts, the db singleton) see the throwaway database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";
