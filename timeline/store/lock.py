"""One writer at a time: a lock file in the store naming the process that writes to it.

The lock file is created whole: its content (pid, host, since when) is written to a
temporary file first, which is then hard-linked to the lock's name, an operation that fails when
the lock exists. So a second writer never sees an empty or half-written lock, and its error says
who holds the store.

>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> with StoreLock(root):
...     sorted(read_owner(root / LOCK))
['host', 'pid', 'since']
>>> (root / LOCK).exists()
False
"""

from __future__ import annotations

import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["LOCK", "StoreLock", "read_owner"]

LOCK = ".writer.lock"


def read_owner(path: Path) -> dict:
    """The lock's owner: {pid, host, since}; an old 'host:pid' lock is read too; {}
    when the file is empty or unreadable."""
    try:
        text = Path(path).read_text(errors="replace").strip()
    except OSError:
        return {}
    try:
        owner = json.loads(text)
        return owner if isinstance(owner, dict) else {}
    except ValueError:
        host, _, pid = text.rpartition(":")
        return {"host": host, "pid": pid} if host and pid.isdigit() else {}


def describe(owner: dict) -> str:
    """'process 123 on host-a since 2026-12-05 23:04:11 UTC'."""
    if not owner.get("pid"):
        return "an unknown process (the lock file names none)"
    text = f"process {owner['pid']} on {owner.get('host') or 'an unknown host'}"
    if owner.get("since"):
        text += f" since {owner['since']}"
    return text


class StoreLock:
    """Held while a run writes. A lock left by a process of this host that no longer runs is
    taken over; a live one (or one from another host) is an error naming its owner."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK

    def __enter__(self) -> StoreLock:
        owner = {"pid": os.getpid(), "host": socket.gethostname(),
                 "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")}
        tmp = self.path.with_name(f"{LOCK}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(owner) + "\n")
        try:
            for _ in range(3):
                try:
                    _create(tmp, self.path, owner)
                    return self
                except FileExistsError:
                    holder = read_owner(self.path)
                    if not self._stale(holder):
                        raise ValueError(
                            f"{self.path.parent} is being written by {describe(holder)}: wait for "
                            f"that run to end (or, if it is gone, remove {self.path})") from None
                    if read_owner(self.path) == holder:  # not taken over meanwhile
                        self.path.unlink(missing_ok=True)
            raise ValueError(f"could not lock {self.path.parent}: the lock changed hands "
                             f"repeatedly (now {describe(read_owner(self.path))})")
        finally:
            tmp.unlink(missing_ok=True)

    def __exit__(self, *exc: object) -> None:
        if read_owner(self.path).get("pid") not in (os.getpid(), str(os.getpid())):
            return  # not ours (removed by hand and taken by another run): leave it
        self.path.unlink(missing_ok=True)

    def _stale(self, owner: dict) -> bool:
        """The owner is a process of this host that no longer runs."""
        if owner.get("host") != socket.gethostname():
            return False
        try:
            os.kill(int(owner["pid"]), 0)
        except ProcessLookupError:
            return True
        except (PermissionError, ValueError, KeyError, TypeError):
            return False
        return False


def _create(tmp: Path, path: Path, owner: dict) -> None:
    """Create ``path`` with the content of ``tmp`` in one step (FileExistsError if it exists).
    Where hard links are not supported, an exclusive create and a write."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        with os.fdopen(fd, "w") as handle:
            handle.write(json.dumps(owner) + "\n")
