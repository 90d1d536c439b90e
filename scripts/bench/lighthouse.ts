// `npm run bench:lighthouse`: Lighthouse (desktop) for performance and accessibility on the
// main pages, signed in, against the production build on a throwaway database with the demo
// data (run `npm run build` first). Also lists what each page logged in the browser console.
// Debian's Chromium is used (CHROMIUM_PATH). Figures, not a test.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startBenchServer } from "./bench-server";
import { HttpSession } from "./http-session";
import { EXAMPLE_REFERENCE } from "../../prisma/seed/example-nota";

const server = await startBenchServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const session = await new HttpSession(server.base).login("opsteller@demo.notaroute.nl");
  const cookie = session.cookieHeader();
  const pages: Array<[string, string, boolean]> = [
    ["Inloggen", "/login", false],
    ["Nota's", "/notas", true],
    ["Nota", `/notas/${EXAMPLE_REFERENCE}`, true],
    ["Bewerken", `/notas/${EXAMPLE_REFERENCE}/bewerken`, true],
    ["Postvak", "/postvak", true],
  ];
  console.log(`\n${"pagina".padEnd(12)}${"prestaties".padStart(11)}${"toegankelijkheid".padStart(18)}${"TBT ms".padStart(9)}${"JS KiB".padStart(9)}  console`);
  for (const [label, path, signedIn] of pages) {
    const result = await lighthouse(
      server.base + path,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: signedIn ? { Cookie: cookie } : {},
      },
      desktopConfig,
    );
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${path}`);
    const { categories, audits } = result.lhr;
    const js =
      (audits["resource-summary"]?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined)?.items?.find(
        (i) => i.resourceType === "script",
      )?.transferSize ?? 0;
    const consoleErrors = ((audits["errors-in-console"]?.details as { items?: Array<{ description: string }> } | undefined)?.items ?? []).map((i) =>
      i.description.slice(0, 80),
    );
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0))
      .map((a) => a.id);
    if (process.env.BENCH_LIGHTHOUSE_DETAILS) {
      const bootup = (audits["bootup-time"]?.details as { items?: Array<{ url: string; total: number; scripting: number }> } | undefined)?.items ?? [];
      const longTasks = (audits["long-tasks"]?.details as { items?: Array<{ url: string; duration: number; startTime: number }> } | undefined)?.items ?? [];
      console.log(
        `  ${label}: bootup`,
        bootup
          .slice(0, 6)
          .map((i) => `${i.url.split("/").pop()} ${Math.round(i.total)}/${Math.round(i.scripting)}`)
          .join(", "),
      );
      console.log(
        `  ${label}: long tasks`,
        longTasks
          .slice(0, 8)
          .map((t) => `${t.url.split("/").pop()} ${Math.round(t.duration)}ms@${Math.round(t.startTime)}`)
          .join(", "),
      );
    }
    console.log(
      `${label.padEnd(12)}${String(Math.round((categories.performance.score ?? 0) * 100)).padStart(11)}${String(Math.round((categories.accessibility.score ?? 0) * 100)).padStart(18)}${String(Math.round(audits["total-blocking-time"].numericValue ?? 0)).padStart(9)}${String(Math.round(js / 1024)).padStart(9)}  ${consoleErrors.length ? consoleErrors.join(" | ") : "geen fouten"}${failing.length ? `  (toegankelijkheid: ${failing.join(", ")})` : ""}`,
    );
  }
} finally {
  chrome.kill();
  await server.stop();
}
