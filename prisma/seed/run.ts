// `npm run db:seed`: seeds the demo data into DATABASE_URL if that database is empty.
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoData } from "./seed-demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL ontbreekt.");
  process.exit(2);
}
const db = createPrismaClient(url);
try {
  console.log((await seedDemoData(db)) ? "Demodata geladen." : "Database bevat al gegevens: niets geladen.");
} finally {
  await db.$disconnect();
}
