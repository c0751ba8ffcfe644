/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes keyboard focus so
 * people without a mouse or touch can scroll it too (WCAG 2.1.1), named by the table caption.
 */
export function ScrollRegion({
  labelledBy,
  className,
  children,
}: {
  labelledBy: string;
  /** Classes besides table-scroll, for a feature's own table styles. */
  className?: string;
  children: React.ReactNode;
}) {
  const classes = className ? `table-scroll ${className}` : "table-scroll";
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className={classes} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
