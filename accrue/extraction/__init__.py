"""Extraction: documents in, grounded `ExtractionResult` out, whichever extractor reads them.

Every extractor implements `Extractor.extract(doc)` (`accrue.extraction.protocol`); `extract_terms` then applies the
shared derivations (an end date from a start and a stated term, shown as derived: `accrue.core.derivations`), the
grounding check and the consistency warnings, so no extractor can skip them.
An extractor that can read pages without a text layer (Claude reads the PDF image) also
implements `extract_read(doc)`, returning the document as it read it; grounding then
checks quotes against that reading, and a warning says which pages it came from.
"""

from __future__ import annotations

from accrue.adapters import label_store
from accrue.core.consistency import consistency_warnings
from accrue.core.derivations import derive
from accrue.core.document import Document
from accrue.core.errors import ConfigError
from accrue.core.grounding import ground
from accrue.core.terms import ExtractionResult
from accrue.extraction.claude import ClaudeExtractor
from accrue.extraction.hybrid import HybridExtractor
from accrue.extraction.learned_labels import vocabulary
from accrue.extraction.protocol import Extractor, ReadingExtractor
from accrue.extraction.rules import RulesExtractor
from accrue.settings import Settings

EXTRACTORS = ("auto", "rules", "claude", "hybrid")


def extract_terms(doc: Document, extractor: Extractor) -> ExtractionResult:
    """Extract, derive what the stated values imply, drop ungrounded values, and add consistency warnings."""
    hidden = doc.hidden_text
    if doc.textless_pages and isinstance(extractor, ReadingExtractor):
        raw, doc = extractor.extract_read(doc)
    else:
        raw = extractor.extract(doc)
    warnings = list(raw.warnings)
    for number in doc.textless_pages:
        unread = 1 <= number <= len(doc.pages) and not doc.pages[number - 1].strip()
        if unread and not any(w.startswith(f"textless:page {number}:") for w in warnings):
            warnings.append(f"textless:page {number}: no text layer, so nothing on it was read; "
                            "OCR the file or set ANTHROPIC_API_KEY and use --extractor claude")
    # text no reader can see was left out of the pages; that the document hid it is itself for a person to judge
    warnings += [w for w in (f"hidden_text:page {page}: left out, a reader cannot see it ({what})"
                             for page, what in hidden) if w not in warnings]
    grounded = ground(derive(raw.model_copy(update={"warnings": warnings})), doc)
    extra = [w for w in consistency_warnings(grounded.terms) if w not in grounded.warnings]
    return grounded.model_copy(update={"warnings": grounded.warnings + extra})


def resolve_extractor_name(settings: Settings, requested: str | None = None) -> str:
    """`auto` means Claude cross-checked by the embedded rules (`hybrid`) when an API key is set (or calls are
    replayed), the embedded rules alone otherwise. The cross-check is the default because grounding cannot catch
    a value a contract talks the model into while quoting the injected words; the rules read the real clause."""
    name = requested or settings.extractor
    if name == "auto":
        return "hybrid" if (settings.anthropic_api_key or settings.llm_replay_dir) else "rules"
    return name


def needs_text_layer(settings: Settings, requested: str | None = None) -> bool:
    """Whether the document must have text: only Claude, and only when it can be called, reads a scanned PDF."""
    can_call_claude = bool(settings.anthropic_api_key or settings.llm_replay_dir)
    return resolve_extractor_name(settings, requested) not in {"claude", "hybrid"} or not can_call_claude


def _rules(settings: Settings) -> RulesExtractor:
    """The embedded reader with the built-in labels and those this installation's people taught it."""
    learned = label_store.load(settings.home)
    return RulesExtractor(vocabulary(learned) if learned else None)


def get_extractor(settings: Settings, requested: str | None = None) -> Extractor:
    """The configured extractor: `auto` means Claude and the rules (`hybrid`) with a key, the rules alone without."""
    name = resolve_extractor_name(settings, requested)
    if name == "rules":
        return _rules(settings)
    if name in {"claude", "hybrid"}:
        if not settings.anthropic_api_key and not settings.llm_replay_dir:
            raise ConfigError(f"--extractor {name} needs ANTHROPIC_API_KEY; set it or use --extractor rules")
        claude = ClaudeExtractor.from_settings(settings)
        if name == "claude":
            return claude
        return HybridExtractor(_rules(settings), claude)
    raise ConfigError(f"unknown extractor {name!r}; use {', '.join(EXTRACTORS)}")
