"""The terminal: a prompt_toolkit line editor with history, feeding a ChatSession and printing its replies.

Ctrl-C cancels the line being typed (or the answer being streamed) and keeps the session;
Ctrl-D or /quit leaves. Replies are printed as plain text, never as markup, so a contract
quote cannot style or rewrite the terminal. Without a terminal on stdin (a pipe), lines are
read plainly, one per line, which is how scripts drive it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from rich.console import Console

from accrue.interfaces.chat.replies import clean
from accrue.interfaces.chat.session import ChatSession

BANNER = ("accrue chat: {speaker} ({role}), {mode}. Ask about contracts, invoices and approvals; "
          "/help lists what I understand, /quit leaves.")


class Terminal:
    """Prints what the session produces: streamed text as it comes, tool calls dimmed, replies as plain text."""

    def __init__(self, console: Console, stream: TextIO):
        self.console = console
        self.stream = stream
        self._midline = False

    def event(self, kind: str, text: str) -> None:
        if kind == "text":
            self.stream.write(clean(text))
            self.stream.flush()
            self._midline = not text.endswith("\n")
            return
        self.end_line()
        style = "red" if kind == "tool_error" else "dim"
        prefix = "tool error: " if kind == "tool_error" else "· "
        self.console.print(prefix + clean(text), style=style, markup=False, highlight=False, soft_wrap=True)

    def end_line(self) -> None:
        if self._midline:
            self.stream.write("\n")
            self.stream.flush()
            self._midline = False

    def reply(self, text: str) -> None:
        self.end_line()
        if text:
            self.console.print(clean(text), markup=False, highlight=False, soft_wrap=True)


def _prompt_reader(history_file: Path, speaker: str) -> Callable[[], str]:
    # here, not at the top: only a terminal needs the line editor, and it is slow to import
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    session: PromptSession[str] = PromptSession(history=FileHistory(str(history_file)))
    label = f"{speaker}> "
    return lambda: session.prompt(label)


def _plain_reader(speaker: str) -> Callable[[], str]:
    def read() -> str:
        sys.stdout.write(f"{speaker}> ")
        sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    return read


def run_repl(session: ChatSession, terminal: Terminal, *, history_file: Path, mode: str) -> None:
    """Read lines until /quit or Ctrl-D; each line is answered before the next prompt."""
    terminal.reply(BANNER.format(speaker=session.speaker, role=session.tools.role_label, mode=mode))
    listed = session.tools.listed_roles
    if listed and listed[0] != session.role:
        terminal.reply(f"Note: you chose the role {session.role} with --role; the policy lists you as {listed[0]}. "
                       "Your decisions record the role you chose.")
    if session.resumed:
        past = session.history()
        terminal.reply(f"Resuming your conversation ({len(past)} messages so far).")
        last = [m for m in past if isinstance(m.get("content"), str)][-2:]
        for m in last:
            who = "you" if m["role"] == "user" else "accrue"
            terminal.reply(f"  {who}: {m['content'].splitlines()[0][:100]}")
    read = _prompt_reader(history_file, session.speaker) if sys.stdin.isatty() else _plain_reader(session.speaker)
    while True:
        try:
            line = read()
        except KeyboardInterrupt:
            continue
        except EOFError:
            terminal.reply("Bye.")
            return
        try:
            reply = session.handle(line)
        except KeyboardInterrupt:
            terminal.reply("(interrupted; nothing more was done for that line)")
            continue
        except Exception as exc:  # a bug must not end the person's session; say what failed and carry on
            terminal.reply(f"error: {type(exc).__name__}: {exc} (the session continues)")
            continue
        if reply.streamed:
            terminal.end_line()
        else:
            terminal.reply(reply.text)
        if reply.quit:
            return
