"""Errors and exit codes shared by every layer.

Core code raises a :class:`CustomarioError` subclass; the CLI maps it to ``Error: <message>. <hint>``
on stderr and to the subclass's exit code (one place: ``customario.cli.app.CustomarioGroup``).
Exit codes follow STYLE.md; 65 is sysexits' EX_DATAERR for input files that cannot be used.
"""

from __future__ import annotations

import re
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in the README for cron users."""

    OK = 0
    ERROR = 1
    USAGE = 2
    CONFIG = 3
    NOT_FOUND = 4
    EXTERNAL = 5
    PARTIAL = 6
    DATA = 65
    LOCKED = 75
    INTERRUPTED = 130


class CustomarioError(Exception):
    """Base of every error the CLI reports without a traceback.

    ``message`` says what happened, ``hint`` says how to fix it; ``location`` is an optional
    ``file:line[:column]`` prefix.
    """

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, hint: str | None = None, *, location: str | None = None):
        super().__init__(message)
        self.message = message.rstrip(".")
        self.hint = hint
        self.location = location

    def render(self) -> str:
        """The one-line (or few-line) text printed after ``Error: ``, with phone numbers and e-mail
        addresses masked (:func:`mask_pii`): error text must not carry the data's personal details."""
        text = f"{self.location}: {self.message}." if self.location else f"{self.message}."
        if self.hint:
            text += " " + self.hint.strip()
            if not text.endswith((".", "?", "!")):
                text += "."
        return mask_pii(text)


_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
_DIGITS = re.compile(r"\d")


def mask_pii(text: str) -> str:
    """``text`` with e-mail addresses as ``***@domain`` and phone numbers as ``******1234``.

    Phone numbers are found with phonenumbers' ``PhoneNumberMatcher`` (leniency VALID, default
    region US, so ``+44 20 7946 0958`` and ``(212) 555-0101`` are both found, while counts, dates,
    times and ids are not). Used for every error message (STYLE.md "PII out of log bodies";
    issue 16: an error printed two leads' numbers).
    """
    if "@" in text:
        text = _EMAIL.sub(lambda m: "***@" + m.group(1), text)
    if len(_DIGITS.findall(text)) < 7:
        return text
    import phonenumbers

    out, last = [], 0
    for match in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
        digits = "".join(_DIGITS.findall(match.raw_string))
        out.append(text[last : match.start] + "******" + digits[-4:])
        last = match.end
    return "".join(out) + text[last:] if out else text


class UsageError(CustomarioError):
    exit_code = ExitCode.USAGE


class ConfigError(CustomarioError):
    exit_code = ExitCode.CONFIG


class NotFoundError(CustomarioError):
    exit_code = ExitCode.NOT_FOUND


class ExternalServiceError(CustomarioError):
    exit_code = ExitCode.EXTERNAL


class PartialFailure(CustomarioError):
    exit_code = ExitCode.PARTIAL


class InputDataError(CustomarioError):
    """An input file (CSV, YAML, WAV, JSON) cannot be used as it is."""

    exit_code = ExitCode.DATA


class DefinitionError(InputDataError):
    """A campaign or survey definition does not validate; ``location`` is ``file:line:column``."""


class LockedError(CustomarioError):
    exit_code = ExitCode.LOCKED


class Interrupted(CustomarioError):
    exit_code = ExitCode.INTERRUPTED
