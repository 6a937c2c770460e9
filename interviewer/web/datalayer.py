"""Chainlit's data layer over the interview store: the browser's chats, their steps and files, per user.

Chainlit asks this layer for a chat's author before it shows, resumes or deletes it, so every chat is readable by
its author only. The tables live in the same database as the interviews (SQLite or PostgreSQL, migrations.py), so
a chat started on one app instance reopens on another. Files (the STAR chart, the Markdown export) are kept in the
database and handed back as data: URLs, so a reopened chat shows them without a file server.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from chainlit.data.base import BaseDataLayer
from chainlit.types import Feedback, PageInfo, PaginatedResponse, Pagination, ThreadDict, ThreadFilter
from chainlit.user import PersistedUser, User

from interviewer.interview.store import InterviewStore

if TYPE_CHECKING:
    from chainlit.element import Element, ElementDict
    from chainlit.step import StepDict

T = TypeVar("T")
_PRIVATE_METADATA = ("is_shared", "env")
"""Never stored: sharing a chat with anyone who has its link is not offered, and a visitor's environment is theirs."""


def _now_iso() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _clean(metadata: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (metadata or {}).items() if k not in _PRIVATE_METADATA}


class InterviewDataLayer(BaseDataLayer):
    def __init__(self, store: Callable[[], InterviewStore]) -> None:
        self._store = store
        self._chat_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def _chat_lock(self, thread_id: str) -> asyncio.Lock:
        """One chat's writes, one at a time, in the order Chainlit made them. Chainlit fires them as background tasks
        (a step's create and its update; the thread's owner at the first message while the app saves its settings),
        and two of those reading then writing one row in two PostgreSQL transactions lose one: a duplicate-key error
        (the step's final text lost), or the thread's owner overwritten with NULL (the chat then reopens nowhere).
        An asyncio lock is FIFO, and a task takes it before its first await, so the order is the call order."""
        found = self._chat_locks.get(thread_id)
        if found is None:
            found = self._chat_locks[thread_id] = asyncio.Lock()
        return found

    async def _run(self, work: Callable[[InterviewStore], T]) -> T:
        store = self._store()
        return await asyncio.to_thread(work, store)

    # users -----------------------------------------------------------------------------------------------------
    async def get_user(self, identifier: str) -> PersistedUser | None:
        rows = await self._run(lambda s: s.query("SELECT id, identifier, metadata, created_at FROM chat_users "
                                                 "WHERE identifier = ?", (identifier,)))
        if not rows:
            return None
        r = rows[0]
        return PersistedUser(id=r[0], identifier=r[1], metadata=json.loads(r[2]), createdAt=r[3])

    async def create_user(self, user: User) -> PersistedUser | None:
        def upsert(s: InterviewStore) -> None:
            s.execute("INSERT INTO chat_users (id, identifier, metadata, created_at) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(identifier) DO UPDATE SET metadata = excluded.metadata",
                      (str(uuid.uuid4()), user.identifier, json.dumps(user.metadata or {}), _now_iso()))

        await self._run(upsert)
        return await self.get_user(user.identifier)

    # feedback (thumbs on a message) ----------------------------------------------------------------------------
    async def upsert_feedback(self, feedback: Feedback) -> str:
        feedback_id = feedback.id or str(uuid.uuid4())

        def upsert(s: InterviewStore) -> None:
            thread = s.query("SELECT thread_id FROM chat_steps WHERE id = ?", (feedback.forId,))
            s.execute("INSERT INTO chat_feedbacks (id, thread_id, for_id, value, comment) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT(id) DO UPDATE SET value = excluded.value, comment = excluded.comment",
                      (feedback_id, thread[0][0] if thread else feedback.threadId, feedback.forId, int(feedback.value),
                       feedback.comment))

        await self._run(upsert)
        return feedback_id

    async def delete_feedback(self, feedback_id: str) -> bool:
        await self._run(lambda s: s.execute("DELETE FROM chat_feedbacks WHERE id = ?", (feedback_id,)))
        return True

    # elements (files shown in a message) -----------------------------------------------------------------------
    async def create_element(self, element: Element) -> None:
        content: bytes | None = None
        raw = getattr(element, "content", None)
        if isinstance(raw, str):
            content = raw.encode()
        elif isinstance(raw, bytes):
            content = raw
        elif getattr(element, "path", None):
            content = await asyncio.to_thread(lambda: open(element.path, "rb").read())  # type: ignore[arg-type]  # noqa: SIM115
        data = dict(element.to_dict())
        data["chainlitKey"] = None

        await self._run(lambda s: s.execute(
            "INSERT INTO chat_elements (id, thread_id, data, content) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET data = excluded.data, content = excluded.content",
            (element.id, element.thread_id, json.dumps(data), content)))

    async def get_element(self, thread_id: str, element_id: str) -> ElementDict | None:
        rows = await self._run(lambda s: s.query("SELECT data, content FROM chat_elements WHERE id = ? AND thread_id = ?",
                                                 (element_id, thread_id)))
        return _element(rows[0]) if rows else None

    async def delete_element(self, element_id: str, thread_id: str | None = None) -> None:
        await self._run(lambda s: s.execute("DELETE FROM chat_elements WHERE id = ?", (element_id,)))

    # steps (messages, grader steps) ------------------------------------------------------------------------------
    async def create_step(self, step_dict: StepDict) -> None:
        await self._upsert_step(step_dict)

    async def update_step(self, step_dict: StepDict) -> None:
        await self._upsert_step(step_dict)

    async def _upsert_step(self, step_dict: StepDict) -> None:
        step = dict(step_dict)
        thread_id = step.get("threadId")
        if not step.get("id") or not thread_id:
            return

        def upsert(s: InterviewStore) -> None:
            with s.transaction() as run:
                found = run("SELECT data FROM chat_steps WHERE id = ?", (step["id"],))
                if found:  # an update carries only what changed (a streamed message's final text)
                    merged = {**json.loads(found[0][0]), **{k: v for k, v in step.items() if v is not None}}
                    run("UPDATE chat_steps SET data = ? WHERE id = ?", (json.dumps(merged), step["id"]))
                else:
                    run("INSERT INTO chat_steps (id, thread_id, seq, data) VALUES (?, ?, ?, ?)",
                        (step["id"], thread_id, _when(step), json.dumps(step)))
                    if not run("SELECT 1 FROM chat_threads WHERE id = ?", (thread_id,)):
                        run("INSERT INTO chat_threads (id, created_at, updated_at) VALUES (?, ?, ?) "
                            "ON CONFLICT(id) DO NOTHING", (thread_id, _now_iso(), time.time()))

        async with self._chat_lock(str(thread_id)):
            await self._run(upsert)

    async def delete_step(self, step_id: str) -> None:
        await self._run(lambda s: s.execute("DELETE FROM chat_steps WHERE id = ?", (step_id,)))

    async def get_favorite_steps(self, user_id: str) -> list[StepDict]:
        return []

    # threads (one chat = one interview) --------------------------------------------------------------------------
    async def get_thread_author(self, thread_id: str) -> str:
        rows = await self._run(lambda s: s.query("SELECT user_identifier FROM chat_threads WHERE id = ?", (thread_id,)))
        return str(rows[0][0]) if rows and rows[0][0] else ""

    async def delete_thread(self, thread_id: str) -> None:
        def delete(s: InterviewStore) -> None:
            with s.transaction() as run:
                for table in ("chat_steps", "chat_elements", "chat_feedbacks"):
                    run(f"DELETE FROM {table} WHERE thread_id = ?", (thread_id,))
                run("DELETE FROM chat_threads WHERE id = ?", (thread_id,))

        await self._run(delete)

    async def update_thread(self, thread_id: str, name: str | None = None, user_id: str | None = None,
                            metadata: dict[str, Any] | None = None, tags: list[str] | None = None) -> None:
        def upsert(s: InterviewStore) -> None:
            with s.transaction() as run:
                identifier = None
                if user_id:
                    found = run("SELECT identifier FROM chat_users WHERE id = ?", (user_id,))
                    identifier = found[0][0] if found else None
                rows = run("SELECT name, tags, metadata FROM chat_threads WHERE id = ?", (thread_id,))
                if not rows:
                    run("INSERT INTO chat_threads (id, created_at, updated_at, name, user_id, user_identifier, tags, "
                        "metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (thread_id, _now_iso(), time.time(), name, user_id, identifier, json.dumps(tags or []),
                         json.dumps(_clean(metadata))))
                    return
                old_name, old_tags, old_metadata = rows[0]
                merged = {**json.loads(old_metadata), **_clean(metadata)}
                # A chat's author is set once: nothing a later call says can hand it to someone else. COALESCE on the
                # row as it is when this UPDATE gets it: a writer on another instance can never blank it either.
                run("UPDATE chat_threads SET updated_at = ?, name = ?, user_id = COALESCE(user_id, ?), "
                    "user_identifier = COALESCE(user_identifier, ?), tags = ?, metadata = ? WHERE id = ?",
                    (time.time(), name if name is not None else old_name, user_id, identifier,
                     json.dumps(tags) if tags is not None else old_tags, json.dumps(merged), thread_id))

        async with self._chat_lock(thread_id):
            await self._run(upsert)

    async def get_thread(self, thread_id: str) -> ThreadDict | None:
        def read(s: InterviewStore) -> ThreadDict | None:
            rows = s.query("SELECT id, created_at, name, user_id, user_identifier, tags, metadata FROM chat_threads "
                           "WHERE id = ?", (thread_id,))
            if not rows:
                return None
            steps = [json.loads(r[0]) for r in
                     s.query("SELECT data FROM chat_steps WHERE thread_id = ? ORDER BY seq", (thread_id,))]
            feedback = {r[0]: {"id": r[1], "forId": r[0], "value": r[2], "comment": r[3]} for r in
                        s.query("SELECT for_id, id, value, comment FROM chat_feedbacks WHERE thread_id = ?", (thread_id,))}
            for step in steps:
                if step.get("id") in feedback:
                    step["feedback"] = feedback[step["id"]]
            elements = [_element(r) for r in
                        s.query("SELECT data, content FROM chat_elements WHERE thread_id = ?", (thread_id,))]
            return _thread(rows[0], steps, elements)

        return await self._run(read)

    async def list_threads(self, pagination: Pagination, filters: ThreadFilter) -> PaginatedResponse[ThreadDict]:
        def read(s: InterviewStore) -> PaginatedResponse[ThreadDict]:
            if not filters.userId:  # Chainlit always filters by the signed-in user; without one, nothing is listed
                return PaginatedResponse(pageInfo=PageInfo(hasNextPage=False, startCursor=None, endCursor=None), data=[])
            sql = ("SELECT id, created_at, name, user_id, user_identifier, tags, metadata, updated_at FROM chat_threads "
                   "WHERE user_id = ?")
            params: list[Any] = [filters.userId]
            if pagination.cursor:
                cursor = s.query("SELECT updated_at FROM chat_threads WHERE id = ?", (pagination.cursor,))
                if cursor:
                    sql += " AND updated_at < ?"
                    params.append(cursor[0][0])
            if filters.search:
                sql += " AND lower(coalesce(name, '')) LIKE ?"
                params.append(f"%{filters.search.lower()}%")
            sql += " ORDER BY updated_at DESC LIMIT ?"
            params.append(pagination.first + 1)
            rows = s.query(sql, params)
            page = [_thread(r[:7], [], []) for r in rows[:pagination.first]]
            return PaginatedResponse(
                pageInfo=PageInfo(hasNextPage=len(rows) > pagination.first,
                                  startCursor=page[0]["id"] if page else None, endCursor=page[-1]["id"] if page else None),
                data=page)

        return await self._run(read)

    async def build_debug_url(self) -> str:
        return ""

    async def close(self) -> None:
        return None


def _when(step: dict[str, Any]) -> float:
    """When the step was made (its order in the chat): steps reach the database later than that, and not in order
    (Chainlit holds back the ones before the first reply until that reply is saved)."""
    for key in ("createdAt", "start"):
        if isinstance(step.get(key), str):
            try:
                return datetime.fromisoformat(step[key].replace("Z", "+00:00")).timestamp()
            except ValueError:
                continue
    return time.time()


def _thread(row: tuple[Any, ...], steps: list[Any], elements: list[Any]) -> ThreadDict:
    return ThreadDict(id=row[0], createdAt=row[1], name=row[2], userId=row[3], userIdentifier=row[4],
                      tags=json.loads(row[5]), metadata=json.loads(row[6]), steps=steps, elements=elements)


def _element(row: tuple[Any, ...]) -> ElementDict:
    data = json.loads(row[0])
    content = row[1]
    if content is not None:
        mime = data.get("mime") or "application/octet-stream"
        data["url"] = f"data:{mime};base64,{base64.b64encode(bytes(content)).decode()}"
    return data  # type: ignore[no-any-return]
