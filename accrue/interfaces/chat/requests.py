"""Chat requests become change-request runs: the same event file and the same run as a change request from outside.

A credit, an invoice correction or a write-off asked for in chat is written into the data folder
as a change-request file (`accrue.core.requests.ChangeRequest`: `{"invoice", "amount" | "lines" |
"write_off", "reason", "requested_by"}`, the file triggered events and evaluation cases use) and
started with `RunService.start_run("change_request", ...)`. The planner proposes the actions, the
policy marks what needs a person and the run waits at review: nothing here plans or executes
anything. Files are named by their content, so the same request twice finds the first run.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from accrue.core.requests import ChangeRequest
from accrue.workflow.service import RunService, RunView


def write_request(home: Path, request: ChangeRequest) -> Path:
    """Write the request file into the data folder, named by its content so a repeat finds the same file."""
    body = json.dumps(request.model_dump(mode="json", exclude_none=True), indent=2, sort_keys=True)
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    folder = home / "requests"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"chat-{digest}.json"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_text(body + "\n", encoding="utf-8")
        tmp.replace(path)
    return path


def submit(rt: RunService, request: ChangeRequest) -> RunView:
    """Start the run for a chat request; it waits for approval (or runs, if the policy lets it)."""
    return rt.start_run("change_request", {"request": write_request(rt.settings.home, request)})
