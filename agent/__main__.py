"""`python -m agent` is the `accrue` command."""

from agent.cli import app

app()
