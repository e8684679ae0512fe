"""The accrue service: signed webhooks start runs, one writer thread runs them, approvers decide in a web inbox.

`create_app(settings)` builds the FastAPI app (see `accrue.interfaces.server.app`); `accrue serve` runs it
under uvicorn. Modules: `signing` (webhook signatures), `intake` (bodies to files), `events`
(the event store), `worker` (the writer thread), `inbox` (approval cards), `config` (secret
and approver tokens), `lock` (one writer per data folder).
"""

from __future__ import annotations

from typing import Any


def create_app(*args: Any, **kwargs: Any) -> Any:
    """Build the service app; imported lazily so the CLI starts fast."""
    from accrue.interfaces.server.app import create_app as _create_app

    return _create_app(*args, **kwargs)
