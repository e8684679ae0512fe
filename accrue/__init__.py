"""accrue: contract-to-cash agent. The pure core (schemas, extraction, billing, policy) lives here."""

__version__ = "0.1.0"
