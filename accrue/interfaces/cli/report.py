"""`accrue report`: the operations measures over a period, for people (terminal, HTML) and scripts (JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from accrue.core.clock import utcnow
from accrue.core.errors import AccrueError, InputError
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail, option_date, run_service


def register(app: typer.Typer) -> None:
    app.command()(report)


def report(
    since: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD (default: the first record)")]
    = None,
    until: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD (default: today)")] = None,
    html_file: Annotated[Path | None, typer.Option("--html", help="Also write the report as an HTML page here")]
    = None,
    as_json: JsonOpt = False,
) -> None:
    """Operations measures: contract to first invoice, manual touches, corrections, leakage caught, DSO, cash
    application, open exceptions, connector failures, approvals decided in accrue; each with its records."""
    # here, not at the top: `accrue --help` starts fast
    from accrue.adapters.read_model import ReadModel
    from accrue.interfaces.report import Period, RunFacts, build
    from accrue.interfaces.report_html import page

    try:
        period = Period(option_date("--from", since), option_date("--to", until))
        with run_service() as rt:
            runs = [RunFacts(v.public(), rt.audit(v.run_id)) for v in rt.runs()]
            books = ReadModel(rt.engine).books_json()
        now = utcnow()
        measures = build(runs, books, period, now.date())
        if html_file is not None:
            try:
                html_file.write_text(page(measures, since, until, now.isoformat(timespec="seconds")))
            except OSError as exc:
                raise InputError(str(html_file), f"cannot write the page ({exc.strerror})",
                                 "choose a folder you can write to") from None
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump({"from": since, "to": until, "measures": [m.public() for m in measures]})
        return
    table = Table(title=f"Operations report, {since or 'first record'} to {until or 'today'}", show_lines=True)
    table.add_column("measure", style="bold", overflow="fold")
    table.add_column("figure", overflow="fold")
    table.add_column("records", justify="right")
    for m in measures:
        table.add_row(Text(m.title), Text(f"{m.value}\n{m.definition}"), str(len(m.records)))
    console.print(table)
    if html_file is not None:
        console.print(Text(f"HTML page with weekly charts: {html_file}"))


