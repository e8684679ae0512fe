"""The things a typed chat line names: customer, invoice number, amount with currency, and the reason given.

Pure functions over the text, written for how finance staff actually type: typos ("invocie", "appove"),
customer-name variants ("initek", "ACME Corp.", "acme's"), invoice numbers with or without dashes, and
amounts in either decimal convention ("€450,50", "1.250,00 EUR", "5 000 EUR", "2k", "150 bucks"). The
intent parser (`intents.py`) decides what the line asks; this module only finds what it names.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from rapidfuzz import fuzz

from accrue.core.money import KNOWN_CURRENCIES
from accrue.core.validation import canonical_name
from accrue.interfaces.chat.spelling import ABBREVIATIONS, correct

# "INV-2026-0042", "inv 2026 0047", "#INV-0042", and the word written out: "invoice 2026-0042", "invoice no. 0042".
INVOICE = re.compile(r"#?\binv[-\s]?#?(?P<short>(?:\d{4}[-\s]\d{3,6})|(?:\d{3,6})|(?:[a-z0-9]+(?:-[a-z0-9]+)+))\b|"
                     r"\binvoice\s*(?:no\.?|number|num|#)?\s*#?\s*(?P<dated>\d{4}-\d{3,6})\b|"
                     r"\binvoice\s*(?:no\.?|number|num|#)\s*#?\s*(?P<numbered>\d{3,6})\b", re.IGNORECASE)
HANDLE = re.compile(r"\b([0-9a-f]{8}(?:-[0-9a-f-]{4,27})?/a\d+)\b")
RUN_ID = re.compile(r"\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{8})\b")

# Any ISO 4217 code written in capitals ("KWD 1,250.500"); the common ones in any case ("500 eur"), since a
# lower-case word like "all" or "top" is a word, not Albanian lek or Tongan pa'anga.
_COMMON = "USD|EUR|GBP|CAD|AUD|CHF|JPY|SEK|NOK|DKK|SGD|NZD|INR"
_CODES = f"(?-i:{'|'.join(sorted(KNOWN_CURRENCIES, key=len, reverse=True))})|{_COMMON}"
_WORDS = {"dollar": "USD", "dollars": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR", "pounds": "GBP"}
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_NUMBER = (r"\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:'\d{3})+(?:\.\d+)?|"
           r"\d+(?:[.,]\d+)?")
_AMOUNT = re.compile(
    rf"(?:(?P<code1>\b(?:{_CODES}))\s*|(?P<sym1>[$€£])\s*)?(?P<num>{_NUMBER})(?:\s*(?P<k>k|thousand)\b|\s*(?P<m>mm?|mn|million|mio)\b)?"
    rf"(?:\s*(?P<sym2>[€$£])|\s*(?P<code2>(?:{_CODES})\b)|\s+(?P<word>dollars?|bucks|euros?|pounds|cents?)\b)?",
    re.IGNORECASE)
# A bare number followed by one of these counts something else: seats, days, percent, months.
_NOT_MONEY = re.compile(r"\s*(?:%|percent|days?|seats?|users?|months?|years?|weeks?|hours?|calls?|st|nd|rd|th)\b|"
                        r"\s*%", re.IGNORECASE)
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, shorthand spelt out and typos of the parser's key words corrected."""
    low = text.lower().replace("’", "'").replace("‘", "'")
    low = re.sub(r"(?<![\w/])(?:o/s|a/r)(?![\w/])|\b[a-z]+\b",
                 lambda m: ABBREVIATIONS.get(m.group(0)) or correct(m.group(0)), low)
    return low


def invoice_number(text: str) -> str | None:
    """The invoice number named, upper case with dashes (`inv 2026 0047` and `#INV-2026-0047` alike)."""
    m = INVOICE.search(text)
    if not m:
        return None
    return "INV-" + re.sub(r"\s", "-", m.group("short") or m.group("dated") or m.group("numbered")).upper()


