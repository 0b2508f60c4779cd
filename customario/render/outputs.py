"""Output files: one check before any work starts, one way to open them.

Every command that writes a file the user named (``--rejects``, ``leads export -o``, ``insights
--html/--csv``, ``export responses -o/--codebook``, ``payments export -o``, ``db backup``,
``console --audio-out``) calls :func:`check_output_path` first, before it reads, computes or writes
anything in the database, and then writes through :func:`open_output`. A path that cannot be
written is a ConfigError (exit 3) with one ``Error:`` line that says how to fix it:

- the folder does not exist (it is never created silently: a typo would scatter files),
- the path is a folder, or ends with ``/``,
- a part of the folder path is a regular file (``report.csv/out.html``),
- the folder or the existing file is not writable,
- the file exists and the command never overwrites (payout files, backups).

Special files that already exist and are writable (``/dev/null``, ``/dev/stdout``, a FIFO) are
accepted as they are.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Iterator

from customario.errors import ConfigError, CustomarioError


def _first_existing_ancestor(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists() or parent.is_symlink():
            return parent
    return Path(".")


def check_output_path(
    path: str | os.PathLike,
    *,
    what: str = "output file",
    overwrite: bool = True,
    option: str | None = None,
    not_same_as: dict[str, str | os.PathLike | None] | None = None,
) -> Path:
    """Check that ``path`` can be written as a file; return it (``~`` expanded).

    ``what`` names the file in the message ("rejects file", "backup"); ``option`` names the flag
    (``--rejects``) in the hint. ``overwrite=False`` refuses an existing file. ``not_same_as`` maps
    a label ("input file", "database") to a path the output must not be (UsageError, exit 2: the
    command would destroy its own input). Raises ConfigError (exit 3) for an unusable path; never
    creates or changes anything.
    """
    raw = os.fspath(path)
    flag = f"{option} " if option else ""
    if not str(raw).strip():
        raise ConfigError(f"the {what} path is empty", f"Give {flag}a file name such as out.csv")
    if "\x00" in str(raw):
        raise ConfigError(f"the {what} path contains a NUL character", f"Give {flag}a plain file name")
    p = Path(raw).expanduser()
    try:
        st = p.stat()
    except FileNotFoundError:
        st = None
    except NotADirectoryError:
        st = None
    except OSError as exc:
        raise ConfigError(
            f"cannot use {p} as the {what} ({exc.strerror or exc})", f"Choose another {flag}path"
        ) from None
    if st is not None:
        for label, other in (not_same_as or {}).items():
            if other is None or not str(other).strip():
                continue
            with contextlib.suppress(OSError):
                if os.path.samefile(p, Path(other).expanduser()):
                    from customario.errors import UsageError

                    raise UsageError(
                        f"{flag or 'the output '}{p} is the {label}; writing it would destroy it",
                        f"Choose another {what} name",
                    )
        if stat.S_ISDIR(st.st_mode):
            raise ConfigError(f"{p} is a folder, not a file", f"Give {flag}a file name inside it, e.g. {p / 'out'}")
        if not overwrite and stat.S_ISREG(st.st_mode):
            raise ConfigError(f"{p} already exists", f"Choose a new {what} name; it is never overwritten")
        if not os.access(p, os.W_OK):
            raise ConfigError(f"{p} is not writable", f"Check its permissions or choose another {flag}path")
        return p
    if str(raw).endswith(("/", os.sep)):
        raise ConfigError(f"{raw} names a folder, not a file", f"Give {flag}a file name, e.g. {p / 'out'}")
    if p.is_symlink():
        raise ConfigError(f"{p} is a dangling symbolic link", f"Remove it or choose another {flag}path")
    parent = p.parent
    if not parent.is_dir():
        anc = _first_existing_ancestor(p)
        if anc.exists() and not anc.is_dir():
            raise ConfigError(f"{anc} is a file, so {p} cannot be created under it", f"Choose another {flag}path")
        raise ConfigError(
            f"folder {parent} does not exist", f"Create it first (mkdir -p {parent}) or choose another {flag}path"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(f"cannot create files in folder {parent} (permission denied)", f"Choose another {flag}path")
    return p


@contextlib.contextmanager
def open_output(path: str | os.PathLike, mode: str = "w", *, what: str = "output file", **kwargs) -> Iterator[IO]:
    """Open an output file checked by :func:`check_output_path` (text mode: UTF-8 unless given);
    a file created by the call gets mode 0600 (customario.private).

    Errors while opening become ConfigError (exit 3); errors while writing (disk full) become a
    CustomarioError (exit 1) naming the file. ``kwargs`` go to :func:`open` (e.g. ``newline=""``).
    """
    from customario.private import private_opener

    p = Path(path).expanduser()
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    kwargs.setdefault("opener", private_opener)  # a file created here is 0600 (issue 16)
    try:
        fh = open(p, mode, **kwargs)
    except OSError as exc:
        raise ConfigError(f"cannot write the {what} {p} ({exc.strerror or exc})", "Choose another path") from None
    try:
        with fh:
            yield fh
    except OSError as exc:
        raise CustomarioError(
            f"writing the {what} {p} failed ({exc.strerror or exc})", "Free some disk space or choose another path"
        ) from None


def write_output_bytes(path: str | os.PathLike, data: bytes, *, what: str = "output file") -> Path:
    """Write ``data`` to ``path`` through :func:`open_output`; returns the path."""
    with open_output(path, "wb", what=what) as fh:
        fh.write(data)
    return Path(path).expanduser()


def write_output_text(path: str | os.PathLike, text: str, *, what: str = "output file") -> Path:
    """Write UTF-8 ``text`` to ``path`` through :func:`open_output`; returns the path."""
    with open_output(path, "w", what=what) as fh:
        fh.write(text)
    return Path(path).expanduser()
