import { describe, expect, it } from "vitest";
import { productionStartProblems } from "./production-start";

const SECRET = "x".repeat(40);

describe("production start", () => {
  it("needs a secret and an https address; http only on localhost", () => {
    expect(productionStartProblems({ NEXTAUTH_URL: "https://notaroute.minbuza.nl", NEXTAUTH_SECRET: SECRET })).toEqual([]);
    expect(productionStartProblems({ NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: SECRET })).toEqual([]);
    expect(productionStartProblems({ NEXTAUTH_URL: "http://127.0.0.1:3000", NEXTAUTH_SECRET: SECRET })).toEqual([]);
    expect(productionStartProblems({ NEXTAUTH_URL: "http://notaroute.minbuza.nl", NEXTAUTH_SECRET: SECRET })[0]).toContain("https://");
    expect(productionStartProblems({ NEXTAUTH_URL: "http://localhost.evil.example", NEXTAUTH_SECRET: SECRET })[0]).toContain("https://");
    expect(productionStartProblems({ NEXTAUTH_SECRET: SECRET })[0]).toContain("NEXTAUTH_URL ontbreekt");
    expect(productionStartProblems({ NEXTAUTH_URL: "https://notaroute.minbuza.nl" })[0]).toContain("NEXTAUTH_SECRET ontbreekt");
    expect(productionStartProblems({ NEXTAUTH_URL: "https://notaroute.minbuza.nl", NEXTAUTH_SECRET: "kort" })[0]).toContain("32 tekens");
    expect(productionStartProblems({ NEXTAUTH_URL: "geen adres", NEXTAUTH_SECRET: SECRET })[0]).toContain("geen adres");
  });
});
