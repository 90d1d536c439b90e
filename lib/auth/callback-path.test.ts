import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/notas/BZ2410641")).toBe("/notas/BZ2410641");
    expect(safeCallbackPath("http://localhost:3000/notas?sorteer=titel")).toBe("/notas?sorteer=titel");
  });

  it("never sends anyone to another host or back to the login page", () => {
    for (const value of ["//evil.example", "/\\evil.example", "javascript:alert(1)", "evil", "/login", undefined, ["/a"]]) {
      expect(safeCallbackPath(value)).toBe("/notas");
    }
  });
});
