"""A usage period is billed once, whatever usage files arrive for it: a resent or changed file holds with the invoice
that already bills it, two runs racing on one period issue one invoice, and a true-up does not count usage a credit
note took back.

Fabrikam Freight (usage only, Jan 15 - Apr 14, 2026): tracked shipments over 1,000 a month at USD 0.05, a minimum of
USD 1,000.00 over the term; amounts are worked by hand in the comments.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlmodel import select

from accrue.adapters.books import BooksInvoice, BooksInvoiceLine, JournalEntry, UsageHistory
from accrue.core.billing.periods import Period
from accrue.core.billing.true_up import TrueUp, UsageBilled, credited_usage, true_ups_due
from accrue.core.billing.usage_once import (
    UsageInvoiceOnBooks,
    already_billed,
    credited_in_full_count,
    usage_invoice_effect,
)
from accrue.core.terms import MinimumCommitment
from accrue.workflow.service import RunService
from tests.conftest import run_cli
from tests.stripe_fakes import session_factory
from tests.test_bill_run import FABRIKAM

D = Decimal
CUSTOMER = "cus-fabrikam-freight-ltd"


def _usage(folder: Path, name: str, start: str, end: str, *quantities: int) -> dict[str, str | Path]:
    """A usage file of one event per quantity (on the period's first day), its request and Fabrikam's contract."""
    usage, request = folder / f"{name}.csv", folder / f"request-{start}.json"
    rows = [f"ev-{name}-{i},{CUSTOMER},tracked_shipments,{q},{start}T12:00:00Z" for i, q in enumerate(quantities)]
    usage.write_text("event_id,customer_id,metric,quantity,timestamp\n" + "\n".join(rows) + "\n")
    request.write_text(json.dumps({"period_start": start, "period_end": end}))
    return {"usage": usage, "request": request, "contract": folder / "fabrikam.txt"}


def _books() -> tuple[list[tuple[str, Decimal, str]], int, list[tuple[str, Decimal]]]:
    """What the books hold: invoices (number, amount, status), journal entries, usage history."""
    with session_factory()() as s:
        invoices = [(i.number, Decimal(i.amount), i.status)
                    for i in s.exec(select(BooksInvoice).order_by(BooksInvoice.number))]
        entries = len(list(s.exec(select(JournalEntry))))
        history = sorted((h.period, Decimal(h.quantity)) for h in s.exec(select(UsageHistory)))
    return invoices, entries, history


def _invoice_number(external_id: str) -> str:
    with session_factory()() as s:
        invoice = s.get(BooksInvoice, external_id)
        assert invoice is not None
        return invoice.number


def _start_fabrikam(runtime, folder: Path) -> None:
    (folder / "fabrikam.txt").write_text(FABRIKAM)
    assert runtime.start_contract_run(folder / "fabrikam.txt").status == "completed"


def test_a_changed_file_for_a_billed_period_holds_and_the_books_stay_as_they_were(home: Path, runtime,
                                                                                   tmp_path: Path) -> None:
    # February: 9,000 shipments, 8,000 over the allowance, x 0.05 = 400.00. A second February file (8,000 shipments:
    # a correction, a resend with other rows) would bill 350.00 more for the same days: it proposes nothing and holds.
    _start_fabrikam(runtime, tmp_path)
    first = runtime.start_run("usage", _usage(tmp_path, "feb", "2026-02-01", "2026-02-28", 5000, 4000))
    (invoice,) = [a for a in first.actions if a["type"] == "create_invoice"]
    assert (invoice["amount"], invoice["status"]) == ("400.00", "executed")
    number = _invoice_number(invoice["external_id"])
    before = _books()

    changed = _usage(tmp_path, "feb-corrected", "2026-02-01", "2026-02-28", 8000)
    held = runtime.start_run("usage", changed)
    assert (held.status, held.actions) == ("needs_review", [])
    (finding,) = [f for f in held.findings if f["code"] == "usage_already_billed"]
    assert finding["severity"] == "error"
    message = finding["message"]
    assert f"already billed by invoice {number} (USD 400.00, Tracked shipments, Feb 1, 2026 - Feb 28, 2026" in message
    assert str(tmp_path / "feb.csv") in message and str(changed["usage"]) in message
    assert f"credit {number} in full, then `accrue retry {held.run_id}`" in message
    assert [(i["number"], i["amount"], i["file"]) for i in finding["evidence"]["invoices"]] == [
        (number, "400.00", str(tmp_path / "feb.csv"))]
    assert _books() == before

    # The same file run twice still finds its first run, as it always did.
    again = runtime.start_run("usage", _usage(tmp_path, "feb", "2026-02-01", "2026-02-28", 5000, 4000))
    assert (again.run_id, again.already_processed) == (first.run_id, True)
    # A file for another period bills it.
    march = runtime.start_run("usage", _usage(tmp_path, "mar", "2026-03-01", "2026-03-31", 3000))
    assert [a["amount"] for a in march.actions if a["type"] == "create_invoice"] == ["100.00"]


def test_two_runs_racing_on_one_period_bill_it_once(home: Path, tmp_path: Path) -> None:
    # Every invoice waits for approval, so both February runs plan before either executes: neither finds the other's
    # invoice on the books. Their invoices share the key of Fabrikam's shipments for February, so approving the
    # second carries out nothing: the books hold the first's 400.00 only, with one journal entry.
    (tmp_path / "policy.toml").write_text('[approval]\ninvoice_threshold = "1"\n')
    with RunService() as runtime:
        _start_fabrikam(runtime, tmp_path)
        first = runtime.start_run("usage", _usage(tmp_path, "feb", "2026-02-01", "2026-02-28", 9000))
        second = runtime.start_run("usage", _usage(tmp_path, "feb-resent", "2026-02-01", "2026-02-28", 8000))
        assert (first.status, second.status) == ("waiting_approval", "waiting_approval")
        keys = [[a["idempotency_key"] for a in run.actions] for run in (first, second)]
        assert keys[0] == keys[1]

        done = runtime.decide(first.run_id, approve=[], by="Dana Controller")
        late = runtime.decide(second.run_id, approve=[], by="Dana Controller")
    assert (done.status, late.status) == ("completed", "completed")
    (billed,) = [a for a in done.actions if a["type"] == "create_invoice"]
    (raced,) = [a for a in late.actions if a["type"] == "create_invoice"]
    assert raced["external_id"] == billed["external_id"]
    invoices, entries, history = _books()
    assert [(amount, status) for _, amount, status in invoices] == [(D("400.00"), "open")]
    assert entries == 1 and history == [("2026-02", D("9000"))]


def test_a_credited_usage_line_does_not_count_toward_the_minimum() -> None:
    # A term minimum of 1,000.00 (Jan 15 - Apr 14, 2026). On the books: Jan 200.00; Feb 400.00, credited in full and
    # billed again from a corrected file at 350.00; Mar 100.00, of which a 30.00 credit note took 30.00 back; Apr
    # 50.00. Billed: 200.00 + 0.00 + 350.00 + 70.00 + 50.00 = 670.00, so the true-up is 330.00 (without the credits
    # it would be 1,100.00 billed and no true-up at all).
    def line(start: str, end: str, amount: str) -> UsageBilled:
        return UsageBilled(Period(date.fromisoformat(start), date.fromisoformat(end)), D(amount), False)

    usage = [line("2026-01-15", "2026-01-31", "200.00"),
             *credited_usage([line("2026-02-01", "2026-02-28", "400.00")], D("400.00")),
             line("2026-02-01", "2026-02-28", "350.00"),
             *credited_usage([line("2026-03-01", "2026-03-31", "100.00")], D("30.00")),
             line("2026-04-01", "2026-04-30", "50.00")]
    term = Period(date(2026, 1, 15), date(2026, 4, 14))
    commitment = MinimumCommitment(amount=D("1000.00"), period="term")
    assert true_ups_due(commitment, term, usage, date(2026, 5, 1), []) == [TrueUp(term, D("1000.00"), D("670.00"))]
    assert true_ups_due(commitment, term, usage, date(2026, 5, 1), [])[0].shortfall == D("330.00")


def test_a_credit_note_takes_from_an_invoice_s_usage_lines_before_its_true_up() -> None:
    # An invoice of 80.00 usage, 20.00 usage and a 50.00 true-up, credited 90.00: 80.00 from the first line, 10.00
    # from the second, nothing from the true-up.
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    lines = [UsageBilled(march, D("50.00"), True), UsageBilled(march, D("80.00"), False),
             UsageBilled(march, D("20.00"), False)]
    assert [(u.amount, u.true_up, u.credited, u.net) for u in credited_usage(lines, D("90.00"))] == [
        (D("80.00"), False, D("80.00"), D("0.00")), (D("20.00"), False, D("10.00"), D("10.00")),
        (D("50.00"), True, D("0"), D("50.00"))]


def test_a_correction_is_billed_after_the_first_invoice_is_credited_and_the_true_up_counts_it_once(
        home: Path, runtime, tmp_path: Path) -> None:
    # Jan 5,000 -> 200.00; Feb 9,000 -> 400.00; Mar 3,000 -> 100.00; Apr 2,000 -> 50.00. February's count was wrong:
    # finance credits its 400.00 in full, then the corrected file (8,500 -> 7,500 x 0.05 = 375.00) bills. The term
    # billed 200.00 + 375.00 + 100.00 + 50.00 = 725.00 net of the credit, so the bill run after the term trues up
    # 275.00 (counting the credited 400.00 too would make 1,125.00 and no true-up).
    _start_fabrikam(runtime, tmp_path)
    feb_invoice = ""
    for name, start, end, quantity, amount in (("jan", "2026-01-01", "2026-01-31", 5000, "200.00"),
                                               ("feb", "2026-02-01", "2026-02-28", 9000, "400.00"),
                                               ("mar", "2026-03-01", "2026-03-31", 3000, "100.00"),
                                               ("apr", "2026-04-01", "2026-04-30", 2000, "50.00")):
        view = runtime.start_run("usage", _usage(tmp_path, name, start, end, quantity))
        (invoice,) = [a for a in view.actions if a["type"] == "create_invoice"]
        assert invoice["amount"] == amount, view.findings
        if name == "feb":
            feb_invoice = _invoice_number(invoice["external_id"])
    request = tmp_path / "credit.json"
    request.write_text(json.dumps({"invoice": feb_invoice, "amount": "400.00", "requested_by": "Pat Billing",
                                   "reason": "February's shipment count was wrong; a corrected file follows"}))
    credit = runtime.start_run("change_request", {"request": request})
    assert runtime.decide(credit.run_id, approve=[], by="Dana Controller").status == "completed"

    corrected = runtime.start_run("usage", _usage(tmp_path, "feb-corrected", "2026-02-01", "2026-02-28", 8500))
    assert corrected.status == "completed", corrected.findings
    assert [a["amount"] for a in corrected.actions if a["type"] == "create_invoice"] == ["375.00"]

    view = runtime.start_bill_run(date(2026, 5, 1))
    assert view.status == "completed", view.findings
    (true_up,) = [a for a in view.actions if a["type"] == "create_invoice"]
    assert (true_up["invoice_date"], true_up["amount"]) == ("2026-04-15", "275.00")
    assert [ln["description"] for ln in true_up["lines"]] == [
        "Minimum commitment true-up (Jan 15, 2026 - Apr 14, 2026): commitment 1000.00, usage billed 725.00"]
    with session_factory()() as s:
        lines = [(ln.description.split(":")[0], Decimal(ln.amount)) for ln in s.exec(select(BooksInvoiceLine))]
    assert sorted(amount for _, amount in lines) == [D("50.00"), D("100.00"), D("200.00"), D("275.00"),
                                                      D("375.00"), D("400.00")]


def test_a_held_correction_bills_on_retry_once_its_period_is_credited(home: Path, runtime, tmp_path: Path) -> None:
    # February billed 400.00 (9,000 shipments). The corrected file (8,000 -> 7,000 over x 0.05 = 350.00) holds on
    # that invoice. Retried before the credit it holds again, the same way, with nothing new; once finance credits
    # the 400.00 in full, the same held run, retried, plans again from the books and bills 350.00, once.
    _start_fabrikam(runtime, tmp_path)
    feb = runtime.start_run("usage", _usage(tmp_path, "feb", "2026-02-01", "2026-02-28", 9000))
    (invoice,) = [a for a in feb.actions if a["type"] == "create_invoice"]
    number = _invoice_number(invoice["external_id"])
    held = runtime.start_run("usage", _usage(tmp_path, "feb-corrected", "2026-02-01", "2026-02-28", 8000))
    assert (held.status, held.actions) == ("needs_review", [])
    before = _books()

    still = runtime.retry(held.run_id, by="Pat Billing")
    assert (still.run_id, still.status, still.actions) == (held.run_id, "needs_review", [])
    assert [f["message"] for f in still.findings if f["code"] == "usage_already_billed"] == [
        f["message"] for f in held.findings if f["code"] == "usage_already_billed"]
    assert _books() == before
    superseded = [e for e in runtime.audit(held.run_id) if e["event"] == "plan_superseded"]
    assert [(e["actor"], e["detail"]["reasons"]) for e in superseded] == [("Pat Billing", ["usage_already_billed"])]

    request = tmp_path / "credit.json"
    request.write_text(json.dumps({"invoice": number, "amount": "400.00", "requested_by": "Pat Billing",
                                   "reason": "February's shipment count was wrong; a corrected file follows"}))
    credit = runtime.start_run("change_request", {"request": request})
    assert runtime.decide(credit.run_id, approve=[], by="Dana Controller").status == "completed"

    billed = runtime.retry(held.run_id, by="Pat Billing")
    assert billed.status == "completed", billed.findings
    assert not [f for f in billed.findings if f["code"] == "usage_already_billed"]
    (corrected,) = [a for a in billed.actions if a["type"] == "create_invoice"]
    assert (corrected["amount"], corrected["status"]) == ("350.00", "executed")
    invoices, _, _ = _books()
    assert sorted(amount for _, amount, _ in invoices) == [D("350.00"), D("400.00")]

    # Done: retrying again, or starting the same file again, changes nothing.
    again = runtime.retry(held.run_id)
    assert (again.status, again.already_processed) == ("completed", True)
    resent = runtime.start_run("usage", _usage(tmp_path, "feb-corrected", "2026-02-01", "2026-02-28", 8000))
    assert (resent.run_id, resent.already_processed) == (held.run_id, True)
    assert _books()[0] == invoices


def test_a_correction_inside_a_trued_up_term_holds_until_the_true_up_is_credited_then_the_term_trues_up_again(
        home: Path, runtime, tmp_path: Path) -> None:
    # Jan 200.00 + Feb 400.00 + Mar 100.00 + Apr 50.00 = 750.00 against a 1,000.00 term minimum: the bill run after
    # the term trues up 250.00. February is then credited in full and its corrected file (8,500 -> 375.00) arrives.
    # Billing it alone would leave 725.00 + 250.00 = 975.00 (the old true-up was worked from 750.00), so the
    # corrected file holds naming the true-up; once the true-up is credited in full too, a retry bills 375.00 and
    # the next bill run trues the term up again: 1,000.00 - 725.00 = 275.00, under a key of its own. Net 1,000.00.
    _start_fabrikam(runtime, tmp_path)
    numbers = {}
    for name, start, end, quantity in (("jan", "2026-01-01", "2026-01-31", 5000), ("feb", "2026-02-01", "2026-02-28",
                                       9000), ("mar", "2026-03-01", "2026-03-31", 3000),
                                      ("apr", "2026-04-01", "2026-04-30", 2000)):
        view = runtime.start_run("usage", _usage(tmp_path, name, start, end, quantity))
        (invoice,) = [a for a in view.actions if a["type"] == "create_invoice"]
        numbers[name] = _invoice_number(invoice["external_id"])
    (true_up,) = [a for a in runtime.start_bill_run(date(2026, 5, 1)).actions if a["type"] == "create_invoice"]
    assert true_up["amount"] == "250.00"
    numbers["true-up"] = _invoice_number(true_up["external_id"])

    def credit(name: str, amount: str) -> None:
        request = tmp_path / f"credit-{name}.json"
        request.write_text(json.dumps({"invoice": numbers[name], "amount": amount, "requested_by": "Pat Billing",
                                       "reason": "February's shipment count was wrong"}))
        run = runtime.start_run("change_request", {"request": request})
        assert runtime.decide(run.run_id, approve=[], by="Dana Controller").status == "completed"

    credit("feb", "400.00")
    held = runtime.start_run("usage", _usage(tmp_path, "feb-corrected", "2026-02-01", "2026-02-28", 8500))
    assert (held.status, held.actions) == ("needs_review", [])
    (stale,) = [f for f in held.findings if f["code"] == "true_up_stale"]
    assert numbers["true-up"] in stale["message"] and f"accrue retry {held.run_id}" in stale["message"]

    credit("true-up", "250.00")
    billed = runtime.retry(held.run_id, by="Pat Billing")
    assert billed.status == "completed", billed.findings
    assert [a["amount"] for a in billed.actions if a["type"] == "create_invoice"] == ["375.00"]
    (again,) = [a for a in runtime.start_bill_run(date(2026, 6, 1)).actions if a["type"] == "create_invoice"]
    assert again["amount"] == "275.00"
    with session_factory()() as s:
        net = sum((Decimal(i.amount) - Decimal(i.amount_credited) for i in s.exec(select(BooksInvoice))), D(0))
    assert net == D("1000.00")
    assert [a for a in runtime.start_bill_run(date(2026, 7, 1)).actions if a["type"] == "create_invoice"] == []


def test_a_usage_file_of_a_customer_not_yet_in_the_books_bills_on_retry_once_it_is(home: Path, runtime,
                                                                                    tmp_path: Path) -> None:
    # February's 9,000 shipments arrive before Fabrikam's contract was run: nobody to bill, so the run holds and says
    # how to go on. Once the contract is run, `accrue retry` plans the same run again: 8,000 over x 0.05 = 400.00.
    (tmp_path / "fabrikam.txt").write_text(FABRIKAM)
    held = runtime.start_run("usage", _usage(tmp_path, "feb", "2026-02-01", "2026-02-28", 9000))
    assert (held.status, held.actions) == ("needs_review", [])
    (finding,) = [f for f in held.findings if f["code"] == "usage_unknown_customer"]
    assert finding["message"].endswith(f"(run its contract, or seed the books), then `accrue retry {held.run_id}`")

    _start_fabrikam(runtime, tmp_path)
    retried = json.loads(run_cli("retry", held.run_id, "--as", "Pat Billing", "--json", home=home, check=True).stdout)
    assert retried["status"] == "completed", retried["findings"]
    assert [(a["amount"], a["status"]) for a in retried["actions"] if a["type"] == "create_invoice"] == [
        ("400.00", "executed")]
    assert [e["actor"] for e in runtime.audit(held.run_id) if e["event"] == "plan_superseded"] == ["Pat Billing"]
    assert [(amount, status) for _, amount, status in _books()[0]] == [(D("400.00"), "open")]


def test_retry_leaves_a_run_held_for_its_own_terms_as_it_is(home: Path, runtime, tmp_path: Path) -> None:
    # A held run whose cause is not in the books (here, a usage file against a contract that prices no usage) has
    # nothing a retry could change: it says so and nothing moves.
    (tmp_path / "fabrikam.txt").write_text(FABRIKAM)
    assert runtime.start_contract_run(tmp_path / "fabrikam.txt").status == "completed"
    files = _usage(tmp_path, "feb", "2026-02-01", "2026-02-28", 9000)
    (tmp_path / "no-usage.txt").write_text(FABRIKAM.split("Usage")[0])
    held = runtime.start_run("usage", {**files, "contract": tmp_path / "no-usage.txt"})
    assert held.status == "needs_review"
    again = runtime.retry(held.run_id)
    assert (again.status, again.already_processed, again.findings) == ("needs_review", True, held.findings)
    assert not [e for e in runtime.audit(held.run_id) if e["event"] == "plan_superseded"]


def _on_books(invoice_id: str, amount: str, credited: str, start: str, end: str) -> UsageInvoiceOnBooks:
    return UsageInvoiceOnBooks(invoice_id=invoice_id, number=invoice_id.upper(), currency="USD", amount=D(amount),
                               credited=D(credited), metrics=["Tracked shipments"],
                               period_start=date.fromisoformat(start), period_end=date.fromisoformat(end),
                               file="feb.csv")


def test_what_counts_as_already_billed_and_the_key_of_the_next_invoice() -> None:
    feb = Period(date(2026, 2, 1), date(2026, 2, 28))
    metrics = ["Tracked shipments"]
    billed = _on_books("inv-a", "400.00", "0", "2026-02-01", "2026-02-28")
    part_credited = _on_books("inv-b", "400.00", "30.00", "2026-01-15", "2026-02-14")  # overlaps Feb 1-14
    credited = _on_books("inv-c", "400.00", "400.00", "2026-02-01", "2026-02-28")
    march = _on_books("inv-d", "100.00", "0", "2026-03-01", "2026-03-31")
    books = [billed, part_credited, credited, march]
    assert already_billed(books, metrics, feb, own_invoice_id="inv-x") == [billed, part_credited]
    # A run resumed after its own invoice executed does not hold on it; another metric is not this one.
    assert already_billed([billed], metrics, feb, own_invoice_id="inv-a") == []
    assert already_billed([billed], ["Route requests"], feb, own_invoice_id="inv-x") == []
    # The key is the customer's metrics and period, not the run; a full credit makes room for the next invoice.
    first = usage_invoice_effect(CUSTOMER, "sub-1", metrics, feb, credited_in_full_count([billed], metrics, feb))
    after_credit = usage_invoice_effect(CUSTOMER, "sub-1", metrics, feb,
                                        credited_in_full_count([credited], metrics, feb))
    assert first == f"usage-invoice:{CUSTOMER}:sub-1:Tracked shipments:2026-02-01:2026-02-28:0"
    assert after_credit.endswith(":1") and after_credit != first
