"""The labels people taught the embedded reader, kept in the data folder (`learned-labels.json`).

One small JSON file per installation, written whole through a temporary file and a rename, so a crash leaves
either the old list or the new one. `accrue labels` lists and removes them; a correction with a quote adds one.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from accrue.core.errors import ConfigError

FILE_NAME = "learned-labels.json"


class LearnedLabel(BaseModel):
    """One label taught by a correction, with where it was learned."""

    label: str = Field(description="The label as the reader matches it: cleaned, lower case")
    field: str = Field(description="The terms field it states")
    example: str = Field(description="The quote it was learned from")
    learned_from: str = Field(description="The run whose correction taught it")
    by: str


_LIST = TypeAdapter(list[LearnedLabel])


def load(home: Path) -> list[LearnedLabel]:
    """The learned labels of the installation in `home` (none when nothing was learned yet)."""
    path = home / FILE_NAME
    try:
        return _LIST.validate_json(path.read_bytes())
    except FileNotFoundError:
        return []
    except ValidationError as exc:
        raise ConfigError(f"{path}: not a list of learned labels ({exc.errors()[0]['msg']}); fix or delete the "
                          "file (`accrue labels` rebuilds nothing: the labels are then forgotten)") from exc


def add(home: Path, item: LearnedLabel) -> bool:
    """Keep `item` unless its label is already learned; True when it was added."""
    items = load(home)
    if any(existing.label == item.label for existing in items):
        return False
    _save(home, [*items, item])
    return True


def remove(home: Path, label: str) -> LearnedLabel | None:
    """Forget the learned label `label`; the removed entry, or None when there was none."""
    items = load(home)
    kept = [i for i in items if i.label != label]
    if len(kept) == len(items):
        return None
    _save(home, kept)
    return next(i for i in items if i.label == label)


def _save(home: Path, items: list[LearnedLabel]) -> None:
    home.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=home, prefix=".learned-labels.", suffix=".tmp")
    with os.fdopen(fd, "wb") as out:
        out.write(json.dumps([i.model_dump() for i in items], indent=1).encode() + b"\n")
    os.replace(tmp, home / FILE_NAME)
