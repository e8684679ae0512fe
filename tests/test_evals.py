"""The evaluation harness: scorers on hand-made inputs, the action matching rule, case loading errors,
the runner's isolation, the `--json` shape, baseline regressions and the exit codes, through the real CLI."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from accrue.adapters.documents import read_document
from evals.baseline import compare
from evals.cases import BrokenCase, CaseError, load_case, load_cases
from evals.runner import CASE_KEYS, SUMMARY_KEYS, CaseResult, EvalResult, RunOptions, run_cases
from evals.scorers import (
    FieldResult,
    action_matches,
    citation_for,
    leaf_equal,
    score_actions,
    score_findings,
    score_grounding,
    score_terms,
    value_equal,
)
from tests.conftest import EXAMPLES, ROOT, run_cli
from tests.pdfs import order_form_pdf, text_pdf, write

# ------------------------------------------------------------------------------------------- terms scoring


def test_leaf_normalisation_numbers_dates_text_currency_and_nulls():
    assert leaf_equal("total_contract_value", "24000", "24000.00")
    assert leaf_equal("payment_terms_days", 30, "30")
    assert not leaf_equal("payment_terms_days", 30, 45)
    assert leaf_equal("usage_rules[0].included_quantity", None, "0")  # nothing included, written either way
    assert leaf_equal("usage_rules[0].included_quantity", "0", None)
    assert not leaf_equal("usage_rules[0].included_quantity", None, "500")
    assert not leaf_equal("usage_rules[0].included_quantity", "500", None)
    assert leaf_equal("service_start_date", "2026-03-01", "2026-03-01")
    assert not leaf_equal("service_start_date", "2026-03-01", "2026-03-02")
    assert leaf_equal("customer_legal_name", "ACME Corporation, Inc.", "acme  corporation, inc")
    assert not leaf_equal("customer_legal_name", "ACME Corporation, Inc.", "ACME Corp")
    assert leaf_equal("currency", "usd", "USD")
    assert leaf_equal("po_number", None, None) and leaf_equal("usage_rules", [], None)
    assert not leaf_equal("po_number", None, "PO-1") and not leaf_equal("po_number", "PO-1", None)
    assert leaf_equal("auto_renew", False, False) and not leaf_equal("auto_renew", False, None)
    # only a stated PO requirement changes what accrue does: silence and "none needed" are the same bill
    assert leaf_equal("po_required", False, None) and leaf_equal("po_required", None, False)
    assert not leaf_equal("po_required", True, None) and not leaf_equal("po_required", None, True)
    assert leaf_equal("non_standard_terms", ["Custom payment schedule"], ["custom payment schedule: two instalments"])
    assert not leaf_equal("non_standard_terms", ["Custom payment schedule"], [])
    assert not leaf_equal("non_standard_terms", ["MFN pricing"], ["Termination for convenience"])


def test_score_terms_walks_nested_items_and_counts_extra_and_missing_items():
    expected = {"customer_legal_name": "Initech LLC",
                "line_items": [{"unit_price": "12000", "quantity": "1"}, {"unit_price": "240", "start_date": None}],
                "usage_rules": [{"tiers": [{"up_to": None, "unit_price": "0.002"}]}]}
    actual = {"customer_legal_name": "Initech LLC",
              "line_items": [{"unit_price": "12000.00", "quantity": "1"}, {"unit_price": "250.00", "start_date": None},
                             {"unit_price": "99.00"}],
              "usage_rules": []}
    citations = {"line_items[1].unit_price": {"page": 1, "quote": "Seats: 25 x 250.00 per year"}}
    results = {r.path: r for r in score_terms(expected, actual, citations)}
    assert results["customer_legal_name"].correct
    assert results["line_items[0].unit_price"].correct and results["line_items[0].quantity"].correct
    wrong = results["line_items[1].unit_price"]
    assert not wrong.correct and wrong.citation == {"page": 1, "quote": "Seats: 25 x 250.00 per year"}
    assert results["line_items[1].start_date"].correct  # null expected, null given
    assert not results["line_items[2]"].correct  # an item nobody expected
    # the usage rule was not produced: even its null `up_to` is wrong, not a free point
    assert not results["usage_rules[0].tiers[0].up_to"].correct
    assert not results["usage_rules[0].tiers[0].unit_price"].correct
    assert results["line_items[1].unit_price"].key == "line_items[].unit_price"


def test_list_items_pair_by_content_so_one_missed_line_costs_only_its_own_fields():
    lines = [{"description": d, "unit_price": p} for d, p in
             [("Platform", "12000"), ("Onboarding", "2500"), ("Seats", "96"), ("Support", "1800")]]
    actual = {"line_items": [lines[0], lines[2], lines[3]]}  # the reader missed "Onboarding"
    results = {r.path: r for r in score_terms({"line_items": lines}, actual)}
    assert [p for p, r in results.items() if not r.correct] == ["line_items[1].description",
                                                                "line_items[1].unit_price"]
    # an extra item the form does not bill is one wrong field, wherever it stands
    extra = {"line_items": [{"description": "Setup", "unit_price": "500"}, *lines]}
    wrong = [r.path for r in score_terms({"line_items": lines}, extra) if not r.correct]
    assert wrong == ["line_items[0]"]


def test_content_pairing_never_scores_below_position_and_keeps_order_on_ties():
    rng = random.Random(7)
    values = ["100", "200", "300"]
    for _ in range(200):
        exp = [{"unit_price": rng.choice(values), "quantity": rng.choice(values)} for _ in range(rng.randint(1, 4))]
        act = [{"unit_price": rng.choice(values), "quantity": rng.choice(values)} for _ in range(rng.randint(0, 4))]
        by_content = sum(r.correct for r in score_terms({"line_items": exp}, {"line_items": act}))
        by_position = sum(leaf_equal(k, e[k], a.get(k)) for e, a in zip(exp, act, strict=False) for k in e)
        assert by_content >= by_position
    same = [{"unit_price": "100"}, {"unit_price": "100"}]
    cites = {"line_items[0].unit_price": {"page": 1}, "line_items[1].unit_price": {"page": 2}}
    results = score_terms({"line_items": same}, {"line_items": same}, cites)
    assert [r.citation for r in results] == [{"page": 1}, {"page": 2}]


def test_missing_extraction_makes_every_listed_field_wrong_except_nulls():
    results = score_terms({"currency": "USD", "po_number": None}, None)
    assert [r.correct for r in results] == [False, True]


def test_citation_lookup_and_grounding_rate():
    cites = {"payment_terms_days": {"page": 1, "quote": "Net 45"}, "non_standard_terms[0]": {"page": 2, "quote": "x"},
             "minimum_commitment": {"page": 3, "quote": "USD 1,000 per month"}}
    assert citation_for("payment_terms_days", cites)["quote"] == "Net 45"
    assert citation_for("non_standard_terms", cites)["page"] == 2
    assert citation_for("minimum_commitment.amount", cites)["page"] == 3
    assert citation_for("currency", cites) is None
    terms = {"payment_terms_days": 45, "currency": "USD", "po_number": None, "line_items": [],
             "non_standard_terms": ["MFN"]}
    g = score_grounding(terms, cites, ["ungrounded:po_number: quote not found on page 1", "not_found:x"])
    assert (g.values, g.cited, g.ungrounded) == (3, 2, 1)
    assert g.rate == pytest.approx(2 / 4)


def test_findings_precision_recall_per_code():
    counts = score_findings(["missing_po", "customer_name_mismatch"], ["missing_po", "amount_mismatch"])
    assert counts["missing_po"].tp == 1
    assert counts["customer_name_mismatch"].fn == 1
    assert counts["amount_mismatch"].fp == 1
    assert score_findings([], []) == {}


# ------------------------------------------------------------------------------------------ matching rule

INVOICE = {"id": "a2", "type": "create_invoice", "needs_approval": True, "reasons": ["Net 45"],
           "invoice_id": "inv-1", "customer": "cus-acme", "invoice_date": "2026-05-01", "due_date": "2026-06-15",
           "currency": "USD", "po_number": "PO-88412", "amount": "24000.00",
           "lines": [{"description": "Platform", "amount": "14400.00", "period_start": "2026-05-01"},
                     {"description": "Seats", "amount": "9600.00", "period_start": "2026-05-01"}]}


def test_matching_rule_decimals_numerically_dates_exactly_lists_item_by_item():
    assert action_matches({"type": "create_invoice", "amount": "24000"}, INVOICE)
    assert action_matches({"type": "create_invoice", "amount": 24000}, INVOICE)
    assert not action_matches({"type": "create_invoice", "amount": "24000.01"}, INVOICE)
    assert not action_matches({"type": "create_customer", "amount": "24000"}, INVOICE)  # same type first
    assert action_matches({"type": "create_invoice", "due_date": "2026-06-15"}, INVOICE)
    assert not action_matches({"type": "create_invoice", "due_date": "2026-6-15"}, INVOICE)
    assert action_matches({"type": "create_invoice", "lines": [{"amount": "14400"}, {"amount": "9600.0"}]}, INVOICE)
    assert not action_matches({"type": "create_invoice", "lines": [{"amount": "9600"}, {"amount": "14400"}]}, INVOICE)
    assert not action_matches({"type": "create_invoice", "lines": [{"amount": "14400"}]}, INVOICE)  # length
    assert not action_matches({"type": "create_invoice", "po_number": None}, INVOICE)
    assert not action_matches({"type": "create_invoice", "needs_approval": False}, INVOICE)
    assert not action_matches({"type": "create_invoice", "subscription_id": "s"}, INVOICE)  # field not proposed
    assert value_equal({"billing_status": "invoiced"}, {"billing_status": "invoiced", "invoice_id": "inv-1"})
    assert not value_equal(True, 1) and not value_equal(None, "")


def test_maximum_matching_is_not_fooled_by_order():
    # Greedy in expected order would give the first (loose) expectation the 100.00 invoice and miss the second.
    expected = [{"type": "create_invoice"}, {"type": "create_invoice", "amount": "100.00"}]
    actual = [{"id": "a1", "type": "create_invoice", "amount": "100.00", "needs_approval": False},
              {"id": "a2", "type": "create_invoice", "amount": "250.00", "needs_approval": False}]
    score = score_actions(expected, actual)
    assert len(score.matched) == 2 and not score.missing and not score.unexpected


def test_approvals_pair_on_everything_but_needs_approval_and_missing_is_not_an_approval_error():
    expected = [{"type": "create_invoice", "amount": "24000.00", "needs_approval": True},
                {"type": "notify", "needs_approval": False},
                {"type": "write_off", "needs_approval": True}]
    actual = [{**INVOICE, "needs_approval": False}, {"id": "a5", "type": "notify", "needs_approval": True}]
    score = score_actions(expected, actual)
    assert score.missing == [0, 1, 2] and score.unexpected == [0, 1]
    assert (score.approvals.tp, score.approvals.fn, score.approvals.fp) == (0, 1, 1)
    assert score.approvals.recall == 0.0 and score.approvals.precision == 0.0
    # amount exactness uses the same pairs: the invoice amount is right even though the approval is not
    assert (score.amounts_listed, score.amounts_exact) == (1, 1)


def test_approval_pair_falls_back_to_the_same_type_and_amounts_are_checked_there():
    expected = [{"type": "create_invoice", "amount": "24000.50", "needs_approval": True}]
    score = score_actions(expected, [INVOICE])
    assert score.missing == [0] and score.unexpected == [0]
    assert score.approvals.tp == 1
    assert score.amount_errors == [{"expected_index": 0, "actual_index": 0, "type": "create_invoice",
                                    "path": "amount", "expected": "24000.50", "actual": "24000.00"}]


def test_optional_expected_action_is_never_missing_but_matches_when_proposed():
    expected = [{"type": "create_invoice", "amount": "24000"}, {"type": "notify", "optional": True}]
    alone = score_actions(expected, [INVOICE])
    assert not alone.missing and not alone.unexpected and alone.optional_unmatched == [1]
    with_notify = score_actions(expected, [INVOICE, {"id": "a9", "type": "notify", "needs_approval": False}])
    assert len(with_notify.matched) == 2 and not with_notify.unexpected


# ------------------------------------------------------------------------------------------- case loading


def _case(folder: Path, data: dict, files: dict[str, bytes | str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in (files or {}).items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    (folder / "case.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _acme_case(folder: Path, case_id: str = "acme", expected: dict | None = None) -> Path:
    contract, deal = EXAMPLES / "acme" / "order-form.pdf", EXAMPLES / "acme" / "deal.json"
    return _case(folder, {"id": case_id, "kind": "new_contract", "description": "Acme demo order form", "tags": [],
                          "inputs": {"contract": "contract.pdf", "deal": "deal.json"}, "expected": expected or {}},
                 {"contract.pdf": contract.read_bytes(), "deal.json": deal.read_bytes()})


@pytest.mark.parametrize("data, message", [
    ({"kind": "new_contract", "inputs": {}}, "field 'id' is missing"),
    ({"id": "x", "kind": "write_off", "inputs": {}}, "field 'kind' is 'write_off'"),
    ({"id": "x", "kind": "dunning"}, "field 'as_of' is missing or not a date; add \"as_of\": \"YYYY-MM-DD\""),
    ({"id": "x", "kind": "dunning", "as_of": "2027-02-30"}, "field 'as_of' is missing or not a date"),
    ({"id": "x", "kind": "refund", "inputs": {}}, "a refund case needs inputs request"),
    ({"id": "x", "kind": "dunning", "as_of": "2027-03-09", "expected": {"refused": ""}},
     "field 'expected.refused' must be words of the refusal"),
    ({"id": "x", "kind": "new_contract", "inputs": {"contract": "nope.pdf"}}, "field 'inputs.contract' names nope.pdf"),
    ({"id": "x", "kind": "new_contract", "inputs": {"contract": "c.pdf", "receipt": "c.pdf"}},
     "field 'inputs.receipt' is not an input role"),
    ({"id": "x", "kind": "amendment", "inputs": {"contract": "c.pdf"}}, "needs inputs amendment"),
    ({"id": "x", "kind": "new_contract", "inputs": {"contract": "c.pdf"}, "expected": {"terms": {"payment_terms": 30}}},
     "field 'expected.terms.payment_terms' is not a terms field"),
    ({"id": "x", "kind": "new_contract", "inputs": {"contract": "c.pdf"},
      "expected": {"actions": [{"type": "create_invoice", "total": "1"}]}},
     "field 'expected.actions[0].total' is not a field of create_invoice"),
    ({"id": "x", "kind": "new_contract", "inputs": {"contract": "c.pdf"}, "expected": {"findings": "missing_po"}},
     "field 'expected.findings' must be a list"),
    ({"id": "x", "kind": "new_contract", "inputs": {"contract": "c.pdf"}, "expected": {"status": "held"}},
     "field 'expected.status' is 'held'; use one of needs_review, waiting_approval, completed, rejected, failed"),
])
def test_case_errors_name_the_file_and_the_field(tmp_path: Path, data: dict, message: str):
    folder = _case(tmp_path / "c", data, {"c.pdf": b"%PDF-1.4"})
    with pytest.raises(CaseError) as exc:
        load_case(folder)
    assert str(folder / "case.json") in str(exc.value) and message in str(exc.value)


def test_a_refund_case_s_request_is_checked_when_the_case_loads(tmp_path: Path):
    refund = {"customer": "Initech", "amount": "-5.00", "currency": "USD", "reason": "r", "requested_by": "Pat"}
    folder = _case(tmp_path / "c", {"id": "x", "kind": "refund", "inputs": {"request": "refund.json"}},
                   {"refund.json": json.dumps(refund)})
    with pytest.raises(CaseError) as exc:
        load_case(folder)
    assert str(exc.value).startswith(f"{folder / 'refund.json'}: Value error, refund amount -5.00 must be positive; "
                                     "write {")
    (folder / "refund.json").write_text(json.dumps({**refund, "amount": "5.00", "currency": "XYZ"}))
    with pytest.raises(CaseError, match="refund.json: field 'currency': Value error, 'XYZ' is not an ISO 4217"):
        load_case(folder)


def test_broken_and_duplicate_cases_become_errors_beside_the_good_ones(tmp_path: Path):
    _acme_case(tmp_path / "a")
    _acme_case(tmp_path / "b")  # same id
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "case.json").write_text("{not json")
    loaded = load_cases([tmp_path])
    assert [type(c).__name__ for c in loaded] == ["Case", "BrokenCase", "BrokenCase"]
    assert "already used" in loaded[1].error and "is not valid JSON" in loaded[2].error


def test_every_committed_case_loads_and_the_edge_pdfs_rebuild_identically(tmp_path: Path):
    import subprocess
    import sys

    cases_dir = ROOT / "evals" / "cases"
    loaded = load_cases([cases_dir])
    assert [c.error for c in loaded if isinstance(c, BrokenCase)] == []
    edge = [c for c in loaded if c.group == "edge"]
    assert len(edge) >= 12 and {c.kind for c in edge} == {"new_contract", "usage", "payment", "change_request",
                                                           "amendment", "bill_run", "close", "dunning", "refund"}
    for case in edge:
        assert (case.path / "NOTES.md").is_file(), f"{case.id}: the hand-worked arithmetic belongs in NOTES.md"
    proc = subprocess.run([sys.executable, str(cases_dir / "build.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rebuilt = sorted(tmp_path.glob("*/*.pdf"))
    assert len(rebuilt) >= 10
    for pdf in rebuilt:
        committed = cases_dir / pdf.parent.name / pdf.name
        assert committed.read_bytes() == pdf.read_bytes(), f"{committed} differs from what build.py makes"


# ------------------------------------------------------------------------------------------------ runner


def test_a_failing_case_never_aborts_the_rest_and_each_case_has_its_own_books(tmp_path: Path, home: Path):
    _acme_case(tmp_path / "one", "one", {"terms": {"payment_terms_days": 45}})
    _acme_case(tmp_path / "two", "two", {"terms": {"payment_terms_days": 45}})
    _case(tmp_path / "bad", {"id": "bad", "kind": "new_contract", "inputs": {"contract": "contract.pdf"}},
          {"contract.pdf": b"this is not a pdf"})
    result = run_cases(load_cases([tmp_path]), RunOptions(concurrency=3))
    by_id = {r.id: r for r in result.cases}
    assert by_id["bad"].errors and "contract.pdf" in by_id["bad"].errors[0]
    assert not by_id["bad"].passed
    # The same contract twice: each case starts from empty books, so each proposes the customer anew.
    for case_id in ("one", "two"):
        r = by_id[case_id]
        assert r.passed and not r.errors and r.status == "waiting_approval"
        assert [a["type"] for a in r.actions].count("create_customer") == 1
    assert not list(home.parent.glob("**/accrue.db")), "cases must not write into the caller's data folder"


def test_a_refused_request_passes_only_when_refused_and_a_refusal_nobody_expected_is_an_error(tmp_path: Path):
    lifecycle = ROOT / "evals" / "cases" / "lifecycle"
    shutil.copytree(lifecycle / "refund-over-balance", tmp_path / "refused")
    paid = shutil.copytree(lifecycle / "refund-over-balance", tmp_path / "paid")  # asks for what is held: not refused
    request = json.loads((paid / "refund.json").read_text())
    (paid / "refund.json").write_text(json.dumps({**request, "amount": "400.00"}))
    case = json.loads((paid / "case.json").read_text())
    (paid / "case.json").write_text(json.dumps({**case, "id": "paid"}))
    unexpected = shutil.copytree(lifecycle / "refund-credit-balance", tmp_path / "unexpected")
    (unexpected / "refund.json").write_text(json.dumps({**request, "amount": "400.01"}))
    by_id = {r.id: r for r in run_cases(load_cases([tmp_path]), RunOptions(concurrency=1)).cases}
    ok = by_id["lifecycle-refund-over-balance"]
    assert ok.passed and ok.status is None and ok.refused is not None and "less than the USD 400.01" in ok.refused
    assert not by_id["paid"].passed and by_id["paid"].status == "waiting_approval" and by_id["paid"].refused is None
    wrong = by_id["lifecycle-refund-credit-balance"]
    assert not wrong.passed and "less than the USD 400.01 asked for" in wrong.errors[0]


# ---------------------------------------------------------------------------------------------------- CLI


def _external_suite(root: Path) -> Path:
    """A folder of cases written by someone else, in the issue's format, outside the repository."""
    pdf = order_form_pdf(
        {"Order Form Number": "OF-EXT-1", "Customer": "Hooli Inc.", "Billing Contact": "ap@hooli.example",
         "Effective Date": "June 1, 2026", "Service Start Date": "June 1, 2026",
         "Service End Date": "May 31, 2027", "Subscription Term": "12 months", "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"},
        ["Analytics Platform (SKU HOO-AN): 1 x USD 9,000.00 per year"])
    contract = root / "hooli"
    contract.mkdir(parents=True)
    write(contract / "contract.pdf", pdf)
    (contract / "deal.json").write_text(json.dumps({
        "deal_id": "D-1", "deal_name": "Hooli", "account_name": "Hooli Inc.", "stage": "Closed Won",
        "close_date": "2026-06-01", "currency": "USD", "amount": "9000.00", "line_items": []}))
    _case(contract, {"id": "ext-hooli", "kind": "new_contract", "description": "outside case", "tags": ["external"],
                     "inputs": {"contract": "contract.pdf", "deal": "deal.json"},
                     "expected": {"terms": {"customer_legal_name": "Hooli Inc.", "payment_terms_days": 30},
                                  "findings": [],
                                  "actions": [{"type": "create_invoice", "amount": "9000.00",
                                               "due_date": "2026-07-01", "needs_approval": False}]}})
    return root


