// `npm run bench:load`: the route under load, over HTTP against the production build (run
// `npm run build` first), on a throwaway embedded PostgreSQL with the demo data.
//
// Prints median, p95 and max per request, and throughput, for:
//   - a trivial authenticated API route (GET /api/sessie): the ceiling to compare with;
//   - a burst of 52 decisions at the same moment (13 notas x 4 offices), repeated;
//   - 52 decisions at the same moment on 52 different notas (one office each);
//   - a large burst (BENCH_LARGE_NOTAS notas x 4 offices, default 50: 200 decisions);
//   - 50 notas created at the same moment (POST /api/notas).
// and checks that every request succeeded, every nota ends besloten and every decision is
// recorded once with exactly one audit event. Exits 1 when any check fails.
//
// Figures, not a timed test. Run it pinned to one core as a slow CI machine would:
//   taskset -c 0 npm run bench:load
import os from "node:os";
import { routePeople } from "./route-people";
import { startBenchServer } from "./bench-server";
import { formatSummary, summarize } from "./stats";
import { createNota } from "../../lib/testing/factories";
import { exampleNotaContent } from "../../prisma/seed/example-nota";

const BURSTS = Number(process.env.BENCH_BURSTS ?? 3);
const LARGE_NOTAS = Number(process.env.BENCH_LARGE_NOTAS ?? 50);
const CEILING_REQUESTS = Number(process.env.BENCH_CEILING_REQUESTS ?? 1000);
const CREATIONS = 50;
const CONCURRENCY = 52;

