"""The Claude extractor: the order form to Claude, cited terms back, through the Anthropic SDK.

The request is built so the prompt cache works across runs: tools (forced-tool models),
then the system prompt, guidance and a worked example from `prompts/` with `cache_control`
on the last block, then the document in a user turn (its own cache breakpoint, so repair
rounds reuse it), then the instruction. The contract text is wrapped in `<document>` and the prompt
says instructions inside it are data; the extractor can only return terms, so nothing a
contract says can reach the policy except as a value the grounding check then tests.

Newer models answer through structured output (`output_config` with the JSON schema of
`claude_schema.TermsOutput`); models in `accrue.settings.FORCED_TOOL_MODELS` through one
forced, strict tool. An answer that fails validation goes back to the model (a
`tool_result` with `is_error`, or a user turn with the errors) at most `MAX_REPAIRS`
times, then extraction fails with `ClaudeExtractionError`. Pages with no text layer go to
Claude as the PDF itself (a base64 `document` block) and come back transcribed, so the
grounding check has text to test quotes against.
"""

from __future__ import annotations

import base64
import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from accrue.adapters.llm import call_api, load_prompt, make_client, price_for, render_prompt, usage_of
from accrue.core.document import Document
from accrue.core.errors import AccrueError, InputError
from accrue.core.terms import ExtractionResult, Usage
from accrue.extraction.claude_schema import ScanTermsOutput, TermsOutput, error_lines, validate_answer
from accrue.settings import DEFAULT_MODEL, FORCED_TOOL_MODELS, Settings

MAX_REPAIRS = 2
MAX_TOKENS = 16_000
PDF_PAGE_LIMIT = 100  # pages Claude reads from one PDF document block
TOOL_NAME = "record_contract_terms"
Mode = Literal["structured", "tool"]
_CACHE = {"type": "ephemeral"}
log = logging.getLogger("accrue.llm")


class ClaudeExtractionError(AccrueError):
    """Claude did not return usable terms: a refusal, no answer, or answers that kept failing validation."""

    def __init__(self, source: str, problem: str, fix: str, errors: list[str] | None = None):
        self.errors = errors or []
        detail = f" [{'; '.join(self.errors)}]" if self.errors else ""
        super().__init__(f"{source}: {problem}{detail}; {fix}")


def mode_for(model: str) -> Mode:
    """Forced tool for the older models that accept one; structured output for the rest."""
    return "tool" if model in FORCED_TOOL_MODELS else "structured"


