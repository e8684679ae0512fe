"""The one writer thread: it owns the RunService that writes, processes stored events and carries out decisions.

SQLite checkpointers lock when several writers share a file, so HTTP handlers never run
the graph themselves: a webhook stores its event and wakes this thread; an approval is
submitted as a job and the handler waits for its result. Jobs (people waiting) go before
events. The folder trigger (`serve --watch`) runs here too, for the same reason, and so does the
daily bill run (`bill_run_at` under `[server]`): once a day from that time, every invoice due through
today; the same day's bill run again finds the first, so a restart issues nothing twice. The daily dunning run
(`dunning_at`) is started the same way, after the bill run when both are due.

An event whose run already exists but stopped mid-graph (the process died inside it, so the
event was put back at start-up) resumes that run with `RunService.retry` instead of reporting it
as it was left; one whose run failed (an action refused by Stripe, Slack, ...) re-runs the
failed actions the same way, so retrying a failed event after fixing its cause finishes it. A
failed run fails its event with the failed actions' recorded errors.
"""

from __future__ import annotations

import gc
import logging
import queue
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal, TypeVar

from accrue.adapters import webhook_events
from accrue.adapters.read_model import ReadModel
from accrue.adapters.secrets import redact
from accrue.core.clock import utcnow
from accrue.core.errors import AccrueError
from accrue.interfaces.server.intake import deal_file_name
from accrue.interfaces.server.watch import scan_once
from accrue.settings import Settings
from accrue.workflow.service import RunService, RunView

log = logging.getLogger("accrue.server")
T = TypeVar("T")
EVENT_RUN_KIND = {"contract-signed": "new_contract", "deal-closed": "new_contract", "usage": "usage",
                  "payment": "payment"}


@dataclass
class Outcome:
    """What processing an event came to; it becomes the event's stored status."""

    status: Literal["done", "failed"]
    run_id: str | None = None
    run_status: str | None = None
    error: str | None = None
    waiting_for: str | None = None


def deals_dir(settings: Settings) -> Path:
    return settings.home / "deals"


def process_event(rt: RunService, event: webhook_events.WebhookEvent) -> Outcome:
    """Start the run an event asks for; errors become the event's recorded failure, never a lost event."""
    inputs: dict[str, Any] = dict(event.inputs)
    roles = ("contract", "deal", "usage", "request", "payments")
    run_inputs: dict[str, str | Path] = {role: inputs[role] for role in roles if role in inputs}
    if event.kind == "deal-closed":
        _keep_deal(rt.settings, inputs["deal_id"], Path(inputs["deal"]))
        requeued = webhook_events.requeue_waiting_for(rt.engine, inputs["deal_id"])
        if requeued:
            log.info("deal %s arrived; queued again: %s", inputs["deal_id"], ", ".join(requeued))
        if "contract" not in run_inputs:
            return Outcome("done")
    elif event.kind == "contract-signed" and "deal" not in run_inputs and inputs.get("deal_id"):
        stored = deals_dir(rt.settings) / deal_file_name(inputs["deal_id"])
        if not stored.is_file():
            return Outcome("failed", waiting_for=inputs["deal_id"],
                           error=f"deal {inputs['deal_id']!r} has not arrived; send it with POST /webhooks/deal-closed "
                                 "(this event runs again when it does) or include the deal object")
        run_inputs["deal"] = str(stored)
    elif event.kind == "usage" and "contract" not in run_inputs:
        contract = _contract_of_run(rt, inputs["contract_run_id"])
        if contract is None:
            return Outcome("failed", error=f"contract_run_id {inputs['contract_run_id']!r} is not a run that read a "
                                           "contract; send the contract as 'document' or name its new-contract run")
        run_inputs["contract"] = contract
    kind = EVENT_RUN_KIND[event.kind]
    try:
        # A run that stopped mid-graph (this event's earlier processing died with the process) is finished
        # from its checkpoint; every effect already done is skipped by its idempotency key.
        view = rt.finish_if_cut_off(rt.start_run(kind, run_inputs))
        if view.already_processed and view.status == "failed":
            view = rt.retry(view.run_id)  # the event is processed again once its cause is fixed: re-run what failed
    except AccrueError as exc:
        return Outcome("failed", error=redact(str(exc)))
    except Exception as exc:  # recorded on the event so it can be retried; the writer keeps going
        log.exception("event %s (%s) failed", event.id, event.kind)
        return Outcome("failed", error=redact(f"{type(exc).__name__}: {exc}"))
    if view.status == "failed":
        return Outcome("failed", run_id=view.run_id, run_status=view.status,
                       error=view.error or _why_failed(rt, view, event.id))
    return Outcome("done", run_id=view.run_id, run_status=view.status)


def _why_failed(rt: RunService, view: RunView, event_id: str) -> str:
    """Which actions of a run failed and why (their recorded, redacted errors), and what to do about it."""
    failed = [a for a in view.actions if a["status"] == "failed"]
    errors = ReadModel(rt.engine).execution_errors([a["idempotency_key"] for a in failed])
    why = "; ".join(f"{a['id']} {a['type']}: {errors.get(a['idempotency_key']) or 'failed'}" for a in failed)
    return (f"run {view.run_id} failed ({why or 'see its audit trail'}); fix the cause, then retry the event: "
            f"POST /api/events/{event_id}/retry re-runs what failed")


def _contract_of_run(rt: RunService, run_id: str) -> str | None:
    """The contract file an earlier run read (its stored copy in the data folder), if it still exists."""
    state = rt.state(run_id)
    path = state.inputs.contract if state else None
    return path if path and Path(path).is_file() else None


