"""Readers for the files that start runs: the CRM deal, usage CSV, payments CSV, change and usage requests (JSON).

Each reader checks the whole file before anything is stored and stops at the first problem
with an `InputError` naming the file, the line, the column and the fix. Money and quantities
are read as exact decimals (never floats) by the bounded parsers of `accrue.core.money`;
timestamps must be ISO 8601 (a timestamp without an offset is taken as UTC); dates are
YYYY-MM-DD. JSON files are read by `read_json` (size and nesting limits, a BOM accepted as in
CSV); a CSV field longer than `csv.field_size_limit()` is refused with the line it is on. A usage
file is read as a stream, never whole: it may hold millions of rows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import operator
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from accrue.adapters.event_ids import Check, SeenEventIds
from accrue.core.billing.cash import Payment
from accrue.core.billing.periods import Period
from accrue.core.billing.usage import UsageRecord
from accrue.core.billing.usage_digest import UsageDigest, UsageDigester, UsageRow
from accrue.core.deal import Deal, parse_deal
from accrue.core.errors import InputError
from accrue.core.money import KNOWN_CURRENCIES, NumberError, minor_units, parse_amount, parse_quantity
from accrue.core.requests import ChangeRequest, UsageRequest

USAGE_COLUMNS = ("event_id", "customer_id", "metric", "quantity", "timestamp")
PAYMENT_COLUMNS = ("payment_id", "date", "amount", "currency", "payer", "reference")
# Column names other exports use for the same thing (Stripe payouts, bank statements).
_PAYMENT_ALIASES = {"id": "payment_id", "payment": "payment_id", "transaction_id": "payment_id",
                    "created": "date", "payment_date": "date", "value_date": "date", "customer": "payer",
                    "name": "payer", "payer_name": "payer", "description": "reference", "memo": "reference",
                    "remittance": "reference", "remittance_info": "reference", "fees": "fee"}
_USAGE_ALIASES = {"id": "event_id", "customer": "customer_id", "account_id": "customer_id",
                  "metric_name": "metric", "event_name": "metric", "qty": "quantity", "value": "quantity",
                  "time": "timestamp", "occurred_at": "timestamp", "created": "timestamp"}
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
# A deal, a request or a books seed is kilobytes; these refuse a file that is something else long before
# the JSON parser spends memory or recursion on it.
MAX_JSON_BYTES = 10 * 1024 * 1024
MAX_JSON_DEPTH = 32


def _read_text(path: str | Path, what: str) -> str:
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), f"{what} file not found", "check the path")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "is not UTF-8 text", f"save the {what} file as UTF-8 CSV/JSON") from exc


class _HashingReader(io.RawIOBase):
    """A binary file read through a SHA-256, so a file streamed once is also hashed once."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.sha256 = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        self.sha256.update(memoryview(buffer)[:n])
        return int(n)


@contextmanager
def _stream_text(path: str | Path, what: str) -> Iterator[tuple[Iterator[str], _HashingReader]]:
    """The file's lines as a stream (constant memory), and the reader that hashes its bytes as they pass. Bytes
    that are not UTF-8 stop the reading with one line naming the file, wherever the caller meets them."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), f"{what} file not found", "check the path")
    with p.open("rb") as raw:
        hashing = _HashingReader(raw)
        text = io.TextIOWrapper(io.BufferedReader(hashing, 1 << 16), encoding="utf-8-sig", newline="")
        try:
            yield text, hashing  # the text itself, not a generator around it: a usage file has millions of lines
        except UnicodeDecodeError as exc:
            raise InputError(str(path), "is not UTF-8 text", f"save the {what} file as UTF-8 CSV/JSON") from exc


def _header(path: str | Path, lines: Iterator[str], required: tuple[str, ...], aliases: dict[str, str],
            what: str) -> tuple[list[str], Any]:
    """The canonical column names, and the CSV reader positioned on the first data row."""
    leading: list[str] = []
    for text in lines:
        leading.append(text)
        if text.strip():
            break
    if not any(text.strip() for text in leading):
        raise InputError(str(path), f"{what} file is empty", f"export it with a header row: {', '.join(required)}")
    try:
        dialect = csv.Sniffer().sniff(leading[0].splitlines()[0] if leading[0].strip() else "", delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(itertools.chain(leading, lines), dialect)
    with _csv_errors(path, reader, what):
        header = next(reader)
    columns = [aliases.get(h.strip().lower().replace(" ", "_"), h.strip().lower().replace(" ", "_")) for h in header]
    missing = [c for c in required if c not in columns]
    if missing:
        raise InputError(str(path), f"header has no column {', '.join(repr(m) for m in missing)} "
                                    f"(found: {', '.join(h.strip() for h in header)})",
                         f"the {what} CSV needs the columns {', '.join(required)}")
    return columns, reader


def _table(path: str | Path, lines: Iterator[str], required: tuple[str, ...], aliases: dict[str, str],
           what: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The canonical column names, and (line number, stripped values) for each non-empty data row."""
    columns, reader = _header(path, lines, required, aliases, what)

    def rows() -> Iterator[tuple[int, list[str]]]:
        width = len(columns)
        with _csv_errors(path, reader, what):
            for values in reader:
                stripped = list(map(str.strip, values))
                if not any(stripped):
                    continue
                if len(values) != width:
                    raise _width_error(path, reader, len(values), width)
                yield reader.line_num, stripped

    return columns, rows()


