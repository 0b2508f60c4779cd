"""Which process owns a live call: ``calls.claimed_by`` holds ``host:pid``.

Shared by the dialer (claims) and the conversation recorder (calls in progress) so both decide
"the owner is dead" the same way.
"""

from __future__ import annotations

import os
import socket


def owner_id() -> str:
    """``host:pid`` of this process (the value written to ``calls.claimed_by``)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def pid_alive(pid: int | None) -> bool:
    """True when a process with ``pid`` runs on this host (signal 0 probe; a zombie, which has
    exited but was not yet reaped, counts as gone, per its state field in ``/proc/PID/stat``)."""
    if not pid or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return True


def dead_local_owner(owner: str | None, host: str | None = None) -> bool:
    """True when ``owner`` (``host:pid``) names a process on ``host`` (default: this host) that
    no longer runs. Owners on other hosts are never judged dead here: use heartbeats for them."""
    if not owner or ":" not in owner:
        return False
    h, _, pid = owner.rpartition(":")
    return h == (host or socket.gethostname()) and pid.isdigit() and not pid_alive(int(pid))
