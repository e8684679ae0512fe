"""Corrected runs as evaluation cases: a team's own corrections become its regression suite.

`accrue corrections export DIR` writes one case folder per contract run a person corrected: the contract and the
CRM deal as the run read them, and `case.json` expecting the terms as corrected (what the extractor should have
read). `accrue eval --cases DIR` then measures any extractor against them. Folders already there are kept, so a
second export adds only the runs corrected since.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from accrue.core.errors import InputError
from accrue.core.terms import ExtractionResult
from accrue.workflow.service import RunService
from accrue.workflow.state import RunState


def export_corrected(rt: RunService, out: Path) -> list[Path]:
    """Write a case folder for each corrected contract run not yet in `out`; the folders written."""
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "is a file", "name a folder to write the cases into")
    written: list[Path] = []
    for view in rt.runs():
        state = rt.state(view.run_id)
        if state is None or not state.corrections or state.extraction is None or not state.inputs.contract:
            continue
        folder = out / f"corrected-{view.run_id[:8]}"
        if folder.exists():
            continue
        extraction = state.contract_terms(rt.session)
        assert extraction is not None
        written.append(_write_case(state, folder, extraction))
    return written


def _write_case(state: RunState, folder: Path, extraction: ExtractionResult) -> Path:
    assert state.inputs.contract is not None
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    contract = Path(state.inputs.contract)
    inputs = {"contract": "contract" + contract.suffix}
    shutil.copyfile(contract, staging / inputs["contract"])
    if state.inputs.deal:
        inputs["deal"] = "deal.json"
        shutil.copyfile(state.inputs.deal, staging / "deal.json")
    who = sorted({c.by for c in state.corrections})
    paths = list(dict.fromkeys(c.path for c in state.corrections))
    case = {"id": f"corrected-{state.run_id[:8]}", "kind": state.kind,
            "description": f"Run {state.run_id} of {contract.name}, corrected by {', '.join(who)}: "
                           f"{', '.join(paths)}. Expects the terms as corrected.",
            "tags": ["corrected"], "inputs": inputs,
            "expected": {"terms": extraction.terms.model_dump(mode="json")}}
    (staging / "case.json").write_text(json.dumps(case, indent=1) + "\n", encoding="utf-8")
    staging.rename(folder)  # whole or not at all
    return folder
