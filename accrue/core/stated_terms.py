"""A second, independent reading of what the words say about a few enumerated billing terms.

The sums cannot catch a wrong cadence, timing, payment term, renewal, currency, start date or term length: a
quarterly schedule of an annual fee adds up to the same total, and so does a schedule that starts on the go-live
date instead of the subscription's start. So the gate reads the pages again with its own small vocabulary (never
the extractor's) for the values the text states *about that term*: a cadence beside an invoicing verb, 'in
arrears' beside a billing word, 'within 45 days of invoice' beside a payment word, 'renews automatically', the
currency amounts are written in, a date after a subscription start label, a number of months after a subscription
term label. A value the text states that differs from the one the run bills from is a gap.

Each rule stays narrow, because a false hold costs a person's time on every such form: a value offered but not
chosen (an empty tick box, 'monthly or quarterly'), a statement about something else (usage, services, a late fee
'per month', a report, an 'annual' increase), a default the order form may override ('unless otherwise stated'),
a definition or a draft states nothing here. Pure and linear: each pattern is a regex without nested unbounded
quantifiers, run once over a page, and each match is judged by a bounded window of text around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from accrue.core.findings import Finding
from accrue.core.terms import Citation, ContractTerms
from accrue.core.textnorm import (
    find_date_spans,
    find_durations,
    find_money,
    infer_day_first,
    normalise_ws,
    words_to_int,
)

CODE = "stated_elsewhere"
CHECKED = ("billing_frequency", "billing_timing", "payment_terms_days", "auto_renew", "currency", "service_start_date",
           "term_months")

# --------------------------------------------------------------------------- the vocabulary

_CADENCE = {
    "monthly": "monthly", "month": "monthly",
    "quarterly": "quarterly", "quarter": "quarterly",
    "semiannually": "semiannual", "semiannual": "semiannual", "half-yearly": "semiannual",
    "annually": "annual", "annual": "annual", "yearly": "annual", "year": "annual", "six months": "semiannual",
}
_ADVERB = r"monthly|quarterly|semi-?annually|semi-?annual|half-yearly|annually|annual|yearly"
_ADVERB_WORD = re.compile(rf"\b(?:{_ADVERB})\b", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\bor\b|/")
_BILL_VERB = r"invoiced|invoices|invoice|invoicing|billed|bills|billing|payable"
# A cadence stated for billing: after an invoicing verb ('invoiced quarterly', 'billed in advance annually'), before
# a billing noun or a timing ('annual invoice', 'quarterly in advance'), under a billing label ('Billing frequency:
# Quarterly'), or as 'invoiced each quarter'. Not 'charged monthly' or 'per year': those state what a price is for.
_FREQUENCY = re.compile(
    rf"\b(?:{_BILL_VERB})(?:\s+in\s+(?:advance|arrears?))?\s+(?P<a>{_ADVERB})\b"
    rf"|\b(?P<b>{_ADVERB})\s+(?:billing|invoicing|invoices?|in\s+(?:advance|arrears?))\b"
    rf"|\b(?:billing|invoicing)(?:\s+(?:frequency|cycle|period|schedule))?\s*:?\s*(?P<c>{_ADVERB})\b"
    rf"|\b(?:invoiced|billed|payable)(?:\s+in\s+(?:advance|arrears?))?\s+(?:(?:each|every)\s+|per\s+)(?:calendar\s+)?"
    r"(?P<d>month|quarter|year|six\s+months)\b",
    re.IGNORECASE)
# A billing label right before a value ('PLATFORM FEE BILLING Monthly in advance', 'Invoicing: quarterly'): the
# label, and the word or two before it, say what the value is for; the rest of a grid without full stops does not.
_LABEL = re.compile(r"\b(?:billing|invoicing)(?:\s+(?:frequency|cycle|period|schedule|timing))?\s*[:?]?\s*$",
                    re.IGNORECASE)
# A tick-box row under a billing label: 'Billing frequency? [ ] Monthly [X] Quarterly [ ] Annual'.
_TICK_ROW = re.compile(
    r"\b(?:billing|invoicing)(?:\s+(?:frequency|cycle|period))?\s*[:?]?\s*"
    r"(?P<row>(?:(?:\[\s*[xX✓✔]?\s*\]|[☐□☒☑■])\s*[A-Za-z-]+(?:\s+[a-z]+)?\s*){2,6})", re.IGNORECASE)
_TICKED = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|[☒☑■])\s*(?P<word>[A-Za-z-]+)")
# Timing: 'in advance' or 'in arrears' with a billing word or a cadence at most two words before it.
_TIMING = re.compile(
    rf"\b(?:{_BILL_VERB}|paid|fees?|{_ADVERB}|timing)\s*:?\s+(?:[^\s.;]+\s+){{0,2}}?in\s+(?P<t>advance|arrears?)\b",
    re.IGNORECASE)
_DAYS = r"(?P<n{i}>\d{{1,3}}|[a-z]+(?:[- ][a-z]+)?)\s*(?:\(\s*(?P<d{i}>\d{{1,3}})\s*\)\s*)?(?:calendar\s+)?days?"
_INVOICE = r"(?:the\s+)?(?:date\s+of\s+(?:the\s+)?|receipt\s+of\s+(?:the\s+|an?\s+|each\s+)?)?(?:invoice|receipt)"
_NOT_A_DEADLINE = r"(?!\s+(?:before|prior|notice|after\s+the\s+due))"
# Payment terms: 'Net 45' (not 'Net 1' of a table's line), 'payable within forty-five (45) days of invoice',
# '30 days from the invoice date', 'Payment terms: 30 days', '30 days net', 'due on receipt'.
_PAYMENT = re.compile(
    r"(?<!days )\bnet\s*(?P<net>\d{2,3})\b(?!\s*%)(?!\s+[a-z0-9]+-[a-z0-9])"
    rf"|\b(?:within|in)\s+{_DAYS.format(i=1)}\s+(?:of|from|after|following)\s+{_INVOICE}"
    rf"|\b{_DAYS.format(i=2)}\s+(?:of|from|after|following)\s+{_INVOICE}"
    rf"|\bpayment(?:\s+terms?)?\s*:?\s+{_DAYS.format(i=3)}\b{_NOT_A_DEADLINE}"
    rf"|\b(?:payable|due|paid)\s+within\s+{_DAYS.format(i=4)}\b{_NOT_A_DEADLINE}"
    r"|\b(?P<netdays>\d{1,3})\s+days\s+net\b"
    r"|\b(?P<receipt>due\s+(?:up)?on\s+receipt)\b",
    re.IGNORECASE)
_PAY_WORD = re.compile(r"\b(?:pay|payable|payment|paid|due|net|settle)", re.IGNORECASE)
_RENEWS = re.compile(
    r"\b(?:renews?|renewed|renewing|extends?|extended)\s+automatically\b"
    r"|\bautomatic(?:ally)?[- ]+(?:renews?|renewal|renewed|renewing|extends?|extended)\b"
    r"|\bauto[- ]?renew(?:s|al|ed|ing)?\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|without|neither|nor|none)\b|n't\b", re.IGNORECASE)
_SET_ASIDE = re.compile(
    r"\s*(?:clause\s+)?(?:(?:does|shall|will)\s+not|doesn't|won't)\s+apply|\s*(?:is\s+)?(?:excluded|disabled)",
    re.IGNORECASE)
_LABEL_ANSWER = re.compile(r"\s*:\s*([^.;:]{0,30})")
_AFFIRMATION = re.compile(r"\s*(?:yes|renews|auto|automatic)", re.IGNORECASE)

# Wording that only offers, proposes, defaults or sets aside a value: the order form (or a later message) settles it.
_DEFAULT = (r"unless|otherwise|except|default|elect|option|alternativ|may be|either|such as|e\.g\.|example|defin|"
            r"means|draft|discussion|propos|not apply|n't apply|supersed|replac|instead|no longer|previous|former")
# What a cadence or timing can be about instead of the subscription fees (usage, a unit rate, services, a late fee,
# a report, a price increase, a renewal term).
_OTHER_SUBJECT = re.compile(
    r"usage|overage|consumption|metered|per[- ]use|true[- ]?up|shortfall|additional|excess|above|beyond|exceed|"
    r"\bper (?!month|quarter|year|annum|calendar)[a-z]+|messag|\bcalls?\b|minute|\bevents?\b|transaction|stamp|"
    r"volume|\brates?\b|tier|band|graduated|\bservices\b|implementation|onboarding|training|professional|consult|"
    r"expenses|hours|late|overdue|past due|interest|report|review|escalat|increase|uplift|adjust|refund|credit|"
    r"dispute|suspend|terminat|notice|renewal term|renewals?\b|" + _DEFAULT, re.IGNORECASE)
_DEFAULT_WORDING = re.compile(_DEFAULT, re.IGNORECASE)
# What a number of days can be about instead of when an invoice is paid: a late fee, a dispute window, a notice or
# cure period, a refund, an early-payment discount, a first invoice or deposit due on signature.
_NOT_PAYMENT_TERMS = re.compile(
    r"late|overdue|past due|interest|dispute|suspend|notice|notif|terminat|refund|credit|cure|breach|export|"
    r"reject|object|query|queries|discount|early|signature|signing|first invoice|initial invoice|deposit|"
    r"up-?front|prepay|" + _DEFAULT, re.IGNORECASE)
_UNTICKED = re.compile(r"(?:\[\s*\]|\(\s*\)|[☐□○◯❏])\s*$")
_BOX = re.compile(r"\[\s*[xX✓✔]?\s*\]|\(\s*[xX]?\s*\)|[☐□☒☑■○◯●❏✓✔]")
_SENTENCE_END = re.compile(r"[.!?•|](?:\s|$)")
_STATEMENT_END = re.compile(r"[.;!?•|](?:\s|$)")
_VALUE_END = re.compile(r"[.;!?•|(]")
_LABEL_START = re.compile(r"(?:billing|invoicing)\b", re.IGNORECASE)
_FEE_NOUN = re.compile(r"subscription|licen[cs]e|platform|seats?\b|fees?\b|recurring", re.IGNORECASE)
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")
# A start date under its label ('Subscription Start Date: 1 March 2027', 'Service Start - 2027-03-01', 'TERM START
# 1 May 2026', 'When should the subscription start? March 1, 2026'), the first date of the subscription's term or
# period ('Subscription Term: February 1, 2027 - January 31, 2028', 'Term ..... 36 months, 1 Mar 2026 - 28 Feb
# 2029', 'Period of Performance: July 1, 2026 through ...'), or a subscription that 'commences on' / 'starts on' a
# date. Matched on the 60 characters before each date, anchored at their end.
_SEPARATOR = r"\s*(?:[:=?\-–—.]+|\bis\b|\bshall\s+be\b|\bof\b|\bon\b)?\s*"
_START_LABEL = re.compile(
    r"(?:\b(?:subscription|service|services|billing|licen[cs]e|contract|order|term)\s+(?:term\s+)?"
    r"(?:start|commencement|begin(?:ning)?)(?:\s+date)?|\bstart\s+date|\bcommencement\s+date)" + _SEPARATOR + "$"
    r"|\b(?:(?:subscription|initial|contract|service|licen[cs]e)\s+(?:term|period)|term|period\s+of\s+performance)"
    r"[\s.:=\-–—]*(?:(?:of\s+)?[a-z]+(?:[\s-][a-z]+)?(?:\s*\(\d{1,3}\))?\s+months?|\d{1,3}\s*months?|"
    r"(?:of\s+)?[a-z]+(?:\s*\(\d{1,2}\))?\s+years?|\d{1,2}\s*years?)?[\s,:;(]*"
    r"(?:from|starting|commencing|beginning)?\s*$"
    r"|\b(?:subscriptions?|services?|term|licen[cs]es?)\b[^.;:]{0,30}\b"
    r"(?:commenc(?:e|es|ing)|begin(?:s|ning)?|start(?:s|ing)?)\s+(?:on|from)\s+$",
    re.IGNORECASE)
# What a start date can be about instead of the subscription's: a ramp year or phase, a renewal or an option, a
# pilot, go-live or implementation, an amendment's original order, an estimate, the end of a term.
_OTHER_START = re.compile(
    r"\byear\s*\d|\bphase|\bramp|\bperiod\s*\d|\bstep\b|\btier|renew|amend|option|pilot|trial|go[- ]?live|"
    r"implementation|onboarding|kick[- ]?off|launch|original|existing|current|prior|previous|former|"
    r"estimat|target|anticipat|expect|planned|approx|no later|not later|earliest|\bend\b|\bends\b|expir|"
    r"unless|otherwise|except|default|alternativ|may be|either|such as|e\.g\.|for example|draft|"
    r"supersed|replac|instead|no longer|additional|added|extension|extended",
    re.IGNORECASE)
_LABEL_LEAD = 15  # characters before a start or term label that may say what it is the start of ('Year 2')
# A term length under its label ('Subscription Term: 36 months', 'Term ...... 24 months', 'Initial Term of three (3)
# years', 'Minimum term: 12 months') or in a sentence about the subscription ('the subscription runs for eighteen
# (18) months'), never a renewal term or a notice period.
_TERM_LABEL = re.compile(
    r"(?:\b(?:(?:subscription|initial|contract|service|order|minimum|committed)\s+(?:term|period)|term"
    r"|period\s+of\s+performance)(?:\s+length)?[\s.]*(?:[:=\-–—]|\bis\b|\bof\b|\bshall\s+be\b)?"
    r"|\b(?:subscription|agreement|order|term)\s+(?:runs|will\s+run|continues|shall\s+run|is)\s+for)"
    r"\s*(?:a\s+(?:period|term)\s+of\s+)?$",
    re.IGNORECASE)
_LOOK_BACK = 60  # characters before a date or a duration its label is looked for in
_BEFORE, _AFTER = 200, 40  # characters of context a cadence or timing is judged by (bounded: linear time)
_SENTENCE = 160  # characters before a payment term its sentence is looked for in
_LABELLED_AFTER = 12  # characters after a labelled value: the next label of a grid follows


@dataclass(frozen=True)
class Statement:
    """A value the text states for a term: the page, the words that state it, and the clause it stands in."""

    term: str
    value: str | int | bool | date
    page: int
    quote: str
    context: str = ""


# --------------------------------------------------------------------------- the comparison


def stated_disagreements(pages: Sequence[str], terms: ContractTerms, citations: Mapping[str, Citation], *,
                         assumed: Mapping[str, str] | None = None,
                         entered: frozenset[str] = frozenset()) -> list[Finding]:
    """A gap (`stated_elsewhere`) for each checked term whose value, read or assumed by the policy, the words
    contradict elsewhere on the pages: the value with its citation, the other wording with its page and quote.

    A value a person entered or corrected (`entered`) is not checked: they have seen the page and chose it. A
    cadence or timing stated in a clause naming a usage rule's metric or unit ('Worker fees are invoiced monthly
    in arrears') is the usage's. A currency holds only when more amounts name another currency than name it (an
    equivalent in another currency, a cap in dollars, does not)."""
    assumed = assumed or {}
    usage_words = {w for rule in terms.usage_rules for text in (rule.metric, rule.unit or "")
                   for w in re.findall(r"[a-z]{4,}", text.lower())}
    statements = [s for s in stated_terms(pages)
                  if not (usage_words and any(w in s.context.lower() for w in usage_words))]
    amounts = stated_currencies(pages)
    gaps: list[Finding] = []
    for term in CHECKED:
        value = getattr(terms, term)
        value = assumed.get(term) if value is None else value
        if value is None or value == "one_time" or term in entered:
            continue
        other = (_outnumbering(amounts, str(value)) if term == "currency"
                 else next((s for s in statements if s.term == term and s.value != value), None))
        if other is not None:
            gaps.append(_gap(term, value, citations.get(term), getattr(terms, term) is None, other))
    return gaps


def _outnumbering(amounts: Sequence[Statement], currency: str) -> Statement | None:
    """The first amount in the currency most amounts name, when that is not `currency` and outnumbers it."""
    counts = Counter(str(a.value) for a in amounts)
    if not counts:
        return None
    most, count = counts.most_common(1)[0]
    if most == currency or count <= counts[currency]:
        return None
    return next(a for a in amounts if a.value == most)


def _gap(term: str, value: str | int | bool | date, cite: Citation | None, was_assumed: bool,
         other: Statement) -> Finding:
    source = (f"read from p.{cite.page} (\"{cite.quote}\")" if cite is not None
              else "assumed by the policy" if was_assumed else "read without a citation")
    return Finding(
        code=CODE, severity="error", fields=[term],
        message=f"{term} is {_show(value)}, {source}, but p.{other.page} states {_show(other.value)} "
                f"(\"{other.quote}\"); check which the contract means for these fees, then correct {term} or "
                "accept the plan",
        evidence={"value": _show(value), "citation": cite.model_dump(mode="json") if cite is not None else None,
                  "stated": {"value": _show(other.value), "page": other.page, "quote": other.quote}})


# --------------------------------------------------------------------------- the scan


def stated_terms(pages: Sequence[str]) -> list[Statement]:
    """Every value the pages state, in a context about its term, for billing frequency, billing timing, payment
    terms and automatic renewal (currencies: `stated_currencies`)."""
    out: list[Statement] = []
    day_first = infer_day_first("\n".join(pages))
    for number, raw in enumerate(pages, start=1):
        page = _Page(normalise_ws(raw), number)
        out += _frequencies(page)
        out += _timings(page)
        out += _payment_terms(page)
        out += _renewals(page)
        out += _start_dates(page, day_first)
        out += _term_lengths(page)
    return out


def stated_currencies(pages: Sequence[str]) -> list[Statement]:
    """The currencies amounts of money are written in, where the writing names one (a code, 'A$', '€'). A bare
    '$' or 'dollars' names none (it is also the Australian, Canadian... dollar); a whole number with a code after
    it ('2026 AMD' of a reference) is not taken for money."""
    out: list[Statement] = []
    for number, raw in enumerate(pages, start=1):
        text = normalise_ws(raw)
        for money in find_money(text):
            written = money.text.strip()
            if _BARE_DOLLAR.search(written) or "dollar" in written.lower():
                continue
            if not (written[:1].isalpha() or written[:1] in "€£¥₹" or "." in written or "," in written):
                continue
            out.append(Statement("currency", money.currency, number, _quote(text, money.start, money.end)))
    return out


class _Page:
    """One page's text, and where the words of each kind that set a statement aside stand on it: found in one pass
    the first time they are asked for, so that judging each of many statements by its window stays linear."""

    def __init__(self, text: str, number: int) -> None:
        self.text = text
        self.number = number
        self._starts: dict[re.Pattern[str], list[int]] = {}

    def has(self, pattern: re.Pattern[str], span: tuple[int, int]) -> bool:
        """Does a match of `pattern` start inside `span`?"""
        starts = self._starts.get(pattern)
        if starts is None:
            starts = self._starts[pattern] = [m.start() for m in pattern.finditer(self.text)]
        i = bisect_left(starts, span[0])
        return i < len(starts) and starts[i] < span[1]

    def statement(self, term: str, value: str | int | bool | date, start: int, end: int,
                  span: tuple[int, int] = (0, 0)) -> Statement:
        return Statement(term, value, self.number, _quote(self.text, start, end), self.text[span[0]:span[1]])


def _frequencies(page: _Page) -> Iterator[Statement]:
    text = page.text
    for m in _FREQUENCY.finditer(text):
        group = next(g for g in "abcd" if m.group(g))
        value = _CADENCE.get(" ".join(m.group(group).lower().replace("semi-", "semi").split()))
        span = _context(text, m)
        if value is not None and _stated_for_fees(page, m, m.start(group), span):
            yield page.statement("billing_frequency", value, m.start(), m.end(), span)
    for row in _TICK_ROW.finditer(text):
        ticked = {_CADENCE.get(t.group("word").lower().replace("semi-", "semi")) for t in
                  _TICKED.finditer(row.group("row"))}
        if len(ticked) == 1 and None not in ticked:
            (value,) = ticked
            yield page.statement("billing_frequency", str(value), row.start(), row.end(), row.span())


def _timings(page: _Page) -> Iterator[Statement]:
    for m in _TIMING.finditer(page.text):
        span = _context(page.text, m)
        if _stated_for_fees(page, m, m.start("t"), span):
            value = "advance" if m.group("t").lower() == "advance" else "arrears"
            yield page.statement("billing_timing", value, m.start(), m.end(), span)


def _payment_terms(page: _Page) -> Iterator[Statement]:
    text = page.text
    for m in _PAYMENT.finditer(text):
        days = _payment_days(m)
        span = _sentence(text, m.start(), m.end())
        if (days is None or _UNTICKED.search(text[max(0, m.start() - 6):m.start()])
                or not page.has(_PAY_WORD, span) or page.has(_NOT_PAYMENT_TERMS, span)):
            continue  # a late fee, a dispute window, a notice, a default; or no payment word at all
        yield page.statement("payment_terms_days", days, m.start(), m.end(), span)


def _renewals(page: _Page) -> Iterator[Statement]:
    text = page.text
    for m in _RENEWS.finditer(text):
        if (_BOX.search(text[max(0, m.start() - 12):m.end() + 40])
                or page.has(_DEFAULT_WORDING, _sentence(text, m.start(), m.start(), after=0))):
            continue  # a tick box, or a default ('unless clause 4 provides otherwise'): which holds is not said here
        label = _LABEL_ANSWER.match(text, m.end())
        if label is not None:  # 'Automatic Renewal: Does not auto-renew', 'Auto-renewal: Yes'
            answer = label.group(1)
            if not (_NEGATION.search(answer) or _AFFIRMATION.match(answer)):
                continue
            said = not _NEGATION.search(answer)
        else:  # 'does not renew automatically'; 'Automatic renewal does not apply'
            said = not (_NEGATION.search(text[max(0, m.start() - 25):m.start()])
                        or _SET_ASIDE.match(text, m.end()))
        yield page.statement("auto_renew", said, m.start(), label.end() if label else m.end())


def _start_dates(page: _Page, day_first: bool | None) -> Iterator[Statement]:
    """Dates the words give as the subscription's start. A date read two ways (03/04/2027 in a document that
    never says which part is the day) states nothing."""
    text = page.text
    for found in find_date_spans(text, day_first=day_first):
        lo = max(0, found.start - _LOOK_BACK)
        label = _START_LABEL.search(text, lo, found.start)
        if (found.ambiguous and day_first is None) or label is None:
            continue
        if (_OTHER_START.search(text, max(0, label.start() - _LABEL_LEAD), found.start)
                or text[max(0, label.start() - 2):label.start()].rstrip().endswith("(")):
            continue  # 'Year 2 start date', 'Go-live / service start (estimated)', '... renews order 12 (term ...)'
        yield page.statement("service_start_date", found.value, label.start(), found.end)


def _term_lengths(page: _Page) -> Iterator[Statement]:
    """Numbers of months the words give as the subscription's term, under its label."""
    text = page.text
    for duration in find_durations(text):
        months = duration.months
        lo = max(0, duration.start - _LOOK_BACK)
        label = _TERM_LABEL.search(text, lo, duration.start)
        if months is None or label is None:
            continue
        if _OTHER_START.search(text, max(0, label.start() - _LABEL_LEAD), duration.end):
            continue  # 'Renewal Term: 12 months', 'Year 2 term ...'
        yield page.statement("term_months", months, label.start(), duration.end)


