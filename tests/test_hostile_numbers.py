"""Numbers at and past their bounds: what each parser reads exactly and what it refuses, a BOM read alike in JSON and
CSV, and a run whose action failed exiting 1 every time.

The hostile numbers and shapes in the files that start runs (`1e9999`, 4000-digit amounts, `1e30`, 100k-deep
JSON, 10 MB CSV fields, a 400.001 USD credit) are cases of the adversarial corpus (tests/adversarial/), which
checks each is refused in one line, exit code 2, with nothing stored, however often it is repeated.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from accrue.core.money import NumberError, parse_amount, parse_quantity, parse_unit_price
from tests.conftest import EXAMPLES, example, run_cli
from tests.http_fakes import FakeServer, Seen, http_server_fixture  # noqa: F401

EVENTS = EXAMPLES / "events"


def test_deal_json_with_a_bom_is_read_like_a_csv_with_one(home: Path, tmp_path: Path) -> None:
    contract, deal = example("acme")
    with_bom = tmp_path / "deal.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + deal.read_bytes())
    csv_with_bom = tmp_path / "payments.csv"
    csv_with_bom.write_bytes(b"\xef\xbb\xbf" + (EVENTS / "payment" / "payments.csv").read_bytes())
    plain = json.loads(run_cli("run", str(contract), "--deal", str(deal), "--json", home=tmp_path / "plain",
                               check=True).stdout)
    bom = json.loads(run_cli("run", str(contract), "--deal", str(with_bom), "--json", home=home, check=True).stdout)
    assert bom["status"] == plain["status"] == "waiting_approval"
    assert (bom["terms"], bom["findings"]) == (plain["terms"], plain["findings"])
    books = str(EVENTS / "payment" / "books.json")
    paid = json.loads(run_cli("event", "payment", str(csv_with_bom), "--books", books, "--json", home=home,
                              check=True).stdout)
    paid_plain = json.loads(run_cli("event", "payment", str(EVENTS / "payment" / "payments.csv"), "--books", books,
                                    "--json", home=tmp_path / "plain", check=True).stdout)
    assert (paid["status"], paid["findings"]) == (paid_plain["status"], paid_plain["findings"])


def test_a_run_with_a_failed_action_exits_1_naming_it_every_time(home: Path, http_server: FakeServer) -> None:
    def refuse(seen: Seen) -> tuple[int, dict[str, str], object]:
        return 402, {}, {"error": {"type": "card_error", "message": "The customer cannot be billed."}}

    http_server.handler = refuse
    contract, deal = example("acme")
    env = {"STRIPE_API_KEY": "sk_test_refused", "ACCRUE_BILLING": "stripe", "ACCRUE_STRIPE_URL": http_server.url}
    run_id = ""
    for attempt in ("run", "same run again", "retry"):
        args = ["retry", run_id] if attempt == "retry" else ["run", str(contract), "--deal", str(deal)]
        proc = run_cli(*args, "--json", home=home, env=env)
        assert proc.returncode == 1, (attempt, proc.stderr)
        view = json.loads(proc.stdout)
        run_id = view["run_id"]
        failed = [a for a in view["actions"] if a["status"] == "failed"]
        assert [a["type"] for a in failed] == ["create_customer"]
        assert proc.stderr.startswith(f"error: run {run_id} failed: action {failed[0]['id']} (create_customer) "
                                      "failed"), proc.stderr
        assert f"accrue retry {run_id}" in proc.stderr


@pytest.mark.parametrize(("parse", "text", "value"), [
    (lambda t: parse_amount(t, "USD"), "999999999999999.99", Decimal("999999999999999.99")),
    (lambda t: parse_amount(t, "JPY"), "120000.00", Decimal("120000")),  # trailing zeros are not precision
    (lambda t: parse_amount(t, "KWD"), "-1250.500", Decimal("-1250.500")),
    (lambda t: parse_unit_price(t, "USD"), "0.0025", Decimal("0.0025")),
    (parse_quantity, "999999999999.5", Decimal("999999999999.5")),
])
def test_numbers_inside_the_range_are_read_exactly(parse: Callable[[str], Decimal], text: str,
                                                   value: Decimal) -> None:
    assert parse(text) == value


@pytest.mark.parametrize(("parse", "text", "problem"), [
    (lambda t: parse_amount(t, "USD"), "1000000000000000", "outside the range"),
    (lambda t: parse_amount(t, "USD"), "400.001", "more decimals than USD allows"),
    (lambda t: parse_amount(t, "JPY"), "1.5", "more decimals than JPY allows"),
    (lambda t: parse_amount(t, "USD"), "1e-9999", "more decimals"),
    (lambda t: parse_amount(t, "USD"), "sNaN", "not a finite number"),
    (lambda t: parse_unit_price(t, "USD"), "0.0000001", "more decimals than a unit price allows (6)"),
    (parse_quantity, "1000000000000", "outside the range"),
    (parse_quantity, "-Infinity", "not a finite number"),
    (parse_quantity, "12 seats", "not a number"),
])
def test_numbers_outside_the_range_or_too_fine_are_refused(parse: Callable[[str], Decimal], text: str,
                                                            problem: str) -> None:
    with pytest.raises(NumberError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        parse(text)


def test_a_request_amount_finer_than_its_invoice_currency_is_an_error_finding_in_the_graph() -> None:
    """Defence in depth for a run started without the run service (LangGraph Server): the validate step holds it."""
    from accrue.core.validation import request_precision_findings

    (finding,) = request_precision_findings([("amount", Decimal("400.001")), ("write_off", Decimal("5.10"))], "USD")
    assert (finding.code, finding.severity, finding.fields) == ("amount_precision", "error", ["amount"])
    assert request_precision_findings([("lines.0.amount", Decimal("1250.500"))], "KWD") == []
