"""Turning a verified webhook body into the files a run reads, and saving them in the data folder.

Each webhook kind accepts JSON (documents as base64) or a multipart upload; both come
down to an `Intake`: named files plus a few plain values (the deal id). Parsing is pure
and checks what can be checked cheaply (the deal's fields, base64, CSV headers, dates),
so a malformed delivery is refused with 422 and nothing stored. The files go to
`<ACCRUE_HOME>/events/<event id>/`, written to a temporary folder and renamed into place,
before the event row is stored and acknowledged.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from accrue.adapters.event_files import parse_json
from accrue.adapters.uploads import decoded_document, document_bytes, safe_name
from accrue.adapters.webhook_events import WebhookKind
from accrue.core.deal import parse_deal
from accrue.core.errors import InputError
from accrue.workflow.service import run_id_for

USAGE_COLUMNS = ["event_id", "customer_id", "metric", "quantity", "timestamp"]
PAYMENT_COLUMNS = ["payment_id", "date", "amount", "currency", "payer", "reference"]  # plus an optional "fee"


@dataclass
class Intake:
    """What one event brings: files by name (saved under the event's folder) and plain values."""

    kind: WebhookKind
    files: dict[str, bytes] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # run input role -> file name
    values: dict[str, str] = field(default_factory=dict)  # e.g. deal_id

    def inputs(self, folder: Path) -> dict[str, str]:
        """The event's stored inputs: each role's absolute path, plus the plain values."""
        out = {role: str(folder / name) for role, name in self.roles.items()}
        out.update(self.values)
        return out


@dataclass
class Part:
    """One multipart form part: text fields have no filename."""

    data: bytes
    filename: str | None = None


def deal_file_name(deal_id: str) -> str:
    """Where a deal id's JSON is kept under `<ACCRUE_HOME>/deals/`."""
    safe = safe_name(deal_id, "deal")
    if safe != deal_id:
        safe = f"{safe}-{hashlib.sha256(deal_id.encode()).hexdigest()[:8]}"
    return f"{safe}.json"


def parse_json_body(body: bytes, source: str) -> dict[str, Any]:
    """A webhook's JSON body, read like any JSON input (`accrue.adapters.event_files.parse_json`: decimals,
    nesting and number limits)."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"body is not valid JSON ({exc})", "send a JSON object") from exc
    data = parse_json(text, source, "webhook body", "send a JSON object")
    if not isinstance(data, dict):
        raise InputError(source, "body must be a JSON object", "send a JSON object")
    return data


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, indent=2, default=str) + "\n").encode("utf-8")


def _deal(obj: Any, source: str) -> tuple[str, bytes]:
    deal = parse_deal(obj, f"{source}: deal")
    return deal.deal_id, _json_bytes(obj)


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def parse_contract(kind: WebhookKind, body: bytes, parts: dict[str, Part] | None, source: str) -> Intake:
    """contract-signed (document + deal or deal_id) and deal-closed (deal, optional document)."""
    intake = Intake(kind=kind)
    document: tuple[str, bytes] | None = None
    deal_obj: Any = None
    deal_id: str | None = None
    if parts is None:
        data = parse_json_body(body, source)
        if data.get("document") is not None:
            document = decoded_document(data["document"], source)
        deal_obj = data.get("deal")
        deal_id = data.get("deal_id")
    else:
        if "document" in parts:
            p = parts["document"]
            document = document_bytes(p.filename or "order-form.pdf", p.data, source)
        if "deal" in parts:
            deal_obj = parse_json_body(parts["deal"].data, f"{source}: deal")
        if "deal_id" in parts:
            deal_id = _text(parts["deal_id"].data).strip()
    if kind == "contract-signed" and document is None:
        raise InputError(source, "no document", "send the signed order form as 'document'")
    if kind == "deal-closed" and deal_obj is None:
        raise InputError(source, "no deal", "send the closed-won deal object as 'deal'")
    if document is not None:
        name, content = document
        intake.files[name] = content
        intake.roles["contract"] = name
    if deal_obj is not None:
        found_id, deal_bytes = _deal(deal_obj, source)
        intake.files["deal.json"] = deal_bytes
        intake.roles["deal"] = "deal.json"
        intake.values["deal_id"] = found_id
    elif deal_id:
        if not isinstance(deal_id, str):
            raise InputError(source, "field 'deal_id' must be a string", "send the CRM deal id as text")
        intake.values["deal_id"] = deal_id
    return intake


def parse_usage(body: bytes, parts: dict[str, Part] | None, source: str) -> Intake:
    """usage: the usage CSV, the billing period it covers, and the contract that prices it (the document
    itself, or `contract_run_id`: the run that read it when it was signed)."""
    document: tuple[str, bytes] | None = None
    if parts is None:
        data = parse_json_body(body, source)
        csv_text, start, end = data.get("csv"), data.get("period_start"), data.get("period_end")
        contract_run_id = data.get("contract_run_id")
        if data.get("document") is not None:
            document = decoded_document(data["document"], source)
    else:
        csv_text = _text(parts["usage"].data) if "usage" in parts else None
        start = _text(parts["period_start"].data) if "period_start" in parts else None
        end = _text(parts["period_end"].data) if "period_end" in parts else None
        contract_run_id = _text(parts["contract_run_id"].data).strip() if "contract_run_id" in parts else None
        if "document" in parts:
            document = document_bytes(parts["document"].filename or "contract.pdf", parts["document"].data, source)
    if document is None and not (isinstance(contract_run_id, str) and contract_run_id):
        raise InputError(source, "no contract", "send the contract as 'document', or 'contract_run_id': the run "
                         "that processed it when it was signed")
    if not isinstance(csv_text, str) or not csv_text.strip():
        raise InputError(source, "no usage CSV", "send it as 'csv' in JSON or as the multipart file 'usage'")
    _check_csv(csv_text, USAGE_COLUMNS, source)
    period = {"period_start": _iso_date(start, "period_start", source), "period_end": _iso_date(end, "period_end",
                                                                                                 source)}
    if period["period_end"] < period["period_start"]:
        raise InputError(source, "period_end is before period_start", "send the billing period in order")
    intake = Intake(kind="usage", files={"usage.csv": csv_text.encode("utf-8"), "request.json": _json_bytes(period)},
                    roles={"usage": "usage.csv", "request": "request.json"})
    if document is not None:
        intake.files[document[0]] = document[1]
        intake.roles["contract"] = document[0]
    else:
        intake.values["contract_run_id"] = str(contract_run_id)
    return intake


def parse_payment(body: bytes, parts: dict[str, Part] | None, source: str) -> Intake:
    """payment: bank-feed rows, as a `payments` JSON list or a payments CSV."""
    if parts is None:
        data = parse_json_body(body, source)
        if isinstance(data.get("csv"), str):
            csv_text = data["csv"]
        elif isinstance(data.get("payments"), list) and data["payments"]:
            csv_text = _payments_csv(data["payments"], source)
        else:
            raise InputError(source, "no payments", "send 'payments' as a list of rows or 'csv' as CSV text")
    else:
        if "payments" not in parts:
            raise InputError(source, "no payments file", "upload the payments CSV as multipart 'payments'")
        csv_text = _text(parts["payments"].data)
    _check_csv(csv_text, PAYMENT_COLUMNS, source)
    return Intake(kind="payment", files={"payments.csv": csv_text.encode("utf-8")}, roles={"payments":
                                                                                           "payments.csv"})


def _payments_csv(rows: list[Any], source: str) -> str:
    out = io.StringIO()
    columns = PAYMENT_COLUMNS + (["fee"] if any(isinstance(r, dict) and r.get("fee") is not None for r in rows) else [])
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise InputError(source, f"payments[{i}] is not an object", "send one object per payment")
        missing = [c for c in PAYMENT_COLUMNS[:4] if row.get(c) in (None, "")]
        if missing:
            raise InputError(source, f"payments[{i}] has no {', '.join(missing)}",
                             f"add {', '.join(missing)} to each payment")
        writer.writerow({c: "" if row.get(c) is None else str(row[c]) for c in columns})
    return out.getvalue()


def _check_csv(text: str, columns: list[str], source: str) -> None:
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))), [])
    missing = [c for c in columns if c not in [h.strip() for h in header]]
    if missing:
        raise InputError(source, f"CSV header lacks column(s) {', '.join(missing)}",
                         f"the header must be: {','.join(columns)}")


def _iso_date(value: Any, name: str, source: str) -> str:
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise InputError(source, f"field '{name}' must be an ISO date (YYYY-MM-DD), got {value!r}",
                         f"send {name}") from exc


def save_files(events_dir: Path, event_id: str, files: dict[str, bytes]) -> Path:
    """Write the event's files durably and atomically to `events_dir/<safe id>/`; an existing folder is
    replaced only when no stored event refers to it (the caller checks), e.g. after a crash before the row
    was stored."""
    folder = events_dir / event_folder_name(event_id)
    tmp = events_dir / f".tmp-{uuid.uuid4().hex}"
    tmp.mkdir(parents=True)
    for name, data in files.items():
        with open(tmp / name, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())  # on disk before the event row that points at it is committed
    if folder.exists():
        shutil.rmtree(folder)
    tmp.rename(folder)
    _fsync_dir(events_dir)
    return folder


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def event_folder_name(event_id: str) -> str:
    safe = safe_name(event_id, "event")
    digest = hashlib.sha256(event_id.encode()).hexdigest()[:12]
    return f"{safe[:80]}-{digest}"


def predicted_run_id(intake: Intake, deals_dir: Path) -> str | None:
    """The run id the RunService will give a new-contract event (uuid5 of the document and deal bytes), when known."""
    if "contract" not in intake.roles:
        return None
    doc = intake.files[intake.roles["contract"]]
    if "deal" in intake.roles:
        deal_bytes = intake.files[intake.roles["deal"]]
    elif intake.values.get("deal_id"):
        stored = deals_dir / deal_file_name(intake.values["deal_id"])
        if not stored.is_file():
            return None
        deal_bytes = stored.read_bytes()
    else:
        deal_bytes = b""
    return run_id_for("new_contract", hashlib.sha256(doc).hexdigest().encode(), deal_bytes)
