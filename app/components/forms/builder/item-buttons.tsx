import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function DeleteButton({ intent, id, name }: { intent: string; id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="builder-inline">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--warning builder-small">
        {t("forms:builder.delete")}
        <span className="visually-hidden">: {name}</span>
      </button>
    </Form>
  );
}
