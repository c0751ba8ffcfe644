import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import {
  renderApplicationReceipt,
  renderDeadlineReminder,
  type ApplicationReceiptPayload,
  type DeadlineReminderPayload,
} from "./application-receipt";
import {
  renderApplicationIneligible,
  type ApplicationIneligiblePayload,
} from "./application-ineligible";
import { renderApplicationDecision, type ApplicationDecisionPayload } from "./application-decision";
import type { RenderedEmail } from "./layout";
import {
  renderOrganisationInvitation,
  type OrganisationInvitationPayload,
} from "./organisation-invitation";
import { renderPanelInvitation, type PanelInvitationPayload } from "./panel-invitation";
import { renderTeamInvitation, type TeamInvitationPayload } from "./team-invitation";
import { renderSignInCode, type SignInCodePayload } from "./sign-in-code";
import { renderSuggestionAnswered, type SuggestionAnsweredPayload } from "./suggestion-answered";
import {
  renderWorkingGroupInvitation,
  type WorkingGroupInvitationPayload,
} from "./working-group-invitation";

/**
 * Every email the app sends, by name. `sensitive` emails (sign-in codes, invitation links) have their
 * bodies wiped from the outbox once delivered, outside demo mode.
 */
export const emailTemplates = {
  "sign-in-code": { render: renderSignInCode, sensitive: true },
  "working-group-invitation": { render: renderWorkingGroupInvitation, sensitive: true },
  "suggestion-answered": { render: renderSuggestionAnswered, sensitive: false },
  "organisation-invitation": { render: renderOrganisationInvitation, sensitive: true },
  "application-receipt": { render: renderApplicationReceipt, sensitive: false },
  "deadline-reminder": { render: renderDeadlineReminder, sensitive: false },
  "panel-invitation": { render: renderPanelInvitation, sensitive: true },
  "application-ineligible": { render: renderApplicationIneligible, sensitive: false },
  "application-decision": { render: renderApplicationDecision, sensitive: false },
  "team-invitation": { render: renderTeamInvitation, sensitive: true },
} satisfies Record<
  string,
  { render: (locale: Locale, t: TFunction, payload: never) => RenderedEmail; sensitive: boolean }
>;

export type TemplateName = keyof typeof emailTemplates;

export type PayloadOf<Name extends TemplateName> = {
  "sign-in-code": SignInCodePayload;
  "working-group-invitation": WorkingGroupInvitationPayload;
  "suggestion-answered": SuggestionAnsweredPayload;
  "organisation-invitation": OrganisationInvitationPayload;
  "application-receipt": ApplicationReceiptPayload;
  "deadline-reminder": DeadlineReminderPayload;
  "panel-invitation": PanelInvitationPayload;
  "application-ineligible": ApplicationIneligiblePayload;
  "application-decision": ApplicationDecisionPayload;
  "team-invitation": TeamInvitationPayload;
}[Name];

export type { RenderedEmail };
