import {
  highlightsForReports,
  lightNumberValues,
  mayHighlight,
  storyTexts,
  type StoryField,
} from "~/domain/outcomes/coding";
import { isLive } from "~/domain/outcomes/themes";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { translationsForPage } from "~/services/platform/machine-translation.server";
import type { SignedInUser } from "~/services/access/permissions.server";
import { isReadable, type LoadedCheckIn } from "./check-in-reading.server";
import { codebook } from "./themes.server";

/**
 * What the reading page shows of one check-in: the story as written (and, when asked, machine
 * translated into the reader's language as panel reading offers it), its photos and recording,
 * light numbers, domain of change, themes, highlights and the reply.
 */
export async function checkInPage(
  request: Request,
  access: { user: SignedInUser; checkIn: LoadedCheckIn },
  locale: Locale,
) {
  const { checkIn, user } = access;
  const application = checkIn.grant.application;
  const round = application.pot.round;
  const language = checkIn.answerLanguage ?? application.answerLanguage ?? null;
  // A conversation is staff's note of a call; the group's own words added to it are read too.
  const written: [StoryField | "groupAddition", string][] = [
    ...(Object.entries(storyTexts(checkIn.answers)) as [StoryField, string][]),
    ...(checkIn.groupAddition?.trim()
      ? [["groupAddition", checkIn.groupAddition] as ["groupAddition", string]]
      : []),
  ];
  const { machineTranslation, translations } = await translationsForPage(request, {
    texts: written.map(([, text]) => ({ text, language })),
    readerLocale: locale,
    actorId: user.id,
    purpose: "check-in-reading",
    entity: { type: "CheckIn", id: checkIn.id },
    funderId: checkIn.grant.funderId,
  });
  const themes = await codebook(checkIn.grant.funderId);
  const tagged = new Set(checkIn.themes.map((tag) => tag.themeId));
  const numbers = lightNumberValues(checkIn.answers);
  const numberSpecs = Array.isArray(round.lightNumbers)
    ? (round.lightNumbers as { id?: unknown; label?: unknown }[])
    : [];
  const fileHref = (fileId: string) =>
    `/fund/${checkIn.grant.funderId}/check-ins/${checkIn.id}/files/${fileId}`;
  const files = checkIn.files.map((file) => ({
    id: file.id,
    href: fileHref(file.id),
    mimeType: file.mimeType,
    kind: file.mimeType.startsWith("image/")
      ? ("photo" as const)
      : file.mimeType.startsWith("video/")
        ? ("video" as const)
        : ("recording" as const),
    caption: file.caption,
    consent: file.consent,
    deleted: file.deletedAt !== null,
  }));
  return {
    locale,
    checkIn: {
      id: checkIn.id,
      conversation: checkIn.kind === "CONVERSATION",
      sent: isReadable(checkIn),
      dueOn: checkIn.dueOn.toISOString(),
      sentAt:
        (
          checkIn.submittedAt ?? (checkIn.kind === "CONVERSATION" ? checkIn.createdAt : null)
        )?.toISOString() ?? null,
      language,
      storyConsent: checkIn.storyConsent,
      domain: checkIn.changeDomain ? translated(checkIn.changeDomain.name, locale) : null,
      reply: checkIn.reply,
      repliedAt: checkIn.repliedAt?.toISOString() ?? null,
    },
    grant: {
      reference: application.reference,
      group: application.organisation.name,
      scheme: translated(round.scheme.title, locale),
      round: translated(round.name, locale),
      timeZone: round.scheme.timeZone,
    },
    story: written.map(([field, text], index) => ({
      field,
      text,
      translation: translations[index] ?? null,
    })),
    machineTranslation,
    numbers: numberSpecs.flatMap((spec) =>
      typeof spec.id === "string" && spec.id in numbers
        ? [{ id: spec.id, label: translated(spec.label, locale), value: numbers[spec.id]! }]
        : [],
    ),
    files,
    themes: themes
      .filter((theme) => isLive(theme) || tagged.has(theme.id))
      .map((theme) => ({ id: theme.id, name: theme.name, checked: tagged.has(theme.id) })),
    highlights: {
      allowed: mayHighlight(checkIn.storyConsent),
      story: checkIn.storyHighlightedAt !== null,
      quote: checkIn.quoteHighlightedAt !== null,
      forReports: highlightsForReports(checkIn),
      hasQuote: written.some(([field]) => field === "quote"),
    },
  };
}

export type CheckInPage = Awaited<ReturnType<typeof checkInPage>>;
