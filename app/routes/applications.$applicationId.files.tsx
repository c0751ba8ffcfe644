import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationHeading } from "~/components/applications/application-heading";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { acceptAttribute } from "~/domain/applications/file-types";
import { isEditable } from "~/domain/applications/state-machine";
import { allQuestions, textIn } from "~/domain/forms/definition";
import { FunderText } from "~/components/public/funder-text";
import { FileInput } from "~/components/shared/file-input";
import type { AnswerError } from "~/domain/forms/answers-schema";
import {
  filesOf,
  storeAnswerFile,
  uploadError,
  uploadTarget,
  answerKeyOf,
} from "~/services/applications/application-files.server";
import {
  applicationPeople,
  headingOf,
  requireApplication,
} from "~/services/applications/application-pages.server";
import { definitionOf, rawAnswersOf } from "~/services/applications/applications.server";
import { localeOf } from "~/services/platform/i18n.server";
import { forbidden } from "~/services/access/permissions.server";
import {
  collectFile,
  readRequestForm,
  type FormLimits,
} from "~/services/platform/request-form.server";
import { FILE_PAGE_BODY_LIMIT } from "~/domain/shared/request-limits";

/**
 * Uploading one file for one question (?question=<id>&kind=file|recording): a small page of
 * its own with a multipart form, reached from "Replace" on a section page, and the place a
 * refused file is explained. Success goes straight back to the section.
 */

/** One file and the button pressed: a handful of parts. */
const filePageLimits: FormLimits = {
  maxParts: 10,
  maxFieldBytes: 64 * 1024,
  maxTotalBytes: FILE_PAGE_BODY_LIMIT,
};

export const meta: MetaFunction = () => [{ title: "Withfund" }];

function targetOf(request: Request, application: Parameters<typeof definitionOf>[0]) {
  const url = new URL(request.url);
  return uploadTarget(
    definitionOf(application),
    url.searchParams.get("question") ?? "",
    url.searchParams.get("kind") ?? "file",
  );
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { application, access } = await requireApplication(request, params, "edit");
  const target = targetOf(request, application);
  if (!target) throw new Response("Not found", { status: 404 });
  if (!isEditable(application.status))
    throw redirect(`/applications/${application.id}/sections/${target.sectionId}`);
  const [locale, people, files] = await Promise.all([
    localeOf(request),
    applicationPeople(application, access),
    filesOf(application.id),
  ]);
  const definition = definitionOf(application);
  const current = rawAnswersOf(application)[answerKeyOf(target)];
  return {
    heading: headingOf(application, locale),
    onBehalf: application.enteredOnBehalfById !== null,
    funderName: people.funderName,
    target,
    label: textIn(
      allQuestions(definition).find((q) => q.id === target.questionId)!.label,
      locale,
      definition.sourceLocale,
    ),
    current: typeof current === "string" && files[current] ? files[current]!.originalName : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, application } = await requireApplication(request, params, "edit");
  const target = targetOf(request, application);
  if (!target) throw new Response("Not found", { status: 404 });
  const locale = await localeOf(request);
  const refuse = (error: AnswerError, status = 400) =>
    data({ errors: { file: error } }, { status });

  // The first file posted as "file"; any other part is read past and left.
  const chosen: { bytes?: Uint8Array | "too-large"; name?: string } = {};
  const posted = await readRequestForm(request, filePageLimits, async (part) => {
    const wanted = part.name === "file" && part.filename !== "" && !chosen.bytes;
    const bytes = await collectFile(part.data, wanted ? target.maxBytes : 0);
    if (wanted) Object.assign(chosen, { bytes, name: part.filename });
  });
  if (chosen.bytes === "too-large" || (!posted.ok && posted.reason === "too-large"))
    return refuse(await uploadError("too-large", target, locale), 413);
  if (!posted.ok || !chosen.bytes) return refuse(await uploadError("empty", target, locale));
  const stored = await storeAnswerFile(user, {
    applicationId: application.id,
    target,
    bytes: chosen.bytes,
    originalName: chosen.name ?? "",
  });
  if (stored.ok)
    return redirect(
      `/applications/${application.id}/sections/${target.sectionId}#field-q.${target.questionId}`,
    );
  if (stored.reason === "forbidden") throw forbidden();
  return refuse(
    await uploadError(stored.reason, target, locale),
    stored.reason === "not-editable" ? 409 : 400,
  );
}

export default function UploadFile() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("applications");
  const { target } = page;
  return (
    <div className="narrow stack-large">
      <ApplicationHeading
        heading={page.heading}
        title={target.kind === "recording" ? t("files.recordingTitle") : t("files.title")}
        onBehalfOf={page.onBehalf ? page.funderName : null}
      />
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" encType="multipart/form-data" className="stack">
        <p>
          <FunderText text={page.label} />
        </p>
        {page.current ? <p>{t("files.current", { name: page.current })}</p> : null}
        <Field
          name="file"
          label={page.current ? t("files.chooseReplacement") : t("files.choose")}
          errors={actionData?.errors}
        >
          {(props) => <FileInput {...props} accept={acceptAttribute(target.accept)} required />}
        </Field>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? t("files.uploading") : t("files.upload")}
        </button>
      </Form>
      <p>
        <Link to={`/applications/${page.heading.id}/sections/${target.sectionId}`}>
          {t("files.back")}
        </Link>
      </p>
    </div>
  );
}
