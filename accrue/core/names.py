"""How two people's names are compared, everywhere a name decides something (approvals, corrections)."""

from __future__ import annotations

import unicodedata


def normalise_name(name: str) -> str:
    """The form in which two names are compared: Unicode NFKC (a no-break space is a space, full-width letters are
    letters), format characters removed (zero-width spaces and joiners, bidi marks, soft hyphens), whitespace runs
    collapsed to one space, case folded."""
    text = unicodedata.normalize("NFKC", name)
    visible = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return unicodedata.normalize("NFKC", " ".join(visible.split()).casefold())
