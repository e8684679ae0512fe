"""Text normalisation shared by extractors and the grounding check: whitespace, numbers, dates.

Pure and fast: regexes compiled once. Numbers are read in digits ("12,000.00",
"EUR 9.500,00") and in words ("forty-five"); dates in ISO, US, European and long forms.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

_WS = re.compile(r"\s+")


def normalise_ws(text: str) -> str:
    """Collapse whitespace runs and normalise typographic quotes/dashes, for verbatim comparison."""
    text = (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " "))
    return _WS.sub(" ", text).strip()


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_WORD_NUMBER = re.compile(rf"\b(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*\b", re.IGNORECASE)

# 1,234,567.89 | 1.234.567,89 | 1 234,56 | 1234.5 | 45
_DIGITS = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d])"
    r"|\d{1,3}(?:[ \u202f]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d+)?)(?![\w])"
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


def parse_number(token: str) -> Decimal | None:
    """Parse one numeric token in US or European notation."""
    t = token.replace("\u202f", " ").strip()
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
        t = t.replace(",", "") if len(tail) == 3 else head.replace(",", "") + "." + tail
    elif t.count(".") > 1 or (re.fullmatch(r"\d{1,3}\.\d{3}", t) and False):
        t = t.replace(".", "")
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def find_numbers(text: str) -> list[Decimal]:
    """Every number stated in the text, digits and words; '1.500' also yields 1500 (European)."""
    found: list[Decimal] = []
    for m in _DIGITS.finditer(text):
        value = parse_number(m.group(0))
        if value is not None:
            found.append(value)
            if re.fullmatch(r"\d{1,3}\.\d{3}", m.group(0)):
                found.append(Decimal(m.group(0).replace(".", "")))
    for m in _WORD_NUMBER.finditer(text):
        value = words_to_int(m.group(0))
        if value is not None:
            found.append(Decimal(value))
    # "12k" / "1.2M" shorthand
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*([kKmM])\b", text):
        scale = 1000 if m.group(2).lower() == "k" else 1_000_000
        found.append(Decimal(m.group(1)) * scale)
    return found


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}(?:\s+day)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.]{_YEAR}\b"),
]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, *, day_first: bool | None = None) -> list[date]:
    """Every date in the text. Numeric a/b/yyyy yields both readings unless `day_first` says which."""
    text = normalise_ws(text)
    out: list[date] = []
    for i, pattern in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(text):
            g = m.groupdict()
            candidates: list[date | None] = []
            if i == 0:
                candidates.append(_safe_date(int(g["year"]), int(g["m"]), int(g["d"])))
            elif i in (1, 2):
                candidates.append(_safe_date(int(g["year"]), _MONTHS[g["mon"].lower()], int(g["day"])))
            else:
                a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
                if day_first is not False:
                    candidates.append(_safe_date(y, b, a))
                if day_first is not True:
                    candidates.append(_safe_date(y, a, b))
            out.extend(c for c in candidates if c is not None)
    return out
