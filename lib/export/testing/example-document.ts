// The example nota BZ2410641 as a document model, without a database: the fixture of the
// export tests and benchmarks.
import { randomUUID } from "node:crypto";
import { buildNotaDocument, type ExportedDecision, type OfficeName } from "@/lib/export/nota-document/model";
import { DEMO_OFFICES, type DemoOfficeCode } from "@/prisma/seed/demo-offices";
import { exampleNotaContent } from "@/prisma/seed/example-nota";

export function exampleDocumentInput() {
  const ids = Object.fromEntries(DEMO_OFFICES.map((o) => [o.code, randomUUID()])) as Record<DemoOfficeCode, string>;
  const offices = new Map<string, OfficeName>(DEMO_OFFICES.map((o) => [ids[o.code], { code: o.code, name: o.name }]));
  const content = exampleNotaContent(ids);
  return { ids, offices, content, reference: "BZ2410641" };
}

export function exampleDocument(options: { decisions?: (input: ReturnType<typeof exampleDocumentInput>) => ExportedDecision[] } = {}) {
  const input = exampleDocumentInput();
  return { ...input, model: buildNotaDocument({ ...input, decisions: options.decisions?.(input) ?? null }) };
}
