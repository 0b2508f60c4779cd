"""The country a survey calls, for the readings that differ by country (holidays on other days).

A campaign says where it calls in ``calling.countries`` (ISO 3166-1 alpha-2) and how its agent
speaks in ``agent.language`` (BCP 47, "en-CA"). :func:`campaign_country` picks one country from
them; :func:`calling_from` holds it for the turn being read, so that a reading deep in the parser
(:func:`customario.dialogue.date_holidays.named_day`) can ask :func:`caller_country` without every
caller of :func:`customario.dialogue.answers.normalise` passing it on. Outside a turn (a test, the
``record_answer`` tool of a model) the country is None and every reading is the one it had before:
a day that differs by country is read back or asked again, never guessed from a country.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_CALLER_COUNTRY: ContextVar[str | None] = ContextVar("customario_caller_country", default=None)


def campaign_country(campaign: Any) -> str | None:
    """The one country (ISO 3166-1 alpha-2, upper case) ``campaign`` calls: its only entry of
    ``calling.countries``, else the region of ``agent.language`` ("en-AU" → "AU"), else None (several
    countries, or a language without a region)."""
    calling = getattr(campaign, "calling", None)
    countries = [str(c).upper() for c in (getattr(calling, "countries", None) or [])]
    if len(countries) == 1:
        return countries[0]
    if len(countries) > 1:
        return None
    language = str(getattr(getattr(campaign, "agent", None), "language", "") or "")
    parts = language.replace("_", "-").split("-")
    if len(parts) >= 2 and len(parts[1]) == 2 and parts[1].isalpha():
        return parts[1].upper()
    return None


@contextmanager
def calling_from(country: str | None) -> Iterator[None]:
    """Hold ``country`` (ISO 3166-1 alpha-2 or None) as the caller's country inside the block."""
    token = _CALLER_COUNTRY.set(country.upper() if country else None)
    try:
        yield
    finally:
        _CALLER_COUNTRY.reset(token)


def caller_country() -> str | None:
    """The country held by :func:`calling_from` for the turn being read, or None."""
    return _CALLER_COUNTRY.get()
