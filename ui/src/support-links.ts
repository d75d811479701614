// The organisation's help contacts as addresses a link can open: a mail
// address (mailto:, RFC 6068), a phone number (tel:, RFC 3966), a Matrix
// chat room (https://matrix.to/#/<alias>, the Matrix spec's link form),
// and the prefilled mail to the service desk after "I'm stuck". Pure
// functions (no page, no texts): ui/tests/support-links.test.mjs tests them
// as they are.

/**
 * Percent-encodes one part of a mailto address as RFC 6068 asks: every
 * byte of the UTF-8 text but the unreserved characters, so `&`, `=`, `?`,
 * `#`, `%` and spaces in a reason cannot end the field or the address.
 * Line breaks are CRLF (RFC 6068 section 5), written %0D%0A.
 */
export function mailtoEncode(text: string): string {
  const crlf = text.replace(/\r\n|\r|\n/g, "\r\n");
  return encodeURIComponent(crlf).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `mailto:` the address; `null` when it is not one (`a@b.c`, one `@`, no spaces). */
export function mailtoHref(address: string, subject?: string, body?: string): string | null {
  const at = address.trim();
  const parts = at.split("@");
  if (parts.length !== 2 || !parts[0] || !parts[1].includes(".") || /\s/.test(at)) return null;
  const fields: string[] = [];
  if (subject) fields.push(`subject=${mailtoEncode(subject)}`);
  if (body) fields.push(`body=${mailtoEncode(body)}`);
  const to = `${mailtoEncode(parts[0])}@${mailtoEncode(parts[1])}`;
  return `mailto:${to}${fields.length > 0 ? `?${fields.join("&")}` : ""}`;
}

/**
 * `tel:` the number as a global number when it is written as one
 * (`+31 70 000 00 00` → `tel:+31700000000`): RFC 3966 takes digits and
 * visual separators; the separators are left out. `null` when it holds
 * anything else (letters, an extension in words): shown as text then.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  if (!/^\+?[0-9 ()./-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[^0-9]/g, "");
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}

/**
 * The matrix.to link to a room alias (`#overstap-hulp:minbzk.nl`) or room
 * id (`!abc:minbzk.nl`); the identifier percent-encoded as RFC 3986 asks
 * (the spec's own example: https://matrix.to/#/%23somewhere%3Aexample.org).
 * It opens in the browser, which offers Element or the web client.
 */
export function matrixToHref(room: string): string | null {
  const id = room.trim();
  if (!/^[#!][^:\s]+:[^\s]+$/.test(id)) return null;
  return `https://matrix.to/#/${encodeURIComponent(id)}`;
}

/** What the mail to the service desk says about a blocked step. */
export interface StuckMail {
  /** The service desk's address (the organisation's `support.email`). */
  to: string;
  subject: string;
  /** Lines of the body, already in the person's language; `null` ones are left out, `""` is a blank line. */
  lines: (string | null | undefined)[];
}

/**
 * The prefilled mail: the subject and the body lines joined by line breaks.
 * The caller puts in only what the person can read on screen (the step,
 * their reason, the last check's summary and code); never a token or
 * password, which the interface never has.
 */
export function stuckMailHref(mail: StuckMail): string | null {
  const body = mail.lines.filter((l): l is string => typeof l === "string").join("\n");
  return mailtoHref(mail.to, mail.subject, body);
}
