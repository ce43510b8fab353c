import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { getCsrfToken } from "@/server/auth/csrf-token";

/** Posts to next-auth's sign-out (CSRF token from the cookie proxy.ts sets); works without JavaScript. */
export async function SignOutButton() {
  const t = await getTranslations("Auth");
  const locale = await getLocale();
  const csrfToken = await getCsrfToken();
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
      <input type="hidden" name="callbackUrl" value={`${getPathname({ href: "/anmelden", locale })}?abgemeldet=1`} />
      <button type="submit" className="rounded border-2 border-brand bg-white px-3 py-1 font-semibold text-brand hover:bg-blue-50">
        {t("signOut")}
      </button>
    </form>
  );
}
