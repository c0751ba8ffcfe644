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
import { renderCheckInReply, type CheckInReplyPayload } from "./check-in-reply";
import { renderCheckInReminder, type CheckInReminderPayload } from "./check-in-reminder";
import { renderGrantChanged, type GrantChangedPayload } from "./grant-changed";
import type { RenderedEmail } from "./layout";
import { renderMscSelection, type MscSelectionPayload } from "./msc-selection";
import {
  renderOrganisationInvitation,
  type OrganisationInvitationPayload,
} from "./organisation-invitation";
import { renderPanelInvitation, type PanelInvitationPayload } from "./panel-invitation";
import { renderTeamInvitation, type TeamInvitationPayload } from "./team-invitation";
import { renderRecoveryCodeUsed, type RecoveryCodeUsedPayload } from "./recovery-code-used";
import { renderSignInCode, type SignInCodePayload } from "./sign-in-code";
import { renderSuggestionAnswered, type SuggestionAnsweredPayload } from "./suggestion-answered";
import { renderTwoFactorDisabled, type TwoFactorDisabledPayload } from "./two-factor-disabled";
import {
  renderWorkingGroupInvitation,
  type WorkingGroupInvitationPayload,
} from "./working-group-invitation";

/**
 * Every email the app sends, by name. `sensitive` emails (sign-in codes, invitation links) have their
 * bodies wiped from the outbox once delivered, outside demo mode. The payload fields named in
 * `secrets` (links that carry a token) are stored encrypted and the email is rendered only at
 * delivery, so no outbox row holds them readable while the email waits (decision 0039).
 */
export const emailTemplates = {
  "sign-in-code": { render: renderSignInCode, sensitive: true },
  "working-group-invitation": {
    render: renderWorkingGroupInvitation,
    sensitive: true,
    secrets: ["link"],
  },
  "suggestion-answered": { render: renderSuggestionAnswered, sensitive: false },
  "organisation-invitation": {
    render: renderOrganisationInvitation,
    sensitive: true,
    secrets: ["link"],
  },
  "application-receipt": { render: renderApplicationReceipt, sensitive: false },
  "deadline-reminder": { render: renderDeadlineReminder, sensitive: false },
  "panel-invitation": { render: renderPanelInvitation, sensitive: true, secrets: ["link"] },
  "application-ineligible": { render: renderApplicationIneligible, sensitive: false },
  "application-decision": { render: renderApplicationDecision, sensitive: false },
  "team-invitation": { render: renderTeamInvitation, sensitive: true, secrets: ["link"] },
  "two-factor-disabled": { render: renderTwoFactorDisabled, sensitive: false },
  "recovery-code-used": { render: renderRecoveryCodeUsed, sensitive: false },
  "msc-selection": { render: renderMscSelection, sensitive: false },
  "check-in-reply": { render: renderCheckInReply, sensitive: false },
  "check-in-reminder": { render: renderCheckInReminder, sensitive: false },
  "grant-changed": { render: renderGrantChanged, sensitive: false },
} satisfies Record<
  string,
  {
    render: (locale: Locale, t: TFunction, payload: never) => RenderedEmail;
    sensitive: boolean;
    secrets?: readonly string[];
  }
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
  "two-factor-disabled": TwoFactorDisabledPayload;
  "recovery-code-used": RecoveryCodeUsedPayload;
  "msc-selection": MscSelectionPayload;
  "check-in-reply": CheckInReplyPayload;
  "check-in-reminder": CheckInReminderPayload;
  "grant-changed": GrantChangedPayload;
}[Name];

export type { RenderedEmail };
