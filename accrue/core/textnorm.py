"""Text normalisation shared by extractors and the grounding check: whitespace, numbers, money, dates.

Both sides of a citation must read text the same way, so the extractor and the grounding
check use these functions and nothing else. Numbers are read in digits ("12,000.00",
"9.500,00", "1'200.50") and in words ("forty-five", "thirty (30)"); money with its
currency written as a code, a symbol or a word; durations ("twelve (12) months",
"12-month", "one year"); dates in ISO, US, European and legal forms ("the 2nd day of
June, 2008"). Pure and fast: every regex is compiled once at import.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import groupby
from typing import Literal

from accrue.core.money import KNOWN_CURRENCIES, minor_units

_WS = re.compile(r"\s+")
_TYPOGRAPHIC = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-",
    "\u2010": "-", "\u2011": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u00ad": "",
})


def normalise_ws(text: str) -> str:
    """Collapse whitespace runs and normalise typographic quotes/dashes, for verbatim comparison."""
    return _WS.sub(" ", text.translate(_TYPOGRAPHIC)).strip()


_NON_SPACE = re.compile(r"\S+")


def normalised_positions(raw_line: str) -> list[int]:
    """Where each character of a raw line lands in `normalise_ws(raw_line)`: position i is
    `len(normalise_ws(raw_line[:i] + "x")) - 1`, in one pass, so placing a line's cells stays linear.

    A word's characters land one after another and a run of spaces on the gap before the next word, so the
    positions are laid down a word at a time; only a soft hyphen (which normalising deletes) needs the character
    walk."""
    if "\u00ad" in raw_line:
        return _positions_by_character(raw_line)
    positions: list[int] = []
    length = 0  # of the normalised text so far
    done = 0  # raw characters placed
    for m in _NON_SPACE.finditer(raw_line.translate(_TYPOGRAPHIC)):
        start, end = m.span()
        if start > done:  # spaces: the first lands where the text ends, the rest on the gap after it
            positions.append(length)
            positions.extend([length + 1 if length else 0] * (start - done - 1))
        first = length + 1 if length else 0
        positions.extend(range(first, first + end - start))
        length, done = first + end - start, end
    if len(raw_line) > done:
        positions.append(length)
        positions.extend([length + 1 if length else 0] * (len(raw_line) - done - 1))
    return positions


def _positions_by_character(raw_line: str) -> list[int]:
    positions: list[int] = []
    length, gap = 0, False
    for ch in raw_line:
        positions.append(length + (1 if gap and length else 0))
        for c in ch.translate(_TYPOGRAPHIC):
            if c.isspace():
                gap = True
            else:
                length += (1 if gap and length else 0) + 1
                gap = False
    return positions


# --------------------------------------------------------------------------- numbers in words

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}
_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_WORD_NUMBER = re.compile(rf"\b(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*\b", re.IGNORECASE)
_ORDINAL_WORD = re.compile(
    r"\b(?:(?P<tens>twenty|thirty)[\s-]+)?(?P<ord>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def words_to_int(text: str) -> int | None:
    """'forty-five' -> 45, 'one hundred twenty' -> 120; None if not a number phrase."""
    total = current = 0
    seen = False
    for token in re.split(r"[\s-]+", text.lower()):
        if not token or token == "and":
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# --------------------------------------------------------------------------- numbers in digits

# 1,234,567.89 | 18,90,000.00 | 1.234.567,89 | 1'234.50 | 1 234,56 | 1234.5 | .75 | 45
_NUM = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"     # Indian lakhs and crores
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"           # US thousands
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])"   # European thousands
    r"|\d{1,3}(?:'\d{3})+(?:\.\d+)?"            # Swiss thousands
    r"|\d{1,3}(?: \d{3})+,\d{2}(?!\d)"          # French thousands (needs a decimal comma to be safe)
    r"|\d+(?:[.,]\d+)?"
    r"|\.\d+)"
)
_DIGITS = re.compile(rf"(?<![\w.,'])({_NUM})(?![\w])")
# The same without space-separated thousands, for table rows where "100 156,00" is a quantity then a price.
NUMBER_PATTERN_COMPACT = _NUM.replace(r"|\d{1,3}(?: \d{3})+,\d{2}(?!\d)", "")
_DIGITS_COMPACT = re.compile(rf"(?<![\w.,'])({NUMBER_PATTERN_COMPACT})(?![\w])")


def parse_number(token: str, *, decimal_comma: bool | None = None) -> Decimal | None:
    """Parse one numeric token in US or European notation.

    `decimal_comma` says how the document writes decimals when a token alone cannot tell
    ("1,500" or "1.500"); None reads "1,500" as 1500 and "1.500" as 1.5.
    """
    t = token.strip().replace("'", "")
    if not t:
        return None
    if " " in t:
        t = t.replace(" ", "").replace(",", ".")
    elif "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "," in t:
        head, _, tail = t.rpartition(",")
        if t.count(",") > 1 or (len(tail) == 3 and decimal_comma is not True):
            t = t.replace(",", "")
        else:
            t = head + "." + tail
    elif "." in t:
        head, _, tail = t.rpartition(".")
        if t.count(".") > 1 or (len(tail) == 3 and decimal_comma is True and head and head != "0"):
            t = t.replace(".", "")
    try:
        value = Decimal(t)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


@dataclass(frozen=True)
class NumberMatch:
    value: Decimal
    start: int
    end: int
    text: str


_PAREN_DIGITS = re.compile(r"\s*\(\s*(\d[\d,.]*)\s*\)")


def iter_numbers(text: str, *, decimal_comma: bool | None = None) -> list[NumberMatch]:
    """Numbers with their spans, in order. 'thirty (30)' is one match; number words count too."""
    found: list[NumberMatch] = []
    taken: list[tuple[int, int]] = []
    for m in _WORD_NUMBER.finditer(text):
        value = words_to_int(m.group(0))
        if value is None:
            continue
        end = m.end()
        paren = _PAREN_DIGITS.match(text, end)
        if paren:
            end = paren.end()
        found.append(NumberMatch(Decimal(value), m.start(), end, text[m.start():end]))
        taken.append((m.start(), end))
    for m in _DIGITS.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        number = parse_number(m.group(1), decimal_comma=decimal_comma)
        if number is not None:
            found.append(NumberMatch(number, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda n: n.start)
    return found


# Numbers start where a run of digits starts (the lookbehinds here): trying every digit of a long run made
# these patterns quadratic.
_SHORTHAND = re.compile(r"(?<!\d)(\d+(?:\.\d+)?)\s*([kKmM])\b")


def find_number_spans(text: str) -> list[NumberMatch]:
    """Every number the text states, in every reading, with its span (a token read two ways yields two)."""
    found: list[NumberMatch] = []
    for pattern in (_DIGITS, _DIGITS_COMPACT):
        for m in pattern.finditer(text):
            token = m.group(1)
            for reading in {parse_number(token), parse_number(token, decimal_comma=True)}:
                if reading is not None:
                    found.append(NumberMatch(reading, m.start(1), m.end(1), token))
    for m in _WORD_NUMBER.finditer(text):
        value = words_to_int(m.group(0))
        if value is not None:
            found.append(NumberMatch(Decimal(value), m.start(), m.end(), m.group(0)))
    for m in _SHORTHAND.finditer(text):
        scale = 1000 if m.group(2).lower() == "k" else 1_000_000
        found.append(NumberMatch(Decimal(m.group(1)) * scale, m.start(), m.end(), m.group(0)))
    for money in _MONEY.finditer(text):  # "SEK 223 000": spaced thousands are one number only beside a currency
        group = "n1" if money.group("n1") else "n2"
        token = money.group(group)
        if " " in token and "," not in token:
            found.append(NumberMatch(Decimal(token.replace(" ", "")), money.start(group), money.end(group), token))
    return found


def find_numbers(text: str) -> list[Decimal]:
    """Every number the text states, in every reading: digits, words, '12k'; '1.500' also yields 1500."""
    return [m.value for m in find_number_spans(text)]


class _Taken:
    """Disjoint spans already claimed in a text; an overlap test costs a bisection, not a scan of every span
    (a line of thousands of amounts or dates made the scan quadratic)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._spans, (start, start))
        return (i > 0 and self._spans[i - 1][1] > start) or (i < len(self._spans) and self._spans[i][0] < end)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))


