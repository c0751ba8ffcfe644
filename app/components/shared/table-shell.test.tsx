import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { sharedOptionsInstance } from "../../../tests/support/translator";
import { SaveActions } from "./save-actions";
import { TableShell } from "./table-shell";

const row = (
  <tr>
    <th scope="row">Amal</th>
    <td>3</td>
  </tr>
);

describe("the staff table shell", () => {
  it("scrolls in a keyboard-reachable region named by its caption, headings scoped to columns", () => {
    const html = renderToStaticMarkup(
      <TableShell caption="Grants" captionId="grants-caption" columns={["Group", "Count", null]}>
        {row}
      </TableShell>,
    );
    expect(html).toBe(
      '<div class="table-scroll" role="region" aria-labelledby="grants-caption" tabindex="0">' +
        '<table><caption id="grants-caption">Grants</caption>' +
        '<thead><tr><th scope="col">Group</th><th scope="col">Count</th></tr></thead>' +
        '<tbody><tr><th scope="row">Amal</th><td>3</td></tr></tbody></table></div>',
    );
  });

  it("can be named by a heading, hide its caption, and leave the region out", () => {
    const named = renderToStaticMarkup(
      <TableShell caption="Emails" captionHidden labelledBy="outbox-title" columns={["To"]}>
        {row}
      </TableShell>,
    );
    expect(named).toContain('aria-labelledby="outbox-title"');
    expect(named).toContain('<caption class="visually-hidden">Emails</caption>');
    const bare = renderToStaticMarkup(
      <TableShell scrolls={false} className="outcomes-table" columns={["Theme"]}>
        {row}
      </TableShell>,
    );
    expect(bare).toMatch(/^<table class="outcomes-table"><thead>/);
  });
});

describe("the foot of a form that saves as she types", () => {
  it("posts which button was pressed and says what autosave did", () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={sharedOptionsInstance("en")}>
        <SaveActions
          next={{ intent: "check", label: "Continue" }}
          later={{ intent: "save", label: "Save for later" }}
          busy
          status="conflict"
          savedAt={null}
          conflictText="Saved elsewhere"
        />
      </I18nextProvider>,
    );
    expect(html).toContain(
      '<button type="submit" name="intent" value="check" class="button" disabled="">Continue</button>',
    );
    expect(html).toContain('value="save" class="button button--secondary" disabled="">');
    expect(html).toContain('role="status">Saved elsewhere</p>');
  });
});
