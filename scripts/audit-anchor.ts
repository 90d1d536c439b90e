// `npm run audit:anchor`: writes the audit log's anchor now (a checkpoint of every chain's head,
// then the checkpoint chain's head to AUDIT_ANCHOR_FILE and, if set, to AUDIT_ANCHOR_URL). The app
// does this itself at least daily; this is for on demand, or for a cron job of one's own.
// Exit code 1 when the file could not be written; an endpoint that fails is reported, not fatal.
import path from "node:path";
import nextEnv from "@next/env";
import { anchorAuditLog } from "../lib/audit/anchor";
import { auditAnchorSettings } from "../lib/config/audit-anchor";
import { createPrismaClient } from "../lib/db/create-client";
import { databaseUrlForScripts } from "./database-url";

const root = path.resolve(import.meta.dirname, "..");
// The same .env files the app reads, so that both agree on the anchor file and the database.
nextEnv.loadEnvConfig(root);
const settings = auditAnchorSettings(process.env, root);
const { url, stop } = await databaseUrlForScripts();
const db = createPrismaClient(url);
try {
  const result = await anchorAuditLog(db, settings);
  if (!result) throw new Error("geen anker geschreven");
  console.log(`Auditlog verankerd: controlepunt ${result.anchor.seq} (${result.anchor.hash.slice(0, 16)}…) in ${result.file}.`);
  if (result.posted?.ok) console.log(`Anker afgeleverd bij AUDIT_ANCHOR_URL.`);
  if (result.posted && !result.posted.ok) console.warn(`Let op: anker niet afgeleverd bij AUDIT_ANCHOR_URL: ${result.posted.error}.`);
} catch (error) {
  console.error(`Auditlog niet verankerd: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await stop();
}
