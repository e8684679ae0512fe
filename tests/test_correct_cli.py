"""`accrue correct` end to end: a corrected run produces exactly the invoice the correctly extracted contract
produces, for a start date the extractor missed, a fee line it did not read and a unit price it read wrong. Each
pair is one order form written twice: once as the embedded extractor reads it, once as it does not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import cli_json, run_cli
from tests.pdfs import order_form_pdf, write

FORM = {"Customer": "Umbrella Corp", "Service Start Date": "1 March 2026", "Term": "12 months", "Currency": "USD",
        "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 30"}
PLATFORM = "Platform (SKU P-1): 10 x USD 1,200.00 per year"
SUPPORT = "Premium Support: 1 x USD 4,800.00 per year"
# What the invoice is, whichever run issued it: not its ids, status or the evidence it was planned from.
_BOOKKEEPING = {"id", "invoice_id", "subscription_id", "idempotency_key", "status", "external_id", "evidence",
                "reasons", "needs_approval", "depends_on", "approved_by"}


def _deal(folder: Path, amount: str) -> Path:
    path = folder / "deal.json"
    path.write_text(json.dumps({"deal_id": "D-UMB-1", "deal_name": "Umbrella - Platform", "stage": "Closed Won",
                                "account_name": "Umbrella Corp", "close_date": "2026-02-20", "currency": "USD",
                                "amount": amount}))
    return path


def _run(tmp_path: Path, name: str, fields: dict[str, str], fees: list[str], amount: str,
         extra: list[list[str]] | None = None) -> dict[str, Any]:
    """The run of one form in its own data folder (so the customer is new to each)."""
    folder = tmp_path / name
    folder.mkdir()
    pdf = write(folder / "order-form.pdf", order_form_pdf(fields, fees, extra))
    view = cli_json("run", str(pdf), "--deal", str(_deal(folder, amount)), home=folder / "home")
    view["home"] = folder / "home"
    return view


def _invoice(view: dict[str, Any]) -> dict[str, Any]:
    (invoice,) = [a for a in view["actions"] if a["type"] == "create_invoice"]
    assert invoice["status"] == "executed"
    return {k: v for k, v in invoice.items() if k not in _BOOKKEEPING}


def _booked(home: Path) -> list[dict[str, Any]]:
    return [{k: v for k, v in inv.items() if k not in {"id", "number", "subscription_id", "approved_by"}}
            for inv in cli_json("books", home=home)["invoices"]]


def test_a_start_date_the_extractor_missed(tmp_path: Path) -> None:
    right = _run(tmp_path, "right", FORM, [PLATFORM], "12000.00")
    assert right["status"] == "completed"
    go_live = {**{k: v for k, v in FORM.items() if k != "Service Start Date"}, "Go-live": "1 March 2026"}
    held = _run(tmp_path, "held", go_live, [PLATFORM], "12000.00")
    assert held["status"] == "needs_review" and held["terms"]["service_start_date"] is None

    done = cli_json("correct", held["run_id"], "service_start_date=2026-03-01", "--as", "Pat Billing",
                    "--page", "1", "--quote", "Go-live: 1 March 2026", home=held["home"])
    assert done["status"] == "completed"  # quoted from the page: as good as read, nothing else held it
    assert _invoice(done) == _invoice(right)
    assert _booked(held["home"]) == _booked(right["home"])
    (corrected,) = done["corrections"]
    assert (corrected["path"], corrected["old"], corrected["new"], corrected["by"], corrected["provenance"]) == (
        "service_start_date", None, "2026-03-01", "Pat Billing", "document")
    assert {k: corrected["citation"][k] for k in ("page", "quote")} == {"page": 1, "quote": "Go-live: 1 March 2026"}


def test_a_fee_line_the_extractor_did_not_read(tmp_path: Path) -> None:
    right = _run(tmp_path, "right", FORM, [PLATFORM, SUPPORT], "16800.00")
    assert right["status"] == "completed"
    # Worded so the embedded reader does not take it as a fee line (it reads "Premium Support is provided for an
    # additional fee of USD 4,800.00 per year." since wave 6): the person adds the line the reader missed.
    prose = [["Support", "We will also provide premium support; the customer pays USD 4,800.00 for it each year."]]
    held = _run(tmp_path, "held", FORM, [PLATFORM], "16800.00", prose)
    assert held["status"] == "needs_review"
    (gap,) = held["review"]["gaps"]
    assert gap["code"] == "plan_unreconciled" and "difference USD -4,800.00" in gap["message"]

    item = {"description": "Premium Support", "quantity": "1", "unit_price": "4800.00", "price_period": "year"}
    done = cli_json("correct", held["run_id"], f"line_items[+]={json.dumps(item)}", "--as", "Pat Billing",
                    "--page", "2", "--quote", "the customer pays USD 4,800.00 for it each year",
                    home=held["home"])
    assert done["status"] == "completed"
    assert _invoice(done) == _invoice(right)
    assert _booked(held["home"]) == _booked(right["home"])
    assert [(c["path"], c["op"]) for c in done["corrections"]] == [("line_items[1]", "add")]
    superseded = [e for e in cli_json("audit", held["run_id"], home=held["home"]) if e["event"] == "plan_superseded"]
    (old_invoice,) = [a for a in superseded[0]["detail"]["actions"] if a["type"] == "create_invoice"]
    assert old_invoice["amount"] == "12000.00"  # the plan it replaced stays in the audit trail


def test_a_unit_price_the_extractor_read_wrong(tmp_path: Path) -> None:
    right = _run(tmp_path, "right", FORM, [PLATFORM], "12000.00")
    held = _run(tmp_path, "held", FORM, ["Platform (SKU P-1): USD 12,000.00 per year for 10 seats"], "12000.00")
    assert held["status"] == "needs_review"
    assert held["terms"]["line_items"][0]["unit_price"] == "12000.00"  # 10 x 12,000: ten times the deal

    # The page gives the total for 10 seats, not the seat price: entered without a quote, it needs a second person.
    waiting = cli_json("correct", held["run_id"], "line_items[0].unit_price=1200.00", "--as", "Pat Billing",
                       home=held["home"])
    assert waiting["status"] == "waiting_approval"
    (invoice,) = [a for a in waiting["actions"] if a["type"] == "create_invoice"]
    assert invoice["reasons"] == ["depends on a value a person entered without a quote from the document: "
                                  "line_items[0].unit_price"]
    own = run_cli("approve", held["run_id"], "--as", "Pat Billing", home=held["home"])
    assert own.returncode == 2 and "Pat Billing entered line_items[0].unit_price, which a2 depends on" in own.stderr
    done = cli_json("approve", held["run_id"], "--as", "Dana Controller", home=held["home"])
    assert done["status"] == "completed"
    assert _invoice(done) == _invoice(right)
    assert _booked(held["home"]) == _booked(right["home"])


@pytest.mark.parametrize(("args", "says"), [
    (("line_items[0].unit_price=abc",), "line_items[0].unit_price=\"abc\" is not a valid value"),
    (("line_items[3].unit_price=10",), "the terms have 1 line items (line_items[0] to line_items[0])"),
    (("unit_price=10",), "'unit_price' is not a field of the terms"),
    (("service_start_date=2026-03-01", "payment_terms_days=30", "--page", "1", "--quote", "Net 30"),
     "--quote cites one value, and 2 were given"),
    (("service_start_date=2026-03-01", "--page", "1"), "--page and --quote go together"),
    (("service_start_date=2026-03-01", "--page", "1", "--quote", "Go-live: 2 March 2026"), "is not on page 1"),
    (("service_start_date=2026-03-01", "--as", "Nobody", "--role", "controller"),
     "Nobody is not in policy.toml [people]"),
])
def test_a_correction_that_does_not_fit_is_one_line_exit_2_and_changes_nothing(tmp_path: Path, args: tuple[str, ...],
                                                                                 says: str) -> None:
    go_live = {**{k: v for k, v in FORM.items() if k != "Service Start Date"}, "Go-live": "1 March 2026"}
    held = _run(tmp_path, "held", go_live, [PLATFORM], "12000.00")
    by = () if "--as" in args else ("--as", "Pat Billing")
    proc = run_cli("correct", held["run_id"], *args, *by, home=held["home"])
    assert proc.returncode == 2, proc.stdout
    assert says in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    after = cli_json("show", held["run_id"], home=held["home"])
    assert after["status"] == "needs_review" and after["corrections"] == []


def test_correct_help_says_how_a_quote_applies() -> None:
    shown = run_cli("correct", "--help", home=Path("unused-home")).stdout
    assert "line_items[+]=" in shown and "apply to the one PATH=VALUE" in " ".join(shown.split())


def test_a_quoted_correction_teaches_its_label_and_the_next_form_of_the_layout_is_read_right(tmp_path: Path) -> None:
    go_live = {**{k: v for k, v in FORM.items() if k != "Service Start Date"}, "Go-live": "1 March 2026"}
    held = _run(tmp_path, "first", go_live, [PLATFORM], "12000.00")
    home = held["home"]
    assert held["status"] == "needs_review"
    cli_json("correct", held["run_id"], "service_start_date=2026-03-01", "--as", "Pat Billing",
             "--page", "1", "--quote", "Go-live: 1 March 2026", home=home)
    learned = cli_json("labels", home=home)
    assert [(i["label"], i["field"], i["learned_from"], i["by"]) for i in learned] == [
        ("go-live", "service_start_date", held["run_id"], "Pat Billing")]
    assert any(e["event"] == "labels_learned" for e in cli_json("audit", held["run_id"], home=home))

    # The next form in the same layout, for another customer, in the same installation: read right, unattended.
    sibling = write(tmp_path / "sibling.pdf", order_form_pdf(
        {**go_live, "Customer": "Initrode Ltd", "Go-live": "1 April 2026"}, [PLATFORM]))
    deal = tmp_path / "sibling-deal.json"
    deal.write_text(json.dumps({"deal_id": "D-INI-1", "deal_name": "Initrode", "stage": "Closed Won",
                                "account_name": "Initrode Ltd", "close_date": "2026-03-20", "currency": "USD",
                                "amount": "12000.00"}))
    view = cli_json("run", str(sibling), "--deal", str(deal), home=home)
    assert view["terms"]["service_start_date"] == "2026-04-01"
    assert view["status"] == "completed"

    # Forgotten, the label is no longer read.
    run_cli("labels", "remove", "go-live", home=home, check=True)
    again = write(tmp_path / "third.pdf", order_form_pdf(
        {**go_live, "Customer": "Vandelay Industries", "Go-live": "1 May 2026"}, [PLATFORM]))
    deal.write_text(json.dumps({"deal_id": "D-VAN-1", "deal_name": "Vandelay", "stage": "Closed Won",
                                "account_name": "Vandelay Industries", "close_date": "2026-04-20", "currency": "USD",
                                "amount": "12000.00"}))
    assert cli_json("run", str(again), "--deal", str(deal), home=home)["status"] == "needs_review"


def test_corrected_runs_export_as_eval_cases_that_measure_the_miss(tmp_path: Path) -> None:
    go_live = {**{k: v for k, v in FORM.items() if k != "Service Start Date"}, "Go-live": "1 March 2026"}
    held = _run(tmp_path, "held", go_live, [PLATFORM], "12000.00")
    home = held["home"]
    cli_json("correct", held["run_id"], "service_start_date=2026-03-01", "--as", "Pat Billing", home=home)
    out = tmp_path / "our-cases"
    (folder,) = [Path(p) for p in cli_json("corrections", "export", str(out), home=home)]
    case = json.loads((folder / "case.json").read_text())
    assert case["inputs"] == {"contract": "contract.pdf", "deal": "deal.json"}
    assert case["expected"]["terms"]["service_start_date"] == "2026-03-01"
    assert "Pat Billing" in case["description"] and "service_start_date" in case["description"]
    assert cli_json("corrections", "export", str(out), home=home) == []  # already exported

    # Replayed in a fresh data folder (no learned labels), the embedded reader misses the date: the case says so.
    scored = json.loads(run_cli("eval", "--cases", str(out), "--json", home=tmp_path / "eval-home").stdout)
    (result,) = scored["cases"]
    start = next(f for f in result["scores"]["fields"] if f["path"] == "service_start_date")
    assert (start["expected"], start["actual"], start["correct"]) == ("2026-03-01", None, False)
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    refused = run_cli("corrections", "export", str(not_a_folder), home=home)
    assert refused.returncode == 2 and "file.txt: is a file" in refused.stderr
