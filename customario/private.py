"""Private by default: files customario creates are 0600, folders it creates 0700 (issue 16).

The database, its WAL and SHM files (SQLite gives them the database file's mode), backups,
exports, rejects files, payout files and the file outbox hold phone numbers, e-mail addresses,
answers and money; no other local user should read them. The process umask still applies, so a
stricter umask (``077`` already, or ``277``) gives stricter modes; a looser one never loosens ours.
Existing files and folders keep their modes: customario never changes what it did not create.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open`: a file created by the call gets mode 0600 (minus umask)."""
    return os.open(path, flags, FILE_MODE)


def create_private_file(path: str | os.PathLike) -> bool:
    """Create ``path`` empty with mode 0600 unless it exists; True when it was created now.

    Used before SQLite or ``VACUUM INTO`` creates a file (both would use 0644 minus umask).
    """
    try:
        fd = os.open(os.fspath(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def make_private_dirs(path: str | os.PathLike) -> None:
    """``mkdir -p path`` where every folder created now gets mode 0700 (minus umask); existing
    folders are left as they are. Raises OSError like :meth:`Path.mkdir`."""
    missing = []
    p = Path(path)
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
