import { FunderText } from "~/components/public/funder-text";
import type { ShownText } from "~/domain/monitoring/views";

/** Whose grant a staff page is about, above its title. */
export function GrantHeading({
  organisation,
  scheme,
  title,
  children,
}: {
  organisation: string;
  scheme: ShownText;
  title: string;
  children?: React.ReactNode;
}) {
  return (
    <header className="stack">
      <p className="muted">
        <bdi>{organisation}</bdi> · <FunderText text={scheme} />
      </p>
      <h1>{title}</h1>
      {children}
    </header>
  );
}