class ClaudeExtractor:
    """Extractor over the Anthropic Messages API. Build it with `from_settings`."""

    name = "claude"

    def __init__(self, client: Any, model: str = DEFAULT_MODEL, mode: Mode | None = None):
        self.client = client
        self.model = model
        self.mode: Mode = mode or mode_for(model)

    @classmethod
    def from_settings(cls, settings: Settings, http_client: Any | None = None) -> ClaudeExtractor:
        """The configured model and key; `http_client` (an httpx2.Client) is the seam tests and replays use."""
        return cls(make_client(settings, http_client=http_client), model=settings.model)

    def extract(self, doc: Document) -> ExtractionResult:
        return self.extract_read(doc)[0]

    def extract_read(self, doc: Document) -> tuple[ExtractionResult, Document]:
        """Terms plus the document as Claude read it: pages with no text layer filled with its transcript."""
        scanned = [n for n in doc.textless_pages if 1 <= n <= len(doc.pages)]
        output_model = ScanTermsOutput if scanned else TermsOutput
        request = build_request(doc, self.model, self.mode, scanned)
        messages: list[dict[str, Any]] = request["messages"]
        usage = Usage()
        warnings: list[str] = []
        if price_for(self.model) is None:
            warnings.append(f"usage:no price for model {self.model} in accrue/settings.py PRICES; cost_usd shows 0")
        errors: list[str] = []
        for round_no in range(MAX_REPAIRS + 1):
            message = call_api(lambda: self.client.messages.create(**request), what="Anthropic Messages API")
            call_usage = usage_of(self.model, message.usage)
            usage = usage + call_usage
            log.info("claude extraction call %d for %s: %s stop=%s in=%d out=%d cache_read=%d cache_write=%d "
                     "cost_usd=%s", round_no + 1, doc.source, self.model, message.stop_reason,
                     call_usage.input_tokens, call_usage.output_tokens, call_usage.cache_read_input_tokens,
                     call_usage.cache_creation_input_tokens, call_usage.cost_usd)
            payload, tool_id = self._payload(message, doc)
            try:
                terms, citations, output = validate_answer(output_model, payload)
            except ValidationError as exc:
                errors = error_lines(exc)
                messages.append({"role": "assistant", "content": _assistant_content(message)})
                messages.append(_repair_turn(errors, tool_id))
                continue
            if round_no:
                warnings.append(f"claude:repaired: the answer passed validation after {round_no} repair round(s)")
            read_doc = _with_transcripts(doc, output, scanned, warnings)
            result = ExtractionResult(terms=terms, citations=citations, warnings=warnings, extractor=self.name,
                                      usage=usage)
            return result, read_doc
        raise ClaudeExtractionError(
            doc.source, f"Claude's answers failed schema validation {MAX_REPAIRS + 1} times",
            "run again, use a stronger model (ACCRUE_MODEL), or --extractor rules", errors)

    def _payload(self, message: Any, doc: Document) -> tuple[str | dict[str, Any], str | None]:
        """The answer to validate (JSON text or tool input) and the tool_use id; raises on no answer."""
        stop = message.stop_reason
        if stop == "refusal":
            details = getattr(message, "stop_details", None)
            why = getattr(details, "explanation", None) or getattr(details, "category", None) or "no reason given"
            raise ClaudeExtractionError(doc.source, f"Claude declined to read this document (refusal: {why})",
                                        "check that the file is the order form, or use --extractor rules")
        if stop == "model_context_window_exceeded":
            raise ClaudeExtractionError(doc.source, f"the document does not fit {self.model}'s context window",
                                        "pass only the order form pages, or use --extractor rules")
        if stop == "max_tokens":
            raise ClaudeExtractionError(doc.source, f"Claude's answer was cut off at {MAX_TOKENS} output tokens",
                                        "pass only the order form pages, or use --extractor rules")
        if self.mode == "tool":
            for block in message.content:
                if block.type == "tool_use" and block.name == TOOL_NAME:
                    return dict(block.input), block.id
            said = _text_of(message)[:160] or "nothing"
            raise ClaudeExtractionError(doc.source, f"Claude stopped ({stop}) without calling {TOOL_NAME}; "
                                                    f"it said: {said!r}",
                                        "run again, or use --extractor rules")
        text = _text_of(message)
        if not text.strip():
            raise ClaudeExtractionError(doc.source, f"Claude stopped ({stop}) without an answer",
                                        "run again, or use --extractor rules")
        return text, None


def build_request(doc: Document, model: str, mode: Mode, scanned: list[int] | None = None) -> dict[str, Any]:
    """The `messages.create` arguments: cached stable prefix first, then the document, then the ask."""
    scanned = scanned or []
    output_model: type[BaseModel] = ScanTermsOutput if scanned else TermsOutput
    system = [{"type": "text", "text": load_prompt("extract_system")},
              {"type": "text", "text": load_prompt("extract_guidance")},
              {"type": "text", "text": load_prompt("extract_example"), "cache_control": _CACHE}]
    content: list[dict[str, Any]] = []
    if scanned:
        content.append(_pdf_block(doc, scanned))
    content.append({"type": "text", "text": document_text(doc, scanned), "cache_control": _CACHE})
    note = render_prompt("extract_scan", pages=", ".join(map(str, scanned))).rstrip() if scanned else ""
    content.append({"type": "text", "text": render_prompt("extract_request", scan_note=note).strip()})
    request: dict[str, Any] = {"model": model, "max_tokens": MAX_TOKENS, "system": system,
                               "messages": [{"role": "user", "content": content}]}
    schema = _schema(output_model)
    if mode == "tool":
        request["tools"] = [{"name": TOOL_NAME, "strict": True, "input_schema": schema,
                             "description": "Record the order form's terms, each value with its page and quote."}]
        request["tool_choice"] = {"type": "tool", "name": TOOL_NAME}
    else:
        request["output_config"] = {"format": {"type": "json_schema", "schema": schema}}
    return request


