"""LangGraph checkpointing: a run paused in one RunService resumes in another over the same SQLite file."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from accrue.adapters.store import ActionExecution
from accrue.workflow.service import RunService
from tests.conftest import example


def test_interrupt_payload_and_resume_from_a_new_runtime(home: Path) -> None:
    contract, deal = example("acme")
    first = RunService()
    view = first.start_contract_run(contract, deal)
    snap = first.graph.get_state({"configurable": {"thread_id": view.run_id}})
    assert snap.next == ("review",)
    (pending,) = snap.interrupts
    assert [i["action_request"]["action"] for i in pending.value] == ["create_invoice"]
    assert f"(run `{view.run_id}`)" in pending.value[0]["description"]
    with first.session() as s:
        done = {row.action_type for row in s.exec(select(ActionExecution))}
    assert done == {"create_customer"}  # auto actions ran; the held invoice and its dependents did not
    first.close()

    second = RunService()  # a new connection to the same checkpoint file, as a restarted process would have
    assert [v.run_id for v in second.pending()] == [view.run_id]
    resumed = second.decide(view.run_id, approve=[], by="Dana Controller")
    assert resumed.status == "completed"
    with second.session() as s:
        rows = list(s.exec(select(ActionExecution)))
    assert sorted(r.action_type for r in rows) == sorted(
        ["create_customer", "create_invoice", "create_subscription", "post_journal_entry", "update_crm", "notify"])
    assert all(r.status == "succeeded" and r.attempts == 1 for r in rows)
    second.close()


def test_partial_approval_keeps_waiting_for_the_rest(home: Path, tmp_path: Path) -> None:
    """Two held actions: approving one resumes, executes it, and pauses again for the other."""
    from tests.pdfs import order_form_pdf, write

    pdf = write(tmp_path / "of.pdf", order_form_pdf(
        {"Customer": "Umbrella Corp", "Service Start Date": "2026-07-01", "Term": "12 months", "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 60"},
        ["Platform (SKU P-1): 1 x USD 1,000.00 per year"]))
    deal = tmp_path / "deal.json"
    deal.write_text('{"deal_id": "D-9", "deal_name": "Umbrella", "account_name": "Umbrella Corporation Holdings",'
                    '"stage": "Closed Won", "close_date": "2026-06-20", "currency": "USD", "amount": "1000.00"}')
    with RunService() as rt:
        view = rt.start_contract_run(pdf, deal)
        held = [a["id"] for a in view.actions if a["needs_approval"]]
        assert len(held) == 2  # the customer (name differs from the CRM) and the invoice (Net 60, name)
        after_one = rt.decide(view.run_id, approve=[held[0]], by="Dana Controller")
        assert after_one.status == "waiting_approval"
        assert {a["id"]: a["status"] for a in after_one.actions}[held[0]] == "executed"
        final = rt.decide(view.run_id, approve=[held[1]], by="Dana Controller")
        assert final.status == "completed"


def test_a_run_cut_off_before_its_first_checkpoint_restarts_from_its_inputs(home: Path) -> None:
    """The run record and `run_started` are written, then the process dies before LangGraph checkpoints."""
    import pytest

    contract, deal = example("initech")
    crashing = RunService()

    def die(*_args, **_kwargs):
        raise KeyboardInterrupt  # not an Exception: nothing in accrue catches it, as with a SIGKILL

    crashing.graph.invoke = die  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        crashing.start_contract_run(contract, deal)
    run_id = crashing.runs()[0].run_id
    assert not crashing.graph.get_state({"configurable": {"thread_id": run_id}}).values
    crashing.close()

    with RunService() as rt:
        again = rt.start_contract_run(contract, deal)  # the same trigger delivered again
        assert again.run_id == run_id and again.status == "completed"
        assert [e["event"] for e in rt.audit(run_id)].count("run_restarted") == 1
        with rt.session() as s:
            kinds = sorted(r.action_type for r in s.exec(select(ActionExecution)))
        assert kinds.count("create_invoice") == 1
        assert rt.retry(run_id).already_processed is True


def test_a_resume_value_cannot_grant_itself_a_role(home: Path) -> None:
    """Resume values may come from outside accrue (LangGraph Server's API): a decision naming a role the policy
    does not give that person, or naming someone policy.toml does not list, is refused and audited; the action
    stays held."""
    from langgraph.types import Command

    contract, deal = example("acme")
    with RunService() as rt:
        view = rt.start_contract_run(contract, deal)
        for forger in ("Pat Billing", "Mallory"):
            forged = {"decisions": [{"action_id": "a2", "decision": "approve", "by": forger, "role": "controller"}]}
            rt.graph.invoke(Command(resume=forged), {"configurable": {"thread_id": view.run_id}}, durability="sync")
        after = rt.view(view.run_id)
        assert after.status == "waiting_approval"
        assert {a["id"]: a["status"] for a in after.actions}["a2"] == "proposed"
        refused = [e for e in rt.audit(view.run_id) if e["event"] == "decision_refused"]
        assert [e["actor"] for e in refused] == ["Pat Billing", "Mallory"]
        assert "Pat Billing does not hold the role 'controller'" in refused[0]["detail"]["reason"]
        assert "Mallory is not in policy.toml [people]" in refused[1]["detail"]["reason"]
