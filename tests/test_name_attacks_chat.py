"""Who may decide, attacked through the chat: a blank speaker, a name policy.toml [people] does not list, the
requester's own name written differently, and a read-only (sales) person.

On real runs (the Acme example held for its Net 45 terms; a credit, a write-off and an invoice correction Pat
Billing asked for on Globex's and Initech's invoices), none of them approves or rejects anything through the chat's
approve and reject intents: the reply says why, every run keeps waiting with its actions unexecuted, no
"approved" or "rejected" event is written (only `decision_refused`), and the books are as they were. A blank
speaker is refused a session at all; a sales person cannot ask for a change either; whoever corrected a term
without a quote approves nothing that depends on it, under any spelling of their name.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from accrue.adapters.read_model import ReadModel
from accrue.core.errors import ApprovalError
from accrue.interfaces.chat.session import ChatSession
from accrue.interfaces.chat.tools import ChatTools, ToolError, handle_of
from accrue.workflow.service import RunService
from tests.conftest import example
from tests.pdfs import order_form_pdf, write
from tests.sales_policy import SALES, service_with_sales_person

REQUESTER = "Pat Billing"
UNKNOWN = "Mallory Outsider"
NOT_LISTED = f"{UNKNOWN} is not in policy.toml [people], so may not decide"
SALES_ROLE = "role 'sales' may not decide anything"


@pytest.fixture
def rt(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The demo's policy with a read-only sales person added to [people]."""
    yield from service_with_sales_person(tmp_path, monkeypatch)


@pytest.fixture
def held(rt: RunService) -> dict[str, str]:
    """Every kind of held action, by what it is: its handle (`RUN8/aN`)."""
    for slug in ("acme", "globex", "initech"):
        rt.start_contract_run(*example(slug))
    pat = ChatTools(rt, REQUESTER)
    pat.call("propose_credit_note", {"invoice": "INV-0001", "amount": "500.00", "reason": "SLA breach"})
    pat.call("propose_write_off", {"invoice": "INV-0001", "amount": "100.00", "reason": "uncollectable"})
    pat.call("propose_invoice_change", {"invoice": "INV-0002", "new_amount": "17000.00", "reason": "wrong seats"})
    found: dict[str, str] = {}
    for view in rt.pending():
        for a in view.actions:
            if a["needs_approval"] and a["status"] == "proposed":
                found.setdefault(_kind(rt, view.run_id, a), handle_of(view.run_id, a["id"]))
    assert set(found) == {"contract_invoice", "credit", "write_off", "invoice_change"}, found
    return found


def _kind(rt: RunService, run_id: str, action: dict[str, Any]) -> str:
    """What a held action is, as this test names it."""
    view = rt.view(run_id)
    if action["type"] == "create_invoice" and action.get("requested_by") is None:
        return "contract_invoice"
    if action["type"] == "write_off":
        return "write_off"
    types = {a["type"] for a in view.actions}
    return "invoice_change" if "create_invoice" in types else "credit"


def _snapshot(rt: RunService) -> tuple[dict[str, Any], dict[str, Any]]:
    """Each waiting run's status and action statuses, and the books."""
    runs = {v.run_id: (v.status, {a["id"]: a["status"] for a in v.actions}) for v in rt.runs()}
    return runs, ReadModel(rt.engine).books_json()


def _decision_events(rt: RunService) -> list[tuple[str, str]]:
    """Every event that records a decision taking effect, on every run."""
    return [(v.run_id, e["event"]) for v in rt.runs() for e in rt.audit(v.run_id)
            if e["event"] in ("approved", "rejected", "modified")]


def _refusals(rt: RunService) -> list[tuple[str, str]]:
    return [(e["actor"], e["detail"]["reason"]) for v in rt.runs() for e in rt.audit(v.run_id)
            if e["event"] == "decision_refused"]


@pytest.mark.parametrize("speaker", ["", "   ", "\u200b", "\u00a0\u200d\t"])
def test_a_blank_speaker_gets_no_session(rt: RunService, held: dict[str, str], speaker: str) -> None:
    before = _snapshot(rt)
    with pytest.raises(ToolError, match="a chat needs a speaker: pass --as NAME"):
        ChatSession(rt, speaker)
    assert _snapshot(rt) == before and _decision_events(rt) == []


@pytest.mark.parametrize(("speaker", "why"), [
    (UNKNOWN, NOT_LISTED),
    ("Dana Controler", "Dana Controler is not in policy.toml [people], so may not decide"),  # one letter off
    ("Pat\u200bBilling", r"'Pat\u200bBilling' is not in policy.toml [people]"),  # no space left: PatBilling
    (SALES, SALES_ROLE),
    ("riley  SALES", SALES_ROLE),
])
def test_an_unlisted_or_read_only_person_approves_and_rejects_nothing(rt: RunService, held: dict[str, str],
                                                                      speaker: str, why: str) -> None:
    before = _snapshot(rt)
    chat = ChatSession(rt, speaker)
    for what, handle in held.items():
        for line in (f"/approve {handle}", f"/reject {handle} not needed"):
            reply = chat.handle(line).text
            assert reply.startswith("Can't do that: ") and why in reply, (what, line, reply)
    plain = chat.handle("approve the Acme invoice").text
    assert plain.startswith("Can't do that: ") and why in plain, plain
    assert _snapshot(rt) == before
    assert all(status == "waiting_approval" for status, _ in before[0].values() if status != "completed")
    assert _decision_events(rt) == []
    refusals = _refusals(rt)
    assert len(refusals) == 2 * len(held) + 1 and all(why in reason for _, reason in refusals), refusals


