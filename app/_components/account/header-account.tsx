"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

type Person = { name: string | null; email: string; role: string };
type Props = { signInHref: string; signOutCallback: string };

/**
 * Who is signed in, with a sign-out, in the header of every page. The header stays the same for
 * everyone on the server, so residents' pages stay static and set no cookie; the browser asks
 * /api/account-status (which sets none either). Without JavaScript the header shows "Anmelden", which forwards a
 * signed-in person to their page, and the account navigation carries the sign-out instead.
 */
export function HeaderAccount({ signInHref, signOutCallback }: Props) {
  const t = useTranslations("Auth");
  const [person, setPerson] = useState<Person | null>(null);
  const [csrfToken, setCsrfToken] = useState("");
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const status = (await (await fetch("/api/account-status", { cache: "no-store" })).json()) as { user?: Person; csrfToken?: string };
        if (!status.user || !live) return;
        setCsrfToken(status.csrfToken ?? "");
        setPerson(status.user);
      } catch {
        // Offline or the server unreachable: the sign-in link stays, which is still correct.
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  if (!person) return <a href={signInHref}>{t("nav.signIn")}</a>;
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <a href={signInHref} data-testid="signed-in-as">
        {t("nav.signedInAs", { name: person.name || person.email, role: t(`roles.${person.role}` as "roles.PROVIDER") })}
      </a>
      <form method="post" action="/api/auth/signout">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={signOutCallback} />
        <button type="submit" className="rounded border-2 border-white bg-white px-2 py-0.5 font-semibold text-brand hover:bg-blue-50">
          {t("signOut")}
        </button>
      </form>
    </span>
  );
}