def _width_error(path: str | Path, reader: Any, found: int, width: int) -> InputError:
    return InputError(str(path), f"line {reader.line_num} has {found} fields, the header has {width}",
                      "quote values that contain the delimiter, or fix the row")


@contextmanager
def _csv_errors(path: str | Path, reader: Any, what: str) -> Iterator[None]:
    """A malformed CSV (a field over `csv.field_size_limit()`, a broken quote) as one line naming the file and line."""
    try:
        yield
    except csv.Error as exc:
        problem = (f"line {reader.line_num} has a field longer than {csv.field_size_limit():,} characters"
                   if "field larger than field limit" in str(exc) else f"line {reader.line_num}: {exc}")
        raise InputError(str(path), problem, f"this is not a {what} export; check the file, or split the field") \
            from None


def _rows(path: str | Path, lines: Iterator[str], required: tuple[str, ...], aliases: dict[str, str],
          what: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row keyed by canonical column) for each non-empty data row."""
    columns, rows = _table(path, lines, required, aliases, what)
    for line, values in rows:
        yield line, dict(zip(columns, values, strict=True))


def _number(path: str | Path, line: int, column: str, text: str, fix: str, currency: str | None = None) -> Decimal:
    """A CSV cell as an amount in `currency`, or a quantity without one (thousands separators allowed)."""
    raw = text.replace(",", "") if "," in text and _THOUSANDS.match(text) else text
    try:
        return parse_amount(raw, currency) if currency else parse_quantity(raw)
    except NumberError as exc:
        if "more decimals" in str(exc) and currency:
            fix = f"round it to {minor_units(currency)} decimals"
        raise InputError(str(path), f"line {line}, column '{column}': {exc}", fix) from None


def _required(path: str | Path, line: int, row: dict[str, str], column: str) -> str:
    value = row.get(column, "")
    if not value:
        raise InputError(str(path), f"line {line}, column '{column}' is empty", f"fill in {column} on that line")
    return value


def parse_timestamp(text: str) -> datetime:
    """ISO 8601 date or date-time; without an offset it is UTC."""
    value = datetime.fromisoformat(text.replace("z", "Z"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def usage_rows(path: str | Path) -> Iterator[UsageRecord]:
    """Every usage row of the file, in file order, read as a stream (duplicates are kept: dedupe is a
    validation step). A broken row raises `InputError` when the stream reaches its batch of rows."""
    with _stream_text(path, "usage") as (lines, _):
        for ids, rows, numbers in _usage_batches(path, lines, _utc_time):
            for event_id, (customer_id, metric, when, quantity), line in zip(ids, rows, numbers, strict=True):
                yield UsageRecord(event_id, customer_id, metric, parse_quantity(quantity), when, line)


def check_usage_csv(path: str | Path) -> None:
    """Read the whole usage file once, in constant memory, raising `InputError` at its first problem."""
    with _stream_text(path, "usage") as (lines, _):
        for _ in _usage_batches(path, lines, _ByUtcDay(_same)):
            pass


def read_usage(path: str | Path, period: Period, batch: int = 10_000) -> tuple[str, UsageDigest]:
    """The usage file's SHA-256 and its rows folded for the billed period, in one streaming pass: memory stays
    flat whatever the file's length (event ids are checked for repeats in an on-disk index, a batch at a time)."""
    digester = UsageDigester(period)
    # The event-id index checks one batch on its own thread (SQLite lets go of the GIL while it works) while this
    # one folds the batch before and parses the next: the two costs overlap instead of adding up.
    with _stream_text(path, "usage") as (lines, hashing), SeenEventIds() as seen:
        checking: tuple[list[UsageRow], list[int], Check] | None = None
        for ids, rows, numbers in _usage_batches(path, lines, _ByUtcDay(digester.month), batch):
            checked, checking = checking, (rows, numbers, seen.check(ids))
            if checked is not None:
                digester.add_batch(checked[0], checked[1], checked[2].result())
        if checking is not None:
            digester.add_batch(checking[0], checking[1], checking[2].result())
        return hashing.sha256.hexdigest(), digester.digest()


