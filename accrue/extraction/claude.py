"""The Claude extractor: the order form to Claude, cited terms back, through the Anthropic SDK.

The request is built so the prompt cache works across runs: tools (forced-tool models),
then the system prompt, guidance and a worked example from `prompts/` with `cache_control`
on the last block, then the document in a user turn (its own cache breakpoint, so repair
rounds reuse it), then the instruction. The contract text is wrapped in `<document>` and the prompt
says instructions inside it are data; the extractor can only return terms, so nothing a
contract says can reach the policy except as a value the grounding check then tests.

The terms schema is too large for one strict schema (the API limits parameters with union
types), so it is asked for in parts (`claude_schema.SCHEMA_PARTS`), at most `MAX_CONCURRENT_PARTS`
requests at a time, then merged and validated as one answer. Newer models answer each part
through structured output (`output_config`), models in `accrue.settings.FORCED_TOOL_MODELS`
through one forced, strict tool. If the API still refuses a part's schema (a 400 that names
the schema or its grammar), that part falls back to JSON in plain text, validated here, with
one repair round. An answer that fails validation goes back to the model (a `tool_result` with
`is_error`, or a user turn with the errors) at most `MAX_REPAIRS` times, then extraction fails
with `ClaudeExtractionError`. Pages with no text layer go to Claude as the PDF itself (a base64
`document` block) and come back transcribed, so the grounding check has text to test quotes against.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from accrue.adapters.llm import (
    ModelCallError,
    call_api,
    load_prompt,
    make_client,
    price_for,
    render_prompt,
    usage_of,
)
from accrue.core.document import Document
from accrue.core.errors import AccrueError, InputError
from accrue.core.terms import Citation, ContractTerms, ExtractionResult, Usage
from accrue.extraction.claude_schema import (
    SCHEMA_PARTS,
    TRANSCRIPT_PART,
    ScanTermsOutput,
    TermsOutput,
    error_lines,
    part_model,
    part_of,
    validate_answer,
)
from accrue.settings import DEFAULT_MODEL, FORCED_TOOL_MODELS, Settings

MAX_REPAIRS = 2
MAX_LENIENT_REPAIRS = 1
MAX_CONCURRENT_PARTS = 4
MAX_TOKENS = 16_000
PDF_PAGE_LIMIT = 100  # pages Claude reads from one PDF document block
TOOL_NAME = "record_contract_terms"
Mode = Literal["structured", "tool", "lenient"]
_SCHEMA_REFUSED = re.compile(r"schema|grammar", re.IGNORECASE)
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
        asks = {part: _PartAsk(part, self.mode, build_request(doc, self.model, self.mode, scanned, part))
                for part in SCHEMA_PARTS}
        warnings: list[str] = []
        if price_for(self.model) is None:
            warnings.append(f"usage:no price for model {self.model} in accrue/settings.py PRICES; cost_usd shows 0")
        with ThreadPoolExecutor(max_workers=MAX_CONCURRENT_PARTS, thread_name_prefix="claude-part") as pool:
            terms, citations, output = self._converge(pool, asks, doc, scanned, warnings)
        rounds = max(ask.round for ask in asks.values())
        if rounds:
            warnings.append(f"claude:repaired: the answer passed validation after {rounds} repair round(s)")
        usage = sum((ask.usage for ask in asks.values()), Usage())
        log.info("claude extraction of %s: %s parts=%d calls=%d in=%d out=%d cache_read=%d cache_write=%d "
                 "cost_usd=%s", doc.source, self.model, len(asks), usage.calls, usage.input_tokens,
                 usage.output_tokens, usage.cache_read_input_tokens, usage.cache_creation_input_tokens,
                 usage.cost_usd)
        read_doc = _with_transcripts(doc, output, scanned, warnings)
        result = ExtractionResult(terms=terms, citations=citations, warnings=warnings, extractor=self.name,
                                  usage=usage)
        return result, read_doc

    def _converge(self, pool: ThreadPoolExecutor, asks: dict[str, _PartAsk], doc: Document, scanned: list[int],
                  warnings: list[str]) -> tuple[ContractTerms, dict[str, Citation], BaseModel]:
        """Ask the parts, then repair the ones whose answers fail, until the merged answer validates."""
        output_model = ScanTermsOutput if scanned else TermsOutput
        pending = list(asks.values())
        while True:
            # every part's call finishes before an error is raised, so a failure never leaves a call running
            futures = [pool.submit(self._answer, ask, doc, scanned) for ask in pending]
            wait(futures)
            for future in futures:
                warnings.extend(future.result().notes)
            failed = [ask for ask in asks.values() if ask.errors]
            errors = [e for ask in failed for e in ask.errors]
            if not failed:
                merged = {name: value for ask in asks.values() for name, value in ask.answer.items()}
                try:
                    return validate_answer(output_model, merged)
                except ValidationError as exc:
                    errors = error_lines(exc)
                    failed = _send_back(asks, exc)
            if not all(ask.can_repair() for ask in failed):
                attempts = max(ask.round for ask in failed) + 1
                raise ClaudeExtractionError(
                    doc.source, f"Claude's answers failed schema validation {attempts} times",
                    "run again, use a stronger model (ACCRUE_MODEL), or --extractor rules", errors)
            pending = failed

    def _answer(self, ask: _PartAsk, doc: Document, scanned: list[int]) -> _PartAsk:
        """One call for one part (its first ask or a repair); a schema the API refuses switches it to lenient."""
        ask.notes = []
        if ask.errors:
            ask.request["messages"].append({"role": "assistant", "content": _assistant_content(ask.message)})
            ask.request["messages"].append(_repair_turn(ask.errors, ask.tool_id))
            ask.round += 1
            ask.errors = []
        try:
            message = call_api(lambda: self.client.messages.create(**ask.request), what="Anthropic Messages API")
        except ModelCallError as exc:
            if ask.mode == "lenient" or exc.status != 400 or not _SCHEMA_REFUSED.search(str(exc)):
                raise
            ask.notes.append(f"claude:lenient:{ask.part}: the API refused the strict schema ({exc}); asked for JSON "
                             "in text instead, validated here")
            ask.mode, ask.round = "lenient", 0
            ask.request = build_request(doc, self.model, "lenient", scanned, ask.part)
            message = call_api(lambda: self.client.messages.create(**ask.request), what="Anthropic Messages API")
        call_usage = usage_of(self.model, message.usage)
        ask.usage = ask.usage + call_usage
        log.info("claude extraction call for %s (%s, round %d): %s stop=%s in=%d out=%d cache_read=%d "
                 "cache_write=%d cost_usd=%s", doc.source, ask.part, ask.round + 1, self.model, message.stop_reason,
                 call_usage.input_tokens, call_usage.output_tokens, call_usage.cache_read_input_tokens,
                 call_usage.cache_creation_input_tokens, call_usage.cost_usd)
        ask.message = message
        payload, ask.tool_id = self._payload(message, doc, ask.mode)
        model = part_model(ask.part, bool(scanned))
        try:
            parsed = (model.model_validate_json(_json_in(payload)) if isinstance(payload, str)
                      else model.model_validate(payload))
        except ValidationError as exc:
            ask.errors = error_lines(exc)
            return ask
        ask.answer = parsed.model_dump(mode="json")
        return ask

    def _payload(self, message: Any, doc: Document, mode: Mode) -> tuple[str | dict[str, Any], str | None]:
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
        if mode == "tool":
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


@dataclass
class _PartAsk:
    """One part's conversation with the model: the request so far, the last reply and what became of it."""

    part: str
    mode: Mode
    request: dict[str, Any]
    round: int = 0
    message: Any = None
    tool_id: str | None = None
    answer: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    notes: list[str] = field(default_factory=list)

    def can_repair(self) -> bool:
        return self.round < (MAX_LENIENT_REPAIRS if self.mode == "lenient" else MAX_REPAIRS)


