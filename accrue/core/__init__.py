"""The pure core: money, terms, deals, findings, grounding, validation, the billing engine, the planner, the
policy and the completeness gate. Functions of typed values, no I/O, no framework; the import contracts in
pyproject.toml keep it so (`make lint`).
"""
