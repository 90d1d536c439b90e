import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // 'server-only' throws outside a React Server Components bundle; tests are server code.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
};

// `npm run test:selfcheck` runs only the deliberately failing fixtures (lib/testing/selfcheck).
const selfcheck = process.env.NOTAROUTE_SELFCHECK === "1";

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: selfcheck ? ["lib/testing/selfcheck/*.unit-selfcheck.ts"] : ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: selfcheck ? ["lib/testing/selfcheck/*.integration-selfcheck.ts"] : ["**/*.integration.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          globalSetup: ["lib/testing/integration-global-setup.ts"],
          setupFiles: ["lib/testing/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
