"""Personal data in text that may become a knowledge-base article: find it, redact it.

No maintained detector installs here with its model (Presidio's spaCy models and scrubadub's name
detectors download their data at run time), so these are documented patterns on top of maintained
libraries and data:

- **phone numbers**: ``phonenumbers.PhoneNumberMatcher`` (``POSSIBLE`` leniency: 555 numbers too),
  and seven or more digits read out one by one ("four one five, five five five, ...");
- **e-mail addresses**: the addr-spec shape ``local@domain.tld``, and read out as a transcript
  writes it ("j dot smith at gmail dot com");
- **card numbers**: 13-19 digits (spaces or dashes allowed) passing the Luhn check (ISO/IEC 7812),
  and card fragments said aloud: "card ending (in) 4242", "last four (digits) 4242", "Visa 4242";
- **other identifying numbers**: SSN-shaped ``123-45-6789``, account/member/policy/order numbers
  with their label, any other run of 7 or more digits;
- **postal addresses**: a house number followed by a street name and a street type (Street, Ave,
  Rd, Lane, ...), PO boxes, apartment/unit numbers, "ZIP 94107" or a state code with a ZIP;
- **names**: the caller's own name wherever it appears (from the contact, the customer record and
  "my name is ..." in the call), titles ("Mr. Okafor"), a capitalised word after a greeting or
  answer word ("Yes Jane", "Hi Maria,") and capitalised first names from the gender-guesser name
  dictionary (about 48,000 names; only names used commonly in at least one country), minus the
  business's own names (staff in the campaign's imported or manually written articles) and
  calendar words;
- **caller-specific statements**: things only true for one caller ("your card", "your order
  ORD-1001", "I've booked you for Tuesday at 3"), and about a third person ("her card", "his
  password", "tell her ...").

:func:`find_personal` returns :class:`Finding` spans (what and where); :func:`redact` replaces them with
``[name]``, ``[phone]``, ``[email]``, ``[card]``, ``[number]``, ``[address]`` or ``[this caller]``.
False positives only send an answer to human review; a miss would repeat someone's data to the next
callers, so the patterns lean towards finding.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

PLACEHOLDER = {
    "name": "[name]",
    "phone": "[phone]",
    "email": "[email]",
    "card": "[card]",
    "number": "[number]",
    "address": "[address]",
    "caller-specific": "[this caller]",
}

_EMAIL = re.compile(r"[\w.+*-]+@[\w*-]+(?:\.[\w-]+)+")
_ROLE_MAILBOX = re.compile(
    r"^(?:hello|hi|info|support|contact|help|sales|team|admin|office|bookings?|reservations?|"
    r"noreply|no-reply|orders|returns|billing|care|service|enquiries|inquiries|press|jobs)@",
    re.I,
)
_BUSINESS_CONTEXT = re.compile(
    r"\b(?:our|we(?:'re| are)|the (?:shop|store|salon|studio|office|warehouse|business|company)|"
    r"reach (?:us|the \w+)|save us|test card|demo|sandbox|example card)\b",
    re.I,
)
_STAFF_ROLE = re.compile(
    r"^\W{0,3}(?:[A-Z][a-z]+\s)?,?\s*(?:is\s)?(?:our|the)\s+(?:owner|founder|manager|store manager|"
    r"senior stylist|stylist|colou?rist|barber|receptionist|technician|head|director|ceo)\b"
    r"|^\s+(?:from|at|with)\s+(?:[A-Z][\w']*\s?){1,4}(?:support|parts|studio|salon|store|shop|team)\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of|around)\s+(?:[A-Z][a-z]+\s+)?$")
# Contacts read out the way a voice transcript writes them: "j dot smith at gmail dot com", "four one
# five, five five five, zero one zero one" (seven or more digits, as words or single figures).
_SPOKEN_EMAIL = re.compile(r"\b[\w+-]+(?:\s+dot\s+[\w+-]+)*\s+(?:at|@)\s+[\w-]+(?:\s+(?:dot|\.)\s+[a-z]{2,6})+\b", re.I)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)"
_SPOKEN_DIGITS = re.compile(rf"\b{_DIGIT_WORD}(?:[\s,.-]+{_DIGIT_WORD}\b){{6,}}", re.I)
_THIRD_PERSON = re.compile(
    r"\b(?:his|her)\s+(?:card|account|order|booking|appointment|refund|payment|reservation|password|pin|code|balance|"
    r"bill|invoice|claim|e-?mail|phone|number|address|allerg\w*|medication|prescription|diagnosis|date of birth|dob)\b"
    r"|\btell\s+(?:him|her)\b",
    re.I,
)
_IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_PERSONAL_FACTS = re.compile(
    r"\byour\s+(?:allerg\w*|condition|medication|medicine|prescription|pregnan\w*|diagnosis|health|illness|injury|"
    r"surgery|birthday|date of birth|dob|age|password|pin|passcode|(?:one-time |verification |security )?code|"
    r"security answer|ssn|social security|home address|address|e-?mail|phone number|mobile|number|salary|income|"
    r"bank|iban|credit score|history|purchases|spend(?:ing)?|balance|last visit|previous order)\b"
    r"|\byou\s+(?:placed|spent|paid|bought|ordered|purchased|picked up|returned|booked|visited|came in|were charged|"
    r"used|redeemed|signed up|registered|logged in|live|lived|were born)\b"
    r"|\b(?:born|date of birth|dob)\b[^.\n]{0,20}\d"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|200)\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|200)\d\d\b"
    r"|\b(?:account|acct|iban)\b[^.\n]{0,15}\b(?:ending|ends)(?: in)?\s+\d{4}\b"
    r"|\b(?:password|passcode|pin)\s+is\b",
    re.I,
)
_CARD_DIGITS = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
_CARD_WORDS = re.compile(
    r"\b(?:card|visa|mastercard|master card|amex|american express|discover|debit|credit)\b[^.\n]{0,25}?"
    r"\b(?:ending|ends|ending in|ends in|last (?:four|4)(?: digits)?(?: of)?|number|no\.?|#)?\s*(?:in\s)?(?:is\s)?[:#]?\s*(\d{4})\b"
    r"|\b(?:ending|ends) in\s+(\d{4})\b|\blast (?:four|4)(?: digits)?(?: are| is|:)?\s+(\d{4})\b",
    re.I,
)
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_LABELLED_NUMBER = re.compile(
    r"\b(?:account|acct|member|membership|policy|customer|client|loyalty|booking|confirmation|reference|ref|"
    r"order|invoice|ticket|licen[cs]e|passport|social security|ssn|iban|routing)\b\s*(?:number|no\.?|#|id)?\s*(?:is\s)?"
    r"[:#]?\s*([A-Z]{0,4}-?\d[\d -]{3,}\d|\d{4,})",
    re.I,
)
_LONG_DIGITS = re.compile(r"(?<![\d$.,])\d{7,}(?![\d])")
_STREET_TYPES = (
    r"street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|"
    r"circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|close|crescent"
)
_ADDRESS = re.compile(
    rf"\b\d{{1,6}}[a-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Za-z][\w'.-]*\s+){{1,4}}(?:{_STREET_TYPES})\b\.?"
    rf"|\bp\.?\s?o\.?\s+box\s+\d+\b|\b(?:apt|apartment|unit|suite|ste|flat)\.?\s*#?\s*\d+[a-z]?\b"
    rf"|\b(?:zip|postcode|post code|postal code)\s*(?:is|:)?\s*\d{{5}}(?:-\d{{4}})?\b"
    rf"|\b[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?\b",
    re.I,
)
_CALLER_SPECIFIC = re.compile(
    r"\byour (?:card|account|order|booking|appointment|refund|payment|reservation|package|parcel|balance|bill|"
    r"invoice|ticket|claim)\b[^.\n]{0,40}?(?:\b[A-Z]{2,4}-?\d{3,}|#\s?\d+|\b\d{4,}\b|\bat \d{1,2}(?::\d\d)?\s?(?:am|pm)?\b|"
    r"\bon (?:the )?\d{1,2}(?:st|nd|rd|th)?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b|\btoday\b|\byesterday\b)"
    r"|\b(?:i(?:'ve| have)?|we(?:'ve| have)?)\s+(?:booked|scheduled|rescheduled|moved|reserved|refunded|cancelled|"
    r"canceled|charged|credited|sent|shipped|called|emailed|texted)\s+(?:you|your)\b"
    r"|\b(?:you|your)\s+(?:called|rang|emailed|texted|wrote)\s+(?:us\s+)?(?:on|at|yesterday|earlier|last)\b"
    r"|\byour (?:husband|wife|son|daughter|partner|mother|father|mum|mom|dad)\b",
    re.I,
)
_TITLES = re.compile(r"\b(?i:mr|mrs|ms|miss|mx|dr|prof|mister)\.?\s+([A-Z][a-zA-Z'-]+)")
_BUSINESS_PHONE = re.compile(
    r"\b(?:(?:call|text|ring|reach|contact|phone|dial)\s+us|our\s+(?:number|phone|line|desk)|"
    r"front desk|reception|helpline|hotline|customer service|support line)\b[^.\n]{0,20}$",
    re.I,
)
_STREET_AFTER = re.compile(rf"^\s+(?:[A-Z][a-z]+\s+)?(?:{_STREET_TYPES})\b", re.I)
_GREETED = re.compile(
    r"\b(?:hi|hello|hey|dear|yes|yeah|no|thanks|thank you|sorry|ok|okay|sure|good news|great|"
    r"welcome|morning|afternoon|evening)\s*,?\s+([A-Z][a-z]{1,20})\b(?!\s+(?:Street|Ave|Road))"
)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,20})\b")
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter""".split()
)
_NOT_NAMES = frozenset(
    """the this that these those there then they their them what when where which who why how
    yes no not please thanks thank hello hi hey sorry okay sure great good morning afternoon evening our your you
    we us it its and but for with from our store shop salon team staff manager supervisor customer caller card
    order refund price prices parking open closed hours visa mastercard amex discover""".split()
)


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: ``kind`` (name | phone | email | card | number | address |
    caller-specific), the ``text`` found and its span."""

    kind: str
    text: str
    start: int
    end: int


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-case first names in common use (gender-guesser's name dictionary, frequency >= 3 in
    at least one country); empty when the package is not installed."""
    try:
        from importlib import resources

        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes().decode("latin-1")
    except Exception:
        return frozenset()
    names = set()
    for line in data.splitlines():
        if not line or line[0] in "#=" or len(line) < 30:
            continue
        name = line[3:29].strip()
        freq = [int(c, 16) for c in line[30:86] if c not in " $" and c in "0123456789ABCDEFabcdef"]
        if name.isalpha() and len(name) >= 3 and freq and max(freq) >= 3:
            names.add(name.lower())
    return frozenset(names - _CALENDAR - _NOT_NAMES)


