import { getTranslations } from "next-intl/server";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";
import type { SessionUser } from "@/server/auth";
import { can, canEditOffers } from "@/server/authz";
import { canHandleReports } from "@/server/reports/access";
import { countOpenReports } from "@/server/reports/queries";
import { SignOutButton } from "./sign-out-button";

/**
 * The signed-in areas' own navigation: account and every area the role may use (each area's start
 * page links its own pages; tests/e2e/role-navigation.spec.ts checks that every page is reachable).
 */
export async function AccountNav({ user }: { user: SessionUser }) {
  const [t, tReview, tStale, tReports, tAccounts, tNetwork, tPlanning, openReports] = await Promise.all([
    getTranslations("Auth.nav"),
    getTranslations("Review.nav"),
    getTranslations("History.stale"),
    getTranslations("Reports.nav"),
    getTranslations("Accounts.nav"),
    getTranslations("Network.nav"),
    getTranslations("Planning.nav"),
    countOpenReports(user),
  ]);
  // Reviewers and admins read every report in the review area; providers their own organisations'.
  const reportsHref = can(user, "offer:review") ? "/pruefung/meldungen" : "/meine-angebote/meldungen";
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 border-b pb-3">
      <Link href="/konto" className={linkClass}>
        {t("account")}
      </Link>
      {user.organizationIds.length > 0 && canEditOffers(user) && (
        <Link href="/meine-angebote" className={linkClass}>
          {tReview("myOffers")}
        </Link>
      )}
      {can(user, "offer:review") && (
        <Link href="/pruefung" className={linkClass}>
          {tReview("queue")}
        </Link>
      )}
      {can(user, "offer:edit-any") && (
        <Link href="/pruefung/angebote" className={linkClass}>
          {tReview("all")}
        </Link>
      )}
      {can(user, "offer:review") && (
        <Link href="/pruefung/veraltet" className={linkClass}>
          {tStale("link")}
        </Link>
      )}
      {can(user, "search:synonyms") && (
        <Link href="/pruefung/synonyme" className={linkClass}>
          {tReview("synonyms")}
        </Link>
      )}
      {can(user, "import:crosswalk") && (
        <Link href="/pruefung/zuordnungen" className={linkClass}>
          {tReview("crosswalk")}
        </Link>
      )}
      {canHandleReports(user) && (
        <Link href={reportsHref} className={linkClass}>
          {tReports("link", { count: openReports })}
        </Link>
      )}
      {can(user, "network-fields:read") && (
        <Link href="/fachinfo" className={linkClass}>
          {tNetwork("link")}
        </Link>
      )}
      {can(user, "planning:read") && (
        <Link href="/planung" className={linkClass}>
          {tPlanning("link")}
        </Link>
      )}
      {can(user, "org:invite") && (
        <Link href="/verwaltung/einladungen" className={linkClass}>
          {t("invitations")}
        </Link>
      )}
      {can(user, "user:admin") && (
        <Link href="/verwaltung/konten" className={linkClass}>
          {tAccounts("link")}
        </Link>
      )}
      {/* With JavaScript the header carries who is signed in and the sign-out (HeaderAccount). */}
      <noscript>
        <span className="ms-auto">
          <SignOutButton />
        </span>
      </noscript>
    </nav>
  );
}
