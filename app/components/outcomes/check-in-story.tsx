import { useTranslation } from "react-i18next";
import {
  MachineTranslationToggle,
  TranslatableText,
} from "~/components/shared/machine-translation";
import { answerLanguageName } from "~/domain/applications/answer-languages";
import { formatNumber } from "~/domain/shared/dates";
import type { CheckInPage } from "~/services/outcomes/check-in-page.server";

type Props = {
  page: Pick<CheckInPage, "checkIn" | "story" | "machineTranslation" | "numbers" | "files">;
};

/**
 * What the group told the funder, as written: each answer in its own language (bidi-safe),
 * its machine translation when the reader asked for one, the light numbers, and the photos
 * and recording through the access-checked file route, each photo with the consent it carries.
 */
export function CheckInStory({ page }: Props) {
  const { t, i18n } = useTranslation("outcomes");
  const { checkIn } = page;
  const languageName = answerLanguageName(checkIn.language, i18n.language);
  const photos = page.files.filter((file) => file.kind === "photo");
  const recordings = page.files.filter((file) => file.kind !== "photo");
  return (
    <>
      <section className="stack" aria-labelledby="story-title">
        <h2 id="story-title">{t("reading.storyTitle")}</h2>
        <p className="muted">
          {languageName ? t("reading.writtenIn", { language: languageName }) : null}{" "}
          {t(`reading.storyConsent.${checkIn.storyConsent ?? "NONE"}`)}
        </p>
        <MachineTranslationToggle view={page.machineTranslation} />
        {page.story.length === 0 ? <p>{t("reading.noText")}</p> : null}
        <dl className="outcomes-story">
          {page.story.map((answer) => (
            <div key={answer.field}>
              <dt>{t(`reading.fields.${answer.field}`)}</dt>
              <dd>
                <TranslatableText
                  original={answer.text}
                  lang={checkIn.language}
                  translation={answer.translation}
                  view={page.machineTranslation}
                  className="applying-answer-text"
                />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {page.numbers.length > 0 ? (
        <section className="stack" aria-labelledby="numbers-title">
          <h2 id="numbers-title">{t("reading.numbersTitle")}</h2>
          <dl className="outcomes-facts">
            {page.numbers.map((number) => (
              <div key={number.id}>
                <dt lang={number.label.locale}>{number.label.text}</dt>
                <dd>{formatNumber(number.value, i18n.language)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {recordings.length > 0 ? (
        <section className="stack" aria-labelledby="recording-title">
          <h2 id="recording-title">{t("reading.recordingTitle")}</h2>
          {recordings.map((file, index) =>
            file.deleted ? (
              <p key={file.id} className="muted">
                {t("reading.recordingDeleted")}
              </p>
            ) : (
              <div key={file.id} className="stack">
                {/* Groups record on their phones, without captions; the written answers above
                    are the text of the check-in, and the recording is described by them. */}
                <Media
                  kind={file.kind}
                  className="panels-media"
                  controls
                  preload="none"
                  src={file.href}
                  aria-describedby="story-title"
                />
                <p>
                  <a href={file.href} download>
                    {t("reading.downloadRecording", { number: index + 1 })}
                  </a>
                </p>
              </div>
            ),
          )}
        </section>
      ) : null}

      {photos.length > 0 ? (
        <section className="stack" aria-labelledby="photos-title">
          <h2 id="photos-title">{t("reading.photosTitle")}</h2>
          <ul className="outcomes-photos">
            {photos.map((photo, index) => (
              <li key={photo.id}>
                <figure className="stack">
                  {photo.deleted ? (
                    <p className="muted">{t("reading.photoDeleted")}</p>
                  ) : (
                    <img
                      src={photo.href}
                      alt={photo.caption ?? t("reading.photoNumber", { number: index + 1 })}
                      loading="lazy"
                    />
                  )}
                  <figcaption>
                    {photo.caption ? (
                      <span dir="auto" lang={checkIn.language ?? undefined}>
                        {photo.caption}
                      </span>
                    ) : null}{" "}
                    <span className="muted">
                      {t(`reading.photoConsent.${photo.consent ?? "NONE"}`)}
                    </span>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A recording's player: a video when the group sent one, otherwise audio. */
function Media({ kind, ...props }: { kind: string } & React.MediaHTMLAttributes<HTMLMediaElement>) {
  const Player = kind === "video" ? "video" : "audio";
  return <Player {...props} />;
}
