// One shared table of malformed and hostile values for the hostile-input tests (unit, integration
// and e2e). Each value has a name (for failure messages), the text a form or JSON would carry, and,
// where a URL cannot carry the text as such (invalid UTF-8, broken percent escapes), the raw
// percent-encoded form to put into a URL instead.

export type HostileValue = { name: string; text: string; urlEncoded?: string };

/** A marker that no seed or fixture text contains, so a stored or echoed hostile value is findable. */
export const HOSTILE_MARKER = "Hostilx7q";

const long = (n: number) => HOSTILE_MARKER + "x".repeat(n - HOSTILE_MARKER.length);

/** Longer than every text field of the catalogue (the longest, an offer's description, takes 10,000). */
export const LONG_10001 = long(10_001);
/** Far above any form's size: 2 MB. */
export const HUGE_2MB = long(2 * 1024 * 1024);

export const SCRIPT_PAYLOAD = `<script>alert("${HOSTILE_MARKER}")</script>`;

/** Filter and query syntax that must never reach a Meilisearch filter or SQL as structure. */
export const FILTER_SYNTAX = [
  'x" OR status = draft',
  "handlungsfeld = 1 OR 1=1",
  '4\\" OR _geoRadius(0, 0, 99999999)',
  "4' OR '1'='1",
  "'; DROP TABLE \"Service\"; --",
  "angebotsart EXISTS",
  "a\\\\b\\",
  "4\u0000 OR 1=1",
];

export const HOSTILE_VALUES: HostileValue[] = [
  { name: "empty", text: "" },
  { name: "whitespace", text: " \t " },
  { name: "10,001 characters", text: LONG_10001 },
  { name: "control characters", text: `${HOSTILE_MARKER}\u0000\u0001\u0007\u001b[31m\r\n\u007f` },
  { name: "NUL only", text: "\u0000" },
  // A URL carries bytes: these are not UTF-8. Sent as text they become U+FFFD, still worth a try.
  { name: "invalid UTF-8", text: `${HOSTILE_MARKER}\ufffd\ufffd`, urlEncoded: `${HOSTILE_MARKER}%FF%FE%C3%28` },
  { name: "lone surrogate / overlong", text: `${HOSTILE_MARKER}\ud800`, urlEncoded: `${HOSTILE_MARKER}%ED%A0%80%C0%AF` },
  { name: "broken percent escape", text: `${HOSTILE_MARKER}%zz%`, urlEncoded: `${HOSTILE_MARKER}%zz%` },
  { name: "script tag", text: SCRIPT_PAYLOAD },
  { name: "attribute breakout", text: `"><img src=x onerror=alert(1)>${HOSTILE_MARKER}` },
  { name: "javascript URL", text: "javascript:alert(1)//" },
  ...FILTER_SYNTAX.map((text, i) => ({ name: `filter syntax ${i + 1}`, text })),
  { name: "JSON junk", text: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{}}}' },
  { name: "JSON array", text: "[1,2,{}]" },
  { name: "null", text: "null" },
  { name: "NaN", text: "NaN" },
  { name: "Infinity", text: "-Infinity" },
  { name: "negative number", text: "-1" },
  { name: "zero", text: "0" },
  { name: "huge number", text: "99999999999999999999999999" },
  { name: "exponent", text: "1e308" },
  { name: "hex number", text: "0x7fffffff" },
  { name: "unknown code", text: "gibt_es_nicht" },
  { name: "path traversal", text: "../../../../etc/passwd" },
  { name: "right-to-left override", text: `\u202e${HOSTILE_MARKER}\u200b\ufeff` },
  { name: "combining characters", text: `e${"\u0301".repeat(2000)}` },
];

/** The value as it goes into a URL query or path segment. */
export const urlValue = (v: HostileValue) => v.urlEncoded ?? encodeURIComponent(v.text);
