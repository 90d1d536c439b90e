import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEMO_OFFICES, type DemoOfficeCode } from "@/prisma/seed/demo-offices";
import { exampleNotaContent } from "@/prisma/seed/example-nota";
import { doc, paragraph } from "@/lib/domain/rich-text/build";
import { diffSnapshots } from "./snapshot-diff";

const officeIds = Object.fromEntries(DEMO_OFFICES.map((o) => [o.code, randomUUID()])) as Record<DemoOfficeCode, string>;
const offices = new Map(DEMO_OFFICES.map((o) => [officeIds[o.code], o]));
const before = { ...exampleNotaContent(officeIds), attachments: [] };
const clone = () => structuredClone(before);

describe("diffSnapshots", () => {
  it("finds no differences between a version and itself", () => {
    expect(diffSnapshots(before, clone(), offices)).toEqual([]);
  });

  it("shows a text change word by word", () => {
    const after = clone();
    after.title = "Toekomst en samenhang Nederlandse inzet missies en operaties 2025-2029";
    const [change] = diffSnapshots(before, after, offices);
    expect(change).toMatchObject({ kind: "text", label: "Titel" });
    if (change.kind !== "text") throw new Error();
    expect(change.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(["2028"]);
    expect(change.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["2029"]);
  });

  it("shows a passage newly marked with a Woo ground as a change, though its words stayed", () => {
    const after = clone();
    after.aanleiding = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Een mening.", marks: [{ type: "wooGround", attrs: { ground: "5.2" } }] }] }],
    };
    const unmarked = clone();
    unmarked.aanleiding = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Een mening." }] }] };
    const [change] = diffSnapshots(unmarked, after, offices);
    expect(change).toMatchObject({ kind: "text", label: "Aanleiding" });
    if (change.kind !== "text") throw new Error();
    expect(change.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["[Woo 5.2]"]);
  });

  it("shows personnel changed from → to, and rows added and removed in the annex", () => {
    const after = clone();
    const middleEast = after.annex!.categories[0].kaders[0];
    middleEast.bijdragen[0].personnelAfter = 25;
    const removed = middleEast.bijdragen.splice(1, 1)[0];
    after.annex!.categories[1].kaders[0].bijdragen.push({ ...removed, id: randomUUID(), name: "Nieuwe bijdrage", acronym: "NB" });
    const [change] = diffSnapshots(before, after, offices);
    if (change.kind !== "annex") throw new Error(`expected annex, got ${change.kind}`);
    expect(change.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          status: "changed",
          name: "NAVO-Missie in Irak (NMI)",
          fields: [{ label: "Personeel na", from: "circa 20", to: "circa 25" }],
        }),
        expect.objectContaining({ status: "removed", what: "Bijdrage", name: expect.stringContaining("(NMI/OIR)") }),
        expect.objectContaining({ status: "added", what: "Bijdrage", name: "Nieuwe bijdrage (NB)", where: expect.stringContaining("› Europa") }),
      ]),
    );
  });

  it("lists decision points added and routing changes by office code", () => {
    const after = clone();
    after.decisionPoints.push({ id: randomUUID(), text: doc(paragraph("Akkoord gaan met de planning.")) });
    after.recipients.informatie = [officeIds.MinAenM];
    const changes = diffSnapshots(before, after, offices);
    expect(changes.map((c) => c.label)).toEqual(["Ter informatie aan", "Geadviseerd besluit"]);
    const points = changes[1];
    if (points.kind !== "items") throw new Error();
    expect(points.items).toEqual([{ status: "added", title: "Besluitpunt 3", parts: [{ value: "Akkoord gaan met de planning.", added: true }] }]);
  });
});