def _luhn(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class _Scan:
    """One pass over a text: findings and the spans that belong to the business."""

    def __init__(self, text: str, known: set[str], business: set[str], region: str):
        self.text, self.known, self.business, self.region = text, known, business, region
        self.found: list[Finding] = []
        self.business_spans: list[tuple[int, int]] = []

    def add(self, kind: str, start: int, end: int) -> None:
        if end > start:
            self.found.append(Finding(kind, self.text[start:end], start, end))

    def before(self, start: int, n: int) -> str:
        return self.text[max(0, start - n) : start]

    # -- contacts and numbers ----------------------------------------------------------------------
    def emails_and_facts(self) -> None:
        for m in _EMAIL.finditer(self.text):
            if not (_ROLE_MAILBOX.match(m.group(0)) and "*" not in m.group(0)):  # hello@, support@: the business's
                self.add("email", m.start(), m.end())
        for m in _IP.finditer(self.text):
            if all(int(p) <= 255 for p in m.group(0).split(".")):
                self.add("number", m.start(), m.end())
        for m in _SPOKEN_EMAIL.finditer(self.text):
            if not _ROLE_MAILBOX.match(re.sub(r"\s+at\s+", "@", m.group(0), count=1)):
                self.add("email", m.start(), m.end())
        for m in _SPOKEN_DIGITS.finditer(self.text):
            ours = _BUSINESS_PHONE.search(self.before(m.start(), 40)) or _BUSINESS_CONTEXT.search(
                self.before(m.start(), 60)
            )
            if not ours and not re.search(r"\d{2}", m.group(0)):
                self.add("phone", m.start(), m.end())
        for rx in (_PERSONAL_FACTS, _CALLER_SPECIFIC, _THIRD_PERSON):
            for m in rx.finditer(self.text):
                self.add("caller-specific", m.start(), m.end())

    def cards_and_numbers(self) -> None:
        for m in _CARD_DIGITS.finditer(self.text):
            digits = re.sub(r"\D", "", m.group(0))
            published = re.search(r"\b(?:test|demo|sandbox|example)\b[^.\n]{0,20}$", self.text[: m.start()], re.I)
            if 13 <= len(digits) <= 19 and _luhn(digits) and not published:
                self.add("card", m.start(), m.end())
        for m in _CARD_WORDS.finditer(self.text):
            g = next((i for i in (1, 2, 3) if m.group(i)), None)
            if g:
                self.add("card", m.start(g), m.end(g))
        for m in _SSN.finditer(self.text):
            self.add("number", m.start(), m.end())
        for m in _LABELLED_NUMBER.finditer(self.text):
            self.add("number", m.start(1), m.end(1))

    def phones(self) -> None:
        try:
            import phonenumbers

            matches = list(
                phonenumbers.PhoneNumberMatcher(self.text, self.region, leniency=phonenumbers.Leniency.POSSIBLE)
            )
        except Exception:  # the detector must never fail the learn path: the patterns still run
            matches = []
        for match in matches:
            if len(re.sub(r"\D", "", match.raw_string)) < 7:
                continue
            if (
                _BUSINESS_PHONE.search(self.before(match.start, 40))
                or _BUSINESS_CONTEXT.search(self.before(match.start, 60))
                or re.search(r"\b(?:our|toll-free|main|shop|store)\b", self.text[match.end : match.end + 40], re.I)
            ):
                self.business_spans.append((match.start, match.end))  # "call us at ...": the shop's own number
                continue
            self.add("phone", match.start, match.end)
        for m in _LONG_DIGITS.finditer(self.text):
            if not any(a <= m.start() < b for a, b in self.business_spans):
                self.add("number", m.start(), m.end())

    def addresses(self) -> None:
        text = self.text
        for m in _ADDRESS.finditer(text):
            ours = re.search(
                r"\b(?:we(?:'re| are)\s+(?:at|on|located)|our\s+[\w ]{0,25}\bis\s+(?:at|on)|(?:shop|store|"
                r"salon|studio|office|warehouse|showroom)\s+(?:is\s+)?(?:at|on))\s*$",
                self.before(m.start(), 60),
                re.I,
            )
            bare = (
                m.start() == 0
                and re.match(r"\d", text)
                and len(text) < 80
                and not re.search(r"\b(?:you|your|her|his|their)\b", text, re.I)
            )
            if ours or bare:
                self.business_spans.append((m.start(), m.end()))  # the business's own address
                continue
            self.add("address", m.start(), m.end())

    # -- names ---------------------------------------------------------------------------------------
    def staff(self, m: re.Match) -> bool:
        """A name in a published role: "Sofia Reyes, our owner", "This is Max from Voltage PC Parts support"."""
        return bool(_STAFF_ROLE.search(self.text[m.end(1) : m.end(1) + 60])) or bool(
            re.search(
                r"\b(?:our|the)\s+(?:owner|founder|manager|store manager|stylist|colou?rist|barber|receptionist)\s+"
                r"(?:is\s+)?(?:[A-Z][a-z]+\s+)?$",
                self.before(m.start(1), 50),
            )
        )

    def not_a_person(self, m: re.Match) -> bool:
        word = m.group(1).lower()
        place = bool(_PLACE_BEFORE.search(self.before(m.start(1), 30))) and word not in self.known
        return (
            word in self.business
            or self.staff(m)
            or place
            or bool(_STREET_AFTER.match(self.text[m.end(1) :]))
            or bool(re.search(r"\bfounded by\s+$", self.before(m.start(1), 20)))
        )

    def names(self) -> None:
        for w in self.known:
            for m in re.finditer(rf"\b{re.escape(w)}\b", self.text, re.I):
                self.add("name", m.start(), m.end())
        for m in _TITLES.finditer(self.text):
            self.add("name", m.start(), m.end(1))
        for m in _GREETED.finditer(self.text):
            word = m.group(1).lower()
            if word not in _CALENDAR and word not in _NOT_NAMES and word not in self.business and not self.staff(m):
                self.add("name", m.start(1), m.end(1))
        names = first_names()
        for m in _CAPITALISED.finditer(self.text):
            if m.group(1).lower() in names and not self.not_a_person(m):
                self.add("name", m.start(1), m.end(1))

    def merged(self) -> list[Finding]:
        out: list[Finding] = []
        for f in sorted(self.found, key=lambda f: (f.start, -f.end)):
            if out and f.start < out[-1].end:
                if f.end > out[-1].end:
                    last = out[-1]
                    out[-1] = Finding(last.kind, self.text[last.start : f.end], last.start, f.end)
                continue
            out.append(f)
        return out


def find_personal(
    text: str, *, known_names: Iterable[str] = (), business_names: Iterable[str] = (), region: str = "US"
) -> list[Finding]:
    """Personal data in ``text`` (see the module docstring), sorted by position, overlaps merged.
    ``known_names``: the caller's names (always personal); ``business_names``: names that belong
    to the business (staff) and are not personal unless they are also the caller's. Never raises."""
    known = {w.lower() for n in known_names if n for w in re.findall(r"[A-Za-z][A-Za-z'-]+", n) if len(w) >= 2}
    scan = _Scan(text or "", known, {n.lower() for n in business_names if n}, region)
    scan.emails_and_facts()
    scan.cards_and_numbers()
    scan.phones()
    scan.addresses()
    scan.names()
    return scan.merged()


def redact(text: str, findings: list[Finding]) -> str:
    """``text`` with every finding replaced by its placeholder (``[name]``, ``[card]``, ...)."""
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last : f.start])
        out.append(PLACEHOLDER.get(f.kind, "[personal]"))
        last = f.end
    out.append(text[last:])
    return "".join(out)


def summary(findings: list[Finding]) -> str:
    """``"name 'Jane', card '4242'"`` for the review queue and refusals (the values, for the reviewer)."""
    return ", ".join(f"{f.kind} {f.text!r}" for f in findings)
