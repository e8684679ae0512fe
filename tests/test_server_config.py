"""Service credentials: tokens made by `accrue approver-token` sign in; secrets from config or environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from accrue.adapters.policy_file import load_policy
from accrue.core.approval import approver_named
from accrue.core.errors import ConfigError
from accrue.interfaces.server.signing import secret_key
from accrue.settings import load_settings
from tests.conftest import run_cli, run_cli_process


def test_approver_token_command_output_configures_a_working_sign_in(home: Path):
    out = run_cli("approver-token", "Dana Controller", home=home, check=True).stdout
    lines = out.splitlines()
    token = lines[1].strip()
    toml_lines = lines[lines.index("Add to accrue.toml:") + 1:]
    config_file = home.parent / "accrue.toml"
    config_file.write_text("\n".join(toml_lines) + "\n")
    assert token not in config_file.read_text()  # only its digest is stored
    config = load_settings(config_file=config_file).server
    approver = config.approver_for(token)
    assert approver is not None and approver.name == "Dana Controller"
    # the role is the one policy.toml [people] gives that person, and comes from nowhere else
    person = approver_named(approver.name, load_policy())
    assert person is not None and person.roles == ("controller",)
    assert config.approver_for(token + "x") is None and config.approver_for("") is None


def test_approver_token_for_someone_policy_toml_does_not_list_says_they_cannot_decide(home: Path):
    proc = run_cli("approver-token", "Nora New", home=home, check=True)
    assert 'name = "Nora New"' in proc.stdout
    assert "Nora New is not in policy.toml [people]" in proc.stderr and "not decide" in proc.stderr


def test_webhook_secret_command_and_environment_override(home: Path, monkeypatch: pytest.MonkeyPatch):
    proc = run_cli("webhook-secret", home=home, check=True)
    secret = proc.stdout.strip()
    assert "webhook_secret under [server] in accrue.toml" in proc.stderr
    assert secret.startswith("whsec_") and len(secret_key(secret)) == 32
    config_file = home.parent / "accrue.toml"
    config_file.write_text(f'[server]\nwebhook_secret = "{secret}"\nprevious_webhook_secrets = ["old"]\n')
    assert load_settings(config_file=config_file).server.webhook_secrets() == [secret, "old"]
    monkeypatch.setenv("ACCRUE_WEBHOOK_SECRET", "from-env")
    assert load_settings(config_file=config_file).server.webhook_secrets() == ["from-env", "old"]


def test_bad_config_names_the_file_the_field_and_the_fix(home: Path):
    config_file = home.parent / "accrue.toml"
    config_file.write_text('[[server.approvers]]\nname = "Dana"\n')
    with pytest.raises(ConfigError, match=r"accrue.toml: \[server\] approvers.0.*accrue approver-token"):
        load_settings(config_file=config_file)
    # Roles live in policy.toml [people] only: an old entry that still carries one is refused, saying where it goes.
    config_file.write_text('[[server.approvers]]\nname = "Dana"\nrole = "controller"\ntoken_sha256 = "ab"\n')
    with pytest.raises(ConfigError, match=r"accrue.toml: \[server\] approvers.0: .*role is no longer read here: roles "
                                          r"live in policy.toml \[people\]; remove the role line and list 'Dana'"):
        load_settings(config_file=config_file)
    config_file.write_text("[server\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_settings(config_file=config_file)


def test_serve_refuses_to_start_on_bad_config(home: Path):
    (home.parent / "accrue.toml").write_text('[server]\nwebhook_secrets = "typo"\n')
    # A new process: a serve that did not refuse would run a server and configure logging for good.
    proc = run_cli_process("serve", "--port", "1", home=home, timeout=60)
    assert proc.returncode == 2 and "webhook_secrets" in proc.stderr
