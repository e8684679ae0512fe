"""The completeness gate: may this run finish without a person?

A run may act unattended only when it can show that what it is about to do is what the documents say:
every billing-relevant term is present and cited (or entered by a person), the billing schedule over the
term adds up to the contract's stated total and to the CRM deal, every amount of money the pages state is
accounted for by a term or an invoice, the words state no other cadence, timing, payment term, renewal or
currency than the one billed (`stated_terms`), something is actually billed, and no warning or error is left that
no held action will put in front of a person. Anything else is a *gap*: the run waits in `needs_review`
and each gap is a finding that says what is missing or does not add up, with the arithmetic. The terms a
team accepts by default (`[completeness] assume`) fill a silent form for planning. Pure: terms, page text,
findings and proposed actions in, a verdict out.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pydantic import BaseModel, Field

from accrue.core.actions import Action
from accrue.core.billing.schedule import build_schedule, subscription_term
from accrue.core.deal import Deal
from accrue.core.findings import Finding
from accrue.core.money import format_money, round_money
from accrue.core.policy import DEPENDENT, GateRules, Policy
from accrue.core.stated_terms import stated_disagreements
from accrue.core.terms import ContractTerms, ExtractionResult
from accrue.core.textnorm import find_money, normalise_ws

# Terms without which no invoice can be trusted, each with what a person should look for on the page.
REQUIRED_TERMS: dict[str, str] = {
    "customer_legal_name": "who is billed",
    "currency": "the contract currency",
    "service_start_date": "when the service, and billing, starts",
    "payment_terms_days": "the payment terms (Net N)",
    "billing_frequency": "how often fees are invoiced",
    "billing_timing": "whether fees are invoiced in advance or in arrears",
}
TERM_LENGTH = ("service_end_date", "term_months")
# Terms that decide who is billed, what, when and how much; a value of one that failed the grounding check was
# dropped, so the document states a term the run does not have: a person enters it, not only approves what depends
# on it. Labels (a line's description, a SKU, a metric's name) are not among them.
BILLING_TERMS = frozenset({*REQUIRED_TERMS, *TERM_LENGTH, "billing_anchor", "po_number", "total_contract_value",
                           "price_escalator_percent", "minimum_commitment", "line_items", "usage_rules"})
_LABELS = frozenset({"description", "sku", "metric", "unit"})


class Verdict(BaseModel):
    """The gate's answer: complete, or the gaps and open findings that make a person necessary."""

    gaps: list[Finding] = Field(default_factory=list, description="What the gate found missing or unreconciled")
    open_findings: list[Finding] = Field(default_factory=list,
                                         description="Warnings and errors no held action shows a person")
    assumed: dict[str, str] = Field(default_factory=dict, description="Policy defaults this run relies on")
    notes: list[str] = Field(default_factory=list,
                             description="Differences the documents explain (an escalator the stated total leaves "
                                         "out), with the arithmetic")

    @property
    def complete(self) -> bool:
        return not self.gaps and not self.open_findings

    def reasons(self) -> list[str]:
        """One line per gap or open finding, as a person reads them."""
        return [f.message for f in self.gaps] + [f"{f.code}: {f.message}" for f in self.open_findings]


def check_contract(extraction: ExtractionResult, deal: Deal | None, findings: Sequence[Finding],
                   actions: Sequence[Action], policy: Policy, rules: GateRules, *,
                   entered: frozenset[str] = frozenset(), pages: Sequence[str] = (),
                   corrected: frozenset[str] = frozenset()) -> Verdict:
    """The verdict for a new contract. `entered` lists term paths a person supplied (they need no citation);
    `corrected` every path a person corrected, quoted or not (they have read the page: what the words state
    elsewhere is not held against their value); `pages` is the contract's text, whose every amount of money some
    term or invoice must account for and whose words must not state another cadence, timing or payment term."""
    terms = extraction.terms
    gaps = _term_gaps(extraction, rules, entered)
    assumed = {k: v for k, v in rules.assume.items() if getattr(terms, k, None) is None}
    notes: list[str] = []
    if not gaps:
        reconciled, notes = _reconcile(with_assumptions(terms, rules), deal, rules)
        gaps += reconciled
    gaps += _distrusted(extraction, rules, entered)  # values there are, only not trusted: the sums still checked
    gaps += unaccounted_amounts(pages, with_assumptions(terms, rules))
    # the sums cannot see a wrong cadence, timing, payment term or renewal: the words are read again for those. A
    # value two extractors disagree on is already the approver's to settle, with both readings in front of them.
    disputed = frozenset(p for f in findings if f.code == "extractor_disagreement" for p in f.fields)
    gaps += stated_disagreements(pages, terms, extraction.citations, assumed=assumed,
                                 entered=entered | corrected | disputed)
    said = {(g.code, tuple(g.fields)) for g in gaps}
    # a billing term that failed its citation, or that the document states two ways, is not the contract's word
    gaps += [f.model_copy(update={"severity": "error"}) for f in findings
             if f.code in ("ungrounded_value", "inconsistent_terms")
             and any(is_billing_term(p) for p in f.fields) and (f.code, tuple(f.fields)) not in said]
    # a document that hides text from its reader is not read unattended, whatever the hidden words would have said
    gaps += [f for f in findings if f.code == "hidden_text" and (f.code, tuple(f.fields)) not in said][:1]
    if not any(a.type in {"create_invoice", "create_subscription"} for a in actions) and not gaps:
        gaps.append(Finding(code="nothing_to_bill", severity="error", fields=["line_items"],
                            message="the plan bills nothing although the contract has priced terms; "
                                    "check the fee lines and the service dates"))
    # A gap holds whatever the policy did with the finding that reported it first: a missing term is never a
    # matter for an approver alone. The finding is then not listed twice.
    said = {(g.code, tuple(g.fields)) for g in gaps}
    open_findings = [f for f in unreviewed(findings, actions, policy) if (f.code, tuple(f.fields)) not in said]
    return Verdict(gaps=gaps, open_findings=open_findings, assumed=assumed, notes=notes)


