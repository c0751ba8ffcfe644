import type { ReactNode } from "react";
import { ScrollRegion } from "~/components/schemes/scroll-region";

type Region =
  /** The caption names the table and its scroll region. */
  | { scrolls?: true; captionId: string; labelledBy?: string }
  /** A heading above the table names the scroll region (the caption, if any, has no id). */
  | { scrolls?: true; captionId?: undefined; labelledBy: string }
  /** A narrow table that never needs to scroll sideways: no region, so no extra tab stop. */
  | { scrolls: false; captionId?: string; labelledBy?: undefined };

/**
 * The shell of a staff table: a scroll region a phone can swipe and a keyboard can reach,
 * the caption, a row of column headings (each `scope="col"`) and the body rows the page
 * writes. Text direction comes from the page, so a right-to-left language turns it whole.
 */
export function TableShell({
  caption,
  captionId,
  captionHidden = false,
  labelledBy,
  className,
  regionClassName,
  columns,
  scrolls = true,
  children,
  foot,
}: Region & {
  caption?: ReactNode;
  /** For a table whose heading is already on screen: the caption is for screen readers. */
  captionHidden?: boolean;
  /** Classes of the table itself. */
  className?: string;
  /** Classes of the scroll region besides table-scroll. */
  regionClassName?: string;
  /** Column headings, in order; null or false leaves a column out. */
  columns: readonly ReactNode[];
  children: ReactNode;
  /** A row of totals, in <tfoot>. */
  foot?: ReactNode;
}) {
  const table = (
    <table className={className}>
      {caption !== undefined ? (
        <caption id={captionId} className={captionHidden ? "visually-hidden" : undefined}>
          {caption}
        </caption>
      ) : null}
      <thead>
        <tr>
          {columns.map((column, index) =>
            column === null || column === false ? null : (
              <th scope="col" key={index}>
                {column}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot !== undefined ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
  if (!scrolls) return table;
  return (
    <ScrollRegion labelledBy={labelledBy ?? captionId!} className={regionClassName}>
      {table}
    </ScrollRegion>
  );
}
