// A check's result as a person reads it: the verdict, the one-line
// summary, the remedy in plain words, and the evidence folded away for IT.
import type { CheckResultView } from "../bindings/CheckResultView";
import { h } from "../dom";
import { t } from "../i18n";

export function resultView(r: CheckResultView): HTMLElement {
  const evidence = r.evidence;
  const requests = evidence.requests.map((req) =>
    h(
      "li",
      {},
      h("code", { class: "nl-code" }, req.url),
      ` — HTTP ${req.status}, ${req.elapsed_ms} ms`,
      req.certificate
        ? h(
            "div",
            { class: "certificate" },
            t("ui-evidence-certificate", {
              subject: req.certificate.subject,
              issuer: req.certificate.issuer,
              expires: req.certificate.not_after,
            }),
            h("br", {}),
            h("code", { class: "nl-code fingerprint" }, `SHA-256 ${req.certificate.sha256}`),
          )
        : null,
    ),
  );
  const facts = Object.entries(evidence.facts).map(([k, v]) =>
    h("li", {}, h("span", { class: "fact-name" }, `${k}: `), h("code", { class: "nl-code" }, typeof v === "string" ? v : JSON.stringify(v))),
  );
  return h(
    "div",
    { class: `check-result result-${r.status}`, "data-result": r.status },
    h(
      "p",
      { class: "nl-paragraph result-line" },
      h("span", { class: `nl-data-badge status status-${r.status}` }, t(`ui-result-${r.status}`)),
      " ",
      h("span", { class: "result-summary" }, r.summary),
    ),
    r.remedy ? h("p", { class: "nl-paragraph remedy" }, h("strong", {}, `${t("ui-remedy")}: `), r.remedy) : null,
    h(
      "details",
      { class: "evidence" },
      h("summary", {}, t("ui-evidence")),
      requests.length ? h("ul", {}, ...requests) : null,
      evidence.failure ? h("p", { class: "nl-paragraph" }, h("code", { class: "nl-code" }, `${evidence.failure.kind}: ${evidence.failure.detail}`)) : null,
      facts.length ? h("ul", { class: "facts" }, ...facts) : null,
      h("p", { class: "nl-paragraph muted" }, t("ui-evidence-timing", { ms: r.elapsed_ms })),
    ),
  );
}

/** "Matrix: 5 of 6 checks work" for the live region. */
export function progressLine(arrived: CheckResultView[]): string {
  const counted = arrived.filter((r) => r.status !== "skipped");
  const working = counted.filter((r) => r.status === "pass" || r.status === "warn").length;
  const service = arrived[0]?.probe.split(".")[0] ?? "";
  return t("ui-check-arrived", { service: t(`ui-service-${service}`), working, total: counted.length });
}
