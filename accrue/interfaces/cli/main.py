"""The `accrue` command line: the typer app, which imports a command's module only when that command is used.

Errors in input print one line naming the file and the fix, and exit with code 2. Each command lives in
a module of `accrue/interfaces/cli/` that exposes `register(app)`; `accrue.interfaces.cli.commands` names
each command's module and its one-line help, so listing the commands imports none of them (nor pydantic,
rich or the extractors they bring).
"""

from __future__ import annotations

import importlib
from functools import cache

import typer
from typer import _click as click  # typer's own copy of click: the types its groups are built from
from typer.core import TyperGroup

from accrue.interfaces.cli.commands import ABOUT, COMMANDS
from accrue.interfaces.cli.factory import RunServiceFactory, chosen_factory


@cache
def commands_of(module: str) -> TyperGroup:
    """The commands one module registers, as click builds them (the module is imported here, once)."""
    registered = typer.Typer()
    importlib.import_module(f"accrue.interfaces.cli.{module}").register(registered)
    return typer.main.get_group(registered)


class _Commands(TyperGroup):
    """The `accrue` group: commands come from `COMMANDS`, each module imported when one of its commands is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        return commands_of(COMMANDS[cmd_name][0]).commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, line) for name, (_, line) in COMMANDS.items()])


# Plain click help at the top (rich's renderer costs more than the rest of `accrue --help`); each command's
# own --help is rendered by rich as before.
app = typer.Typer(cls=_Commands, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  rich_markup_mode=None)


@app.callback(help=ABOUT)
def accrue() -> None:
    """The `accrue` group itself: every command is a subcommand."""


def main(args: list[str], *, run_service_factory: RunServiceFactory | None = None) -> None:
    """Run one `accrue` command line; `run_service_factory` builds the run services its commands use
    (by default `RunService`; a test driver passes one whose executor kills the process mid-run)."""
    token = chosen_factory.set(run_service_factory)
    try:
        app(args=args, prog_name="accrue")
    finally:
        chosen_factory.reset(token)


if __name__ == "__main__":  # pragma: no cover
    app()