_T = TypeVar("_T")
_USAGE_FIELDS = ("timestamp", "event_id", "customer_id", "metric", "quantity")  # the order empty cells are named in
_REMEMBERED = 1 << 14  # distinct cells of a column a reader keeps parsed; past it, it starts over at the next batch


def _usage_batches(path: str | Path, lines: Iterator[str], when: Callable[[str], _T], size: int = 10_000
                   ) -> Iterator[tuple[list[str], list[tuple[str, str, _T, str]], list[int]]]:
    """The usage rows, checked, a batch at a time: their event ids, (customer id, metric, `when` of the time,
    quantity) each, and their file lines. One loop straight over the CSV reader: this runs once per row of files of
    millions of rows, so it strips only the three name cells and reads each distinct time and quantity cell once,
    from a dict of the cells met before (`when` is called once per distinct time)."""
    columns, reader = _header(path, lines, USAGE_COLUMNS, _USAGE_ALIASES, "usage")
    at = {name: i for i, name in enumerate(columns)}  # a repeated column: its last one counts, as in a row dict
    width, strip = len(columns), str.strip
    order = tuple(at[name] for name in USAGE_COLUMNS)
    # the usual header, these five columns in this order, unpacks a row as it is: a call per row less
    cells = None if order == tuple(range(width)) else operator.itemgetter(*order)
    times: dict[str, _T] = {}
    quantities: dict[str, str] = {}  # a quantity cell -> its text as `parse_quantity` reads it
    ids: list[str] = []
    rows: list[tuple[str, str, _T, str]] = []
    numbers: list[int] = []
    any_row = False
    with _csv_errors(path, reader, "usage"):
        for values in reader:
            if len(values) != width:
                if not any(map(strip, values)):
                    continue
                raise _width_error(path, reader, len(values), width)
            event_id, customer_id, metric, quantity, stamp = values if cells is None else cells(values)
            known, amount = times.get(stamp), quantities.get(quantity)
            event_id, customer_id, metric = strip(event_id), strip(customer_id), strip(metric)
            if known is None and amount is not None and (text := strip(stamp)):  # a time not met before
                try:
                    known = times[stamp] = when(text)
                except ValueError:  # the row's error is worked out in full below
                    pass
            if known is None or amount is None or not (event_id and customer_id and metric):
                if not any(map(strip, values)):
                    continue
                key, amount = _new_cells(path, reader.line_num, values, at, when, times, quantities)
            else:
                key = known
            ids.append(event_id)
            rows.append((customer_id, metric, key, amount))
            numbers.append(reader.line_num)
            if len(ids) == size:
                yield ids, rows, numbers
                ids, rows, numbers, any_row = [], [], [], True
                for cache in (times, quantities):  # kept bounded between batches: memory stays flat
                    if len(cache) > _REMEMBERED:
                        cache.clear()
    if ids:
        yield ids, rows, numbers
    elif not any_row:
        raise InputError(str(path), "usage file has a header but no rows", "export the period's usage events")


def _new_cells(path: str | Path, line: int, values: list[str], at: dict[str, int], when: Callable[[str], _T],
               times: dict[str, _T], quantities: dict[str, str]) -> tuple[_T, str]:
    """A row's time and quantity read from cells not met before, or the one-line error of the row's first problem
    (an empty cell, then the time, then the quantity)."""
    strip = str.strip
    empty = next((name for name in _USAGE_FIELDS if not strip(values[at[name]])), None)
    if empty is not None:
        raise InputError(str(path), f"line {line}, column '{empty}' is empty", f"fill in {empty} on that line")
    raw_time, raw_quantity = values[at["timestamp"]], values[at["quantity"]]
    key = times.get(raw_time)
    if key is None:
        stamp = strip(raw_time)
        try:
            key = when(stamp)
        except ValueError:
            raise InputError(str(path), f"line {line}, column 'timestamp': {stamp!r} is not an ISO 8601 time",
                             "write it like 2026-03-04T10:15:00Z") from None
        times[raw_time] = key
    amount = quantities.get(raw_quantity)
    if amount is None:
        text = strip(raw_quantity)
        try:
            parse_quantity(text)
        except NumberError:  # the general reader says what is wrong, with the line, or reads "1,250" as 1250
            _number(path, line, "quantity", text, "write the quantity as a plain number like 1250")
            text = text.replace(",", "")
        amount = quantities[raw_quantity] = text
    return key, amount


