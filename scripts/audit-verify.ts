// `npm run audit:verify`: checks the audit log's hash chain from the first event to the last.
// Exit code 0 when intact, 1 with the first broken link otherwise.
import { verifyAuditChain } from "../lib/audit/verify";
import { createPrismaClient } from "../lib/db/create-client";
import { databaseUrlForScripts } from "./database-url";

const { url, stop } = await databaseUrlForScripts();
const db = createPrismaClient(url);
try {
  const { checked, firstBreak } = await verifyAuditChain(db);
  if (firstBreak) {
    console.error(`Auditketen VERBROKEN bij gebeurtenis ${firstBreak.id} (${firstBreak.reason}); ${checked} gebeurtenissen ervoor zijn in orde.`);
    process.exitCode = 1;
  } else {
    console.log(`Auditketen intact: ${checked} gebeurtenissen gecontroleerd.`);
  }
} finally {
  await db.$disconnect();
  await stop();
}
