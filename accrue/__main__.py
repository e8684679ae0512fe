"""`python -m accrue` is the `accrue` command."""

from accrue.interfaces.cli.entry import cli

cli()
