// What one page view sends: the HTML document (with the RSC payload Next inlines into it for
// hydration, `self.__next_f.push(...)` scripts) and the RSC payload a client-side navigation
// fetches instead (`RSC: 1`), raw and gzipped (Next compresses with gzip by default).
import { gzipSync } from "node:zlib";

export type Size = { bytes: number; gzip: number };
export type PagePayload = { html: Size; inlineRsc: Size; rsc: Size };

const size = (text: string): Size => ({ bytes: Buffer.byteLength(text), gzip: gzipSync(text).length });

export async function measurePayload(url: string): Promise<PagePayload> {
  const html = await fetch(url).then((r) => r.text());
  const inline = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]).join("\n");
  const rsc = await fetch(url, { headers: { RSC: "1" } }).then(async (r) => {
    if (!r.headers.get("content-type")?.includes("text/x-component")) throw new Error(`${url} with RSC: 1 answered ${r.headers.get("content-type")}`);
    return r.text();
  });
  return { html: size(html), inlineRsc: size(inline), rsc: size(rsc) };
}