def is_billing_term(path: str) -> bool:
    """Does the value at this terms path change what is billed (`line_items[1].unit_price`, not its description)?"""
    top = path.split(".")[0].split("[")[0]
    leaf = path.rsplit(".", 1)[-1].split("[")[0]
    return top in BILLING_TERMS and leaf not in _LABELS


def with_assumptions(terms: ContractTerms, rules: GateRules) -> ContractTerms:
    """The terms with each term the form is silent on filled from the policy's `assume`: what the planner bills
    from (the extraction itself keeps null: the document does not say; the verdict lists what was assumed)."""
    silent = {k: v for k, v in rules.assume.items() if getattr(terms, k, None) is None}
    if not silent:
        return terms
    return ContractTerms.model_validate({**terms.model_dump(mode="json"), **silent})


def check_event(findings: Sequence[Finding], actions: Sequence[Action], policy: Policy, *,
                expects_action: bool, answered: frozenset[str] = frozenset()) -> Verdict:
    """The verdict for a usage, payment, change or amendment run: it acts, or it says why it cannot.

    `answered` lists finding codes the run's plan itself settles when they concern rows of the event file
    rather than a term (no `fields`): a duplicate event billed once, a short payment chased by a collections
    task, an overpayment kept as unapplied cash. Those are what the documents say, not gaps.
    """
    open_findings = [f for f in unreviewed(findings, actions, policy) if f.fields or f.code not in answered]
    gaps: list[Finding] = []
    if expects_action and not actions and not open_findings:
        gaps.append(Finding(code="nothing_to_bill", severity="error",
                            message="the event produced no action; a person must decide what it means"))
    return Verdict(gaps=gaps, open_findings=open_findings)


def unreviewed(findings: Sequence[Finding], actions: Sequence[Action], policy: Policy) -> list[Finding]:
    """Warnings and errors that no held action puts in front of a person.

    A finding is shown to a person when the policy holds an action because of it: its rule names the
    held action's type, or holds dependent actions and the held action relies on one of its fields.
    """
    held = [a for a in actions if a.needs_approval and a.status == "proposed"]
    return [f for f in findings if f.severity != "info" and not any(_holds(policy, f, a) for a in held)]


def _holds(policy: Policy, finding: Finding, action: Action) -> bool:
    rule = policy.finding_rules.get(finding.code)
    if rule is None:
        return False
    if action.type in rule.actions:
        return True
    return DEPENDENT in rule.actions and any(_covers(e, p) for e in action.evidence for p in finding.fields)


def _covers(evidence: str, path: str) -> bool:
    return (path == evidence or path.startswith(evidence + ".") or path.startswith(evidence + "[")
            or evidence.startswith(path + ".") or evidence.startswith(path + "["))


