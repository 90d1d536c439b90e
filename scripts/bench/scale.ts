// `npm run bench`: the secretariat's pages at scale. Builds a throwaway embedded PostgreSQL with
// the demo data plus BENCH_NOTAS generated notas (100,000 by default, with kaders, bijdragen,
// decisions, agenda items and audit events), serves the production build on it (run
// `npm run build` first) and measures over HTTP, BENCH_REQUESTS sequential requests each:
//   - the overview (dashboard), as the secretariat and as a kabinet;
//   - the nota list with a filter, and a full-text search;
//   - a decision request (POST besluiten), each on a nota of its own;
// with the same statements' raw-SQL floor: PostgreSQL's own execution and planning time
// (pg_stat_statements) plus one round trip per statement, and the ratio p95 / floor.
// Then EXPLAIN (GENERIC_PLAN) of every statement the overview runs, to show the index it uses.
// Figures, not a timed test. Pin it (taskset -c 0) to see a slow machine.
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createPrismaClient } from "../../lib/db/create-client";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { migrateDatabase } from "../../lib/db/migrate";
import { createNota } from "../../lib/testing/factories";
import { exampleNotaContent } from "../../prisma/seed/example-nota";
import { seedLargeDataset } from "../../prisma/seed/large/seed-large";
import { seedDemoData } from "../../prisma/seed/seed-demo";
import { startInstance } from "./bench-server";
import { HttpSession } from "./http-session";
import { summarize } from "./stats";

const NOTAS = Number(process.env.BENCH_NOTAS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);

