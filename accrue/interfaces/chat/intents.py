"""The offline intent parser: what a typed line asks for, as one typed Intent.

Deterministic and pure (text and the known customer names in, an `Intent` out), so the chat
works without a model and its decisions can be tested line by line against a corpus of what
finance staff type (`evals/chat/`). The checks run from the most specific request to the most
general question; a line none of them fits becomes `needs_llm`, which the session answers by
saying it did not understand and what it can do. Slash commands are parsed here too; the
entities (customer, invoice, amount, reason) are found by `entities.py`.
"""

from __future__ import annotations

import re
import shlex
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from accrue.core.textnorm import find_dates
from accrue.interfaces.chat.entities import (
    HANDLE,
    RUN_ID,
    amount,
    invoice_number,
    match_customer,
    normalise,
    reason,
)

__all__ = ["Intent", "IntentKind", "match_customer", "parse", "parse_slash"]

IntentKind = Literal["help", "pending", "approve", "reject", "terms", "explain", "balance", "overdue", "schedule",
                     "find", "credit", "refund", "write_off", "invoice_change", "run", "correct", "cost", "quit",
                     "needs_llm", "unknown_command", "empty"]


class Intent(BaseModel):
    """What the person asked for, with the entities found in their words."""

    kind: IntentKind
    customer: str | None = None
    invoice: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    reason: str | None = None
    fields: list[str] = Field(default_factory=list)
    handle: str | None = None
    action_type: str | None = None
    mine_only: bool = False
    min_days: int | None = Field(default=None, description="overdue: only invoices at least this many days late")
    path: str | None = None
    deal: str | None = None
    assignments: list[str] = Field(default_factory=list, description="correct: PATH=VALUE edits to a run's terms")
    text: str = ""
    problem: str | None = Field(default=None, description="Why the line could not be acted on as typed")
    elsewhere: bool = Field(default=False, description="needs_llm: asks for what the chat does not do (mail, "
                                                       "payments, other systems), not a question it misread")


# Phrases -> terms fields, most specific first: the first fields found are the ones asked about.
_FIELD_PHRASES: list[tuple[str, list[str]]] = [
    (r"late fees?|late payments?|late charges?|interest|penalt\w*|(?:paying|pays?|paid) late|fee for (?:paying )?late",
     ["late_fee_percent_per_month"]),
    (r"escalat\w*|uplift|price increase|increase clause|price rise|go(?:es)? up|increase\w*|rais\w*",
     ["price_escalator_percent"]),
    (r"non[- ]renewal|notice|not renew\w*|cancel\w*|wants? out|(?:have|need) to tell|how many days before",
     ["non_renewal_notice_days"]),
    (r"up for renewal|renewal date|\bterm ends?\b|\bruns? out\b|\b(?:contract|term|agreement|deal) (?:is )?up\b",
     ["service_end_date"]),
    (r"auto[- ]?renew\w*|evergreen|lapse|roll\w* over|renew\w*|continue|carry on|keep going",
     ["auto_renew", "renewal_term_months"]),
    (r"payment (?:terms?|window|period|deadline)|terms of payment|credit (?:terms|period)|net \d+|\bnet\b|"
     r"\bterms\b.*\bpay (?:on|by|under)\b|"
     r"\bdue period\b|\bdays payable\b|\buntil (?:\w+ )*(?:invoices? )?(?:are |is )?due\b|"
     r"days\b.*\bto (?:pay|settle)|(?:get|have|got) to (?:pay|settle)|(?:pay|settle) within|to settle|"
     r"how many days\b.*\b(?:pay|due|settle)\b|\bdue in how many days\b|\bdue within\b|"
     r"\bpay (?:\w+ )?after\b|\bafter (?:receiving|receipt of)\b|"
     r"when .*\b(due|pay)\b|due date|\bdue after\b|\bpayment (?:\w+ )?due\b|\bpay(?:s|ment)? (?:due|within)\b|"
     r"\bpay(?:s|ment)? in (?!(?:usd|eur|gbp|chf|cad|aud|jpy|euros?|dollars?|which|what)\b)\w|"
     r"\bdue days\b|days (?:to|until) (?:pay|due)",
     ["payment_terms_days"]),
    (r"billing (frequency|cadence|timing|cycle|interval|period)|how often|frequen\w*|\bcycle\b|\binterval\b|"
     r"\b(monthly|quarterly|annually|yearly)\b|up ?front|in advance|in arrears|instal?lments?|"
     r"\b(?:once|twice) a (?:year|quarter|month)\b|\bevery (?:year|quarter|month|\d+ months)\b|semi-?annual\w*",
     ["billing_frequency", "billing_timing"]),
    (r"non[- ]standard|special (terms|clauses?)|side letters?|unusual|custom (?:terms|clauses?)|weird|odd|strange|"
     r"exceptions?|carve[- ]?outs?|"
     r"should know about", ["non_standard_terms"]),
    (r"purchase order|\bpo\b", ["po_required", "po_number"]),
    (r"total contract value|contract (?:value|amount|total)|\btcv\b|\bacv\b|worth|total value|how (?:big|large)|"
     r"size of|deal (?:size|value|amount)",
     ["total_contract_value"]),
    (r"min\w* (annual )?(commit\w*|spend)|commit\w*|\bminimum\b|\bfloor\b|\bspend per\b", ["minimum_commitment"]),
    (r"usage|overage|\btier\w*|api calls?|per call|metered|consumption", ["usage_rules"]),
    (r"line items?|price|pricing|fees?|products?|seats?|licen[cs]es?|\bbuy\b|bought|purchased|what'?s on|"
     r"what is on|\bskus?\b|\bitems\b|\bmodules?\b|\bplans?\b(?! to)|\bunits?\b|\bquantit\w*|"
     r"\bper (?:user|seat|licen[cs]e|head)\b|\bcharg(?:e|es|ing) (?:\w+ )?(?:per|for)\b",
     ["line_items"]),
    (r"billing (contact|email)|contact|e-?mail|\binvoices? go\b|\bsend\b.*\binvoices?\b|\bap\b|who (?:gets|receives)|"
     r"who (?:do|should) (?:we|i) (?:send|bill|email)", ["billing_contact_email"]),
    (r"currency|\b(usd|eur|gbp)\b|dollars|euros", ["currency"]),
    (r"order form number|order number", ["order_form_number"]),
    (r"vendor|supplier|seller|provider|entit(?:y|ies)|\bours\b|contracting party|\bour side\b|"
     r"which (?:of our )?compan(?:y|ies)|who (?:signed|sold)", ["vendor_legal_name"]),
    (r"start date|\bstart\w*|begin\w*|go[- ]?live|commence\w*|kick\w* (?:off|in)|first day", ["service_start_date"]),
    (r"end date|\bends?\b|expir\w*|term (is )?up\b|\bover\b(?! \d)|last day|finish\w*|terminat\w* date",
     ["service_end_date"]),
    (r"\bterm\b|how long|length|duration|\bmonths?\b|\bone[- ]year\b|\bmulti[- ]?years?\b|\bhow many years\b",
     ["term_months", "service_start_date", "service_end_date"]),
    (r"effective", ["effective_date"]),
]
_ACTION_WORDS: list[tuple[str, str]] = [
    (r"refunds?", "refund_credit"),
    (r"credit( note| memo)?s?", "create_credit_note"),
    (r"write[- ]?offs?|writeoff", "write_off"),
    (r"invoices?|bill", "create_invoice"),
    (r"customer", "create_customer"),
    (r"subscription", "create_subscription"),
    (r"payment", "apply_payment"),
    (r"journal|ledger|entry", "post_journal_entry"),
]
# What the offline chat does not do, even where a line sounds like billing: acts on the world or on other systems
# (sending mail, paying, deleting, switching controls off), and topics that are not the books or the runs.
_ELSEWHERE_ACTS = re.compile(
    r"^(?:please |pls |can you |could you )?(?:e-?mail|send(?! (?:[\w-]+ ){0,4}back\b)|call|book|order|text|sms|"
    r"ping|slack|"
    r"remind me to|reset|pay the|file|delete|mark|export|print|download|"
    r"wipe|turn off|disable|summari[sz]e|translate|compare|write an? (?:email|letter)|"
    r"draft an? (?:email|letter|message|contract)|schedule an? (?:meeting|call)|forecast revenue|run payroll)\b|"
    r"\bmark (?:[\w-]+ ){0,4}(?:as )?paid\b|\bin (?:stripe|salesforce|quickbooks|xero|hubspot|the erp)\b|^cancel\b")
