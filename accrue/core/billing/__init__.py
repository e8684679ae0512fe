"""The deterministic billing engine: pure functions from terms and events to amounts, dates and entries.

`periods` (calendar arithmetic, the proration rule, billing anchors), `schedule` (every invoice of a
subscription: frequencies, timing, ramps, escalators, one-time fees), `invoicing` (planned invoices,
invoice and due dates), `usage` (rating, tiers, allowances, minimum commitments, spikes), `midterm`
(amendments: prorated credit and charge), `bill_run` (the invoices of a schedule due by a date), `cash`
(cash application), `ledger` (journal entries and revenue recognition), `close` (month-end recognition and
the close report), `contract_value`. No I/O; every
amount is a Decimal rounded only by accrue.core.money. The rules are documented in docs/billing.md.
"""
