import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Messages = Record<string, unknown>;

/** Copies the message at `path` ("Merkliste" or "Offer.quickExit") from `from` into `to`. */
function copyPath(from: Messages, to: Messages, path: string) {
  const keys = path.split(".");
  const last = keys.pop()!;
  let source: Messages = from;
  let target: Messages = to;
  for (const key of keys) {
    source = source[key] as Messages;
    target = (target[key] ??= {}) as Messages;
  }
  target[last] = source[last];
}

/**
 * The messages a page's client components translate, and only those: every message given here
 * travels in the page's HTML and its RSC payload on each request, and the search page's render
 * time grows with its size (`npm run bench`).
 */
export async function ClientMessages({ paths, children }: { paths: string[]; children: React.ReactNode }) {
  const all = (await getMessages()) as Messages;
  const messages: Messages = {};
  for (const path of paths) copyPath(all, messages, path);
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}

/** What MerklisteButton and QuickExit translate. */
export const MERKLISTE_BUTTON = ["Merkliste.addButton", "Merkliste.removeButton", "Merkliste.added", "Merkliste.removed", "Merkliste.storageFailed"];
export const QUICK_EXIT = ["Offer.quickExit"];
/** What app/[locale]/error.tsx translates. */
export const ERROR_PAGE = ["Layout.errorTitle", "Layout.errorText"];
/** What the header's HeaderAccount translates (on every page). */
export const HEADER_ACCOUNT = ["Auth.nav.signIn", "Auth.nav.signedInAs", "Auth.roles", "Auth.signOut"];