_ELSEWHERE_TOPICS = re.compile(
    r"\b(?:pto|vacation|weather|stock price|capital of|time is it|password|payroll|netsuite|bank portal|"
    r"credit limit|lunch|flight|joke|dcf|accountant in town|exchange rates?|fx rates?|poem|pizza|excel|"
    r"expenses?|expense reports?|timesheets?|holiday|leave request|meeting|churn|headcount|hire|"
    r"dso|dpo|days sales outstanding|ebitda|budgets?|p&l|balance sheet|margins?|reconcile|bank rec)\b|"
    r"\b[a-z]{3}/[a-z]{3}\b|^what'?s \d")
_ELSEWHERE = re.compile(_ELSEWHERE_ACTS.pattern + "|" + _ELSEWHERE_TOPICS.pattern)
_HELP = re.compile(r"^(?:hi|hello|hey)$|^how (?:do|can|should) (?:i|we)\b|^how does (?:this|it|accrue)\b|"
                   r"^how do(?:es)? .*\bwork\b|^what do you do\b|^who are you\b|^what (?:can|are) (?:you|i)\b|"
                   r"\bcommands\b|\btips\b|^help\b|new here|difference between|what can i ask|questions can i ask|"
                   r"\b(?:i'?m|i am) new\b|\bfirst (?:day|week)\b|\bhow (?:do|can|should) i use\b|"
                   r"\bwhat (?:kinds?|sorts?|types?) of (?:things|questions|stuff|requests)\b|\bcan you do\b|"
                   r"\bget(?:ting)? started\b|\blist of commands\b|\bwhat to (?:type|ask|say|write)\b|"
                   r"\bwhat (?:else )?you (?:can|could) do\b|"
                   r"\b(?:don'?t|do not) know (?:how|what) to\b|\bnot sure (?:how|what) to\b|"
                   r"\bhow (?:does|do) (?:this|it|you|the bot|this (?:thing|bot|tool))\b(?: \w+)* work\b|"
                   r"\bwhat (?:does|do|can) (?:this|the) (?:bot|thing|tool|assistant)\b")
_APPROVE = re.compile(r"\b(?:approv(?:e|ed|es|ing)|accept\w*|greenlight|green[- ]light|sign off on|sign-off on|lgtm|"
                      r"ok to go|go ahead with|ship it|release|authori[sz]e)\b|^(?:please |pls )?sign[- ]?off\b|"
                      r"\bsign[- ]off (?=the\b|it\b|that\b|this\b|#?inv)")
