"""Adapters: everything that touches the outside world. accrue's own tables and the books, document and
event-file readers, the policy file, the LLM client, the executor and the connectors it calls, secrets.
Interfaces read the books only through `read_model`.
"""
