"""Connectors: thin typed wrappers that carry an approved action into one external system."""
