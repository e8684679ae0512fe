"""One person's conversation: routes each line and keeps the exchange as a LangGraph thread.

Every line a person types goes one of three ways. Session commands (/help, /cost, /quit)
are answered here. A person's own acts (/pending, /approve, /reject, /run, and "approve
the Acme invoice" in plain words) are parsed deterministically and carried out as the
speaker, whichever model is attached, so a decision always comes from what the person
typed and never from model output. Everything else goes to the responder: the offline
intent parser, or Claude with the chat tools. Each exchange is one run of a one-node graph
whose state (messages, speaker, token usage) the RunService's checkpointer persists, so
`--resume` continues the same thread in a later process.
"""

from __future__ import annotations

import contextvars
import operator
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Protocol, TypedDict

from langgraph.graph import END, START, StateGraph

from accrue.adapters.chat_threads import latest_thread, start_thread, touch_thread
from accrue.core.errors import AccrueError
from accrue.core.terms import Usage
from accrue.interfaces.chat import replies
from accrue.interfaces.chat.intents import Intent, parse, parse_slash
from accrue.interfaces.chat.schemas import (
    BalanceArgs,
    CreditArgs,
    ExplainArgs,
    FindArgs,
    InvoiceChangeArgs,
    PendingArgs,
    RefundArgs,
    ScheduleArgs,
    TermsArgs,
    ToolCall,
    WriteOffArgs,
)
from accrue.interfaces.chat.tools import ChatTools, ToolError
from accrue.workflow.service import RunService

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig

Events = Callable[[str, str], None]  # (kind, text): kind is "text", "tool" or "tool_error"

CAN_DO = ("I can: show a customer's contract terms, balance, overdue invoices and billing schedule; list what waits "
          "for approval and explain why; approve or reject; request a credit note, a refund, a write-off or an "
          "invoice correction; correct a run's terms; run a signed order form. /help shows examples.")
NEEDS_LLM = (f"I did not understand that. {CAN_DO} Anything else needs the LLM: set ANTHROPIC_API_KEY and start "
             "`accrue chat` again.")
ELSEWHERE = ("I can't answer that offline: sending mail, calling, paying bills, deleting or mass-changing records, "
             f"other systems and anything beyond the books and runs are outside what I do. {CAN_DO}")


class ChatState(TypedDict, total=False):
    speaker: str
    role: str  # as the session shows it (`ChatTools.role_label`)
    messages: Annotated[list[dict[str, Any]], operator.add]
    usage: dict[str, Any]


@dataclass
class Answer:
    """What a responder produced for one line: the messages to keep, the text shown, the tokens used."""

    text: str
    messages: list[dict[str, Any]]
    usage: Usage = field(default_factory=Usage)
    streamed: bool = False
    intent: Intent | None = None  # what the offline parser read, when it answered


@dataclass
class Reply:
    text: str
    streamed: bool = False
    quit: bool = False
    usage: Usage = field(default_factory=Usage)
    intent: Intent | None = None
    calls: list[ToolCall] = field(default_factory=list)


class Responder(Protocol):
    name: str

    def respond(self, history: list[dict[str, Any]], text: str, events: Events) -> Answer: ...


def _text_answer(text: str, intent: Intent | None = None) -> Answer:
    return Answer(text=text, messages=[{"role": "assistant", "content": text}], intent=intent)


class OfflineResponder:
    """Answers with the deterministic intent parser; says plainly when a request needs the LLM."""

    name = "offline"

    def __init__(self, tools: ChatTools):
        self.tools = tools

    def respond(self, history: list[dict[str, Any]], text: str, events: Events) -> Answer:
        intent = parse(text, self.tools.customer_names())
        return _text_answer(answer_intent(self.tools, intent), intent)


def answer_intent(tools: ChatTools, intent: Intent) -> str:
    """Carry out one parsed intent with the chat tools and word the answer; errors come back as text."""
    if intent.problem:
        return intent.problem[0].upper() + intent.problem[1:] + "."
    try:
        return _answer(tools, intent)
    except AccrueError as exc:
        return f"Can't do that: {exc}"


