import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

describe("Content-Security-Policy", () => {
  it("allows scripts only with the nonce, and closes plugins, base, framing and foreign form targets", () => {
    const policy = contentSecurityPolicy("abc123==", { development: false });
    const directives = Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directives["script-src"]).not.toContain("unsafe-inline");
    expect(directives["script-src"]).not.toContain("unsafe-eval");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["base-uri"]).toBe("'none'");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["form-action"]).toBe("'self'");
    expect(contentSecurityPolicy("x", { development: true })).toContain("'unsafe-eval'");
  });

  it("makes a new unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    expect(Buffer.from([...nonces][0], "base64")).toHaveLength(16);
  });
});
