// `npm run audit:verify`: checks every chain of the audit log from its first event to its last,
// the checkpoints that anchor their heads, the heads themselves, and the anchors written outside
// the database (AUDIT_ANCHOR_FILE, default .data/audit-anchors.jsonl).
// Exit code 0 when intact, 1 with the first broken link otherwise.
import path from "node:path";
import nextEnv from "@next/env";
import { readAnchors } from "../lib/audit/anchor-file";
import { verifyAuditChain } from "../lib/audit/verify";
import { auditAnchorSettings } from "../lib/config/audit-anchor";
import { createPrismaClient } from "../lib/db/create-client";
import { databaseUrlForScripts } from "./database-url";

const REASONS = {
  "prev-hash-mismatch": "de verwijzing naar de vorige gebeurtenis klopt niet (verwijderd of verplaatst)",
  "hash-mismatch": "de gebeurtenis is gewijzigd",
  "sequence-gap": "er ontbreekt een gebeurtenis",
  "wrong-chain": "de gebeurtenis staat in de verkeerde keten",
  "head-mismatch": "de keten eindigt niet waar haar kop zegt (nieuwste gebeurtenissen verwijderd?)",
  "checkpoint-mismatch": "een door een controlepunt vastgelegde gebeurtenis ontbreekt of is gewijzigd",
  "anchor-mismatch":
    "een buiten de database verankerd controlepunt ontbreekt of is gewijzigd (nieuwste gebeurtenissen met hun controlepunten verwijderd of herschreven?)",
} as const;

const root = path.resolve(import.meta.dirname, "..");
// The same .env files the app reads, so that both agree on the anchor file and the database.
nextEnv.loadEnvConfig(root);
const { file } = auditAnchorSettings(process.env, root);
const { anchors, unreadable } = await readAnchors(file);
const { url, stop } = await databaseUrlForScripts();
const db = createPrismaClient(url);
try {
  const started = Date.now();
  const result = await verifyAuditChain(db, { anchors });
  const { checked, chains, firstBreak } = result;
  if (unreadable.length > 0) console.warn(`Let op: regel ${unreadable.join(", ")} van ${file} is geen leesbaar anker en is overgeslagen.`);
  if (result.anchors.otherDatabases > 0) {
    console.warn(`Let op: ${result.anchors.otherDatabases} anker(s) in ${file} horen bij een andere database en zijn overgeslagen.`);
  }
  const anchored = result.anchors.checked > 0 ? `${result.anchors.checked} ankers uit ${file}` : `geen ankers (${file} bevat er geen voor deze database)`;
  if (firstBreak) {
    const where = firstBreak.id === null ? "" : `gebeurtenis ${firstBreak.id}, `;
    console.error(`Auditlog VERBROKEN in keten ${firstBreak.chainKey} (${where}positie ${firstBreak.seq}): ${REASONS[firstBreak.reason]}.`);
    process.exitCode = 1;
  } else {
    console.log(
      `Auditlog intact: ${checked} gebeurtenissen in ${chains} ketens en ${anchored} gecontroleerd in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
} finally {
  await db.$disconnect();
  await stop();
}
