// `npm run bench:decisions`: each route step alone, one request at a time, over HTTP against the
// production build (run `npm run build` first): how long a person waits for aanbieden, paraferen
// and besluiten when nothing else happens. Bursts and throughput: bench:load.
import { createNota } from "../../lib/testing/factories";
import { exampleNotaContent } from "../../prisma/seed/example-nota";
import { startBenchServer } from "./bench-server";
import type { HttpSession } from "./http-session";
import { routePeople } from "./route-people";
import { formatSummary } from "./stats";

const NOTAS = Number(process.env.BENCH_DECISION_NOTAS ?? 60);

const server = await startBenchServer();
const { db, base } = server;
try {
  const { ids, drafterId, opsteller, dgpz, sg, deciders } = await routePeople(db, base);
  const timings = { offer: [] as number[], initial: [] as number[], decide: [] as number[] };
  const step = async (session: HttpSession, notaId: string, body: unknown, into: number[]) => {
    const result = await session.timedJson("POST", `/api/notas/${notaId}/stap`, body);
    if (result.status !== 200) throw new Error(`${result.status}: ${result.body}`);
    into.push(result.ms);
  };

  for (let n = 0; n <= NOTAS; n++) {
    const nota = await createNota(db, { content: exampleNotaContent(ids), createdById: drafterId });
    await step(opsteller, nota.id, { action: "aanbieden", expectedStatus: "CONCEPT", expectedVersion: 1 }, timings.offer);
    await step(dgpz, nota.id, { action: "paraferen", expectedStatus: "PARAAF", expectedVersion: 1 }, timings.initial);
    await step(sg, nota.id, { action: "paraferen", expectedStatus: "PARAAF", expectedVersion: 1 }, timings.initial);
    const offered = await db.notaVersion.findFirstOrThrow({ where: { notaId: nota.id, revision: 1, kind: "EXPLICIT" }, orderBy: { number: "desc" } });
    const points = await db.decisionPoint.findMany({ where: { notaId: nota.id, retiredAt: null }, orderBy: { position: "asc" } });
    for (const [session, officeId] of deciders) {
      const decision = {
        officeId,
        expectedVersion: 1,
        contentHash: offered.contentHash,
        note: null,
        points: points.map((p) => ({ decisionPointId: p.id, decision: "AKKOORD", annotation: null })),
      };
      await step(session, nota.id, { action: "besluiten", decision }, timings.decide);
    }
    // The first nota warms pools and caches up.
    if (n === 0) for (const list of Object.values(timings)) list.length = 0;
  }
  const decided = await db.nota.count({ where: { status: "BESLOTEN" } });
  console.log(`\nRoute steps one at a time: ${NOTAS} copies of BZ2410641, 4 deciding offices\n`);
  console.log(formatSummary("Aanbieden (offer)", timings.offer));
  console.log(formatSummary("Paraferen (initial)", timings.initial));
  console.log(formatSummary("Besluiten (decide), one office at a time", timings.decide));
  console.log(`\nNotas besloten: ${decided} of ${NOTAS + 1}`);
  if (decided !== NOTAS + 1) process.exitCode = 1;
} finally {
  await server.stop();
}
