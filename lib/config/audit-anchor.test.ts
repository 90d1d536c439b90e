import { describe, expect, it } from "vitest";
import { auditAnchorSettings } from "./audit-anchor";

describe("audit anchor settings", () => {
  it("anchors to .data/audit-anchors.jsonl by default, or to the configured file and endpoint", () => {
    expect(auditAnchorSettings({}, "/srv/notaroute")).toEqual({ file: "/srv/notaroute/.data/audit-anchors.jsonl", url: null });
    expect(auditAnchorSettings({ AUDIT_ANCHOR_FILE: "/worm/ankers.jsonl", AUDIT_ANCHOR_URL: "https://anker.example.nl/in" }, "/srv")).toEqual({
      file: "/worm/ankers.jsonl",
      url: "https://anker.example.nl/in",
    });
    expect(auditAnchorSettings({ AUDIT_ANCHOR_FILE: "ankers.jsonl" }, "/srv").file).toBe("/srv/ankers.jsonl");
  });

  it("refuses an endpoint that is not an http(s) address", () => {
    expect(() => auditAnchorSettings({ AUDIT_ANCHOR_URL: "ftp://anker.example.nl" })).toThrow(/http\(s\)-adres/);
    expect(() => auditAnchorSettings({ AUDIT_ANCHOR_URL: "geen adres" })).toThrow(/http\(s\)-adres/);
  });
});
