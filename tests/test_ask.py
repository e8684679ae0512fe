"""`accrue ask`: one chat turn from the command line, answering as the interactive chat does."""

from __future__ import annotations

import json
from pathlib import Path

from accrue.interfaces.chat.session import ChatSession
from tests.conftest import example, run_cli

CORPUS = Path(__file__).resolve().parent.parent / "evals" / "chat" / "lines.jsonl"
SPEAKERS = {"controller": "Dana Controller", "ar_clerk": "Sam Lee", "billing_specialist": "Pat Billing",
            "sales_ops": "Riley Sales"}


def _seed(home: Path) -> None:
    for slug in ("globex", "initech", "acme"):
        contract, deal = example(slug)
        run_cli("run", str(contract), "--deal", str(deal), home=home, check=True)


def test_ask_answers_every_corpus_line_as_the_chat_does(tmp_path: Path, monkeypatch) -> None:
    """Two identical books take the corpus in the same order: one through chat sessions, one through `ask`."""
    from accrue.workflow.service import RunService

    lines = [json.loads(x) for x in CORPUS.read_text().splitlines() if x.strip()]
    chat_home, ask_home = tmp_path / "chat" / "home", tmp_path / "ask" / "home"
    for home in (chat_home, ask_home):
        home.parent.mkdir()
        _seed(home)
    monkeypatch.setenv("ACCRUE_HOME", str(chat_home))
    rt = RunService()
    sessions: dict[str, ChatSession] = {}
    try:
        for line in lines:
            speaker = SPEAKERS[line["role"]]
            session = sessions.setdefault(speaker, ChatSession(rt, speaker))
            in_chat = session.handle(line["text"]).text
            out = run_cli("ask", line["text"], "--as", speaker, "--json", home=ask_home)
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
