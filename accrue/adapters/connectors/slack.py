"""Slack incoming webhook: delivers outbox messages to the channel the webhook is bound to.

The message is in the outbox before Slack is called (see `notify.py`); Slack only decides
whether it is delivered now or on a retry. Contract text flows into messages, so `&`, `<`
and `>` are escaped as Slack's formatting rules ask: a customer name cannot ping
@channel or forge a link. Slack webhooks have no idempotency key: a timeout after Slack
accepted a message can, rarely, show it twice; a recorded delivery is never re-sent.
"""

from __future__ import annotations

import httpx

from accrue.adapters.connectors.base import ConnectorError, ExecutionResult
from accrue.adapters.connectors.notify import OutboxNotifier
from accrue.adapters.connectors.transport import DEFAULT_TIMEOUT, send, status_error
from accrue.adapters.secrets import register_secret
from accrue.core.actions import Action, Notify


def slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SlackWebhook:
    """One incoming-webhook URL (a secret: its path is the credential)."""

    def __init__(self, url: str, *, client: httpx.Client | None = None):
        register_secret(url, secret_path=True)
        self._url = url
        self._client = client or httpx.Client(timeout=DEFAULT_TIMEOUT)

    def close(self) -> None:
        self._client.close()

    def post(self, text: str) -> None:
        request = self._client.build_request("POST", self._url, json={"text": slack_escape(text)})
        response = send("Slack", self._client, request)
        if response.is_success:
            return
        # Slack answers errors as a short plain-text code: invalid_payload, invalid_token, no_service, ...
        raise status_error("Slack", response, response.text.strip()[:200] or response.reason_phrase)


class SlackNotifier:
    """Outbox first, then the webhook; a failed delivery is recorded on the outbox row and retried."""

    name = "slack"
    handles = frozenset({"notify"})

    def __init__(self, outbox: OutboxNotifier, webhook: SlackWebhook):
        self.outbox = outbox
        self.webhook = webhook

    def close(self) -> None:
        self.webhook.close()

    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        if not isinstance(action, Notify):
            raise ConnectorError(f"Slack cannot carry out {action.type}")
        row = self.outbox.write(action, key=key, run_id=run_id)
        assert row.id is not None
        outbox_id = f"outbox-{row.id}"
        if row.delivered:
            return ExecutionResult(target=self.name, external_id=outbox_id, detail={"delivered": True,
                                                                                     "existing": True})
        try:
            self.webhook.post(f"{row.channel}: {row.message}")
        except ConnectorError as exc:
            self.outbox.mark(row.id, delivered=False, error=str(exc))
            raise
        self.outbox.mark(row.id, delivered=True)
        return ExecutionResult(target=self.name, external_id=outbox_id, detail={"delivered": True})
