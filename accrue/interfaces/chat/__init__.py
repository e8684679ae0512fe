"""The chat session for finance staff: plain-language questions and requests over the same runs and policy.

`tools` are the typed read and write operations (the only way chat touches anything);
`intents` is the offline parser, `claude_agent` the Claude tool-use loop; `session` keeps
the conversation as a LangGraph thread; `repl` is the terminal. Approving is a person's
act, gated by the speaker's identity and the policy; it is never a model tool.
"""
