"""The embedded extractor's vocabulary: how order forms name and phrase each term.

Labels map to *topics* (one label can state several fields: "Subscription Period:
1 March 2026 - 28 February 2027" gives a start and an end). Phrase patterns recognise
a term by its meaning in prose ("shall pay each invoice within forty-five (45) days").
Everything here is data plus precompiled regexes; the readers live in
`rules_fields`, `rules_tables` and `rules_usage`. Add a phrasing here, not a special case in a reader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# ------------------------------------------------------------------------------------------ labels -> topics

LABELS: dict[str, str] = {}


def _labels(topic: str, *names: str) -> None:
    for name in names:
        LABELS[name] = topic


_labels("order_number", "order form number", "order form #", "order form no", "order form no.", "order number",
        "order no", "order no.", "order #", "order id", "order reference", "order ref", "quote number", "quote #",
        "quote no", "quote no.", "quote id", "quote reference", "proposal number", "sales order", "sales order number",
        "order form id", "reference number", "ref. no.", "contract number", "agreement number", "schedule number",
        "our reference", "our ref", "our ref.", "reference", "ref", "agreement no", "agreement #", "contract no",
        "contract #", "schedule no", "schedule #", "renewal order no", "renewal order number", "renewal order #",
        "renewal #", "renewal no", "renewal number", "renewal ref", "renewal reference", "quote ref",
        "amendment reference", "amendment ref", "amendment no", "amendment no.", "amendment number", "sow reference",
        "sow ref", "sow no", "sow no.", "sow number", "checklist no", "checklist no.", "checklist number", "offer id",
        "w.o. no", "w.o. no.", "work order no", "work order no.", "work order number", "term sheet ref")
_labels("customer", "customer", "customer name", "customer legal name", "client", "client name", "bill to",
        "billed to", "subscriber", "licensee", "buyer", "purchaser", "ordering party", "customer entity",
        "customer (legal entity)", "account name", "sold to", "company name", "prepared for", "ordered by",
        "customer account", "client account")
_labels("anchor", "billing anchor", "billing anchor date", "anchor date", "billing day", "invoice day")
_labels("vendor", "vendor", "provider", "supplier", "seller", "service provider", "licensor", "vendor name",
        "provider name", "supplier name", "contractor", "company providing services")
_labels("email", "billing contact", "billing email", "billing e-mail", "invoice email", "invoice e-mail",
        "invoices to", "send invoices to", "accounts payable", "accounts payable contact", "ap contact",
        "invoice address", "billing address", "invoice to", "invoice recipient", "billing contact email",
        "billing contact e-mail", "invoice contact", "bill-to e-mail", "bill-to email", "billing contact for invoices",
        "invoices", "invoice e-mail address", "invoice email address",
        # the customer's payables desk, named however its block names it ("AP: ...", "Finance: ...", "Accounts ...")
        "ap", "a/p", "ap e-mail", "ap email", "accounts payable e-mail", "accounts payable email", "accounts",
        "accounts e-mail", "finance", "finance e-mail", "finance email")
_labels("effective", "effective date", "order date", "order effective date", "date of order", "agreement date",
        "order form date", "effective", "date of this order", "order effective", "effective as of", "effective from",
        "po date", "purchase order date", "order placed",
        "schedule date", "date of order form", "amendment effective date", "amendment date",
        "effective date of amendment", "effective date of this amendment", "change effective date",
        "schedule effective", "schedule effective date", "renewal order date", "renewal effective date",
        "renewal effective",
        "date of renewal order", "signature date", "date of signature", "offer accepted")
_labels("start", "service start date", "subscription start date", "start date", "subscription start",
        "commencement date", "contract start", "contract start date", "service commencement date", "start",
        "term start", "term start date", "licence start", "license start", "billing start date", "service start",
        "commencement", "service commencement",
        "subscription commencement", "starts", "subscription starts", "service starts", "renewal start",
        "renewal start date", "renewal term start", "change effective", "services commence", "service commences")
_labels("end", "service end date", "subscription end date", "end date", "subscription end", "expiration date",
        "expiry date", "contract end", "contract end date", "term end", "term end date", "end", "licence end",
        "license end", "service end", "expires", "ends", "subscription ends",
        "service ends", "end of initial term", "end of term", "initial term end", "initial term ends", "renewal end",
        "renewal end date", "renewal term end")
_labels("period", "subscription period", "service period", "licence period", "license period", "contract period",
        "term dates", "coverage period", "order period",
        "period of performance", "performance period", "service term", "subscription dates")
_labels("term", "subscription term", "initial term", "term", "contract term", "minimum term", "order term",
        "duration", "term length", "initial subscription term", "length of term", "commitment term")
_labels("currency", "currency", "billing currency", "contract currency", "invoice currency")
_labels("billing", "billing frequency", "invoicing", "billing", "billing terms", "invoice schedule",
        "invoicing frequency", "billing cycle", "billing schedule", "invoice frequency", "billing period",
        "invoicing schedule", "billing and invoicing",
        # the subscription's own billing beside a separate usage billing ("LICENCE BILLING" over "USAGE BILLING")
        "platform fee billing", "platform billing", "licence billing", "license billing", "subscription billing",
        "subscription fee billing", "fee billing", "recurring fee billing")
_labels("payment", "payment terms", "payment", "payment term", "terms of payment", "payment due", "due",
        "payment conditions", "terms", "payment terms (days)", "zahlungsbedingungen")
_labels("renewal", "auto-renewal", "renewal", "automatic renewal", "renewal terms", "auto renew", "renewal term",
        "auto-renew", "auto renewal", "renewals")
_labels("notice", "non-renewal notice", "notice period", "cancellation notice", "notice of non-renewal",
        "renewal notice", "non-renewal notice period", "notice of cancellation")
_labels("po", "po number", "purchase order", "po", "po #", "po required", "customer po", "purchase order number",
        "p.o. number", "po no", "po no.", "customer po number", "purchase order required", "po reference")
_labels("tcv", "total contract value", "tcv", "total fees", "total", "grand total", "total order value",
        "total value", "contract value", "total amount", "total fees for the term", "total commitment",
        "total subscription fees", "total contract amount", "order total", "total price", "po total",
        "purchase order total", "total order amount", "quote total", "renewal total", "renewal term total",
        "renewal term value", "renewal value", "total renewal value", "total po value", "total over term",
        "total over the term", "total for the term", "total value of this order")
_labels("product", "cloud service", "service", "product", "plan", "edition", "subscription plan", "software",
        "subscription", "services ordered", "product name", "solution")
_labels("fees", "cloud service fees", "fees", "subscription fee", "subscription fees", "price", "pricing",
        "subscription price", "license fee", "licence fee", "license fees", "licence fees", "monthly fee", "annual fee",
        "platform fee", "service fees", "recurring fees")
_labels("late", "late fee", "late payment fee", "late payment", "late charges", "late payment interest",
        "interest on late payments", "overdue interest")
_labels("escalator", "price increase", "annual price increase", "price escalator", "escalator", "uplift",
        "annual uplift", "price adjustment", "price adjustments", "annual escalator")
_labels("commitment", "minimum commitment", "minimum annual commitment", "minimum monthly commitment",
        "minimum spend", "committed spend", "minimum purchase commitment", "minimum quarterly commitment")

# Labels that read as ordinary words at the start of a sentence: they need a separator.
WEAK_LABELS = {"customer", "client", "provider", "vendor", "supplier", "payment", "billing", "term", "due", "end",
               "start", "total", "renewal", "effective", "duration", "currency", "invoicing", "seller", "buyer",
               "licensee", "licensor", "subscriber", "renewals", "po", "contractor", "purchaser", "uplift",
               "escalator", "purchase order", "starts", "ends", "expires", "commencement", "invoices", "prepared for",
               "ordered by", "terms"}

_LABEL_NOISE = re.compile(r"^[\s*_#>|•·\-]*(?:\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]|\(?[a-zA-Z][.)]|[A-Z]\.[0-9]+)?\s*"
                          r"|[\s*_:|.,\-]+$")
# A label's bracketed note is short; the bound keeps a line of unclosed brackets linear.
_PARENS = re.compile(r"\s*\([^)]{0,200}\)")


_BILLED_PARTY_NOTE = re.compile(r"\(\s*(bill(?:ed)?\s+to|sold\s+to)\s*\)", re.I)


def clean_label(text: str) -> str:
    """'**Payment Terms (net):**' -> 'payment terms'; numbering, markdown and bracketed notes removed."""
    note = _BILLED_PARTY_NOTE.search(text)
    text = _PARENS.sub("", text.replace("*", "").replace("_", " "))
    text = _LABEL_NOISE.sub("", text.strip())
    text = _LABEL_NOISE.sub("", text)
    key = " ".join(text.lower().split())
    if key not in LABELS and note:
        # the party a bracket says is billed: "RESELLER (BILL TO)" is the bill-to party, whoever it resells to
        return " ".join(note.group(1).lower().split())
    if key not in LABELS and " / " in key:
        # a bilingual label ("Lieferant / Vendor", "Leistungszeitraum / Service Period") is read by a part we know
        return next((part for part in key.split(" / ") if part in LABELS), key)
    return key



# ------------------------------------------------------------------------------------------ names

LEGAL_SUFFIX = (r"(?:Holdings,?\s+Inc|Pty\.?\s+Ltd|Incorporated|Inc|L\.L\.C|LLC|LLP|L\.P|LP|Ltda|Ltd|Limited|"
                r"Corporation|Corp|Company|Co|plc|PLC|GmbH|gGmbH|AG|SE|S\.A\.S|SAS|S\.A\.\s+de\s+C\.V|S\.A|SA|S\.p\.A|SpA|"
                r"S\.r\.l|SRL|Srl|S\.L\.U|S\.L|B\.V|BV|N\.V|NV|Oyj|Oy|AB|A/S|ApS|ASA|AS|KG|KGaA|N\.A|P\.C|PC|"
                r"Pte\.?\s+Ltd|K\.K|ULC|LLP|PLLC|Sp\.\s+z\s+o\.o|SAOG|SAOC|K\.S\.C\.C|K\.S\.C\.P|K\.S\.C|W\.L\.L|"
                r"B\.S\.C\.\s+\(c\)|B\.S\.C|"
                # names set in capitals ("GLACIER RIDGE MINING CORP.", "KESTREL PEAK SOFTWARE CORP.")
                r"INCORPORATED|INC|CORPORATION|CORP|LIMITED|LTD|COMPANY|GMBH|PTE\.?\s+LTD)")
# A name runs through its last legal suffix: "ACME Corporation, Inc." is one name, not "ACME Corporation".
NAME_WITH_SUFFIX = re.compile(rf"^(?P<name>[A-Z0-9][^\n;]*?(?:,?\s+{LEGAL_SUFFIX}\.?)+)(?=$|[\s,;:)(\"']|['’]s\b)")
PARTY_ROLES = {
    "provider": "vendor", "vendor": "vendor", "supplier": "vendor", "licensor": "vendor", "seller": "vendor",
    "service provider": "vendor", "contractor": "vendor", "consultant": "vendor", "reseller": "vendor",
    "customer": "customer", "client": "customer", "licensee": "customer", "subscriber": "customer",
    "buyer": "customer", "purchaser": "customer", "company": None,
}
# ("Provider") / (the "Customer") / (hereinafter "Client") / (the 'Licensor') / ("Veridian" or the "Provider"):
# after a nickname and "or", the role names the party
PARTY_DEFINITION = re.compile(
    r"\(\s*(?:[\"“'‘][^\"”'’()]{1,40}[\"”'’]\s+or\s+)?"
    r"(?:each\s+)?(?:hereinafter\s+(?:referred\s+to\s+as\s+)?|the\s+)?(?:the\s+)?[\"“'‘]?"
    r"(?P<role>[A-Z][A-Za-z .&'-]{1,40}?)[\"”'’]?\s*\)")
# Instalments that follow the billing cadence ("invoiced quarterly in advance in instalments of ...", "Two equal
# instalments per year", "quarterly instalment") are the billing frequency, not a payment schedule of their own.
REGULAR_INSTALMENTS = re.compile(
    r"\b(?:quarterly|monthly|semi-?annually|annually)\b[^.;]{0,40}\binstall?ments?\b|"
    r"\binstall?ments?\b[^.;]{0,30}\b(?:per (?:year|quarter|month)|each (?:calendar )?(?:quarter|month))\b", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ID_TOKEN = re.compile(r"(?<![\w-])(?=[A-Z0-9/_.-]*\d)[A-Z0-9][A-Z0-9/_.-]*[A-Z0-9](?![\w-])|(?<![\w-])\d(?![\w-])")

# ------------------------------------------------------------------------------------------ cadence

FREQUENCY_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"semi-?\s?annual|half-?\s?year|every six months|every 6 months|twice a year|bi-?annual|"
                r"six-monthly|each half", re.I), "semiannual"),
    (re.compile(r"\bquarterly\b|each (?:calendar )?quarter|every (?:three|3) months|per quarter|each quarter", re.I),
     "quarterly"),
    (re.compile(r"\bmonthly\b|each (?:calendar )?month|every month|per month|month-to-month", re.I), "monthly"),
    (re.compile(r"\bannual(?:ly)?\b|\byearly\b|per annum|each (?:subscription |contract |licence |license )?year|"
                r"every year|once a year|\bp\.a\.", re.I), "annual"),
    (re.compile(r"one-?\s?time|once,? in full|in full (?:up)?on|single invoice|\bupfront in full|lump sum|\bonce\b",
                re.I), "one_time"),
]
TIMING_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bin arrears?\b|\barrears\b|after the end of|following the end of|at the end of each|"
                r"after each (?:calendar )?(?:month|quarter|year)", re.I), "arrears"),
    (re.compile(r"\bin advance\b|\badvance\b|prepaid|pre-paid|\bupfront\b|up-front|at the (?:start|beginning) of|"
                r"on the first day of each", re.I), "advance"),
]
PERIOD_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"one-?\s?time|one-?off|\bsetup\b|set-up fee|non-recurring|\bonce\b|fixed fee|\bupfront\b", re.I),
     "one_time"),
    (re.compile(r"\bper (?:calendar )?month\b|/\s?mo(?:nth)?\b|\bmonthly\b|\bp\.?m\.(?!\w)|\ba month\b|each month",
                re.I), "month"),
    (re.compile(r"\bper quarter\b|/\s?q(?:tr|uarter)\b|\bquarterly\b|\beach quarter\b", re.I), "quarter"),
    (re.compile(r"\bper (?:year|annum)\b|/\s?y(?:ea)?r\b|\b[a-z]+-yr\b|\bannual(?:ly)?\b|\byearly\b|"
                r"\bp\.?\s?a\.(?!\w)|\ba year\b|\bper licence year\b|each year", re.I), "year"),
]

# ------------------------------------------------------------------------------------------ prose phrases

CURRENCY_STATEMENT = re.compile(
    r"(?:stated|quoted|denominated|payable|invoiced|expressed|priced|paid|made|\b(?:all\s+)?amounts(?:\s+are)?|"
    r"\bprices\s+are)\s+in\s+"
    r"(?P<what>(?:[A-Z]{3}\b|(?:u\.?s\.?|united states|canadian|australian|new zealand|singapore|hong kong)\s+"
    r"dollars|euros?|pounds sterling|sterling|british pounds|swiss francs|japanese yen|brazilian reais|"
    r"mexican pesos|indian rupees|swedish kronor|norwegian kroner|danish kroner|dollars))"
    r"(?:\s*\((?P<code>[A-Z]{3})\))?", re.I)
CURRENCY_NAMES = {
    "us dollars": "USD", "u.s. dollars": "USD", "united states dollars": "USD", "dollars": "USD", "euro": "EUR",
    "euros": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "british pounds": "GBP", "swiss francs": "CHF",
    "canadian dollars": "CAD", "australian dollars": "AUD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "japanese yen": "JPY", "hong kong dollars": "HKD", "brazilian reais": "BRL",
    "mexican pesos": "MXN", "indian rupees": "INR", "swedish kronor": "SEK", "norwegian kroner": "NOK",
    "danish kroner": "DKK",
}

RENEW_TRUE = re.compile(
    r"auto(?:matic(?:ally)?)?[- ]?renew|renews? automatically|renewed automatically|(?:shall|will) (?:be )?"
    r"(?:automatically )?(?:renew|extend)\w* (?:for|by)|automatically (?:be )?(?:renewed|extended)|"
    r"(?:shall|will) (?:automatically )?be (?:automatically )?(?:renewed|extended) for|"
    r"extends? automatically|automatically extend|evergreen (?:basis|term|renewal|arrangement)|on an evergreen|"
    r"tacit(?:ly)? renew|rolls? over automatically|automatically roll(?:s)? over|renewed tacitly|tacit renewal|"
    r"(?<!\bmay )(?<!\bto )\brenews?\s+(?:automatically\s+)?for\s+(?:a\s+|an\s+)?"
    r"(?:further\s+|successive\s+|additional\s+|another\s+)?"
    r"(?:\(?\d{1,3}\)?|one|two|three|six|twelve|twenty-four|thirty-six)[- ](?:\(\d{1,3}\)\s)?(?:months?|years?)\b|"
    r"\brolling (?:monthly|annual(?:ly)?|month-to-month|basis)\b|"
    # renewal that happens unless someone stops it: "12-month renewals unless either party gives notice"
    r"\brenew(?:s|als?)\b[^.;]{0,60}?\bunless\s+(?:either|one|a|the)\s+(?:party|parties|of us)\b|"
    r"(?:continues?|continued|effective|remains? in (?:full )?(?:force|effect)) (?:thereafter )?(?:on a )?(?:from )?"
    r"(?:month[- ]to[- ]month|year[- ]to[- ]year)|renew(?:s|ed)? for (?:successive|additional|consecutive|"
    r"further)|successive (?:renewal )?(?:terms?|periods?)|"
    # "shall be extended automatically by further periods", "is extended by 12 months at a time unless ...",
    # "renew with the Order Form for successive 12-month periods", "Automatic 12-month renewals"
    r"extended automatically|\bextended by [^.;]{1,30}?\bat a time\b|"
    r"(?<!\bmay )\brenew(?:s|ed)?\s+(?:[\w-]+\s+){1,4}?for (?:successive|additional|consecutive|further)\b|"
    r"\bautomatic\s+[\w-]{1,12}\s+renewals?\b", re.I)
RENEW_FALSE = re.compile(
    r"(?:will|shall|does|do|won['’]?t|is|are)\s+not\s+(?:be\s+)?(?:auto(?:matically)?[- ]?)?renew|won['’]t auto|"
    r"(?:will|shall|does|do)\s+not\s+roll(?:\s+|-)?over|"
    r"\bnot auto-?renew|\bno auto(?:matic)?[- ]?renew|non-renewing|shall expire at the end|will expire at the end|"
    r"expires at the end of the (?:subscription |initial )?term|renewal requires a new|"
    r"renew only (?:by|upon|with) (?:the )?(?:mutual|written)|renew\w*\s+(?:\w+\s+){0,12}?(?:only\s+)?(?:upon|by|with)"
    r" (?:the )?mutual (?:written )?(?:agreement|consent)|upon mutual (?:written )?agreement[^.]{0,40}renew|"
    r"^\W*(?:none)\b|\bnothing in this \w+(?: \w+)? renews|"
    r"\bnot automatic\b", re.I)
RENEW_FALSE_LABEL = re.compile(r"^\W*(?:no|none|n/a|manual|by mutual)\b", re.I)
# unused allowance that does not roll over is about usage, not about the subscription renewing
USAGE_ROLLOVER = re.compile(r"\b(?:unused|included|allowance|credits?)\b[^.]{0,60}\broll", re.I)
# In prose, "extend" alone is too common ("no liability shall extend to ..."): renewal needs a renewal word.
RENEW_PROSE_CONTEXT = re.compile(r"renew|roll(?:s|ed)?[- ]?over|extend\w*\s+(?:automatically|for|by)|"
                                 r"continues?\s+for\s+successive\b|"
                                 r"automatically (?:be )?extend|"
                                 r"month[- ]to[- ]month|year[- ]to[- ]year|evergreen (?:basis|term|renewal)|tacit",
                                 re.I)
RENEW_CONTEXT = re.compile(r"renew|extend|expir|roll(?:s|ed)?[- ]?over|month[- ]to[- ]month|year[- ]to[- ]year", re.I)
NOTICE_CONTEXT = re.compile(
    r"non-?renewal|not to renew|intent(?:ion)? not to|elect(?:s|ion)? not to|prior to (?:the )?(?:renewal|expir|end)|"
    r"before (?:the )?(?:renewal|expir|end)|end of the (?:then[- ])?current|notice of (?:termination|cancellation)|"
    r"cancel|prior to renewal|preceding (?:the )?(?:renewal|expir)|terminat\w+ (?:at|by) the end", re.I)
CONVENIENCE = re.compile(r"for convenience|without cause|for any reason|at any time", re.I)

# Net N days: not the start of a date (Net 03/04/2026) nor a duration in other units (Net 12-month).
PAYMENT_NET = re.compile(r"\bnet\s*(?P<n>\d{1,3})(?![0-9])(?![/.-]\d)(?!\s*%)"
                         r"(?![-\s]*(?:months?|years?|weeks?|quarters?)\b)|(?P<n2>\d{1,3})\s+days?\s+net\b", re.I)
PAYMENT_RECEIPT = re.compile(
    r"(?:due|payable|paid)\s+(?:in full\s+)?(?:up)?on\s+(?:receipt|presentation|invoic)|on receipt of (?:the )?invoice|"
    r"(?:due|payable)\s+immediately|upon receipt of (?:the |each |an )?invoice|"
    r"^\W*(?:due|payable)?\s*(?:up)?on receipt", re.I)
PAYMENT_DAYS_CONTEXT = re.compile(
    r"(?P<after>^\s*(?:calendar |business )?(?:days?)?\s*(?:net\b|(?:of|from|after|following|upon)\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,8}?(?:invoice|receipt|billing date)))", re.I)
# "payable within 30 days", "with payment due within thirty (30) days": the days end the sentence's payment phrase
PAYMENT_WITHIN = re.compile(r"\b(?:payable|due|paid|payment)\b[^.;]{0,30}?\bwithin\s+$", re.I)
# a label's value that is only a number of days ("PAYMENT TERMS / 30 days", "Payment 45 days from invoice date")
PAYMENT_DAYS_VALUE = re.compile(r"^\W{0,3}(?P<n>\d{1,3})\s+(?:calendar\s+)?days?\b", re.I)
# a line that is only the payment term ("- Net 30")
NET_ALONE = re.compile(r"^\W{0,4}net\s*\d{1,3}(?:\s+days)?\W{0,3}$", re.I)
PAY_CONTEXT = re.compile(r"\b(?:pay|paid|payable|payment|due|invoice[sd]?)\b", re.I)

LATE_CONTEXT = re.compile(r"late|overdue|past due|not paid when due|unpaid|delinquent|interest", re.I)
PER_MONTH = re.compile(r"per month|a month|each month|monthly|per calendar month|/\s?month", re.I)
ESCALATOR_CONTEXT = re.compile(r"increase|uplift|escalat|adjust|raise|indexation", re.I)
CAP_WORDS = re.compile(r"no more than|not (?:to )?exceed|shall not exceed|capped|\bcap\b|at most|maximum|up to|"
                       r"not more than|limited to", re.I)
MIN_COMMIT = re.compile(r"minimum|commit", re.I)
COMMIT_PERIOD: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"per month|monthly|each month|a month|/\s?month", re.I), "month"),
    (re.compile(r"per (?:(?:contract|calendar|licen[cs]e|subscription) )?(?:year|annum)|annual(?:ly)?|"
                r"each (?:contract |calendar )?year|a year|yearly|/\s?year", re.I), "year"),
    (re.compile(r"over the (?:[\w-]+ ){0,2}term|during the term|for the term|aggregate|total|"
                r"term of this", re.I), "term"),
]
TCV_PHRASE = re.compile(
    r"(?:total|aggregate)\s+(?:contract value|order value|fees|charges|value|amount|price|subscription fees|"
    r"fixed fees|commitment)|\ba total of\b|\b(?:po|order|purchase order) total\b|"
    # "TOTAL for the 24-month period: BHD 24,600.000", "TOTAL over the three academic years: £13,204.00"
    r"\btotal\s+(?:for|over)\s+the\s+(?:[\w-]+\s+){0,3}(?:period|term|years|months)\b", re.I)
# a total's label that a table cell broke over two lines ("Total Contract" / "Value C$ 33,620.00")
TCV_LABEL_HEAD = re.compile(r"^\W{0,3}(?:total|aggregate)\s+(?:contract|order)\W{0,3}$", re.I)
TOTAL_EXCLUDE = re.compile(r"\bsub-?total\b|minimum|annual fee\b|per year|year \d|monthly|per month|each year|"
                           r"a year\b|annually|tax|vat\b",
                           re.I)

PO_WORDS = re.compile(r"purchase order|\bP\.?O\.?s?\b(?!\s*box)|\bPO(?:#|\s*#|\s+number|\s+no\.?)", re.I)
PO_FALSE = re.compile(
    r"not required|no (?:purchase order|p\.?o\.?)s? (?:is |are )?(?:needed|required|necessary)|not needed|"
    r"does(?:n['’]t| not) (?:issue|require|use) (?:a )?(?:purchase orders?|p\.?o\.?s?)|\bn/a\b|^\W*(?:no|none)\b|"
    r"without (?:a )?(?:purchase order|p\.?o\.?)|is not a condition", re.I)
PO_TRUE = re.compile(r"must (?:quote|reference|include|state|show|appear|bear|cite)|required|requires|"
                     r"will issue|shall issue|to follow|must be|reference (?:it|the|purchase)|quote|number", re.I)
PO_NUMBER = re.compile(
    r"(?:purchase order|\bP\.?O\.?)(?:\s*(?:number|no\.?|#|reference|ref\.?))?\s*(?:is|:|-|=)?\s*"
    r"(?P<num>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9/_.-]*[A-Z0-9])", re.I)

# (pattern, rank bonus): an explicit definition of the effective date beats "made as of", which beats "dated".
EFFECTIVE_PATTERNS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"(?P<date>DATE)\s*\(\s*(?:the\s+)?[\"“]?(?:order\s+|schedule\s+|agreement\s+)?(?:effective|"
                r"schedule)\s+date[\"”]?", re.I), 4),
    (re.compile(r"effective date[\"”]?\s+(?:means|is|shall be|will be)\s+(?P<date>DATE)", re.I), 4),
    # a label that a qualifier stands before on its row: "Order Form #2 Effective Date April 1, 2026"
    (re.compile(r"\beffective\s+date\s*:?\s+(?P<date>DATE)\s*$", re.I), 3),
    (re.compile(r"takes?\s+effect\s+(?:on|from|as of)\s+(?P<date>DATE)", re.I), 3),
    (re.compile(r"(?<!made )effective\s+(?:as\s+(?:of|from)|on|from)\s+(?:the\s+)?(?P<date>DATE)", re.I), 3),
    # "This Order is effective April 17, 2026"
    (re.compile(r"\b(?:is|are|becomes?|shall\s+be|will\s+be)\s+effective\s+(?P<date>DATE)", re.I), 3),
    (re.compile(r"(?:entered\s+into|made|executed|concluded|signed)(?:\s+and\s+(?:entered\s+into|effective))?"
                r"(?:\s+(?!by\b|between\b)[a-z]+){0,2}?\s+(?:as\s+of|on|this|effective)\s+(?:this\s+)?(?:the\s+)?"
                r"(?P<date>DATE)", re.I), 2),
    (re.compile(r"\bthis\s+(?:agreement|order(?: form)?|schedule|addendum|amendment)\b[^.]{0,40}?\bdated\s+"
                r"(?:as\s+of\s+)?(?:the\s+)?(?P<date>DATE)", re.I), 1),
    (re.compile(r"(?P<pre>(?:^|[^.]{0,40}?))\b(?:agreement|contract|order(?: form)?|addendum)\b[\"”)]*,?\s+dated\s+"
                r"(?:as\s+of\s+)?(?:the\s+)?(?P<date>DATE)", re.I), 1),
    # "Order reference FLS-2026-044, agreed on 10 February 2026"
    (re.compile(r"\b(?:order|proposal|quote|offer)\b[^.;]{0,120}?\b(?:agreed|accepted|signed)\s+on\s+"
                r"(?P<date>DATE)", re.I), 1),
    # a reference and its date: "Reference PED-2026-0381 - dated 09/03/2026"
    (re.compile(r"(?P<pre>(?:^|[^.]{0,40}?))\b(?:reference|ref\.?|no\.|number|#)\s*:?\s*"
                r"(?=[A-Z0-9/_.-]{0,40}\d)[A-Z0-9][A-Z0-9/_.-]{2,40}\s*[-–,]?\s*dated\s+(?P<date>DATE)", re.I), 1),
]
START_PATTERNS = [
    # "The Commencement Date is 1 July 2026", "begins on the Commencement Date, 1st March 2026"
    re.compile(r"\b(?:commencement|start)\s+date\s*(?:,|:|is|shall be|will be)\s*(?P<date>DATE)", re.I),
    re.compile(r"(?P<date>DATE)\s*\(\s*(?:the\s+)?[\"“]?(?:subscription\s+|service\s+)?(?:commencement|start)"
               r"(?:\s+date)?[\"”]?", re.I),
    re.compile(r"(?:commenc\w*|begin\w*|start\w*|effective)\s+(?:on|upon|as\s+of|from)\s+(?:the\s+)?(?P<date>DATE)",
               re.I),
    re.compile(r"\bfrom\s+(?:the\s+)?(?P<date>DATE)\s*(?:\([^)]*\)\s*)?(?:to|through|until|till|-)\s", re.I),
    re.compile(r"\b(?:starting|beginning|commencing)\s+(?:on\s+)?(?P<date>DATE)", re.I),
    re.compile(r"\bstart(?:\s+date)?\s+(?:is|of|shall be|will be)\s+(?P<date>DATE)", re.I),
    # "Services commence May 1, 2026", "When should the subscription start? March 1, 2026"
    re.compile(r"\b(?:services?|subscription|term)\s+(?:commences?|begins?|starts?)\??\s+(?P<date>DATE)", re.I),
    # a term counted from its first day: "runs for twelve (12) months from 1 March 2026"
    re.compile(r"\b(?:months?|years?)\)?\s+(?:from|commencing|beginning|starting)\s+(?:on\s+)?(?:the\s+)?"
               r"(?P<date>DATE)", re.I),
    # "agreement for the period 1 April 2026 to 31 March 2028"
    re.compile(r"\b(?:for|covering)\s+the\s+period\s+(?:of\s+|from\s+)?(?P<date>DATE)\s*(?:-|to|through|until|till)\s*"
               r"DATE", re.I),
]
END_PATTERNS = [
    re.compile(r"(?P<date>DATE)\s*\(\s*(?:the\s+)?[\"“]?(?:expiry|expiration|end|termination)\s+date[\"”]?", re.I),
    re.compile(r"(?:through|until|till|to|ending(?:\s+on)?|ends\s+on|expir\w*\s+on|terminat\w*\s+on|end\s+on|"
               r"concluding(?:\s+on)?|expiring(?:\s+on)?|in no event later than|(?:be\s+)?completed\s+(?:by|on)|"
               r"continu\w*\s+(?:in\s+effect\s+)?(?:until|through))\s+(?:and\s+including\s+)?(?:the\s+)?(?P<date>DATE)",
               re.I),
    re.compile(r"\bexpir\w*\s+(?:date\s+)?(?:is|of|shall be)\s+(?P<date>DATE)", re.I),
]
TERM_CONTEXT = re.compile(r"\bterm\b|subscription|commenc|continu|period|duration|services|"
                          r"\b(?:work|project|implementation)\s+(?:will\s+|shall\s+)?(?:begin|start)|"
                          r"(?:agreement|order|schedule|addendum) shall|expire|@D\d+@ (?:to|through|until) @D\d+@",
                          re.I)
FEE_CONTEXT = re.compile(r"\bfees?\b|\$|€|£|\bprice\b|\bcharges?\b|\bUSD\b|\bEUR\b|\bGBP\b|per (?:user|seat|unit)",
                         re.I)

ANCHOR_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"calendar quarter", re.I), "calendar_quarter"),
    (re.compile(r"calendar month|first day of each month|first of each month|1st (?:day )?of each month", re.I),
     "calendar_month"),
    (re.compile(r"\bon the (?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?of (?:each|every) (?:billing period|month|"
                r"invoicing period)", re.I), "day"),
    (re.compile(r"co-?term\w*[^.]{0,80}?(?P<date>DATE)", re.I), "coterm"),
]
ANCHOR_CONTEXT = re.compile(r"invoice|bill|period|aligned|co-?term", re.I)

# Non-standard clauses: the kind each summary opens with (a fixed vocabulary, so reviewers can filter on it) and its
# patterns. The summary is the kind, then the clause that states it. The kinds after `uncapped liability` are
# rights and conditions that change what is billed or when; `NON_STANDARD_EXCLUSIVE` names those that never share
# a clause with another kind (a public body's right to end the contract when funds are not appropriated is one
# term, not also a termination right).
NON_STANDARD: list[tuple[str, re.Pattern[str]]] = [
    ("termination for convenience", re.compile(
        r"(?<!not )(?<!cannot )(?<!n't )terminat\w*[^.;]{0,80}?(?:for convenience|without cause|"
        r"for any reason or no reason|at any time for any)|"
        r"(?:right|option) to (?:terminate|cancel)[^.;]{0,60}?(?:convenience|notice|without)", re.I)),
    ("regulatory termination right", re.compile(
        r"terminat\w*[^.]{0,160}?regulat\w+|regulator\w*[^.]{0,160}?terminat", re.I)),
    ("most-favoured-customer pricing", re.compile(
        r"no less favou?rable|most[- ]favou?red|(?:similarly situated|comparable) customers?[^.]{0,60}?(?:lower|"
        r"better|more favou?rable) (?:price|fee|rate)|(?:lower|better) price[^.]{0,120}?(?:extend|offer|apply)"
        r"[^.]{0,40}?"
        r"(?:to )?customer|best (?:price|pricing) (?:offered|given)", re.I)),
    ("cap on price increases", re.compile(
        r"(?:increase|uplift|raise|escalat)\w*[^.;]{0,80}?(?:shall not exceed|not to exceed|no more than|not more than|"
        r"capped|\bcap\b|at most|up to a maximum)|(?:capped|cap) at (?:an? )?(?:increase|uplift)|"
        r"increases? (?:is|are) (?:limited|capped)", re.I)),
    # a project's "user acceptance testing" is a phase of the work; acceptance tests bind only what is paid
    ("acceptance criteria", re.compile(
        r"acceptance (?:criteria|certificate)|accept or reject|"
        r"(?<!user )acceptance (?:testing|tests?)(?=[^.]{0,120}\b(?:fees?|invoic\w*|pay\w*)\b)|"
        r"\b(?:fees?|invoic\w*|pay\w*)\b[^.]{0,120}(?<!user )acceptance (?:testing|tests?)", re.I)),
    ("custom payment schedule", re.compile(
        r"\binstall?ments?\b|milestone payments?|payment (?:schedule|plan) (?:set out|as follows|below)|"
        r"(?:split|spread) (?:the |its )?(?:annual )?(?:fees?|payments?)", re.I)),
    ("free period", re.compile(r"free of charge|at no (?:additional )?charge|free months?|months? free|"
                               r"no fees? (?:for|during) the first", re.I)),
    ("uncapped liability", re.compile(
        # not the usual carve-out for "liability that cannot be limited by law"
        r"liabilit\w*[^.]{0,100}?(?:unlimited|uncapped|(?<!can)not be limited(?! (?:by|under) (?:applicable )?law))|"
        r"limitation of liability[^.]{0,80}?"
        r"(?:does not|shall not|will not) apply", re.I)),
    ("non-appropriation", re.compile(
        r"\bnot (?:been )?appropriated\b|\bnon-?appropriation\b|\bfunding[- ]out\b|"
        r"\bbudget\b[^.;]{0,60}\bnot (?:been )?approved\b", re.I)),
    ("payment on acceptance", re.compile(
        r"\b(?:payable|due|invoiced|paid)\b[^.;]{0,80}?\b(?:after|upon|on|until)\b[^.;]{0,60}?"
        r"(?:written acceptance|\baccept(?:s|ed|ance)?\b[^.;]{0,40}\bin writing)", re.I)),
    ("milestone payments", re.compile(
        r"\bin (?:two|three|four|\d) milestones\b|"
        r"\b\d{1,2}\s?%\s*(?:\([^()]{0,30}\)\s*)?(?:is )?(?:invoiced |payable |due )?"
        r"(?:on|upon) (?:signature|signing|go-live|completion|delivery)\b", re.I)),
    ("right to reduce quantities", re.compile(
        r"(?<!not )\bmay reduce\b[^.;]{0,100}?\bby (?:up to|one|\d)", re.I)),
    ("right to pause", re.compile(r"\bmay pause\b", re.I)),
    ("price hold", re.compile(
        r"\b(?:rates?|prices?|fees?)\b(?:\s+\w+){0,2}\s+(?:are|is|will be|shall be|remain)\s+held\b|\bprice lock\b|"
        r"\bwaives?\b[^.;]{0,40}?\b(?:uplift|increase)\b", re.I)),
    ("index-linked price adjustment", re.compile(
        r"\badjusted\b[^.;]{0,60}?\b(?:inflation|price|consumer price|CPI|RPI|IPCA|HICP)\s+index\b", re.I)),
    ("early payment discount", re.compile(
        r"\b(?:early|prompt)[- ]payment discount\b|\bdiscount\b[^.;]{0,30}?\bif paid within\b|\bskonto\b", re.I)),
    ("one-time credit", re.compile(r"\b(?:promotional|one-time|one-off)\s+credit\b", re.I)),
    ("conditional discount", re.compile(r"\bdiscount applies only\b", re.I)),
    ("performance security", re.compile(
        r"\b(?:furnish|provide|deliver|post|lodge|submit)\w*\b[^.;]{0,30}\bperformance (?:security|bond|guarantee)\b",
        re.I)),
    ("price reduction for delay", re.compile(
        r"\bdelay(?:ed|s)?\b[^.;]{0,120}?\breduced by\b|\breduced by\b[^.;]{0,80}?\bdelay", re.I)),
    ("commitment reduction", re.compile(r"\b(?:minimum|commitment)\b[^.;]{0,40}\bis reduced\b", re.I)),
    ("liquidated damages", re.compile(r"\bliquidated damages\b", re.I)),
    ("billing agent", re.compile(r"\bbilling (?:and collection )?agent\b", re.I)),
    ("late-payment interest waived", re.compile(
        r"\binterest on late payments?\)?\s+does not apply\b|\blate[- ]payment interest\b[^.;]{0,40}?"
        r"(?:does not apply|(?:is )?waived)", re.I)),
    # last: a party's right to end the contract or part of it that is not for breach or insolvency (those are in
    # every contract), when no kind above said what it is
    ("termination right", re.compile(
        r"(?<!not )\bmay (?:terminate|cancel)\b(?![^.;]{0,140}\b(?:breach\w*|insolven\w*|bankrupt\w*)\b)", re.I)),
]
NON_STANDARD_EXCLUSIVE = frozenset({
    "non-appropriation", "payment on acceptance", "milestone payments", "right to reduce quantities", "right to pause",
    "price hold", "index-linked price adjustment", "early payment discount", "one-time credit", "conditional discount",
    "performance security", "price reduction for delay", "commitment reduction", "liquidated damages", "billing agent",
    "late-payment interest waived", "termination right"})


# ------------------------------------------------------------------------------------------ labels a form defines

# A name the form coins for the day its term runs from ("Go-live", "Launch Date"): a capitalised word, maybe
# hyphenated, maybe followed by "Date".
_COINED = r"(?P<name>[A-Z][A-Za-z]{1,15}(?:-[A-Za-z]{2,10})?(?:\s+[Dd]ate)?)\b"
_TERM_FROM_NAME = [
    # "Ends 12 months after Go-live", "runs for 24 months from the Go-Live Date"
    re.compile(r"\b(?i:(?:\d{1,3}|[a-z]+(?:\s*\(\d{1,3}\))?)[\s-]+(?:months?|years?)\s+(?:after|from|following)\s+"
               rf"(?:the\s+)?){_COINED}"),
    # "Go-live means the date stated in the Order Form from which the Subscription Term runs"
    re.compile(rf"{_COINED}\s+(?i:means\s+the\s+(?:date|day)\b[^.;]{{0,80}}?\bfrom\s+which\s+the\s+"
               r"(?:subscription\s+|initial\s+|service\s+)?term\s+(?:runs|starts|begins|commences))\b"),
    # "the Subscription Term starts on Go-live"
    re.compile(r"\b(?i:(?:subscription|initial|service)\s+term\s+(?:runs|starts|begins|commences)\s+(?:from|on|at)\s+"
               rf"(?:the\s+)?){_COINED}"),
]


def with_defined_labels(labels: Mapping[str, str], text: str) -> Mapping[str, str]:
    """The vocabulary plus each name the form itself defines as the day its term runs from: "Go-live" is a label
    of the start date in a form that says "Ends 12 months after Go-live", and only there (in a project plan it
    may be a milestone). A name the vocabulary already knows keeps its topic."""
    coined = {clean_label(m.group("name")) for pattern in _TERM_FROM_NAME for m in pattern.finditer(text)}
    coined = {name for name in coined if name and name not in labels and name not in _NOT_COINED}
    if not coined:
        return labels
    return {**labels, **dict.fromkeys(coined, "start")}


# Words that open the phrases above without naming a day.
_NOT_COINED = {"the", "each", "any", "such", "that", "this", "its", "their", "written", "signature", "execution",
               "termination", "expiry", "expiration", "notice", "receipt", "delivery", "invoice", "date"}
