// `npm run audit:verify`: checks every chain of the audit log from its first event to its last,
// the checkpoints that anchor their heads, and the heads themselves.
// Exit code 0 when intact, 1 with the first broken link otherwise.
import { verifyAuditChain } from "../lib/audit/verify";
import { createPrismaClient } from "../lib/db/create-client";
import { databaseUrlForScripts } from "./database-url";

const REASONS = {
  "prev-hash-mismatch": "de verwijzing naar de vorige gebeurtenis klopt niet (verwijderd of verplaatst)",
  "hash-mismatch": "de gebeurtenis is gewijzigd",
  "sequence-gap": "er ontbreekt een gebeurtenis",
  "wrong-chain": "de gebeurtenis staat in de verkeerde keten",
  "head-mismatch": "de keten eindigt niet waar haar kop zegt (nieuwste gebeurtenissen verwijderd?)",
  "checkpoint-mismatch": "een door een controlepunt vastgelegde gebeurtenis ontbreekt of is gewijzigd",
} as const;

const { url, stop } = await databaseUrlForScripts();
const db = createPrismaClient(url);
try {
  const started = Date.now();
  const { checked, chains, firstBreak } = await verifyAuditChain(db);
  if (firstBreak) {
    const where = firstBreak.id === null ? "" : `gebeurtenis ${firstBreak.id}, `;
    console.error(`Auditlog VERBROKEN in keten ${firstBreak.chainKey} (${where}positie ${firstBreak.seq}): ${REASONS[firstBreak.reason]}.`);
    process.exitCode = 1;
  } else {
    console.log(`Auditlog intact: ${checked} gebeurtenissen in ${chains} ketens gecontroleerd in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
} finally {
  await db.$disconnect();
  await stop();
}
