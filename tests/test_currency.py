"""One ISO 4217 table: money rounding, amounts written with a code, the schemas and the readers all agree on it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from accrue.adapters.event_files import read_payments_csv
from accrue.core.deal import parse_deal
from accrue.core.document import Document
from accrue.core.errors import InputError
from accrue.core.money import format_money, minor_units, round_money, to_minor
from accrue.core.terms import ContractTerms
from accrue.core.textnorm import find_money
from accrue.extraction import extract_terms
from accrue.extraction.rules import RulesExtractor

D = Decimal
PAY_HEADER = "payment_id,date,amount,currency,payer,reference\n"
DEAL = {"deal_id": "006-KW-01", "deal_name": "Gulf - Platform", "account_name": "Gulf Trading W.L.L.",
        "stage": "Closed Won", "close_date": "2026-04-28", "amount": "1250.500"}


@pytest.mark.parametrize(("code", "places"), [
    ("KWD", 3), ("BHD", 3), ("JPY", 0), ("CLF", 4), ("ISK", 0), ("USD", 2), ("HUF", 2), ("XOF", 0), ("UYW", 4),
])
def test_minor_units_come_from_the_iso_table(code: str, places: int) -> None:
    assert minor_units(code) == places
    assert minor_units(code.lower()) == places


@pytest.mark.parametrize(("text", "amount", "code", "unrounded", "rounded", "shown"), [
    ("KWD 1,250.500", "1250.500", "KWD", "1.2345", "1.235", "KWD 1,250.500"),
    ("1.250,500 KWD", "1250.500", "KWD", "0.0005", "0.001", "KWD 1,250.500"),
    ("BHD 12,000.125", "12000.125", "BHD", "2.0004", "2.000", "BHD 12,000.125"),
    ("JPY 1,250", "1250", "JPY", "1234.5", "1235", "JPY 1,250"),
    ("CLF 1,250.5000", "1250.5000", "CLF", "1.23455", "1.2346", "CLF 1,250.5000"),
    ("ISK 1,250", "1250", "ISK", "99.5", "100", "ISK 1,250"),
])
def test_amounts_written_with_a_code_read_and_round_to_its_minor_unit(text: str, amount: str, code: str,
                                                                       unrounded: str, rounded: str, shown: str):
    (money,) = find_money(f"Annual fee: {text} per year")
    assert (money.amount, money.currency) == (D(amount), code)
    assert str(money.amount) == amount  # every stated decimal kept, none invented
    assert str(round_money(D(unrounded), code)) == rounded
    assert format_money(money.amount, code) == shown


@pytest.mark.parametrize(("text", "amount", "rounded"), [
    ("USD 1,250.505", "1250.505", "1250.51"), ("JPY 1,250.5", "1250.5", "1251"), ("KWD 10.0005", "10.0005", "10.001"),
])
def test_an_amount_finer_than_its_currency_is_read_as_written_and_only_rounding_changes_it(text, amount, rounded):
    (money,) = find_money(text)
    assert money.amount == D(amount) and str(money.amount) == amount
    assert str(round_money(money.amount, money.currency)) == rounded
    with pytest.raises(ValueError, match="more precision"):
        to_minor(money.amount, money.currency)


def test_contract_currency_must_be_an_iso_code():
    assert ContractTerms(currency="kwd").currency == "KWD"
    assert ContractTerms(currency="$").currency == "USD"
    with pytest.raises(ValidationError) as err:
        ContractTerms(currency="XYZ")
    (error,) = err.value.errors()
    assert error["loc"] == ("currency",)
    assert "'XYZ' is not an active ISO 4217 code" in error["msg"] and "like USD, EUR or KWD" in error["msg"]
    for not_money in ("XXX", "XAU", "XTS"):  # ISO codes with no minor unit: nothing can be invoiced in them
        with pytest.raises(ValidationError):
            ContractTerms(currency=not_money)


def test_deal_currency_must_be_an_iso_code():
    assert parse_deal({**DEAL, "currency": "kwd"}, "deal.json").currency == "KWD"
    with pytest.raises(InputError, match=r"deal.json: field 'currency': .*'XYZ' is not an active ISO 4217 code"):
        parse_deal({**DEAL, "currency": "XYZ"}, "deal.json")


def test_payments_file_takes_every_iso_currency_at_its_minor_unit(tmp_path: Path):
    path = tmp_path / "payments.csv"
    path.write_text(PAY_HEADER + "P1,2026-04-20,1250.500,KWD,Gulf,\nP2,2026-04-20,1250,ISK,Reykjavik,\n"
                    "P3,2026-04-20,10.1234,CLF,Santiago,\n")
    assert [(p.amount, p.currency) for p in read_payments_csv(path)] == [
        (D("1250.500"), "KWD"), (D("1250"), "ISK"), (D("10.1234"), "CLF")]
    for row, message in (("P1,2026-04-20,1250.5,ISK,A,\n", "1250.5 has more decimals than ISK allows; "
                                                           "round it to 0 decimals"),
                         ("P1,2026-04-20,5,XYZ,A,\n", "column 'currency': 'XYZ' is not an ISO 4217 code")):
        path.write_text(PAY_HEADER + row)
        with pytest.raises(InputError, match=message):
            read_payments_csv(path)


def test_a_contract_in_kuwaiti_dinars_extracts_and_grounds_with_three_decimals():
    text = ("ORDER FORM\nCustomer: Gulf Trading Company W.L.L.\nCurrency: KWD\n"
            "Total Contract Value: KWD 1,250.500\n")
    result = extract_terms(Document(source="form.txt", pages=[text], sha256="x", media_type="text/plain"),
                           RulesExtractor())
    assert result.terms.currency == "KWD"
    assert str(result.terms.total_contract_value) == "1250.500"
    assert not [w for w in result.warnings if w.startswith("ungrounded")]
