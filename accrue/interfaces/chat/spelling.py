"""Typos of the chat parser's key words, corrected by a bounded edit distance ("overdeu", "creidt", "billnig").

The parser reads a line by its key words, so one mistyped key word can turn a question into "not understood". A
word is corrected only when it is not itself a key word, is not a real English word (`real_words.txt`: the words
of an English word list within reach of a key word, so "sing", "date" and "spending" stay as typed), starts with
the key word's letter and is one edit from it (two for words of eight letters or more), counting a swap of two
neighbouring letters as one edit. Pure and offline: the word list ships with the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

# The words the parser's rules key on, in every form a rule matches. Shorter than four letters are never corrected.
KEY_WORDS = frozenset("""
account accounts aged aging agreement amount annually approval approvals approve approved approver approvers approves
approving automatically balance balances because behind billed billing blocking bankrupt cadence cancel
cancellation change commands commitment contact contacts contract contracts correct credit credited credits currency
customer customers date dates days debt decline declined delinquent deny due duplicate effective email entities
escalator expire expires expiry explain fees find flagged frequency goodwill held help hold holding insolvent interest
invoice invoiced invoices invoicing items late licences licenses long lookup minimum month monthly months next notice
often open order outstanding outage overage overdue overdues owed owes owing past payer payers payment payments
penalty pending price pricing process products purchase quarter quarterly queue reason receivable receivables
received refund refunds reissue reject rejected rejecting renew renewal renewals renews review reviewed roll
schedule scheduled seats send should sign signed special start started starts status stuck subscription supplier
term terms total uncollectable unpaid unusual upcoming update uplift usage value vendor waiting week weeks where worth
write writeoff writeoffs year yearly years
what when which there this have show many anything hello dollars euros calls weird link note move amend ingest file
ends missed says tips wipe meeting over anyone everything something waiting push pull form raise increase paid back
""".split())
_REAL_WORDS = Path(__file__).with_name("real_words.txt")
# Shorthand finance staff type for a key word.
ABBREVIATIONS = {"pymt": "payment", "pymnt": "payment", "pmt": "payment", "pmts": "payments", "amt": "amount",
                 "acct": "account", "accts": "accounts", "cust": "customer", "agmt": "agreement", "agrmt": "agreement",
                 "sched": "schedule", "qtr": "quarter", "qtrly": "quarterly", "yr": "year", "yrs": "years",
                 "wk": "week", "wks": "weeks", "o/s": "outstanding", "a/r": "ar", "tmrw": "tomorrow",
                 "appr": "approve", "approvd": "approved"}


@cache
def real_words() -> frozenset[str]:
    """English words within reach of a key word: never corrected (`evals/chat/build_real_words.py` writes them)."""
    return frozenset(_REAL_WORDS.read_text(encoding="utf-8").split())


# Payment-rail words a finance team types that sit one edit from a key word ("bacs" is not "back").
_PAYMENT_WORDS = frozenset({"bacs", "sepa", "chaps", "swift", "iban", "ach"})


def correct(word: str) -> str:
    """The key word a lower-case `word` mistypes, or `word` unchanged."""
    if len(word) < 4 or word in KEY_WORDS or word in real_words() or word in _PAYMENT_WORDS:
        return word
    reach = 1 if len(word) < 8 else 2
    # nearest first; of equally near words, one of the same length ("contarct": contract, not contact)
    near = [(OSA.distance(word, k), abs(len(k) - len(word)), -fuzz.ratio(word, k), k) for k in KEY_WORDS
            if k[0] == word[0] and abs(len(k) - len(word)) <= reach]
    best = min((n for n in near if n[0] <= reach), default=None)
    return best[3] if best else word
