"""accrue: contract-to-cash agent for SaaS finance teams. Its layers and stages: docs/architecture.md."""

__version__ = "0.1.0"
