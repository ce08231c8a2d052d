"""Conversation history in SQLite: the only package that touches the database.

One file, ``history.sqlite3``, in WAL mode with foreign keys on; every write is one
transaction; the schema version lives in ``PRAGMA user_version`` and moves forward
through ``MIGRATIONS``. A damaged file is moved aside, never deleted. All methods
block, so the UI calls them from its storage thread (``ui/storage_runner.py``).
The schema is documented in ``docs/history-schema.md``.

The file and its ``-wal``/``-shm`` companions are owner-only (0600). Another program
(``chatdesk import``) may hold the write lock for a while: writes wait and retry rather
than fail. A streaming reply carries its writer's token (``services/writer_lock.py``),
so a reply whose window died reads as incomplete everywhere, at once.

The rest of the app uses ``HistoryStore`` (``store.py``) and the names below; the
modules beside it each own one part (see ``store.py``).
"""

from chatdesk.services.storage.conversations import ConversationSummary
from chatdesk.services.storage.errors import StorageError
from chatdesk.services.storage.schema import MIGRATIONS, SCHEMA_VERSION
from chatdesk.services.storage.search import SearchHit, UsageRow
from chatdesk.services.storage.store import DB_NAME, HistoryStore, OpenReport

__all__ = [
    "DB_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ConversationSummary",
    "HistoryStore",
    "OpenReport",
    "SearchHit",
    "StorageError",
    "UsageRow",
]
