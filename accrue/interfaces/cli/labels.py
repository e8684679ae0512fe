"""`accrue labels`: the form labels people taught the embedded reader by correcting runs.

`accrue labels [--json]` lists them (label, the field it states, the quote it was learned from, the run and
the person); `accrue labels remove LABEL` forgets one. A correction made with a quote teaches its label.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from accrue.adapters import label_store
from accrue.core.errors import AccrueError
from accrue.extraction.rules_vocab import clean_label
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail
from accrue.settings import load_settings

labels_app = typer.Typer(help="Form labels learned from corrections: list them, or remove one.",
                         invoke_without_command=True, no_args_is_help=False)


@labels_app.callback()
def labels(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """The labels learned from corrections, with where each was learned."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        learned = label_store.load(load_settings().home)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump([item.model_dump() for item in learned])
        return
    if not learned:
        console.print("No learned labels yet: a correction made with a quote (accrue correct ... --quote) teaches "
                      "the label it was read under.", markup=False, highlight=False)
        return
    table = Table("label", "states", "learned from", "by", show_lines=False)
    for item in learned:
        table.add_row(item.label, item.field, f"{item.example!r} (run {item.learned_from[:8]})", item.by)
    console.print(table)


@labels_app.command("remove")
def remove(label: Annotated[str, typer.Argument(help="The label to forget, as `accrue labels` lists it")]) -> None:
    """Forget a learned label: the embedded reader no longer reads it."""
    try:
        removed = label_store.remove(load_settings().home, clean_label(label))
    except AccrueError as exc:
        fail(exc)
    if removed is None:
        fail(f"no learned label {label!r}; `accrue labels` lists them")
    console.print(f"Forgot {removed.label!r} (it stated {removed.field}).", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(labels_app, name="labels")
