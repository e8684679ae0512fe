"""The settings object: defaults < accrue.toml < environment < flags, every documented variable, clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from accrue.core.errors import ConfigError
from accrue.settings import ENVIRONMENT, Settings, load_settings
from tests.conftest import run_cli


@pytest.fixture
def clean_env(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No variable of ours set except ACCRUE_HOME (the `home` fixture's); the working directory is empty."""
    for variable in ENVIRONMENT:
        if variable != "ACCRUE_HOME":
            monkeypatch.delenv(variable, raising=False)
    return home


def write_toml(text: str, name: str = "accrue.toml") -> Path:
    path = Path.cwd() / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_nothing_is_set(clean_env: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ACCRUE_HOME")
    settings = load_settings()
    assert (settings.extractor, settings.max_pages, settings.billing, settings.crm) == ("auto", 200, "local", "file")
    assert settings.home == Path.cwd() / ".accrue" and settings.db_url == f"sqlite:///{Path.cwd()}/.accrue/accrue.db"
    assert settings.config_file == Path("accrue.toml") and settings.server.webhook_secrets() == []
    assert settings.salesforce.currency_field == "CurrencyIsoCode"


def test_accrue_toml_overrides_the_defaults(clean_env: Path):
    write_toml('[accrue]\nextractor = "rules"\nmax_pages = 50\npolicy_file = "ops/policy.toml"\n\n'
               '[server]\nwebhook_secret = "from-file"\n')
    settings = load_settings()
    assert (settings.extractor, settings.max_pages, settings.policy_file) == ("rules", 50, Path("ops/policy.toml"))
    assert settings.server.webhook_secret == "from-file"


def test_the_environment_overrides_accrue_toml(clean_env: Path, monkeypatch: pytest.MonkeyPatch):
    write_toml('[accrue]\nextractor = "rules"\nmax_pages = 50\n\n[server]\nwebhook_secret = "from-file"\n'
               'previous_webhook_secrets = ["old"]\n\n[[server.approvers]]\nname = "Dana"\n'
               'token = "tok-dana"\n')
    monkeypatch.setenv("ACCRUE_EXTRACTOR", "hybrid")
    monkeypatch.setenv("ACCRUE_WEBHOOK_SECRET", "from-env")
    settings = load_settings()
    assert (settings.extractor, settings.max_pages) == ("hybrid", 50)  # what the environment does not set stays
    assert settings.server.webhook_secrets() == ["from-env", "old"]
    assert [a.name for a in settings.server.approvers] == ["Dana"]


def test_flags_override_the_environment(clean_env: Path, monkeypatch: pytest.MonkeyPatch):
    write_toml('[accrue]\nextractor = "rules"\nmodel = "claude-sonnet-5-5"\n')
    monkeypatch.setenv("ACCRUE_EXTRACTOR", "hybrid")
    monkeypatch.setenv("ACCRUE_BILLING", "stripe")
    settings = load_settings(extractor="claude", billing=None)  # None: the flag was not given
    assert (settings.extractor, settings.billing, settings.model) == ("claude", "stripe", "claude-sonnet-5-5")


def test_accrue_config_names_the_file(clean_env: Path, monkeypatch: pytest.MonkeyPatch):
    write_toml('[accrue]\nextractor = "rules"\n')
    other = write_toml('[accrue]\nextractor = "hybrid"\n', "staging.toml")
    monkeypatch.setenv("ACCRUE_CONFIG", str(other))
    assert load_settings().extractor == "hybrid"
    assert load_settings(config_file=Path("accrue.toml")).extractor == "rules"


VALUES = {"extractor": "rules", "billing": "stripe", "crm": "salesforce", "max_pages": "7", "base_currency": "EUR"}
PATHS = {"config_file", "home", "llm_record_dir", "llm_replay_dir", "policy_file", "rates_file"}


@pytest.mark.parametrize("variable", sorted(ENVIRONMENT))
def test_every_documented_variable_sets_its_setting(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                                                    variable: str):
    setting = ENVIRONMENT[variable]
    raw = str(Path.cwd() / "x.toml") if setting == "config_file" else VALUES.get(setting, f"value-of-{variable}")
    monkeypatch.setenv(variable, raw)
    value: Any = load_settings()
    for part in setting.split("."):
        value = getattr(value, part)
    assert value == (Path(raw) if setting in PATHS else int(raw) if setting == "max_pages" else raw)


def test_an_empty_variable_is_unset_except_where_empty_is_an_answer(clean_env: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "")
    monkeypatch.setenv("ACCRUE_MAX_PAGES", "")
    monkeypatch.setenv("SALESFORCE_CURRENCY_FIELD", "")  # a single-currency org
    settings = load_settings()
    assert (settings.anthropic_api_key, settings.max_pages, settings.salesforce.currency_field) == (None, 200, None)


def test_a_bad_variable_names_the_variable_the_setting_and_the_fix(clean_env: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ACCRUE_MAX_PAGES", "lots")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value) == ("ACCRUE_MAX_PAGES: max_pages: Input should be a valid integer, unable to parse string "
                              "as an integer (got 'lots'); correct ACCRUE_MAX_PAGES or unset it")
    monkeypatch.setenv("ACCRUE_MAX_PAGES", "0")
    with pytest.raises(ConfigError, match=r"^ACCRUE_MAX_PAGES: max_pages: Input should be greater than 0"):
        load_settings()


def test_a_bad_value_in_accrue_toml_names_the_file_the_setting_and_the_fix(clean_env: Path):
    path = write_toml('[accrue]\nextractor = "rulez"\n')
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value) == (f"{path.name}: [accrue] extractor: Input should be 'auto', 'rules', 'claude' or "
                              f"'hybrid' (got 'rulez'); correct it in {path.name} or remove it")
    write_toml('[accrue]\nextractr = "rules"\n')
    with pytest.raises(ConfigError, match=r"^accrue.toml: \[accrue\] extractr: Extra inputs are not permitted"):
        load_settings()
    write_toml('[accrue\n')
    with pytest.raises(ConfigError, match=r"^accrue.toml: invalid TOML .*; fix the file or remove it"):
        load_settings()


