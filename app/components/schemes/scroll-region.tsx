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
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div
      className={className ? `table-scroll ${className}` : "table-scroll"}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
