"""The parser on lines its author wrote to test generalisation: each gets its intent (and terms field)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accrue.interfaces.chat.intents import parse
from evals.chat_eval import corpus_intent

LINES = Path(__file__).resolve().parent.parent / "evals" / "chat" / "paraphrases.txt"
CUSTOMERS = ["Acme Corporation", "Globex GmbH", "Initech LLC"]


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for raw in LINES.read_text().splitlines():
        head, text = raw.split(" | ", 1)
        intent, field = head.split()
        cases.append((intent, field, text))
    return cases


@pytest.mark.parametrize(("intent", "field", "text"), _cases())
def test_paraphrase_is_understood(intent: str, field: str, text: str) -> None:
    got = parse(text, CUSTOMERS)
    assert corpus_intent(got.kind) == intent
    if field != "-":  # the field asked about is the first one the answer shows
        assert [f.split(".")[0] for f in got.fields[:1]] == [field]
