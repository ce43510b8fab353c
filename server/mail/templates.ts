import "server-only";

// The German mails the catalogue sends: plain text (what every client shows) plus the same
// content as simple HTML, where every inserted value is escaped.

export type MailContent = { subject: string; text: string; html: string };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const dateDe = (d: Date) => new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" }).format(d);

type Block = string | { link: string } | { list: string[] };

/** Builds text and HTML from the same blocks, so the two never say different things. */
function mail(subject: string, blocks: Block[]): MailContent {
  const footer = "Angebotskatalog Eisenach – diese Nachricht wurde automatisch verschickt.";
  const text = [...blocks, footer]
    .map((b) => (typeof b === "string" ? b : "link" in b ? b.link : b.list.map((l) => `- ${l}`).join("\n")))
    .join("\n\n");
  const html = [...blocks, footer]
    .map((b) =>
      typeof b === "string"
        ? `<p>${escapeHtml(b)}</p>`
        : "link" in b
          ? `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.link)}</a></p>`
          : `<ul>${b.list.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
    )
    .join("\n");
  return { subject, text, html: `<!doctype html><html lang="de"><body>${html}</body></html>` };
}

export function invitationMail(p: { link: string; organizationName: string | null; expiresAt: Date }): MailContent {
  return mail("Einladung zum Angebotskatalog Eisenach", [
    "Guten Tag,",
    p.organizationName
      ? `Sie sind eingeladen, die Angebote von „${p.organizationName}“ im Angebotskatalog Eisenach zu pflegen.`
      : "Sie sind eingeladen, im Angebotskatalog Eisenach mitzuarbeiten.",
    "Über diesen Link legen Sie Ihr Passwort fest (er gilt nur einmal):",
    { link: p.link },
    `Der Link gilt bis ${dateDe(p.expiresAt)}. Wenn Sie keine Einladung erwartet haben, können Sie diese Nachricht löschen.`,
  ]);
}

export function passwordResetMail(p: { link: string; expiresAt: Date }): MailContent {
  return mail("Neues Passwort für den Angebotskatalog Eisenach", [
    "Guten Tag,",
    "für Ihr Konto im Angebotskatalog Eisenach wurde ein Link für ein neues Passwort erzeugt (er gilt nur einmal):",
    { link: p.link },
    `Der Link gilt bis ${dateDe(p.expiresAt)}. Wenn Sie kein neues Passwort brauchen, können Sie diese Nachricht löschen; Ihr bisheriges Passwort bleibt gültig.`,
  ]);
}

export function staleReminderMail(p: { organizationName: string; offers: string[]; link: string }): MailContent {
  return mail(`Bitte prüfen: ${p.offers.length} Angebot(e) von ${p.organizationName}`, [
    "Guten Tag,",
    `diese Angebote von „${p.organizationName}“ wurden länger nicht bestätigt:`,
    { list: p.offers },
    "Bitte prüfen Sie die Angaben und bestätigen Sie sie („Angaben sind noch aktuell“) oder ändern Sie sie:",
    { link: p.link },
  ]);
}

export function errorReportMail(p: { offerName: string; message: string; link: string }): MailContent {
  return mail(`Fehlermeldung zu „${p.offerName}“`, [
    "Guten Tag,",
    `zum Angebot „${p.offerName}“ ist eine Meldung eingegangen:`,
    p.message,
    "Sie finden sie mit einer eventuellen Antwortadresse unter:",
    { link: p.link },
  ]);
}
