import { describe, expect, it } from "vitest";
import { canonicalJson } from "../domain/canonical-json";
import { belongsToChain, chainKeyFor, eventHash, findChainBreak, GENESIS_HASH, hashTextAround, type ChainedFields } from "./chain";
import { createHash } from "node:crypto";

const NOTA = "0b0b0b0b-0000-4000-8000-000000000001";

function chain(count: number, notaId: string | null = NOTA) {
  const events: Array<ChainedFields & { id: bigint; hash: string; chainSeq: number }> = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const fields: ChainedFields = {
      occurredAt: new Date(Date.UTC(2025, 1, 13, 9, i)),
      actorId: "a",
      actingOfficeId: null,
      action: "nota.created",
      objectType: "Nota",
      objectId: `n${i}`,
      notaId,
      notaVersion: i,
      result: "SUCCESS",
      details: { b: 1, a: [1, { y: 2, x: 1 }], prevHash: "" },
      ip: null,
      userAgent: 'Mozilla "prevHash":"',
      prevHash,
    };
    const hash = eventHash(fields);
    events.push({ ...fields, id: BigInt(i * 10), hash, chainSeq: i });
    prevHash = hash;
  }
  return events;
}

describe("audit hash chains", () => {
  it("does not depend on the key order of stored JSON", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 1 } })).toBe(canonicalJson({ a: { c: 1, d: 2 }, b: 1 }));
  });

  it("puts an event in its nota's chain, else its actor's, else the system chain", () => {
    expect(chainKeyFor({ notaId: NOTA, actorId: "a" })).toBe(`nota:${NOTA}`);
    expect(chainKeyFor({ notaId: null, actorId: "a" })).toBe("actor:a");
    expect(chainKeyFor({ notaId: null, actorId: null })).toBe("system");
    expect(belongsToChain(`nota:${NOTA}`, { notaId: "other", actorId: "a", action: "x" })).toBe(false);
    expect(belongsToChain("checkpoint", { notaId: null, actorId: null, action: "nota.created" })).toBe(false);
  });

  it("splits the hashed text exactly around the previous hash, also when other fields contain the marker", () => {
    const [event] = chain(1);
    const { prevHash, ...fields } = event;
    const { before, after } = hashTextAround(fields);
    expect(
      createHash("sha256")
        .update(before + prevHash + after)
        .digest("hex"),
    ).toBe(event.hash);
  });

  it("verifies an intact chain", () => {
    const events = chain(5);
    expect(findChainBreak(`nota:${NOTA}`, events)).toEqual({ break: null, last: { hash: events[4].hash, seq: 5 }, checked: 5 });
  });

  it("finds an altered event", () => {
    const events = chain(5);
    events[2] = { ...events[2], action: "nota.read_refused" };
    expect(findChainBreak(`nota:${NOTA}`, events).break).toMatchObject({ id: 30n, reason: "hash-mismatch" });
  });

  it("finds a removed event", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(findChainBreak(`nota:${NOTA}`, events).break).toMatchObject({ id: 30n, reason: "sequence-gap" });
  });

  it("finds reordered events, also when their positions were renumbered", () => {
    const events = chain(5);
    const swapped = [events[0], { ...events[2], chainSeq: 2 }, { ...events[1], chainSeq: 3 }, events[3], events[4]];
    expect(findChainBreak(`nota:${NOTA}`, swapped).break).toMatchObject({ id: 30n, reason: "prev-hash-mismatch" });
  });

  it("finds an event moved to another nota's chain", () => {
    expect(findChainBreak("nota:other", chain(1)).break).toMatchObject({ reason: "wrong-chain" });
  });
});