def test_external_folder_runs_unchanged_and_json_has_exactly_the_issue_shape(tmp_path: Path, home: Path):
    suite = _external_suite(tmp_path / "their-cases")
    proc = run_cli("eval", "--cases", str(suite), "--json", home=home)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"summary", "cases"}
    assert tuple(data["summary"]) == SUMMARY_KEYS
    assert data["summary"]["cases"] == 1
    (case,) = data["cases"]
    assert tuple(case) == CASE_KEYS
    assert case["id"] == "ext-hooli" and case["errors"] == []
    assert case["terms"]["customer_legal_name"] == "Hooli Inc."
    assert isinstance(case["findings"], list) and all(isinstance(c, str) for c in case["findings"])
    invoice = next(a for a in case["actions"] if a["type"] == "create_invoice")
    assert {"id", "type", "needs_approval", "reasons", "amount", "due_date"} <= set(invoice)  # the action JSON
    assert invoice["amount"] == "9000.00" and invoice["due_date"] == "2026-07-01"
    assert case["scores"]["fields"][0]["path"] == "customer_legal_name"
    assert isinstance(data["summary"]["field_accuracy"], float) and isinstance(data["summary"]["cost_usd"], str)


def test_baseline_lists_what_got_worse_and_exits_non_zero(tmp_path: Path, home: Path):
    cases = tmp_path / "cases"
    _acme_case(cases / "acme", expected={"terms": {"payment_terms_days": 45},
                                         "findings": ["non_standard_payment_terms"]})
    baseline = tmp_path / "baseline.json"
    first = run_cli("eval", "--cases", str(cases), "--json", "--output", str(baseline), home=home)
    assert first.returncode == 0, first.stderr
    assert json.loads(baseline.read_text())["cases"][0]["passed"] is True

    same = run_cli("eval", "--cases", str(cases), "--baseline", str(baseline), home=home)
    assert same.returncode == 0, same.stdout + same.stderr
    assert "no regressions" in same.stdout

    # The same case now sees a Net 30 form: its payment terms field and its finding get worse.
    shutil.copy(EXAMPLES / "initech" / "order-form.pdf", cases / "acme" / "contract.pdf")
    worse = run_cli("eval", "--cases", str(cases), "--baseline", str(baseline), home=home)
    assert worse.returncode == 1, worse.stdout + worse.stderr
    out = " ".join(worse.stdout.split())
    assert "acme field payment_terms_days: was right (45)" in out
    assert "acme finding non_standard_payment_terms: was raised, is missed now" in out
    assert "acme: passed in the baseline, does not pass now" in out

    bad = tmp_path / "not-a-run.json"
    bad.write_text("[]")
    broken = run_cli("eval", "--cases", str(cases), "--baseline", str(bad), home=home)
    assert broken.returncode == 2 and "not-a-run.json" in broken.stderr


