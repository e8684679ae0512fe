"""The chat session: slash commands, plain-language acts, and the conversation kept as a LangGraph thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from accrue.interfaces.chat.session import ChatSession
from tests.conftest import EXAMPLES, example


@pytest.fixture
def demo(runtime):
    for slug in ("globex", "initech"):
        runtime.start_contract_run(*example(slug))
    return runtime


def test_run_from_chat_then_reject_with_a_reason(demo, tmp_path: Path) -> None:
    chat = ChatSession(demo, "Dana Controller")
    out = chat.handle(f"/run {EXAMPLES / 'acme' / 'order-form.pdf'} --deal {EXAMPLES / 'acme' / 'deal.json'}").text
    assert "waiting approval" in out and "payment terms Net 45 are outside" in out
    [run] = demo.pending()
    handle = f"{run.run_id[:8]}/a2"
    assert f"/approve {handle}" in out

    assert "needs a reason" in chat.handle(f"/reject {handle}").text
    out = chat.handle(f"/reject {handle} Net 45 was never agreed").text
    assert out.startswith("Rejected a2") and demo.view(run.run_id).status == "completed"
    decision = demo.view(run.run_id).decisions[0]
    assert (decision["decision"], decision["by"], decision["reason"]) == ("reject", "Dana Controller",
                                                                          "Net 45 was never agreed")
    again = chat.handle(f"/run {EXAMPLES / 'acme' / 'order-form.pdf'} --deal {EXAMPLES / 'acme' / 'deal.json'}")
    assert "already processed" in again.text


def test_bad_input_gets_a_plain_answer_and_changes_nothing(demo) -> None:
    chat = ChatSession(demo, "Pat Billing", "billing_specialist")
    assert "missing.pdf" in chat.handle("/run missing.pdf").text
    assert "Unknown command /frob" in chat.handle("/frob").text
    assert "Nothing is waiting" in chat.handle("/pending").text
    assert "nothing" in chat.handle("/approve 0000000/a1").text.lower()
    assert "Say how much" in chat.handle("credit on INV-0001, reason goodwill").text
    assert "no invoice INV-0404" in chat.handle("credit 5 on INV-0404, reason goodwill").text
    assert demo.pending() == []


def test_session_commands_are_not_recorded_and_the_rest_is(demo) -> None:
    chat = ChatSession(demo, "Pat Billing")
    assert "/approve ID" in chat.handle("/help").text
    assert "Offline" in chat.handle("/cost").text
    assert chat.handle("/quit").quit
    assert chat.history() == []
    chat.handle("what does Globex owe?")
    assert [m["role"] for m in chat.history()] == ["user", "assistant"]
    assert "EUR 3,000.00" in chat.history()[-1]["content"]

    resumed = ChatSession(demo, "pat billing", resume=True)
    assert resumed.resumed and resumed.thread_id == chat.thread_id
    fresh = ChatSession(demo, "Pat Billing")
    assert fresh.thread_id != chat.thread_id and fresh.history() == []


def test_contract_text_cannot_drive_the_terminal() -> None:
    from accrue.interfaces.chat.replies import clean

    assert clean("Net 45\x1b[2J\x1b[31m [bold]red[/bold]\x07\x1b]0;pwned\x07") == "Net 45 [bold]red[/bold]"
    assert clean("line one\nline\ttwo") == "line one\nline\ttwo"


def test_answers_carry_currency_and_their_source_and_say_what_they_cannot_do(demo) -> None:
    chat = ChatSession(demo, "Sam Lee")
    owed = chat.handle("wats the bal on globex").text
    assert "EUR 3,000.00" in owed and "Source: the open invoices in the books" in owed
    late = chat.handle("which invoices are past due?").text
    assert late.startswith(("Nothing overdue", "1 invoice(s) overdue", "2 invoice(s) overdue")) and "Source:" in late
    value = chat.handle("what's the total value of the globex contract").text
    assert "EUR " in value and "Source:" in value
    lost = chat.handle("what's the weather in berlin").text
    assert lost.startswith("I did not understand that. I can:") and "/help" in lost
    assert "There is no invoice INV-2026-0404 in the books." in chat.handle("show me inv-2026-0404").text


def test_what_it_cannot_do_is_said_plainly_with_what_it_can(demo) -> None:
    chat = ChatSession(demo, "Sam Lee")
    mail = chat.handle("email the overdue list to the collections team").text
    assert mail.startswith("I can't answer that offline: sending mail") and "I can: show a customer's" in mail
    about = chat.handle("can globex do the hokey cokey tonight").text
    assert about.startswith("I did not understand what you want about Globex GmbH. I can:")


def test_money_back_for_a_customer_holding_nothing_says_to_ask_for_a_credit_note(demo) -> None:
    chat = ChatSession(demo, "Pat Billing")
    runs_before = len(demo.runs())
    out = chat.handle("refund initech 100 usd, they paid twice").text
    assert out.startswith("Can't do that: Initech LLC holds no credit balance or overpayment to pay back")
    assert "ask for a credit note on it" in out and len(demo.runs()) == runs_before
