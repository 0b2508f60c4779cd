"""What one lead row's cells mean: time zone, consent, name and US state.

Used by :mod:`customario.leads.importer` for every row it admits: a time-zone cell (IANA name or a
common US abbreviation such as ``EST``/``Pacific``) or else the number's zone(s), a consent cell
(``yes/true/1/y`` → ``granted``, ``no/false/0/n`` → ``denied``, with a few other languages' yes and
no), and a full name split into first and last (honorifics dropped) or joined from them.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_TZ_ABBREVIATIONS = {
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "alaska": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "hawaii": "Pacific/Honolulu",
    "utc": "UTC",
    "gmt": "UTC",
}
_CONSENT = {
    "yes": "granted",
    "y": "granted",
    "true": "granted",
    "t": "granted",
    "1": "granted",
    "granted": "granted",
    "opted in": "granted",
    "opt-in": "granted",
    "optin": "granted",
    "x": "granted",
    "oui": "granted",
    "si": "granted",
    "sí": "granted",
    "ja": "granted",
    "no": "denied",
    "n": "denied",
    "false": "denied",
    "f": "denied",
    "0": "denied",
    "denied": "denied",
    "opted out": "denied",
    "opt-out": "denied",
    "optout": "denied",
    "withdrawn": "denied",
    "non": "denied",
    "nein": "denied",
}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"}


def consent_of(text: str) -> str | None:
    """``granted`` or ``denied`` for a consent cell (case-insensitive, already stripped), else None."""
    return _CONSENT.get(text.lower())


def valid_timezone(name: str) -> str | None:
    """An IANA zone name for ``name`` (or a US abbreviation like ``EST``), else None."""
    return timezone_for(name.strip())


_tz_cache: dict[str, str | None] = {}


def timezone_for(text: str) -> str | None:
    """An IANA zone name for ``text`` as given (not stripped), else None; results are cached."""
    if text in _tz_cache:
        return _tz_cache[text]
    zone = _TZ_ABBREVIATIONS.get(text.lower())
    if zone is None and text and len(text) < 64 and ".." not in text and not text.startswith("/"):
        try:
            ZoneInfo(text)
            zone = text
        except (ZoneInfoNotFoundError, ValueError, OSError):
            zone = None
    _tz_cache[text] = zone
    return zone


def split_name(name: str) -> tuple[str | None, str | None]:
    """(first, last) of a full name, honorifics dropped; last is None for a single word."""
    tokens = [t for t in name.replace(",", " ").split() if t]
    while tokens and tokens[0].lower().rstrip(".") in _HONORIFICS and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens:
        return None, None
    return tokens[0], (tokens[-1] if len(tokens) > 1 else None)


def row_names(get: dict, i: int) -> tuple[str, str, str]:
    """(name, first, last): the full name from first + last, or first/last split from the name."""
    name = get["name"][i] if "name" in get else ""
    first = get["first_name"][i] if "first_name" in get else ""
    last = get["last_name"][i] if "last_name" in get else ""
    if not name and (first or last):
        name = f"{first} {last}".strip()
    elif name and not first and not last:
        first, last = split_name(name)
    return name, first or "", last or ""


# An area code spans at most a few zones; more candidates means a non-geographic number (toll free).
MAX_CANDIDATE_ZONES = 4


def row_zone(tz_text: str, res, default_tz: str, attrs: dict | None) -> tuple[str, str, str | None]:
    """(timezone, timezone_source, timezones): the row's zone column, else the number's zone when
    phonenumbers names one, else — when it names several (907 Alaska/Aleutian, 775 Pacific/Mountain)
    — every candidate (``timezones``, ``|``-joined; the dialer calls only when all are open), else
    the list default (also for non-geographic numbers such as toll-free ones, for which phonenumbers
    names every zone of the country). An unreadable zone cell is kept in ``attrs["timezone_text"]``."""
    if tz_text:
        tz = timezone_for(tz_text)
        if tz:
            return tz, "column", None
        attrs["timezone_text"] = tz_text  # type: ignore[index]
    if res.time_zone:
        return res.time_zone, "number", None
    if 1 < len(res.time_zones) <= MAX_CANDIDATE_ZONES:
        zones = sorted(res.time_zones)
        return zones[0], "number-ambiguous", "|".join(zones)
    return default_tz, "list-default", None


def row_state(extra: list[tuple[str, str]], stripped: dict[str, list[str]], i: int) -> str | None:
    """Row ``i``'s US state code from a ``state`` column (``FL``, ``Florida``), else None (the dialer
    then goes by area code). ``extra`` pairs the unmapped columns with their attribute keys;
    ``stripped`` maps each column to its stripped cells."""
    for key in ("state", "st", "state_code", "province"):
        col = next((col for col, k in extra if k == key), None)
        if col is not None and stripped[col][i]:
            from customario.dialing.states import state_code

            return state_code(stripped[col][i])
    return None