def _payment_days(m: re.Match[str]) -> int | None:
    if m.group("receipt"):
        return 0
    if m.group("net") or m.group("netdays"):
        return int(m.group("net") or m.group("netdays"))
    digits = next((m.group(f"d{i}") for i in range(1, 5) if m.group(f"d{i}")), None)
    words = next((m.group(f"n{i}") for i in range(1, 5) if m.group(f"n{i}")), None)
    if digits:
        return int(digits)
    if words is None:
        return None
    return int(words) if words.isdigit() else words_to_int(words)


def _stated_for_fees(page: _Page, m: re.Match[str], value_at: int, span: tuple[int, int]) -> bool:
    """Is a cadence or timing stated for the fees, rather than offered? Not after an empty tick box, not among
    alternatives ('monthly or quarterly'), not in a clause about another subject or giving a default."""
    text = page.text
    if _UNTICKED.search(text[max(0, value_at - 6):value_at]) or page.has(_OTHER_SUBJECT, span):
        return False
    near = text[max(0, m.start() - 20):m.end() + 20]
    cadences = {_CADENCE.get(w.lower().replace("semi-", "semi")) for w in _ADVERB_WORD.findall(near)}
    return not (len(cadences) > 1 and _ALTERNATIVE.search(near))


def _context(text: str, m: re.Match[str]) -> tuple[int, int]:
    """What a cadence or timing is judged by: after a billing label, the label with the words just before it and
    the value up to a ';' or '(' (a few words at most); otherwise its clause."""
    lo = max(0, m.start() - 30)
    if not (_LABEL.search(text, lo, m.start()) or _LABEL_START.match(m.group(0))):
        return _clause(text, m.start(), m.end())
    stop = _VALUE_END.search(text, m.end(), m.end() + _LABELLED_AFTER)  # soon after it, the grid's next label
    return lo, stop.start() if stop else min(len(text), m.end() + _LABELLED_AFTER)


