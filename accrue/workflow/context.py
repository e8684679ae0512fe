"""What the workflow's nodes need from the outside world, passed to each run as LangGraph's runtime context.

The graph declares `context_schema=Context`; the RunService passes its `Context` on every call
(`graph.invoke(..., context=...)`) and nodes read it as `ctx(runtime)`. A caller that passes none
(LangGraph Server, which sends its own JSON context, or a direct `graph.invoke` without one) gets
the context the current settings build, made once per distinct settings and kept for the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session

from accrue.adapters.connectors.registry import build_connectors
from accrue.adapters.database import get_engine
from accrue.adapters.executor import Executor
from accrue.adapters.policy_file import load_policy
from accrue.adapters.run_lock import RunLocks
from accrue.core.clock import utcnow
from accrue.core.policy import Policy
from accrue.extraction import Extractor, get_extractor, needs_text_layer
from accrue.settings import Settings, load_settings

if TYPE_CHECKING:  # nodes get it from LangGraph; the run service builds a Context without importing LangGraph
    from langgraph.runtime import Runtime


def utc_today() -> date:
    """Today in UTC, the date actions are stamped with when nothing else dates them."""
    return utcnow().date()


@dataclass(frozen=True)
class Context:
    """The services a run uses: settings, a session factory for the books, the approval policy, the executor
    (the only way out to connectors), a fresh extractor per document, the run's lock, and the clock.

    `run_lock(run_id)` is the lock `accrue.adapters.run_lock` keeps for the run: the nodes with effects
    (executing, recording decisions) hold it, so whoever drives the graph (the run service, which already holds
    it, or LangGraph Server, which knows nothing of it) takes turns with every other process on that run."""

    settings: Settings
    session: Callable[[], Session]
    policy: Policy
    executor: Executor
    extractor_factory: Callable[[], Extractor]
    run_lock: Callable[[str], AbstractContextManager[None]]
    require_text: bool = True  # False when the extractor reads scanned pages (Claude): see accrue.extraction
    today: Callable[[], date] = utc_today


def context_from_settings(settings: Settings) -> Context:
    """The context the settings alone describe: their books, policy file, connectors and extractor."""
    settings.ensure_home()
    engine = get_engine(settings.db_url)

    def session() -> Session:
        return Session(engine, expire_on_commit=False)

    return Context(settings=settings, session=session, policy=load_policy(settings.policy_file),
                   executor=Executor(build_connectors(settings, session), session),
                   extractor_factory=lambda: get_extractor(settings, None),
                   run_lock=RunLocks(engine, settings.home).hold, require_text=needs_text_layer(settings))


_built: list[Context] = []
_building = threading.Lock()


def ctx(runtime: Runtime[Context]) -> Context:
    """The run's context: the one its caller passed, else the one the current settings build (see above)."""
    if isinstance(runtime.context, Context):
        return runtime.context
    settings = load_settings()
    with _building:
        for made in _built:
            if made.settings == settings:
                return made
        made = context_from_settings(settings)
        _built.append(made)
        return made


def signed_in_person(runtime: Runtime[Context]) -> str | None:
    """Who answers a pause when LangGraph Server runs the graph: its authenticated user ("" when nobody signed in),
    whatever name the answer carries; None in-process, where the run service has already signed the person in."""
    server = runtime.server_info
    if server is None:
        return None
    return str(server.user.identity) if server.user is not None else ""