const dir = mkdtempSync(path.join(tmpdir(), "notaroute-bench-"));
const pg = await startEmbeddedPostgres({
  dir,
  persistent: false,
  settings: ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track_planning=on"],
});
const stats = new Client({ connectionString: pg.url });
let stopServer: (() => Promise<void>) | null = null;
try {
  await migrateDatabase(pg.url);
  const db = createPrismaClient(pg.url);
  // The server's secret, also the key the demo accounts' MFA secrets are sealed under.
  const authSecret = randomBytes(32).toString("base64url");
  await seedDemoData(db, { authSecret });
  console.log(`seed:large: ${NOTAS.toLocaleString("nl-NL")} nota's genereren…`);
  const generated = await seedLargeDataset(db, { count: NOTAS });
  console.log(
    `  klaar in ${generated.seconds.toFixed(0)} s (${(await db.nota.count()).toLocaleString("nl-NL")} nota's, ${(await db.auditEvent.count()).toLocaleString("nl-NL")} auditregels, ${(await db.bijdrage.count()).toLocaleString("nl-NL")} bijdragen)`,
  );
  await stats.connect();
  await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

  // No job queue: its queries would count as the pages' own.
  const { base, server } = await startInstance(pg.url, authSecret, { NOTAROUTE_JOBS: "off" });
  stopServer = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  };
  const login = (name: string) => new HttpSession(base).login(`${name}@demo.notaroute.nl`);
  const [secretariaat, kabinet, opsteller, dgpz, sg] = await Promise.all(["secretariaat", "kabinet.m", "opsteller", "paraaf.dgpz", "paraaf.sg"].map(login));
  const ids = Object.fromEntries((await db.office.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id])) as Parameters<
    typeof exampleNotaContent
  >[0];

  // Notas before the offices for the decision requests: copies of the example, offered and
  // initialled through the API (preparation, not measured).
  const drafterId = (await db.user.findUniqueOrThrow({ where: { email: "opsteller@demo.notaroute.nl" } })).id;
  const decisions: Array<() => Promise<Response>> = [];
  for (let i = 0; i < REQUESTS + 3; i++) {
    const nota = await createNota(db, { content: exampleNotaContent(ids), createdById: drafterId });
    for (const [session, action, expectedStatus] of [
      [opsteller, "aanbieden", "CONCEPT"],
      [dgpz, "paraferen", "PARAAF"],
      [sg, "paraferen", "PARAAF"],
    ] as const) {
      const response = await session.fetch(`/api/notas/${nota.id}/stap`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action, expectedStatus, expectedVersion: 1 }),
      });
      if (!response.ok) throw new Error(`voorbereiding ${action}: ${response.status} ${await response.text()}`);
    }
    const offered = await db.notaVersion.findFirstOrThrow({ where: { notaId: nota.id, revision: 1, kind: "EXPLICIT" }, orderBy: { number: "desc" } });
    const points = await db.decisionPoint.findMany({ where: { notaId: nota.id, retiredAt: null }, orderBy: { position: "asc" } });
    const body = JSON.stringify({
      action: "besluiten",
      decision: {
        officeId: ids.M,
        expectedVersion: 1,
        contentHash: offered.contentHash,
        note: null,
        points: points.map((p) => ({ decisionPointId: p.id, decision: "AKKOORD", annotation: null })),
      },
    });
    decisions.push(() => kabinet.fetch(`/api/notas/${nota.id}/stap`, { method: "POST", headers: { "Content-Type": "application/json" }, body }));
  }
  await db.$executeRaw`VACUUM ANALYZE`;

  async function roundTrip(): Promise<number> {
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await stats.query("SELECT 1");
      samples.push(performance.now() - started);
    }
    return summarize(samples).median;
  }
  async function sqlSoFar() {
    const { rows } = await stats.query(
      `SELECT COALESCE(sum(total_exec_time + total_plan_time), 0)::float AS ms, COALESCE(sum(calls), 0)::int AS calls
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat%' AND query <> 'SELECT 1'`,
    );
    return rows[0] as { ms: number; calls: number };
  }

  const rtt = await roundTrip();
  const cases: Array<{ who: string; what: string; requests: Array<() => Promise<Response>> }> = [
    { who: "secretariaat", what: "overzicht (dashboard)", requests: Array.from({ length: REQUESTS + 3 }, () => () => secretariaat.fetch("/overzicht")) },
    { who: "kabinet.m", what: "overzicht (persoonlijk)", requests: Array.from({ length: REQUESTS + 3 }, () => () => kabinet.fetch("/overzicht")) },
    {
      who: "secretariaat",
      what: "lijst, filter fase=ter beslissing",
      requests: Array.from({ length: REQUESTS + 3 }, () => () => secretariaat.fetch("/notas?fase=TER_BESLISSING&sorteer=kamer&richting=op")),
    },
    {
      who: "kabinet.m",
      what: "lijst, filter onderdeel+Kamer-periode",
      requests: Array.from(
        { length: REQUESTS + 3 },
        () => () => kabinet.fetch(`/notas?onderdeel=${ids.DVB}&kamerVanaf=2026-01-01&kamerTot=2026-12-31&sorteer=kamer&richting=op`),
      ),
    },
    { who: "secretariaat", what: "zoeken: fregat", requests: Array.from({ length: REQUESTS + 3 }, () => () => secretariaat.fetch("/notas?zoek=fregat")) },
    {
      who: "secretariaat",
      what: "zoeken: humanitaire appel + fase",
      requests: Array.from({ length: REQUESTS + 3 }, () => () => secretariaat.fetch("/notas?zoek=humanitaire+appel&fase=AFGEROND")),
    },
    {
      who: "kabinet.m",
      what: "zoeken: sancties (eigen leesrecht)",
      requests: Array.from({ length: REQUESTS + 3 }, () => () => kabinet.fetch("/notas?zoek=sancties")),
    },
    { who: "secretariaat", what: "kalender", requests: Array.from({ length: REQUESTS + 3 }, () => () => secretariaat.fetch("/kalender")) },
    { who: "kabinet.m", what: "besluit vastleggen (POST)", requests: decisions },
  ];

  console.log(
    `\nNotaroute at ${NOTAS.toLocaleString("nl-NL")}+ notas: ${REQUESTS} sequential requests each after 3 to warm up; SQL round trip ${rtt.toFixed(2)} ms\n`,
  );
  console.log(
    `${"wie".padEnd(14)}${"wat".padEnd(40)}${"mediaan".padStart(9)}${"p95".padStart(9)}${"SQL".padStart(8)}${"stmts".padStart(7)}${"vloer".padStart(8)}${"p95/vloer".padStart(11)}`,
  );
  let dashboardStatements: string[] = [];
  for (const item of cases) {
    for (const warm of item.requests.slice(0, 3)) {
      const response = await warm();
      await response.text();
    }
    await stats.query("SELECT pg_stat_statements_reset()");
    const latencies: number[] = [];
    for (const request of item.requests.slice(3)) {
      const started = performance.now();
      const response = await request();
      await response.text();
      latencies.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${item.who} ${item.what}: ${response.status}`);
    }
    const sql = await sqlSoFar();
    if (item.what.startsWith("overzicht (dashboard)")) {
      const { rows } = await stats.query(
        `SELECT query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat%' AND query <> 'SELECT 1' ORDER BY total_exec_time DESC`,
      );
      dashboardStatements = rows.map((r: { query: string }) => r.query);
    }
    const s = summarize(latencies);
    const n = latencies.length;
    const floor = sql.ms / n + (sql.calls / n) * rtt;
    console.log(
      `${item.who.padEnd(14)}${item.what.slice(0, 39).padEnd(40)}${s.median.toFixed(1).padStart(9)}${s.p95.toFixed(1).padStart(9)}${(sql.ms / n).toFixed(1).padStart(8)}${(sql.calls / n).toFixed(0).padStart(7)}${floor.toFixed(1).padStart(8)}${(s.p95 / floor).toFixed(1).padStart(11)}`,
    );
  }
  console.log("\nTimes in ms. SQL: PostgreSQL's execution and planning time per request; floor: SQL + one round trip per statement.");

  console.log("\nEXPLAIN (GENERIC_PLAN) of the overview's statements (the secretariat's, slowest first):");
  for (const query of dashboardStatements) {
    if (!/^\s*(SELECT|WITH)/i.test(query)) continue;
    let plan: string[];
    try {
      const { rows } = await stats.query(`EXPLAIN (GENERIC_PLAN) ${query}`);
      plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]);
    } catch (error) {
      // pg_stat_statements replaces constants by parameters whose type a generic plan cannot always infer.
      console.log(`\n- ${query.replace(/\s+/g, " ").slice(0, 150)}…\n    (geen generiek plan: ${(error as Error).message})`);
      continue;
    }
    const nodes = plan.filter((line: string) => /Scan|Join|Aggregate|Sort|Limit/.test(line)).map((line: string) => line.trim().replace(/\s+\(cost=.*$/, ""));
    console.log(`\n- ${query.replace(/\s+/g, " ").slice(0, 150)}…`);
    for (const node of nodes.slice(0, 8)) console.log(`    ${node}`);
  }
  await db.$disconnect();
} finally {
  await stopServer?.();
  await stats.end().catch(() => {});
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
