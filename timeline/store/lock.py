"""One writer at a time: a lock file in the store naming the process that writes to it.

>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> with StoreLock(root):
...     (root / LOCK).exists()
True
>>> (root / LOCK).exists()
False
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

__all__ = ["LOCK", "StoreLock"]

LOCK = ".writer.lock"


class StoreLock:
    """Held while a run writes. A lock left by a process of this host that no longer runs is
    taken over; a live one (or one from another host) is an error naming its owner."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK
        self.owner = f"{socket.gethostname()}:{os.getpid()}"

    def __enter__(self) -> StoreLock:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                if not self._stale():
                    owner = self.path.read_text(errors="replace").strip()
                    raise ValueError(f"{self.path.parent} is being written by {owner} "
                                     f"(remove {self.path} if that run is gone)") from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w") as handle:
                handle.write(self.owner + "\n")
            return self
        raise ValueError(f"could not lock {self.path.parent}")

    def __exit__(self, *exc: object) -> None:
        self.path.unlink(missing_ok=True)

    def _stale(self) -> bool:
        try:
            host, pid = self.path.read_text().strip().rsplit(":", 1)
        except (OSError, ValueError):
            return False
        if host != socket.gethostname():
            return False
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except (PermissionError, ValueError):
            return False
        return False
