import { describe, expect, it } from "vitest";
import { databaseLogins } from "./database-logins";

const APP = "postgresql://notaroute_app:geheim@db.intern:5432/notaroute";
const OWNER = "postgresql://notaroute_owner:geheimer@db.intern:5432/notaroute";

describe("database logins", () => {
  it("separates the owner (migrations) from the app's role when both are given", () => {
    expect(databaseLogins({ DATABASE_URL: APP, DATABASE_MIGRATION_URL: OWNER })).toEqual({
      logins: { appUrl: APP, ownerUrl: OWNER, separate: true },
      problems: [],
      warnings: [],
    });
  });

  it("keeps working with DATABASE_URL alone, as the owner, with a warning", () => {
    const result = databaseLogins({ DATABASE_URL: APP });
    expect(result.logins).toEqual({ appUrl: APP, ownerUrl: APP, separate: false });
    expect(result.problems).toEqual([]);
    expect(result.warnings[0]).toContain("DATABASE_MIGRATION_URL");
  });

  it("warns when both name the same role", () => {
    const result = databaseLogins({ DATABASE_URL: APP, DATABASE_MIGRATION_URL: APP.replace("db.intern", "db-direct.intern") });
    expect(result.logins?.separate).toBe(false);
    expect(result.warnings[0]).toContain("dezelfde rol (notaroute_app)");
  });

  it("leaves the embedded default alone, and refuses an owner without an app", () => {
    expect(databaseLogins({})).toEqual({ logins: null, problems: [], warnings: [] });
    expect(databaseLogins({ DATABASE_MIGRATION_URL: OWNER }).problems[0]).toContain("zonder DATABASE_URL");
    expect(databaseLogins({ DATABASE_URL: APP, DATABASE_MIGRATION_URL: "geen adres" }).problems[0]).toContain("postgresql://");
  });
});
