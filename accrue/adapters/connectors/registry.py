"""Chooses the connectors an installation uses, from Settings: one place that knows them all.

billing `local` -> the local books carry every billing and ledger action; `stripe` -> Stripe
carries customers, invoices and credit notes (mirrored into the books) and the books keep
the rest. crm `file` -> the JSON-lines CRM log; `salesforce` -> the REST API, configured by
`settings.salesforce` (SALESFORCE_INSTANCE_URL and SALESFORCE_ACCESS_TOKEN, plus
SALESFORCE_REFRESH_TOKEN, SALESFORCE_CLIENT_ID, SALESFORCE_CLIENT_SECRET to renew expired
sessions). Notifications always go to the outbox, and on to Slack when SLACK_WEBHOOK_URL is
set. Every secret met here is registered for redaction before any connector can log or fail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import Session

from accrue.adapters.connectors.crm_file import FileCrm
from accrue.adapters.connectors.local_books import LocalBooks
from accrue.adapters.connectors.notify import OutboxNotifier
from accrue.adapters.secrets import install_log_redaction, register_secret, register_url_password
from accrue.core.errors import ConfigError
from accrue.settings import SalesforceSettings, Settings


def mask_credentials(settings: Settings) -> None:
    """Every credential the settings hold, the service's own included, masked in every log line of this process:
    any process that has them masks them, whether or not it builds a connector."""
    install_log_redaction()
    for secret in (settings.stripe_api_key, settings.anthropic_api_key, *settings.server.webhook_secrets(),
                   *(a.token for a in settings.server.approvers)):
        register_secret(secret)
    register_secret(settings.slack_webhook_url, secret_path=True)
    register_url_password(settings.database_url)


def build_connectors(settings: Settings, session_factory: Callable[[], Session]) -> list[Any]:
    """The connectors for `settings`, most specific first (the executor routes each action type to the first
    connector that handles it)."""
    mask_credentials(settings)

    books = LocalBooks(session_factory)
    connectors: list[Any] = []
    if settings.billing == "stripe":
        connectors.append(_stripe(settings, books, session_factory))
    connectors.append(books)

    if settings.crm == "salesforce":
        connectors.append(_salesforce(settings.salesforce))
    else:
        connectors.append(FileCrm(settings.home / "crm_updates.jsonl"))

    outbox = OutboxNotifier(session_factory)
    if settings.slack_webhook_url:
        # here, not at the top: only installations that use it pay for importing it
        from accrue.adapters.connectors.slack import SlackNotifier, SlackWebhook

        connectors.append(SlackNotifier(outbox, SlackWebhook(settings.slack_webhook_url)))
    connectors.append(outbox)
    return connectors


def _stripe(settings: Settings, books: LocalBooks, session_factory: Callable[[], Session]) -> Any:
    # here, not at the top: only installations that use it pay for importing it
    from accrue.adapters.connectors.stripe import StripeApi, StripeBilling

    if not settings.stripe_api_key:
        raise ConfigError("billing is stripe but STRIPE_API_KEY is not set; export STRIPE_API_KEY=sk_... "
                          "or run with --billing local")
    if not settings.stripe_url.startswith(("https://", "http://")):
        raise ConfigError(f"stripe URL {settings.stripe_url!r} is not an http(s) URL; pass --stripe-url "
                          "https://api.stripe.com or http://127.0.0.1:PORT for localstripe")
    api = StripeApi.connect(settings.stripe_url, settings.stripe_api_key, session_factory)
    return StripeBilling(api, books, session_factory)


def _salesforce(sf: SalesforceSettings) -> Any:
    # here, not at the top: only installations that use it pay for importing it
    from accrue.adapters.connectors.salesforce import OAuthRefresh, SalesforceCrm

    if not sf.instance_url or not sf.access_token:
        raise ConfigError("crm is salesforce but SALESFORCE_INSTANCE_URL or SALESFORCE_ACCESS_TOKEN is not set; "
                          "export both (see docs/connectors.md) or use crm = \"file\"")
    refresh = None
    if sf.refresh_token and sf.client_id:
        refresh = OAuthRefresh(refresh_token=sf.refresh_token, client_id=sf.client_id,
                               client_secret=sf.client_secret, token_url=sf.token_url)
    return SalesforceCrm(sf.instance_url, sf.access_token, refresh=refresh, currency_field=sf.currency_field)


def close_connectors(connectors: list[Any]) -> None:
    for connector in connectors:
        close = getattr(connector, "close", None)
        if callable(close):
            close()
