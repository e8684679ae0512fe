"""`accrue ask`: one chat turn from the command line, answering as the interactive chat does."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from accrue.adapters.database import get_engine
from accrue.interfaces.chat.session import ChatSession
from accrue.settings import load_settings
from tests.conftest import example, run_cli

CORPUS = Path(__file__).resolve().parent.parent / "evals" / "chat" / "lines.jsonl"
SPEAKERS = {"controller": "Dana Controller", "ar_clerk": "Sam Lee", "billing_specialist": "Pat Billing",
            "sales_ops": "Riley Sales"}


def _seed(home: Path) -> None:
    for slug in ("globex", "initech", "acme"):
        contract, deal = example(slug)
        run_cli("run", str(contract), "--deal", str(deal), home=home, check=True)


def test_ask_answers_every_corpus_line_as_the_chat_does(tmp_path: Path, monkeypatch) -> None:
    """Two identical books take the corpus in the same order: one through chat sessions, one through `ask`.

    The books are seeded once and copied, and each speaker signs in once, keeping their token as a person would."""
    from accrue.workflow.service import RunService

    lines = [json.loads(x) for x in CORPUS.read_text().splitlines() if x.strip()]
    chat_home, ask_home = tmp_path / "chat" / "home", tmp_path / "ask" / "home"
    chat_home.parent.mkdir()
    _seed(chat_home)
    monkeypatch.setenv("ACCRUE_HOME", str(chat_home))
    get_engine(load_settings().db_url).dispose()  # the database whole in its file before it is copied
    shutil.copytree(chat_home.parent, ask_home.parent)
    issued = {speaker: run_cli("people", "token", speaker, home=ask_home) for speaker in SPEAKERS.values()}
    sign_ins = {speaker: {"ACCRUE_TOKEN": proc.stdout.strip()} if proc.returncode == 0 else None
                for speaker, proc in issued.items()}  # someone policy.toml does not list has no token to use
    rt = RunService()
    sessions: dict[str, ChatSession] = {}
    try:
        for line in lines:
            speaker = SPEAKERS[line["role"]]
            session = sessions.setdefault(speaker, ChatSession(rt, speaker))
            in_chat = session.handle(line["text"]).text
            out = run_cli("ask", line["text"], "--as", speaker, "--json", home=ask_home,
                          env=sign_ins[speaker])
            assert out.returncode == 0, out.stderr
            assert json.loads(out.stdout)["answer"] == in_chat, line["text"]
    finally:
        rt.close()


def test_ask_json_names_the_intent_and_the_tools_it_used(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _seed(home)
    out = json.loads(run_cli("ask", "how many days does globex get to pay?", "--as", "Sam Lee", "--json",
                             home=home, check=True).stdout)
    assert out["intent"] == {"kind": "terms", "customer": "Globex GmbH", "fields": ["payment_terms_days"]}
    assert out["answer"].startswith("Globex GmbH's payment terms: Net 15.")
    [call] = out["tool_calls"]
    assert (call["name"], call["input"]) == ("show_terms", {"customer": "Globex GmbH",
                                                            "fields": ["payment_terms_days"]})
    assert call["result"]["values"][0]["display"] == "Net 15" and call["error"] is None
    plain = run_cli("ask", "wats the bal on globex", "--as", "Sam Lee", home=home, check=True).stdout
    assert plain.startswith("Globex GmbH owes EUR 3,000.00 on 1 open invoice(s):")
    failed = json.loads(run_cli("ask", "show me inv-2026-0404", "--as", "Sam Lee", "--json", home=home,
                                check=True).stdout)
    assert failed["answer"] == "There is no invoice INV-2026-0404 in the books."