def _send_back(asks: dict[str, _PartAsk], exc: ValidationError) -> list[_PartAsk]:
    """Give each part the merged answer's errors about its own fields (an error of the whole terms goes to the
    parts whose fields it names, else to all); the parts that now have errors."""
    for err, line in zip(exc.errors(include_url=False), error_lines(exc), strict=False):
        loc = err.get("loc") or ()
        part = part_of(str(loc[0])) if loc else None
        targets = [asks[part]] if part else [ask for ask in asks.values()
                                             if any(name in line for name in SCHEMA_PARTS[ask.part])]
        for ask in targets or list(asks.values()):
            ask.errors.append(line)
    return [ask for ask in asks.values() if ask.errors]


def _json_in(text: str) -> str:
    """The JSON object in a plain-text answer: a code fence or words around it are dropped."""
    start, end = text.find("{"), text.rfind("}")
    return text[start:end + 1] if 0 <= start < end else text


def build_request(doc: Document, model: str, mode: Mode, scanned: list[int] | None = None,
                  part: str | None = None) -> dict[str, Any]:
    """The `messages.create` arguments for one part of the terms (`claude_schema.SCHEMA_PARTS`; None asks for
    all of them at once): cached stable prefix first, then the document, then the ask."""
    scanned = scanned or []
    full: type[BaseModel] = ScanTermsOutput if scanned else TermsOutput
    output_model = part_model(part, bool(scanned)) if part else full
    transcribes = bool(scanned) and part in (None, TRANSCRIPT_PART)
    system = [{"type": "text", "text": load_prompt("extract_system")},
              {"type": "text", "text": load_prompt("extract_guidance")},
              {"type": "text", "text": load_prompt("extract_example"), "cache_control": _CACHE}]
    content: list[dict[str, Any]] = []
    if scanned:
        content.append(_pdf_block(doc, scanned))
    content.append({"type": "text", "text": document_text(doc, scanned), "cache_control": _CACHE})
    note = render_prompt("extract_scan", pages=", ".join(map(str, scanned))).rstrip() if transcribes else ""
    ask = render_prompt("extract_request", scan_note=note).strip()
    if part:
        ask += "\n\n" + render_prompt("extract_part", fields=", ".join(output_model.model_fields)).strip()
    schema = _schema(output_model)
    if mode == "lenient":
        ask += "\n\n" + render_prompt("extract_lenient", schema=json.dumps(schema, indent=1)).strip()
    content.append({"type": "text", "text": ask})
    request: dict[str, Any] = {"model": model, "max_tokens": MAX_TOKENS, "system": system,
                               "messages": [{"role": "user", "content": content}]}
    if mode == "lenient":
        return request
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

