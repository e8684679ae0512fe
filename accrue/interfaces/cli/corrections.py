"""`accrue corrections export DIR`: every corrected contract run as an evaluation case folder (evals.export)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from accrue.core.errors import AccrueError
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail, run_service

corrections_app = typer.Typer(help="Corrections people made to runs, as evaluation cases.", no_args_is_help=True)


@corrections_app.command("export")
def export(out: Annotated[Path, typer.Argument(help="Folder to write the case folders into")],
           as_json: JsonOpt = False) -> None:
    """Write each corrected contract run as an eval case (inputs + the corrected terms); `accrue eval --cases DIR`."""
    from evals.export import export_corrected  # here, not at the top: the run service is heavy to import

    try:
        with run_service() as rt:
            written = export_corrected(rt, out)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump([str(p) for p in written])
        return
    console.print(f"Wrote {len(written)} case folder(s) to {out}" + ("" if written else " (nothing new corrected)")
                  + f"; measure with: accrue eval --cases {out}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(corrections_app, name="corrections")