# --------------------------------------------------------------------------- money

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "USD$": "USD", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "S$": "SGD", "HK$": "HKD", "R$": "BRL", "MX$": "MXN", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "Fr.": "CHF", "kr": "SEK",
}
CURRENCY_CODES = tuple(sorted(KNOWN_CURRENCIES))  # every active ISO 4217 code, from accrue.core.currency
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "united states dollars": "USD", "dollars": "USD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "british pounds": "GBP",
    "canadian dollars": "CAD", "australian dollars": "AUD", "swiss francs": "CHF", "hong kong dollars": "HKD",
    "brazilian reais": "BRL", "reais": "BRL", "mexican pesos": "MXN", "indian rupees": "INR", "swedish kronor": "SEK",
    "kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
}
_SYM = "|".join(re.escape(s) for s in sorted((s for s in CURRENCY_SYMBOLS if s not in ("kr", "Fr.")),
                                               key=len, reverse=True))
# One branch per first letter: a flat alternation of every ISO code made each money search 1.7x slower.
CURRENCY_CODE_PATTERN = "|".join(f"{first}(?:{'|'.join(code[1:] for code in codes)})"
                                 for first, codes in groupby(CURRENCY_CODES, key=lambda code: code[0]))
# Thousands set off by spaces with no decimals ("SEK 223 000", "711 000 SEK") only right beside the currency, and not
# straight after another figure: "... 2027-08-31 180 750 SEK" is a quantity, then a price.
_SPACED = r"\d{1,3}(?: \d{3})+(?![\d,.'])(?! \d)"
_MONEY = re.compile(
    rf"(?:(?P<pcode>\b(?:{CURRENCY_CODE_PATTERN}))\s?(?P<psym>{_SYM})?|(?P<sym>{_SYM}))\s?(?P<n1>{_SPACED}|{_NUM})"
    rf"(?![\d])"
    rf"|(?<![\w.,'])(?P<n2>(?<!\d )(?<![-/:]){_SPACED}|{_NUM})\s?"
    rf"(?:(?P<scode>(?:{CURRENCY_CODE_PATTERN})\b)|(?P<ssym>€|£|¥))(?!\s?\d)",
)
_MONEY_WORDS = re.compile(  # not the cents of an amount in words: "... twelve and 00/100 U.S. Dollars"
    r"(?<![\d/])(?P<num>" + _NUM + r")\s+(?P<word>"
    + "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True)) + r")\b", re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    start: int
    end: int
    text: str


