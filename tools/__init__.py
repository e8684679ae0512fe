"""Typed actions and the connectors that carry them out in real systems."""