def _sentence(text: str, start: int, end: int, *, after: int = 100) -> tuple[int, int]:
    """The match's own sentence, at most _SENTENCE characters before it and `after` after."""
    lo = max(0, start - _SENTENCE)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, start)]
    stop = _SENTENCE_END.search(text, end, end + after)
    return (ends[-1] if ends else lo), (stop.start() if stop else min(len(text), end + after))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The match's sentence up to the next ';', at most _BEFORE characters before it and _AFTER after. A sentence
    that names no fee of its own ('Invoiced monthly in arrears.') takes the one before it too: its subject is
    there ('... A$0.10 per message. Invoiced monthly in arrears.')."""
    lo = max(0, start - _BEFORE)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, start)]
    if ends and not _FEE_NOUN.search(text, ends[-1], end):
        ends.pop()
    stop = _STATEMENT_END.search(text, end, end + _AFTER)  # what follows a ';' is another statement
    return (ends[-1] if ends else lo), (stop.start() if stop else min(len(text), end + _AFTER))


def _quote(text: str, start: int, end: int) -> str:
    """The match with a few whole words either side, as on the page."""
    left = text[max(0, start - 40):start]
    right = text[end:end + 40]
    left = left.split(" ", 1)[1] if start > 40 and " " in left else left
    right = right.rsplit(" ", 1)[0] if end + 40 < len(text) and " " in right else right
    return (left + text[start:end] + right).strip()


def _show(value: str | int | bool | date) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, date) else str(value)
