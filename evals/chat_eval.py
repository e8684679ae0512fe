"""Scores the offline chat on corpora of what finance staff type (`evals/chat/`).

Three figures per corpus or split: intent accuracy, entity accuracy (every labelled entity of the line found,
and no wrong one), and "correct": the line was understood (intent and entities) and, for a question the books or
runs can answer, the chat's reply holds the true answer recomputed from a seeded fixture (the three bundled
example contracts run through the workflow). Requests that would change the books are scored on
understanding only, so the fixture stays the same for every line. The paraphrase list labels only intent and
terms field, so its lines are scored on those alone. A corpus given as a path (a new blind set) is scored
like the others; `--aggregate` prints its figures only, never a line of it.

    python evals/chat_eval.py                                  # the first corpus's development split
    python evals/chat_eval.py --corpus first --corpus blind2 --corpus paraphrases --failures
    python evals/chat_eval.py --corpus path/to/lines.jsonl --aggregate    # a blind set: figures only
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "chat" / "lines.jsonl"
# The readable corpora by name; anything else given to --corpus is a path to a lines.jsonl of the same labels.
CORPORA = {"first": CORPUS, "blind2": ROOT / "evals" / "chat" / "blind2" / "lines.jsonl",
           "paraphrases": ROOT / "evals" / "chat" / "paraphrases.txt",
           "wave4": ROOT / "evals" / "chat" / "wave4" / "lines.jsonl",
           "wave4b": ROOT / "evals" / "chat" / "wave4b" / "lines.jsonl",
           "wave4c": ROOT / "evals" / "chat" / "wave4c" / "lines.jsonl",
           "wave4d": ROOT / "evals" / "chat" / "wave4d" / "lines.jsonl",
           "wave4e": ROOT / "evals" / "chat" / "wave4e" / "lines.jsonl"}
SPLITS = ROOT / "evals" / "chat" / "splits.json"
FACTS = ROOT / "evals" / "chat" / "facts.json"  # the seeded books' answers, worked out by hand
EXAMPLES = ROOT / "examples"

# Who types each line: the corpus's roles as the bundled policy's people (or a plain name for a role it lacks).
SPEAKERS = {"controller": "Dana Controller", "ar_clerk": "Sam Lee", "billing_specialist": "Pat Billing",
            "sales_ops": "Riley Sales"}
READ_INTENTS = {"terms", "balance", "overdue", "schedule", "pending", "find", "explain", "help", "out_of_scope"}
NOT_UNDERSTOOD = {"needs_llm", "unknown_command", "empty", "not_understood"}


@dataclass
class LineResult:
    id: str
    split: str
    intent: str
    got_intent: str
    intent_ok: bool
    entities_ok: bool
    wrong: list[str] = field(default_factory=list)
    answered_ok: bool | None = None
    reply: str = ""
    answer_scored: bool = True  # False for a line labelled with intent and field only (the paraphrase list)

    @property
    def correct(self) -> bool:
        return self.intent_ok and self.entities_ok and self.answered_ok is not False


def _same_amount(a: Any, b: Any) -> bool:
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except (InvalidOperation, ValueError):
        return False


def _same_value(expected: Any, got: str | None) -> bool:
    if got is None:
        return False
    if isinstance(expected, bool):
        return got.strip().lower() in ({"true", "yes"} if expected else {"false", "no"})
    if isinstance(expected, int | float):
        return _same_amount(expected, got)
    return str(expected).strip().lower() == got.strip().lower()


def _same_reason(expected: str, got: str | None) -> bool:
    return bool(got) and fuzz.token_set_ratio(expected.lower(), (got or "").lower()) >= 80


def found_entities(intent: Any) -> dict[str, Any]:
    """The corpus's entity keys as the parsed intent holds them."""
    out: dict[str, Any] = {"customer": intent.customer, "invoice": intent.invoice, "amount": intent.amount,
                           "currency": intent.currency, "reason": intent.reason, "mine_only": intent.mine_only,
                           "fields": list(intent.fields), "value": None}
    if intent.kind == "correct" and intent.assignments:
        path, _, value = intent.assignments[0].partition("=")
        out["fields"], out["value"] = [path], value
    return out


