"""The workflow: the typed run state, the LangGraph graph and its stages (`nodes/`), the context that hands
them their services, the checkpointer, and `RunService`, the one way into a run for every interface.
"""
