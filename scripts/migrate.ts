// `npm run db:migrate`: applies the committed migrations to the production database as its owner
// (DATABASE_MIGRATION_URL, else DATABASE_URL), then the rights of the app's role (DATABASE_URL).
import { databaseLogins } from "../lib/config/database-logins";
import { appRoleProblems } from "../lib/db/app-role-check";
import { migrateDatabase } from "../lib/db/migrate";
import { roleOf } from "../lib/db/roles";

const { logins, problems, warnings } = databaseLogins(process.env);
for (const problem of problems) console.error(problem);
if (!logins) {
  if (problems.length === 0) console.error("DATABASE_URL ontbreekt.");
  process.exit(2);
}
for (const warning of warnings) console.warn(warning);
await migrateDatabase(logins.ownerUrl, { appRole: logins.separate ? roleOf(logins.appUrl) : undefined, log: console.log });
console.log("Migraties toegepast.");
if (logins.separate) {
  const roleProblems = await appRoleProblems(logins.appUrl);
  if (roleProblems.length > 0) {
    console.error(`De app-rol is niet afgeschermd: ${roleProblems.join("; ")}.`);
    process.exit(1);
  }
  console.log(`Rechten van ${roleOf(logins.appUrl)} gezet: auditlog alleen aanvullen en lezen.`);
}