_PERCENT_AFTER = re.compile(r"\s*%")


def find_money(text: str, *, decimal_comma: bool | None = None) -> list[Money]:
    """Amounts written with a currency: 'USD 12,000', '$12,000.00', '9.500,00 EUR', '€9.500,00', '500 euros'."""
    return list(_find_money(text, decimal_comma))


@lru_cache(maxsize=4096)
def _find_money(text: str, decimal_comma: bool | None) -> tuple[Money, ...]:
    # cached: several readers look for the amounts of the same line
    out: list[Money] = []
    taken = _Taken()
    for m in _MONEY.finditer(text):
        token = m.group("n1") or m.group("n2")
        value = parse_number(token, decimal_comma=decimal_comma)
        if value is None or _PERCENT_AFTER.match(text, m.end()):
            continue  # 'USD 1,000.00 %' is not a clean amount; grounding would not accept it as one either
        code = m.group("pcode") or m.group("scode")
        sym = m.group("psym") or m.group("sym") or m.group("ssym")
        currency = code or CURRENCY_SYMBOLS.get(sym or "", "USD")
        out.append(Money(value, currency, m.start(), m.end(), m.group(0)))
        taken.add(m.start(), m.end())
    for m in _MONEY_WORDS.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        value = parse_number(m.group("num"), decimal_comma=decimal_comma)
        if value is not None:
            out.append(Money(value, CURRENCY_WORDS[m.group("word").lower()], m.start(), m.end(), m.group(0)))
    out.sort(key=lambda x: x.start)
    return tuple(out)


_EU_AMOUNT = re.compile(r"\d\.\d{3},\d{1,2}(?!\d)|(?<![\d.,])\d{1,3},\d{2}(?![\d.,])")
_US_AMOUNT = re.compile(r"\d,\d{3}\.\d{1,2}(?!\d)|(?<![\d.,])\d+\.\d{2}(?![\d.,])")
# Dots that can only group thousands: two or more groups of three ("EUR 1.250.000"), never a date's two-digit parts
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.]|,\d)")
# One dot before exactly three digits ("EUR 2.500"): 2.5 or 2,500, as the document's other amounts say
_ONE_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def infer_decimal_comma(text: str) -> bool | None:
    """Does the document write decimals with a comma (9.500,00)? None when it cannot tell.

    Amounts with a decimal comma, or with dots that can only group thousands ("EUR 1.250.000"), say it does;
    amounts with a decimal point say it does not."""
    eu = len(_EU_AMOUNT.findall(text)) + sum(1 for m in _MONEY.finditer(text) if _DOT_GROUPS.search(m.group(0)))
    us = len(_US_AMOUNT.findall(text))
    if eu > us:
        return True
    if us > eu:
        return False
    return None


