"""Pydantic models of the knowledge-base files a user imports (``kb import``, ``business_profile``).

A **business profile** (:class:`Profile`) is a YAML/JSON mapping; an **article list** is a list
of :class:`Article` (or ``{articles: [...]}``, or a CSV with question/answer/tags columns). Every
field is checked at the edge: texts are text (a staff name that is a number is an error), prices
are integer cents within MAX_CENTS, durations whole minutes, hours ``HH:MM-HH:MM`` or ``closed``,
unknown keys are errors that name the allowed ones. Limits: customario.limits.

Prices are read in ``business.currency`` (ISO 4217, USD when not written). A profile that prices
services without naming its currency while its phone number or time zone places it outside the
United States is refused (:func:`business_country`): "£45" read out as "$45" is a wrong answer,
and which currency is meant is never guessed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt, field_validator, model_validator

from customario.limits import MAX_CENTS, MAX_FIELD_CHARS, MAX_KB_ARTICLES

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CLOSED = ("closed", "", "none")
_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")

Text = Annotated[str, Field(min_length=1, max_length=MAX_FIELD_CHARS)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False)


def _hours(value: Any) -> str:
    """``"09:00-17:00"`` (normalised to two-digit hours) or ``"closed"``; raises ValueError."""
    if not isinstance(value, str):
        raise ValueError("opening hours are text such as 09:00-17:00 or closed")
    text = value.strip().lower()
    if text in CLOSED:
        return "closed"
    m = _RANGE.match(text)
    if not m:
        raise ValueError(f"{value[:40]!r} is not HH:MM-HH:MM or closed; write e.g. 09:00-17:00")
    h1, m1, h2, m2 = (int(x) for x in m.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise ValueError(f"{value!r} is not a time of day; hours go up to 23:59 (or 24:00 at the end)")
    if (h2, m2) <= (h1, m1):
        raise ValueError(f"{value!r} closes before it opens; overnight hours are not supported")
    return f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"


Hours = Annotated[str, BeforeValidator(_hours)]


class Business(_Strict):
    name: Name | None = None
    phone: Name | None = None
    email: Name | None = None
    website: Name | None = None
    address: Text | None = None
    timezone: Name | None = None
    currency: str = Field("USD", pattern=r"^[A-Z]{3}$")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str | None) -> str | None:
        if v is None:
            return v
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(v)
        except (ValueError, KeyError, OSError):
            raise ValueError(f"{v[:40]!r} is not an IANA time zone; write e.g. America/Los_Angeles") from None
        return v


def business_country(business: Business) -> tuple[str, str] | None:
    """``(ISO 3166 country code, what says so)`` for where ``business`` is: the region of its phone
    number (phonenumbers; a number without "+" is read as a US one), else the country of its time zone
    in the system's ``zone.tab`` (``/usr/share/zoneinfo``, read once; a zone several countries
    share, or no file, says nothing); None when neither says. Example: ``("GB", "phone number's country code +44")``."""
    import phonenumbers

    if business.phone:
        try:
            number = phonenumbers.parse(business.phone, "US")
        except phonenumbers.NumberParseException:
            number = None
        region = number and phonenumbers.region_code_for_number(number)
        if region and region != "001":
            return region, f"phone number's country code +{number.country_code}"
    if business.timezone:
        countries = _zone_countries().get(business.timezone)
        if countries and len(countries) == 1:
            return next(iter(countries)), f"time zone {business.timezone}"
    return None


@cache
def _zone_countries() -> dict[str, frozenset[str]]:
    """IANA zone → country codes, from the system's zone.tab (one country per zone), else zone1970.tab
    (several countries may share a zone there)."""
    from pathlib import Path

    for name in ("zone.tab", "zone1970.tab"):
        path = Path("/usr/share/zoneinfo") / name
        if path.is_file():
            out: dict[str, frozenset[str]] = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) >= 3 and not line.startswith("#"):
                    out[cols[2]] = frozenset(cols[0].split(","))
            return out
    return {}


class Service(_Strict):
    """One service: ``price_cents`` integer cents (6500 = $65), ``duration_min`` whole minutes."""

    name: Name
    price_cents: StrictInt = Field(ge=0, le=MAX_CENTS)
    duration_min: StrictInt | None = Field(None, ge=1, le=24 * 60)
    note: Text | None = None


class StaffMember(_Strict):
    name: Name
    role: Name = "stylist"
    specialties: list[Name] = Field(default_factory=list, max_length=100)


class Location(_Strict):
    address: Text | None = None
    directions: Text | None = None


def _tags(value: Any) -> Any:
    if value is None:
        return []
    if isinstance(value, str):
        return [t for t in re.split(r"[,\s]+", value) if t]
    if isinstance(value, list):
        out = []
        for t in value:
            if isinstance(t, bool) or not isinstance(t, (str, int, float)):
                raise ValueError("tags are words or numbers, e.g. [hours, parking]")
            out.append(str(t))
        return out
    raise ValueError("tags are a list of words or one comma-separated text")


class Article(_Strict):
    """One question-and-answer article: question and answer are text (a bare number is refused as
    a likely mistake: quote it); tags are words or numbers."""

    question: Text
    answer: Text
    tags: Annotated[list[Annotated[str, Field(max_length=200)]], BeforeValidator(_tags)] = Field(
        default_factory=list, max_length=200
    )


class Profile(_Strict):
    """A business profile: every part optional, at least one present."""

    business: Business = Field(default_factory=Business)
    hours: dict[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], Hours] = Field(default_factory=dict)
    services: list[Service] = Field(default_factory=list, max_length=10_000)
    staff: list[StaffMember] = Field(default_factory=list, max_length=10_000)
    location: Location | None = None
    parking: Text | None = None
    policies: dict[Name, Text] = Field(default_factory=dict)
    faq: list[Article] = Field(default_factory=list, max_length=MAX_KB_ARTICLES)

    @model_validator(mode="after")
    def _currency_named(self) -> "Profile":
        if "currency" in self.business.model_fields_set or not any(s.price_cents for s in self.services):
            return self
        where = business_country(self.business)
        if where and where[0] != "US":
            from babel.numbers import get_territory_currencies

            local = get_territory_currencies(where[0]) or ["USD"]  # CLDR: the country's tender today
            raise ValueError(
                f"business.currency is not given and the {where[1]} is not in the United States "
                f"({where[0]}); the prices would be read out in US dollars. Add currency: under business "
                f"with the ISO 4217 code of the prices (for example {local[0]}, or USD)"
            )
        return self

    @field_validator("services")
    @classmethod
    def _unique_services(cls, v: list[Service]) -> list[Service]:
        names = [s.name.lower() for s in v]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"service {dup[0]!r} is listed twice")
        return v


class ArticleList(_Strict):
    """``{articles: [...]}``."""

    articles: list[Article] = Field(max_length=MAX_KB_ARTICLES)


PROFILE_KEYS = frozenset(Profile.model_fields)
