"""The workflow's stages, one module each: `ingest`, `extract`, `validate`, a planner per event kind, `gate`,
`review_terms`, `execute`, `review`, `confirm`. Each is a function of the run state and LangGraph's runtime (whose
context carries the services, `accrue.workflow.context`) returning a partial state update; `accrue.workflow.graph`
wires them.
"""
