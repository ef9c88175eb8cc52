"""One stylesheet and one page for every HTML report: `lov diff`, `lov stats`, `lov impact` and
the amending act's appendix look alike on screen and in print.

Self-contained: the style sheet is inline, there are no scripts and no external resources. In
print, folded details (the impact report's example citizens) are unfolded. :func:`label_width`
gives an SVG chart the room its longest label needs, so that no label is cut off.
"""

from __future__ import annotations

import html
from typing import Iterable

from dsl.language import current

STYLE = """
:root { --old: #8a8f98; --new: #1f5fbf; --del: #fbe3e4; --ins: #e3f6e3; --rule: #d0d4da; --muted: #57606a;
        --better: #176317; --worse: #a11; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1b1e23;
       max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; background: #fff; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.sub, .meta { color: var(--muted); margin: .1rem 0; }
.note { border-left: 3px solid var(--worse); padding: .2rem .6rem; margin: .6rem 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.better td.c { color: var(--better); font-weight: bold; } tr.worse td.c { color: var(--worse); font-weight: bold; }
table.side-by-side { table-layout: fixed; } table.side-by-side th, table.side-by-side td { border: 1px solid #888;
  padding: .5rem .7rem; } table.side-by-side th { background: #eee; }
code, .law, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .86rem; }
pre { white-space: pre-wrap; margin: 0; }
.law { white-space: pre-wrap; background: #f7f8fa; border-left: 3px solid var(--rule); padding: .35rem .6rem;
       margin: .3rem 0 .6rem; }
.nr { font-weight: bold; }
del { background: var(--del); text-decoration: line-through; } ins { background: var(--ins); text-decoration: none; }
svg { max-width: 100%; height: auto; } svg text { font: 12px "DejaVu Sans", Arial, sans-serif; fill: #1b1e23; }
.bar { fill: var(--new); } .rest { fill: #eaeef2; }
details { margin: .3rem 0; } summary { cursor: pointer; }
.fakta { columns: 2; font-size: .8rem; color: var(--muted); }
.section { break-inside: avoid; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; } tr { break-inside: avoid; }
  .law { background: none; } del { color: var(--worse); } ins { color: var(--better); text-decoration: underline; }
  table.side-by-side th { background: none; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; font-weight: bold; }
  .fakta { columns: 3; }
}
"""


def escape(text: object) -> str:
    """Text from a law or from data, safe in HTML text and attributes."""
    return html.escape(str(text), quote=True)


def page(title: str, body: Iterable[str], lang: str | None = None) -> str:
    """A whole report page around ``body`` (lines of HTML)."""
    lang = lang or current()
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
        "",
    ])


#: Pixels per character allowed for a label in the chart font at 12 px: generous (Danish text in
#: DejaVu Sans averages 6.5-7 px a character), checked in a real browser by tests/test_diff_html.py.
_PER_CHAR = 8.2


def label_width(labels: Iterable[str], size: float = 12.0, minimum: int = 80) -> int:
    """The pixels a chart's label column needs for its longest label, with a margin, so that no
    label is cut off."""
    longest = max((len(label) for label in labels), default=0)
    return max(minimum, round(longest * _PER_CHAR * size / 12.0) + 16)
