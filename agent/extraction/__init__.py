"""Extraction: documents in, grounded `ExtractionResult` out, whichever extractor reads them.

Every extractor implements `Extractor.extract(doc)`; `extract_terms` then applies the
shared grounding check and the consistency warnings, so no extractor can skip them.
"""

from __future__ import annotations

from typing import Protocol

from agent.config import Settings
from agent.documents import Document
from agent.errors import ConfigError
from agent.grounding import ground
from agent.terms import ExtractionResult, consistency_warnings


class Extractor(Protocol):
    name: str

    def extract(self, doc: Document) -> ExtractionResult: ...


def extract_terms(doc: Document, extractor: Extractor) -> ExtractionResult:
    """Extract, drop ungrounded values, and add consistency warnings."""
    raw = extractor.extract(doc)
    grounded = ground(raw, doc)
    extra = [w for w in consistency_warnings(grounded.terms) if w not in grounded.warnings]
    return grounded.model_copy(update={"warnings": grounded.warnings + extra})


def resolve_extractor_name(settings: Settings, requested: str | None = None) -> str:
    name = requested or settings.extractor
    if name == "auto":
        return "claude" if settings.anthropic_api_key else "rules"
    return name


def get_extractor(settings: Settings, requested: str | None = None) -> Extractor:
    """The configured extractor: `auto` means Claude with a key, the embedded rules without."""
    name = resolve_extractor_name(settings, requested)
    if name == "rules":
        from agent.extraction.rules import RulesExtractor

        return RulesExtractor()
    if name in {"claude", "hybrid"}:
        if not settings.anthropic_api_key:
            raise ConfigError(f"--extractor {name} needs ANTHROPIC_API_KEY; set it or use --extractor rules")
        from agent.extraction.claude import ClaudeExtractor

        claude = ClaudeExtractor.from_settings(settings)
        if name == "claude":
            return claude
        from agent.extraction.hybrid import HybridExtractor
        from agent.extraction.rules import RulesExtractor

        return HybridExtractor(RulesExtractor(), claude)
    raise ConfigError(f"unknown extractor {name!r}; use auto, rules, claude or hybrid")
