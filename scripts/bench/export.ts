// `npm run bench:export`: how long the example nota BZ2410641 takes to become a DOCX and a PDF
// (document model included), and to be read back from that DOCX and from its published text
// (import: reading and parsing, no database), in this process, after warming up. Figures, not a
// timed test.
// Pin it (taskset -c 0) to see a slow machine.
import { renderNotaDocx } from "../../lib/export/docx/nota-docx";
import { buildNotaDocument } from "../../lib/export/nota-document/model";
import { renderNotaPdf } from "../../lib/export/pdf/nota-pdf";
import { exampleDocumentInput } from "../../lib/export/testing/example-document";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseNota } from "../../lib/domain/import/parse-nota";
import { readTextSource } from "../../lib/domain/import/text-source";
import { readDocxSource } from "../../lib/import/docx-source";
import { formatSummary } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 3;

async function measure(label: string, run: () => Promise<Uint8Array | string>): Promise<void> {
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const started = performance.now();
    const result = await run();
    size = typeof result === "string" ? result.length : result.byteLength;
    if (i >= WARM_UP) samples.push(performance.now() - started);
  }
  console.log(formatSummary(label, samples, `${(size / 1024).toFixed(0)} KB`));
}

const input = exampleDocumentInput();
const model = () => buildNotaDocument(input);
console.log(`Export of BZ2410641 (${RUNS} runs after ${WARM_UP} to warm up; target < 300 ms each)`);
await measure("DOCX (model + document)", () => renderNotaDocx(model()));
await measure("PDF (model + tagged document, fonts embedded)", () => renderNotaPdf(model()));
const docx = await renderNotaDocx(model());
const offices = [...input.offices].map(([id, office]) => ({ id, code: office.code }));
await measure("import of that DOCX (read + parse)", async () => JSON.stringify(parseNota(readDocxSource(docx), offices).content));
const published = readFileSync(path.join(import.meta.dirname, "../../prisma/seed/beslisnota-BZ2410641.md"), "utf8");
await measure("import of the published text (read + parse)", async () => JSON.stringify(parseNota(readTextSource(published), offices).content));
