"""The command table `accrue --help` is printed from agrees with the commands the modules register, and
prints what click would; printing it imports neither typer nor any command module."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accrue.interfaces.cli.commands import COMMANDS, top_level_help
from accrue.interfaces.cli.main import app, commands_of
from tests.conftest import ROOT


@pytest.mark.parametrize("module", sorted({module for module, _ in COMMANDS.values()}))
def test_the_table_names_each_command_of_a_module_with_its_own_help(module: str) -> None:
    registered = commands_of(module).commands
    assert set(registered) == {name for name, (owner, _) in COMMANDS.items() if owner == module}
    for name, command in registered.items():
        first_paragraph = " ".join((command.help or "").split("\n\n")[0].split())
        assert COMMANDS[name][1] == first_paragraph, name


@pytest.mark.parametrize("width", [50, 64, 78, 120])
def test_the_help_printed_from_the_table_is_the_help_click_prints(width: int) -> None:
    shown = CliRunner().invoke(app, ["--help"], prog_name="accrue", terminal_width=width)
    assert shown.exit_code == 0
    assert top_level_help("accrue", width) == shown.stdout


def test_accrue_help_imports_no_command_module_nor_typer(tmp_path: Path) -> None:
    probe = ("import json, sys; sys.argv = ['accrue', '--help']\n"
             "from accrue.interfaces.cli.entry import cli\n"
             "cli()\n"
             "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
             "{'typer', 'click', 'rich', 'pydantic', 'sqlalchemy'} or m.startswith('accrue.interfaces.cli.'))), "
             "file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COLUMNS": "80"}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stderr) == ["accrue.interfaces.cli.commands", "accrue.interfaces.cli.entry"]
    assert proc.stdout == top_level_help("accrue", 78)
