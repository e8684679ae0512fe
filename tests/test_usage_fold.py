"""The usage reader's fold gives exactly what a plain row-by-row fold of the same file gives.

The reader groups each batch's rows and adds a quantity times its count, caches cells and reads a time's date
and time of day apart; none of that may change an answer. A generated file with the shapes real exports have
(repeated times and quantities, repeated event ids within and across batches, offsets, Z, dates alone, basic and
week dates, "1" beside "1.0", thousands separators, blank lines, a quoted cell over two lines, many customers and
metrics, rows outside the period) is folded by `read_usage` at several batch sizes and compared, text for text,
with a fold written out here from the rows as they were generated.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accrue.adapters.event_files import _ByUtcDay, check_usage_csv, parse_timestamp, read_usage, usage_rows
from accrue.core.billing.periods import Period
from accrue.core.billing.usage_digest import EVIDENCE_LINES, UsageDigest
from accrue.core.errors import InputError

JUNE = Period(date(2026, 6, 1), date(2026, 6, 30))
SPRING = Period(date(2026, 3, 15), date(2026, 7, 10))  # months cut at both ends
TIMES = ["2026-06-01T00:00:00Z", "2026-06-30T23:30:00-05:00", "2026-06-01T02:00:00+05:30", "2026-05-31T22:00:00Z",
         "2026-06-15", "2026-06-15T12:00:00", "2026-06-15T12:00:00z", "2026-06-15 08:00:00+00:00",
         "20260616T101500Z", "2026-W25-2T09:00:00+01:00", "2026-06-17T10:00:00.123456+14:00",
         "2026-06-17T10:00:00,5-12:00", "2026-07-01T00:30:00+01:00", "2026-06-30T23:59:59.999999Z",
         "2026-03-14T23:00:00-02:00", "2026-07-10T23:00:00+00:00", "2026-07-10T23:00:00-01:00", "2026-06-20T10"]
QUANTITIES = ["1", "1.0", "1.50", " 2 ", "1,250", "-3", "0", "-0", "1E+2", "0.000001", "999999999999.999999", "7"]


def _generated(rows: int, seed: int, reordered: bool) -> tuple[str, list[dict[str, Any]]]:
    """A usage file, and its rows as generated (with each one's file line): the reference's input."""
    rng = random.Random(seed)
    customers = [f"cus-{i}" for i in range(40)]
    metrics = ["api_calls", "Geocode Requests", "storage_gb"]
    header = ["metric", "note", "timestamp", "quantity", "customer_id", "event_id"] if reordered else \
        ["event_id", "customer_id", "metric", "quantity", "timestamp"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    line, generated = 2, []
    for i in range(rows):
        event_id = f"ev-{rng.randrange(i + 1)}" if rng.random() < 0.08 else f"ev-{i}"  # some repeat an earlier id
        customer = customers[min(int(rng.expovariate(0.15)), len(customers) - 1)]  # a few busy, many quiet
        # every day of June a few times, so the busy customers' samples fill and later batches are grouped
        stamp = rng.choice(TIMES) if rng.random() < 0.5 else \
            f"2026-06-{rng.randrange(1, 31):02d}T{rng.randrange(24):02d}:00:00Z"
        cells = {"event_id": f" {event_id}" if rng.random() < 0.05 else event_id, "customer_id": customer,
                 "metric": rng.choice(metrics), "quantity": rng.choice(QUANTITIES), "timestamp": stamp,
                 "note": "two\nlines" if reordered and rng.random() < 0.01 else ""}
        writer.writerow([cells[name] for name in header])
        line += cells["note"].count("\n")  # a row is numbered by the line it ends on, as the CSV reader counts
        generated.append({**cells, "event_id": event_id, "line": line})
        line += 1
        if rng.random() < 0.01:
            out.write("\n")  # a blank line: skipped, but it counts in the line numbers
            line += 1
    return out.getvalue(), generated


def _plain_fold(rows: list[dict[str, Any]], period: Period) -> dict[str, Any]:
    """The fold written out row by row, as a person would: the reference."""
    seen: set[str] = set()
    duplicates: list[int] = []
    customers: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["event_id"] in seen:
            duplicates.append(row["line"])
            continue
        seen.add(row["event_id"])
        customer = customers.setdefault(row["customer_id"], {"lines": [], "out": [], "metrics": {}})
        customer["lines"].append(row["line"])
        when = datetime.fromisoformat(row["timestamp"].replace("z", "Z"))
        day = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC).date()
        if not period.start <= day <= period.end:
            customer["out"].append(row["line"])
            continue
        quantity = Decimal(row["quantity"].strip().replace(",", ""))
        metric = customer["metrics"].setdefault(row["metric"], {"lines": [], "negative": [], "months": {}})
        metric["lines"].append(row["line"])
        if quantity < 0:
            metric["negative"].append(row["line"])
        month = metric["months"].setdefault(f"{day:%Y-%m}", [Decimal(0), row["line"], False])
        month[0] = quantity if not month[2] else month[0] + quantity  # the first row's value as it is, then sums
        month[2] = True

    def lines(found: list[int]) -> dict[str, Any]:
        return {"first": found[:EVIDENCE_LINES], "count": len(found)}

    return {"rows": len(rows), "duplicates": lines(duplicates), "customers": {
        cid: {"lines": lines(c["lines"]), "out_of_period": lines(c["out"]), "metrics": {
            name: {"lines": lines(m["lines"]), "negative": lines(m["negative"]),
                   "months": {k: {"quantity": str(q), "first_line": first} for k, (q, first, _) in m["months"].items()}}
            for name, m in c["metrics"].items()}}
        for cid, c in customers.items()}}


def _as_text(digest: UsageDigest) -> dict[str, Any]:
    """The digest with every quantity as its exact text (so 2 and 2.0 differ) and every dict in its order."""
    return {"rows": digest.rows, "duplicates": digest.duplicates.model_dump(), "customers": {
        cid: {"lines": c.lines.model_dump(), "out_of_period": c.out_of_period.model_dump(), "metrics": {
            name: {"lines": m.lines.model_dump(), "negative": m.negative.model_dump(),
                   "months": {k: {"quantity": str(v.quantity), "first_line": v.first_line}
                              for k, v in m.months.items()}}
            for name, m in c.metrics.items()}}
        for cid, c in digest.customers.items()}}


def _ordered(value: Any) -> Any:
    """Dicts as lists of pairs, so a comparison also checks the order customers, metrics and months came in."""
    if isinstance(value, dict):
        return [(k, _ordered(v)) for k, v in value.items()]
    return value


@pytest.mark.parametrize("reordered", [False, True])
@pytest.mark.parametrize("period", [JUNE, SPRING])
@pytest.mark.parametrize("batch", [1, 7, 500, 10_000])
def test_the_fold_equals_a_plain_row_by_row_fold(tmp_path: Path, reordered: bool, period: Period, batch: int) -> None:
    text, rows = _generated(6_000, seed=17, reordered=reordered)
    path = tmp_path / "usage.csv"
    path.write_text(text)
    _, digest = read_usage(path, period, batch=batch)
    expected = _plain_fold(rows, period)
    assert expected["duplicates"]["count"] > 300 and len(expected["customers"]) == 40  # the file has what it claims
    assert _ordered(_as_text(digest)) == _ordered(expected)
    # the row reader (the run's input check reads the file this way) gives the same rows, duplicates kept
    records = list(usage_rows(path))
    assert [(r.event_id, r.customer_id, r.metric, str(r.quantity), r.row) for r in records] == [
        (r["event_id"], r["customer_id"], r["metric"], str(Decimal(r["quantity"].strip().replace(",", ""))),
         r["line"]) for r in rows]
    check_usage_csv(path)


def test_sums_keep_the_exponent_row_by_row_addition_gives(tmp_path: Path) -> None:
    # "1" and "1.0" are equal but not the same text: grouped by value, 2 rows of "1" then one of "1.0" would sum
    # to 3 instead of 3.0
    path = tmp_path / "usage.csv"
    path.write_text("event_id,customer_id,metric,quantity,timestamp\n" + "".join(
        f"e{i},c,calls,{q},2026-06-0{i % 3 + 1}T10:00:00Z\n" for i, q in enumerate(["1", "1", "1.0", "-0", "2.50"])))
    _, digest = read_usage(path, JUNE, batch=2)
    assert str(digest.customers["c"].metrics["calls"].months["2026-06"].quantity) == "5.50"
    _, digest = read_usage(path, JUNE)
    assert str(digest.customers["c"].metrics["calls"].months["2026-06"].quantity) == "5.50"


@pytest.mark.parametrize(("row", "message"), [
    ("e1,c,calls,1,2026-02-30T10:00:00Z", "line 2, column 'timestamp': '2026-02-30T10:00:00Z' is not an ISO 8601 time"),
    ("e1,c,calls,1,2026-03-01T24:00:00Z", "line 2, column 'timestamp': '2026-03-01T24:00:00Z' is not an ISO 8601 time"),
    ("e1,c,calls,1, 2026-03-01T10:00:00+24:00", "line 2, column 'timestamp': '2026-03-01T10:00:00+24:00' is not an"),
    ("e1,c,calls,,2026-03-01T99", "line 2, column 'quantity' is empty"),  # empty cells are named before a bad time
    (" ,c,calls,1,2026-03-01T10:00:00Z", "line 2, column 'event_id' is empty"),
    ("e1,c,calls,1.0000001,2026-03-01T10:00:00Z", "line 2, column 'quantity': 1.0000001 has more decimals than"),
])
def test_a_bad_cell_met_after_good_ones_is_named_as_before(tmp_path: Path, row: str, message: str) -> None:
    # the same time and quantity cells first appear in good rows, so the bad row's cells are partly cached
    good = "e0,c,calls,1,2026-03-01T10:00:00Z\n" * 3
    path = tmp_path / "usage.csv"
    path.write_text(f"event_id,customer_id,metric,quantity,timestamp\n{row}\n{good}")
    with pytest.raises(InputError) as err:
        read_usage(path, JUNE)
    assert str(err.value).startswith(f"{path}: {message}")
    path.write_text(f"event_id,customer_id,metric,quantity,timestamp\n{good}{row}\n")
    with pytest.raises(InputError) as err:
        read_usage(path, JUNE)
    assert str(err.value).startswith(f"{path}: {message.replace('line 2', 'line 5')}")


_DATES = st.one_of(st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
                   st.sampled_from(["2026-02-30", "2026-13-01", "0001-01-01", "9999-12-31", "2026-W27-3", "20260701",
                                    "2026-07-1", "2026-07-01x"]))
_TIMES = st.one_of(
    st.builds(lambda h, m, s, frac, zone: f"{h:02d}:{m:02d}:{s:02d}{frac}{zone}",
              st.integers(0, 25), st.integers(0, 60), st.integers(0, 61),
              st.sampled_from(["", ".5", ".123456", ",25", ".1234567"]),
              st.sampled_from(["", "Z", "z", "+00:00", "-05:00", "+05:30", "+14:00", "-12:00", "+23:59", "-23:59:59",
                               "+24:00", "+0530", "-5"])),
    st.sampled_from(["10", "1015", "101530", "10:15", "", "T10:00", "10:00:00 ", "10:00:00Z junk"]))


# shared by the examples, so most of them meet a date or a time of day an earlier one met
_MET = _ByUtcDay(lambda day: day)


@given(_DATES, st.sampled_from(["T", " ", "t"]), _TIMES)
def test_a_times_utc_day_read_in_parts_is_the_day_read_whole(day: str, separator: str, time: str) -> None:
    stamp = day + separator + time
    try:
        whole: date | type[Exception] = parse_timestamp(stamp).astimezone(UTC).date()
    except (ValueError, OverflowError) as exc:
        whole = type(exc)
    for utc_day in (_MET, _ByUtcDay(lambda day: day)):
        try:
            parts: date | type[Exception] = utc_day(stamp)
        except (ValueError, OverflowError) as exc:
            parts = type(exc)
        assert parts == whole