def _term_gaps(extraction: ExtractionResult, rules: GateRules, entered: frozenset[str]) -> list[Finding]:
    terms = extraction.terms
    gaps: list[Finding] = []
    for name, what in REQUIRED_TERMS.items():
        value = getattr(terms, name)
        if value is None:
            if name in rules.assume:
                continue
            gaps.append(_missing(name, f"{name} was not found in the document ({what}); enter the value the "
                                       "document gives"))
        elif not _cited(extraction, name, entered):
            gaps.append(_uncited(name, what))
    if all(getattr(terms, n) is None for n in TERM_LENGTH):
        gaps.append(_missing("service_end_date", "neither the service end date nor the term length was found; "
                                                 "enter service_end_date or term_months"))
    for name in TERM_LENGTH:
        if getattr(terms, name) is not None and not _cited(extraction, name, entered):
            gaps.append(_uncited(name, "the term length"))
    if not terms.line_items and not terms.usage_rules:
        gaps.append(_missing("line_items", "no priced fee line or usage rule was found; add the fee lines"))
    for i, item in enumerate(terms.line_items):
        path = f"line_items[{i}]"
        if not _cited(extraction, f"{path}.unit_price", entered) and not _cited(extraction, f"{path}.net_amount",
                                                                                 entered):
            gaps.append(_uncited(f"{path}.unit_price", f"the price of '{item.description}'"))
    return gaps


def _distrusted(extraction: ExtractionResult, rules: GateRules, entered: frozenset[str]) -> list[Finding]:
    """Values read in a way the policy distrusts for their term (`[completeness] distrust`, 'term:method'): the
    value may well be right, but nothing later checks it and that reading was often wrong on unseen forms."""
    gaps: list[Finding] = []
    for path, cite in extraction.citations.items():
        term = path.rsplit(".", 1)[-1].split("[")[0] if "[" in path else path
        if (cite is None or cite.method is None or f"{term}:{cite.method}" not in rules.distrust
                or path in entered or not is_billing_term(path)):
            continue
        gaps.append(Finding(
            code="weakly_read_value", severity="error", fields=[path],
            message=f"{path} was found by {cite.method} on p.{cite.page} (\"{cite.quote}\"), a way of reading "
                    "this term that no later check reconciles and that was often wrong on unseen forms; confirm "
                    "it or correct it"))
    return gaps


def _cited(extraction: ExtractionResult, path: str, entered: frozenset[str]) -> bool:
    """Cited on its page, or entered by a person (an entered item covers its fields)."""
    return extraction.citations.get(path) is not None or any(
        path == e or path.startswith(e + ".") or path.startswith(e + "[") for e in entered)


def _missing(path: str, message: str) -> Finding:
    return Finding(code="missing_field", severity="error", fields=[path], message=message)


def _uncited(path: str, what: str) -> Finding:
    return Finding(code="ungrounded_value", severity="error", fields=[path],
                   message=f"{what} has no citation on the page; confirm it against the document")


def _reconcile(terms: ContractTerms, deal: Deal | None, rules: GateRules) -> tuple[list[Finding], list[str]]:
    """The schedule over the whole term against the stated total and the CRM amount: the gaps, and the notes on
    differences the terms themselves explain (a yearly escalator a stated total leaves out)."""
    currency = terms.currency or "USD"
    if not terms.line_items:
        return [], []  # usage only: billed from usage files, nothing fixed to reconcile
    try:
        invoices = build_schedule(terms)
    except ValueError as exc:
        return [Finding(code="plan_unreconciled", severity="error", fields=["line_items"],
                        message=f"no billing schedule can be built from these terms: {exc}")], []
    billed = sum((inv.amount for inv in invoices), Decimal(0))
    flat = _billed_without_escalator(terms) if terms.price_escalator_percent else None
    term = subscription_term(terms)
    prorated = [inv for inv in invoices if any(ln.period_start and ln.period_end and
                                                (ln.period_start, ln.period_end) != (inv.period_start, inv.period_end)
                                                for ln in inv.lines)]
    arithmetic = {"term": f"{term.start.isoformat()} to {term.end.isoformat()}",
                  "invoices": [f"{inv.invoice_date.isoformat()} {inv.period_start.isoformat()}.."
                               f"{inv.period_end.isoformat()} {inv.amount} {currency}" for inv in invoices],
                  "billed_over_term": str(billed)}
    gaps: list[Finding] = []
    notes: list[str] = []
    targets: list[tuple[str, str, Decimal]] = []
    if terms.total_contract_value is not None:
        targets.append(("total_contract_value", "the contract's stated total", terms.total_contract_value))
    if deal is not None and deal.currency == currency:
        targets.append(("crm.amount", "the CRM deal amount", deal.amount))
    for path, label, target in targets:
        difference = round_money(billed - target, currency)
        if abs(difference) <= rules.tolerance:
            continue
        if flat is not None and abs(round_money(flat - target, currency)) <= rules.tolerance:
            notes.append(f"{label} ({format_money(target, currency)}) is the fees before the "
                         f"{terms.price_escalator_percent}% yearly escalator; with it the schedule bills "
                         f"{format_money(billed, currency)} over the term (difference "
                         f"{format_money(difference, currency)})")
            continue
        note = (" Some periods are prorated (partial periods are charged by days); see the invoices."
                if prorated else "")
        gaps.append(Finding(
            code="plan_unreconciled", severity="error", fields=[path if path != "crm.amount" else "line_items"],
            message=f"the billing schedule over the term adds up to {format_money(billed, currency)}, "
                    f"{label} is {format_money(target, currency)} (difference "
                    f"{format_money(difference, currency)}).{note}",
            evidence={**arithmetic, "target": str(target), "difference": str(difference)}))
    return gaps, notes


