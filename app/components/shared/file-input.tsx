import { useState, type InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { isolate } from "~/domain/shared/bidi";

type FileInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & {
  id: string;
};

/**
 * A file control in the page's language. The browser's own control says "Choose File" and
 * "No file chosen" in the browser's language, whatever the page's. Here the native input is
 * only out of sight: it still takes keyboard focus (the button shows it), is announced with
 * its question's label, and sends the file without JavaScript. The label styled as a button
 * opens the file picker by itself; with JavaScript the chosen file's name appears beside it.
 */
export function FileInput({ id, onChange, ...input }: FileInputProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState("");
  const chosenId = `${id}-chosen`;
  const describedBy = [input["aria-describedby"], chosenId].filter(Boolean).join(" ");
  return (
    <div className="file-input">
      <input
        {...input}
        id={id}
        type="file"
        className="file-input__native"
        aria-describedby={describedBy}
        onChange={(event) => {
          setChosen([...(event.currentTarget.files ?? [])].map((file) => file.name).join(", "));
          onChange?.(event);
        }}
      />
      <label htmlFor={id} className="button button--secondary file-input__button">
        {t("fileInput.choose")}
      </label>
      <span id={chosenId} className="file-input__chosen" aria-live="polite">
        {chosen ? t("fileInput.chosen", { name: isolate(chosen) }) : null}
      </span>
    </div>
  );
}
