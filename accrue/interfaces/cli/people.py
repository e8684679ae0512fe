"""`accrue people token NAME`: issue a person's sign-in token, for the CLI, `accrue serve` and LangGraph Server.

The token is printed once on stdout (nothing else is, so a script can capture it) and stored only as a
salted HMAC (`accrue.adapters.people_tokens`); issuing again replaces the person's old token. Only people
policy.toml [people] lists get one: their roles there say what the token lets them do.
"""

from __future__ import annotations

from typing import Annotated

import typer

from accrue.adapters.people_tokens import TOKEN_ENV, SignIns
from accrue.adapters.policy_file import load_policy
from accrue.core.approval import approver_named
from accrue.core.errors import AccrueError
from accrue.interfaces.cli.common import err, fail
from accrue.settings import load_settings

people = typer.Typer(help="The people of policy.toml [people]: their sign-in tokens.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(people, name="people")


@people.command()
def token(name: Annotated[str, typer.Argument(help="The person, as policy.toml [people] lists them")]) -> None:
    """Issue NAME's sign-in token (replacing their old one); give it to them to keep in ACCRUE_TOKEN."""
    try:
        settings = load_settings()
        listed = approver_named(name, load_policy(settings.policy_file))
        if listed is None:
            raise AccrueError(f"{name.strip() or repr(name)} is not in policy.toml [people]; add them there with "
                              "their roles, then issue their token")
        issued = SignIns(settings).issue(listed.name)
    except AccrueError as exc:
        fail(exc)
    typer.echo(issued)
    err.print(f"Token for {listed.name} ({', '.join(listed.roles) or 'no role'}), shown once. They sign in with:\n"
              f"  export {TOKEN_ENV}=<the token>\n"
              "and send it as `Authorization: Bearer <the token>` to accrue serve or LangGraph Server.",
              highlight=False, markup=False, soft_wrap=True)
