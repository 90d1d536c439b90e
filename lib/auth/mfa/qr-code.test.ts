import { describe, expect, it } from "vitest";
import { qrSymbol } from "./qr-code";

describe("qrSymbol", () => {
  it("draws the QR code's dark modules as runs, with the three finder patterns in their corners", () => {
    const { size, path } = qrSymbol("otpauth://totp/Notaroute:a%40b.nl?secret=JBSWY3DPEHPK3PXP&issuer=Notaroute");
    expect((size - 17) % 4).toBe(0);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    // Each finder pattern starts with a run of seven dark modules on its first row.
    expect(path).toContain("M0 0h7v1h-7z");
    expect(path).toContain(`M${size - 7} 0h7v1h-7z`);
    expect(path).toContain(`M0 ${size - 7}h7v1h-7z`);
  });
});
