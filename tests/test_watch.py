"""The folder trigger: `accrue watch DIR` on real example PDFs, and the same trigger inside `accrue serve`."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

from tests.conftest import example, run_cli, run_cli_process
from tests.server_support import server_config, wait_for


def drop(inbox: Path, slug: str, name: str | None = None) -> None:
    pdf, deal = example(slug)
    shutil.copyfile(pdf, inbox / f"{name or slug}.pdf")
    shutil.copyfile(deal, inbox / f"{name or slug}.json")


def test_watch_once_runs_pairs_and_files_them(home: Path, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    drop(inbox, "acme")
    drop(inbox, "initech")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00not really" * 40)
    shutil.copyfile(example("acme")[1], inbox / "broken.json")
    shutil.copyfile(example("globex")[0], inbox / "lonely.pdf")  # its deal has not arrived

    proc = run_cli("watch", str(inbox), "--once", home=home)
    assert proc.returncode == 1, proc.stderr  # one pair failed
    assert "acme.pdf: run" in proc.stdout and "waiting_approval" in proc.stdout
    assert "lonely.pdf: waiting for lonely.json" in proc.stdout

    processed, failed = inbox / "processed", inbox / "failed"
    assert sorted(p.name for p in processed.iterdir()) == ["acme.json", "acme.pdf", "acme.run.json",
                                                           "initech.json", "initech.pdf", "initech.run.json"]
    acme = json.loads((processed / "acme.run.json").read_text())
    initech = json.loads((processed / "initech.run.json").read_text())
    assert acme["status"] == "waiting_approval" and initech["status"] == "completed"
    assert sorted(p.name for p in failed.iterdir()) == ["broken.error.txt", "broken.json", "broken.pdf"]
    error = (failed / "broken.error.txt").read_text()
    assert error.startswith("broken.pdf: ") and "not a readable PDF" in error
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == ["lonely.pdf"]

    # The runs read copies in the data folder, so moving the inbox files changed nothing for them.
    pending = json.loads(run_cli("pending", "--json", home=home, check=True).stdout)
    assert [r["run_id"] for r in pending] == [acme["run_id"]]
    assert pending[0]["terms"]["customer_legal_name"] == "Acme Corporation"


def test_dropping_the_same_contract_again_finds_its_run(home: Path, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    drop(inbox, "acme")
    run_cli("watch", str(inbox), "--once", home=home, check=True)
    drop(inbox, "acme")
    proc = run_cli("watch", str(inbox), "--once", "--json", home=home, check=True)
    [result] = json.loads(proc.stdout)
    assert result["outcome"] == "processed" and result["moved_to"].endswith("acme-2.pdf")
    first = json.loads((inbox / "processed" / "acme.run.json").read_text())
    second = json.loads((inbox / "processed" / "acme-2.run.json").read_text())
    assert second["run_id"] == first["run_id"] and second["already_processed"] is True


def test_files_still_being_written_wait(tmp_path: Path):
    from accrue.interfaces.server.watch import ready_pairs

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    drop(inbox, "acme")
    now = time.time()
    assert ready_pairs(inbox, min_age=5, now=now) == []
    old = now - 10
    for f in inbox.iterdir():
        os.utime(f, (old, old))
    assert [p.name for p, _ in ready_pairs(inbox, min_age=5, now=now)] == ["acme.pdf"]


def test_one_writer_per_data_folder(home: Path, tmp_path: Path):
    from accrue.interfaces.server.lock import WriterLock

    inbox = tmp_path / "inbox"
    with WriterLock(home, "a test holding the lock"):
        proc = run_cli_process("watch", str(inbox), "--once", home=home)  # the lock is between processes
    assert proc.returncode == 2
    assert "already has a writer (a test holding the lock" in proc.stderr


def test_watch_inside_the_service_uses_its_writer(home: Path, tmp_path: Path):
    from fastapi.testclient import TestClient

    from accrue.interfaces.server.app import create_app
    from accrue.interfaces.server.watch import check_inbox
    from accrue.settings import load_settings

    inbox = check_inbox(tmp_path / "inbox")
    app = create_app(load_settings(), server_config(), watch_dir=inbox)
    app.state.service.writer.poll_seconds = 0.1
    with TestClient(app):
        drop(inbox, "globex")
        for f in inbox.iterdir():  # settled: older than the one-second quiet period
            os.utime(f, (time.time() - 5, time.time() - 5))
        run_json = wait_for(lambda: (inbox / "processed" / "globex.run.json").is_file()
                            and json.loads((inbox / "processed" / "globex.run.json").read_text()),
                            what="the watched pair to be processed")
    assert run_json["status"] == "completed"


def test_watch_refuses_a_file_as_inbox(home: Path, tmp_path: Path):
    not_a_dir = tmp_path / "inbox.txt"
    not_a_dir.write_text("x")
    proc = run_cli("watch", str(not_a_dir), "--once", home=home)
    assert proc.returncode == 2 and "is a file, not a folder" in proc.stderr


def test_watch_prints_file_names_as_they_are(home: Path, tmp_path: Path):
    """File names are data, not terminal markup: `[v2]` stays in what watch prints."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copyfile(example("globex")[0], inbox / "globex [v2].pdf")
    proc = run_cli("watch", str(inbox), "--once", home=home, env={"COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    assert "globex [v2].pdf: waiting for globex [v2].json" in proc.stdout
