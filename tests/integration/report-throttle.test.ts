import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import de from "../../messages/de/report.json";
import { createErrorReport } from "../../server/reports/mutations";
import { REPORT_LIMITS } from "../../server/reports/throttle";
import { setupTestDatabase } from "../setup/database";
import { createReferenceData, offerData, publishTestOffer } from "../setup/fixtures";

// Finding: five error reports in a row were all stored; only the honeypot guarded the form.
// Reports are now limited per client (across offers) and per offer (across clients).

const { db } = setupTestDatabase();

const publish = (name: string) => publishTestOffer(db, offerData({ name }));
const stored = (serviceId: string) => db.errorReport.count({ where: { serviceId } });
let n = 0;
const freshIp = () => `198.51.100.${++n}`;

const send = (offerId: string, ip: string | null) =>
  createErrorReport({ offerId, message: `Die Telefonnummer stimmt nicht (${++n}).` }, { ip });

/** Sends `count` reports; returns how many were stored and the answers of the refused ones. */
async function flood(count: number, offerId: string, ip: () => string | null) {
  const refused = [];
  let ok = 0;
  for (let i = 0; i < count; i++) {
    const result = await send(offerId, ip());
    if (result.ok) ok++;
    else refused.push(result);
  }
  return { ok, refused };
}

beforeAll(async () => {
  await createReferenceData(db);
});

describe("error report rate limit", () => {
  it(`stores ${REPORT_LIMITS.client.points} reports an hour from one client, across offers, then refuses with a wait time`, async () => {
    const [a, b, c] = [await publish("Beratung A"), await publish("Beratung B"), await publish("Beratung C")];
    const ip = freshIp();
    // Spread over two offers: the limit is the client's, not the offer's.
    expect((await flood(3, a, () => ip)).ok).toBe(3);
    const more = await flood(4, b, () => ip);
    expect(more.ok).toBe(2);
    expect(more.refused).toEqual([
      { ok: false, reason: "rate_limited", limit: "client", retryAfterMinutes: 60 },
      { ok: false, reason: "rate_limited", limit: "client", retryAfterMinutes: 60 },
    ]);
    expect((await send(c, ip)).ok).toBe(false);
    expect((await stored(a)) + (await stored(b)) + (await stored(c))).toBe(REPORT_LIMITS.client.points);
    // Another client is not affected, on the same offers.
    expect((await send(b, freshIp())).ok).toBe(true);
    expect((await send(c, freshIp())).ok).toBe(true);
  });

  it(`stores ${REPORT_LIMITS.offer.points} reports a day about one offer from many clients, then refuses; other offers stay open`, async () => {
    const flooded = await publish("Viel gemeldet");
    const other = await publish("Anderes Angebot");
    const result = await flood(REPORT_LIMITS.offer.points + 3, flooded, freshIp);
    expect(result.ok).toBe(REPORT_LIMITS.offer.points);
    expect(result.refused).toHaveLength(3);
    for (const r of result.refused) expect(r).toMatchObject({ ok: false, reason: "rate_limited", limit: "offer" });
    expect(await stored(flooded)).toBe(REPORT_LIMITS.offer.points);
    // Without a known client address the offer's limit still holds.
    expect(await send(flooded, null)).toMatchObject({ reason: "rate_limited", limit: "offer" });
    expect((await send(other, freshIp())).ok).toBe(true);
  });

  it("costs nothing for a rejected form or a filled honeypot", async () => {
    const offerId = await publish("Beratung D");
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect((await createErrorReport({ offerId, message: "kurz" }, { ip })).ok).toBe(false);
      expect(await createErrorReport({ offerId, message: "Spam, Spam und noch mehr Spam", website: "x" }, { ip })).toEqual({ ok: true, id: null });
    }
    expect((await flood(REPORT_LIMITS.client.points, offerId, () => ip)).ok).toBe(REPORT_LIMITS.client.points);
  });

  it("has a German message for each refusal", () => {
    const t = createTranslator({ locale: "de", messages: de, namespace: "Report.errors" });
    expect(t("rate_limited_client", { minutes: 60 })).toMatch(/warten Sie 60 Minuten/);
    expect(t("rate_limited_client", { minutes: 1 })).toMatch(/warten Sie eine Minute/);
    expect(t("rate_limited_offer")).toMatch(/heute schon viele Meldungen/);
  });
});
