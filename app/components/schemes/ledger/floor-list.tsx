import { useTranslation } from "react-i18next";
import type { FloorReport } from "~/domain/schemes/ledger";
import { formatMoney, formatPercent } from "~/domain/shared/money";

type NamedFloor = FloorReport & { name: { text: string; locale: string } };

/** Whether each pot's floor is met by what has been awarded so far, and by how much not. */
export function FloorList({ floors, currency }: { floors: NamedFloor[]; currency: string }) {
  const { t } = useTranslation("schemes");
  return (
    <section className="stack" aria-labelledby="floors-title">
      <h2 id="floors-title">{t("ledger.floorsTitle")}</h2>
      {floors.length === 0 ? <p>{t("ledger.noFloors")}</p> : null}
      <FloorItems floors={floors} currency={currency} />
    </section>
  );
}

/** The floors alone, for pages that show them under a heading of their own. */
export function FloorItems({ floors, currency }: { floors: NamedFloor[]; currency: string }) {
  const { t, i18n } = useTranslation("schemes");
  const locale = i18n.language;
  const percent = (basisPoints: number) => formatPercent(basisPoints, locale);
  return (
    <ul className="schemes-floors">
      {floors.map((floor) => (
        <li
          key={floor.potId}
          className={
            floor.met ? "schemes-floor schemes-floor--met" : "schemes-floor schemes-floor--short"
          }
        >
          <span className="schemes-label" lang={floor.name.locale}>
            {floor.name.text}
          </span>{" "}
          {floor.roundAwardedMinor === 0
            ? t("ledger.floorNothingYet", { floor: percent(floor.floorBasisPoints) })
            : floor.met
              ? t("ledger.floorMet", {
                  achieved: percent(floor.achievedBasisPoints),
                  floor: percent(floor.floorBasisPoints),
                })
              : t("ledger.floorShort", {
                  achieved: percent(floor.achievedBasisPoints),
                  floor: percent(floor.floorBasisPoints),
                  shortfall: formatMoney(floor.shortfallMinor, currency, locale),
                })}
        </li>
      ))}
    </ul>
  );
}