const failures: string[] = [];
const check = (ok: boolean, message: string) => {
  if (!ok) failures.push(message);
};

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const server = await startBenchServer({ instances: INSTANCES });
const { db, bases } = server;
try {
  const { ids, drafterId, opsteller, dgpz, sg, m, deciders } = await routePeople(db, bases);

  /** A copy of the example nota, offered and initialled by the Via chain: ter beslissing. */
  async function notaBeforeTheOffices() {
    const nota = await createNota(db, { content: exampleNotaContent(ids), createdById: drafterId });
    for (const [session, body] of [
      [opsteller, { action: "aanbieden", expectedStatus: "CONCEPT", expectedVersion: 1 }],
      [dgpz, { action: "paraferen", expectedStatus: "PARAAF", expectedVersion: 1 }],
      [sg, { action: "paraferen", expectedStatus: "PARAAF", expectedVersion: 1 }],
    ] as const) {
      const result = await session.timedJson("POST", `/api/notas/${nota.id}/stap`, body);
      if (result.status !== 200) throw new Error(`voorbereiding ${body.action}: ${result.status} ${result.body}`);
    }
    const offered = await db.notaVersion.findFirstOrThrow({ where: { notaId: nota.id, revision: 1, kind: "EXPLICIT" }, orderBy: { number: "desc" } });
    const points = await db.decisionPoint.findMany({ where: { notaId: nota.id, retiredAt: null }, orderBy: { position: "asc" } });
    const decision = (officeId: string) => ({
      action: "besluiten",
      decision: {
        officeId,
        expectedVersion: 1,
        contentHash: offered.contentHash,
        note: null,
        points: points.map((p, i) => ({
          decisionPointId: p.id,
          decision: i === 0 ? "AKKOORD" : "AKKOORD_MET_OPMERKING",
          annotation: i === 0 ? null : "Met een opmerking.",
        })),
      },
    });
    return { id: nota.id, decision };
  }

  const prepare = async (count: number) => {
    const notas = [];
    // A few at a time: preparation is not what is measured.
    for (let i = 0; i < count; i += 8) notas.push(...(await Promise.all(Array.from({ length: Math.min(8, count - i) }, notaBeforeTheOffices))));
    return notas;
  };

  /** Fires all requests at the same moment; returns latencies, errors and the wall time. */
  async function burst(requests: Array<() => Promise<{ status: number; ms: number; body: string }>>) {
    const started = performance.now();
    const results = await Promise.all(requests.map((request) => request()));
    const wall = performance.now() - started;
    const errors = results.filter((result) => result.status < 200 || result.status >= 300);
    return { latencies: results.map((result) => result.ms), errors, wall, statuses: results.map((result) => result.status) };
  }

  /** Every nota besloten, every office's decision recorded once with one audit event. */
  async function verifyDecided(notaIds: string[], officesPerNota: number, label: string) {
    const notas = await db.nota.findMany({ where: { id: { in: notaIds } }, select: { status: true } });
    const notBesloten = notas.filter((nota) => nota.status !== "BESLOTEN").length;
    check(notBesloten === 0 || officesPerNota < 4, `${label}: ${notBesloten} nota's niet besloten`);
    const decisions = await db.officeDecision.findMany({ where: { notaId: { in: notaIds } }, select: { id: true } });
    check(
      decisions.length === notaIds.length * officesPerNota,
      `${label}: ${decisions.length} besluiten vastgelegd, verwacht ${notaIds.length * officesPerNota}`,
    );
    const events = await db.auditEvent.groupBy({
      by: ["objectId"],
      where: { objectId: { in: decisions.map((d) => d.id) }, result: "SUCCESS", action: { in: ["route.decide", "nota.decision_recorded"] } },
      _count: true,
    });
    const once = events.filter((e) => e._count === 1).length;
    check(once === decisions.length && events.length === decisions.length, `${label}: ${once} van ${decisions.length} besluiten met precies één auditregel`);
    return { notBesloten, decisions: decisions.length, auditedOnce: once };
  }

  // Warm-up: opens pools and caches (the production build compiles nothing on request).
  const warm = await notaBeforeTheOffices();
  for (const [session, officeId] of deciders) await session.timedJson("POST", `/api/notas/${warm.id}/stap`, warm.decision(officeId));
  await Promise.all(Array.from({ length: 50 }, () => m.fetch("/api/sessie").then((res) => res.text())));

  const cores = os.availableParallelism();
  console.log(
    `\nNotaroute load benchmark: production build, ${INSTANCES === 1 ? "one app instance" : `${INSTANCES} app instances (requests round-robin)`}, embedded PostgreSQL 18, ${cores} core(s) available\n`,
  );

  // 1. The ceiling: a trivial authenticated API route.
  const probe = await m.fetch("/api/sessie");
  await probe.text();
  if (probe.status === 200) {
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < CEILING_REQUESTS) {
          const result = await m.timedJson("GET", "/api/sessie");
          check(result.status === 200, `GET /api/sessie: ${result.status}`);
          latencies.push(result.ms);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(formatSummary(`GET /api/sessie (trivial, ${CONCURRENCY} at a time)`, latencies, `${(latencies.length / seconds).toFixed(0)} req/s`));
  } else {
    console.log(`GET /api/sessie: not available (${probe.status})`);
  }

  // 2. Bursts of 52 decisions: 13 notas x 4 offices at the same moment.
  const burstLatencies: number[] = [];
  const burstRates: number[] = [];
  let burstErrors = 0;
  for (let round = 0; round < BURSTS; round++) {
    const notas = await prepare(13);
    const result = await burst(
      notas.flatMap((nota) =>
        deciders.map(
          ([session, officeId]) =>
            () =>
              session.timedJson("POST", `/api/notas/${nota.id}/stap`, nota.decision(officeId)),
        ),
      ),
    );
    burstLatencies.push(...result.latencies);
    burstRates.push(52 / (result.wall / 1000));
    burstErrors += result.errors.length;
    for (const error of result.errors.slice(0, 3)) console.log(`  error ${error.status}: ${error.body.slice(0, 200)}`);
    await verifyDecided(
      notas.map((n) => n.id),
      4,
      `burst ${round + 1}`,
    );
  }
  check(burstErrors === 0, `bursts of 52: ${burstErrors} errors`);
  console.log(
    formatSummary(
      `52 decisions at once (13 notas x 4 offices), x${BURSTS}`,
      burstLatencies,
      `errors ${burstErrors}  throughput ${summarize(burstRates).median.toFixed(0)} decisions/s (median burst)`,
    ),
  );

  // 3. 52 decisions at once on 52 different notas: nothing shared but the tables.
  {
    const notas = await prepare(52);
    const result = await burst(notas.map((nota) => () => m.timedJson("POST", `/api/notas/${nota.id}/stap`, nota.decision(ids.M))));
    check(result.errors.length === 0, `52 different notas: ${result.errors.length} errors`);
    await verifyDecided(
      notas.map((n) => n.id),
      1,
      "52 different notas",
    );
    console.log(
      formatSummary(
        "52 decisions at once, each on another nota",
        result.latencies,
        `errors ${result.errors.length}  throughput ${(52 / (result.wall / 1000)).toFixed(0)} decisions/s`,
      ),
    );
  }

  // 4. A large burst: LARGE_NOTAS notas x 4 offices.
  {
    const notas = await prepare(LARGE_NOTAS);
    const result = await burst(
      notas.flatMap((nota) =>
        deciders.map(
          ([session, officeId]) =>
            () =>
              session.timedJson("POST", `/api/notas/${nota.id}/stap`, nota.decision(officeId)),
        ),
      ),
    );
    check(result.errors.length === 0, `large burst: ${result.errors.length} errors`);
    await verifyDecided(
      notas.map((n) => n.id),
      4,
      "large burst",
    );
    const total = LARGE_NOTAS * 4;
    console.log(
      formatSummary(
        `${total} decisions at once (${LARGE_NOTAS} notas x 4 offices)`,
        result.latencies,
        `errors ${result.errors.length}  throughput ${(total / (result.wall / 1000)).toFixed(0)} decisions/s`,
      ),
    );
  }

  // 5. 50 notas created at the same moment.
  const creationProbe = await opsteller.timedJson("POST", "/api/notas", {});
  if (creationProbe.status === 404 || creationProbe.status === 405) {
    console.log(`POST /api/notas: not available (${creationProbe.status})`);
  } else {
    const owner = ids.DVB;
    const result = await burst(
      Array.from(
        { length: CREATIONS },
        (_, i) => () =>
          opsteller.timedJson("POST", "/api/notas", { ownerOfficeId: owner, title: `Benchmark ${i}`, start: { kind: "template", template: "beslisnota" } }),
      ),
    );
    for (const error of result.errors.slice(0, 3)) console.log(`  error ${error.status}: ${error.body.slice(0, 200)}`);
    check(result.errors.length === 0, `creations: ${result.errors.length} errors`);
    const created = await db.nota.count({ where: { title: { startsWith: "Benchmark " } } });
    check(created === CREATIONS, `creations: ${created} notas in the database, expected ${CREATIONS}`);
    console.log(
      formatSummary(
        `${CREATIONS} notas created at once`,
        result.latencies,
        `errors ${result.errors.length}  throughput ${(CREATIONS / (result.wall / 1000)).toFixed(0)} creations/s`,
      ),
    );
  }

  console.log(
    failures.length === 0
      ? "\nAll checks passed: no errors, every nota besloten, every decision recorded once with one audit event."
      : `\nCHECKS FAILED:\n- ${failures.join("\n- ")}`,
  );
} finally {
  await server.stop();
}
process.exit(failures.length === 0 ? 0 : 1);
