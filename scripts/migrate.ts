// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (production deploys).
import { migrateDatabase } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL ontbreekt.");
  process.exit(2);
}
await migrateDatabase(url);
console.log("Migraties toegepast.");
