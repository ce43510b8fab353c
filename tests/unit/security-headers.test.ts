import { describe, expect, it } from "vitest";
import { cameOverTls, newNonce, policyFor, STATIC_POLICY, UPLOADED_FILE_POLICY } from "../../server/http/security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("content security policy", () => {
  it("gives pages a fresh nonce with 'strict-dynamic' and no inline script", () => {
    const a = policyFor("/angebote/123");
    const b = policyFor("/angebote/123");
    expect(a.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a.nonce).not.toBe(b.nonce);
    expect(directive(a.policy, "script-src")).toBe(`script-src 'self' 'nonce-${a.nonce}' 'strict-dynamic'`);
    for (const kept of ["default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'", "object-src 'none'"]) expect(a.policy).toContain(kept);
  });

  it("gives API answers a static policy and uploaded files a sandbox", () => {
    expect(policyFor("/api/hsds/services")).toEqual({ policy: STATIC_POLICY, nonce: null });
    expect(directive(STATIC_POLICY, "script-src")).toBe("script-src 'self'");
    expect(policyFor("/planung/plan/nachweise/0b5c2f7e-1111-4222-8333-944445555666.pdf")).toEqual({ policy: UPLOADED_FILE_POLICY, nonce: null });
    expect(UPLOADED_FILE_POLICY).toMatch(/^sandbox; default-src 'none'/);
    // Anything else may be a 404 page: it gets a nonce.
    expect(policyFor("/datei.txt").nonce).not.toBeNull();
  });

  it("makes nonces of 128 random bits", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    expect(Buffer.from([...nonces][0], "base64")).toHaveLength(16);
  });
});

describe("HSTS only over TLS", () => {
  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(cameOverTls("https", 0)).toBe(false); // the client's own claim
    expect(cameOverTls(null, 1)).toBe(false);
    expect(cameOverTls("http", 1)).toBe(false);
    expect(cameOverTls("https", 1)).toBe(true);
    expect(cameOverTls("HTTPS", 1)).toBe(true);
  });

  it("takes the outermost trusted proxy's entry of an appended list", () => {
    expect(cameOverTls("http, https", 1)).toBe(true); // a client's "http" left of our proxy's entry
    expect(cameOverTls("https, http", 1)).toBe(false); // the client claimed https, our proxy saw http
    expect(cameOverTls("https, http", 2)).toBe(true); // two proxies: the outer one saw https
    expect(cameOverTls("https", 2)).toBe(true); // proxies that overwrite: the one value
  });
});
