import { describe, expect, it } from "vitest";
import { referenceParam } from "./route-params";

describe("referenceParam", () => {
  it("decodes a reference, keeps a malformed escape as typed, and never passes a control character on", () => {
    expect(referenceParam("BZ2410641")).toBe("BZ2410641");
    expect(referenceParam("BZ%20X")).toBe("BZ X");
    expect(referenceParam("%E0")).toBe("%E0");
    expect(referenceParam("BZ%00X")).toBe("BZ\uFFFDX");
    expect(referenceParam("BZ\u0000X\u001f")).toBe("BZ\uFFFDX\uFFFD");
  });
});