def test_compare_is_pure_json_and_notes_cases_only_in_one_run():
    base = {"summary": {"field_accuracy": 1.0}, "cases": [
        {"id": "a", "passed": True, "errors": [], "scores": {"fields": [], "approvals": {"fn": 0, "fp": 0}}},
        {"id": "gone", "passed": True, "errors": [], "scores": {}}]}
    now = {"summary": {"field_accuracy": 0.5}, "cases": [
        {"id": "a", "passed": True, "errors": [], "scores": {"fields": [], "approvals": {"fn": 1, "fp": 0}}},
        {"id": "new", "passed": False, "errors": [], "scores": {}}]}
    result = compare(base, now)
    assert result.regressions == ["a approvals: 1 sensitive action(s) not flagged (was 0)"]
    assert "gone: in the baseline but not run now" in result.notes
    assert "new: new case (not in the baseline)" in result.notes


def test_gate_flag_fails_on_a_case_error_and_bad_options_exit_2(tmp_path: Path, home: Path):
    cases = tmp_path / "cases"
    _acme_case(cases / "acme")
    _case(cases / "bad", {"id": "bad", "kind": "new_contract", "inputs": {"contract": "contract.pdf"}},
          {"contract.pdf": b"not a pdf"})
    ungated = run_cli("eval", "--cases", str(cases), "--json", home=home)
    assert ungated.returncode == 0
    gated = run_cli("eval", "--cases", str(cases), "--json", "--gate", home=home)
    assert gated.returncode == 1
    assert "gate: 1 case(s) errored: bad:" in " ".join(gated.stderr.split())
    assert json.loads(gated.stdout)["summary"]["passed"] == 1  # the JSON is still printed in full
    missing = run_cli("eval", "--cases", str(tmp_path / "nowhere"), home=home)
    assert missing.returncode == 2 and "nowhere" in missing.stderr
    claude = run_cli("eval", "--cases", str(cases), "--extractor", "claude", home=home)
    assert claude.returncode == 2 and "ANTHROPIC_API_KEY" in claude.stderr


