"""Progress on long work (a bill run, a close, a big usage or payment file) for a person at a terminal.

A spinner with what is being done and the time it has taken, on stderr, and only when stderr is a terminal and
the command is not asked for `--json`: a script reading stdout, or a pipe, never sees it, and it clears itself
when the work is done. `accrue eval` has its own bar (case n of m, in evals/runner.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from accrue.interfaces.cli.common import err


@contextmanager
def working(message: str, *, as_json: bool = False) -> Iterator[None]:
    """Show `message` with a spinner and the elapsed time while the block runs (a terminal only, never --json)."""
    if as_json or not err.is_terminal:
        yield
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        bar.add_task(message, total=None)
        yield


def rows_in(path: Path | None) -> str:
    """'755,012 rows of usage.csv' (the header not counted); just the name of a file that is not a CSV or cannot
    be read."""
    if path is None:
        return "its inputs"
    if path.suffix.lower() != ".csv":
        return path.name
    try:
        with path.open("rb") as f:
            rows = max(sum(1 for _ in f) - 1, 0)
    except OSError:
        return path.name
    return f"{rows:,} row{'s' if rows != 1 else ''} of {path.name}"
