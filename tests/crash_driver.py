"""`accrue` with a fault injected, for the crash tests: `python tests/crash_driver.py FAULT ARG...`.

Runs the command line `accrue ARG...` through the same entry point as `accrue` itself
(`accrue.interfaces.cli.main.main`), except that every run service it builds carries FAULT:

- `kill-after-calls=N`: the process SIGKILLs itself right after the executor's Nth successful
  connector call, before that success is recorded (the worst moment to die);
- `kill-before-checkpoint=N`: it SIGKILLs itself just before the Nth checkpoint of the command is
  written (N=1: the run is recorded and nothing is checkpointed yet; later N: a node has done its
  work, audit rows included, and its checkpoint is lost);
- `kill-after-checkpoint=N`: right after the Nth checkpoint is written (between two nodes);
- `kill-at-call=N`: it SIGKILLs itself at the Nth Python function call after its run service is built,
  wherever that falls (inside a node's work, a database write, a checkpoint being written): with N drawn at
  random, a kill at a random moment that a given N repeats exactly;
- `count-calls`: no kill; on exit it prints to stderr how many calls `kill-at-call` would count, so a test can
  draw N from the whole run;
- `stall-before-run`: a run service never starts a run (the service's writer claims an event and
  stops there), so a test can kill the process between acknowledging an event and processing it.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from accrue.adapters.connectors.base import ExecutionResult
from accrue.core.actions import Action
from accrue.interfaces.cli.main import main
from accrue.workflow.service import RunService, RunView


def killing_after(calls: int) -> Callable[..., RunService]:
    done = 0

    def after_call(action: Action, result: ExecutionResult) -> None:
        nonlocal done
        done += 1
        if done >= calls:
            os.kill(os.getpid(), signal.SIGKILL)

    def build(*args: Any, **kw: Any) -> RunService:
        rt = RunService(*args, **kw)
        rt.executor.after_call = after_call
        return rt

    return build


def killing_at_checkpoint(nth: int, *, after: bool) -> Callable[..., RunService]:
    """Every checkpoint goes through the saver's `put`, so wrapping it reaches every boundary between nodes."""
    written = 0

    def build(*args: Any, **kw: Any) -> RunService:
        rt = RunService(*args, **kw)
        put = rt.checkpointer.put

        def put_then_maybe_die(*a: Any, **k: Any) -> Any:
            nonlocal written
            written += 1
            if written == nth and not after:
                os.kill(os.getpid(), signal.SIGKILL)
            saved = put(*a, **k)
            if written == nth:
                os.kill(os.getpid(), signal.SIGKILL)
            return saved

        rt.checkpointer.put = put_then_maybe_die  # type: ignore[method-assign]
        return rt

    return build


def counting_calls(kill_at: int | None) -> Callable[..., RunService]:
    """Counts every Python call in every thread once the run service exists; SIGKILLs at call `kill_at`."""
    calls = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1
            if calls == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    def build(*args: Any, **kw: Any) -> RunService:
        rt = RunService(*args, **kw)
        if kill_at is None:
            atexit.register(lambda: print(f"calls: {calls}", file=sys.stderr))
        threading.setprofile(profile)
        sys.setprofile(profile)
        return rt

    return build


class StalledRunService(RunService):
    """Starts no run: the caller waits until the process is killed."""

    def start_run(self, kind: str, inputs: dict[str, str | Path]) -> RunView:
        threading.Event().wait()
        raise AssertionError("unreachable: the test kills the process")


def factory_for(fault: str) -> Callable[..., RunService]:
    name, _, value = fault.partition("=")
    if name == "kill-after-calls":
        return killing_after(int(value))
    if name in ("kill-before-checkpoint", "kill-after-checkpoint"):
        return killing_at_checkpoint(int(value), after=name == "kill-after-checkpoint")
    if name == "kill-at-call":
        return counting_calls(int(value))
    if name == "count-calls":
        return counting_calls(None)
    if name == "stall-before-run":
        return StalledRunService
    raise SystemExit(f"crash_driver: unknown fault {fault!r}; use kill-after-calls=N, kill-before-checkpoint=N, "
                     "kill-after-checkpoint=N, kill-at-call=N, count-calls or stall-before-run")


if __name__ == "__main__":
    main(sys.argv[2:], run_service_factory=factory_for(sys.argv[1]))
