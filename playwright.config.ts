// End-to-end tests in Chromium against a production build (`npm run build` first).
// Run through `npm run test:e2e` (scripts/run-e2e.ts), which prepares a throwaway database
// with the demo data and passes DATABASE_URL, NEXTAUTH_SECRET and E2E_PORT.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);

// `npm run test:selfcheck` runs only the deliberately failing spec (e2e/selfcheck).
const selfcheck = process.env.NOTAROUTE_SELFCHECK === "1";

export default defineConfig({
  testDir: "e2e",
  testMatch: selfcheck ? "selfcheck/*.selfcheck.ts" : "**/*.spec.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: "chromium",
    headless: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/serve.ts start",
    url: `http://localhost:${port}/login`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