def test_expected_status_is_scored_and_the_summary_counts_where_runs_stopped(tmp_path: Path, home: Path):
    # Acme: Net 45, read right, held for approval (a policy rule applies); Initech: read right, nothing to hold;
    # Initech without its start date: stops in needs_review; the same form told to expect completed fails.
    cases = tmp_path / "cases"
    _acme_case(cases / "acme", expected={"status": "waiting_approval"})
    contract, deal = EXAMPLES / "initech" / "order-form.pdf", EXAMPLES / "initech" / "deal.json"
    files = {"contract.pdf": contract.read_bytes(), "deal.json": deal.read_bytes()}
    inputs = {"contract": "contract.pdf", "deal": "deal.json"}
    _case(cases / "initech", {"id": "initech", "kind": "new_contract", "inputs": inputs,
                              "expected": {"status": "completed", "terms": {"payment_terms_days": 30}}}, files)
    pages = [p.replace("Service Start Date: March 1, 2026", "Go-live: March 1, 2026").splitlines()
             for p in read_document(contract).pages]
    held = {**files, "contract.pdf": text_pdf(pages)}
    _case(cases / "go-live", {"id": "go-live", "kind": "new_contract", "inputs": inputs,
                              "expected": {"status": "needs_review", "findings": ["missing_field"]}}, held)
    _case(cases / "go-live-wrong", {"id": "go-live-wrong", "kind": "new_contract", "inputs": inputs,
                                    "expected": {"status": "completed"}}, held)
    result = run_cases(load_cases([cases]), RunOptions(concurrency=1))
    by_id = {r.id: r for r in result.cases}
    assert {cid: (r.status, r.passed) for cid, r in by_id.items()} == {
        "acme": ("waiting_approval", True), "initech": ("completed", True), "go-live": ("needs_review", True),
        "go-live-wrong": ("needs_review", False)}
    summary = result.summary()
    assert tuple(summary)[-3:] == ("needs_review", "straight_through_rate", "completed_with_wrong_terms")
    # straight-through candidates: initech and go-live-wrong (nothing of theirs needs approval, and neither case
    # expects a person; go-live does); one of the two completed
    assert (summary["needs_review"], summary["straight_through_rate"], summary["completed_with_wrong_terms"]) == (
        2, 0.5, 0)
    assert by_id["go-live"].scores()["status_expected"] == "needs_review"


def test_a_run_that_completes_with_a_wrong_billing_term_is_counted_but_a_wrong_label_is_not():
    def done(cid: str, path: str) -> CaseResult:
        return CaseResult(id=cid, kind="new_contract", group="edge", path=Path(cid), status="completed",
                          actions=[{"type": "create_invoice", "needs_approval": False}],
                          fields=[FieldResult(path, "expected", "actual", correct=False)])

    price, label = done("price", "line_items[0].unit_price"), done("label", "line_items[0].description")
    nothing = CaseResult(id="nothing", kind="new_contract", group="edge", path=Path("n"), status="completed")
    assert (price.completed_wrong, label.completed_wrong, nothing.completed_wrong) == (True, False, True)
    summary = EvalResult(cases=[price, label, nothing], seconds=0.0, extractor="rules").summary()
    assert summary["completed_with_wrong_terms"] == 2 and summary["straight_through_rate"] == 1.0
