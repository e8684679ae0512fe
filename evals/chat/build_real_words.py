"""Writes `accrue/interfaces/chat/real_words.txt`: English words the chat's typo correction must leave alone.

Those are the words of pyspellchecker's English word list (a development dependency; the chat itself only reads the
written file) that are within the correction's reach of a key word: same first letter, one edit away (two for key
words of eight letters or more). Run it again after changing `KEY_WORDS` in `accrue/interfaces/chat/spelling.py`:

    python evals/chat/build_real_words.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

ROOT = Path(__file__).resolve().parents[2]


def near_key_words() -> list[str]:
    """The English words within the typo correction's reach of a key word, sorted."""
    from accrue.interfaces.chat.spelling import KEY_WORDS

    words = SpellChecker(language="en", distance=1).word_frequency.dictionary
    near = set()
    for word in words:
        if len(word) < 4 or not word.isalpha() or not word.isascii() or word in KEY_WORDS:
            continue
        for key in KEY_WORDS:
            reach = 1 if len(word) < 8 else 2
            if key[0] == word[0] and abs(len(key) - len(word)) <= reach and OSA.distance(word, key) <= reach:
                near.add(word)
                break
    return sorted(near)


def main() -> None:
    from accrue.interfaces.chat.spelling import _REAL_WORDS

    near = near_key_words()
    _REAL_WORDS.write_text("\n".join(near) + "\n", encoding="utf-8")
    print(f"{len(near)} words -> {_REAL_WORDS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
