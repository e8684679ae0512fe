"""`accrue serve` (webhooks + approval inbox), `accrue watch DIR` (folder trigger), and their credentials.

`approver-token` and `webhook-secret` print new credentials and the accrue.toml lines that
hold them, so setting up the service needs no other tool. See docs/service.md.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from pathlib import Path
from typing import Annotated

import typer

from accrue.adapters.policy_file import load_policy
from accrue.core.approval import approver_named
from accrue.core.errors import AccrueError
from accrue.core.token_hash import hash_token
from accrue.interfaces.cli.common import JsonOpt, console, dump, err, fail, run_service, run_service_factory
from accrue.interfaces.server.config import new_token
from accrue.interfaces.server.lock import WriterLock
from accrue.interfaces.server.signing import new_secret
from accrue.interfaces.server.watch import check_inbox, scan_once, waiting
from accrue.interfaces.server.watch import watch as watch_folder
from accrue.settings import load_settings


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(watch)
    app.command("approver-token")(approver_token)
    app.command("webhook-secret")(webhook_secret)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on; loopback unless behind a TLS proxy")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    watch_dir: Annotated[Path | None, typer.Option("--watch", help="Also run the folder trigger on DIR")] = None,
) -> None:
    """Run the service: signed webhooks start runs; approvers decide in the inbox at http://HOST:PORT/."""
    # here, not at the top: the web stack is heavy and `accrue --help` starts fast
    import uvicorn

    from accrue.interfaces.server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        inbox = check_inbox(watch_dir) if watch_dir is not None else None
        # a clear error before uvicorn starts
        WriterLock(settings.ensure_home(), "accrue serve", settings.database_url).acquire().release()
        app = create_app(settings, settings.server, watch_dir=inbox, run_service_factory=run_service_factory())
    except AccrueError as exc:
        fail(exc)
    if not _is_loopback(host):
        err.print(f"[yellow]warning:[/] listening on {host}: put the service behind TLS; tokens and documents "
                  "travel in these requests")
    console.print(f"accrue service on http://{host}:{port}/ (data in {settings.home}); API docs at /docs",
                  highlight=False, markup=False, soft_wrap=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


def watch(
    inbox: Annotated[Path, typer.Argument(help="Folder where signed order forms (X.pdf + X.json deal) arrive")],
    once: Annotated[bool, typer.Option("--once", help="Process what is there now, then exit")] = False,
    interval: Annotated[float, typer.Option(help="Seconds between looks at the folder")] = 2.0,
    as_json: JsonOpt = False,
) -> None:
    """Folder trigger: each X.pdf with its deal X.json starts a run, then moves to processed/ or failed/."""
    try:
        folder = check_inbox(inbox)
        settings = load_settings()
        lock = WriterLock(settings.ensure_home(), "accrue watch", settings.database_url)
        with lock, run_service(settings=settings) as rt:
            if once:
                results = scan_once(rt, folder, min_age=0)
            else:
                console.print(f"Watching {folder} for X.pdf + X.json pairs (Ctrl-C to stop)", markup=False)
                try:
                    watch_folder(rt, folder, interval=interval,
                                 report=lambda line: console.print(line, highlight=False, markup=False,
                                                                   soft_wrap=True))
                except KeyboardInterrupt:
                    return
                return
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump([{"file": r.name, "outcome": r.outcome, "run_id": r.run_id, "status": r.status, "error": r.error,
               "moved_to": str(r.moved_to)} for r in results])
    else:
        for r in results:  # file names and errors are data, never markup
            console.print(r.line(), highlight=False, markup=False, soft_wrap=True)
        for pdf in waiting(folder):
            console.print(f"{pdf.name}: waiting for {pdf.with_suffix('.json').name} (the CRM deal) beside it",
                          highlight=False, markup=False, soft_wrap=True)
        if not results:
            console.print("Nothing to process.")
    if any(r.outcome == "failed" for r in results):
        raise typer.Exit(1)


def approver_token(
    name: Annotated[str, typer.Argument(help="The person, as policy.toml [people] lists them with their roles")],
) -> None:
    """Create a sign-in token for one person; prints the token (give it to them) and the accrue.toml lines.

    What they may decide comes from their roles in policy.toml [people], the one list of who holds which role.
    """
    try:
        listed = approver_named(name, load_policy(load_settings().policy_file))
    except AccrueError as exc:
        fail(exc)
    token = new_token()
    console.print(f"Token for {name} (give it to them; it is not stored anywhere):\n  {token}\n", highlight=False,
                  markup=False, soft_wrap=True)
    console.print("Add to accrue.toml:", highlight=False)
    console.print(f'[[server.approvers]]\nname = {json.dumps(listed.name if listed else name)}\n'
                  f'token_hash = "{hash_token(token)}"', highlight=False, markup=False, soft_wrap=True)
    if listed is None:
        err.print(f"note: {name} is not in policy.toml [people]: they may sign in and read, not decide, until "
                  "you list them there with their roles", highlight=False, markup=False, soft_wrap=True)


def webhook_secret() -> None:
    """Create a webhook signing secret; give it to the sender and set it as ACCRUE_WEBHOOK_SECRET."""
    secret = new_secret()
    console.print(secret, highlight=False, markup=False, soft_wrap=True)
    err.print("Set it on the server (ACCRUE_WEBHOOK_SECRET, or webhook_secret under [server] in accrue.toml) "
              "and in the sender's webhook settings.", markup=False, highlight=False, soft_wrap=True)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