# How a stated amount may relate to a term's: per month, quarter, half-year or year, or over a term of 2 to 5 years.
_PERIOD_FACTORS = tuple(Decimal(n) for n in (1, 2, 3, 4, 6, 12, 24, 36, 48, 60)) + tuple(
    Decimal(1) / Decimal(n) for n in (2, 3, 4, 6, 12))
_SHOWN_AMOUNTS = 5  # unaccounted amounts listed one by one; a form with more is misread throughout


def unaccounted_amounts(pages: Sequence[str], terms: ContractTerms) -> list[Finding]:
    """Amounts of money the document states that no extracted term, and no invoice of the schedule, accounts for:
    the trace of a fee line, usage price or commitment the extraction did not read (`unaccounted_amount`)."""
    rates = _rates(terms)
    known = _accounted(terms, rates)
    currency = terms.currency or "USD"
    out: list[Finding] = []
    seen: set[Decimal] = set()
    for number, page in enumerate(pages, start=1):
        flat = normalise_ws(page)
        for money in find_money(flat):
            cents = round_money(money.amount, currency)
            # An amount stated finer than the currency's minor unit is a rate (GBP 0.004 a call): it is compared as
            # written with the stated rates, never rounded to nothing or to another price.
            finer = money.amount != cents
            amount = money.amount if finer else cents
            if not amount or amount in seen or amount in (rates if finer else known):
                continue
            seen.add(amount)
            around = flat[max(0, money.start - 60):money.end + 60]
            out.append(Finding(
                code="unaccounted_amount", severity="warning", evidence={"page": number, "amount": str(amount),
                                                                        "text": around},
                message=f"page {number} states {money.text.strip()} (\"...{around}...\"), which no extracted term or "
                        "invoice accounts for; check for a fee, usage price or commitment the extraction missed"))
    if len(out) > _SHOWN_AMOUNTS:
        rest = out[_SHOWN_AMOUNTS:]
        out = out[:_SHOWN_AMOUNTS] + [Finding(
            code="unaccounted_amount", severity="warning",
            evidence={"amounts": [f.evidence["amount"] for f in rest]},
            message=f"{len(rest)} more amounts on the pages are accounted for by no term: "
                    + ", ".join(f.evidence["amount"] for f in rest))]
    return out


def _accounted(terms: ContractTerms, rates: set[Decimal]) -> set[Decimal]:
    """Every amount the terms explain, per period and over the term, and every invoice and line of the schedule."""
    currency = terms.currency or "USD"
    bases: list[Decimal] = []
    for item in terms.line_items:
        bases += [item.unit_price, item.computed_net(), item.quantity * item.unit_price]
        bases += [item.net_amount] if item.net_amount is not None else []
    bases.append(sum((item.computed_net() for item in terms.line_items), Decimal(0)))
    for period in {item.price_period for item in terms.line_items}:  # a form's subtotal of its recurring fees
        bases.append(sum((item.computed_net() for item in terms.line_items if item.price_period == period), Decimal(0)))
    bases += [terms.total_contract_value] if terms.total_contract_value is not None else []
    bases += [terms.minimum_commitment.amount] if terms.minimum_commitment is not None else []
    known = {round_money(b * f, currency) for b in bases for f in _PERIOD_FACTORS}
    known |= rates  # a usage price is a price per unit, never a period's share of another one
    try:
        invoices = build_schedule(terms) if terms.line_items else []
    except ValueError:
        invoices = []
    known |= {inv.amount for inv in invoices} | {ln.amount for inv in invoices for ln in inv.lines}
    known.add(round_money(sum((inv.amount for inv in invoices), Decimal(0)), currency))
    return known


def _rates(terms: ContractTerms) -> set[Decimal]:
    """The per-unit prices the terms state, exactly as read: each usage tier's and each fee line's unit price."""
    return ({tier.unit_price for rule in terms.usage_rules for tier in rule.tiers}
            | {item.unit_price for item in terms.line_items})


def _billed_without_escalator(terms: ContractTerms) -> Decimal:
    flat = terms.model_copy(update={"price_escalator_percent": None})
    return sum((inv.amount for inv in build_schedule(flat)), Decimal(0))
