"""Hostile numbers and shapes in the files that start runs: each is refused with one line naming the file, the field
and the fix, exit code 2, and no run left behind, however often the same command is repeated.

The inputs are the ones an adversarial pass found crashing rounding (`1e9999`, a 4000-digit amount, `1e30`),
recursion (100k-deep JSON), the CSV reader (a 10 MB field), or silently rounding a credit (400.001 USD).
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
Build = Callable[[Path], list[str]]


def _deal(**changes: object) -> Build:
    def build(tmp: Path) -> list[str]:
        contract, deal_file = example("acme")
        deal = json.loads(deal_file.read_text())
        for key, value in changes.items():
            if key.startswith("line_"):
                deal["line_items"][0][key.removeprefix("line_")] = value
            else:
                deal[key] = value
        path = tmp / "deal.json"
        path.write_text(json.dumps(deal))
        return ["run", str(contract), "--deal", str(path)]
    return build


def _raw_deal(text: str | bytes) -> Build:
    def build(tmp: Path) -> list[str]:
        path = tmp / "deal.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return ["run", str(example("acme")[0]), "--deal", str(path)]
    return build


def _csv_cell(kind: str, column: str, value: str) -> Build:
    """The example usage or payments file with `column` of its first row replaced by `value`."""
    def build(tmp: Path) -> list[str]:
        source = EVENTS / kind / ("usage.csv" if kind == "usage" else "payments.csv")
        header, first, *rest = source.read_text().splitlines()
        cells = first.split(",")
        cells[header.split(",").index(column)] = value
        path = tmp / source.name
        path.write_text("\n".join([header, ",".join(cells), *rest]) + "\n")
        if kind == "usage":
            return ["event", "usage", str(path), "--contract", str(EVENTS / "usage" / "contract.pdf"),
                    "--request", str(EVENTS / "usage" / "request.json")]
        return ["event", "payment", str(path), "--books", str(EVENTS / "payment" / "books.json")]
    return build


def _change_request(**changes: object) -> Build:
    def build(tmp: Path) -> list[str]:
        request = json.loads((EVENTS / "change-request" / "request.json").read_text())
        request.update(changes)
        path = tmp / "request.json"
        path.write_text(json.dumps(request) if "raw" not in changes else str(changes["raw"]))
        return ["event", "change-request", str(path), "--books", str(EVENTS / "change-request" / "books.json")]
    return build


HUGE_DIGITS = "1" + "0" * 4000
DEAL_TEXT = example("acme")[1].read_text()
REFUSED: dict[str, tuple[Build, str, str]] = {
    # case: (inputs, file name, what the one line must say)
    "deal-amount-1e9999": (_deal(amount="1e9999"), "deal.json", "field 'amount': 1e9999 is outside the range"),
    "deal-amount-4000-digits": (_deal(amount=HUGE_DIGITS), "deal.json", "field 'amount': a 4001-character number"),
    "deal-amount-json-integer-4400-digits": (_raw_deal(DEAL_TEXT.replace('"24000.00"', "9" * 4400)), "deal.json",
                                             "field 'amount': a 4400-character number"),
    "deal-amount-1e30": (_deal(amount="1e30"), "deal.json", "field 'amount': 1e30 is outside the range"),
    "deal-amount-finer-than-cents": (_deal(amount="24000.001"), "deal.json",
                                     "field 'amount': 24000.001 has more decimals than USD allows"),
    "deal-amount-nan-constant": (_raw_deal(DEAL_TEXT.replace('"24000.00"', "NaN")), "deal.json",
                                 "NaN is not a number"),
    "deal-quantity-1e9999": (_deal(line_quantity="1e9999"), "deal.json",
                             "field 'line_items.0.quantity': 1e9999 is outside the range"),
    "deal-line-total-1e30": (_deal(line_total="1e30"), "deal.json", "line item 1 (Platform Subscription), total"),
    "deal-nested-100k-deep": (_raw_deal("[" * 100_000 + "]" * 100_000), "deal.json", "nested more than 32 levels"),
    "deal-nested-40-deep": (_raw_deal('{"a": ' + "[" * 40 + "]" * 40 + "}"), "deal.json", "nested more than 32"),
    "deal-over-10-mb": (_raw_deal('{"deal_id": "' + "x" * (11 * 1024 * 1024) + '"}'), "deal.json",
                        "over the 10,485,760-byte limit"),
    "usage-quantity-1e9999": (_csv_cell("usage", "quantity", "1e9999"), "usage.csv",
                              "line 2, column 'quantity': 1e9999 is outside the range"),
    "usage-quantity-4000-digits": (_csv_cell("usage", "quantity", HUGE_DIGITS), "usage.csv",
                                   "line 2, column 'quantity': a 4001-character number"),
    "usage-quantity-1e30": (_csv_cell("usage", "quantity", "1e30"), "usage.csv", "1e30 is outside the range"),
    "usage-quantity-infinity": (_csv_cell("usage", "quantity", "Infinity"), "usage.csv", "not a finite number"),
    "usage-10-mb-field": (_csv_cell("usage", "metric", '"' + "x" * (10 * 1024 * 1024) + '"'), "usage.csv",
                          "line 2 has a field longer than 131,072 characters"),
    "payment-amount-1e9999": (_csv_cell("payment", "amount", "1e9999"), "payments.csv",
                              "line 2, column 'amount': 1e9999 is outside the range"),
    "payment-amount-4000-digits": (_csv_cell("payment", "amount", HUGE_DIGITS), "payments.csv",
                                   "a 4001-character number"),
    "payment-amount-1e30": (_csv_cell("payment", "amount", "1e30"), "payments.csv", "1e30 is outside the range"),
    "payment-10-mb-reference": (_csv_cell("payment", "payer", '"' + "x" * (10 * 1024 * 1024) + '"'),
                                "payments.csv", "has a field longer than"),
    "credit-400.001-usd-invoice": (_change_request(amount="400.001"), "request.json",
                                   "field 'amount': 400.001 has more decimals than USD allows"),
    "credit-400.001-json-number": (_change_request(raw='{"invoice": "INV-0101", "amount": 400.001, "reason": "SLA",'
                                                       ' "requested_by": "Sam"}'), "request.json",
                                   "400.001 has more decimals than USD allows"),
    "credit-400.001-usd-stated": (_change_request(amount="400.001", currency="USD"), "request.json",
                                  "field 'amount': 400.001 has more decimals than USD allows"),
    "credit-1e9999": (_change_request(amount="1e9999"), "request.json", "1e9999 is outside the range"),
    "credit-1e30": (_change_request(amount="1e30"), "request.json", "1e30 is outside the range"),
    "write-off-finer-than-any-currency": (_change_request(amount=None, write_off="10.00001"), "request.json",
                                          "more decimals than any currency allows (4)"),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_hostile_number_is_refused_in_one_line_and_stores_nothing(home: Path, tmp_path: Path, case: str) -> None:
    build, name, expected = REFUSED[case]
    args = build(tmp_path)
    for attempt in ("first", "again"):  # the same command never turns into a success (or a stored failed run)
        proc = run_cli(*args, "--json", home=home)
        assert proc.returncode == 2, (attempt, proc.stdout[:500], proc.stderr[:500])
        message = proc.stderr.strip()
        assert len(message.splitlines()) == 1 and len(message) < 600, message[:600]
        assert message.startswith(f"error: {tmp_path / name}: ") and expected in message, message
        assert "Traceback" not in proc.stderr and proc.stdout == ""
        assert json.loads(run_cli("runs", "--json", home=home, check=True).stdout) == []
        assert json.loads(run_cli("books", "--json", home=home, check=True).stdout) == {
            "customers": [], "invoices": [], "journal_entries": []}  # not even the books seed given with it


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