_REJECT = re.compile(r"\b(?:reject(?:ed|ing|s)?|declin(?:e|ed|ing)|den(?:y|ied|ying)|kill|"
                     r"send (?:[\w-]+ ){0,4}back(?!\s*(?:[$€£]|\d|money|funds|cash|the money))|not approv\w*|"
                     r"don'?t approve|do not approve|won'?t approve|"
                     r"can'?t approve|cannot approve|say no to|no to the)\b")
_DECISION_VERBS = re.compile(_APPROVE.pattern + "|" + _REJECT.pattern)
_ASKING = re.compile(r"^(?:any|anything|what|which|show|list|do i|does|is|are|how many|can you (?:list|show)|"
                     r"has|have|had|did|was|were|why|when|who)\b")
_WRITE_OFF = re.compile(r"\bwrite[- ]?offs?\b|\bwriteoffs?\b|\bwrite (?:[\w'-]+ ){0,3}off\b|\bwrite[- ]?down\b|"
                        r"\bwrite of\b|\bw/o\b|\bbad debt\b")
# Paying money back to a customer (a refund of what they hold), as against a credit note on an invoice.
_REFUND = re.compile(r"\b(?:refund\w*|reimburs\w*|money back|(?:give|pay|send|return) (?:[\w-]+ ){0,3}back|"
                     r"(?:get|gets|receive|have) (?:[\w.,-]+ ){0,3}back(?! to\b)|"
                     r"return (?:the |their )?(?:overpayment|money|funds|cash))\b")
_CREDIT = re.compile(r"\b(?:credit(?: note| memo)?|cr (?:note|memo)|cn)\b|" + _REFUND.pattern)
# Words that ask for a request and say why at once.
_SELF_EXPLAINING = re.compile(r"\b(?:bad debt|uncollect[ai]ble|goodwill|insolven\w*|bankrupt\w*|duplicate\w*|"
                              r"double[- ]billed|overbill\w*|rounding|short[- ]pa(?:id|yment))\b", re.IGNORECASE)
_PROPOSAL_VERBS = re.compile(_WRITE_OFF.pattern + "|" + _CREDIT.pattern + r"|\b(?:issue|draft|give|pls|please)\b")
_WHY = re.compile(r"^(?:why|reason|explain)\b|\bwhy$|\bhow come\b|\b(?:went|gone|go|going) wrong\b|"
                  r"\bwhat'?s (?:the )?(?:problem|issue|matter|wrong)\b|"
                  r"\bgone thr(?:u|ough)\b|\bnot (?:been )?(?:sent|issued|processed)\b|"
                  r"\bhasn'?t (?:been )?(?:sent|issued|processed|finished|gone)\b|\bnot (?:finished|done)\b|"
                  r"\bholding (?:\w+ ){0,3}up\b|\bhold on\b|\bon hold\b|\bheld\b|\bstuck\b|"
                  r"\bpaused\b|\bflag\w*|\bblock\w*|\bhold[- ]?up\b|\bsitting there\b|\bwhat happened\b|"
                  r"\baudit\b|\bfindings?\b|"
                  r"\bstatus\b|\bgoing on\b|\bwhat'?s up with\b|\bhasn'?t\b.*\bgone out\b|\bnot gone out\b")
_WAITING = re.compile(r"\bqueue\w*|\bpending\b|\bawaiting\b|\bwaiting (?:for|on) (?:me|my|approval|sign|dana|"
                      r"someone|a decision)|\bto (?:approve|review|sign off)\b|\bsign[- ]?off\b|\bapprovals?\b|"
                      r"\bneeds? (?:my )?(?:approval|sign[- ]?off)|\bsign (?:\w+ )?off\b|"
                      r"\b(?:approvals?|my|the) inbox\b|"
                      r"\bwaiting (?:for|on) (?:a )?review\b|\bto be (?:approved|signed off|reviewed|decided)\b|"
                      r"\b(?:needing|needs?|need|requiring|requires?) (?:my )?(?:attention|decision|review|sign|"
                      r"approving|deciding)|"
                      r"\bon my (?:plate|desk)\b|\bfor my (?:attention|review)\b|\bawaiting (?:a )?decision\b|"
                      r"(?:\bnot|n'?t) (?:been |yet )?(?:approved|signed off|decided|reviewed)\b|\bundecided\b|"
                      r"\b(?:for me|i need|do i have|have i got) to sign\b|\bto sign (?:today|off)\b|"
                      r"\b(?:get|got|gotten|been) approved\b|\bapproved yet\b|"
                      r"^(?:has|have) (?:anyone|someone|anybody|dana|\w+) (?:approved|signed off)\b")
_OVERDUE = re.compile(r"\boverdue\b|\bpast[- ]due\b|\blate\b(?! fees?| charges?)|\bag(?:e)?ing\b|\bdelinquent\b|"
                      r"\b(?:over|more than|older than|at least)\s+(\d+)\s+days\b|\b(\d+)\+?\s+days (?:old|late|"
                      r"past)\b|\bdays late\b|\baged\b|\bpast (?:\w+ )?due\b|\bslow pay\w*|"
                      r"\b(?:were|was) due\b|\bdue (?:last|yesterday)\b|\b(?:beyond|past|outside) (?:their )?terms\b|"
                      r"\b(?:customers?|accounts?|who(?:'s| is)?|they|is|are) (?:\w+ )?in arrears\b")