def _remember(cache: dict[str, _T], cell: str, value: _T, bound: int = _REMEMBERED) -> _T:
    if len(cache) >= bound:
        cache.clear()
    cache[cell] = value
    return value


def _utc_time(stamp: str) -> datetime:
    return parse_timestamp(stamp).astimezone(UTC)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_TIMES_OF_DAY = 1 << 17  # every second of a day, at one offset


class _ByUtcDay(Generic[_T]):
    """What `of_day` gives for the UTC day of an ISO 8601 time (as `parse_timestamp` reads it), the date and the time
    of day read apart. An export's times differ by the second, so caching whole times does not help, but they share
    a few dates and (offset and all) a bounded set of times of day: a time whose date and time of day were both met
    before is two dict lookups and a tuple index, and only the others are parsed. "YYYY-MM-DDT..." is split at the
    T, where the ISO parser splits it; any other form (a date alone, basic format, a week date, a year at the
    calendar's ends) is parsed whole."""

    def __init__(self, of_day: Callable[[date], _T]) -> None:
        self._of_day = of_day
        self._days: dict[str, tuple[_T, ...]] = {}  # date -> of the day before, the day, the day after; or ()
        self._shifts: dict[str, int] = {}  # time of day and offset -> where its UTC day is in that tuple

    def __call__(self, stamp: str) -> _T:
        if len(stamp) > 11 and stamp[10] == "T":
            days = self._days.get(stamp[:10])
            if days is None:
                days = _remember(self._days, stamp[:10], self._around(stamp[:10]))
            if days:
                shift = self._shifts.get(stamp[11:])
                if shift is not None:
                    return days[shift]
                local = parse_timestamp(stamp)  # a time of day not met before is read whole, once (a bad one raises)
                utc = local.astimezone(UTC).date()
                _remember(self._shifts, stamp[11:], (utc - local.date()).days + 1, _TIMES_OF_DAY)
                return self._of_day(utc)
        return self._of_day(_utc_time(stamp).date())

    def _around(self, head: str) -> tuple[_T, ...]:
        """`of_day` of the day before, the day and the day after a YYYY-MM-DD date; () for anything else."""
        try:
            day = date.fromisoformat(head) if _DATE.fullmatch(head) else None
        except ValueError:
            return ()
        if day is None or not 1 < day.year < 9999:  # the calendar's first and last years: parsed whole, as before
            return ()
        one = timedelta(days=1)
        return self._of_day(day - one), self._of_day(day), self._of_day(day + one)


def _same(day: date) -> date:
    return day


def read_payments_csv(path: str | Path) -> list[Payment]:
    """Every payment of the file; amounts positive and exact to the currency's minor unit, ids unique."""
    text = _read_text(path, "payments")
    payments: list[Payment] = []
    seen: dict[str, int] = {}
    for line, row in _rows(path, iter(io.StringIO(text)), PAYMENT_COLUMNS[:5], _PAYMENT_ALIASES, "payments"):
        pid = _required(path, line, row, "payment_id")
        if pid in seen:
            raise InputError(str(path), f"line {line}, column 'payment_id': {pid!r} is already on line {seen[pid]}",
                             "remove the duplicate row")
        seen[pid] = line
        currency = _required(path, line, row, "currency").upper()
        if currency not in KNOWN_CURRENCIES:
            raise InputError(str(path), f"line {line}, column 'currency': {currency!r} is not an ISO 4217 code",
                             "use a code like USD or EUR")
        amount = _number(path, line, "amount", _required(path, line, row, "amount"),
                         "write the amount as a plain number like 1250.00", currency)
        fee = (_number(path, line, "fee", row["fee"], "write the fee as a plain number", currency)
               if row.get("fee") else None)
        if amount <= 0:
            raise InputError(str(path), f"line {line}, column 'amount': {amount} is not a positive amount",
                             "refunds and reversals are not payments; leave them out of this file")
        if fee is not None and not 0 <= fee < amount:
            raise InputError(str(path), f"line {line}, column 'fee': {fee} must be between 0 and the amount",
                             "the amount is the gross payment; the fee is what the processor kept")
        day_text = _required(path, line, row, "date")
        try:
            day = date.fromisoformat(day_text[:10])
        except ValueError:
            raise InputError(str(path), f"line {line}, column 'date': {day_text!r} is not a date",
                             "write dates as YYYY-MM-DD") from None
        payments.append(Payment(pid, day, amount, currency, _required(path, line, row, "payer"),
                                row.get("reference", ""), fee or Decimal(0), line))
    if not payments:
        raise InputError(str(path), "payments file has a header but no rows", "export the payments received")
    return payments


