"""Whose chat thread is whose: `accrue chat --resume` continues a person's latest conversation.

The conversation itself is a LangGraph thread in the checkpointer; this module keeps only the
index from a speaker to their threads (`chat_threads`), newest activity first.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from accrue.adapters.store import ChatThreadRecord
from accrue.core.clock import utcnow


def start_thread(engine: Engine, thread_id: str, speaker: str) -> None:
    """Record a new conversation of `speaker` (names match case-insensitively on resume)."""
    with Session(engine) as s:
        s.add(ChatThreadRecord(thread_id=thread_id, speaker_key=speaker.lower(), speaker=speaker))
        s.commit()


def latest_thread(engine: Engine, speaker: str) -> str | None:
    """The thread `speaker` last talked in, or None when they have none."""
    with Session(engine) as s:
        row = s.exec(select(ChatThreadRecord).where(ChatThreadRecord.speaker_key == speaker.lower())
                     .order_by(col(ChatThreadRecord.updated_at).desc())).first()
        return row.thread_id if row else None


def touch_thread(engine: Engine, thread_id: str) -> None:
    """Mark a thread as just used, so it is the one `--resume` picks."""
    with Session(engine) as s:
        row = s.get(ChatThreadRecord, thread_id)
        if row is not None:
            row.updated_at = utcnow()
            s.add(row)
            s.commit()