def unsettled_grouping(money: Money, decimal_comma: bool | None) -> bool:
    """Is this amount written "2.500" in a document whose other amounts do not say whether a dot marks decimals or
    thousands? Such an amount is 2.5 or 2,500 and must not be read as either. A currency with three decimals
    ("KWD 112.500") settles it: the dot is its decimal point."""
    if decimal_comma is not None or minor_units(money.currency) == 3:
        return False
    return any(_ONE_DOT_GROUP.fullmatch(token) for token in re.findall(r"[\d.,']+", money.text))


_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<n>{_NUM})\s*(?:%|percent\b|per cent\b)"
    rf"|(?P<w>\b(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*)\s+(?:percent|per cent)\b"
    rf"(?:\s*\(\s*(?P<n2>{_NUM})\s*%?\s*\))?",
    re.IGNORECASE,
)


def find_percents(text: str, *, decimal_comma: bool | None = None) -> list[NumberMatch]:
    """Percentages: '15%', '1.5 percent', 'five percent (5%)', 'five per cent'."""
    out: list[NumberMatch] = []
    for m in _PERCENT.finditer(text):
        if m.group("n"):
            value = parse_number(m.group("n"), decimal_comma=decimal_comma)
        else:
            words = words_to_int(m.group("w"))
            value = Decimal(words) if words is not None else None
            if m.group("n2") and value != parse_number(m.group("n2"), decimal_comma=decimal_comma):
                continue
        if value is not None:
            out.append(NumberMatch(value, m.start(), m.end(), m.group(0)))
    return out


# --------------------------------------------------------------------------- durations

DurationUnit = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class Duration:
    value: int
    unit: DurationUnit
    start: int
    end: int
    text: str

    @property
    def months(self) -> int | None:
        return {"month": self.value, "year": self.value * 12}.get(self.unit)

    @property
    def days(self) -> int | None:
        return {"day": self.value, "week": self.value * 7}.get(self.unit)


_DURATION = re.compile(
    rf"(?P<num>\b(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*\b|(?<![\w.,])\d{{1,4}}(?![.,]\d))"
    r"(?:\s*\(\s*(?P<paren>\d{1,4})\s*\))?"
    r"[\s-]*(?:(?:calendar|business|working|consecutive|full)[\s-]+)?"
    r"(?P<unit>days?|weeks?|months?|years?|yrs?|mos?)\b",
    re.IGNORECASE,
)
_UNIT_NAMES: dict[str, DurationUnit] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "mo": "month", "mos": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year"}


_HALF_YEAR = re.compile(r"\bhalf[- ]a[- ]year\b|\bhalf[- ]year\b|\bsix[- ]month\b", re.IGNORECASE)


