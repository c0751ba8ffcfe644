import { describe, expect, it } from "vitest";
import { translatorFor } from "~/services/platform/i18n.server";
import { renderRecoveryCodeUsed } from "./recovery-code-used";
import { renderTwoFactorDisabled } from "./two-factor-disabled";

const link = "https://grants.example.org/account/two-factor";

describe("the two-factor sign-in emails", () => {
  it("say a recovery code was used and how many are left, with the link", async () => {
    const email = renderRecoveryCodeUsed("en", await translatorFor("en"), {
      recoveryCodesLeft: 1,
      link,
    });
    expect(email.subject).toBe("A recovery code was used to sign in");
    expect(email.text).toContain("You have 1 recovery code left.");
    expect(email.text).toContain(link);
    expect(email.html).toContain(`href="${link}"`);
  });

  it("are written right to left for an Arabic reader, with the Arabic plural", async () => {
    const email = renderRecoveryCodeUsed("ar", await translatorFor("ar"), {
      recoveryCodesLeft: 2,
      link,
    });
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.text).toContain("بقي لديكم رمزا استرداد.");
    const off = renderTwoFactorDisabled("ar", await translatorFor("ar"), { link });
    expect(off.subject).toBe("أُوقف تسجيل الدخول بخطوتين");
    expect(off.html).toContain('dir="rtl"');
  });

  it("tell her two-factor sign-in was switched off, and what to do if it was not her", async () => {
    const email = renderTwoFactorDisabled("fr", await translatorFor("fr"), { link });
    expect(email.subject).toBe("La connexion en deux étapes a été désactivée");
    expect(email.text).toContain("Si ce n'était pas vous");
  });
});
