"""Phone numbers: raw text from lead files → E.164, extension, region and time zone, or a reason.

All parsing and validation is done by ``phonenumbers`` (Google's libphonenumber metadata). This
module only adds what lead files need around it: Excel artefacts (``4155550123.0``), several
numbers in one cell, short reasons for rejects, and a cache, because ``phonenumbers.parse`` +
validation + time-zone lookup cost ~60 µs per number.

A cell that phonenumbers parses as one valid number is that number, whatever punctuation it has
(``310/246-1501`` is Beverly Hills, not two halves). Only a cell that is not one valid number is
searched for several numbers, with phonenumbers' own ``PhoneNumberMatcher`` (``212-555-0100 or
415-555-0100``, ``+1 212 555 0100; +44 20 7183 8750``): the first valid one is the lead's number,
the others are kept as alternatives.

Speed-ups that keep phonenumbers' verdicts:

* NANP fast path: a cell made only of digits, spaces and ``()+-.`` with 10 digits (or 11 starting
  with ``1``) is the national number ``NPA-NXX-XXXX``; we build the ``PhoneNumber`` directly
  instead of calling ``phonenumbers.parse`` (which yields the same object for these inputs).
* One type lookup: ``is_valid_number`` + ``time_zones_for_number`` each re-derive the region and
  the number type (the costly regex work); we derive them once and ask phonenumbers' prefix
  table for the time zones of geographical numbers only, exactly as ``time_zones_for_number`` does.

For big imports :func:`phone_pool` and :func:`normalize_many` normalise cells in worker processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberType, ValidationResult
from phonenumbers import PhoneMetadata
from phonenumbers import timezone as _tz

try:  # the type lookup behind is_valid_number/number_type; stable private API since 2011
    from phonenumbers.phonenumberutil import _number_type_helper as _type_helper
except ImportError:  # pragma: no cover
    _type_helper = None

from customario.errors import InputDataError, UsageError

UNKNOWN_TZ = "Etc/Unknown"

_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: "invalid country code",
    NumberParseException.NOT_A_NUMBER: "not a number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too short",
    NumberParseException.TOO_SHORT_NSN: "too short",
    NumberParseException.TOO_LONG: "too long",
}
_POSSIBLE_REASONS = {
    ValidationResult.INVALID_COUNTRY_CODE: "invalid country code",
    ValidationResult.TOO_SHORT: "too short",
    ValidationResult.TOO_LONG: "too long",
    ValidationResult.INVALID_LENGTH: "invalid length",
}
_DANGLING_CC = re.compile(r"\+\d{1,4}[\s.-]*$")
_NANP_CHARS = re.compile(r"\+?[\d\s().-]+")
_NON_DIGITS = re.compile(r"\D")
_EXCEL_FLOAT = re.compile(r"\+?\d{6,}\.0+")
_EXCEL_SCI = re.compile(r"[+-]?\d(?:\.\d+)?[eE]\+?\d+")


@dataclass(frozen=True)
class PhoneResult:
    """The verdict on one raw phone cell.

    ``e164`` is ``+<country code><national number>`` or None when ``reason`` says why not.
    ``time_zones`` are IANA names from phonenumbers' prefix data (may be several, or empty);
    ``alternatives`` are the other numbers of a multi-number cell (E.164 when valid, else raw).
    """

    raw: str
    e164: str | None = None
    extension: str | None = None
    region: str | None = None
    time_zones: tuple[str, ...] = ()
    reason: str | None = None
    alternatives: tuple[str, ...] = field(default=())

    @property
    def valid(self) -> bool:
        return self.e164 is not None

    @property
    def time_zone(self) -> str | None:
        """The zone when phonenumbers names exactly one (US area codes usually do), else None."""
        return self.time_zones[0] if len(self.time_zones) == 1 else None


class PhoneNormalizer:
    """Normalise raw phone cells for one default region, with a cache keyed by the raw string.

    ``region`` is an ISO 3166 alpha-2 code (``US``, ``GB``...) used for numbers written without
    ``+country``. Raises UsageError for an unknown region.
    """

    def __init__(self, region: str = "US"):
        region = (region or "US").upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise UsageError(f"unknown phone region {region!r}", "Use an ISO 3166 code such as US, CA, GB, DE")
        self.region = region
        self.nanp = phonenumbers.country_code_for_region(region) == 1
        self._cache: dict[str, PhoneResult] = {}

    def __call__(self, raw: str) -> PhoneResult:
        res = self._cache.get(raw)
        if res is None:
            res = self._normalize(raw)
            if len(self._cache) < 2_000_000:
                self._cache[raw] = res
        return res

    # -- internals -------------------------------------------------------------------------
    def _normalize(self, raw: str) -> PhoneResult:
        text = raw.strip()
        if not text:
            return PhoneResult(raw, reason="missing phone number")
        if _EXCEL_FLOAT.fullmatch(text):
            text = text.split(".", 1)[0]
        elif _EXCEL_SCI.fullmatch(text):
            return PhoneResult(raw, reason="mangled by a spreadsheet (scientific notation)")
        whole = self._one(raw, text)
        if whole.valid or len(text) < 14:  # one number, or too short to hold two
            return whole
        found = [
            self._one(m.raw_string, m.raw_string)
            for m in phonenumbers.PhoneNumberMatcher(text, self.region, leniency=phonenumbers.Leniency.VALID)
            if not _DANGLING_CC.search(text[: m.start])
        ]  # "+55 1701..." is not a US number after junk
        found = [r for r in found if r.valid]
        if not found:
            return whole
        first = found[0]
        others = tuple(dict.fromkeys(r.e164 for r in found[1:] if r.e164 != first.e164))
        return PhoneResult(raw, first.e164, first.extension, first.region, first.time_zones, None, others)

    def _one(self, raw: str, text: str) -> PhoneResult:
        num = self._nanp_fast(text) if self.nanp else None
        if num is None:
            try:
                num = phonenumbers.parse(text, self.region)
            except NumberParseException as exc:
                return PhoneResult(raw, reason=_PARSE_REASONS.get(exc.error_type, "not a number"))
            possible = phonenumbers.is_possible_number_with_reason(num)
            if possible not in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
                return PhoneResult(raw, reason=_POSSIBLE_REASONS.get(possible, "invalid length"))
            local_only = possible == ValidationResult.IS_POSSIBLE_LOCAL_ONLY
        else:
            local_only = False
        valid, region, zones = self._verdict(num)
        if not valid:
            if local_only:
                return PhoneResult(raw, reason="no area code")
            reason = "invalid for region" if region in (None, self.region) else f"invalid for region {region}"
            return PhoneResult(raw, reason=reason)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        return PhoneResult(raw, e164, num.extension or None, region, zones)

    @staticmethod
    def _nanp_fast(text: str) -> PhoneNumber | None:
        if not _NANP_CHARS.fullmatch(text):
            return None
        if "+" in text and not text.lstrip().startswith("+1"):
            return None
        digits = _NON_DIGITS.sub("", text)
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        elif len(digits) != 10 or text.lstrip().startswith("+"):
            return None
        if digits[0] in "01":
            return None
        return PhoneNumber(country_code=1, national_number=int(digits))

    def _verdict(self, num: PhoneNumber) -> tuple[bool, str | None, tuple[str, ...]]:
        return _verdict(num)


def _verdict(num: PhoneNumber) -> tuple[bool, str | None, tuple[str, ...]]:
    """(valid, region, time zones) with one region lookup and one type lookup.

    Same rules as ``phonenumbers.is_valid_number`` (region from the number, then its type must be
    known) and ``phonenumbers.timezone.time_zones_for_number``.
    """
    if _type_helper is None:  # pragma: no cover - phonenumbers without the private helper
        region = phonenumbers.region_code_for_number(num)
        ntype = phonenumbers.number_type(num) if region else PhoneNumberType.UNKNOWN
    else:
        region, ntype = _region_and_type(num)
    if region is None:
        return False, None, ()
    if ntype == PhoneNumberType.UNKNOWN:
        return False, region, ()
    if phonenumbers.is_number_type_geographical(ntype, num.country_code):
        zones = _tz.time_zones_for_geographical_number(num)
    else:
        zones = _tz.time_zones_for_number(num)
    return True, region, tuple(z for z in zones if z != UNKNOWN_TZ)


def _region_and_type(num: PhoneNumber) -> tuple[str | None, int]:
    """``region_code_for_number`` that keeps the number type it computes on the way.

    Mirrors phonenumbers' ``_region_code_for_number_from_list``: regions sharing the country code
    are tried in metadata order; one with ``leading_digits`` matches on them, one without (US, CA)
    by a full type lookup. Then the type of the number in the chosen region, as ``number_type``.
    """
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(num.country_code)
    if not regions:
        return None, PhoneNumberType.UNKNOWN
    nsn = phonenumbers.national_significant_number(num)
    if len(regions) == 1:
        region = regions[0]
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(num.country_code, region)
        return region, (PhoneNumberType.UNKNOWN if metadata is None else _type_helper(nsn, metadata))
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            if _leading(metadata.leading_digits).match(nsn):
                return region, _type_helper(nsn, metadata)
        else:
            ntype = _type_helper(nsn, metadata)
            if ntype != PhoneNumberType.UNKNOWN:
                return region, ntype
    return None, PhoneNumberType.UNKNOWN


@lru_cache(maxsize=512)
def _leading(pattern: str):
    return re.compile(pattern)


@lru_cache(maxsize=16)
def normalizer(region: str) -> PhoneNormalizer:
    """A shared normaliser per region (its cache lives for the process)."""
    return PhoneNormalizer(region)


def to_e164(raw: str, region: str = "US") -> str:
    """E.164 for one number typed by a person (``dnc add``, ``leads show``).

    Raises InputDataError naming the reason (``too short``, ``invalid for region``...).
    """
    res = normalizer(region)(raw)
    if not res.valid:
        raise InputDataError(
            f"{raw!r} is not a usable phone number ({res.reason})",
            f"Write it with its country code, e.g. +1 415 555 0123 (region {region})",
        )
    return res.e164  # type: ignore[return-value]


def possible_e164(raw: str, region: str = "US") -> str | None:
    """E.164 for ``raw`` when phonenumbers parses it as a *possible* number (right length for its
    country), else None. Lenient on purpose: for numbers given by providers and people at a prompt
    (SMS senders, ``console --phone``, catalogue files), where the caller raises its own error."""
    import phonenumbers

    try:
        num = phonenumbers.parse(str(raw), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(num):
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


__all__ = ["PhoneNormalizer", "PhoneResult", "normalizer", "to_e164", "possible_e164", "PhoneNumberType"]


# --- worker processes for big imports ---------------------------------------------------------


def phone_pool():
    """Worker processes (at most 4, spawned, ending with their parent) for :func:`normalize_many`, or
    None on a one-core machine. Used by the lead importer for big files (phonenumbers is CPU-bound)."""
    import os

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cpus < 2:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=min(cpus, 4),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )


def _die_with_parent(parent_pid: int) -> None:
    """Worker initializer: end this worker when the importer dies, even by ``kill -9`` (which runs no
    clean-up in the parent). Linux: ``prctl(PR_SET_PDEATHSIG, SIGKILL)``; everywhere: a daemon
    thread that exits the process once its parent is gone (the parent pid changes)."""
    import os
    import signal
    import threading
    import time

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def normalize_many(region: str, raws: list[str]) -> list:
    """Worker side: ``[(raw, PhoneResult)]`` for cells not seen before (no worker-side cache)."""
    norm = PhoneNormalizer(region)
    return [(raw, norm._normalize(raw)) for raw in raws]
