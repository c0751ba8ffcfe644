import { useTranslation } from "react-i18next";
import type { Explanation } from "~/domain/eligibility/eligibility";
import { explain } from "~/domain/eligibility/explain";

/**
 * Puts rule sentences into the reader's words, money in the scheme's currency. The sentences
 * are in the "eligibility" catalog, named here so every page that explains rules loads it.
 */
export function useExplain(currency: string) {
  const { t, i18n } = useTranslation("eligibility");
  return (explanation: Explanation) =>
    explain((key, options) => t(key, options) as string, explanation, i18n.language, currency);
}
