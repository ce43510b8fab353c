import createNextIntlPlugin from "next-intl/plugin";

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
    return [
      {
        source: "/:path*",
        headers: [
          // Residents' browsers load nothing from third parties (GDPR, BITV).
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'" +
              (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "") +
              "; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
          },
          // same-origin, not no-referrer: with no-referrer a plain form POST carries "Origin: null" and
          // Next refuses the server action, so forms would fail without JavaScript.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
        ],
      },
      {
        // Evidence documents (server/http/evidence-document.ts) are files people uploaded: should a
        // browser render one rather than download it, it runs nothing as part of this site. (The
        // last matching entry sets a header, so this replaces the policy above.)
        source: "/planung/plan/nachweise/:file",
        headers: [{ key: "Content-Security-Policy", value: "sandbox; default-src 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
