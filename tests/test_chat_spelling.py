"""Typos of the chat parser's key words are read as the word; real words and names are left as typed."""

from __future__ import annotations

import pytest

from accrue.interfaces.chat.entities import normalise
from accrue.interfaces.chat.intents import parse
from accrue.interfaces.chat.spelling import correct, real_words

CUSTOMERS = ["Acme Corporation", "Globex GmbH", "Initech LLC"]


@pytest.mark.parametrize(("typed", "meant"), [
    ("invocie", "invoice"), ("recieved", "received"), ("appove", "approve"), ("rejct", "reject"),
    ("ovedue", "overdue"), ("overdeu", "overdue"), ("creidt", "credit"), ("billnig", "billing"),
    ("shedule", "schedule"),
    ("contarct", "contract"), ("approvel", "approval"), ("outstandng", "outstanding"), ("teerm", "term")])
def test_a_mistyped_key_word_is_read_as_the_word(typed: str, meant: str) -> None:
    assert correct(typed) == meant


@pytest.mark.parametrize("word", ["sing", "date", "spending", "quarter", "contact", "initek", "globx", "acme"])
def test_real_words_key_words_and_names_stay_as_typed(word: str) -> None:
    assert correct(word) == word


def test_shorthand_is_spelt_out() -> None:
    assert normalise("Pymnt terms acme, o/s amt?") == "payment terms acme, outstanding amount?"


@pytest.mark.parametrize(("line", "kind"), [
    ("whats the ovrdue on initech", "overdue"), ("creidt 50 on INV-0001, reason goodwill", "credit"),
    ("upocming invoices for initech?", "schedule"), ("is anythign wiating for my aproval", "pending"),
    ("pymnt terms acme", "terms")])
def test_a_line_with_typos_is_understood(line: str, kind: str) -> None:
    assert parse(line, CUSTOMERS).kind == kind


def test_the_shipped_word_list_is_the_one_the_builder_writes() -> None:
    pytest.importorskip("spellchecker")
    from evals.chat.build_real_words import near_key_words

    assert sorted(real_words()) == near_key_words()
