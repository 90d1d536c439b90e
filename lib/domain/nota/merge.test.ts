import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { doc, paragraph } from "@/lib/domain/rich-text/build";
import { notaContent } from "@/lib/testing/factories";
import { analyseMerge, mergeContent } from "./merge";

const base = notaContent(randomUUID(), { title: "Basis", kamerDeadline: "2025-03-31" });

describe("three-way merge", () => {
  it("takes over what only they changed and keeps what only I changed", () => {
    const mine = { ...base, title: "Mijn titel" };
    const theirs = { ...base, kamerDeadline: "2025-04-15", aanleiding: doc(paragraph("Hun aanleiding")) };
    const analysis = analyseMerge(base, mine, theirs);
    expect(analysis.conflicts).toEqual([]);
    expect(analysis.mineOnly.map((u) => u.key)).toEqual(["title"]);
    expect(analysis.theirsOnly.map((u) => u.key)).toEqual(["kamerDeadline", "aanleiding"]);
    expect(mergeContent(base, mine, theirs)).toEqual({ ...theirs, title: "Mijn titel" });
  });

  it("asks where both changed the same field, theirs unless I choose mine", () => {
    const mine = { ...base, title: "Mijn titel", drafterName: "Ik" };
    const theirs = { ...base, title: "Hun titel" };
    expect(analyseMerge(base, mine, theirs).conflicts.map((u) => u.key)).toEqual(["title"]);
    expect(mergeContent(base, mine, theirs).title).toBe("Hun titel");
    expect(mergeContent(base, mine, theirs, { title: "mine" })).toMatchObject({ title: "Mijn titel", drafterName: "Ik" });
  });

  it("does not call it a conflict when both made the same change", () => {
    const same = { ...base, title: "Dezelfde" };
    expect(analyseMerge(base, same, { ...same }).conflicts).toEqual([]);
  });

  it("treats each party list separately", () => {
    const office = randomUUID();
    const mine = { ...base, parties: { ...base.parties, VIA: [{ officeId: office, text: null, personalData: false }] } };
    const theirs = { ...base, parties: { ...base.parties, AFGESTEMD_MET: [{ officeId: null, text: "JenV", personalData: false }] } };
    const merged = mergeContent(base, mine, theirs);
    expect(merged.parties.VIA).toEqual(mine.parties.VIA);
    expect(merged.parties.AFGESTEMD_MET).toEqual(theirs.parties.AFGESTEMD_MET);
  });
});
