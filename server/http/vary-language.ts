import "server-only";
import http from "node:http";

const PATCHED = Symbol.for("angebotskatalog.varyOnLanguage");

/**
 * Every page offers the language the browser asks for (app/_components/language-offer.tsx), so
 * its answer depends on Accept-Language and must say so to caches. proxy.ts cannot: Next replaces
 * the page's Vary header with its own (next/dist/build/templates/app-page-runtime.js, the list
 * naming its `rsc` request header). So that list gets Accept-Language added where it is set (route
 * handlers get the same list from Next, and so the addition too: harmless, they merely vary more).
 * Patched on the prototype because Next creates its server itself; called once from instrumentation.ts.
 */
export function varyPagesOnLanguage(): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const setHeader = proto.setHeader;
  proto.setHeader = function (this: http.ServerResponse, name: string, value: number | string | readonly string[]) {
    const pageVary = name.toLowerCase() === "vary" && typeof value === "string" && /(^|,)\s*rsc\s*(,|$)/i.test(value) && !/accept-language/i.test(value);
    return setHeader.call(this, name, pageVary ? `${value}, Accept-Language` : value);
  } as typeof proto.setHeader;
}
