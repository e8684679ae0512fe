"""What a person sees of every action type, captured from a real terminal session (evals/screenshots.py) and the
inbox page: no raw dicts, reprs, `None`, field names or ids where a name belongs; amounts with their currency;
nothing wider than 80 columns."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from accrue.core.actions import ACTION_TYPES
from accrue.interfaces.describe import TITLES
from evals import screenshots

HOW = "tmux" if shutil.which("tmux") else "pty"
FIELD_NAMES = sorted({f for cls in ACTION_TYPES.values() for f in cls.model_fields if "_" in f})
LEAKS = re.compile(r"\bNone\b|\{'|\[\{|\[\]|\b[a-z_]+=\w|Decimal\(|datetime\.|<[A-Z]\w+ object"
                   r"|\bcus-[a-z0-9-]+|\binv-[0-9a-f]{8,}|\b(?:" + "|".join(FIELD_NAMES) + r")\b")
AMOUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*\.\d{2,3}\b")
CURRENCY = re.compile(r"\b[A-Z]{3} -?$")


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> screenshots.Shots:
    return screenshots.take(tmp_path_factory.mktemp("screenshots"), HOW, photos=False)


def _terminal(shots: screenshots.Shots) -> dict[str, str]:
    return {name: path.read_text() for name, path in shots.texts.items() if name.startswith("terminal-")}


def _action_blocks(text: str) -> str:
    """The 'Proposed actions' part of a run's view: one sentence per action, its reasons and tables."""
    blocks = re.findall(r"^Proposed actions\n(.*?)(?=^Waiting for approval|^Needs review|^Run |\Z)", text,
                        flags=re.S | re.M)
    return "\n".join(blocks)


def test_the_runs_propose_every_action_type_and_the_terminal_shows_each(shots: screenshots.Shots) -> None:
    shown = "\n".join(_terminal(shots).values())
    for action_type, title in TITLES.items():
        assert re.search(rf"^a\d+\s+{re.escape(title)}\s", shown, flags=re.M), (action_type, title)
    pending = shots.texts["terminal-pending"].read_text()
    assert all(run in pending for name, run in shots.runs.items()
               if name in {"credit-use", "acme-contract", "payments"})  # the three runs waiting for a person


def test_no_dicts_reprs_none_field_names_or_ids_on_screen(shots: screenshots.Shots) -> None:
    for name, text in {**_terminal(shots), "inbox": shots.texts["inbox"].read_text()}.items():
        for line in text.splitlines():
            if line.lstrip().startswith(("accrue ", "Correct a term:", "Accept as it is:", "Reject the run:")):
                continue  # the commands to type, with their placeholders
            assert not LEAKS.search(line), (name, line)


def test_every_amount_in_an_action_carries_its_currency(shots: screenshots.Shots) -> None:
    for name, text in _terminal(shots).items():
        flat = " ".join(_action_blocks(text).split())
        for m in AMOUNT.finditer(flat):
            before, after = flat[max(0, m.start() - 4):m.start()], flat[m.end():m.end() + 4]
            assert CURRENCY.search(before) or re.match(r" [A-Z]{3}\b", after), (name, flat[m.start() - 60:m.end()
                                                                                       + 20])


def test_the_terminal_fits_80_columns(shots: screenshots.Shots) -> None:
    for name, text in _terminal(shots).items():
        wide = [line for line in text.splitlines() if len(line) > screenshots.WIDTH]
        assert not wide, (name, wide)


def test_actions_read_as_sentences_with_names(shots: screenshots.Shots) -> None:
    flat = {name: " ".join(_action_blocks(text).split()) for name, text in _terminal(shots).items()}
    assert "Apply the credit balance of Initech LLC: USD 400.00 to INV-0105." in flat["terminal-show-credit-use"]
    assert "USD 400.00 of Initech LLC's credit balance now matches INV-0105" in flat["terminal-show-credit-use"]
    assert ("Ask collections to chase USD 300.00 open on INV-0107: short payment P-3002 (USD 600.00) left "
            "USD 300.00 open on INV-0107.") in flat["terminal-show-credit-use"]
    assert "Write off EUR 2.50 on INV-0201" in flat["terminal-show-payments"]
    assert ("Post a journal entry of USD 1,528.77 dated 2026-03-31: Revenue recognition 2026-03."
            in flat["terminal-show-close"])
    assert "Close the books for 2026-03" in flat["terminal-show-close"]
    assert "invoice amount: USD 24,000.00" in flat["terminal-show-acme-contract"]
    assert "Credit USD 400.00 on INV-0101" in flat["terminal-show-credit-note"]


def test_the_eval_report_page_was_written_and_reads_as_a_report(shots: screenshots.Shots) -> None:
    report = shots.texts["eval-report"].read_text()
    assert "custom-terms-net60" in report and "None" not in report.split()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the pseudo-terminal is used alone")
def test_a_pseudo_terminal_shows_what_tmux_shows(shots: screenshots.Shots) -> None:
    home = next(iter(shots.texts.values())).parent / "home"
    command = [sys.executable, "-m", "accrue", "show", shots.runs["close"]]
    env = screenshots.accrue_env(home)
    assert screenshots.terminal_text(command, env, home.parent, "pty") == \
        screenshots.terminal_text(command, env, home.parent, "tmux")


def test_the_capture_folder_holds_a_text_file_per_view(shots: screenshots.Shots) -> None:
    assert {p.name for p in shots.texts.values()} >= {"terminal-pending.txt", "inbox.txt", "eval-report.txt"}
    assert all(isinstance(p, Path) and p.stat().st_size > 0 for p in shots.texts.values())