def match_customer(text: str, names: list[str]) -> str | None:
    """The known customer named in `text` (fuzzy, word windows, legal suffixes ignored), or None; of two named
    equally well, the one named first ("refund Initech 100, not Acme")."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"'s\b|’s\b", "", text.lower()))
    best: tuple[float, int, str] | None = None
    for name in names:
        target = canonical_name(name)
        if not target:
            continue
        size = len(target.split())
        first = target.split()[0]
        for n in {size, 1} if size > 1 else {1}:
            for i in range(len(words) - n + 1):
                window = " ".join(words[i:i + n])
                if len(window) < 3:
                    continue
                score = float(fuzz.ratio(window, target))
                if n < size:
                    score = min(score, float(fuzz.ratio(window, first))) - 5
                # a misspelt long name ("initek") still shares its opening letters
                floor = 75 if len(window) >= 5 and window[:3] == target[:3] else 85
                if score >= floor and (best is None or score > best[0] or (score == best[0] and i < best[1])):
                    best = (score, i, name)
    return best[2] if best else None


def _decimal(raw: str) -> Decimal | None:
    digits = raw.replace(" ", "").replace("'", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", digits):  # 1.250,00: dots group, the comma is decimal
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", digits):  # 450,50
        digits = digits.replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def amount(text: str) -> tuple[Decimal | None, str | None]:
    """The amount named and its currency (None when the line does not state one): an amount in a currency first
    ("~18k of the calls ... a credit for EUR 612,40"), then one in thousands ("2k"), then a bare number."""
    text = text.replace("’", "'")  # a typographic apostrophe groups thousands as the plain one does (1’200)
    marked = _MARKED.search(text)
    if marked is not None and marked.start() > 0:  # the amount asked for, not a figure in the reason given for it
        text = text[:marked.start()]
    cleaned = INVOICE.sub(" ", text)
    cleaned = re.sub(r"\b\d{4}-\d{2}-\d{2}\b|\b(?:q[1-4]|po-?\d+)\b", " ", cleaned, flags=re.IGNORECASE)
    cleaned = HANDLE.sub(" ", cleaned)
    cleaned = re.sub(rf"\b\d{{1,2}}\s*(?:{_MONTHS})\w*\b|\b(?:{_MONTHS})\w*\s+\d{{1,2}}\b", " ", cleaned,
                     flags=re.IGNORECASE)
    bare: tuple[Decimal, None] | None = None
    thousands: tuple[Decimal, None] | None = None
    for m in _AMOUNT.finditer(cleaned):
        value = _decimal(m.group("num"))
        if value is None:
            continue
        word = (m.group("word") or "").lower()
        if word.startswith("cent"):
            return value / 100, None
        if m.group("k"):
            value *= 1000
        code = (m.group("code1") or m.group("code2") or "").upper() or \
            _SYMBOLS.get(m.group("sym1") or m.group("sym2") or "") or _WORDS.get(word)
        if m.group("m"):  # "$1.2m": millions only beside a currency ("12m" alone may be months)
            if not code:
                continue  # never the bare number instead: 1.5m is not 1.50
            value *= 1_000_000
        if code:
            return value, code
        if m.group("k"):
            thousands = thousands or (value, None)
            continue
        if bare is None and not _NOT_MONEY.match(cleaned, m.end()) and not re.match(r"(?:19|20)\d{2}$", m.group("num")):
            bare = (value, None)
    return thousands or bare or (None, None)


_MARKED = re.compile(r"\b(?:reason|because|due to|since|as per|bc|b/c|cos|cuz|owing to)\b[:\s]+(.+)$", re.IGNORECASE)
_FILLER = {"no", "ok", "okay", "pls", "please", "yes", "yeah", "thanks", "asap", "the", "a", "an", "on", "for", "of",
           "to", "in", "by", "and", "it", "that", "this", "its", "is", "full", "request", "draft", "issue", "be",
           "memo", "note", "go", "ahead", "just", "one", "from", "with", "let's", "lets", "can", "we", "you",
           "me", "need", "needs", "amount", "total", "off", "rn", "now", "today", "against", "back", "per",
           "at", "as", "nope", "nah", "yep", "yup", "sure", "hmm", "remaining", "them", "their", "our",
           "account", "acct", "set", "up", "sort", "out", "make", "do", "happen", "get", "done", "thx",
           "thank", "ty"}


def reason(text: str, verbs: re.Pattern[str], customer: str | None, *, fallback: bool = True) -> str | None:
    """Why, in the person's words: after `reason`/`because`, else the clause that is not the request itself.

    A line like "reject the acme credit - they already got one in may" gives its reason as a clause of its
    own; the clause holding the verb, the customer, the amount or the invoice is the request, not the why.
    """
    marked = _MARKED.search(text)
    if marked:
        why = marked.group(1).strip(" .,;")
        purpose = re.search(r"\bfor (?:the )?(?!\d)(.+?)(?:,|;|$|\s+(?:reason|because|due to)\b)", text,
                            re.IGNORECASE)
        if purpose and not INVOICE.fullmatch(purpose.group(1).strip()):
            note = purpose.group(1).strip(" .,;")
            if not _only_entities(note, customer):
                why = f"{why} ({note})"
        return why or None
    paren = re.search(r"\(([^)]{3,})\)", text)
    if paren:
        return paren.group(1).strip()
    clauses = [c.strip() for c in re.split(r",|;|:|\?|!|\.(?:\s|$)|\s[-–—]+\s|[–—]", text) if c.strip()]
    free = [c for c in clauses if not verbs.search(normalise(c)) and not _only_entities(c, customer)]
    if free:
        return "; ".join(_trim(_strip_entities(c, customer)) for c in free)
    if not fallback:
        return None
    for c in clauses:
        rest = _strip_entities(verbs.sub(" ", normalise(c)), customer)
        if not _only_entities(rest, customer):
            return _trim(rest)
    return None


_EDGE = {"the", "a", "an", "on", "for", "of", "to", "in", "by", "and", "with", "against", "per", "at", "as", "pls",
         "please", "request", "account", "acct", "memo", "note", "from"}


def _trim(phrase: str) -> str:
    """The phrase without connecting words at either end ("for the outage" -> "outage")."""
    words = phrase.split()
    while words and words[0].lower() in _EDGE:
        words.pop(0)
    while words and words[-1].lower() in _EDGE:
        words.pop()
    return " ".join(words)


def _strip_entities(clause: str, customer: str | None) -> str:
    text = INVOICE.sub(" ", re.sub(r"\d+(?:[.,]\d+)?\s*%", " ", clause))
    text = _AMOUNT.sub(lambda m: " " if _decimal(m.group("num")) is not None else m.group(0), text)
    if customer:
        for word in canonical_name(customer).split() + [w.lower() for w in customer.split()]:
            text = re.sub(rf"(?i)\b{re.escape(word)}\w*(?:'s)?\b", " ", text)
        text = re.sub(r"(?i)\b(?:llc|gmbh|corp|corporation|inc|ltd)\b\.?", " ", text)
    return " ".join(text.split()).strip(" .,;-")


def _only_entities(clause: str, customer: str | None) -> bool:
    words = [w for w in re.findall(r"[a-z']+", _strip_entities(clause, customer).lower()) if w not in _FILLER]
    return not words