def entity_problems(expected: dict[str, Any], intent: Any) -> list[str]:
    """The labelled entities the parse missed or got wrong (an unlabelled customer/amount found is wrong too)."""
    got = found_entities(intent)
    wrong = []
    for key in ("customer", "invoice", "currency"):
        want = expected.get(key)
        if want is not None and str(got[key] or "").upper() != str(want).upper():
            wrong.append(f"{key}: want {want!r}, got {got[key]!r}")
    if "amount" in expected and not _same_amount(expected["amount"], got["amount"]):
        wrong.append(f"amount: want {expected['amount']}, got {got['amount']}")
    if "field" in expected and [f.split(".")[0] for f in got["fields"][:1]] != [expected["field"]]:
        wrong.append(f"field: want {expected['field']}, got {got['fields']}")
    if "value" in expected and not _same_value(expected["value"], got["value"]):
        wrong.append(f"value: want {expected['value']!r}, got {got['value']!r}")
    if "reason" in expected and not _same_reason(expected["reason"], got["reason"]):
        wrong.append(f"reason: want {expected['reason']!r}, got {got['reason']!r}")
    if expected["intent"] == "pending" and bool(expected.get("mine_only")) != bool(got["mine_only"]):
        wrong.append(f"mine_only: want {bool(expected.get('mine_only'))}, got {got['mine_only']}")
    return wrong


def corpus_intent(kind: str) -> str:
    """The corpus's label for a parsed kind: the corpora label money back to a customer `credit`, with no refund
    intent of their own, so a refund the parser tells apart from a credit note scores as their credit."""
    if kind == "refund":
        return "credit"
    return "out_of_scope" if kind in NOT_UNDERSTOOD else kind


class Fixture:
    """The seeded books: the three example contracts run (Acme's waits for approval), one RunService over them."""

    def __init__(self, home: Path):
        os.environ["ACCRUE_HOME"] = str(home)
        os.environ.pop("ANTHROPIC_API_KEY", None)
        from accrue.workflow.service import RunService

        self.facts = json.loads(FACTS.read_text())
        self.rt = RunService()
        for slug in ("globex", "initech", "acme"):
            self.rt.start_contract_run(EXAMPLES / slug / "order-form.pdf", EXAMPLES / slug / "deal.json")
        self._sessions: dict[str, Any] = {}

    def session(self, role: str) -> Any:
        from accrue.interfaces.chat.session import ChatSession

        if role not in self._sessions:
            self._sessions[role] = ChatSession(self.rt, SPEAKERS[role])
        return self._sessions[role]

    def truth(self, line: dict[str, Any]) -> Callable[[str], bool]:
        """What a right reply to a read question must say: from the facts worked out by hand (`facts.json`) for
        balance, overdue, terms, schedule, find and pending; never from the tools that build the reply."""
        from accrue.interfaces.chat import replies

        kind = line["expected"]["intent"]
        if kind == "help":
            return lambda reply: reply.startswith(replies.HELP.splitlines()[0])
        if kind == "out_of_scope":
            return lambda reply: reply.startswith(("I did not understand", "I can't answer that offline"))
        if kind == "explain":
            want = line["expected"].get("customer") or line["expected"].get("invoice")
            return lambda reply: want is not None and want in reply
        return answer_from_facts(line, self.facts, date.today())


def _says_all(wanted: list[str]) -> Callable[[str], bool]:
    return lambda reply: all(w.lower() in reply.lower() for w in wanted)


def _no_invoice(number: str) -> Callable[[str], bool]:
    return lambda reply: f"no invoice {number}".lower() in reply.lower()


def _nothing_to_compare(reply: str) -> bool:
    """A question whose facts give no answer scores wrong: a reply is never right for want of a check."""
    return False


