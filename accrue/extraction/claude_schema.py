"""The model-facing form of the terms schema: every value travels with its page and quote.

Claude answers in `TermsOutput` (or `ScanTermsOutput`, which adds transcripts of pages
that have no text layer). Both are generated from `accrue.core.terms.ContractTerms` at import
time, so a field added to the terms schema reaches the model without a second copy to
keep in step: each scalar becomes `{value, page, quote}` or null, nested models and lists
keep their shape. `split_output` turns an answer back into terms JSON plus the citations
map that `accrue.core.grounding` checks. Pure: no I/O, no Anthropic imports.
"""

from __future__ import annotations

import types
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from accrue.core.terms import Citation, ContractTerms

DECIMAL_PATTERN = r"^-?\d+(\.\d+)?$"
DecimalText = Annotated[str, Field(pattern=DECIMAL_PATTERN)]

_VALUE_HELP = {
    str: "the value as written",
    int: "a whole number",
    bool: "true or false",
    Decimal: "a decimal number as a string: digits and an optional '.', no currency symbol or thousands "
             "separators, e.g. '14400.00'",
    date: "an ISO 8601 date, YYYY-MM-DD",
}
_QUOTE_HELP = ("the exact words on that page that state the value, copied character for character "
               "(a phrase or one line, not a paragraph)")


class Cited(BaseModel):
    """Base of every `{value, page, quote}` leaf."""

    model_config = ConfigDict(extra="forbid")

    page: int = Field(ge=1, description="1-based page number where the quote appears")
    quote: str = Field(min_length=1, description=_QUOTE_HELP)


_cited_cache: dict[Any, type[Cited]] = {}
_model_cache: dict[type[BaseModel], type[BaseModel]] = {}


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def _cited(value_type: Any, field_name: str) -> type[Cited]:
    """`Cited<Kind>` with a typed `value`; one class per value type, shared across fields."""
    if value_type in _cited_cache:
        return _cited_cache[value_type]
    if get_origin(value_type) is Literal:
        name = f"Cited{_camel(field_name)}"
        ann: Any = value_type
        help_text = "one of: " + ", ".join(str(v) for v in get_args(value_type))
    elif value_type in _VALUE_HELP:
        name = {str: "CitedText", int: "CitedInteger", bool: "CitedBoolean", Decimal: "CitedDecimal",
                date: "CitedDate"}[value_type]
        ann = DecimalText if value_type is Decimal else value_type
        help_text = _VALUE_HELP[value_type]
    else:
        raise TypeError(f"terms field {field_name!r} has type {value_type!r}, which the Claude schema cannot carry; "
                        "extend accrue/extraction/claude_schema.py")
    model = create_model(name, __base__=Cited, value=(ann, Field(description=help_text)))
    _cited_cache[value_type] = model
    return model


def _unwrap_optional(ann: Any) -> tuple[Any, bool]:
    if get_origin(ann) in (Union, types.UnionType):
        args = [a for a in get_args(ann) if a is not type(None)]
        if len(args) == 1 and len(args) < len(get_args(ann)):
            return args[0], True
    return ann, False


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def llm_model(target: type[BaseModel]) -> type[BaseModel]:
    """The model-facing twin of `target`: every field required (nullable where the target allows null)."""
    if target in _model_cache:
        return _model_cache[target]
    fields: dict[str, Any] = {}
    for name, info in target.model_fields.items():
        inner, nullable = _unwrap_optional(info.annotation)
        description = info.description
        if get_origin(inner) is list:
            (item,) = get_args(inner)
            # types.GenericAlias(list, X) is list[X], spelled so a checker accepts a type built at runtime
            ann: Any = types.GenericAlias(list, llm_model(item) if _is_model(item) else _cited(item, name))
        elif _is_model(inner):
            ann = llm_model(inner)
            ann = ann | None if (nullable or not info.is_required()) else ann
        else:
            ann = _cited(inner, name)
            # Absent from the document is always expressible, except for a list item's defining values.
            ann = ann | None if (nullable or not info.is_required()) else ann
        fields[name] = (ann, Field(description=description))
    model = create_model(f"{target.__name__}Output", __config__=ConfigDict(extra="forbid"),
                         __doc__=target.__doc__, **fields)
    _model_cache[target] = model
    return model


class PageTranscript(BaseModel):
    """The text of one page that has no text layer, as read from the PDF image."""

    model_config = ConfigDict(extra="forbid")

    page: int = Field(ge=1, description="1-based page number")
    text: str = Field(description="Every word on the page in reading order, line by line, exactly as printed")


