-- ServiceAtLocation ids become the HSDS service_at_location ids the export writes
-- (serviceAtLocationId in server/hsds/ids.ts: a name-based UUID, version 5, of the catalogue's
-- namespace and "<serviceId>\x1fservice_at_location\x1f<locationId>"), so the open-data API can
-- look one up by the id consumers see. New rows get it from server/offers/offer-rows.ts, this
-- rewrites the existing ones. pgcrypto (a trusted extension) provides sha1.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

UPDATE "ServiceAtLocation" sl SET id = derived.id
FROM (
  SELECT s.id AS old_id,
    encode(substring(
      set_byte(set_byte(h.sha, 6, (get_byte(h.sha, 6) & 15) | 80), 8, (get_byte(h.sha, 8) & 63) | 128)
      FROM 1 FOR 16), 'hex')::uuid AS id
  FROM "ServiceAtLocation" s
  CROSS JOIN LATERAL (
    SELECT digest(
      decode('5f0c6b2e7a514c1e9d0b3e8a2c4f6d17', 'hex')
        || convert_to(s."serviceId"::text || chr(31) || 'service_at_location' || chr(31) || s."locationId"::text, 'UTF8'),
      'sha1') AS sha
  ) h
) derived
WHERE sl.id = derived.old_id;