@pytest.mark.parametrize("speaker", ["Pat  Billing", "Pat\u00a0Billing", "Pat\u200b Billing", "PAT billing",
                                     "\u2002Pat Billing\u200c", "Ｐａｔ Ｂｉｌｌｉｎｇ"])
def test_the_requester_under_another_spelling_approves_none_of_their_requests(
        rt: RunService, held: dict[str, str], speaker: str) -> None:
    before = _snapshot(rt)
    chat = ChatSession(rt, speaker)
    assert chat.speaker == REQUESTER  # the session knows who this is
    for what in ("credit", "write_off", "invoice_change"):
        reply = chat.handle(f"/approve {held[what]}").text
        action_id = held[what].split("/")[1]
        assert reply == (f"Can't do that: {REQUESTER} requested {action_id} and cannot approve their own "
                         "request"), (what, reply)
    assert _snapshot(rt) == before and _decision_events(rt) == []
    assert [who for who, _ in _refusals(rt)] == [REQUESTER] * 3


def test_a_sales_person_cannot_ask_for_a_change_either(rt: RunService, held: dict[str, str]) -> None:
    before = _snapshot(rt)
    chat = ChatSession(rt, SALES)
    refused = f"{SALES} (sales) can read the books and the runs but not request changes; ask someone in finance"
    for line in ("credit 50 on INV-0001, reason goodwill", "write off 5 on INV-0001, reason rounding",
                 "change INV-0002 to 1000, reason wrong seats", "/correct Acme payment_terms_days=30"):
        reply = chat.handle(line).text
        assert refused in reply, (line, reply)
    assert _snapshot(rt) == before and _decision_events(rt) == []


def test_the_same_held_actions_go_through_for_a_listed_controller(rt: RunService, held: dict[str, str]) -> None:
    """The refusals above are about who decides: Dana Controller, who asked for nothing, approves them all."""
    chat = ChatSession(rt, "Dana Controller")
    for handle in held.values():
        assert chat.handle(f"/approve {handle}").text.startswith("Approved"), handle
    credited = ReadModel(rt.engine).invoice("INV-0001")
    assert credited is not None and credited.amount_credited == Decimal("500.00")


@pytest.mark.parametrize(("speaker", "why"), [
    (UNKNOWN, NOT_LISTED),
    (SALES, f"{SALES} does not hold the role 'controller'"),
    ("Fran  Finance", "Fran Finance does not hold the role 'controller'"),
])
def test_nobody_signs_in_to_a_role_policy_does_not_give_them(rt: RunService, held: dict[str, str], speaker: str,
                                                             why: str) -> None:
    before = _snapshot(rt)
    with pytest.raises(ApprovalError, match=re.escape(why)):
        ChatSession(rt, speaker, "controller")
    assert _snapshot(rt) == before and _decision_events(rt) == []


def held_for_review(rt: RunService, folder: Path) -> str:
    """A run waiting for review because Umbrella Corp's form names no service start date: its id."""
    form = {"Customer": "Umbrella Corp", "Go-live": "1 March 2026", "Term": "12 months", "Currency": "USD",
            "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"}
    pdf = write(folder / "umbrella.pdf", order_form_pdf(form, ["Platform (SKU P-1): 10 x USD 1,200.00 per year"]))
    deal = folder / "deal.json"
    deal.write_text(json.dumps({"deal_id": "D-UMB-1", "deal_name": "Umbrella", "stage": "Closed Won",
                                "account_name": "Umbrella Corp", "close_date": "2026-02-20", "currency": "USD",
                                "amount": "12000.00"}))
    view = rt.start_contract_run(pdf, deal)
    assert view.status == "needs_review"
    return view.run_id


@pytest.mark.parametrize("speaker", ["Pat Billing", "Pat  Billing", "Pat\u00a0Billing", "Pat\u200b Billing",
                                     "pat BILLING"])
def test_whoever_entered_a_correction_approves_nothing_that_depends_on_it(rt: RunService, tmp_path: Path,
                                                                          speaker: str) -> None:
    """Pat supplies the start date the reader missed, in chat, without a quote: the invoice that depends on it waits
    for someone else, and Pat under any spelling of the name, a stranger and a sales person are all refused."""
    run_id = held_for_review(rt, tmp_path)
    assert "Corrected Umbrella Corp's run" in ChatSession(rt, REQUESTER).handle(
        "Umbrella Corp's service starts on 1 March 2026").text
    before = _snapshot(rt)
    assert before[0][run_id][0] == "waiting_approval"
    for who, why in ((speaker, f"{REQUESTER} entered service_start_date, which "),
                     (UNKNOWN, NOT_LISTED), (SALES, SALES_ROLE)):
        reply = ChatSession(rt, who).handle(f"/approve {run_id[:8]}").text
        assert reply.startswith("Can't do that: ") and why in reply, (who, reply)
    assert _snapshot(rt) == before and _decision_events(rt) == []