_WRAPPER_TAG = re.compile(r"<(?=\s*/?\s*(?:document|page)\b)", re.IGNORECASE)


def document_text(doc: Document, scanned: list[int]) -> str:
    """The contract as data: each page in a numbered `<page>`; wrapper tags in the text (any case) defused."""
    name = re.sub(r'["<>\r\n]+', " ", Path(doc.source).name).strip()
    parts = [f'<document source="{name}" pages="{len(doc.pages)}">']
    for number, text in enumerate(doc.pages, start=1):
        if number in scanned:
            parts.append(f'<page number="{number}" text_layer="none">(read this page from the attached PDF)</page>')
            continue
        # "</DOCUMENT>" or '<page number="9">' in a contract must not close or open a wrapper
        safe = _WRAPPER_TAG.sub("&lt;", text)
        parts.append(f'<page number="{number}">\n{safe}\n</page>')
    parts.append("</document>")
    return "\n".join(parts)


def _schema(output_model: type[BaseModel]) -> dict[str, Any]:
    import anthropic  # here, not at the top: the SDK takes over a second to import and most runs never call it

    return anthropic.transform_schema(output_model)


def _pdf_block(doc: Document, scanned: list[int]) -> dict[str, Any]:
    pages = ", ".join(map(str, scanned))
    if not doc.raw or doc.media_type != "application/pdf":
        raise InputError(doc.source, f"pages {pages} have no text layer and the PDF itself is not available",
                         "run `accrue extract` on the PDF file, or OCR it")
    if len(doc.pages) > PDF_PAGE_LIMIT:
        raise InputError(doc.source, f"pages {pages} have no text layer and the PDF has {len(doc.pages)} pages, "
                                     f"over the {PDF_PAGE_LIMIT} pages Claude reads from one PDF",
                         "OCR the scanned pages, or pass only the order form")
    return {"type": "document", "title": Path(doc.source).name, "cache_control": _CACHE,
            "source": {"type": "base64", "media_type": "application/pdf",
                       "data": base64.standard_b64encode(doc.raw).decode("ascii")}}


def _text_of(message: Any) -> str:
    return "".join(block.text for block in message.content if block.type == "text")


def _assistant_content(message: Any) -> list[dict[str, Any]]:
    """The reply as request params (text and tool_use blocks only), for the repair turn."""
    blocks: list[dict[str, Any]] = []
    for block in message.content:
        if block.type == "text":
            blocks.append({"type": "text", "text": block.text})
        elif block.type == "tool_use":
            blocks.append({"type": "tool_use", "id": block.id, "name": block.name, "input": block.input})
    return blocks


def _repair_turn(errors: list[str], tool_id: str | None) -> dict[str, Any]:
    text = render_prompt("extract_repair", errors="\n".join(f"- {e}" for e in errors)).strip()
    if tool_id is not None:
        return {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_id, "is_error": True,
                                             "content": text}]}
    return {"role": "user", "content": [{"type": "text", "text": text}]}


def _with_transcripts(doc: Document, output: BaseModel, scanned: list[int], warnings: list[str]) -> Document:
    """The document with each scanned page's text taken from Claude's transcript."""
    if not scanned:
        return doc
    transcripts = {t.page: t.text for t in getattr(output, "page_transcripts", [])}
    pages = list(doc.pages)
    for number in scanned:
        text = transcripts.get(number, "")
        pages[number - 1] = text
        if text.strip():
            warnings.append(f"transcribed:page {number}: no text layer; Claude read the image, and quotes on this "
                            "page are checked against its transcript, not against a text layer")
        else:
            warnings.append(f"textless:page {number}: no text layer and Claude gave no transcript; nothing on it "
                            "could be checked")
    return replace(doc, pages=pages)