def _keep_deal(settings: Settings, deal_id: str, source: Path) -> None:
    """Make the deal findable by id for later contract-signed events (written whole, then renamed)."""
    folder = deals_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / deal_file_name(deal_id)
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(source, tmp)
    tmp.replace(target)


_heap_frozen = threading.Lock()


def _warm_up(rt: RunService) -> None:
    """Build the graph and its checkpointer before the first event rather than inside it, then move everything
    the process holds by now (imports, the compiled graph) out of the garbage collector's sight, once per process:
    a full collection walked all of it, a pause of 120 to 290 ms that landed inside one event in about thirty.
    A graph that cannot be built yet is built (and fails) with the first run instead, as before."""
    try:
        rt.graph  # noqa: B018  (a cached property: compiled once, with the checkpointer)
    except Exception:
        log.exception("the graph could not be built at start; the first run tries again")
        return
    if _heap_frozen.acquire(blocking=False):
        gc.collect()
        gc.freeze()


class Writer:
    """Owns the writing RunService on its own thread; everything that changes runs goes through it."""

    def __init__(self, settings: Settings, *, watch_dir: Path | None = None, poll_seconds: float = 1.0,
                 run_service_factory: Callable[[Settings], RunService] = RunService,
                 now: Callable[[], datetime] = utcnow):
        self.settings = settings
        self.now = now
        self._billed_on: date | None = None
        self._dunned_on: date | None = None
        self.watch_dir = watch_dir
        self.poll_seconds = poll_seconds
        self.run_service_factory = run_service_factory
        self._jobs: queue.Queue[tuple[Callable[[RunService], Any], Future[Any]] | None] = queue.Queue()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._init_error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="accrue-writer", daemon=True)

    # -- control ------------------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def start(self, timeout: float = 60) -> None:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the writer did not start in time")
        if self._init_error is not None:
            raise self._init_error

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        self._jobs.put(None)
        self._thread.join(timeout)

    def wake(self) -> None:
        """A new event is stored: look now instead of at the next poll."""
        self._jobs.put(None)

    def submit(self, fn: Callable[[RunService], T]) -> Future[T]:
        """Run `fn(run_service)` on the writer thread; the future carries its result or exception."""
        future: Future[T] = Future()
        if self._stop.is_set():
            future.set_exception(RuntimeError("the server is shutting down"))
            return future
        self._jobs.put((fn, future))
        return future

    # -- the thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            rt = self.run_service_factory(self.settings)
            requeued = webhook_events.requeue_interrupted(rt.engine)
            if requeued:
                log.info("picked up %d event(s) left unprocessed by a previous process", requeued)
        except BaseException as exc:  # reported to start(), which raises it in the caller
            self._init_error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            _warm_up(rt)
            busy = True  # look for stored events at once (a restart may have some)
            while not self._stop.is_set():
                try:
                    job = self._jobs.get(timeout=0 if busy else self.poll_seconds)
                except queue.Empty:
                    job = None
                if job is not None:
                    self._run_job(rt, *job)
                    busy = True
                    continue
                if self._stop.is_set():
                    break
                try:
                    busy = self._step(rt)
                except Exception:  # e.g. the database briefly locked: keep the writer alive, look again later
                    log.exception("the writer hit an error; it retries at the next poll")
                    busy = False
        finally:
            self._fail_pending_jobs()
            rt.close()

    def _run_job(self, rt: RunService, fn: Callable[[RunService], Any], future: Future[Any]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(rt))
        except BaseException as exc:  # handed to the waiting request handler
            future.set_exception(exc)

    def _fail_pending_jobs(self) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None and job[1].set_running_or_notify_cancel():
                job[1].set_exception(RuntimeError("the server shut down before this was done"))

    def _bill_run_due(self) -> bool:
        """Whether today's bill run has not been started by this process and its time has come."""
        return self._daily_due(self.settings.server.bill_run_at, self._billed_on)

    def _dunning_due(self) -> bool:
        """Whether today's dunning run has not been started by this process and its time has come."""
        return self._daily_due(self.settings.server.dunning_at, self._dunned_on)

    def _daily_due(self, at: str | None, started_on: date | None) -> bool:
        if at is None:
            return False
        now = self.now()
        return started_on != now.date() and now.time() >= time.fromisoformat(at)

    def _step(self, rt: RunService) -> bool:
        """Process one stored event (or the watched folder); True when something was done."""
        event = webhook_events.claim_next(rt.engine)
        if event is not None:
            log.info("processing event %s (%s), attempt %d", event.id, event.kind, event.attempts)
            outcome = process_event(rt, event)
            webhook_events.finish(rt.engine, event.id, status=outcome.status, run_id=outcome.run_id,
                                  run_status=outcome.run_status, error=outcome.error, waiting_for=outcome.waiting_for)
            log.info("event %s: %s%s", event.id, outcome.status,
                     f" (run {outcome.run_id} {outcome.run_status})" if outcome.run_id else f": {outcome.error}")
            return True
        if self._bill_run_due():
            today = self._billed_on = self.now().date()  # once a day even if it fails: `accrue retry` finishes it
            view = rt.start_bill_run(today)
            log.info("bill run through %s: run %s %s", today, view.run_id, view.status)
            return True
        if self._dunning_due():
            today = self._dunned_on = self.now().date()  # once a day even if it fails: `accrue retry` finishes it
            view = rt.start_dunning(today)
            log.info("dunning as of %s: run %s %s", today, view.run_id, view.status)
            return True
        if self.watch_dir is not None:
            results = scan_once(rt, self.watch_dir)
            for r in results:
                log.info("watch: %s", r.line())
            return bool(results)
        return False
