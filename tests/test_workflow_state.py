"""The typed run state through JSON and through the checkpointers: what nodes store is plain JSON that validates
back into the same models, decimals exact, so LangGraph's serializer meets no class of ours (no warning, and it
works with `LANGGRAPH_STRICT_MSGPACK=true`, where an unregistered class would come back as a bare dict)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from accrue.core.actions import CreateInvoice, InvoiceLine
from accrue.core.billing.cash import CashApplication, OpenInvoice, Payment
from accrue.settings import load_settings
from accrue.workflow.approval import Decision
from accrue.workflow.checkpoint import open_checkpointer
from accrue.workflow.graph import build_graph
from accrue.workflow.service import RunService
from accrue.workflow.state import PaymentEvent, PaymentPlanInputs, RunInputs, RunState, RunUpdate, stored
from tests.conftest import EXAMPLES, example
from tests.postgres import fresh_postgres_engine

EXACT = Decimal("12345678901234567890.123456789")


def test_a_node_update_has_exactly_the_state_fields() -> None:
    assert set(RunUpdate.__annotations__) == set(RunState.model_fields)


def test_a_run_stores_plain_json_that_reads_back_as_the_typed_state(home: Path) -> None:
    folder = EXAMPLES / "events" / "payment"
    with RunService() as rt:
        view = rt.start_run("payment", {"payments": folder / "payments.csv", "books": folder / "books.json"})
        values = rt.graph.get_state({"configurable": {"thread_id": view.run_id}}).values
    assert json.loads(json.dumps(values)) == values  # no model, Decimal or date: only JSON in the channels
    state = RunState.model_validate(values)
    assert isinstance(state.event, PaymentEvent) and isinstance(state.plan_inputs, PaymentPlanInputs)
    assert state.plan_inputs.applications[0].allocations[0] == ("INV-0101", Decimal("4000.00"))
    assert RunState.model_validate(json.loads(state.model_dump_json())) == state


def _state() -> RunState:
    payment = Payment("P-1", date(2026, 4, 20), EXACT, "USD", "Acme", "INV-1", Decimal("0.01"), 2)
    invoice = OpenInvoice("inv-1", "INV-1", "cus-acme", "USD", EXACT, date(2026, 4, 1), date(2026, 5, 1))
    action = CreateInvoice(id="a1", invoice_id="inv-1", customer="cus-acme", invoice_date=date(2026, 5, 1),
                           due_date=date(2026, 5, 31), currency="USD", amount=EXACT,
                           lines=[InvoiceLine(description="x", amount=EXACT, quantity=Decimal("0.000000001"))])
    decision = Decision(action_id="a1", decision="modify", by="Dana Controller", role="controller",
                        at=datetime(2026, 5, 1, 9, 30, tzinfo=UTC), payload=action)
    return RunState(run_id="run-exact", kind="payment", inputs=RunInputs(payments="/data/payments.csv"),
                    event=PaymentEvent(payments=[payment]),
                    plan_inputs=PaymentPlanInputs(applications=[CashApplication(payment, "exact", "cus-acme",
                                                                                [("inv-1", EXACT)])],
                                                  open_invoices=[invoice], recorded=[]),
                    actions=[action], decisions=[decision])


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, home: Path) -> str | None:
    if request.param == "sqlite":
        return None
    fresh_postgres_engine("the run state checkpoint tests")
    return os.environ["ACCRUE_TEST_DATABASE_URL"]


def test_decimals_and_models_come_back_exact_through_a_checkpoint(database_url: str | None, home: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    settings = load_settings(database_url=database_url)
    settings.ensure_home()
    cfg = {"configurable": {"thread_id": f"exact-{database_url is None}"}}
    written = open_checkpointer(settings)
    try:
        graph = build_graph().compile(checkpointer=written.saver)
        graph.update_state(cfg, stored(dict(_state())), as_node="confirm")  # type: ignore[arg-type]
    finally:
        written.close()
    read = open_checkpointer(settings)  # a new connection, as a restarted process has
    try:
        values = build_graph().compile(checkpointer=read.saver).get_state(cfg).values
    finally:
        read.close()
    assert values["actions"][0]["amount"] == str(EXACT)  # plain JSON, money as an exact string
    back = RunState.model_validate(values)
    assert back == _state()
    assert back.actions[0].amount == EXACT and str(back.actions[0].amount) == str(EXACT)
    assert back.plan_inputs.applications[0].allocations == [("inv-1", EXACT)]  # type: ignore[union-attr]
    assert not [r for r in caplog.records if r.name.startswith("langgraph.checkpoint.serde")]


_DRIVER = textwrap.dedent("""
    import json, logging, sys
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    from accrue.workflow.service import RunService

    with RunService() as rt:
        if sys.argv[1] == "start":
            view = rt.start_contract_run(sys.argv[2], sys.argv[3])
        else:
            view = rt.decide(sys.argv[2], approve=[], by="Dana Controller")
        invoice = next(a for a in rt.state(view.run_id).actions if a.type == "create_invoice")
        print(json.dumps({"run_id": view.run_id, "status": view.status, "amount": repr(invoice.amount)}))
""")


def test_a_run_paused_in_one_process_resumes_in_another_with_strict_msgpack(database_url: str | None,
                                                                             home: Path) -> None:
    env = {**os.environ, "LANGGRAPH_STRICT_MSGPACK": "true", "PYTHONPATH": os.pathsep.join(sys.path)}
    if database_url:
        env["DATABASE_URL"] = database_url

    def step(*args: str) -> dict[str, str]:
        proc = subprocess.run([sys.executable, "-c", _DRIVER, *args], capture_output=True, text=True, env=env,
                              cwd=home.parent, timeout=180)
        assert proc.returncode == 0, proc.stderr
        assert "langgraph.checkpoint.serde" not in proc.stderr, proc.stderr  # no class unregistered or blocked
        return json.loads(proc.stdout)

    contract, deal = example("acme")
    paused = step("start", str(contract), str(deal))
    assert (paused["status"], paused["amount"]) == ("waiting_approval", "Decimal('24000.00')")
    resumed = step("approve", paused["run_id"])  # a new process: a new RunService, a new checkpointer connection
    assert (resumed["status"], resumed["amount"]) == ("completed", "Decimal('24000.00')")
