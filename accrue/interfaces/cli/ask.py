"""`accrue ask`: one chat turn from a script or a chat tool, through the same session logic as `accrue chat`.

The question is answered exactly as the interactive chat would answer it (same parser or model, same tools,
same speaker rules), so a Slack bot or a shell script can ask without holding a terminal open. `--json`
prints what a program needs: the intent read, the answer text, and each tool call with its result.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from accrue.core.errors import AccrueError
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail, run_service
from accrue.settings import load_settings


def register(app: typer.Typer) -> None:
    app.command()(ask)


def ask(
    question: Annotated[str, typer.Argument(help="What to ask, in plain words or a /command")],
    speaker: Annotated[str, typer.Option("--as", help="Your name: every decision and request is recorded as it")],
    role: Annotated[str | None, typer.Option(help="Which of your policy.toml roles to act in")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Use the offline parser even with ANTHROPIC_API_KEY")]
    = False,
    model: Annotated[str | None, typer.Option(help="Claude model (default from settings)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Ask one question (or make one request) and print the answer, as `accrue chat` would give it."""
    # here, not at the top: the chat stack is heavy and `accrue --help` starts fast
    from accrue.interfaces.chat.claude_agent import ClaudeResponder
    from accrue.interfaces.chat.session import ChatSession

    try:
        settings = load_settings(model=model)
        with run_service(settings=settings) as rt:
            session = ChatSession(rt, speaker, role)
            if settings.anthropic_api_key and not offline:
                session.responder = ClaudeResponder.from_settings(session.tools, settings)
            reply = session.handle(question)
    except AccrueError as exc:
        fail(exc)
    if not as_json:
        console.print(reply.text, markup=False, highlight=False, soft_wrap=True)
        return
    intent: dict[str, Any] | None = None
    if reply.intent is not None:
        intent = reply.intent.model_dump(mode="json", exclude_defaults=True, exclude={"text"})
    dump({"question": question, "speaker": session.speaker, "role": session.role,
          "responder": session.responder.name, "intent": intent, "answer": reply.text,
          "tool_calls": [c.model_dump(mode="json") for c in reply.calls]})
