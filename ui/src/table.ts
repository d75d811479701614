// A data table (Utrecht's table CSS) in a region of its own that scrolls
// sideways on a narrow window and is reachable by keyboard (WCAG 1.4.10
// allows tables to scroll; the page itself does not).
import { h } from "./dom";

type Cell = string | HTMLElement;
let tables = 0;

/** `rowHeaders`: the first cell of each row names the row (a `th`). */
export function dataTable(caption: string, head: string[], rows: Cell[][], rowHeaders = false): HTMLElement {
  const id = `table-caption-${++tables}`;
  const cell = (c: Cell, i: number) =>
    rowHeaders && i === 0
      ? h("th", { class: "utrecht-table__header-cell", scope: "row" }, c)
      : h("td", { class: "utrecht-table__cell" }, c);
  return h(
    "div",
    { class: "table-scroll", role: "region", tabindex: 0, "aria-labelledby": id },
    h(
      "table",
      { class: "utrecht-table" },
      h("caption", { class: "utrecht-table__caption", id }, caption),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h("tr", { class: "utrecht-table__row" }, ...head.map((c) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, c))),
      ),
      h("tbody", { class: "utrecht-table__body" }, ...rows.map((r) => h("tr", { class: "utrecht-table__row" }, ...r.map(cell)))),
    ),
  );
}
