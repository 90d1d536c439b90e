import { afterEach, describe, expect, it, vi } from "vitest";
import { logSecurityEvent } from "./security-log";

describe("logSecurityEvent", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one line of JSON, whatever the request put in its fields", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    logSecurityEvent("warn", "cross_site_request_refused", {
      method: "POST",
      path: '/api/x\n{"level":"info","event":"forged"}',
      origin: "https://evil.example",
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    expect(JSON.parse(lines[0])).toMatchObject({ level: "warn", event: "cross_site_request_refused", path: '/api/x\n{"level":"info","event":"forged"}' });
  });
});
