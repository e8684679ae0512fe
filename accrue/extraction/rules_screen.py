"""Screening a text before a pattern is run on it: the literal words a pattern cannot match without.

The readers run dozens of patterns over every clause, and most clauses hold none of the words a given pattern
needs ("terminat", "appropriated", "liquidated damages"). `required_words` reads a compiled pattern's own syntax
tree and returns lower-case words at least one of which every match contains; a clause holding none of them is
not searched. Nothing is written by hand, so a pattern edited later stays screened correctly, and the screen only
ever skips a search that would have found nothing: the readers' output is the same with or without it.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Letters that match an ASCII letter case-insensitively but do not lower-case to it ("ſ" matches "s", "ı" and "İ"
# match "i"): a text holding one is searched without screening.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
# Zero-width items: they consume nothing, so the literals on either side of one stand side by side in the text.
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

Words = frozenset[str]
# as a plain int: `int & re.IGNORECASE` goes through the enum's own operator, a cost per search
_IGNORECASE = int(re.IGNORECASE)


# Each pattern's words, read once, by the pattern's identity: hashing a pattern hashes its compiled code. An entry
# holds its pattern, so no other pattern can take that identity while the entry lives.
_WORDS: dict[int, tuple[re.Pattern[str], Words | None]] = {}
_WORDS_LIMIT = 1024


def required_words(pattern: re.Pattern[str]) -> Words | None:
    """Words (lower case for a case-insensitive pattern) one of which every match of `pattern` contains, or None
    when the pattern needs no particular word (it can match anything, or its syntax is beyond this reading)."""
    entry = _WORDS.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    if len(_WORDS) >= _WORDS_LIMIT:
        _WORDS.clear()
    words = _read_words(pattern)
    _WORDS[id(pattern)] = (pattern, words)
    return words


def _read_words(pattern: re.Pattern[str]) -> Words | None:
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this reading cannot parse is simply not screened
        return None
    return _sequence(list(tree), bool(pattern.flags & re.IGNORECASE))


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> Words | None:
    """The best words of a sequence: every item of it matches, so any one item's words will do; the longest
    shortest word wins (a rarer word screens out more), then the fewest words."""
    candidates: list[Words] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and (not ignore_case or av < 128):
            run.append(chr(av).lower() if ignore_case else chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        words = _item(op, av, ignore_case)
        if words:
            candidates.append(words)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


def _item(op: Any, av: Any, ignore_case: bool) -> Words | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return None  # a local change of case rule: not read
        return _sequence(list(inner), ignore_case)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), ignore_case)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            words = _sequence(list(branch), ignore_case)
            if not words:
                return None  # one way through needs no word
            union |= words
        return frozenset(union)
    if op in _REPEATS:
        low, _high, inner = av
        return _sequence(list(inner), ignore_case) if low >= 1 else None
    return None  # a class, any character, a back reference: no word


class Screen:
    """One text, searched by many patterns: a pattern none of whose required words the text holds is not run."""

    __slots__ = ("text", "_lowered", "_odd")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._odd: bool | None = None

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False only when `pattern` cannot match anywhere in the text."""
        words = required_words(pattern)
        if not words:
            return True
        if not pattern.flags & _IGNORECASE:
            return any(w in self.text for w in words)
        if self._lowered is None:
            self._odd = bool(_ODD_CASE.search(self.text))
            self._lowered = self.text.lower()
        return bool(self._odd) or any(w in self._lowered for w in words)

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """`pattern.search(text)`, skipped when the text lacks every word the pattern needs."""
        return pattern.search(self.text) if self.may_match(pattern) else None
