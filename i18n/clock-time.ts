// Opening hours are stored as wall-clock "HH:MM" strings (Eisenach time), not instants. Residents
// read them in their language's own style: Intl decides the digits and the clock (German "9:00",
// English "9:00 AM", Arabic "9:00 ص", Farsi "۹:۰۰"). Pure, so the hours formatter stays testable.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string) {
  let formatter = formatters.get(locale);
  if (!formatter) {
    // UTC on both sides: the wall-clock time goes in and comes out unchanged, whatever the server's zone.
    formatter = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** "09:00" -> "9:00" (de), "9:00 AM" (en), "۹:۰۰" (fa); the schema allows "00:00" to "23:59" only. */
export function clockTime(hhmm: string, locale: string) {
  const [hours, minutes] = hhmm.split(":").map(Number);
  return formatterFor(locale).format(Date.UTC(2000, 0, 1, hours!, minutes!));
}
