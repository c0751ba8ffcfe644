import type { ShareConsent } from "~/domain/outcomes/consent";

/** A text the funder wrote, in the reader's language or the one it fell back to. */
export type ShownText = { text: string; locale: string };

export type CheckInFileView = {
  id: string;
  kind: "photo" | "recording";
  name: string;
  caption: string | null;
  consent: ShareConsent | null;
  href: string;
};

export type AskedNumber = { id: string; label: ShownText };
export type AskedDomain = { id: string; name: ShownText };
