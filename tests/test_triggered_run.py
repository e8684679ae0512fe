"""The foundation path end to end from the CLI: run, pending, approve, reject, books; the demo flow in processes."""

from __future__ import annotations

import json
import re
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.conftest import cli_json, example, run_cli, run_cli_process


def _run_args(slug: str) -> tuple[str, ...]:
    contract, deal = example(slug)
    return "run", str(contract), "--deal", str(deal)


def _run(slug: str, home: Path) -> dict:
    return cli_json(*_run_args(slug), home=home)


def _json_in_new_process(*args: str, home: Path) -> Any:
    return json.loads(run_cli_process(*args, "--json", home=home, check=True).stdout)


def _executed_keys(home: Path) -> set[str]:
    with sqlite3.connect(home / "accrue.db") as db:
        return {row[0] for row in db.execute(
            "select action_id || ':' || run_id from action_executions where status = 'succeeded'")}


def test_demo_flow_resumes_in_a_new_process_and_books_balance(home: Path) -> None:
    # `make demo`, then a person approving: the run that waits and its approval are each a new process, so the
    # approval resumes the run from its checkpoint on disk and nothing the run held in memory helps it. The
    # commands that only read, and the two runs that complete alone, are commands in this process (each builds
    # its run service afresh); starting a process for each cost seconds and showed nothing more.
    initech = _run("initech", home)
    globex = _run("globex", home)
    acme = _json_in_new_process(*_run_args("acme"), home=home)
    assert initech["status"] == "completed" and globex["status"] == "completed"
    assert acme["status"] == "waiting_approval"
    held = [a for a in acme["actions"] if a["needs_approval"]]
    assert [a["type"] for a in held] == ["create_invoice"]
    assert any("Net 45" in r for r in held[0]["reasons"])
    assert set(acme) >= {"run_id", "status", "terms", "findings", "actions"}
    assert acme["terms"]["payment_terms_days"] == 45
    assert "non_standard_payment_terms" in {f["code"] for f in acme["findings"]}

    pending = cli_json("pending", home=home)
    assert [p["run_id"] for p in pending] == [acme["run_id"]]

    # Not executed before approval: the books hold no Acme invoice yet.
    books = cli_json("books", home=home)
    assert {i["customer_id"] for i in books["invoices"]} == {"cus-initech-llc", "cus-globex-gmbh"}

    done = _json_in_new_process("approve", acme["run_id"], held[0]["id"], "--as", "Dana Controller", home=home)
    assert done["status"] == "completed"
    assert all(a["status"] == "executed" for a in done["actions"])

    books = cli_json("books", home=home)
    acme_invoice = next(i for i in books["invoices"] if i["customer_id"] == "cus-acme-corporation")
    assert Decimal(acme_invoice["amount"]) == Decimal("24000.00")
    assert acme_invoice["due_date"] == "2026-06-15"  # May 1 + 45 days
    assert acme_invoice["po_number"] == "PO-88412"
    entry = next(je for je in books["journal_entries"] if je["source_ref"] == acme_invoice["id"])
    debits = sum(Decimal(ln["debit"]) for ln in entry["lines"])
    credits = sum(Decimal(ln["credit"]) for ln in entry["lines"])
    assert debits == credits == Decimal("24000.00")
    assert cli_json("pending", home=home) == []

    audit = cli_json("audit", acme["run_id"], home=home)
    approved = [e for e in audit if e["event"] == "approved"]
    assert approved and approved[0]["actor"] == "Dana Controller" and approved[0]["action_id"] == held[0]["id"]
    assert approved[0]["detail"]["role"] == "controller"


def test_approving_a_completed_run_again_changes_nothing(home: Path) -> None:
    acme = _run("acme", home)
    cli_json("approve", acme["run_id"], "--as", "Dana Controller", home=home)
    books_before = cli_json("books", home=home)
    audit_before = cli_json("audit", acme["run_id"], home=home)
    keys_before = _executed_keys(home)

    again = run_cli("approve", acme["run_id"], "--as", "Dana Controller", home=home)
    assert again.returncode == 0
    assert "nothing changed" in again.stdout
    assert cli_json("books", home=home) == books_before
    assert cli_json("audit", acme["run_id"], home=home) == audit_before
    assert _executed_keys(home) == keys_before


def test_same_contract_twice_finds_the_first_run(home: Path) -> None:
    first = _run("initech", home)
    second = _run("initech", home)
    assert second["run_id"] == first["run_id"] and second["already_processed"] is True
    assert len(cli_json("books", home=home)["invoices"]) == 1


