"""The folder trigger: a signed order form dropped into a folder, beside its deal, starts a run.

`acme.pdf` with `acme.json` (the CRM deal) in INBOX_DIR is one contract. Once both files
have stopped changing, they are copied into the data folder (so the run never depends on
the inbox), the run starts, and the pair moves to `processed/` with `<name>.run.json`
(run id and status) or to `failed/` with `<name>.error.txt` (the one-line error and its
fix). A PDF without its deal waits. Used by `accrue watch DIR` and `accrue serve --watch DIR`;
the caller owns the RunService, so there is one writer either way.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from accrue.adapters.secrets import redact
from accrue.core.errors import AccrueError, InputError

if TYPE_CHECKING:  # the run service is heavy to import; `accrue --help` imports this module
    from accrue.workflow.service import RunService

PROCESSED = "processed"
FAILED = "failed"


@dataclass
class WatchResult:
    name: str
    outcome: Literal["processed", "failed"]
    run_id: str | None = None
    status: str | None = None
    error: str | None = None
    moved_to: Path | None = None

    def line(self) -> str:
        if self.outcome == "processed":
            return f"{self.name}: run {self.run_id} is {self.status} -> {self.moved_to}"
        return f"{self.name}: failed: {self.error} -> {self.moved_to}"


def ready_pairs(inbox: Path, *, min_age: float = 1.0, now: float | None = None) -> list[tuple[Path, Path]]:
    """PDFs whose same-named deal JSON is present, both unchanged for `min_age` seconds, oldest name first."""
    clock = time.time() if now is None else now
    pairs = []
    for pdf in sorted(p for p in inbox.iterdir() if p.is_file() and p.suffix.lower() == ".pdf"):
        deal = pdf.with_suffix(".json")
        if not deal.is_file():
            continue
        try:
            settled = all(clock - f.stat().st_mtime >= min_age for f in (pdf, deal))
        except FileNotFoundError:  # moved away while we looked
            continue
        if settled:
            pairs.append((pdf, deal))
    return pairs


def waiting(inbox: Path) -> list[Path]:
    """PDFs still waiting for their deal JSON."""
    return sorted(p for p in inbox.iterdir() if p.is_file() and p.suffix.lower() == ".pdf"
                  and not p.with_suffix(".json").is_file())


def _unique_stem(folder: Path, stem: str) -> str:
    candidate, n = stem, 1
    while any((folder / f"{candidate}{ext}").exists() for ext in (".pdf", ".json")):
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def _move_pair(pdf: Path, deal: Path, folder: Path) -> tuple[Path, str]:
    folder.mkdir(exist_ok=True)
    stem = _unique_stem(folder, pdf.stem)
    target = folder / f"{stem}{pdf.suffix}"
    shutil.move(str(pdf), target)
    shutil.move(str(deal), folder / f"{stem}.json")
    return target, stem


def _store_copy(documents_dir: Path, pdf: Path, deal: Path) -> tuple[Path, Path]:
    """Copy the pair into the data folder under a content address; the run reads these copies."""
    digest = hashlib.sha256(pdf.read_bytes() + b"\0" + deal.read_bytes()).hexdigest()[:16]
    folder = documents_dir / digest
    folder.mkdir(parents=True, exist_ok=True)
    stored_pdf, stored_deal = folder / pdf.name, folder / "deal.json"
    shutil.copyfile(pdf, stored_pdf)
    shutil.copyfile(deal, stored_deal)
    return stored_pdf, stored_deal


def process_pair(rt: RunService, pdf: Path, deal: Path, inbox: Path) -> WatchResult:
    """Run one pair and move it; an error a person can act on goes beside the files in failed/."""
    stored: dict[str, str] = {}
    try:
        stored_pdf, stored_deal = _store_copy(rt.settings.home / "documents", pdf, deal)
        stored = {str(stored_pdf): pdf.name, str(stored_deal): deal.name}
        started = rt.start_run("new_contract", {"contract": stored_pdf, "deal": stored_deal})
        view = rt.finish_if_cut_off(started)  # a pair dropped again after a crash finishes its run
    except InputError as exc:  # name the file the person dropped, not our copy of it
        source = stored.get(exc.source, exc.source)
        return _failed(pdf, deal, inbox, str(InputError(source, exc.problem, exc.fix)))
    except AccrueError as exc:
        return _failed(pdf, deal, inbox, str(exc))
    except Exception as exc:  # the pair must leave the inbox either way, with the reason beside it
        return _failed(pdf, deal, inbox, redact(f"{type(exc).__name__}: {exc}"))
    target, stem = _move_pair(pdf, deal, inbox / PROCESSED)
    record = {"run_id": view.run_id, "status": view.status, "already_processed": view.already_processed,
              "source": pdf.name}
    (target.parent / f"{stem}.run.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return WatchResult(pdf.name, "processed", run_id=view.run_id, status=view.status, moved_to=target)


def _failed(pdf: Path, deal: Path, inbox: Path, error: str) -> WatchResult:
    target, stem = _move_pair(pdf, deal, inbox / FAILED)
    (target.parent / f"{stem}.error.txt").write_text(error + "\n", encoding="utf-8")
    return WatchResult(pdf.name, "failed", error=error, moved_to=target)


def scan_once(rt: RunService, inbox: Path, *, min_age: float = 1.0) -> list[WatchResult]:
    """Process every ready pair in the inbox once."""
    return [process_pair(rt, pdf, deal, inbox) for pdf, deal in ready_pairs(inbox, min_age=min_age)]


def watch(rt: RunService, inbox: Path, *, interval: float = 2.0, min_age: float = 1.0,
          report: Callable[[str], None] = print, should_stop: Callable[[], bool] = lambda: False) -> None:
    """Poll the inbox until `should_stop()`; reports each result and each PDF still waiting for its deal, once."""
    told: set[str] = set()
    while not should_stop():
        for result in scan_once(rt, inbox, min_age=min_age):
            report(result.line())
        for pdf in waiting(inbox):
            if pdf.name not in told:
                told.add(pdf.name)
                report(f"{pdf.name}: waiting for {pdf.with_suffix('.json').name} (the CRM deal) beside it")
        time.sleep(interval)


def check_inbox(path: Path) -> Path:
    """The inbox folder, created if missing; refuses a path that is a file."""
    if path.exists() and not path.is_dir():
        raise InputError(str(path), "is a file, not a folder", "pass the folder contracts are dropped into")
    path.mkdir(parents=True, exist_ok=True)
    return path
