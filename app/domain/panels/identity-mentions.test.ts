import { describe, expect, it } from "vitest";
import { containsPhoneNumber, identityMentions, mentionsIn } from "./identity-mentions";

const amal = {
  group: ["Amal Women's Circle", "CHY 20451"],
  people: ["Amina Haddad", "Jo"],
};

describe("mentionsIn", () => {
  it("finds the group's name whatever its case, accents, apostrophes or spacing", () => {
    expect(mentionsIn("At AMAL women’s   circle we cook together.", amal)).toEqual(["group"]);
    expect(mentionsIn("Registered as chy 20451 since 2019.", amal)).toEqual(["group"]);
  });

  it("finds a person's name, also written without accents", () => {
    expect(mentionsIn("Ask Amina Haddad, our coordinator.", amal)).toEqual(["person"]);
    expect(
      mentionsIn("María López leads the sessions.", { group: [], people: ["Maria Lopez"] }),
    ).toEqual(["person"]);
  });

  it("does not take a name inside a longer word, nor very short names", () => {
    expect(mentionsIn("Amina Haddadi is someone else.", amal)).toEqual([]);
    expect(mentionsIn("Jo, a jogger, joined.", amal)).toEqual([]);
  });

  it("finds names in Arabic script", () => {
    expect(
      mentionsIn("نحن في حلقة أمل نلتقي كل أسبوع", { group: ["حلقة أمل"], people: [] }),
    ).toEqual(["group"]);
  });

  it("finds email addresses and phone numbers", () => {
    expect(mentionsIn("Write to amal.circle@example.org for details", amal)).toEqual(["email"]);
    expect(mentionsIn("Call us on 087 123 4567.", amal)).toEqual(["phone"]);
    expect(mentionsIn("Amina Haddad: +353 87 123 4567", amal)).toEqual(["person", "phone"]);
  });

  it("says nothing about an answer that names nobody", () => {
    expect(mentionsIn("We meet every week to practise English and share meals.", amal)).toEqual([]);
  });
});

describe("containsPhoneNumber", () => {
  it("takes international and national numbers in the ways people write them", () => {
    expect(containsPhoneNumber("+44 20 7946 0958")).toBe(true);
    expect(containsPhoneNumber("0044 (20) 7946-0958")).toBe(true);
    expect(containsPhoneNumber("06.12.34.56.78")).toBe(true);
    expect(containsPhoneNumber("07700 900123")).toBe(true);
  });

  it("reads Arabic-Indic and Persian digits", () => {
    expect(containsPhoneNumber("هاتف: ٠٨٧١٢٣٤٥٦٧")).toBe(true);
    expect(containsPhoneNumber("تلفن: ۰۹۱۲ ۳۴۵ ۶۷۸۹")).toBe(true);
  });

  it("leaves amounts, years, dates and short numbers alone", () => {
    expect(containsPhoneNumber("Room hire costs 1 200 000 over 2027-03-12 to 2028")).toBe(false);
    expect(containsPhoneNumber("We served 12500 meals and 350 families")).toBe(false);
    expect(containsPhoneNumber("Call 0800")).toBe(false);
  });
});

describe("identityMentions", () => {
  it("lists each answer that mentions who the group is once, with everything it mentions", () => {
    expect(
      identityMentions(
        [
          { questionId: "about", text: "Amal Women's Circle started in 2022." },
          { questionId: "budget", text: "Room hire" },
          { questionId: "budget", text: "Childcare by Amina Haddad" },
          { questionId: "budget", text: "Snacks from amal women's circle kitchen" },
          { questionId: "plan", text: "Weekly sessions." },
        ],
        amal,
      ),
    ).toEqual([
      { questionId: "about", kinds: ["group"] },
      { questionId: "budget", kinds: ["group", "person"] },
    ]);
  });
});
