"""The HTTP service: signed webhooks in, the approval inbox and its JSON API out (`create_app`).

Handlers never run the graph: a webhook is verified, its files saved and its event row
stored, then acknowledged (202) and handed to the writer thread; a decision is submitted
to the writer and awaited. Reads go through a second, read-only RunService behind a lock.
Approvers authenticate with their token (cookie after sign-in, or `Authorization: Bearer`), which
names a person of policy.toml [people]; `may_decide` rules on what they may decide (the inbox shows
its ruling, `RunService.decide` enforces it) and a refusal is a 403. Every other request that writes
(queueing an event again) needs a person who may decide, so a read-only role (say `sales`) reads and
nothing more. Every response carries the security headers of `security_headers`; the webhook secrets
and each token that signs in are registered with the log redaction (`accrue.adapters.secrets`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.datastructures import UploadFile

from accrue.adapters import webhook_events
from accrue.adapters.database import get_engine
from accrue.adapters.people_tokens import SignIns
from accrue.adapters.read_model import ReadModel
from accrue.adapters.secrets import install_log_redaction, register_secret
from accrue.adapters.webhook_events import WebhookKind
from accrue.core.actions import parse_action
from accrue.core.approval import Refused, approver_named, may_act, may_decide
from accrue.core.corrections import CorrectionError, TermEdit
from accrue.core.errors import ApprovalError, InputError
from accrue.interfaces.server import openapi_docs
from accrue.interfaces.server.config import ServerConfig
from accrue.interfaces.server.inbox import run_card
from accrue.interfaces.server.intake import (
    Intake,
    Part,
    parse_contract,
    parse_payment,
    parse_usage,
    predicted_run_id,
    save_files,
)
from accrue.interfaces.server.lock import WriterLock
from accrue.interfaces.server.signing import SignatureError, verify
from accrue.interfaces.server.worker import Writer, deals_dir
from accrue.settings import Settings, load_settings
from accrue.workflow.service import RunService

log = logging.getLogger("accrue.server")
HERE = Path(__file__).parent
COOKIE = "accrue_token"
DECISION_TIMEOUT_SECONDS = 300


class CorrectionRequest(BaseModel):
    """Corrected or supplied terms of a run waiting for review; who corrects comes from the sign-in token."""

    model_config = ConfigDict(extra="forbid")
    corrections: list[TermEdit] = Field(min_length=1, description="e.g. [{'path': 'service_start_date', "
                                        "'value': '2026-03-01', 'citation': {'page': 1, 'quote': 'Go-live: ...'}}]")


class DecisionRequest(BaseModel):
    """Approve or reject pending actions of one run; who decides comes from the sign-in token."""

    model_config = ConfigDict(extra="forbid")
    approve: list[str] = Field(default_factory=list, description="action ids to approve, e.g. ['a2']")
    reject: list[str] = Field(default_factory=list, description="action ids to reject")
    reason: str | None = Field(default=None, description="why; required when rejecting")

    @model_validator(mode="after")
    def _decides_something(self) -> DecisionRequest:
        if not self.approve and not self.reject:
            raise ValueError("name at least one action id in 'approve' or 'reject'")
        if set(self.approve) & set(self.reject):
            raise ValueError("an action cannot be both approved and rejected")
        if self.reject and not (self.reason or "").strip():
            raise ValueError("a rejection needs a reason")
        return self


RunServiceFactory = Callable[[Settings], RunService]


class Reader:
    """A read-only RunService shared by request threads, one call at a time."""

    def __init__(self, settings: Settings, run_service_factory: RunServiceFactory):
        self._rt = run_service_factory(settings)
        self._lock = threading.Lock()

    @contextmanager
    def use(self) -> Iterator[RunService]:
        with self._lock:
            yield self._rt

    def close(self) -> None:
        self._rt.close()


class Service:
    """What the handlers share: settings, config, the writer, the reader, the accept lock."""

    def __init__(self, settings: Settings, config: ServerConfig, watch_dir: Path | None,
                 run_service_factory: RunServiceFactory):
        self.settings = settings
        self.config = config
        self.watch_dir = watch_dir
        self.run_service_factory = run_service_factory
        self.lock = WriterLock(settings.ensure_home(), "accrue serve", settings.database_url)
        self.writer = Writer(settings, watch_dir=watch_dir, run_service_factory=run_service_factory)
        self.reader: Reader | None = None
        self.accept_lock = threading.Lock()
        self.events_dir = settings.home / "events"

    def start(self) -> None:
        self.lock.acquire()
        try:
            self.writer.start()
            self.reader = Reader(self.settings, self.run_service_factory)
        except BaseException:
            self.writer.stop()
            self.lock.release()
            raise

    def stop(self) -> None:
        self.writer.stop()
        if self.reader is not None:
            self.reader.close()
        self.lock.release()

    @contextmanager
    def read(self) -> Iterator[RunService]:
        if self.reader is None:
            raise HTTPException(503, "the service is starting")
        with self.reader.use() as rt:
            yield rt

    def accept(self, event_id: str, intake: Intake) -> tuple[webhook_events.WebhookEvent, bool]:
        """Save the files, store the event, wake the writer: all before the caller acknowledges."""
        with self.accept_lock:
            engine = self.writer_engine()
            existing = webhook_events.get_event(engine, event_id)
            if existing is not None:
                return existing, False
            folder = save_files(self.events_dir, event_id, intake.files)
            event, created = webhook_events.store_event(engine, event_id, intake.kind, intake.inputs(folder),
                                                        run_id=predicted_run_id(intake, deals_dir(self.settings)))
        if created:
            self.writer.wake()
        return event, created

    def writer_engine(self) -> Any:
        return get_engine(self.settings.db_url)


def create_app(settings: Settings | None = None, config: ServerConfig | None = None, *,
               watch_dir: Path | None = None, run_service_factory: RunServiceFactory = RunService) -> FastAPI:
    """The service for one data folder; its lifespan holds the writer lock and runs the writer thread.

    `run_service_factory` builds the writer's and the reader's run services (a test driver passes one
    that injects faults)."""
    settings = settings or load_settings()
    config = config or settings.server
    service = Service(settings, config, watch_dir, run_service_factory)
    templates = Jinja2Templates(directory=str(HERE / "templates"))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(service.start)
        if not config.webhook_secrets():
            log.warning("no webhook secret configured: every webhook gets 401 (set ACCRUE_WEBHOOK_SECRET)")
        if not config.approvers:
            log.warning("no approvers configured: nobody can sign in (see `accrue approver-token`)")
        with service.read() as rt:
            unlisted = [a.name for a in config.approvers if approver_named(a.name, rt.policy) is None]
        if unlisted:
            log.warning("approvers not in policy.toml [people] may sign in and read, never decide: %s",
                        ", ".join(unlisted))
        try:
            yield
        finally:
            await run_in_threadpool(service.stop)

    app = FastAPI(title="accrue", version="0.1.0", lifespan=lifespan,
                  description="Signed webhooks start contract-to-cash runs; approvers decide what waits for them.")
    app.state.service = service
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    install_log_redaction()
    for secret in [*config.webhook_secrets(), *(a.token for a in config.approvers if a.token)]:
        register_secret(secret)

    @app.middleware("http")
    async def with_security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        for name, value in security_headers(request.url.path).items():
            response.headers.setdefault(name, value)
        return response

    # -- authentication ------------------------------------------------------------------------
    sign_ins = SignIns(settings, config)

    def approver_of(request: Request) -> str | None:
        """The signed-in person's name: a token of `accrue people token` or of accrue.toml [server] approvers."""
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else request.cookies.get(COOKIE)
        person = sign_ins.person(token)
        if person is not None and token:
            register_secret(token)  # the service only stores its hash: from now on no log line shows it
        return person

    def require_approver(request: Request) -> str:
        approver = approver_of(request)
        if approver is None:
            raise HTTPException(401, "sign in with your token (Authorization: Bearer <token>)",
                                headers={"WWW-Authenticate": "Bearer"})
        return approver

    def require_decider(approver: str = Depends(require_approver)) -> str:
        """A signed-in person whose role may decide something: a role without rights (sales) only reads."""
        with service.read() as rt:
            acting = may_act(approver, None, rt.policy)
        if isinstance(acting, Refused):
            raise HTTPException(403, f"{acting.reason}; this request changes what accrue does, so it needs a person "
                                     "who may decide")
        return approver

    # -- pages ---------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def inbox_page(request: Request) -> Response:
        approver = approver_of(request)
        if approver is None:
            return templates.TemplateResponse(request, "signin.html", {"error": None})
        with service.read() as rt:
            waiting = [_card(rt, v.public(), approver) for v in rt.pending()]
            recent = [rt.view(run_id).public() for run_id in ReadModel(rt.engine).recent_run_ids(15)]
            acting = may_act(approver, None, rt.policy)
            listed = approver_named(approver, rt.policy)
        return templates.TemplateResponse(request, "inbox.html", {
            "approver": {"name": listed.name if listed else approver,
                         "role": ", ".join(listed.roles) if listed else "not in policy.toml [people]"},
            "cards": waiting, "recent": recent,
            "read_only": acting.reason if isinstance(acting, Refused) else None})

    @app.post("/signin", include_in_schema=False)
    async def signin(request: Request) -> Response:
        form = await request.form()
        token = str(form.get("token") or "").strip()
        if sign_ins.person(token) is None:
            return templates.TemplateResponse(request, "signin.html", {"error": "That token is not valid. "
                                              "Ask your accrue administrator for yours."}, status_code=401)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https",
                            max_age=12 * 3600)
        return response

    @app.post("/signout", include_in_schema=False)
    def signout() -> Response:
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.get("/healthz", tags=["service"])
    def healthz() -> dict[str, Any]:
        return {"ok": True, "writer": service.writer.alive, "home": str(settings.home)}

    # -- JSON API ------------------------------------------------------------------------------
    @app.get("/api/runs", tags=["runs"])
    def list_runs(status: str | None = Query(None, description="e.g. waiting_approval, completed, failed"),
                  _: str = Depends(require_approver)) -> list[dict[str, Any]]:
        """Runs, oldest first; `status=waiting_approval` is the inbox."""
        with service.read() as rt:
            return [v.public() for v in rt.runs(status=status)]

    @app.get("/api/runs/{run_id}", tags=["runs"])
    def get_run(run_id: str, approver: str = Depends(require_approver)) -> dict[str, Any]:
        """One run, with its inbox card (evidence in context, and whether the caller may approve each held action)
        and the events that started it."""
        with service.read() as rt:
            view = _view_or_404(rt, run_id)
            data = view.public()
            data["inbox"] = _card(rt, data, approver)
            data["events"] = [e.public() for e in webhook_events.events_for_run(rt.engine, run_id)]
        return data

    @app.post("/api/runs/{run_id}/decisions", tags=["runs"])
    def decide(run_id: str, body: DecisionRequest,
               approver: str = Depends(require_approver)) -> dict[str, Any]:
        """Approve or reject pending actions as the signed-in approver, in their first role in policy.toml [people],
        then resume the run.

        403 when `may_decide` refuses: the person is not in [people], their role may not decide the action, or
        they requested it themselves (the refusal is in the run's audit trail as `decision_refused`).
        """
        with service.read() as rt:
            view = _view_or_404(rt, run_id)
        if view.status != "waiting_approval":
            raise HTTPException(409, f"run {run_id} is {view.status}; there is nothing to decide")
        pending = {a["id"] for a in view.actions if a["needs_approval"] and a["status"] == "proposed"}
        unknown = [a for a in [*body.approve, *body.reject] if a not in pending]
        if unknown:
            raise HTTPException(409, f"run {run_id} has no pending action {', '.join(unknown)}; "
                                     f"pending: {', '.join(sorted(pending)) or 'none'}")
        future = service.writer.submit(lambda rt: rt.decide(
            run_id, approve=body.approve or None, reject=body.reject or None, by=approver, reason=body.reason))
        try:
            result = future.result(timeout=DECISION_TIMEOUT_SECONDS)
        except ApprovalError as exc:
            raise HTTPException(403, str(exc)) from exc
        except FutureTimeout as exc:
            raise HTTPException(504, "the writer is busy; the decision is queued and will still be applied") from exc
        data = result.public()
        with service.read() as rt:
            data["inbox"] = _card(rt, data, approver)
        return data

    @app.post("/api/runs/{run_id}/corrections", tags=["runs"])
    def correct(run_id: str, body: CorrectionRequest,
                approver: str = Depends(require_approver)) -> dict[str, Any]:
        """Correct or supply terms of a run waiting in needs_review, as the signed-in person; the run validates
        and plans again (`RunService.correct`, the same as `accrue correct`). A quoted value is checked on its
        page; one without a quote is the person's own entry, and what depends on it waits for someone else.

        409 when the run is not in needs_review; 422 when a correction does not fit (an unknown path, a value
        the terms refuse, a quote not on its page); 403 when the person may not decide.
        """
        with service.read() as rt:
            view = _view_or_404(rt, run_id)
        if view.status != "needs_review":
            raise HTTPException(409, f"run {run_id} is {view.status}; only a run in needs_review takes corrections")
        future = service.writer.submit(lambda rt: rt.correct(run_id, body.corrections, by=approver))
        try:
            result = future.result(timeout=DECISION_TIMEOUT_SECONDS)
        except CorrectionError as exc:
            raise HTTPException(422, str(exc)) from exc
        except ApprovalError as exc:
            raise HTTPException(403, str(exc)) from exc
        except FutureTimeout as exc:
            raise HTTPException(504, "the writer is busy; the correction is queued and will still be applied") from exc
        return result.public()

    @app.get("/api/events", tags=["events"])
    def list_events(status: str | None = Query(None, description="received, processing, done or failed"),
                    _: str = Depends(require_approver)) -> list[dict[str, Any]]:
        """Stored webhook events, newest first."""
        with service.read() as rt:
            return _as_now(rt, webhook_events.list_events(rt.engine, status))

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: str, _: str = Depends(require_approver)) -> dict[str, Any]:
        with service.read() as rt:
            event = webhook_events.get_event(rt.engine, event_id)
            if event is None:
                raise HTTPException(404, f"no event {event_id}")
            return _as_now(rt, [event])[0]

    @app.post("/api/events/{event_id}/retry", tags=["events"], status_code=202)
    def retry_event(event_id: str, _: str = Depends(require_decider)) -> dict[str, Any]:
        """Queue a failed event again (after fixing its cause, or once its kind is supported)."""
        engine = service.writer_engine()
        if not webhook_events.retry(engine, event_id):
            event = webhook_events.get_event(engine, event_id)
            if event is None:
                raise HTTPException(404, f"no event {event_id}")
            raise HTTPException(409, f"event {event_id} is {event.status}; only failed events are retried")
        service.writer.wake()
        event = webhook_events.get_event(engine, event_id)
        return event.public() if event else {}

    @app.get("/api/books", tags=["books"])
    def books(_: str = Depends(require_approver)) -> dict[str, Any]:
        """What the local books hold (the same JSON as `accrue books --json`)."""
        with service.read() as rt:
            return ReadModel(rt.engine).books_json()

    # -- webhooks ------------------------------------------------------------------------------
    async def receive(kind: WebhookKind, request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > config.max_body_bytes:
            return _problem(413, f"body over {config.max_body_bytes:,} bytes; send a smaller document")
        body = await request.body()
        if len(body) > config.max_body_bytes:
            return _problem(413, f"body over {config.max_body_bytes:,} bytes; send a smaller document")
        try:
            event_id = verify(config.webhook_secrets(), request.headers, body, now=time.time())
        except SignatureError as exc:
            log.warning("webhook %s refused: %s", kind, exc)
            return _problem(401, str(exc))
        source = f"webhook {kind} {event_id}"
        try:
            parts = await _multipart(request, config.max_body_bytes)
            intake = _parse(kind, body, parts, source)
        except InputError as exc:
            return _problem(422, str(exc))
        event, created = await run_in_threadpool(service.accept, event_id, intake)
        content = {"event_id": event.id, "kind": event.kind, "status": event.status, "run_id": event.run_id,
                   "duplicate": not created, "event_url": f"/api/events/{event.id}",
                   "run_url": f"/api/runs/{event.run_id}" if event.run_id else None}
        return JSONResponse(content, status_code=202 if created else 200)

    for kind, summary in openapi_docs.WEBHOOKS.items():
        app.add_api_route(f"/webhooks/{kind}", _handler(receive, kind), methods=["POST"], tags=["webhooks"],
                          summary=summary, status_code=202, openapi_extra=openapi_docs.request_doc(kind),
                          responses=openapi_docs.RESPONSES)
    return app


def _as_now(rt: RunService, events: list[webhook_events.WebhookEvent]) -> list[dict[str, Any]]:
    """Events as stored, each with its run's status as it is now: the stored one dates from when the event was
    processed, and the run goes on (an approval completes it) without the event row knowing."""
    ids = {e.run_id for e in events if e.run_id}
    now = ReadModel(rt.engine).run_statuses(ids)
    return [e.public() | ({"run_status": now[e.run_id]} if e.run_id in now else {}) for e in events]


# FastAPI's /docs and /redoc pages load their scripts and styles from this CDN, with inline bootstrapping.
_DOCS_SOURCES = "https://cdn.jsdelivr.net"
_DOCS_PATHS = ("/docs", "/redoc")


def security_headers(path: str) -> dict[str, str]:
    """The headers every response carries: no framing (clickjacking), no MIME sniffing, no referrer leaking run
    ids, and a Content-Security-Policy that allows only the service's own scripts and styles (the API docs pages
    also their CDN)."""
    if path.startswith(_DOCS_PATHS):
        csp = (f"default-src 'self'; script-src 'self' 'unsafe-inline' {_DOCS_SOURCES}; "
               f"style-src 'self' 'unsafe-inline' {_DOCS_SOURCES}; img-src 'self' data: https:; "
               "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
    else:
        csp = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
    return {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer", "Cross-Origin-Opener-Policy": "same-origin"}


def _handler(receive: Any, kind: WebhookKind) -> Any:
    async def handler(request: Request) -> Response:
        return await receive(kind, request)

    handler.__name__ = f"webhook_{kind.replace('-', '_')}"
    return handler


def _parse(kind: WebhookKind, body: bytes, parts: dict[str, Part] | None, source: str) -> Intake:
    if kind in {"contract-signed", "deal-closed"}:
        return parse_contract(kind, body, parts, source)
    if kind == "usage":
        return parse_usage(body, parts, source)
    return parse_payment(body, parts, source)


async def _multipart(request: Request, limit: int) -> dict[str, Part] | None:
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return None
    form = await request.form(max_part_size=limit)
    parts: dict[str, Part] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            parts[key] = Part(await value.read(), value.filename)
        else:
            parts[key] = Part(str(value).encode("utf-8"))
    return parts


def _problem(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


def _view_or_404(rt: RunService, run_id: str) -> Any:
    try:
        return rt.view(run_id)
    except ApprovalError as exc:
        raise HTTPException(404, str(exc)) from exc


def _card(rt: RunService, run: dict[str, Any], viewer: str) -> dict[str, Any]:
    """The inbox card of a run, with its stored document pages and parsed event (from its checkpoint), and for each
    held action whether `viewer` may approve it (`may_approve`) or why not (`why_not`)."""
    state = rt.state(run["run_id"])
    pages = list(state.document.read(rt.session).pages) if state and state.document else []
    event = state.event.model_dump(mode="json") if state and state.event else None
    books = ReadModel(rt.engine)
    names = {c.id: c.legal_name for c in books.customers()} | {i.id: i.number for i in books.invoices()}
    card = run_card(run, pages, event, names)
    card["status"] = run.get("status")
    card["review"] = _review_forms(run.get("review"), pages) if run.get("status") == "needs_review" else None
    actions = {a["id"]: a for a in run.get("actions", [])}
    for held in card["pending"]:
        ruling = may_decide(parse_action(actions[held["id"]]), "approve", viewer, None, rt.policy)
        held["may_approve"] = not isinstance(ruling, Refused)
        held["why_not"] = ruling.reason if isinstance(ruling, Refused) else None
    return card


def _review_forms(review: dict[str, Any] | None, pages: list[str]) -> dict[str, Any]:
    """What the inbox shows a run in needs_review: why it waits, one edit form per term a gap names (with its
    value, its quote and the page text around it, or the dates no term was read from), and the pages, where
    selecting text supplies the quote."""
    review = review or {}
    fields: dict[str, dict[str, Any]] = {}
    for concern in [*review.get("gaps", []), *review.get("open_findings", [])]:
        for f in concern.get("fields", []):
            path = f.get("path")
            if path and path not in fields and not path.startswith("crm."):
                fields[path] = {"path": path, "label": path.replace("_", " "), "value": f.get("value"),
                                "page": f.get("page"), "quote": f.get("quote"), "context": f.get("context"),
                                "candidates": f.get("candidates", [])}
    return {"reasons": review.get("reasons", []), "fields": list(fields.values()),
            "pages": [{"number": i, "text": text} for i, text in enumerate(pages, 1)]}
