import { describe, expect, it } from "vitest";
import { newOfficeReferences, officeReferences } from "./office-references";

const content = {
  ownerOfficeId: "dvb",
  parties: {
    AAN: [{ officeId: "m", text: null, personalData: false }],
    VAN: [{ officeId: "dvb", text: null, personalData: false }],
    VIA: [
      { officeId: null, text: "DGPZ", personalData: false },
      { officeId: "sg", text: null, personalData: false },
    ],
    KOPIE_AAN: [],
    AFGESTEMD_MET: [{ officeId: "dsh", text: null, personalData: false }],
  },
  recipients: { besluit: ["m", "r"], informatie: ["stasdef"] },
};

describe("office references", () => {
  it("names every office in the content with the path of its field", () => {
    expect(officeReferences(content)).toEqual([
      { path: "ownerOfficeId", officeId: "dvb" },
      { path: "parties.AAN.0.officeId", officeId: "m" },
      { path: "parties.VAN.0.officeId", officeId: "dvb" },
      { path: "parties.VIA.1.officeId", officeId: "sg" },
      { path: "parties.AFGESTEMD_MET.0.officeId", officeId: "dsh" },
      { path: "recipients.besluit.0", officeId: "m" },
      { path: "recipients.besluit.1", officeId: "r" },
      { path: "recipients.informatie.0", officeId: "stasdef" },
    ]);
  });

  it("keeps only offices the nota did not name before", () => {
    expect(newOfficeReferences(content, ["dvb", "m", "sg", "dsh", "r"])).toEqual([{ path: "recipients.informatie.0", officeId: "stasdef" }]);
  });
});
