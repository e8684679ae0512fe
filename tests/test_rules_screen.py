"""The screen before a pattern: the words it reads off a pattern are needed by every match, so skipping a text
without them never loses a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accrue.adapters.documents import read_document
from accrue.extraction import rules_vocab as V
from accrue.extraction.rules_screen import Screen, required_words
from accrue.extraction.rules_segment import segment

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = [p for _, p in V.NON_STANDARD] + [p for p in vars(V).values() if isinstance(p, re.Pattern)]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_words_are_read_from_the_pattern() -> None:
    kinds = dict(V.NON_STANDARD)
    assert required_words(kinds["liquidated damages"]) == {"liquidated damages"}
    assert required_words(kinds["right to pause"]) == {"may pause"}
    # a branch needs one of its ways through; a case-sensitive pattern keeps its capitals
    assert required_words(re.compile(r"\b(?:net|within) \d+", re.I)) == {"net", "within"}
    assert required_words(re.compile(r"Net \d+")) == {"Net "}
    # optional words, a class alone, or a local change of case rule: no screen
    assert required_words(re.compile(r"(?:terms)?\d+")) is None
    assert required_words(re.compile(r"[A-Z]{3}")) is None
    assert required_words(re.compile(r"(?-i:Net)\d+", re.I)) is None


@pytest.mark.parametrize("form", sorted(ROOT.glob("examples/*/order-form.pdf")), ids=lambda p: p.parent.name)
def test_every_clause_and_line_of_a_real_form_searches_alike(form: Path) -> None:
    seg = segment(read_document(form))
    texts = [c.text for c in seg.clauses] + [x.text for page in seg.pages for x in page.lines]
    matched = 0
    for text in texts:
        screen = Screen(text)
        for pattern in PATTERNS:
            expected = _span(pattern.search(text))
            assert _span(screen.search(pattern)) == expected, (pattern.pattern[:60], text)
            matched += expected is not None
    assert matched > 0


def test_letters_that_fold_to_ascii_are_never_screened_out() -> None:
    # "ſ" matches "s" and "İ" matches "i" case-insensitively, yet neither lower-cases to them
    pause, damages = dict(V.NON_STANDARD)["right to pause"], dict(V.NON_STANDARD)["liquidated damages"]
    for text, pattern in (("Customer may pauſe the service.", pause), ("LİQUIDATED DAMAGES apply.", damages)):
        assert pattern.search(text) is not None
        assert Screen(text).search(pattern) is not None


_PIECES = st.sampled_from(["Customer ", "may ", "terminate ", "cancel ", "for convenience", "without cause", ". ",
                           "fees ", "increase ", "shall not exceed ", "5% ", "liquidated damages", "pauſe ",
                           "PAUSE ", "İnstalments ", "not ", "appropriated ", "milestone payments ", "on signature"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_screened_search_finds_what_the_pattern_finds(text: str) -> None:
    screen = Screen(text)
    for _, pattern in V.NON_STANDARD:
        assert _span(screen.search(pattern)) == _span(pattern.search(text))
