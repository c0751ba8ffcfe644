import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { describeUserAgent } from "~/domain/accounts/user-agent";
import { formatDate } from "~/domain/shared/dates";
import { parseForm } from "~/domain/shared/validation";
import { requireUser } from "~/services/access/permissions.server";
import { mustSetUpTwoFactor } from "~/services/accounts/two-factor-duty.server";
import { forgetDevices, listTrustedDevices } from "~/services/accounts/trusted-devices.server";
import { twoFactorStatus } from "~/services/accounts/two-factor.server";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";

/**
 * Her two-factor sign-in: whether it is on, how many recovery codes are left, and the
 * browsers that skip the second step, each of which she can forget.
 */

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("forget-device"), deviceId: z.string().min(1).max(100) }),
  z.object({ intent: z.literal("forget-all-devices") }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const [status, devices, required] = await Promise.all([
    twoFactorStatus(user.id),
    listTrustedDevices(request, user.id),
    mustSetUpTwoFactor(user.id, user),
  ]);
  return {
    ...status,
    devices,
    required,
    recoveryCodeUsed: url.searchParams.has("recoveryCodeUsed"),
    forgotten: url.searchParams.get("forgotten"),
    switchedOff: url.searchParams.has("off"),
    continueTo: url.searchParams.has("redirectTo")
      ? safeRedirectTarget(url.searchParams.get("redirectTo"))
      : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(schema, await request.formData());
  if (!parsed.ok) throw new Response("Bad request", { status: 400 });
  const forgotten = await forgetDevices(
    user.id,
    parsed.data.intent === "forget-device" ? parsed.data.deviceId : undefined,
  );
  if (parsed.data.intent === "forget-device" && forgotten === 0)
    return data({ ok: false }, { status: 404 });
  return redirect(`/account/two-factor?forgotten=${forgotten}`);
}

export default function TwoFactorAccount() {
  const page = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p>
          <Link to="/account">{t("accounts:twoFactor.backToAccount")}</Link>
        </p>
        <h1>{t("accounts:twoFactor.title")}</h1>
        {page.recoveryCodeUsed ? (
          <div role="status" className="notice stack">
            <p>{t("accounts:twoFactor.recoveryCodeUsed", { count: page.recoveryCodesLeft })}</p>
            <p>{t("accounts:twoFactor.recoveryCodeUsedAdvice")}</p>
          </div>
        ) : null}
        {page.forgotten !== null ? (
          <p role="status" className="notice">
            {t("accounts:devices.forgotten", { count: Number(page.forgotten) || 0 })}
          </p>
        ) : null}
        {page.switchedOff ? (
          <p role="status" className="notice">
            {t("accounts:disable.done")}
          </p>
        ) : null}
        <p>{t("accounts:twoFactor.intro")}</p>
      </div>

      {page.enabledAt ? (
        <section className="stack" aria-labelledby="status-title">
          <h2 id="status-title">{t("accounts:twoFactor.onTitle")}</h2>
          <p>
            {t("accounts:twoFactor.onSince", {
              date: formatDate(page.enabledAt, i18n.language, "UTC"),
            })}
          </p>
          <p>{t("accounts:twoFactor.codesLeft", { count: page.recoveryCodesLeft })}</p>
          <ul className="stack">
            <li>
              <Link to="/account/two-factor/recovery-codes">
                {t("accounts:twoFactor.newCodesLink")}
              </Link>
            </li>
            <li>
              <Link to="/account/two-factor/disable">{t("accounts:twoFactor.disableLink")}</Link>
            </li>
          </ul>
        </section>
      ) : (
        <section className="stack" aria-labelledby="status-title">
          <h2 id="status-title">{t("accounts:twoFactor.offTitle")}</h2>
          <p>{t("accounts:twoFactor.offBody")}</p>
          <p>
            <Link to="/account/two-factor/setup" className="button">
              {t("accounts:twoFactor.setUp")}
            </Link>
          </p>
        </section>
      )}

      {page.enabledAt ? (
        <section className="stack" aria-labelledby="devices-title">
          <h2 id="devices-title">{t("accounts:devices.title")}</h2>
          {page.devices.length === 0 ? (
            <p>{t("accounts:devices.none")}</p>
          ) : (
            <>
              <p>{t("accounts:devices.intro")}</p>
              <ul className="stack accounts-devices">
                {page.devices.map((device) => (
                  <Device key={device.id} device={device} />
                ))}
              </ul>
              <Form method="post">
                <input type="hidden" name="intent" value="forget-all-devices" />
                <button type="submit" className="button button--warning">
                  {t("accounts:devices.forgetAll")}
                </button>
              </Form>
            </>
          )}
        </section>
      ) : null}

      {page.continueTo ? (
        <p>
          <Link to={page.continueTo} className="button">
            {t("accounts:twoFactor.continue")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function Device({
  device,
}: {
  device: ReturnType<typeof useLoaderData<typeof loader>>["devices"][number];
}) {
  const { t, i18n } = useTranslation();
  const { browser, system } = describeUserAgent(device.userAgent);
  const name =
    browser && system
      ? t("accounts:devices.browserOn", { browser, system })
      : (browser ?? system ?? t("accounts:devices.unknown"));
  return (
    <li className="accounts-device">
      <p>
        <strong>{name}</strong>
        {device.thisDevice ? ` (${t("accounts:devices.thisDevice")})` : null}
      </p>
      <p>
        {t("accounts:devices.rememberedUntil", {
          from: formatDate(device.createdAt, i18n.language, "UTC"),
          until: formatDate(device.expiresAt, i18n.language, "UTC"),
        })}
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="forget-device" />
        <input type="hidden" name="deviceId" value={device.id} />
        <button type="submit" className="button button--secondary">
          {t("accounts:devices.forget")}
          <span className="visually-hidden">: {name}</span>
        </button>
      </Form>
    </li>
  );
}
