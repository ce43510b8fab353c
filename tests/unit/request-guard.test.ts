import { describe, expect, it } from "vitest";
import { formRefusalFor, MAX_ACTION_BODY_BYTES, MAX_EVIDENCE_BODY_BYTES, MAX_UPLOAD_BODY_BYTES, MAX_PATH_LENGTH, MAX_URL_LENGTH, refusalFor, refusalText } from "../../server/http/request-guard";

const request = (method: string, url: string, headers: Record<string, string> = {}) => {
  const { pathname, search } = new URL(url, "http://katalog.test");
  return { method, nextUrl: { pathname, search }, headers: new Headers({ host: "katalog.test", ...headers }) };
};
const status = (...args: Parameters<typeof request>) => refusalFor(request(...args))?.status ?? "ok";

describe("requests refused before Next routes them", () => {
  it("refuses a path that does not decode, wherever it points", () => {
    for (const path of ["/%ff", "/%C3%28", "/angebote/%E0%A4%A", "/x.%ff", "/api/auth/%ff"]) expect(status("GET", path), path).toBe(400);
    expect(status("GET", "/angebote/%C3%BC")).toBe("ok");
    expect(status("GET", "/?q=%ff")).toBe("ok"); // the query string is parsed leniently by everyone
  });

  it("refuses an overlong URL", () => {
    expect(status("GET", `/?q=${"a".repeat(MAX_URL_LENGTH)}`)).toBe(414);
    expect(status("GET", `/?q=${"a".repeat(1000)}`)).toBe("ok");
    expect(status("GET", `/angebote/${"a".repeat(MAX_PATH_LENGTH)}`)).toBe(414);
    expect(status("GET", `/angebote/${"a".repeat(500)}`)).toBe("ok");
  });

  it("refuses writes to pages from another site, of unknown or excessive length", () => {
    const length = (n: number) => ({ "content-length": String(n) });
    expect(status("POST", "/meine-angebote", { origin: "https://evil.example", ...length(10) })).toBe(403);
    expect(status("POST", "/meine-angebote", { origin: "null", ...length(10) })).toBe(403);
    expect(status("POST", "/de/angebote/x.y", { origin: "https://evil.example", ...length(10) })).toBe(403);
    expect(status("POST", "/meine-angebote", { origin: "http://katalog.test", ...length(MAX_ACTION_BODY_BYTES + 1) })).toBe(413);
    expect(status("POST", "/meine-angebote", { origin: "http://katalog.test", "transfer-encoding": "chunked" })).toBe(411);
    expect(status("POST", "/meine-angebote", { origin: "http://katalog.test", ...length(MAX_ACTION_BODY_BYTES) })).toBe("ok");
    // Only the need-data upload takes more (files up to 5 MB), and not without end.
    expect(status("POST", "/planung/daten", { origin: "http://katalog.test", ...length(MAX_UPLOAD_BODY_BYTES) })).toBe("ok");
    expect(status("POST", "/en/planung/daten", { origin: "http://katalog.test", ...length(MAX_UPLOAD_BODY_BYTES) })).toBe("ok");
    expect(status("POST", "/planung/daten", { origin: "http://katalog.test", ...length(MAX_UPLOAD_BODY_BYTES + 1) })).toBe(413);
    expect(status("POST", "/planung/daten/x", { origin: "http://katalog.test", ...length(MAX_ACTION_BODY_BYTES + 1) })).toBe(413);
    expect(status("POST", "/planung", { origin: "http://katalog.test", ...length(MAX_ACTION_BODY_BYTES + 1) })).toBe(413);
    // A measure's page takes evidence documents (10 MB, with room for a file a little over it to get the form's message).
    const measure = "/planung/plan/massnahmen/0b0e0c6e-8d7f-4a53-9a5e-2f1f7d7c0001";
    expect(status("POST", measure, { origin: "http://katalog.test", ...length(MAX_EVIDENCE_BODY_BYTES) })).toBe("ok");
    expect(status("POST", `/en${measure}`, { origin: "http://katalog.test", ...length(MAX_EVIDENCE_BODY_BYTES) })).toBe("ok");
    expect(status("POST", measure, { origin: "http://katalog.test", ...length(MAX_EVIDENCE_BODY_BYTES + 1) })).toBe(413);
    expect(status("POST", "/planung/plan", { origin: "http://katalog.test", ...length(MAX_ACTION_BODY_BYTES + 1) })).toBe(413);
    expect(status("POST", `${measure}/x`, { origin: "http://katalog.test", ...length(MAX_ACTION_BODY_BYTES + 1) })).toBe(413);
    // Behind a reverse proxy Next compares with X-Forwarded-Host, and so do we.
    expect(status("POST", "/meine-angebote", { origin: "https://katalog.example", "x-forwarded-host": "katalog.example", ...length(10) })).toBe("ok");
    // next-auth's routes check their own CSRF token.
    expect(status("POST", "/api/auth/callback/credentials", { origin: "https://evil.example", ...length(10) })).toBe("ok");
  });

  it("refuses a callbackUrl next-auth cannot read (it would answer 500)", () => {
    for (const query of ["callbackUrl=foo", "callbackUrl=http%3A%2F%2F%5B", "callbackUrl=%2Fkonto&callbackUrl=javascript%3Aalert(1)"]) {
      expect(status("GET", `/api/auth/signin?${query}`), query).toBe(400);
    }
    expect(status("GET", "/api/auth/signin?callbackUrl=%2Fkonto")).toBe("ok");
    expect(status("GET", "/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example")).toBe("ok"); // readable; our redirect callback ignores it
  });

  it("refuses what next-auth would answer with a 500: a GET of the credentials callback, an error code it cannot redirect with", () => {
    expect(status("GET", "/api/auth/callback/credentials")).toBe(405);
    expect(status("POST", "/api/auth/callback/credentials", { "content-length": "10" })).toBe("ok");
    for (const code of ["%00", "%0D%0ASet-Cookie%3A%20x%3D1", "%FF", "%E2%80%AE", "a".repeat(65)]) expect(status("GET", `/api/auth/error?error=${code}`), code).toBe(400);
    for (const code of ["CredentialsSignin", "TooManyAttempts_15"]) expect(status("GET", `/api/auth/error?error=${code}`), code).toBe("ok");
  });

  it("refuses a form post to a page that is no form", async () => {
    const post = (body: BodyInit, contentType?: string) => {
      const r = new Request("http://katalog.test/angebote/x", { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });
      return formRefusalFor(Object.assign(r, { nextUrl: new URL(r.url) }));
    };
    expect(await post("garbage", "multipart/form-data; boundary=xx")).toEqual({ status: 400, reason: "badForm" });
    const form = new FormData();
    form.set("$ACTION_ID_abc", "");
    expect(await post(form)).toBeNull();
  });

  it("explains the refusal in German, or in English under /en", () => {
    expect(refusalText({ status: 400, reason: "badPath" }, "/%ff")).toMatch(/^Ungültige Adresse/);
    expect(refusalText({ status: 400, reason: "badPath" }, "/en/%ff")).toMatch(/^Invalid address/);
  });
});