# Signs of lateness that other questions share ("not paid" in "how much has Initech not paid", "chase" in "chase a
# renewal"): they make a line an overdue question only when it asks for no amount and no contract term.
_OVERDUE_WEAK = re.compile(r"\bon time\b|\bbehind\b|\bha(?:s|ve)n'?t (?:yet )?paid\b|\bnot (?:yet )?paid\b|"
                           r"\bchas(?:e|ing)\b|\bcollections?\b|\bdunning\b")
_BALANCE = re.compile(r"\b(?:owe|owes|owed|owing|balance|bal|outstanding|open invoices?|unpaid|receivables?|ar|"
                      r"exposure|anything open|still open|left to collect|still (?:owed|due))\b|"
                      r"\bpaid (?:everything|in full|up|all)\b|\bamount (?:due|owed|owing|open)\b|\bdue from\b|"
                      r"\b(?:still|must) (?:still )?pay\b|\b(?:has|have|needs?) to still pay\b|"
                      r"\bnot (?:yet )?paid(?: yet)?\b|\bsitting open\b|\bopen items\b|\b(?:have|got) open\b|"
                      r"\bopen (?:on|for|with) (?!the\b)|"
                      r"\b(?:left|remaining|still) to (?:pay|be paid|collect)\b|\bremaining balance\b|"
                      r"\b(?:still )?expect(?:ing)? (?:\w+ )?from\b|\bstill (?:to )?(?:come in|collect|receive)\b|"
                      r"\bup to date (?:with|on) (?:their |the )?(?:payments?|invoices?|bills?)\b|"
                      r"\b(?:current|caught up) on (?:their |the )?(?:payments?|invoices?|bills?)\b")
