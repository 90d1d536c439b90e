// Prisma 7 CLI configuration (prisma generate; prisma migrate deploy on machines that can
// download Prisma's schema engine). Offline, migrations run through prisma/wasm-migrate.config.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