def find_durations(text: str) -> list[Duration]:
    """'thirty (30) days', '12-month', 'one (1) year', '3 years', 'half a year' with spans, in order.

    When a number is written both in words and digits ('thirty (30)') they must agree, or it is skipped.
    """
    out: list[Duration] = [Duration(6, "month", m.start(), m.end(), m.group(0)) for m in _HALF_YEAR.finditer(text)
                           if not m.group(0).lower().startswith("six")]
    for m in _DURATION.finditer(text):
        raw = m.group("num")
        value = int(raw) if raw.isdigit() else words_to_int(raw)
        if m.group("paren"):
            paren = int(m.group("paren"))
            if value is not None and value != paren:
                continue
            value = paren
        if value is None:
            continue
        out.append(Duration(value, _UNIT_NAMES[m.group("unit").lower()], m.start(), m.end(), m.group(0)))
    out.sort(key=lambda d: d.start)
    return out


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORD_WORDS = r"(?:(?:twenty|thirty)[\s-]+)?(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
_DAY = rf"(?P<day>\d{{1,2}}(?:\s?(?:st|nd|rd|th))?|{_ORD_WORDS})"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE_PATTERNS = [
    # year first: 2026-03-18, and as East Asian and Nordic forms write it, 2026/03/18 and 2026.03.18
    ("iso", re.compile(rf"\b{_YEAR}(?P<isep>[-/.])(?P<m>\d{{1,2}})(?P=isep)(?P<d>\d{{1,2}})\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}\b", re.IGNORECASE)),
    ("dmy", re.compile(rf"\b{_DAY}(?:\s+day)?(?:\s+of)?[\s-]+{_MONTH}(?:\s*,\s*|[\s-]+){_YEAR}\b",
                       re.IGNORECASE)),
    ("num", re.compile(rf"(?<![\d/.-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){_YEAR}\b")),
    # a named month fixes the order, so a two-digit year is safe to read: 25-Mar-26 is 25 March 2026
    ("dmy_short", re.compile(rf"(?<![\w-])(?P<day>\d{{1,2}})-{_MONTH}-(?P<yy>\d{{2}})(?![\w-])", re.IGNORECASE)),
]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_number(token: str) -> int | None:
    token = token.lower().strip()
    digits = re.match(r"\d{1,2}", token)
    if digits:
        return int(digits.group(0))
    m = _ORDINAL_WORD.fullmatch(token.replace("-", " ").replace("  ", " ")) or _ORDINAL_WORD.fullmatch(token)
    if not m:
        return None
    return _ORDINALS[m.group("ord").lower()] + (_TENS[m.group("tens").lower()] if m.group("tens") else 0)


@dataclass(frozen=True)
class DateMatch:
    value: date
    start: int
    end: int
    text: str
    ambiguous: bool = False


def find_date_spans(text: str, *, day_first: bool | None = None) -> list[DateMatch]:
    """Dates with their spans in `text` (not whitespace-normalised), in order.

    Numeric a/b/yyyy dates follow `day_first`; with None an ambiguous one (both parts <= 12)
    yields both readings, marked `ambiguous`.
    """
    return list(_find_date_spans(text, day_first))


@lru_cache(maxsize=4096)
def _find_date_spans(text: str, day_first: bool | None) -> tuple[DateMatch, ...]:
    # cached: several readers look for the dates of the same line
    out: list[DateMatch] = []
    taken = _Taken()
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            g = m.groupdict()
            readings: list[date | None] = []
            ambiguous = False
            if kind == "iso":
                readings.append(_safe_date(int(g["year"]), int(g["m"]), int(g["d"])))
            elif kind in ("mdy", "dmy", "dmy_short"):
                day = _day_number(g["day"])
                year = int(g["year"]) if kind != "dmy_short" else 2000 + int(g["yy"])
                if day is not None:
                    readings.append(_safe_date(year, _MONTHS[g["mon"].lower()], day))
            else:
                a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
                dmy, mdy = _safe_date(y, b, a), _safe_date(y, a, b)
                if dmy and mdy and dmy != mdy:
                    ambiguous = True
                    if day_first is True:
                        readings.append(dmy)
                    elif day_first is False:
                        readings.append(mdy)
                    else:
                        readings.extend([mdy, dmy])
                else:
                    readings.append(dmy or mdy)
            valid = [r for r in readings if r is not None]
            if valid:
                taken.add(m.start(), m.end())
                out.extend(DateMatch(r, m.start(), m.end(), m.group(0), ambiguous) for r in valid)
    out.sort(key=lambda d: d.start)
    return tuple(out)


def find_dates(text: str, *, day_first: bool | None = None) -> list[date]:
    """Every date in the text. Numeric a/b/yyyy yields both readings unless `day_first` says which."""
    return [d.value for d in find_date_spans(normalise_ws(text), day_first=day_first)]


_NUMERIC_DATE = _DATE_PATTERNS[3][1]


def infer_day_first(text: str) -> bool | None:
    """How the document writes numeric dates: True for 31/12/2026, False for 12/31/2026, None if unknown.

    A date whose first part is over 12 settles it; otherwise dotted dates (01.03.2026) are read as
    European. Documents that mix both readings return None.
    """
    first = second = dotted = 0
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            first += 1
        elif b > 12 >= a:
            second += 1
        if m.group("sep") == ".":
            dotted += 1
    if first and not second:
        return True
    if second and not first:
        return False
    if not first and not second and dotted:
        return True
    return None
