// `npm run seed:large [-- <count>]`: adds a large generated data set (100,000 notas by default)
// to the demo database (the running embedded one, or DATABASE_URL), for measuring speed at
// scale. The demo data must be there already; run it once per database.
import { createPrismaClient } from "../lib/db/create-client";
import { seedLargeDataset } from "../prisma/seed/large/seed-large";
import { databaseUrlForScripts } from "./database-url";

const count = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(count) || count < 1) {
  console.error("Gebruik: npm run seed:large [-- <aantal nota's>]");
  process.exit(2);
}
const { url, stop } = await databaseUrlForScripts();
const db = createPrismaClient(url);
try {
  const { notas, seconds } = await seedLargeDataset(db, { count });
  console.log(`${notas.toLocaleString("nl-NL")} nota's toegevoegd in ${seconds.toFixed(1)} s.`);
} finally {
  await db.$disconnect();
  await stop();
}
