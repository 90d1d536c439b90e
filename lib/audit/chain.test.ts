import { describe, expect, it } from "vitest";
import { canonicalJson } from "../domain/canonical-json";
import { eventHash, findChainBreak, GENESIS_HASH, type ChainedFields } from "./chain";

function chain(count: number) {
  const events: Array<ChainedFields & { id: bigint; hash: string }> = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const fields: ChainedFields = {
      occurredAt: new Date(Date.UTC(2025, 1, 13, 9, i)),
      actorId: "a",
      actingOfficeId: null,
      action: "nota.created",
      objectType: "Nota",
      objectId: `n${i}`,
      notaId: null,
      notaVersion: i,
      result: "SUCCESS",
      details: { b: 1, a: [1, { y: 2, x: 1 }] },
      ip: null,
      userAgent: null,
      prevHash,
    };
    const hash = eventHash(fields);
    events.push({ ...fields, id: BigInt(i), hash });
    prevHash = hash;
  }
  return events;
}

describe("audit hash chain", () => {
  it("does not depend on the key order of stored JSON", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 1 } })).toBe(canonicalJson({ a: { c: 1, d: 2 }, b: 1 }));
  });

  it("verifies an intact chain", () => {
    expect(findChainBreak(chain(5))).toEqual({ break: null, lastHash: chain(5)[4].hash, checked: 5 });
  });

  it("finds an altered event", () => {
    const events = chain(5);
    events[2] = { ...events[2], action: "nota.read_refused" };
    expect(findChainBreak(events).break).toEqual({ id: 3n, reason: "hash-mismatch" });
  });

  it("finds a removed event", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(findChainBreak(events).break).toEqual({ id: 3n, reason: "prev-hash-mismatch" });
  });
});