def _answer(tools: ChatTools, i: Intent) -> str:
    if i.kind == "help":
        return replies.HELP
    if i.kind == "pending":
        wanted = PendingArgs(mine_only=i.mine_only, customer=i.customer, invoice=i.invoice)
        return replies.pending(tools.pending_approvals(wanted), mine_only=i.mine_only)
    if i.kind in {"approve", "reject"}:
        assert i.handle is not None
        return replies.decision(tools.decide(i.handle, approve=i.kind == "approve", reason=i.reason,
                                             action_type=i.action_type))
    if i.kind == "terms":
        assert i.customer is not None
        return replies.terms(tools.show_terms(TermsArgs(customer=i.customer, fields=i.fields)))
    if i.kind == "explain":
        ref = i.handle or i.invoice or i.customer
        assert ref is not None
        why = replies.explain(tools.explain_run(ExplainArgs(run=ref)), i.action_type)
        issued = tools.invoice(i.invoice) if i.invoice and not i.handle else None
        return f"{replies.invoice_status(issued)}\n{why}" if issued is not None else why
    if i.kind == "balance":
        return replies.balance(tools.customer_balance(BalanceArgs(customer=i.customer)), i.currency)
    if i.kind == "overdue":
        if i.invoice:
            return replies.invoice_status(tools.invoice(i.invoice), overdue_question=True, number=i.invoice)
        return replies.overdue(tools.customer_balance(BalanceArgs(customer=i.customer)), i.min_days)
    if i.kind == "schedule":
        if i.customer is None:
            return replies.next_invoices([tools.billing_schedule(ScheduleArgs(customer=name))
                                          for name in tools.contract_customers()])
        return replies.schedule(tools.billing_schedule(ScheduleArgs(customer=i.customer)))
    if i.kind == "find":
        if i.invoice:
            return replies.invoice_status(tools.invoice(i.invoice), number=i.invoice)
        return replies.found(tools.find(FindArgs(query=i.customer or i.reason or i.text)))
    if i.kind in {"credit", "write_off", "invoice_change"}:
        assert i.invoice and i.amount is not None and i.reason
        common = {"invoice": i.invoice, "reason": i.reason, "currency": i.currency}
        if i.kind == "credit":
            return replies.proposal(tools.propose_credit_note(CreditArgs(amount=i.amount, **common)))
        if i.kind == "write_off":
            return replies.proposal(tools.propose_write_off(WriteOffArgs(amount=i.amount, **common)))
        return replies.proposal(tools.propose_invoice_change(InvoiceChangeArgs(new_amount=i.amount, **common)))
    if i.kind == "refund":
        assert i.customer and i.amount is not None and i.reason
        return replies.proposal(tools.propose_refund(RefundArgs(customer=i.customer, amount=i.amount,
                                                                reason=i.reason, currency=i.currency)))
    if i.kind == "correct":
        assert i.handle is not None
        return replies.correction(tools.correct(i.handle, i.assignments))
    if i.kind == "run":
        assert i.path is not None
        tools.require_writer()
        view = tools.rt.start_contract_run(i.path, i.deal)
        head = "That contract was already processed; here is its run.\n" if view.already_processed else ""
        return head + replies.explain(tools.explain_run(ExplainArgs(run=view.run_id)))
    if i.kind == "unknown_command":
        return i.problem or "Unknown command; type /help."
    if i.elsewhere:
        return ELSEWHERE
    if i.customer:  # the line named a customer, so say what can be asked about them
        return NEEDS_LLM.replace("that.", f"what you want about {i.customer}.", 1)
    return NEEDS_LLM


def build_chat_graph(turn: Callable[[list[dict[str, Any]], str], Answer]) -> StateGraph:
    """START -> turn -> END: one exchange per invocation; the thread's checkpoints hold the conversation."""

    def respond(state: ChatState) -> dict[str, Any]:
        messages = state.get("messages", [])
        # A fresh context: the runs this turn starts or resumes are threads of their own, not subgraphs of the chat.
        answer = contextvars.Context().run(turn, messages[:-1], str(messages[-1]["content"]))
        total = Usage.model_validate(state.get("usage") or {}) + answer.usage
        return {"messages": answer.messages, "usage": total.model_dump(mode="json")}

    g = StateGraph(ChatState)
    g.add_node("turn", respond)
    g.add_edge(START, "turn")
    g.add_edge("turn", END)
    return g


