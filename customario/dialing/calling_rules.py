"""Calling rules as data: the federal window and state rules from a YAML file.

The shipped file is ``customario/data/calling_rules.yaml``: the TCPA window (47 CFR
64.1200(c)(1), 08:00–21:00 local), Florida (FTSA, Fla. Stat. §501.059(8): 08:00–20:00, at most 3
calls per 24 h on the same subject), Oklahoma (OTSA, 15 O.S. §775C.4: 08:00–20:00, 3 per 24 h),
Washington (RCW 80.36.390(3): 08:00–20:00) and Texas (Bus. & Com. Code §301.051: 09:00–21:00,
Sunday from noon). A user file with the same shape (``states: {XX: {window, days, max_calls_per_24h,
source}}``) replaces the shipped entry of each state it names.

A state rule applies to a lead by its state (the lead file's ``state`` column, else the state of its
area code, :mod:`customario.dialing.states`). The dialer calls a lead only when the campaign window,
the federal window and its state's window are all open in the lead's local time (every candidate
zone when the number's zone is ambiguous), and not when it already had ``max_calls_per_24h`` dial
attempts of this campaign (same subject) in the last 24 hours.

Errors: :class:`customario.errors.InputDataError` naming the file and the entry (unknown state,
malformed window, bad number), never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from functools import lru_cache
from pathlib import Path

from customario.dialing.states import STATES
from customario.errors import InputDataError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Window:
    """A local-time window ``[start, end)``."""

    start: time
    end: time

    def contains(self, t: time) -> bool:
        return self.start <= t < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class StateRule:
    """One state's rule: ``window`` (and per-weekday overrides, 0 = Monday), the most dial attempts
    per lead per campaign in 24 h (None = no cap), and the ``source`` it implements."""

    state: str
    window: Window
    source: str
    days: tuple[tuple[int, Window], ...] = ()
    max_calls_per_24h: int | None = None

    def window_on(self, weekday: int) -> Window:
        return dict(self.days).get(weekday, self.window)

    def is_open(self, local_time: time, weekday: int) -> bool:
        return self.window_on(weekday).contains(local_time)


@dataclass(frozen=True)
class CallingRules:
    """The federal window and the state rules (``{state: StateRule}``)."""

    federal: Window
    federal_source: str
    states: dict = field(default_factory=dict)
    files: tuple[str, ...] = ()


def parse_window(text: object, where: str) -> Window:
    """``"08:00-20:00"`` → Window. Raises InputDataError naming ``where`` when malformed."""
    m = _WINDOW.match(str(text)) if isinstance(text, str) else None
    if not m:
        raise InputDataError(f"{where}: malformed window {text!r}", 'Write it as "HH:MM-HH:MM", e.g. "08:00-20:00"')
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise InputDataError(f"{where}: malformed window {text!r} (no such time)", "Hours 00-23, minutes 00-59")
    start, end = time(h1, m1), time(23, 59, 59, 999999) if h2 == 24 else time(h2, m2)
    if start >= end:
        raise InputDataError(f"{where}: window {text!r} ends before it starts", "Windows cannot span midnight")
    return Window(start, end)


def _state_rule(code: str, spec: object, where: str) -> StateRule:
    if code not in STATES:
        raise InputDataError(f"{where}: unknown state {code!r}", "Use a USPS code such as FL, OK, TX")
    if not isinstance(spec, dict):
        raise InputDataError(f"{where}: expected a mapping with window, days, max_calls_per_24h, source", None)
    unknown = set(spec) - {"window", "days", "max_calls_per_24h", "source"}
    if unknown:
        raise InputDataError(
            f"{where}: unknown key {sorted(unknown)[0]!r}", "Known keys: window, days, max_calls_per_24h, source"
        )
    window = parse_window(spec.get("window", "08:00-21:00"), f"{where}.window")
    days = []
    for day, text in (spec.get("days") or {}).items():
        if str(day).lower()[:3] not in WEEKDAYS:
            raise InputDataError(f"{where}.days: unknown day {day!r}", "Use mon, tue, wed, thu, fri, sat, sun")
        days.append((WEEKDAYS.index(str(day).lower()[:3]), parse_window(text, f"{where}.days.{day}")))
    cap = spec.get("max_calls_per_24h")
    if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or cap < 1):
        raise InputDataError(f"{where}.max_calls_per_24h: {cap!r} is not a positive whole number", None)
    return StateRule(code, window, str(spec.get("source") or ""), tuple(days), cap)


def _read(path: Path) -> dict:
    from ruamel.yaml import YAML, YAMLError

    try:
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        raise InputDataError(
            f"cannot read calling rules {path}: {exc}", "Fix the YAML (see customario/data/calling_rules.yaml)"
        ) from None
    if not isinstance(data, dict):
        raise InputDataError(f"{path}: expected a mapping with federal and states", None)
    return data


def load_calling_rules(extra: list[str | Path] | tuple = ()) -> CallingRules:
    """The shipped rules, overridden state by state by each file of ``extra`` (in order)."""
    return _load(tuple(str(p) for p in extra if p))


@lru_cache(maxsize=16)
def _load(extra: tuple[str, ...]) -> CallingRules:
    from importlib import resources

    shipped = resources.files("customario.data").joinpath("calling_rules.yaml")
    paths = [Path(str(shipped))] + [Path(p) for p in extra]
    federal, federal_source, states = Window(time(8), time(21)), "", {}
    for path in paths:
        data = _read(path)
        if "federal" in data:
            fed = data["federal"] or {}
            federal = parse_window(fed.get("window", "08:00-21:00"), f"{path}: federal.window")
            federal_source = str(fed.get("source") or federal_source)
        for code, spec in (data.get("states") or {}).items():
            code = str(code).upper()
            states[code] = _state_rule(code, spec, f"{path}: states.{code}")
    return CallingRules(federal, federal_source, states, tuple(str(p) for p in paths))
