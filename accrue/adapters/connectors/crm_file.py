"""The file CRM: billing status goes to a JSON-lines log beside the books (deals are read from JSON exports by
`accrue.adapters.event_files.load_deal`)."""

from __future__ import annotations

import json
from pathlib import Path

from accrue.adapters.connectors.base import ConnectorError, ExecutionResult
from accrue.core.actions import Action, UpdateCrm


class FileCrm:
    name = "crm_file"
    handles = frozenset({"update_crm"})

    def __init__(self, updates_path: Path):
        self.path = updates_path

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        if not isinstance(action, UpdateCrm):
            raise ConnectorError(f"file CRM cannot carry out {action.type}")
        for row in self.updates():
            if row.get("idempotency_key") == key:
                return ExecutionResult(target=self.name, external_id=action.deal_id, detail={"existing": True})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        torn = self.path.exists() and self.path.stat().st_size and not self.path.read_bytes().endswith(b"\n")
        with self.path.open("a", encoding="utf-8") as fh:
            if torn:
                fh.write("\n")  # end the torn line so this update stands on its own
            fh.write(json.dumps({"deal_id": action.deal_id, "fields": action.fields, "run_id": run_id,
                                 "idempotency_key": key}) + "\n")
        return ExecutionResult(target=self.name, external_id=action.deal_id)

    def updates(self) -> list[dict]:
        if not self.path.exists():
            return []
        rows = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line torn by a crash mid-write: its update was never confirmed, so it is retried
        return rows

    def deal_status(self, deal_id: str) -> dict[str, str]:
        status: dict[str, str] = {}
        for row in self.updates():
            if row["deal_id"] == deal_id:
                status.update(row["fields"])
        return status
