import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormText } from "~/components/forms/answer-fields";
import { FormattedDate } from "~/components/shared/formatted-date";
import {
  MachineTranslationToggle,
  TranslatableText,
} from "~/components/shared/machine-translation";
import { allQuestions, textIn, type LocalText } from "~/domain/forms/definition";
import { translated } from "~/domain/shared/translated-text";
import { youSaidWeDid } from "~/services/forms/form-suggestions.server";
import { localeOf } from "~/services/platform/i18n.server";
import { translationsForPage } from "~/services/platform/machine-translation.server";
import { getUserId } from "~/services/platform/session.server";

/**
 * "You said, we did": what the community working group suggested for a published form and
 * what the funder did with each suggestion. Public, so the community can hold the funder to
 * it; names appear only where their authors agreed.
 */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const number = /^\d{1,6}$/.test(params.version ?? "") ? Number(params.version) : NaN;
  const page = Number.isSafeInteger(number) ? await youSaidWeDid(params.slug ?? "", number) : null;
  if (!page) throw new Response("Not found", { status: 404 });
  const locale = await localeOf(request);
  // The funder's replies carry no language, so the service is left to recognise it.
  const { machineTranslation, translations } = await translationsForPage(request, {
    readerLocale: locale,
    texts: page.suggestions.flatMap((s) => [
      { text: s.text, language: s.locale },
      { text: s.reply ?? "", language: null },
    ]),
    actorId: await getUserId(request),
    purpose: "you-said-we-did",
    entity: { type: "FormVersion", id: page.version.id },
    funderId: page.scheme.funderId,
  });
  return {
    locale,
    machineTranslation,
    slug: page.scheme.slug,
    schemeTitle: translated(page.scheme.title, locale),
    funderName: page.scheme.funderName,
    version: page.version.version,
    publishedAt: page.version.publishedAt?.toISOString() ?? null,
    definition: page.version.definition,
    suggestions: page.suggestions.map((s, index) => ({
      ...s,
      translation: translations[index * 2] ?? null,
      replyTranslation: translations[index * 2 + 1] ?? null,
    })),
  };
}

export default function YouSaidWeDid() {
  const {
    locale,
    machineTranslation,
    slug,
    schemeTitle,
    funderName,
    version,
    publishedAt,
    definition,
    suggestions,
  } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const text = (value: LocalText | undefined) => textIn(value, locale, definition.sourceLocale);
  const questions = new Map(allQuestions(definition).map((q) => [q.id, q]));
  const sections = new Map(definition.sections.map((s) => [s.id, s]));
  const accepted = suggestions.filter((s) => s.status === "ACCEPTED").length;

  const about = (s: (typeof suggestions)[number]) => {
    const question = s.questionId ? questions.get(s.questionId) : undefined;
    if (question)
      return (
        <>
          {t("forms:public.aboutQuestion")}{" "}
          <q>
            <FormText text={text(question.label)} />
          </q>
        </>
      );
    const section = s.sectionId ? sections.get(s.sectionId) : undefined;
    if (s.kind === "NEW_QUESTION") {
      return section ? (
        <>
          {t("forms:public.newQuestionIn")}{" "}
          <q>
            <FormText text={text(section.title)} />
          </q>
        </>
      ) : (
        t("forms:public.newQuestion")
      );
    }
    if (section)
      return (
        <>
          {t("forms:public.aboutSection")}{" "}
          <q>
            <FormText text={text(section.title)} />
          </q>
        </>
      );
    return s.questionId || s.sectionId
      ? t("forms:public.aboutRemoved")
      : t("forms:public.aboutForm");
  };

  return (
    <div className="stack-large builder-page builder-narrow">
      <div className="stack">
        <p>
          <Link to={`/schemes/${slug}`} lang={schemeTitle.locale}>
            {schemeTitle.text}
          </Link>
        </p>
        <h1>{t("forms:public.title")}</h1>
        <p className="lead">
          {t("forms:public.intro", { funder: funderName, version })}
          {publishedAt ? (
            <>
              {" "}
              {t("forms:public.publishedOn")} <FormattedDate iso={publishedAt} />
            </>
          ) : null}
        </p>
        <p>
          {suggestions.length === 0
            ? t("forms:public.none")
            : t("forms:public.summary", {
                count: suggestions.length,
                accepted: new Intl.NumberFormat(locale).format(accepted),
              })}
        </p>
        <MachineTranslationToggle view={machineTranslation} />
      </div>
      <ul className="builder-suggestions">
        {suggestions.map((s) => (
          <li key={s.id} className="card stack">
            <p className="builder-suggestion__meta">{about(s)}</p>
            <div className="forms-said">
              <h2 className="forms-said__heading">
                {t("forms:public.youSaid")}{" "}
                <span className="muted">— {s.authorName ?? t("forms:public.member")}</span>
              </h2>
              <TranslatableText
                original={s.text}
                lang={s.locale}
                translation={s.translation}
                view={machineTranslation}
                className="builder-quote"
              />
            </div>
            <div className="forms-said">
              <h3 className="forms-said__heading">{t("forms:public.weDid")}</h3>
              <p>
                <span className="builder-status" data-status={s.status}>
                  {t(`forms:public.status.${s.status}`)}
                </span>
              </p>
              {s.reply ? (
                <TranslatableText
                  original={s.reply}
                  lang={null}
                  translation={s.replyTranslation}
                  view={machineTranslation}
                  className="builder-quote"
                />
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
