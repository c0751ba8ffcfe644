import { describe, expect, it } from "vitest";
import {
  addDomainRefusal,
  domainNames,
  domainNameSchema,
  removeDomainRefusal,
  switchOnRefusal,
} from "./domains";

describe("domains of change", () => {
  it("allows three to five domains, and switching on only from three", () => {
    expect(addDomainRefusal(4)).toBeNull();
    expect(addDomainRefusal(5)).toBe("too-many");
    expect(switchOnRefusal(2)).toBe("too-few-domains");
    expect(switchOnRefusal(3)).toBeNull();
  });

  it("never removes a domain stories were told or chosen in", () => {
    expect(removeDomainRefusal({ stories: 0, selections: 0 })).toBeNull();
    expect(removeDomainRefusal({ stories: 1, selections: 0 })).toBe("in-use");
    expect(removeDomainRefusal({ stories: 0, selections: 1 })).toBe("in-use");
  });

  it("needs an English name and keeps the languages filled in", () => {
    const blank = domainNameSchema.safeParse({ name_en: " ", name_uk: "Впевненість" });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe("msc:domains.errors.nameRequired");
    const parsed = domainNameSchema.parse({ name_en: "Confidence", name_uk: "Впевненість" });
    expect(domainNames(parsed)).toEqual({ en: "Confidence", uk: "Впевненість" });
  });
});
