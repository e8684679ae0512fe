"""Event file readers: good files parse exactly; broken ones name the file, the line, the column and the fix."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from accrue.adapters.event_files import (
    read_change_request,
    read_payments_csv,
    read_usage,
    read_usage_request,
    usage_rows,
)
from accrue.core.billing.periods import Period
from accrue.core.errors import InputError

D = Decimal
USAGE_HEADER = "event_id,customer_id,metric,quantity,timestamp\n"
PAY_HEADER = "payment_id,date,amount,currency,payer,reference\n"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_usage_csv_parses_quantities_and_times_exactly(tmp_path: Path) -> None:
    path = write(tmp_path, "usage.csv", USAGE_HEADER + 'e1,cus-1,geocode_requests,"1,250",2026-03-04T10:15:00Z\n'
                 "e2,cus-1,geocode_requests,0.5,2026-03-04T23:30:00-05:00\n\n"
                 "e3,cus-1,geocode_requests,7,2026-03-05\n")
    records = list(usage_rows(path))
    assert [(r.event_id, r.quantity, r.row) for r in records] == [("e1", D("1250"), 2), ("e2", D("0.5"), 3),
                                                                 ("e3", D("7"), 5)]
    assert records[1].timestamp == datetime(2026, 3, 5, 4, 30, tzinfo=UTC)  # offsets are converted to UTC
    assert records[2].timestamp == datetime(2026, 3, 5, tzinfo=UTC)  # no offset: UTC


def test_usage_columns_may_come_in_any_order_with_common_aliases(tmp_path: Path) -> None:
    path = write(tmp_path, "u.csv", "Timestamp;Qty;Metric;Customer;ID\n2026-03-01T00:00:00Z;3;calls;c1;x\n")
    (record,) = usage_rows(path)
    assert (record.event_id, record.customer_id, record.quantity) == ("x", "c1", D(3))


@pytest.mark.parametrize(("body", "message"), [
    ("event_id,customer_id,quantity,timestamp\ne1,c,1,2026-03-01\n", "header has no column 'metric'"),
    (USAGE_HEADER + "e1,c,calls,12abc,2026-03-01\n", "line 2, column 'quantity': '12abc' is not a number"),
    (USAGE_HEADER + "e1,c,calls,1,03/01/2026\n", "line 2, column 'timestamp': '03/01/2026' is not an ISO 8601"),
    (USAGE_HEADER + "e1,,calls,1,2026-03-01\n", "line 2, column 'customer_id' is empty"),
    (USAGE_HEADER + "e1,c,calls,1\n", "line 2 has 4 fields, the header has 5"),
    (USAGE_HEADER + "e1,c,calls,NaN,2026-03-01\n", "not a finite number"),
    (USAGE_HEADER, "has a header but no rows"),
    ("", "usage file is empty"),
])
def test_broken_usage_csv_names_file_line_column_and_fix(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, "usage.csv", body)
    with pytest.raises(InputError) as err:
        list(usage_rows(path))
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)
    assert err.value.fix


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="usage file not found"):
        list(usage_rows(tmp_path / "nope.csv"))
    with pytest.raises(InputError, match="is not UTF-8"):
        list(usage_rows(write(tmp_path, "latin.csv", "event_id,customer_id,metric,quantity,timestamp\nx,\xe9".encode(
            "latin-1"))))


def test_payments_csv_with_fee_and_stripe_style_names(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "id,created,amount,currency,customer,description,fee\n"
                 'po_1,2026-04-20,"8,250.50",usd,Initech LLC,"INV-1, INV-2",12.30\n')
    (p,) = read_payments_csv(path)
    assert (p.payment_id, p.date, p.amount, p.currency, p.payer, p.reference, p.fee) == (
        "po_1", date(2026, 4, 20), D("8250.50"), "USD", "Initech LLC", "INV-1, INV-2", D("12.30"))


@pytest.mark.parametrize(("rows", "message"), [
    ("P1,2026-04-20,100.00,USD,A,\nP1,2026-04-21,5.00,USD,B,\n", "line 3, column 'payment_id': 'P1' is already on "
                                                                  "line 2"),
    ("P1,2026-04-20,100.001,USD,A,\n", "line 2, column 'amount': 100.001 has more decimals than USD allows"),
    ("P1,2026-04-20,-5.00,USD,A,\n", "line 2, column 'amount': -5.00 is not a positive amount"),
    ("P1,2026-04-20,5,DOLLARS,A,\n", "line 2, column 'currency': 'DOLLARS' is not an ISO 4217 code"),
    ("P1,20/04/2026,5,USD,A,\n", "line 2, column 'date': '20/04/2026' is not a date"),
    ("P1,2026-04-20,5,JPY,A,\n", ""),  # fine: whole yen
])
def test_broken_payments_csv(tmp_path: Path, rows: str, message: str) -> None:
    path = write(tmp_path, "payments.csv", PAY_HEADER + rows)
    if not message:
        assert read_payments_csv(path)[0].amount == D(5)
        return
    with pytest.raises(InputError) as err:
        read_payments_csv(path)
    assert message in str(err.value) and str(err.value).startswith(str(path))


def test_change_request_json(tmp_path: Path) -> None:
    path = write(tmp_path, "request.json", '{"invoice": "INV-0420", "amount": 1200.10, "reason": "SLA credit", '
                                           '"requested_by": "Priya"}')
    req = read_change_request(path)
    assert (req.invoice, req.amount, req.requested_by) == ("INV-0420", D("1200.10"), "Priya")  # never a float


@pytest.mark.parametrize(("body", "message"), [
    ('{"invoice": "I", "amount": "10", "reason": "r"}', "field 'requested_by': missing required field"),
    ('{"invoice": "I", "amount": "-10", "reason": "r", "requested_by": "p"}', "field 'amount'"),
    ('{"invoice": "I", "reason": "r", "requested_by": "p"}', "either 'amount'"),
    ('{"invoice": "I", "amount": "1", "reason": "r", "requested_by": "p", "approve": true}',
     "field 'approve': unknown field"),
    # a re-issued invoice totalling less than nothing would be a second, uncapped credit beside the credit note
    ('{"invoice": "I", "lines": [{"description": "Fee", "amount": "100"}, {"description": "Refund", "amount": '
     '"-600"}], "reason": "r", "requested_by": "p"}', "field 'lines': the corrected lines add up to -500"),
    ('[1, 2]', "must be a JSON object"),
    ('{"invoice": ', "is not valid JSON"),
])
def test_broken_change_request(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, "request.json", body)
    with pytest.raises(InputError) as err:
        read_change_request(path)
    assert message in str(err.value) and str(err.value).startswith(str(path))


def test_usage_request(tmp_path: Path) -> None:
    ok = write(tmp_path, "r.json", '{"period_start": "2026-03-01", "period_end": "2026-03-31"}')
    assert read_usage_request(ok).period_end == date(2026, 3, 31)
    bad = write(tmp_path, "bad.json", '{"period_start": "2026-03-31", "period_end": "2026-03-01"}')
    with pytest.raises(InputError, match="before period_start"):
        read_usage_request(bad)


def test_usage_file_folds_in_one_stream_with_duplicates_across_batches(tmp_path: Path) -> None:
    # e1 repeats in a later batch (batches of 2 rows), e2 inside its own batch; February is out of the period.
    path = write(tmp_path, "usage.csv", USAGE_HEADER + "e1,c1,calls,10,2026-03-01T00:00:00Z\n"
                 "e2,c1,calls,5,2026-03-02T00:00:00Z\ne2,c1,calls,5,2026-03-02T00:00:00Z\n"
                 "e3,c2,calls,-1,2026-03-31T23:00:00-05:00\ne1,c1,calls,10,2026-03-01T00:00:00Z\n"
                 "e4,c1,Calls,7,2026-02-28T12:00:00Z\n")
    sha256, digest = read_usage(path, Period(date(2026, 3, 1), date(2026, 3, 31)), batch=2)
    assert sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (digest.rows, digest.duplicates.first, digest.duplicates.count) == (6, [4, 6], 2)
    c1, c2 = digest.customers["c1"], digest.customers["c2"]
    assert (c1.lines.first, c1.out_of_period.first) == ([2, 3, 7], [7])
    assert {k: m.quantity for k, m in c1.metrics["calls"].months.items()} == {"2026-03": D(15)}
    assert c2.out_of_period.first == [5]  # 23:00 at -05:00 is 1 April in UTC
