"""The operations report: the measures a finance team runs on, each with its definition and its records.

Pure: the runs (views and audit trails) and the books JSON in, `Measure`s out. Every figure is
computed from the records listed under it, so a reader (or a test) can recount it; each also has a
weekly series (weeks start on Monday) for the HTML page's charts. Records are filtered to the
period by their own date: a run by when it started, an invoice by its date, a payment by its date.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from accrue.interfaces.describe import money

HUMAN_EVENTS = {"approved", "rejected", "modified", "corrected", "terms_accepted", "terms_rejected",
                "review_refused"}
EXCEPTION_STATUSES = {"waiting_approval", "needs_review", "failed"}
LEAKAGE = {  # finding code fragment -> the kind of leakage it catches
    "usage": "usage not billed", "missing": "terms missed", "non_standard": "terms missed",
    "mismatch": "amounts that did not reconcile", "total": "amounts that did not reconcile",
    "amount": "amounts that did not reconcile", "unapplied": "amounts that did not reconcile",
}


@dataclass
class RunFacts:
    """One run as the report reads it: its view (JSON) and its audit trail."""

    view: dict[str, Any]
    audit: list[dict[str, Any]]

    @property
    def started(self) -> datetime | None:
        return next((_at(e) for e in self.audit if e["event"] == "run_started"), None)


@dataclass
class Measure:
    key: str
    title: str
    definition: str
    value: str
    number: float | None
    records: list[dict[str, Any]] = field(default_factory=list)
    weekly: list[tuple[date, float]] = field(default_factory=list)
    # A money figure over a book in several currencies: one weekly series per currency (and no `weekly`).
    weekly_by_currency: dict[str, list[tuple[date, float]]] = field(default_factory=dict)

    def public(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "definition": self.definition, "value": self.value,
                "number": self.number, "records": self.records,
                "weekly": [{"week": w.isoformat(), "value": v} for w, v in self.weekly],
                "weekly_by_currency": {cur: [{"week": w.isoformat(), "value": v} for w, v in series]
                                       for cur, series in self.weekly_by_currency.items()}}


@dataclass
class Period:
    since: date | None = None
    until: date | None = None

    def holds(self, day: date | None) -> bool:
        return day is not None and (self.since is None or day >= self.since) and \
            (self.until is None or day <= self.until)


def build(runs: list[RunFacts], books: dict[str, Any], period: Period, today: date) -> list[Measure]:
    """All measures over the period, in the order the report shows them."""
    runs = [r for r in runs if period.holds(r.started.date() if r.started else None)]
    invoices = [i for i in books.get("invoices", []) if period.holds(date.fromisoformat(i["invoice_date"]))]
    payments = [p for p in books.get("payments", []) if period.holds(date.fromisoformat(p["payment_date"]))]
    end = period.until or today
    return [contract_to_invoice(runs), manual_touches(runs, invoices), correction_rate(invoices, books),
            leakage(runs), dso(invoices, books, period, end), cash_match(payments, books),
            open_exceptions(runs, today), connector_failures(runs), approvals_in_accrue(runs)]


def contract_to_invoice(runs: list[RunFacts]) -> Measure:
    records = []
    for r in runs:
        if r.view.get("kind") != "new_contract" or r.started is None:
            continue
        invoice_ids = {a["id"] for a in r.view.get("actions", []) if a["type"] == "create_invoice"}
        done = [_at(e) for e in r.audit if e["event"] == "executed" and e.get("action_id") in invoice_ids]
        if done:
            records.append({"run_id": r.view["run_id"], "customer": _customer(r.view), "signed_in": _iso(r.started),
                            "first_invoice": _iso(min(done)),
                            "hours": round((min(done) - r.started).total_seconds() / 3600, 2)})
    hours = [float(x["hours"]) for x in records]
    median = statistics.median(hours) if hours else None
    return Measure("contract_to_first_invoice", "Time from signed contract to first invoice",
                   "Per contract run that issued an invoice: hours from the run's start (the signed order form "
                   "arriving) to the first invoice executed; the figure is the median.",
                   f"{median:.1f} hours (median of {len(hours)})" if median is not None else "no invoice issued yet",
                   median, records, _weekly(records, "signed_in", lambda rows: statistics.median(
                       [x["hours"] for x in rows])))


def manual_touches(runs: list[RunFacts], invoices: list[dict[str, Any]]) -> Measure:
    touches = [{"run_id": r.view["run_id"], "at": e["at"], "who": e["actor"], "event": e["event"],
                "action_id": e.get("action_id")}
               for r in runs for e in r.audit if e["event"] in HUMAN_EVENTS and e["actor"] != "accrue"]
    per = len(touches) / len(invoices) if invoices else None
    counted = f"{len(touches)} touch{'es' if len(touches) != 1 else ''}"
    return Measure("manual_touches_per_invoice", "Manual touches per invoice",
                   "Decisions and corrections people made in accrue (approve, reject, modify, correct, accept or "
                   "reject terms) divided by the invoices issued in the period; the chart counts the touches by "
                   "the week they were made.",
                   f"{per:.2f} ({counted}, {len(invoices)} invoice(s))" if per is not None
                   else f"{counted}, no invoices", per, touches,
                   sorted((w, float(n)) for w, n in _count_by_week(t["at"] for t in touches).items()))


def correction_rate(invoices: list[dict[str, Any]], books: dict[str, Any]) -> Measure:
    credited: dict[str, Decimal] = defaultdict(Decimal)
    for c in books.get("credit_notes", []):
        credited[c["invoice_id"]] += Decimal(str(c["amount"]))
    corrected = [{"invoice": i["number"], "invoice_date": i["invoice_date"],
                  "credited": money(credited[i["id"]], i["currency"]), "amount": money(i["amount"], i["currency"])}
                 for i in invoices if credited.get(i["id"])]
    rate = len(corrected) / len(invoices) if invoices else None
    totals = _count_by_week(i["invoice_date"] for i in invoices)
    fixed = _count_by_week(x["invoice_date"] for x in corrected)
    return Measure("invoice_correction_rate", "Invoice correction rate",
                   "Invoices issued in the period that were later credited (in part, or in full and re-issued) "
                   "divided by all invoices issued in the period.",
                   f"{rate:.1%} ({len(corrected)} of {len(invoices)})" if rate is not None else "no invoices",
                   rate, corrected, sorted((w, fixed.get(w, 0) / n) for w, n in totals.items()))


def leakage(runs: list[RunFacts]) -> Measure:
    caught = []
    for r in runs:
        for f in r.view.get("findings", []):
            kind = next((k for frag, k in LEAKAGE.items() if frag in f["code"]), None)
            if kind:
                caught.append({"run_id": r.view["run_id"], "customer": _customer(r.view), "kind": kind,
                               "finding": f["message"], "at": _iso(r.started) if r.started else None})
    by_kind: dict[str, int] = defaultdict(int)
    for c in caught:
        by_kind[c["kind"]] += 1
    split = ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items())) or "none"
    return Measure("revenue_leakage_caught", "Revenue leakage caught",
                   "Validation findings that stopped a run before money was lost: usage not billed, contract terms "
                   "missed, and amounts that did not reconcile (each counted once per run).",
                   f"{len(caught)} caught ({split})", float(len(caught)), caught,
                   sorted(_count_by_week(c["at"] for c in caught if c["at"]).items()))


def dso(invoices: list[dict[str, Any]], books: dict[str, Any], period: Period, end: date) -> Measure:
    paid_on: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    for p in books.get("payments", []):
        for a in p.get("allocations", []):
            paid_on[a["invoice_id"]].append((date.fromisoformat(p["payment_date"]), Decimal(str(a["amount"]))))
    start = period.since or min((date.fromisoformat(i["invoice_date"]) for i in invoices), default=end)

    def at(day: date) -> dict[str, tuple[Decimal, Decimal]]:
        """Per currency: (open receivables on `day`, invoiced from the start up to `day`)."""
        out: dict[str, tuple[Decimal, Decimal]] = {}
        for i in invoices:
            if date.fromisoformat(i["invoice_date"]) > day:
                continue
            paid = sum((amt for d, amt in paid_on[i["id"]] if d <= day), Decimal(0))
            reduced = Decimal(str(i["amount_credited"])) + Decimal(str(i["amount_written_off"]))
            open_ar, billed = out.get(i["currency"], (Decimal(0), Decimal(0)))
            out[i["currency"]] = (open_ar + max(Decimal(str(i["amount"])) - paid - reduced, Decimal(0)),
                                  billed + Decimal(str(i["amount"])))
        return out

    def days(day: date, currency: str) -> float | None:
        open_ar, billed = at(day).get(currency, (Decimal(0), Decimal(0)))
        return float(open_ar / billed * ((day - start).days + 1)) if billed else None

    now = at(end)
    span = (end - start).days + 1
    parts = [f"{cur} {float(o / b * span):.0f} days (open {money(o, cur)} of {money(b, cur)} invoiced)"
             for cur, (o, b) in sorted(now.items()) if b]
    records = [{"invoice": i["number"], "invoice_date": i["invoice_date"], "due_date": i["due_date"],
               "open": money(i["balance"], i["currency"])} for i in invoices if Decimal(str(i["balance"])) > 0]
    by_currency: dict[str, list[tuple[date, float]]] = {}
    for cur in sorted(now):
        week, series = _monday(start), []
        while week <= end:
            value = days(min(week + timedelta(days=6), end), cur)
            if value is not None:
                series.append((week, round(value, 1)))
            week += timedelta(days=7)
        by_currency[cur] = series
    # Amounts in different currencies never add up: a book in several has its figures per currency only.
    only = next(iter(now)) if len(now) == 1 else None
    return Measure("days_sales_outstanding", "Days sales outstanding",
                   "Per currency: receivables still open at the end of the period divided by what was invoiced in "
                   "the period, times the days in the period (credits and write-offs reduce what is open).",
                   "; ".join(parts) or "nothing invoiced", days(end, only) if only else None, records,
                   by_currency[only] if only else [], by_currency if len(now) > 1 else {})


def _applied_share(payments: list[dict[str, Any]]) -> dict[str, tuple[Decimal, Decimal]]:
    """Per currency: (cash applied to invoices, cash received)."""
    out: dict[str, tuple[Decimal, Decimal]] = {}
    for p in payments:
        applied, received = out.get(p["currency"], (Decimal(0), Decimal(0)))
        out[p["currency"]] = (applied + sum((Decimal(str(a["amount"])) for a in p.get("allocations", [])),
                                            Decimal(0)), received + Decimal(str(p["amount"])))
    return out


def _one_rate(shares: dict[str, tuple[Decimal, Decimal]]) -> float | None:
    """The rate of a book kept in one currency; cash in different currencies never adds up."""
    if len(shares) != 1:
        return None
    [(applied, received)] = shares.values()
    return float(applied / received) if received else None


def cash_match(payments: list[dict[str, Any]], books: dict[str, Any]) -> Measure:
    shares = _applied_share(payments)
    numbers = {i["id"]: i["number"] for i in books.get("invoices", [])}
    records = [{"payment": p["id"], "date": p["payment_date"], "amount": money(p["amount"], p["currency"]),
                "applied_to": [numbers.get(a["invoice_id"], a["invoice_id"]) for a in p.get("allocations", [])],
                "unapplied": money(p["unapplied"], p["currency"])} for p in payments]
    rate = _one_rate(shares)
    weekly: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for p in payments:
        weekly[_monday(date.fromisoformat(p["payment_date"]))].append(p)
    by_currency: dict[str, list[tuple[date, float]]] = defaultdict(list)
    for w, rows in sorted(weekly.items()):
        for cur, (used, got) in sorted(_applied_share(rows).items()):
            if got:
                by_currency[cur].append((w, float(used / got)))
    series = next(iter(by_currency.values())) if len(by_currency) == 1 else []
    parts = [f"{cur} {applied / received:.1%}" for cur, (applied, received) in sorted(shares.items()) if received]
    value = f"{'; '.join(parts)} of {len(payments)} payment(s)" if parts else "no payments received"
    return Measure("cash_application_match_rate", "Cash application match rate",
                   "Per currency: cash received in the period that was applied to invoices, divided by all cash "
                   "received (what stays unapplied waits for a person).", value, rate, records, series,
                   dict(by_currency) if len(by_currency) > 1 else {})


def open_exceptions(runs: list[RunFacts], today: date) -> Measure:
    records = [{"run_id": r.view["run_id"], "customer": _customer(r.view), "status": r.view["status"],
                "since": _iso(r.started) if r.started else None,
                "age_days": (today - r.started.date()).days if r.started else None}
               for r in runs if r.view["status"] in EXCEPTION_STATUSES]
    ages = [x["age_days"] for x in records if x["age_days"] is not None]
    value = f"{len(records)} open" + (f", oldest {max(ages)} days, median {statistics.median(ages):.0f} days"
                                      if ages else "")
    return Measure("open_exceptions", "Open exceptions and their age",
                   "Runs waiting for a person now (held for approval, terms to review) or failed, with days since "
                   "each started; the chart counts them by the week they started.",
                   value, float(len(records)), records,
                   sorted(_count_by_week(x["since"] for x in records if x["since"]).items()))


def connector_failures(runs: list[RunFacts]) -> Measure:
    records = [{"run_id": r.view["run_id"], "at": e["at"], "action_id": e.get("action_id"),
                "target": e.get("target"), "error": (e.get("detail") or {}).get("error")}
               for r in runs for e in r.audit if e["event"] in {"failed", "execution_failed"}]
    return Measure("connector_failures", "Connector failures",
                   "Actions a connector (the books, Stripe, the CRM, the outbox) failed to carry out, as the audit "
                   "trail records them.", f"{len(records)} failure(s)", float(len(records)), records,
                   sorted(_count_by_week(x["at"] for x in records).items()))


def approvals_in_accrue(runs: list[RunFacts]) -> Measure:
    records = []
    for r in runs:
        decided = {e.get("action_id"): e for e in r.audit if e["event"] in {"approved", "rejected", "modified"}
                   and e["actor"] != "accrue"}
        for a in r.view.get("actions", []):
            if not a["needs_approval"]:
                continue
            e = decided.get(a["id"])
            records.append({"run_id": r.view["run_id"], "action_id": a["id"], "type": a["type"],
                            "decided": e["event"] if e else ("pending" if a["status"] == "proposed" else "elsewhere"),
                            "by": e["actor"] if e else None, "at": e["at"] if e else _iso(r.started)})
    settled = [x for x in records if x["decided"] != "pending"]
    inside = [x for x in settled if x["decided"] in {"approved", "rejected", "modified"}]
    share = len(inside) / len(settled) if settled else None
    weekly: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for x in settled:
        if x["at"]:
            weekly[_monday(_day(x["at"]))].append(x)
    series = sorted((w, sum(x["decided"] != "elsewhere" for x in rows) / len(rows)) for w, rows in weekly.items())
    pending = len(records) - len(settled)
    return Measure("approvals_decided_in_accrue", "Approvals decided inside accrue",
                   "Held actions a person approved, rejected or modified in accrue (terminal, chat, inbox) divided "
                   "by all held actions that are no longer waiting.",
                   (f"{share:.1%} ({len(inside)} of {len(settled)}; {pending} still waiting)" if share is not None
                    else f"none decided yet; {pending} waiting"), share, records, series)


def _at(e: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(e["at"]).replace("Z", "+00:00"))


def _iso(t: datetime | None) -> str | None:
    return t.isoformat(timespec="seconds") if t else None


def _day(text: str) -> date:
    return date.fromisoformat(str(text)[:10])


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _count_by_week(days: Iterable[str]) -> dict[date, int]:
    counts: dict[date, int] = defaultdict(int)
    for d in days:
        counts[_monday(_day(d))] += 1
    return dict(counts)


def _weekly(records: list[dict[str, Any]], key: str,
            figure: Callable[[list[dict[str, Any]]], float]) -> list[tuple[date, float]]:
    groups: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        if r.get(key):
            groups[_monday(_day(r[key]))].append(r)
    return sorted((w, float(figure(rows))) for w, rows in groups.items())


def _customer(view: dict[str, Any]) -> str:
    return str((view.get("terms") or {}).get("customer_legal_name") or "")
