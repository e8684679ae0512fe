"""`accrue chat`: the interactive session for finance staff, over the same runs, books and policy."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from accrue.core.errors import AccrueError
from accrue.interfaces.cli.common import console, fail, run_service
from accrue.interfaces.cli.signin import AsOpt, signed_in
from accrue.settings import load_settings


def register(app: typer.Typer) -> None:
    app.command()(chat)


def chat(
    speaker: AsOpt = None,
    role: Annotated[str | None, typer.Option(help="Which of your policy.toml roles to act in")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue your last conversation")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Use the offline parser even with ANTHROPIC_API_KEY")]
    = False,
    model: Annotated[str | None, typer.Option(help="Claude model (default from settings)")] = None,
) -> None:
    """Chat about contracts, invoices and approvals as the person ACCRUE_TOKEN signs in: Claude with
    ANTHROPIC_API_KEY, an offline parser without."""
    # here, not at the top: the chat stack is heavy and `accrue --help` starts fast
    from accrue.interfaces.chat.claude_agent import ClaudeResponder
    from accrue.interfaces.chat.repl import Terminal, run_repl
    from accrue.interfaces.chat.session import ChatSession

    terminal = Terminal(console, sys.stdout)
    try:
        settings = load_settings(model=model)
        with run_service(settings=settings) as rt:
            session = ChatSession(rt, signed_in(rt, speaker), role, resume=resume, events=terminal.event)
            mode = "offline parser"
            if settings.anthropic_api_key and not offline:
                session.responder = ClaudeResponder.from_settings(session.tools, settings)
                mode = f"Claude {settings.model}"
            run_repl(session, terminal, history_file=settings.home / "chat_history", mode=mode)
    except AccrueError as exc:
        fail(exc)
