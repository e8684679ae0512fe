"""The `accrue` executable: `accrue --help` from the command table, anything else through the typer app.

Its own module so the fast answer imports only the table (`accrue.interfaces.cli.commands`) and the app
(`accrue.interfaces.cli.main`), with typer, is imported only for a command that runs.
"""

from __future__ import annotations

import sys

from accrue.interfaces.cli.commands import help_width, program_name, top_level_help


def cli() -> None:
    """The `accrue` command: `accrue --help` from the table, anything else through the typer app."""
    if sys.argv[1:] == ["--help"]:
        sys.stdout.write(top_level_help(program_name(), help_width()))
        return
    from accrue.interfaces.cli.main import app

    app()
