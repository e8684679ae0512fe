"""Where a raw line's characters land in its normalised text: the word-at-a-time walk agrees with the definition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accrue.core.textnorm import normalise_ws, normalised_positions

# words, every kind of space normalising collapses, the typographic marks it straightens and the soft hyphen it drops
_PIECES = st.sampled_from(["a", "Bc", "12,000.00", " ", "  ", "\t", "\u00a0", "\u202f", "\u2009", "\u3000", "\x0b",
                           "\u2014", "\u2019", "\u201c", "\u00ad", "\u2028", "|"])


def _by_definition(raw: str) -> list[int]:
    return [len(normalise_ws(raw[:i] + "x")) - 1 for i in range(len(raw))]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_positions_follow_the_definition(raw: str) -> None:
    assert normalised_positions(raw) == _by_definition(raw)


def test_positions_of_a_table_line() -> None:
    raw = "  Platform\u00a0fee   12 \u2014 USD\u202f1,200.00  "
    positions = normalised_positions(raw)
    text = normalise_ws(raw)
    assert text == "Platform fee 12 - USD 1,200.00"
    assert text[positions[raw.index("USD")]:].startswith("USD 1,200.00")
    assert text[positions[raw.index("12 ")]:].startswith("12 - USD")
    assert positions == _by_definition(raw)