_SCHEDULE = re.compile(r"\bschedul\w*|\bnext\b.*\b(?:invoic|bill)\w*|\b(?:invoic|bill)\w*\b.*\bnext\b|"
                       r"\bgo(?:es)? out\b|\bupcoming\b|\bcalendar\b|\bforecast of invoices\b|\bthis week\b|"
                       r"\bnext month\b|\bthis month\b|\bgoing out\b|\bnext \d+ days\b|"
                       r"\bwhen (?:do|does|will|is|are|should) .*\b(?:invoic|bill)\w*\b(?! in\b)|"
                       r"\binvoice dates?\b|\bbilling dates?\b|\bwill .*\bbe (?:billed|invoiced)\b|"
                       r"\b(?:billing|invoicing|invoice) (?:plan|run|forecast|calendar)\b|"
                       r"\b(?:set|due|scheduled|going|about) to (?:be )?(?:invoic|bill)\w*|"
                       r"\b(?:invoic|bill)\w* (?:\w+ )?(?:by|before|thru|through|until|till) (?:mon|tue|wed|thu|fri|"
                       r"sat|sun|next|end|the end|eo[mqy]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
                       r"\bthis quarter\b|\bnext quarter\b|\bfuture invoice|\b(?:invoic|bill)\w* and when\b|"
                       r"\bcoming (?:days|weeks|months|quarters?)\b|\b(?:over|in) the next (?:few )?(?:weeks|months)\b|"
                       r"\b(?:gets?|getting|be|being) (?:invoiced|billed)\b(?! in\b)|"
                       r"\b(?:invoic|bill)\w*\b.*\b(?:in|for|during) q[1-4]\b|"
                       r"\b(?:invoic|bill)\w*\b.*\b(?:in|for) "
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b")
_RUN = re.compile(r"\.pdf\b|\bclosed won\b|\bnew deal\b|\bnew (?:signed )?(?:order form|of)\b|\bcounter-?signed\b|"
                  r"\b(?:order form|contract|of) back\b|"
                  r"\bsigned (?:the |a |their |our )?(?:renewal|expansion|upsell|new contract|new deal)\b|"
                  r"\bsigned (?:of|order form)\b|"
                  r"(?=.*\b(?:process|run|kick|start|ingest|load|set (?:\w+ )?up)\w*\b)"
                  r"(?=.*\b(?:order form|file|deal|contract|pdf|docusign|onboarding|off|signed)\b)")
_POLITE = r"^(?:(?:can|could) you |pls |please )?"
_FIND = re.compile(_POLITE + r"(?:find|locate|search|look ?up|lookup|look for|get me|pull up|open|where'?s|where is|"
                   r"do we have|"
                   r"is there an? (?:account|customer)|show (?:me )?(?:the )?#?inv|"
                   r"(?:is|are) .*\b(?:one of our|an? existing) (?:customers?|clients?|accounts?)|"
                   r"(?:which|what) customer (?:is|does))\b|"
                   r"\b(?:link|copy|pdf) ?\??$|^(?:customers|contracts)$|^list (?:all )?(?:customers|contracts)\b")
_CHANGE = re.compile(r"\b(?:chang(?:e|ed|ing)|updat(?:e|ed|ing)|mov(?:e|ed|ing)|push|fix|add(?:ed|ing)?|correct|"
                     r"adjust|swap|reissue|re-issue|amend|reduce|lower|raise|increase|put|edit|extend)\b")
_INVOICE_PART = re.compile(r"\binvoices?\b|\bdue date\b|\bbill-to\b|\binvoice date\b|\bpo\b|\bvat\b")
_CORRECTION = re.compile(r"\bshould be\b|\bwrong\b|\bfix\b|\bcorrect\b(?!\?)|\bmissed\b|\bnot\b|=|"
                         r"\byou(?:'ve)? (?:have|got|read)\b|\bit'?s\b|\bactually\b|\b(?:it|system) says\b")
_ABOUT = re.compile(r"^(?:when|what|which|how|does|do|is|are|why|who)\b")
_GREETING = re.compile(r"^(?:(?:hey|hi|hello|ok|okay|so|quick q(?:uestion)?|@accrue|accrue)\b[\s,:!.-]*)+")
_QUESTION_START = re.compile(r"^(?:when|what|which|how|does|do|is|are|why|who|show|tell|can|could|will)\b")


def parse_slash(line: str) -> Intent:
    """`/pending`, `/approve ID`, `/reject ID REASON`, `/run PATH --deal PATH`, `/help`, `/cost`, `/quit`."""
    try:
        parts = shlex.split(line[1:])
    except ValueError as exc:
        return Intent(kind="unknown_command", text=line, problem=f"cannot read the command: {exc}")
    if not parts:
        return Intent(kind="help", text=line)
    cmd, args = parts[0].lower(), parts[1:]
    if cmd in {"help", "h", "?"}:
        return Intent(kind="help", text=line)
    if cmd in {"quit", "exit", "q"}:
        return Intent(kind="quit", text=line)
    if cmd == "cost":
        return Intent(kind="cost", text=line)
    if cmd == "pending":
        return Intent(kind="pending", mine_only=bool(args and args[0] == "mine"), text=line)
    if cmd == "approve":
        if not args:
            return Intent(kind="approve", text=line, problem="usage: /approve ID (an id from /pending)")
        return Intent(kind="approve", handle=args[0], text=line)
    if cmd == "reject":
        if len(args) < 2:
            return Intent(kind="reject", handle=args[0] if args else None, text=line,
                          problem="usage: /reject ID REASON (a rejection needs a reason)")
        return Intent(kind="reject", handle=args[0], reason=" ".join(args[1:]), text=line)
    if cmd == "correct":
        if len(args) < 2 or not all("=" in a for a in args[1:]):
            return Intent(kind="correct", text=line,
                          problem="usage: /correct RUN_OR_CUSTOMER PATH=VALUE ... (e.g. service_start_date=2026-07-01)")
        return Intent(kind="correct", handle=args[0], assignments=args[1:], text=line)
    if cmd == "run":
        deal = None
        if "--deal" in args:
            i = args.index("--deal")
            if i + 1 >= len(args):
                return Intent(kind="run", text=line, problem="usage: /run PATH --deal PATH")
            deal = args[i + 1]
            args = args[:i] + args[i + 2:]
        if len(args) != 1:
            return Intent(kind="run", text=line, problem="usage: /run PATH --deal PATH")
        return Intent(kind="run", path=args[0], deal=deal, text=line)
    return Intent(kind="unknown_command", text=line, problem=f"unknown command /{cmd}; type /help")




def parse(line: str, customers: list[str]) -> Intent:
    """Classify one typed line; `customers` are the names the books and runs know (for entity matching)."""
    text = " ".join(line.strip().split())
    if not text:
        return Intent(kind="empty")
    if text.startswith("/"):
        return parse_slash(text)
    low = normalise(text).rstrip("?!. ")
    greeted = _GREETING.sub("", low)
    if greeted and greeted != low:
        low = greeted
    # the customer the asking sentence names, when a line gives context first ("Acme called. refund Initech 50 ...")
    customer = match_customer(_ask(normalise(text)), customers) or match_customer(text, customers)
    invoice = invoice_number(text)
    handle_m = HANDLE.search(text)
    base = {"customer": customer, "invoice": invoice, "text": text,
            "handle": handle_m.group(1) if handle_m else None}
    ask = _ask(normalise(text))
    fields = _fields(ask) if ask != low and "?" in text else []
    fields += [f for f in _fields(low) if f not in fields]

    stated = _stated_term(text, customers)
    if stated is not None:
        return stated
    if re.fullmatch(r"(help|what can you do|commands|\?*)", low) or (_HELP.search(low) and not customer
                                                                      and not invoice and not _ELSEWHERE.search(ask)):
        return Intent(kind="help", **base)
    if re.fullmatch(r"(quit|exit|bye)", low):
        return Intent(kind="quit", **base)
    where_to = "?" in text and re.search(r"\b(?:which|what|where|who)\b", low)  # "send invoices to which address?"
    if _ELSEWHERE.search(ask) and not (where_to and not _ELSEWHERE_TOPICS.search(ask)):
        return Intent(kind="needs_llm", elsewhere=bool(_ELSEWHERE_ACTS.search(ask)), **base)
    decided = _decision(low, text, base)
    if decided is not None:
        return decided
    if re.match(_POLITE + r"(?:(?:tell me|do you know|any idea|i wonder|can you tell me|explain) )?"
                r"(?:why|reason|explain|what'?s up with|what'?s going on with|what happened (?:to|with)|"
                r"what went wrong|status of)\b", ask if "?" in text else low) and (customer or invoice or base["handle"]
                                                                 or _run_id(low)):
        return _explain(low, base)
    if _WAITING.search(low) and _ASKING.match(low):  # "any credits or write-offs waiting to be approved?"
        return Intent(kind="pending", mine_only=_mine(low), **base)
    if _WRITE_OFF.search(low):
        return _proposal("write_off", base, text)
    if _REFUND.search(low) and not invoice and not _ASKING.match(low):
        return _refund(base, text)
    credit_asked = _CREDIT.search(re.sub(r"\bcredit (?:terms|period)\b", " ", low))  # not "acme credit period?"
    if credit_asked and not _ASKING.match(low):
        return _proposal("credit", base, text)
    if invoice and re.search(r"\bshould (?:be|have been)\b|\b(?:is|was) wrong\b", low) and amount(text)[0] is not None:
        return _invoice_change(base, text)
    if invoice and re.fullmatch(r"#?inv[-\s]?[\w\s-]+", low):
        return _find(low, base)
    if _CHANGE.search(low) and (invoice or (customer and _INVOICE_PART.search(low))) and not _ASKING.match(low):
        return _invoice_change(base, text)
    correction = _correction(low, text, customer, fields)
    if correction is not None:
        return correction
    signed_of = re.search(r"\bOF\b", text) and re.search(r"\b(?:new|signed|attached|process|run)\b", low)
    if (_RUN.search(low) or signed_of) and not _WAITING.search(low) and not _ABOUT.match(low) \
            and not re.search(r"\bwhen\b", low):
        return _run(text, base)
    if _WAITING.search(low):
        return Intent(kind="pending", mine_only=_mine(low), **base)
    if _WHY.search(low) and (customer or invoice or base["handle"] or _run_id(low)):
        return _explain(low, base)
    overdue = _OVERDUE.search(low)
    if overdue and "late_fee_percent_per_month" not in fields:
        days = next((int(g) for g in overdue.groups() if g), None)
        return Intent(kind="overdue", min_days=days, **base)
    if _OVERDUE_WEAK.search(low) and not fields and not re.search(r"\bhow much\b|\bamount\b|\btotal\b", low):
        return Intent(kind="overdue", **base)
    if _BALANCE.search(low) or re.search(r"\bhow much\b.*\b(?:owe|unpaid|outstanding|receivable|open)", low):
        return Intent(kind="balance", currency=amount(text)[1] or _currency_asked(low), **base)
    weak_schedule = customer and fields and not re.search(r"\bnext\b|schedul|upcoming|calendar|"
                                                          r"\b(?:go(?:es|ing)?|sent|send) out\b|"
                                                          r"\b(?:gets?|getting|be|being) (?:billed|invoiced)\b|"
                                                          r"\bcoming (?:weeks|months)\b|"
                                                          r"\b(?:billing|invoicing|invoice) (?:plan|run|forecast)\b",
                                                          low)
    if _SCHEDULE.search(low) and not re.search(r"\bhow often\b", low) and not weak_schedule:
        return Intent(kind="schedule", **base)
    explicit_find = re.match(_POLITE + r"(?:find|look ?up|lookup|search|pull up)\b", low) and re.search(
        r"\b(?:invoices?|inv|contracts?|order forms?|accounts?|customers?|agreements?)\b", low)
    if _FIND.search(low) and (explicit_find or not (fields and customer
                                                    and not re.search(r"\b(link|copy|pdf|where)\b", low))):
        return _find(low, base)
    if customer and (fields or re.search(r"\b(terms|contract|order form|agreement|deal)\b", low)):
        return Intent(kind="terms", fields=fields, **base)
    if customer and len(low.split()) <= 3:
        return Intent(kind="find", reason=customer, **base)
    if (fields or "terms" in low) and customer is None and (_QUESTION_START.match(low) or text.endswith("?")):
        return Intent(kind="terms", fields=fields, problem="say whose contract: which customer?", **base)
    return Intent(kind="needs_llm", **base)


def _asks(text: str) -> bool:
    """A line that asks: a question mark anywhere ("initech is usd right? not cad"), whatever follows it."""
    return "?" in text


def _currency_asked(low: str) -> str | None:
    """'the Globex balance in EUR', 'in dollars': the currency a question asks its answer in."""
    m = re.search(r"\b(?:in|of) (usd|eur|gbp|chf|cad|aud|jpy|euros?|dollars?)\b", low)
    return {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD"}.get(m.group(1), m.group(1).upper()) \
        if m else None


def _run_id(low: str) -> str | None:
    m = RUN_ID.search(low)
    return m.group(1) if m else None


def _fields(low: str) -> list[str]:
    rest = low
    out: list[str] = []
    for pattern, fields in _FIELD_PHRASES:
        if re.search(pattern, rest):
            out += [f for f in fields if f not in out]
            rest = re.sub(pattern, " ", rest)
    return out


def _action_type(low: str) -> str | None:
    for pattern, kind in _ACTION_WORDS:
        if re.search(rf"\b(?:{pattern})\b", low):
            return kind
    return None


def _ask(low: str) -> str:
    """The sentence that asks, in a line with context before it ("Just back from vacation. Do I have ...?", "doing
    the renewals list - when is acme's contract up?"): the last one that ends in a question mark, else the last."""
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+|\s[-–—]+\s", low) if x.strip()]
    if len(sentences) < 2:
        return low.rstrip("?!. ")
    ask = next((x for x in reversed(sentences) if x.endswith("?")), sentences[-1])
    return ask.rstrip("?!. ")


def _mine(low: str) -> bool:
    """Whether the person asks about their own queue ("show me" is only a way of asking): read in the clause that
    asks about waiting, so "on my phone - is the initech deal waiting on someone?" is not about their queue."""
    clauses = [c for c in re.split(r"[.!?;]\s+|\s[-–—]+\s|,\s", low) if _WAITING.search(c)] or [low]
    rest = re.sub(r"\b(?:show|give|tell|get) me\b|\bcan you\b|\bmy (?:[\w-]+ ){0,2}requests?\b", " ",
                  " ".join(clauses))
    return re.search(r"\b(?:my|me|i)\b", rest) is not None


# A decision changes the books, so it is read only from a request: the decision verb opens the line or one of its
# clauses (after "please", "ok", "I", "go ahead and" ...), never from a question or a statement about someone else
# ("acme acceptance criteria?", "Acme accepted the new pricing", "Initech will release payment next week").
_DECISION_OPENS = re.compile(
    r"(?:(?:^|[.;!:,]\s+|\s[-–—]+\s|\b(?:then|and|so|but)\s+)"
    r"(?:(?:ok(?:ay)?|yes|yep|sure|fine|great|thanks|thx|alright|right)[,!.]?\s+)*"
    r"(?:(?:can|could|would) you\s+|you (?:can|may)\s+|pls\s+|please\s+|plz\s+|just\s+|go ahead and\s+|"
    r"let'?s\s+|(?:happy|ok|okay|fine|good) to\s+|^to\s+|i'?m\s+|i am\s+|"
    r"i(?:'ll| will| want to| need to| would like to|'d like to)?\s+)*"
    r"|\b(?:is|are|can be|may be|should be|to be)\s+)"  # the speaker's own decision in the passive
    r"(?:" + _DECISION_VERBS.pattern + ")"
    # or a controller's verdict written after what it decides: "acme invoice approved", "... rejected - wrong amount"
    r"|\b(?:invoice|credit(?: note)?|write-?off|refund|run|it|that|this|a\d+)\s+(?:approved|rejected|declined)"
    r"(?:$|\s*[-–—,.;:])")


def _decision(low: str, text: str, base: dict[str, object]) -> Intent | None:
    rejecting = _REJECT.search(low) is not None
    if not rejecting and not _APPROVE.search(low):
        return None
    if _REFUND.search(low) and amount(text)[0] is not None:  # "send acme back their 100": money back, not a no
        return None
    if _DECISION_OPENS.search(low) is None or (
            "?" in text and not re.match(r"(?:can|could|would) you\b|pls\b|please\b", low)):
        return None
    if not re.match(_POLITE + r"(?:i )?(?:" + _DECISION_VERBS.pattern + ")", low) and (
            _ASKING.match(low) or re.search(r"\bwaiting\b|\bawaiting\b|\bpending\b", low)):
        return None
    ref = base["handle"] or _run_id(low) or base["customer"] or base["invoice"]
    why = reason(text, _DECISION_VERBS, base["customer"], fallback=False) if rejecting else None  # type: ignore[arg-type]
    if rejecting and not why:  # "reject the acme one - net 45 not approved by finance": the clause after the verb's
        verb_at = _REJECT.search(text.lower())
        rest = re.split(r"\s[-–—]+\s|[,;:]\s|\.\s", text[verb_at.end():] if verb_at else "", maxsplit=1)
        why = rest[1].strip(" .") if len(rest) > 1 and rest[1].strip(" .") else None
    problem = None
    if ref is None:
        problem = "say what to decide: a customer (\"approve the Acme invoice\") or an id from /pending"
    elif rejecting and not why:
        problem = "a rejection needs a reason, e.g. \"reject the Acme invoice, reason wrong price\""
    verb = _DECISION_VERBS.search(low)
    action_type = _action_type(low[verb.end():] if verb else low)
    return Intent(kind="reject" if rejecting else "approve", action_type=action_type, reason=why, problem=problem,
                  **(base | {"handle": ref}))


def _explain(low: str, base: dict[str, object]) -> Intent:
    ref = base["handle"] or _run_id(low)
    return Intent(kind="explain", action_type=_action_type(low), **(base | {"handle": ref}))


def _proposal(kind: Literal["credit", "write_off"], base: dict[str, object], text: str) -> Intent:
    value, currency = amount(text)
    why = reason(text, _PROPOSAL_VERBS, base["customer"])  # type: ignore[arg-type]
    stated = _SELF_EXPLAINING.search(text)
    if not why and stated:  # "bad debt: globex INV-0048 €2.400": the request's own words are its reason
        why = stated.group(0).lower()
    example = {"credit": "credit 500 on INV-0042, reason SLA breach",
               "write_off": "write off 120 on INV-0042, reason uncollectable"}[kind]
    problem = None
    if base.get("invoice") is None:
        problem = f"say which invoice, e.g. \"{example}\""
    elif value is None or value <= 0:
        problem = f"say how much (more than nothing), e.g. \"{example}\""
    elif not why:
        problem = f"a request needs a reason for the audit trail, e.g. \"{example}\""
    return Intent(kind=kind, amount=value, currency=currency, reason=why, problem=problem, **base)


def _refund(base: dict[str, object], text: str) -> Intent:
    """Money back to a customer with no invoice named: a refund of what they hold (credit balance, overpayment)."""
    value, currency = amount(text)
    why = reason(text, _PROPOSAL_VERBS, base["customer"])  # type: ignore[arg-type]
    example = "refund Initech USD 250, reason paid twice"
    problem = None
    if base.get("customer") is None:
        problem = f"say whose money to pay back, e.g. \"{example}\" (a credit note needs an invoice instead)"
    elif value is None or value <= 0:
        problem = f"say how much (more than nothing), e.g. \"{example}\""
    elif not why:
        problem = f"a request needs a reason for the audit trail, e.g. \"{example}\""
    return Intent(kind="refund", amount=value, currency=currency, reason=why, problem=problem, **base)


def _invoice_change(base: dict[str, object], text: str) -> Intent:
    value, currency = amount(text)
    why = reason(text, _CHANGE, base["customer"])  # type: ignore[arg-type]
    example = "change INV-0042 to 2500, reason wrong seat count"
    problem = None
    if base.get("invoice") is None:
        problem = f"say which invoice, e.g. \"{example}\""
    elif value is None:
        problem = ("I can correct an invoice's total (it is credited in full and re-issued); say the corrected "
                   f"total, e.g. \"{example}\". Dates, PO numbers and addresses are changed in the ERP")
    elif not why:
        problem = f"a request needs a reason for the audit trail, e.g. \"{example}\""
    return Intent(kind="invoice_change", amount=value, currency=currency, reason=why, problem=problem, **base)


def _run(text: str, base: dict[str, object]) -> Intent:
    path = re.search(r"(\S+\.pdf)\b", text, re.IGNORECASE)
    problem = None if path else ("give the signed order form's file: /run PATH --deal PATH "
                                 "(e.g. /run order-form.pdf --deal deal.json)")
    return Intent(kind="run", path=path.group(1) if path else None, problem=problem, **base)


def _find(low: str, base: dict[str, object]) -> Intent:
    query = re.sub(_POLITE + r"(?:find|locate|search(?: for)?|look ?up|lookup|look for|get me|pull up|open|where'?s|"
                   r"where is|"
                   r"do we have|"
                   r"is there an? (?:account|customer) for|show me)\s+", "", low)
    query = re.sub(r"\b(?:an? )?(?:customer|account|client|company) (?:named|called)\b", " ", query)
    query = re.sub(r"\b(?:the|in the system|for me|pls|please|contract|order form|link|account)\b", " ", query)
    return Intent(kind="find", reason=" ".join(query.split()) or None, **base)


# "Acme's service starts on 1 July 2026", "Globex pays net 45": a person stating a term, i.e. correcting a run.
_STATED_DATE = re.compile(r"^(?P<who>.+?)(?:'s|’s)?\s+(?:service\s+|subscription\s+|contract\s+)?"
                          r"(?P<what>starts?|begins?|goes live|ends?|expires?)\s+(?:on\s+)?(?P<rest>.+)$",
                          re.IGNORECASE)
_STATED_NET = re.compile(r"^(?P<who>.+?)(?:'s|’s)?\s+(?:payment terms are|pays)\s+(?:(?:with)?in\s+)?"
                         r"(?:net\s+)?(?P<days>\d{1,3})(?:\s+days)?$", re.IGNORECASE)


def _stated_term(text: str, customers: list[str]) -> Intent | None:
    """A statement of one term for one customer's run waiting for review; None for anything else."""
    if text.endswith("?") or _QUESTION_START.match(text.lower()):
        return None
    m = _STATED_NET.match(text.rstrip("."))
    if m:
        who = m.group("who").strip()
        return Intent(kind="correct", handle=who, customer=match_customer(who, customers), text=text,
                      assignments=[f"payment_terms_days={int(m.group('days'))}"])
    m = _STATED_DATE.match(re.split(r",\s*not\b", text.rstrip("."))[0])
    if m is None:
        return None
    dates = find_dates(m.group("rest"))
    if len(dates) != 1:
        return None
    field = "service_start_date" if m.group("what").lower().startswith(("start", "begin", "goes")) \
        else "service_end_date"
    who = re.sub(r"^the\s+", "", m.group("who").strip(), flags=re.IGNORECASE)
    customer = match_customer(who, customers)
    return Intent(kind="correct", handle=customer or who, customer=customer, text=text,
                  assignments=[f"{field}={dates[0].isoformat()}"])


_FREQUENCY = re.compile(r"\b(monthly|quarterly|annually|annual|yearly)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _correction(low: str, text: str, customer: str | None, fields: list[str]) -> Intent | None:
    """'initech is billed monthly, not quarterly', 'acme escalator should be 5%': one term restated, else None."""
    if customer is None or not fields or _asks(text) or _QUESTION_START.match(low) \
            or re.match(r"^(?:by|until|from) (?:when|what)\b", low) \
            or not _CORRECTION.search(low):
        return None
    field = fields[0]
    segments = []
    marker = list(re.finditer(r"\bshould be\b|\bit'?s\b|\bit is\b|\bactually\b|=", low))
    if marker:
        segments += [low[marker[-1].end():], low[:marker[-1].start()]]
    if re.search(r"\bnot\b", low):
        segments.append(re.split(r"\bnot\b", low)[0])
    is_m = re.search(r"\bis\b", low)
    if is_m:
        segments.append(low[is_m.end():])
    value, currency = next(((v, c) for v, c in (_value(field, seg, text) for seg in segments + [low])
                            if v is not None), (None, None))
    if value is None:
        return None
    path = "minimum_commitment.amount" if field == "minimum_commitment" else field
    return Intent(kind="correct", handle=customer, customer=customer, currency=currency, text=text,
                  fields=[field], assignments=[f"{path}={value}"])


def _value(field: str, segment: str, text: str) -> tuple[str | None, str | None]:
    if field in {"service_start_date", "service_end_date", "effective_date"}:
        dates = find_dates(segment)
        return (dates[0].isoformat() if dates else None), None
    if field in {"po_required", "auto_renew"}:
        negative = re.search(r"\b(?:not required|no po|doesn'?t|does not|isn'?t|is not)\b", segment)
        return ("false" if negative else "true"), None
    if field == "billing_frequency":
        m = _FREQUENCY.search(segment)
        return ({"annual": "annually", "yearly": "annually"}.get(m.group(1), m.group(1)) if m else None), None
    if field == "billing_contact_email":
        m = _EMAIL.search(text)
        return (m.group(0) if m else None), None
    if field == "currency":
        m = re.search(r"\b(usd|eur|gbp|chf|cad|aud|jpy)\b", segment)
        return (m.group(1).upper() if m else None), None
    if field == "minimum_commitment":
        value, currency = amount(segment)
        return (str(value) if value is not None else None), currency
    m = re.search(r"\d+(?:\.\d+)?", segment)
    return (m.group(0) if m else None), None