TermsOutput: type[BaseModel] = llm_model(ContractTerms)
ScanTermsOutput: type[BaseModel] = create_model(
    "ScanContractTermsOutput", __base__=TermsOutput,
    page_transcripts=(list[PageTranscript], Field(
        description="A transcript of each page listed as having no text layer; quotes on those pages "
                    "must be copied from your transcript")),
)


# The terms schema in parts that each fit the strict-schema limits (at most 16 parameters with union
# types per request; every nullable field is one): each part is its own request. A field added to
# ContractTerms must be placed in a part; `tests/test_extraction_claude.py` checks they cover it once.
SCHEMA_PARTS: dict[str, tuple[str, ...]] = {
    "parties_and_dates": ("customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email",
                          "currency", "effective_date", "service_start_date", "service_end_date", "term_months"),
    "fees_and_schedule": ("payment_terms_days", "billing_frequency", "billing_timing", "billing_anchor",
                          "po_required", "po_number", "line_items", "total_contract_value"),
    "usage_and_commitments": ("usage_rules", "minimum_commitment"),
    "renewal_and_other_terms": ("auto_renew", "renewal_term_months", "non_renewal_notice_days",
                                "price_escalator_percent", "late_fee_percent_per_month", "non_standard_terms"),
}
TRANSCRIPT_PART = "parties_and_dates"  # the part that also carries transcripts of scanned pages
_part_cache: dict[tuple[str, bool], type[BaseModel]] = {}


def part_model(part: str, scanned: bool = False) -> type[BaseModel]:
    """The output model of one part: its fields of `TermsOutput` (plus `page_transcripts` for scans)."""
    key = (part, scanned)
    if key not in _part_cache:
        source = ScanTermsOutput if scanned else TermsOutput
        names = SCHEMA_PARTS[part] + (("page_transcripts",) if scanned and part == TRANSCRIPT_PART else ())
        fields: dict[str, Any] = {name: (source.model_fields[name].annotation, source.model_fields[name])
                                  for name in names}
        _part_cache[key] = create_model(f"{_camel(part)}Output", __config__=ConfigDict(extra="forbid"),
                                        __doc__=f"The order form's {part.replace('_', ' ')}.", **fields)
    return _part_cache[key]


def part_of(field_name: str) -> str | None:
    """The part that asks for a top-level terms field (or `page_transcripts`)."""
    if field_name == "page_transcripts":
        return TRANSCRIPT_PART
    return next((part for part, names in SCHEMA_PARTS.items() if field_name in names), None)


def split_output(output: BaseModel) -> tuple[dict[str, Any], dict[str, Citation]]:
    """Terms JSON (as `ContractTerms.model_validate` takes it) and citations by field path."""
    citations: dict[str, Citation] = {}
    return _split(output, ContractTerms, "", citations), citations


def _split(obj: BaseModel, target: type[BaseModel], prefix: str, citations: dict[str, Citation]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, info in target.model_fields.items():
        value = getattr(obj, name)
        path = f"{prefix}{name}"
        inner, _ = _unwrap_optional(info.annotation)
        if value is None:
            if info.is_required():
                data[name] = None
            continue
        if isinstance(value, list):
            (item_type,) = get_args(inner)
            items: list[Any] = []
            for i, item in enumerate(value):
                if isinstance(item, Cited):
                    items.append(item.value)  # type: ignore[attr-defined]
                    citations[f"{path}[{i}]"] = Citation(page=item.page, quote=item.quote, method="model")
                else:
                    items.append(_split(item, item_type, f"{path}[{i}].", citations))
            data[name] = items
        elif isinstance(value, Cited):
            data[name] = value.value  # type: ignore[attr-defined]
            citations[path] = Citation(page=value.page, quote=value.quote, method="model")
        else:
            data[name] = _split(value, inner, f"{path}.", citations)
    return data


def validate_answer(output_model: type[BaseModel], payload: str | dict[str, Any]
                    ) -> tuple[ContractTerms, dict[str, Citation], BaseModel]:
    """Parse one answer (JSON text or tool input) into terms and citations; raises ValidationError."""
    if isinstance(payload, str):
        output = output_model.model_validate_json(payload)
    else:
        output = output_model.model_validate(payload)
    data, citations = split_output(output)
    return ContractTerms.model_validate(data), citations, output


def error_lines(exc: ValidationError, limit: int = 20) -> list[str]:
    """Validation errors as `path: message (got ...)` lines, the way the model reads them back."""
    lines = []
    for err in exc.errors(include_url=False)[:limit]:
        loc = ".".join(str(p) for p in err.get("loc", ())) or "(root)"
        got = err.get("input")
        shown = repr(got)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        lines.append(f"{loc}: {err.get('msg')}" + ("" if isinstance(got, dict) else f" (got {shown})"))
    more = exc.error_count() - limit
    if more > 0:
        lines.append(f"... and {more} more")
    return lines