def answer_from_facts(line: dict[str, Any], facts: dict[str, Any], today: date) -> Callable[[str], bool]:
    """The check a reply to one read line must pass, from the hand-worked facts and the day it is asked."""
    exp = line["expected"]
    kind, customer, invoice = exp["intent"], exp.get("customer"), exp.get("invoice")
    customers, invoices = facts["customers"], facts["invoices"]
    if invoice and invoice not in invoices and kind in {"balance", "overdue", "pending", "find"}:
        return _no_invoice(invoice)
    if kind == "terms":
        if customer is None:
            return lambda reply: "which customer" in reply.lower()
        terms = customers[customer]["terms"]
        if "field" not in exp:  # all the terms: the reply must hold the ones every contract states
            return _says_all([x for f in ("payment_terms_days", "service_start_date", "service_end_date")
                              for x in terms[f] or []])
        if exp["field"] not in terms:
            return _nothing_to_compare
        stated = terms[exp["field"]]
        if stated is None:  # the order form does not state it: the reply must say so
            return lambda reply: "not stated" in reply.lower() or ": none" in reply.lower()
        return _says_all(stated)
    if kind in {"balance", "overdue"}:
        if invoice:
            return _says_all([invoice])
        mine = {n: i for n, i in invoices.items() if customer in (None, i["customer"])}
        if kind == "overdue":
            late = [n for n, i in mine.items() if date.fromisoformat(i["due_date"]) < today]
            return _says_all(late) if late else _says_all(["nothing overdue"])
        totals: dict[str, Decimal] = {}
        for i in mine.values():
            currency, amount = i["amount"].split(" ", 1)
            totals[currency] = totals.get(currency, Decimal(0)) + Decimal(amount.replace(",", ""))
        return _says_all([f"{c} {t:,.2f}" for c, t in totals.items()] or ["nothing outstanding"])
    if kind == "schedule":
        names = [customer] if customer else sorted(customers)
        wanted = []
        for name in names:
            ahead = customers[name]["scheduled"] if customer else customers[name]["scheduled"][:1]
            wanted += [x for entry in (ahead or [customers[name]["renewal"]]) for x in entry]
        return _says_all(wanted) if wanted else _nothing_to_compare
    if kind == "pending":
        named = [customer] if customer else sorted(customers)
        held = [item for name in named for item in customers[name]["pending"]]
        if exp.get("mine_only") and not facts["may_approve_the_held_invoice"][line["role"]]:
            held = []
        if held:
            return _says_all([x for item in held for x in item])
        others = [x for name in customers for item in customers[name]["pending"] for x in item[1:]]
        return lambda reply: "nothing" in reply.lower() and not any(o in reply for o in others)
    if kind == "find":
        if invoice:
            return _says_all([invoice, invoices[invoice]["customer"]])
        if customer:
            return _says_all([customer, customers[customer]["contract"]])
        unknown = [n for n in facts["not_customers"] if n in line["text"].lower()]
        return (lambda reply: "nothing matches" in reply.lower() and unknown[0] in reply.lower()) if unknown \
            else _nothing_to_compare
    raise ValueError(kind)


def load_corpus(path: Path) -> list[dict[str, Any]]:
    """The lines of one corpus: a lines.jsonl, or the paraphrase list (`INTENT FIELD | text`, labels of intent
    and terms field only, marked `intent_only` so no answer is checked for want of a labelled customer)."""
    if path.suffix == ".txt":
        lines = []
        for n, raw in enumerate(path.read_text().splitlines(), 1):
            head, text = raw.split(" | ", 1)
            intent, field_name = head.split()
            expected = {"intent": intent} | ({"field": field_name} if field_name != "-" else {})
            lines.append({"id": f"p{n:03d}", "role": "billing_specialist", "text": text, "expected": expected,
                          "intent_only": True})
        return lines
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def score(lines: list[dict[str, Any]], split_of: dict[str, str], fixture: Fixture) -> list[LineResult]:
    from accrue.interfaces.chat.intents import parse

    results = []
    for line in lines:
        exp = line["expected"]
        session = fixture.session(line["role"])
        intent = parse(line["text"], session.tools.customer_names())
        got = corpus_intent(intent.kind)
        wrong = [w for w in entity_problems(exp, intent)
                 if not (line.get("intent_only") and w.startswith("mine_only"))]  # the list does not label it
        r = LineResult(line["id"], split_of[line["id"]], exp["intent"], got, got == exp["intent"], not wrong, wrong,
                       answer_scored=not line.get("intent_only"))
        if exp["intent"] in READ_INTENTS and r.intent_ok and r.entities_ok and not line.get("intent_only"):
            r.reply = session.handle(line["text"]).text
            r.answered_ok = fixture.truth(line)(r.reply)
        results.append(r)
    return results