def read_json(path: str | Path, what: str, fix: str = "fix the JSON") -> Any:
    """A JSON input file (deal, request, books seed) as Python data, numbers as exact decimals.

    Refuses, naming the file: a file over `MAX_JSON_BYTES`, and whatever `parse_json` refuses. A UTF-8 BOM is
    accepted, as in CSV.
    """
    p = Path(path)
    if p.is_file() and p.stat().st_size > MAX_JSON_BYTES:
        raise InputError(str(path), f"{what} file is {p.stat().st_size:,} bytes, over the "
                                    f"{MAX_JSON_BYTES:,}-byte limit", f"a {what} file is small; check the file")
    return parse_json(_read_text(path, what), str(path), f"{what} file", fix)


def parse_json(text: str, source: str, what: str, fix: str = "fix the JSON") -> Any:
    """JSON text from outside (a file, a webhook body) as Python data, numbers as exact decimals.

    Refuses, naming `source`: invalid JSON, nesting deeper than `MAX_JSON_DEPTH`, NaN/Infinity, a field given
    twice in one object, and integers too long to be amounts (left as decimals for the bounded number parsers
    to refuse with the field's name).
    """
    try:
        data = json.loads(text, parse_float=Decimal, parse_int=_json_int, parse_constant=_no_constant,
                          object_pairs_hook=_unique_fields)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"is not valid JSON (line {exc.lineno}: {exc.msg})", fix) from exc
    except _RepeatedField as exc:
        raise InputError(source, f"field '{exc.field}' is given more than once in one object",
                         "keep the one value that is meant") from None
    except RecursionError:  # nested deeper than the parser itself goes
        raise _too_deep(source, what) from None
    except ValueError as exc:  # NaN or Infinity
        raise InputError(source, f"is not valid JSON ({exc})", "write numbers as decimal strings") from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise _too_deep(source, what)
    return data


def _too_deep(source: str, what: str) -> InputError:
    return InputError(source, f"is nested more than {MAX_JSON_DEPTH} levels deep",
                      f"a {what} is a plain object of fields and lists; check it")


def _json_int(text: str) -> int | Decimal:
    # Long digit strings stay Decimal: Python refuses to build an int past 4300 digits, and the bounded
    # number parsers then say what is wrong with the field.
    return int(text) if len(text) <= 40 else Decimal(text)


class _RepeatedField(ValueError):
    def __init__(self, field: str):
        super().__init__(field)
        self.field = field


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # JSON parsers keep the last of two values for one field, others the first: a file that says both is
    # ambiguous (and a way to show a reviewer one amount and bill another), so it is refused.
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _RepeatedField(key)
        data[key] = value
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number accrue accepts")


def _depth(data: Any) -> int:
    """Nesting depth of parsed JSON (a scalar is 0), without recursion."""
    deepest, stack = 0, [(data, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            level += 1
            deepest = max(deepest, level)
            stack.extend((child, level) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def _validate(model: type[BaseModel], data: Any, path: str | Path, shape: str) -> Any:
    if not isinstance(data, dict):
        raise InputError(str(path), "must be a JSON object", f"write {shape}")
    try:
        return model.model_validate({k: str(v) if isinstance(v, Decimal) else v for k, v in data.items()})
    except ValidationError as exc:
        err = exc.errors()[0]
        problem = {"missing": "missing required field", "extra_forbidden": "unknown field"}.get(
            err["type"], err["msg"].removeprefix("Value error, "))
        if err["loc"]:  # a check of the whole request names its field itself
            problem = f"field '{'.'.join(str(p) for p in err['loc'])}': {problem}"
        raise InputError(str(path), problem, f"write {shape}") from exc


def read_usage_request(path: str | Path) -> UsageRequest:
    return _validate(UsageRequest, read_json(path, "request"), path,
                     '{"period_start": "YYYY-MM-DD", "period_end": "YYYY-MM-DD"}')


def read_change_request(path: str | Path) -> ChangeRequest:
    return _validate(ChangeRequest, read_json(path, "request"), path,
                     '{"invoice", "amount" (or "lines" or "write_off"), "reason", "requested_by"} '
                     '(amounts as decimal strings)')


def load_deal(path: str | Path) -> Deal:
    """The CRM deal JSON of a contract run (one deal object; see README: The CRM deal file)."""
    if not Path(path).is_file():
        raise InputError(str(path), "deal file not found", "check the --deal path")
    return parse_deal(read_json(path, "deal", "fix the JSON or re-export the deal"), str(path))
