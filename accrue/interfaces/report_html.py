"""The operations report as one self-contained HTML page: each measure, its definition, a weekly bar chart
drawn as inline SVG, and the records behind it. No scripts, fonts or stylesheets from elsewhere."""

from __future__ import annotations

import html
import json
from datetime import date
from typing import Any

from accrue.interfaces.report import Measure

_STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1d2330;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin:2rem 0 .2rem}.value{font-size:1.3rem;font-weight:600}
.def{color:#555;margin:.2rem 0 .6rem}table{border-collapse:collapse;font-size:13px;margin:.4rem 0}
td,th{border-bottom:1px solid #ddd;padding:2px 8px;text-align:left;vertical-align:top}
details{margin:.3rem 0}svg text{font:11px system-ui,sans-serif;fill:#555}.none{color:#888}"""


def page(measures: list[Measure], since: str | None, until: str | None, generated: str) -> str:
    """The whole page."""
    span = f"{since or 'the first record'} to {until or 'today'}"
    parts = [f"<!doctype html><html lang=en><meta charset=utf-8><title>accrue operations report</title>"
             f"<style>{_STYLE}</style><h1>Operations report</h1><p>{html.escape(span)}; generated "
             f"{html.escape(generated)}.</p>"]
    for m in measures:
        parts.append(f"<section id={m.key}><h2>{html.escape(m.title)}</h2><div class=value>{html.escape(m.value)}"
                     f"</div><p class=def>{html.escape(m.definition)}</p>{chart(m)}{records(m)}</section>")
    return "".join(parts) + "</html>\n"


def chart(m: Measure) -> str:
    """Bars per week (Monday dates under them), one chart per currency for a money figure over several; an empty
    period says so instead of drawing nothing."""
    if m.weekly_by_currency:
        return "".join(f"<p class=def>{html.escape(cur)}</p>{bars(f'{m.title} in {cur}', series)}"
                       for cur, series in m.weekly_by_currency.items() if series)
    if not m.weekly:
        return "<p class=none>No weekly figures in this period.</p>"
    return bars(m.title, m.weekly)


def bars(title: str, weekly: list[tuple[date, float]], width: int = 640, height: int = 140) -> str:
    top = max(v for _, v in weekly) or 1.0
    slot = (width - 40) / len(weekly)
    drawn = []
    for n, (week, value) in enumerate(weekly):
        h = (height - 40) * value / top
        x = 30 + n * slot
        label = f"{value:.2f}".rstrip("0").rstrip(".")
        drawn.append(f"<rect x={x + slot * 0.15:.1f} y={height - 20 - h:.1f} width={slot * 0.7:.1f} "
                     f"height={h:.1f} fill=#3b6fd8><title>week of {week}: {label}</title></rect>"
                     f"<text x={x + slot / 2:.1f} y={height - 6} text-anchor=middle>{week.strftime('%m-%d')}</text>"
                     f"<text x={x + slot / 2:.1f} y={max(height - 24 - h, 10):.1f} text-anchor=middle>{label}</text>")
    return (f"<svg role=img aria-label=\"{html.escape(title)} by week\" width={width} height={height} "
            f"viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">"
            f"<line x1=30 y1={height - 20} x2={width - 10} y2={height - 20} stroke=#999 />{''.join(drawn)}</svg>")


def records(m: Measure, limit: int = 50) -> str:
    if not m.records:
        return "<p class=none>No records behind this figure in the period.</p>"
    columns = list(m.records[0])
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in columns)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(r.get(c)))}</td>" for c in columns) + "</tr>"
                   for r in m.records[:limit])
    more = f"<p class=none>{len(m.records) - limit} more in the JSON report.</p>" if len(m.records) > limit else ""
    return (f"<details><summary>{len(m.records)} record(s) behind this figure</summary><table><tr>{head}</tr>"
            f"{rows}</table>{more}</details>")


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "—"
    return value if isinstance(value, str) else json.dumps(value)
