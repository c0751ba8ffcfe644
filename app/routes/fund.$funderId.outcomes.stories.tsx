import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OutcomeFiltersForm } from "~/components/outcomes/outcome-filters-form";
import { StoryWall } from "~/components/outcomes/story-wall";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { outcomeQuery } from "~/domain/outcomes/outcome-filters";
import { outcomePageStart } from "~/services/outcomes/outcome-page.server";
import { keptStories } from "~/services/outcomes/outcome-kept.server";

/**
 * The story wall: the stories and quotes staff highlighted, with their photos, only as far as
 * the groups agreed (the funder's reports or public), asked again at every load.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const start = await outcomePageStart(request, params, new Date());
  const stories = await keptStories(start.records, start.filters, start.locale);
  return {
    values: start.values,
    errors: start.errors,
    choices: start.filterChoices,
    stories,
  };
}

export default function StoryWallPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("outcomes");
  const base = `/fund/${funder.id}/outcomes`;
  return (
    <div className="stack-large outcomes-page">
      <Breadcrumbs
        items={[
          { to: `/fund/${funder.id}`, label: funder.name },
          { to: `${base}${outcomeQuery(page.values)}`, label: t("views.title") },
        ]}
      />
      <div className="stack">
        <h1>{t("stories.title")}</h1>
        <p>{t("stories.intro")}</p>
      </div>
      <ErrorSummary errors={page.errors} />
      <OutcomeFiltersForm
        action={`${base}/stories`}
        values={page.values}
        errors={page.errors}
        choices={page.choices}
        showGrouping={false}
      />
      <section className="stack" aria-labelledby="outcomes-wall-title">
        <h2 id="outcomes-wall-title">{t("stories.wallTitle", { count: page.stories.length })}</h2>
        <StoryWall stories={page.stories} photoUrl={(id) => `${base}/photos/${id}`} />
      </section>
      <p>
        <Link to={`${base}/summary${outcomeQuery(page.values)}`}>{t("views.links.summary")}</Link>
      </p>
    </div>
  );
}
