import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { clientIp } = await import("./request-context");

describe("clientIp", () => {
  it("takes the address the trusted proxy saw, not what the client wrote before it", () => {
    expect(clientIp("203.0.113.9", 1)).toBe("203.0.113.9");
    // The client wrote 1.2.3.4 itself; the proxy appended the real address.
    expect(clientIp("1.2.3.4, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIp("1.2.3.4, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIp("2001:db8::1", 1)).toBe("2001:db8::1");
    expect(clientIp(null, 1)).toBeNull();
    expect(clientIp("", 1)).toBeNull();
    expect(clientIp("<script>", 1)).toBeNull();
  });
});
