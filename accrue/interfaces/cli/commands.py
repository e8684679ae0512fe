"""The table of `accrue`'s commands, and `accrue --help` printed from it alone.

Each command lives in a module of `accrue/interfaces/cli/` (its `register(app)` adds it); the table names
that module and the command's one-line help, in the order `accrue --help` lists them. `top_level_help`
lays the table out as click does, so `accrue --help` needs neither typer nor any command module (importing
them was most of what it cost; `accrue.interfaces.cli.entry`). A test keeps the table, the modules and
click's layout in agreement.
"""

from __future__ import annotations

import os
import sys

ABOUT = "accrue: contract-to-cash agent. Signed order form in, approved invoice out."

# name: (module in accrue.interfaces.cli, one-line help), in the order `accrue --help` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("runs", "One triggered run: extract, validate, plan, and execute or wait for approval."),
    "pending": ("runs", "Runs waiting for a person: held actions to decide, or terms to correct or confirm "
                        "(needs_review), with the reasons."),
    "runs": ("runs", "Every run, oldest first: id, kind, customer, status."),
    "show": ("runs", "One run in full: terms with citations, findings, actions and their status."),
    "approve": ("runs", "Approve pending actions as the person ACCRUE_TOKEN signs in, and resume the run from its "
                        "checkpoint."),
    "reject": ("runs", "Reject pending actions as the person ACCRUE_TOKEN signs in (they are never executed) and "
                       "resume the run."),
    "retry": ("runs", "Finish a run: resume it after a crash, re-run its failed actions, or plan a run held "
              "for the books again, once the cause is fixed."),
    "extract": ("runs", "Extract the contract's terms, each with its citation."),
    "audit": ("runs", "The audit trail of one run: what changed, where, from which source, who approved."),
    "books": ("books", "The local books: customers, invoices, journal entries; ERP export."),
    "eval": ("evals", "Run evaluation cases through the graph and score extraction, findings, actions and "
                      "approvals."),
    "chat": ("chat", "Chat about contracts, invoices and approvals as the person ACCRUE_TOKEN signs in: Claude with "
                     "ANTHROPIC_API_KEY, an offline parser without."),
    "ask": ("ask", "Ask one question (or make one request) and print the answer, as `accrue chat` would give it."),
    "report": ("report", "Operations measures: contract to first invoice, manual touches, corrections, leakage "
                         "caught, DSO, cash application, open exceptions, connector failures, approvals decided in "
                         "accrue; each with its records."),
    "serve": ("serve", "Run the service: signed webhooks start runs; approvers decide in the inbox at "
                       "http://HOST:PORT/."),
    "watch": ("serve", "Folder trigger: each X.pdf with its deal X.json starts a run, then moves to processed/ or "
                       "failed/."),
    "approver-token": ("serve", "Create a sign-in token for one person; prints the token (give it to them) and the "
                                "accrue.toml lines."),
    "webhook-secret": ("serve", "Create a webhook signing secret; give it to the sender and set it as "
                                "ACCRUE_WEBHOOK_SECRET."),
    "event": ("events", "Start a run from a billing event: usage, payments, a change request, an amendment."),
    "labels": ("labels", "Form labels learned from corrections: list them, or remove one."),
    "correct": ("review", "Correct or supply terms of a run waiting at needs_review; it validates and plans again."),
    "accept": ("review", "Accept the plan of a run at needs_review as it is; its actions go on to approval and "
                         "execution."),
    "reject-run": ("review", "Reject a run at needs_review: nothing executes, and it ends `rejected`."),
    "corrections": ("corrections", "Corrections people made to runs, as evaluation cases."),
    "people": ("people", "The people of policy.toml [people]: their sign-in tokens."),
    "bill": ("lifecycle", "Issue every scheduled invoice due up to a date across the active subscriptions (a bill "
                          "run)."),
    "close": ("lifecycle", "Post a month's revenue recognition, close it, and print the roll-forward and the trial "
                           "balance."),
    "dun": ("receivables", "Remind, propose late fees on and chase the invoices overdue on a day, as policy.toml "
                           "[dunning] says."),
    "refund": ("receivables", "Ask to pay back what a customer holds (credit balance, then overpayments); someone "
                              "else approves it."),
}



def top_level_help(program: str, width: int) -> str:
    """`accrue --help` as click prints it for the app at this width (click's `HelpFormatter.write_dl`)."""
    import textwrap

    lines = [*_usage(program, width), "", *_wrapped(ABOUT, width, "  "), "",
             "Options:", "  --help  Show this message and exit.", "", "Commands:"]
    first_col = min(max(map(len, COMMANDS)), 30) + 2
    wrapper = textwrap.TextWrapper(max(width - first_col - 2, 10), replace_whitespace=False)
    for name, (_, line) in COMMANDS.items():
        head, *rest = wrapper.wrap(line)
        lines.append(f"  {name:<{first_col}}{head}" if len(name) <= first_col - 2 else f"  {name}")
        if len(name) > first_col - 2:
            rest = [head, *rest]
        lines += [" " * (first_col + 2) + more for more in rest]
    return "\n".join(lines) + "\n"


def _usage(program: str, width: int) -> list[str]:
    """Click's usage line (`HelpFormatter.write_usage`): wrapped after the program's name, or under it when narrow."""
    prefix = f"Usage: {program} "
    if width >= len(prefix) + 20:
        return _wrapped("[OPTIONS] COMMAND [ARGS]...", width, prefix, " " * len(prefix))
    return [prefix, *_wrapped("[OPTIONS] COMMAND [ARGS]...", width, " " * 11)]


def _wrapped(text: str, width: int, indent: str, subsequent: str | None = None) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent if subsequent is None
                         else subsequent, replace_whitespace=False)


def program_name() -> str:
    """What click calls the program: `python -m accrue` when run as a module, else the script's name."""
    package = getattr(sys.modules["__main__"], "__package__", None)
    if not package:
        return os.path.basename(sys.argv[0])
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    return f"python -m {package if name == '__main__' else f'{package}.{name}'}"


def help_width() -> int:
    """Click's help width: the terminal's (COLUMNS first), at most 80, less 2, at least 50."""
    import shutil

    return max(min(shutil.get_terminal_size().columns, 80) - 2, 50)
