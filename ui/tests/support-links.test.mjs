// ui/src/support-links.ts as it is: the TypeScript compiled on the fly
// (typescript's transpileModule, no bundler) and imported. The mailto
// address after "I'm stuck" must reach the mail program whole: RFC 6068
// encoding, a body that a reason's own `&`, `?`, `#` or `%` cannot cut
// short, line breaks as CRLF; phone numbers as RFC 3966 tel: links, chat
// rooms as matrix.to links.
//
// Run: (cd ui && node --test tests/support-links.test.mjs)  (part of npm run test:a11y)
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const source = readFileSync(fileURLToPath(new URL("../src/support-links.ts", import.meta.url)), "utf8");
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 } }).outputText;
const file = join(mkdtempSync(join(tmpdir(), "overstap-support-links-")), "support-links.mjs");
writeFileSync(file, js);
const { mailtoEncode, mailtoHref, telHref, matrixToHref, stuckMailHref } = await import(pathToFileURL(file).href);

/** The fields of a mailto URL, decoded as a mail program does (RFC 6068). */
function parseMailto(href) {
  assert.match(href, /^mailto:/);
  const [to, query = ""] = href.slice("mailto:".length).split("?");
  const fields = {};
  for (const pair of query.split("&").filter(Boolean)) {
    const [name, value] = pair.split("=");
    assert.equal(pair.split("=").length, 2, `one = in ${pair}`);
    fields[name] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(to), ...fields };
}

test("a reason with mail syntax in it stays one body, line breaks as CRLF", () => {
  const reason = "Fachverfahren & Co. says: 100% broken? #fail =yes\nsecond line";
  const href = stuckMailHref({
    to: "servicedesk@minbzk.nl",
    subject: "Overstap: stuck at “Install Element”",
    lines: ["I am stuck.", "", "Step: Install Element (matrix/install-element)", `My reason: ${reason}`, null, "Last check: connection_refused"],
  });
  const mail = parseMailto(href);
  assert.equal(mail.to, "servicedesk@minbzk.nl");
  assert.equal(mail.subject, "Overstap: stuck at “Install Element”");
  assert.equal(
    mail.body,
    `I am stuck.\r\n\r\nStep: Install Element (matrix/install-element)\r\nMy reason: Fachverfahren & Co. says: 100% broken? #fail =yes\r\nsecond line\r\nLast check: connection_refused`,
  );
  // Nothing raw that a mail program could read as syntax: no space, no second ?, no # (a fragment).
  const query = href.slice(href.indexOf("?") + 1);
  assert.doesNotMatch(query, /[ #?\n\r]/);
  assert.match(query, /%0D%0A/);
  assert.match(query, /%20/, "spaces as %20, not +");
});

test("RFC 6068 encoding: unreserved characters stay, everything else is percent-encoded UTF-8", () => {
  assert.equal(mailtoEncode("a-b_c.d~e"), "a-b_c.d~e");
  assert.equal(mailtoEncode("a b"), "a%20b");
  assert.equal(mailtoEncode("ü"), "%C3%BC");
  assert.equal(mailtoEncode("(x)!*'"), "%28x%29%21%2A%27");
  assert.equal(mailtoEncode("a\nb"), "a%0D%0Ab");
  assert.equal(mailtoEncode("a\r\nb"), "a%0D%0Ab");
});

test("only a mail address makes a mailto link", () => {
  assert.equal(mailtoHref("servicedesk@minbzk.nl"), "mailto:servicedesk@minbzk.nl");
  assert.equal(mailtoHref("hulp+overstap@minbzk.nl"), "mailto:hulp%2Boverstap@minbzk.nl");
  for (const bad of ["", "servicedesk", "a@b", "a b@c.nl", "a@b@c.nl", "@minbzk.nl"]) assert.equal(mailtoHref(bad), null, bad);
  assert.equal(stuckMailHref({ to: "not an address", subject: "s", lines: ["x"] }), null);
});

test("a phone number becomes a tel: link of its digits", () => {
  assert.equal(telHref("+31 70 000 00 00"), "tel:+31700000000");
  assert.equal(telHref("070-123 45 67"), "tel:0701234567");
  assert.equal(telHref("+49 (30) 1234.56"), "tel:+4930123456");
  assert.equal(telHref("ask at the front desk"), null);
  assert.equal(telHref("1"), null);
});

test("a chat room becomes its matrix.to link", () => {
  assert.equal(matrixToHref("#overstap-hulp:minbzk.nl"), "https://matrix.to/#/%23overstap-hulp%3Aminbzk.nl");
  assert.equal(matrixToHref("!abc123:minbzk.nl"), "https://matrix.to/#/!abc123%3Aminbzk.nl");
  assert.equal(matrixToHref("overstap-hulp"), null);
  assert.equal(matrixToHref("#no-server"), null);
});