class ChatSession:
    """A person's chat over one RunService: `handle(line)` answers one typed line."""

    def __init__(self, rt: RunService, speaker: str, role: str | None = None, *, responder: Responder | None = None,
                 resume: bool = False, events: Events | None = None):
        self.rt = rt
        self.tools = ChatTools(rt, speaker, role)
        self.responder: Responder = responder or OfflineResponder(self.tools)
        self.events: Events = events or (lambda kind, text: None)
        self.session_usage = Usage()
        self._current: Answer | None = None
        self._pending_intent: Intent | None = None
        self.graph = build_chat_graph(self._turn).compile(checkpointer=rt.checkpointer)
        earlier = latest_thread(rt.engine, self.speaker) if resume else None
        self.resumed = earlier is not None
        self.thread_id = earlier or f"chat-{uuid.uuid4()}"
        if earlier is None:
            start_thread(rt.engine, self.thread_id, self.speaker)

    @property
    def speaker(self) -> str:
        return self.tools.speaker

    @property
    def role(self) -> str | None:
        return self.tools.role

    def _config(self) -> RunnableConfig:
        return {"configurable": {"thread_id": self.thread_id}}

    def history(self) -> list[dict[str, Any]]:
        return list((self.graph.get_state(self._config()).values or {}).get("messages", []))

    def thread_usage(self) -> Usage:
        return Usage.model_validate((self.graph.get_state(self._config()).values or {}).get("usage") or {})

    # -- one line ------------------------------------------------------------------------------
    def handle(self, line: str) -> Reply:
        text = line.strip()
        if not text:
            return Reply(text="")
        intent = parse_slash(text) if text.startswith("/") else None
        if intent is not None and intent.kind in {"help", "quit", "cost"}:
            if intent.kind == "quit":
                return Reply(text="Bye.", quit=True, intent=intent)
            if intent.kind == "cost":
                return Reply(text=self.cost_text(), intent=intent)
            return Reply(text=replies.HELP, intent=intent)
        if intent is None and self.responder.name != "offline":
            candidate = parse(text, self.tools.customer_names())
            if candidate.kind in {"approve", "reject"}:
                intent = candidate
        self._current = None
        self._pending_intent = intent
        first_call = len(self.tools.journal)
        self.graph.invoke({"messages": [{"role": "user", "content": text}], "speaker": self.speaker,
                           "role": self.tools.role_label}, self._config(), durability="sync")
        answer = self._current
        assert answer is not None
        self.session_usage = self.session_usage + answer.usage
        touch_thread(self.rt.engine, self.thread_id)
        return Reply(text=answer.text, streamed=answer.streamed, usage=answer.usage, intent=answer.intent,
                     calls=self.tools.journal[first_call:])

    def _turn(self, history: list[dict[str, Any]], text: str) -> Answer:
        intent = self._pending_intent
        if intent is not None:
            answer = _text_answer(answer_intent(self.tools, intent), intent)
        else:
            try:
                answer = self.responder.respond(history, text, self.events)
            except AccrueError as exc:
                answer = _text_answer(f"Can't answer: {exc}")
        self._current = answer
        return answer

    def cost_text(self) -> str:
        u, t = self.session_usage, self.thread_usage()
        model = getattr(self.responder, "model", None)
        head = f"Model: {model}" if model else "Offline: no model calls, no cost"
        return (f"{head}\n"
                f"This session: {u.calls} call(s), {u.input_tokens} input + {u.output_tokens} output tokens "
                f"(cache read {u.cache_read_input_tokens}, cache write {u.cache_creation_input_tokens}), "
                f"USD {u.cost_usd:.6f}\n"
                f"This conversation: {t.calls} call(s), {t.input_tokens + t.output_tokens} tokens, "
                f"USD {t.cost_usd:.6f}")


def run_tool_safely(tools: ChatTools, name: str, raw: dict[str, Any]) -> tuple[str, bool]:
    """A tool's JSON result, or its error text and `True` (fed back to the model as `is_error`)."""
    try:
        return tools.call(name, raw).model_dump_json(), False
    except ToolError as exc:
        return str(exc), True
