import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_HEADERS } from "./server/http/static-headers.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (e.g. two e2e runs on one machine) use their own folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Prisma client runs over the pg driver adapter; keep pg out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Need-data uploads (/planung/daten) take files up to 5 MB, evidence documents on a measure's
  // page up to 10 MB (bodies up to 16 MB, so a file just over it gets the form's message). Next's
  // limit is one for all actions: proxy.ts (server/http/request-guard.ts) keeps each page to its own.
  // proxy.ts reads a form's body too, and Next buffers only 10 MB of it for the proxy by default.
  // globalNotFound: app/global-not-found.tsx answers addresses no route matches, in the visitor's language.
  experimental: { serverActions: { bodySizeLimit: "16mb" }, proxyClientMaxBodySize: "16mb", globalNotFound: true },
  async headers() {
    // The baseline for every response, build files included. proxy.ts replaces the policy on every
    // response it sees (a nonce for pages; evidence documents are sandboxed) and adds HSTS over TLS.
    return [{ source: "/:path*", headers: STATIC_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
