"""`python -m accrue` is the `accrue` command."""

from accrue.interfaces.cli.main import app

app()