def summary(results: list[LineResult]) -> dict[str, Any]:
    n = len(results)
    read = [r for r in results if r.intent in READ_INTENTS and r.answer_scored]

    def share(k: int, d: int) -> float:
        return round(k / d, 3) if d else 0.0

    return {"lines": n, "intent": share(sum(r.intent_ok for r in results), n),
            "entities": share(sum(r.entities_ok for r in results), n),
            "understood": share(sum(r.intent_ok and r.entities_ok for r in results), n),
            "read_answered": share(sum(bool(r.answered_ok) for r in read), len(read)) if read else None,
            "correct": share(sum(r.correct for r in results), n)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", metavar="NAME|PATH",
                    help=f"a corpus to score ({', '.join(CORPORA)}, or a path to a lines.jsonl); repeatable; "
                         "default: the first corpus")
    ap.add_argument("--split", choices=["dev", "frozen", "all", "each"], default="all",
                    help="the first corpus's lines to score, by its old split (all of it is development data now)")
    ap.add_argument("--failures", action="store_true", help="print the lines scored wrong")
    ap.add_argument("--aggregate", action="store_true", help="figures only, never a line (for a blind set)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    splits = json.loads(SPLITS.read_text())
    first_split = {i: name for name in ("dev", "frozen") for i in splits[name]}
    lines: list[dict[str, Any]] = []
    split_of: dict[str, str] = {}
    for name in args.corpus or ["first"]:
        path = CORPORA.get(name) or Path(name)
        label = name if name in CORPORA else path.parent.name or path.stem
        for line in load_corpus(path):
            if path == CORPUS and args.split in {"dev", "frozen"} and first_split[line["id"]] != args.split:
                continue
            line = line | {"id": f"{label}:{line['id']}"}
            split_of[line["id"]] = f"first-{first_split[line['id'].split(':')[1]]}" if path == CORPUS else label
            lines.append(line)
    with tempfile.TemporaryDirectory(prefix="accrue-chat-eval-") as tmp:
        fixture = Fixture(Path(tmp) / "home")
        try:
            results = score(lines, split_of, fixture)
        finally:
            fixture.rt.close()
    figures: dict[str, dict[str, Any]] = {}
    groups = list(dict.fromkeys(r.id.split(":")[0] for r in results))  # in the order asked for
    for name in groups:
        part = [r for r in results if r.id.split(":")[0] == name]
        figures[name] = summary(part)
        if name == "first" and args.split == "each":
            for half in ("first-dev", "first-frozen"):
                figures[half] = summary([r for r in part if r.split == half])
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{'corpus':13} {'lines':>5} {'intent':>7} {'entities':>9} {'understood':>11} {'read ok':>8} "
              f"{'correct':>8}")
        for name, f in figures.items():
            read_ok = "-" if f["read_answered"] is None else f"{f['read_answered']:.3f}"
            print(f"{name:13} {f['lines']:>5} {f['intent']:>7.3f} {f['entities']:>9.3f} {f['understood']:>11.3f} "
                  f"{read_ok:>8} {f['correct']:>8.3f}")
    if args.failures and not args.aggregate:
        texts = {x["id"]: x["text"] for x in lines}
        for r in results:
            if not r.correct:
                why = "; ".join(r.wrong) or ("wrong answer" if r.intent_ok else "wrong intent")
                print(f"{r.id} [{r.intent} -> {r.got_intent}] {texts[r.id]!r}: {why}"
                      + (f"\n    reply: {r.reply[:200]!r}" if r.answered_ok is False else ""))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
