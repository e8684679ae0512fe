"""The chat tools over real runs of the bundled examples, real SQLite books and the real policy."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import select

from accrue.adapters.books import BooksCreditNote, BooksInvoice, BooksWriteOff
from accrue.adapters.store import RunRecord
from accrue.core.errors import ApprovalError
from accrue.core.requests import ChangeRequest
from accrue.interfaces.chat.requests import write_request
from accrue.interfaces.chat.schemas import (
    CreditArgs,
    ExplainArgs,
    PendingArgs,
    RefundArgs,
    ScheduleArgs,
    TermsArgs,
    WriteOffArgs,
)
from accrue.interfaces.chat.tools import TOOL_SPECS, ChatTools, ToolError, anthropic_tool_defs
from accrue.workflow.service import run_id_for
from tests.conftest import EXAMPLES, example


@pytest.fixture
def demo(runtime):
    """The three example contracts run in this test's data folder: Globex and Initech complete (INV-0001,
    INV-0002), Acme waits for approval because of its Net 45 payment terms."""
    for slug in ("acme", "globex", "initech"):
        runtime.start_contract_run(*example(slug))
    return runtime


def _initech_holds_400(rt) -> None:
    """The bundled change request credits USD 400.00 on a paid Initech invoice: Initech then holds that credit."""
    folder = EXAMPLES / "events" / "change-request"
    view = rt.start_run("change_request", {"request": folder / "request.json", "books": folder / "books.json"})
    rt.decide(view.run_id, approve=[a["id"] for a in view.actions if a["needs_approval"]], by="Fran Finance",
              role=None)


def _invoice(rt, number: str) -> BooksInvoice:
    with rt.session() as s:
        return s.exec(select(BooksInvoice).where(BooksInvoice.number == number)).one()


def test_terms_come_with_page_and_verbatim_quote(demo) -> None:
    result = ChatTools(demo, "Pat Billing").show_terms(TermsArgs(customer="acme", fields=["payment_terms_days"]))
    [value] = result.values
    assert (result.customer, value.value, value.display) == ("Acme Corporation", 45, "Net 45")
    assert (value.page, value.quote) == (1, "Payment Terms: Net 45")


def test_unknown_and_ambiguous_customers_are_tool_errors(demo) -> None:
    tools = ChatTools(demo, "Pat Billing")
    with pytest.raises(ToolError, match="no customer matches 'Umbrella'.*Acme Corporation"):
        tools.show_terms(TermsArgs(customer="Umbrella"))
    with pytest.raises(ToolError, match="unknown terms field"):
        tools.show_terms(TermsArgs(customer="acme", fields=["colour"]))


def test_pending_shows_the_policy_reasons_and_who_may_decide(demo) -> None:
    pending = ChatTools(demo, "Pat Billing", "billing_specialist").pending_approvals(PendingArgs())
    [item] = pending.items
    assert (item.type, item.customer) == ("create_invoice", "Acme Corporation")
    assert item.reasons == ["payment terms Net 45 are outside the allowed Net 0, 15 or 30 days"]
    assert item.handle.endswith("/a2") and item.you_may_decide


def test_pending_narrowed_to_a_customer_or_an_invoice_lists_only_theirs(demo) -> None:
    tools = ChatTools(demo, "Dana Controller")
    assert [i.customer for i in tools.pending_approvals(PendingArgs(customer="acme corp")).items] == [
        "Acme Corporation"]
    globex = tools.pending_approvals(PendingArgs(customer="globex"))
    assert (globex.items, globex.about) == ([], "Globex GmbH")
    assert tools.pending_approvals(PendingArgs(invoice="INV-0001")).items == []  # Globex's invoice: nothing held
    with pytest.raises(ToolError, match="no invoice INV-2026-0042 in the books"):
        tools.pending_approvals(PendingArgs(invoice="INV-2026-0042"))


def test_explain_points_the_reason_at_its_source(demo) -> None:
    result = ChatTools(demo, "Pat Billing").explain_run(ExplainArgs(run="Acme"))
    assert result.status == "waiting_approval"
    assert result.citations["payment_terms_days"].quote == "Payment Terms: Net 45"
    assert [e.event for e in result.audit][0] == "run_started"


def test_schedule_lists_issued_and_planned_invoices(demo) -> None:
    result = ChatTools(demo, "Pat Billing").billing_schedule(ScheduleArgs(customer="Globex"))
    issued = [e for e in result.entries if e.status == "issued"]
    assert [(e.invoice_number, e.amount) for e in issued] == [("INV-0001", Decimal("3000.00"))]
    assert len([e for e in result.entries if not e.renewal]) == 4  # quarterly over a 12-month term
    [renewal] = [e for e in result.entries if e.renewal]  # then the first quarter of the term it renews into
    assert (renewal.invoice_date, renewal.period_end, renewal.status) == (date(2027, 4, 1), date(2027, 6, 30),
                                                                          "planned")
    assert all(e.amount == Decimal("3000.00") and e.currency == "EUR" for e in result.entries)


def test_a_credit_is_queued_not_executed_and_the_requester_cannot_approve_it(demo) -> None:
    dana = ChatTools(demo, "Dana Controller")
    proposal = dana.propose_credit_note(CreditArgs(invoice="INV-0001", amount=Decimal("500"), reason="SLA breach"))
    [queued] = [q for q in proposal.queued if q.type == "create_credit_note"]
    assert proposal.status == "waiting_approval"
    assert (queued.requested_by, queued.you_may_decide) == ("Dana Controller", False)
    assert "credit notes always need approval" in queued.reasons
    assert _invoice(demo, "INV-0001").amount_credited == 0

    with pytest.raises(ApprovalError, match="cannot approve their own request"):
        dana.decide(queued.handle, approve=True)
    assert _invoice(demo, "INV-0001").amount_credited == 0

    result = ChatTools(demo, "Sam Lee", "controller").decide(queued.handle, approve=True)
    assert result.status == "completed" and queued.action_id in result.executed
    assert _invoice(demo, "INV-0001").balance == Decimal("2500.00")
    with demo.session() as s:
        assert [n.amount for n in s.exec(select(BooksCreditNote))] == [Decimal("500.00")]


def test_a_write_off_needs_a_controller(demo) -> None:
    proposal = ChatTools(demo, "Pat Billing", "billing_specialist").call(
        "propose_write_off", {"invoice": "INV-0002", "amount": "100.00", "reason": "uncollectable"})
    handle = proposal.queued[0].handle  # type: ignore[attr-defined]
    with pytest.raises(ApprovalError, match="may not approve write-offs"):
        ChatTools(demo, "Fran Finance", "finance").decide(handle, approve=True)
    ChatTools(demo, "Dana Controller").decide(handle, approve=True)
    with demo.session() as s:
        assert [w.amount for w in s.exec(select(BooksWriteOff))] == [Decimal("100.00")]


def test_a_write_off_cut_off_before_its_first_checkpoint_is_planned_when_asked_again(demo) -> None:
    """A process that died right after recording the request's run left a run record and no checkpoint:
    asking again plans that run, instead of answering with an empty 'already requested' run."""
    request = ChangeRequest(invoice="INV-0002", write_off=Decimal("100.00"), reason="uncollectable",
                            requested_by="Pat Billing")
    path = write_request(demo.settings.home, request)
    run_id = run_id_for("change_request", b"request=" + path.read_bytes())
    with demo.session() as s:
        s.add(RunRecord(run_id=run_id, kind="change_request", source=str(path)))
        s.commit()
    proposal = ChatTools(demo, "Pat Billing").call(
        "propose_write_off", {"invoice": "INV-0002", "amount": "100.00", "reason": "uncollectable"})
    assert (proposal.run_id, proposal.status) == (run_id, "waiting_approval")  # type: ignore[attr-defined]
    assert [q.type for q in proposal.queued] == ["write_off"]  # type: ignore[attr-defined]
    again = ChatTools(demo, "Pat Billing").call(
        "propose_write_off", {"invoice": "INV-0002", "amount": "100.00", "reason": "uncollectable"})
    assert again.already_requested and again.run_id == run_id  # type: ignore[attr-defined]


def test_an_invoice_correction_credits_and_reissues_only_after_approval(demo) -> None:
    proposal = ChatTools(demo, "Pat Billing").call(
        "propose_invoice_change", {"invoice": "INV-0002", "new_amount": "17000.00", "reason": "wrong seat count"})
    types = {q.type for q in proposal.queued}  # type: ignore[attr-defined]
    assert "create_credit_note" in types
    assert _invoice(demo, "INV-0002").amount_credited == 0
    ChatTools(demo, "Dana Controller").decide(proposal.run_id[:8], approve=True)  # type: ignore[attr-defined]
    assert _invoice(demo, "INV-0002").amount_credited == Decimal("18000.00")
    with demo.session() as s:
        amounts = sorted(i.amount for i in s.exec(select(BooksInvoice)) if i.customer_id == "cus-initech-llc")
    assert amounts == [Decimal("17000.00"), Decimal("18000.00")]


def test_rejecting_needs_a_reason_and_leaves_the_books_alone(demo) -> None:
    tools = ChatTools(demo, "Dana Controller")
    with pytest.raises(ApprovalError, match="needs a reason"):
        tools.decide("Acme", approve=False, action_type="create_invoice")
    result = tools.decide("Acme", approve=False, reason="wrong payment terms", action_type="create_invoice")
    assert result.decision == "reject"
    with demo.session() as s:
        assert not [i for i in s.exec(select(BooksInvoice)) if i.customer_id == "cus-acme-corporation"]


def test_model_input_is_validated_and_cannot_name_the_requester(demo) -> None:
    tools = ChatTools(demo, "Pat Billing")
    with pytest.raises(ToolError, match="requested_by: Extra inputs are not permitted"):
        tools.call("propose_credit_note", {"invoice": "INV-0001", "amount": "5", "reason": "goodwill",
                                           "requested_by": "Dana Controller"})
    with pytest.raises(ToolError, match="amount"):
        tools.call("propose_credit_note", {"invoice": "INV-0001", "amount": "-5", "reason": "goodwill"})
    with pytest.raises(ToolError, match="is in EUR, not USD"):
        tools.call("propose_credit_note", {"invoice": "INV-0001", "amount": "5", "reason": "goodwill",
                                           "currency": "USD"})
    with pytest.raises(ToolError, match="no invoice INV-9999"):
        tools.call("propose_credit_note", {"invoice": "INV-9999", "amount": "5", "reason": "goodwill"})


def test_approving_is_not_a_model_tool() -> None:
    names = {d["name"] for d in anthropic_tool_defs()}
    assert names == {s.name for s in TOOL_SPECS}
    assert not {n for n in names if n.startswith(("approve", "reject", "decide"))}
    assert all(s.name.startswith("propose_") for s in TOOL_SPECS if s.writes)
    for d in anthropic_tool_defs():
        schema = d["input_schema"]
        assert schema["additionalProperties"] is False and d["description"]
        assert "requested_by" not in schema.get("properties", {})


def test_every_write_tool_only_proposes(demo) -> None:
    """Each write tool starts a run that waits for a person; none changes the books by itself."""
    inputs = {"propose_credit_note": {"invoice": "INV-0002", "amount": "10", "reason": "goodwill"},
              "propose_write_off": {"invoice": "INV-0002", "amount": "10", "reason": "uncollectable"},
              "propose_invoice_change": {"invoice": "INV-0002", "new_amount": "17990", "reason": "typo"},
              "propose_refund": {"customer": "initech", "amount": "10", "reason": "paid twice"}}
    _initech_holds_400(demo)
    writes = [s for s in TOOL_SPECS if s.writes]
    assert {s.name for s in writes} == set(inputs)
    before = _invoice(demo, "INV-0002")
    for spec in writes:
        result = ChatTools(demo, "Pat Billing").call(spec.name, inputs[spec.name])
        assert result.status == "waiting_approval", spec.name  # type: ignore[attr-defined]
        assert result.queued and not result.executed  # type: ignore[attr-defined]
    after = _invoice(demo, "INV-0002")
    assert (after.amount_credited, after.status) == (before.amount_credited, before.status)


def test_a_read_only_person_reads_but_cannot_request_a_change(demo) -> None:
    demo.policy = demo.policy.model_copy(update={"people": {**demo.policy.people, "Riley Sales": ["sales"]}})
    riley = ChatTools(demo, "Riley Sales")
    runs_before = len(demo.runs())
    with pytest.raises(ToolError, match=r"Riley Sales \(sales\) can read the books and the runs but not request"):
        riley.propose_credit_note(CreditArgs(invoice="INV-0001", amount=Decimal("500"), reason="goodwill"))
    with pytest.raises(ToolError, match="not request changes"):
        riley.propose_write_off(WriteOffArgs(invoice="INV-0001", amount=Decimal("5"), reason="rounding"))
    assert len(demo.runs()) == runs_before and _invoice(demo, "INV-0001").amount_credited == 0
    assert riley.show_terms(TermsArgs(customer="Initech")).customer == "Initech LLC"  # reading still works


def test_a_refund_pays_back_what_the_customer_holds_once_someone_else_approves(demo) -> None:
    _initech_holds_400(demo)
    pat = ChatTools(demo, "Pat Billing")
    result = pat.propose_refund(RefundArgs(customer="initek", amount=Decimal("250"), reason="paid twice"))
    [item] = result.queued
    assert (result.status, item.type, item.requested_by, item.you_may_decide) == (
        "waiting_approval", "refund_credit", "Pat Billing", False)
    assert "Refund USD 250.00 to Initech LLC" in item.summary
    assert [c.total for c in pat.books.customer_credits()] == [Decimal("400.00")]  # nothing paid yet
    with pytest.raises(ToolError, match=r"holds USD 150.00 .* less than the USD 400.00 asked for"):
        pat.propose_refund(RefundArgs(customer="Initech LLC", amount=Decimal("400"), reason="all of it"))


def test_a_refund_for_a_customer_holding_nothing_says_to_ask_for_a_credit_note(demo) -> None:
    runs_before = len(demo.runs())
    with pytest.raises(ToolError, match=r"Globex GmbH holds no credit balance .* ask for a credit note on it"):
        ChatTools(demo, "Pat Billing").propose_refund(RefundArgs(customer="globex", amount=Decimal("5"),
                                                                 reason="paid twice"))
    assert len(demo.runs()) == runs_before
