"""The accrue service: signed webhooks start runs, one writer thread runs them, approvers decide in a web inbox.

`accrue.interfaces.server.app.create_app(settings)` builds the FastAPI app; `accrue serve` runs it
under uvicorn. Modules: `signing` (webhook signatures), `intake` (bodies to files), `worker` (the
writer thread), `inbox` (approval cards), `watch` (the folder trigger), `config` (secret and
approver tokens), `lock` (one writer per data folder). The event store itself is an adapter,
`accrue.adapters.webhook_events`.
"""