def test_rejected_action_never_executes_nor_does_what_depends_on_it(home: Path) -> None:
    acme = _run("acme", home)
    invoice = next(a for a in acme["actions"] if a["type"] == "create_invoice")
    result = cli_json("reject", acme["run_id"], invoice["id"], "--as", "Dana Controller",
                      "--reason", "Net 45 not agreed by finance", home=home)
    assert result["status"] == "completed"
    by_id = {a["id"]: a for a in result["actions"]}
    assert by_id[invoice["id"]]["status"] == "rejected"
    dependents = [a for a in result["actions"] if invoice["id"] in a["depends_on"]]
    assert dependents and all(a["status"] == "rejected" for a in dependents)
    books = cli_json("books", home=home)
    assert books["invoices"] == [] and books["journal_entries"] == []
    assert not any(k.startswith(invoice["id"] + ":") for k in _executed_keys(home))
    audit = cli_json("audit", acme["run_id"], home=home)
    rejected = next(e for e in audit if e["event"] == "rejected")
    assert rejected["detail"]["reason"] == "Net 45 not agreed by finance"


def test_reject_without_reason_is_refused(home: Path) -> None:
    acme = _run("acme", home)
    proc = run_cli("reject", acme["run_id"], "a2", "--as", "Dana Controller", "--reason", "", home=home)
    assert proc.returncode == 2
    assert "reason" in proc.stderr


def test_unknown_run_is_a_clear_error(home: Path) -> None:
    proc = run_cli("approve", "no-such-run", "--as", "Dana Controller", home=home)
    assert proc.returncode == 2
    assert "no run no-such-run" in proc.stderr


def test_human_output_tells_the_user_how_to_approve(home: Path) -> None:
    contract, deal = example("acme")
    proc = run_cli("run", str(contract), "--deal", str(deal), home=home, env={"COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    assert "waiting_approval" in proc.stdout
    run_id = json.loads(run_cli("pending", "--json", home=home).stdout)[0]["run_id"]
    assert f"accrue approve {run_id}" in proc.stdout


def test_nobody_can_name_themselves_a_controller(home: Path) -> None:
    """`--role` only picks among the roles policy.toml grants; a finance user cannot claim controller, and someone
    policy.toml does not list has no role to claim."""
    acme = _run("acme", home)
    proc = run_cli("approve", acme["run_id"], "--as", "Fran Finance", "--role", "controller", home=home)
    assert proc.returncode == 2
    assert "does not hold the role 'controller'" in proc.stderr
    for role in (("--role", "controller"), ("--role", "finance"), ()):
        proc = run_cli("approve", acme["run_id"], "--as", "Pat Newhire", *role, home=home)
        assert proc.returncode == 2 and "Pat Newhire is not in policy.toml [people]" in proc.stderr
    assert cli_json("pending", home=home)[0]["run_id"] == acme["run_id"]
    # The same person in the role the policy gives them (finance) may approve this invoice.
    done = cli_json("approve", acme["run_id"], "--as", "Fran Finance", home=home)
    assert done["status"] == "completed"


def test_runs_and_show_list_every_run(home: Path) -> None:
    initech = _run("initech", home)
    acme = _run("acme", home)
    listed = cli_json("runs", home=home)
    assert [(r["run_id"], r["status"]) for r in listed] == [
        (initech["run_id"], "completed"), (acme["run_id"], "waiting_approval")]
    assert [r["run_id"] for r in cli_json("runs", "--status", "completed", home=home)] == [initech["run_id"]]
    shown = cli_json("show", acme["run_id"], home=home)
    assert shown["actions"] == acme["actions"]


def test_errors_print_square_brackets_as_written(home: Path) -> None:
    """An error names the file the person gave, brackets and all (not read as terminal markup)."""
    missing = home.parent / "Order Form [signed].pdf"
    proc = run_cli("run", str(missing), home=home)
    assert proc.returncode == 2
    assert f"{missing}: file not found" in proc.stderr


def test_contract_text_is_never_parsed_as_terminal_markup(home: Path, tmp_path: Path) -> None:
    """A line description that looks like rich markup shows as written to the person approving it."""
    from tests.pdfs import order_form_pdf, write

    pdf = write(tmp_path / "of.pdf", order_form_pdf(
        {"Customer": "Markup Test Ltd", "Service Start Date": "2026-07-01", "Currency": "USD",
         "Billing Frequency": "Annual, in advance", "Payment Terms": "Net 60"},
        ["Platform [conceal]hidden fee[/conceal] (SKU P-1): 1 x USD 1,000.00 per year"]))
    proc = run_cli("run", str(pdf), home=home, env={"COLUMNS": "250"})
    assert proc.returncode == 0, proc.stderr
    assert "[conceal]hidden fee[/conceal]" in proc.stdout


def test_a_waiting_run_tells_whoever_may_approve_how_not_a_demo_name(home: Path) -> None:
    contract, deal = example("acme")
    shown = run_cli("run", str(contract), "--deal", str(deal), home=home, check=True).stdout
    hint = shown[shown.index("Waiting for approval."):]
    run_id = re.search(r"accrue approve (\S+) a2", hint)
    assert run_id is not None and "ACCRUE_TOKEN" in hint and "accrue people token NAME" in hint
    assert f"accrue reject {run_id.group(1)} a2 --reason TEXT" in hint and "Dana" not in hint
