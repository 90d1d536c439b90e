import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

const APP = "http://localhost:3000";

/** Open-redirect variants: every one must end on this site (OWASP, PortSwigger and WHATWG parser quirks). */
const CORPUS = [
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/%09/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/ /evil.example",
  "\t//evil.example",
  " //evil.example",
  "//evil.example/%2e%2e",
  "//evil.example@localhost",
  "/@evil.example",
  "https://evil.example",
  "https://evil.example/notas",
  "http://evil.example",
  "https:evil.example",
  "http:/evil.example",
  "http:\\\\evil.example",
  "https://localhost:3000.evil.example/notas",
  "https://localhost:3000@evil.example/notas",
  "http://localhost:3001/notas",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "evil.example",
  "evil",
  ".evil.example",
  "/login",
  "/login?callbackUrl=//evil.example",
  "/api/notas/csv",
  "",
  undefined,
  null,
  42,
  ["/notas"],
  "/" + "a".repeat(3000),
];

describe("safeCallbackPath", () => {
  it("keeps paths on this site, also from the app's own absolute URLs", () => {
    expect(safeCallbackPath("/notas/BZ2410641")).toBe("/notas/BZ2410641");
    expect(safeCallbackPath("/notas?sorteer=titel&richting=af")).toBe("/notas?sorteer=titel&richting=af");
    expect(safeCallbackPath("http://localhost:3000/notas?sorteer=titel", APP)).toBe("/notas?sorteer=titel");
    expect(safeCallbackPath("/overzicht")).toBe("/overzicht");
  });

  it(`never sends anyone to another host, a script or back to the login page (${CORPUS.length} variants)`, () => {
    for (const value of CORPUS) {
      const result = safeCallbackPath(value, APP);
      // Wherever the browser would resolve the result, it is this site.
      expect(new URL(result, APP).origin, JSON.stringify(value)).toBe(APP);
      expect(result.startsWith("/") && !result.startsWith("//") && !/[\\\t\n\r]/.test(result), JSON.stringify(value)).toBe(true);
      expect(result.startsWith("/login") || result.startsWith("/api/"), JSON.stringify(value)).toBe(false);
    }
    // The page receives the query decoded: "/%09/evil.example" arrives as "/\t/evil.example".
    expect(safeCallbackPath("/\t/evil.example", APP)).toBe("/notas");
  });
});
