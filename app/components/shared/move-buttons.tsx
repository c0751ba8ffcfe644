import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * "Move up" and "Move down" beside an item of a list the person orders (a form's sections and
 * questions, a rubric's criteria). The item's name is read out after the button's label, so a
 * screen reader hears "Move up: Your group", not a list of "Move up".
 */
export function MoveButtons({ intent, id, name }: { intent: string; id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="builder-inline">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        name="direction"
        value="up"
        className="button button--secondary builder-small"
      >
        {t("common:order.moveUp")}
        <span className="visually-hidden">: {name}</span>
      </button>
      <button
        type="submit"
        name="direction"
        value="down"
        className="button button--secondary builder-small"
      >
        {t("common:order.moveDown")}
        <span className="visually-hidden">: {name}</span>
      </button>
    </Form>
  );
}