def test_a_bad_flag_names_the_flag(clean_env: Path):
    with pytest.raises(ConfigError, match=r"^--extractor: extractor: Input should be 'auto', 'rules'.*; "
                                          r"pass a valid --extractor"):
        load_settings(extractor="regex")


def test_a_secret_is_never_shown_in_a_settings_error(clean_env: Path):
    write_toml('[accrue]\nanthropic_api_key = ["sk-ant-in-a-list"]\n')
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "anthropic_api_key" in str(err.value) and "sk-ant" not in str(err.value)


def test_settings_built_directly_read_the_same_sources(clean_env: Path, monkeypatch: pytest.MonkeyPatch):
    write_toml('[accrue]\nextractor = "rules"\n')
    monkeypatch.setenv("ACCRUE_MODEL", "claude-opus-5")
    settings = Settings(max_pages=9)
    assert (settings.extractor, settings.model, settings.max_pages) == ("rules", "claude-opus-5", 9)


@pytest.mark.parametrize(("toml", "env", "expected"), [
    (None, {"ACCRUE_EXTRACTOR": "regex"}, "error: ACCRUE_EXTRACTOR: extractor: Input should be 'auto'"),
    ('[accrue]\nmax_pages = "many"\n', {}, "error: accrue.toml: [accrue] max_pages: Input should be a valid integer"),
])
def test_the_cli_stops_on_a_bad_setting_with_one_line_and_exit_2(home: Path, toml: str | None,
                                                                  env: dict[str, str], expected: str):
    if toml:
        (home.parent / "accrue.toml").write_text(toml, encoding="utf-8")
    proc = run_cli("pending", home=home, env=env)
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith(expected) and len(proc.stderr.strip().splitlines()) == 1
