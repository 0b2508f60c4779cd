"""Knowledge-base import: business profiles (YAML) and article lists (YAML, JSON, CSV).

A **business profile** is a YAML mapping with any of ``business`` (name, phone, email, website),
``hours`` (``mon``..``sun`` → ``"HH:MM-HH:MM"`` or ``closed``), ``services`` (name, price_cents,
duration_min, note), ``staff`` (name, role, specialties), ``location`` (address, directions),
``parking``, ``policies`` (name → text) and ``faq`` (question, answer, tags). Each part becomes one
or more articles (see :func:`profile_articles`). An **article list** is a YAML/JSON list (or a
mapping with ``articles:``) of ``{question, answer, tags}``, or a CSV with those columns.

Duplicates: a question that appears twice in one file is imported once and reported as
``duplicate``; a question already in the base is ``updated`` (new version) or ``unchanged``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, TypeAdapter
from sqlite_utils import Database


from customario.errors import InputDataError, UsageError
from customario.escalation.kb_location import LOCATION_WORDS
from customario.escalation.kb_excerpt import ADDRESS_LEAD
from customario.escalation.kb_models import PROFILE_KEYS, Article, ArticleList, Profile
from customario.escalation.kb_articles import CONTACT_QUESTION, upsert_article
from customario.escalation.kb_words import question_key
from customario.escalation.kb_zone import zone_article
from customario.limits import MAX_FIELD_CHARS, MAX_KB_ARTICLES, MAX_KB_FILE_BYTES

DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_HINT = "Fix that entry; see docs/supervisor-and-knowledge-base.md for the file format"


def money(cents: int, symbol: str = "$") -> str:
    """Integer cents → ``$65`` or ``$65.50``."""
    cents = int(cents)
    return f"{symbol}{cents // 100}" if cents % 100 == 0 else f"{symbol}{cents / 100:.2f}"


def _clock(hhmm: str) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    if h == 24:
        return "midnight"
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12} {suffix}" if m == 0 else f"{h12}:{m:02d} {suffix}"


def _words(*texts: str) -> list[str]:
    out: list[str] = []
    for t in texts:
        out += re.findall(r"[a-z0-9]+", str(t).lower().replace("'", ""))
    return out


def _hours_text(hours: dict) -> str:
    open_parts, closed = [], []
    for key, day in DAYS.items():
        value = hours.get(key, "closed")
        if value == "closed":
            closed.append(day)
            continue
        start, end = value.split("-")
        open_parts.append(f"{day} {_clock(start)} to {_clock(end)}")
    text = "We are open " + ", ".join(open_parts) if open_parts else "We are currently closed every day"
    if closed:
        text += "; closed on " + " and ".join(closed)
    return text + "."


def _day_text(day: str, value: Any) -> str:
    value = str(value or "closed").strip().lower()
    if value in ("closed", "", "none"):
        return f"We are closed on {day}s."
    start, end = value.split("-")
    return f"On {day}s we are open from {_clock(start.strip())} to {_clock(end.strip())}."


def _policy_words(text: str) -> list[str]:
    """Content words of a policy's text, as tags: callers ask about a detail ("tip on the card",
    "patch test") more often than about "the payment policy"."""
    stop = {
        "the",
        "and",
        "are",
        "for",
        "with",
        "you",
        "your",
        "our",
        "can",
        "may",
        "need",
        "will",
        "all",
        "any",
        "but",
        "not",
        "from",
        "into",
        "when",
        "more",
        "than",
        "least",
        "about",
        "take",
        "takes",
        "especially",
    }
    return [w for w in dict.fromkeys(_words(text)) if len(w) > 2 and w not in stop and not w.isdigit()]


def _name_tags(*texts: str) -> list[str]:
    """Words of a service or specialty name, with compounds split ("haircut" → hair, cut;
    "blow-dry" → blow, dry, blowdry) so callers' shorter words find them."""
    out = _words(*texts)
    for w in list(out):
        for head in ("hair", "blow", "eye", "nail", "wax"):
            if w.startswith(head) and len(w) > len(head) + 2:
                out += [head, w[len(head) :]]
    joined = [a + b for a, b in zip(out, out[1:]) if len(a) > 2 and len(b) > 2]
    return list(dict.fromkeys(out + joined))


def validate_profile(data: Any, source: str = "business profile") -> Profile:
    """``data`` (a mapping, ruamel-loaded or plain) as a :class:`Profile`; raises InputDataError
    with ``source:line:column`` naming the field."""
    from pydantic import ValidationError

    from customario.definitions.loader import validation_error
    from customario.definitions.yamlio import to_plain

    try:
        return Profile.model_validate(to_plain(data))
    except ValidationError as exc:
        raise validation_error(exc, data, source, _HINT) from None


def profile_articles(profile: dict | Profile, source: str = "business profile") -> list[dict]:
    """Articles ``{question, answer, tags, key}`` for a business profile (see module doc).

    Raises InputDataError for a malformed part (e.g. hours that are not ``HH:MM-HH:MM``)."""
    p = profile if isinstance(profile, Profile) else validate_profile(profile, source)
    arts: list[dict] = []
    name = p.business.name or "the salon"
    symbol = _SYMBOLS.get(p.business.currency, p.business.currency + " ")

    def add(key: str, question: str, answer: str, tags: list[str]) -> None:
        arts.append({"key": key, "question": question, "answer": answer, "tags": tags})

    if p.hours:
        # The zone the hours are in is said with them ("Are those hours Pacific time?": kb_zone).
        zone = zone_article(p.business.timezone)
        add(
            "hours",
            "What are your opening hours?",
            _hours_text(p.hours) + (f" {zone['answer']}" if zone else ""),
            [
                *(zone["tags"] if zone else ()),
                "hours",
                "open",
                "schedule",
                "week",
                "weekly",
                "times",
                "today",
                "days",
                "closed",
                "late",
                "night",
                "weekend",
                "weekday",
                "weekdays",
            ],
        )
        # One article per day, so "when do you close on Saturday?" gets Saturday, not the week (issue 11).
        for key, day in DAYS.items():
            tags = [
                "hours",
                "open",
                "close",
                "closing",
                "opening",
                day.lower(),
                day.lower() + "s",
                "morning",
                "afternoon",
                "evening",
                "night",
                "late",
                "early",
                "come",
                "visit",
                "time",
            ]
            if key in ("sat", "sun"):
                tags.append("weekend")
            add(f"hours:{key}", f"What are your hours on {day}?", _day_text(day, p.hours.get(key, "closed")), tags)
    if p.services:
        listing = ", ".join(f"{s.name} ({money(s.price_cents, symbol)})" for s in p.services)
        add("services", "What services do you offer?", f"We offer {listing}.", ["services", "menu", "list"])
    for s in p.services:
        answer = f"{s.name} is {money(s.price_cents, symbol)}"
        if s.duration_min:
            answer += f" and takes about {s.duration_min} minutes"
        answer += "." + (f" Note: {s.note}." if s.note else "")
        add(
            f"service:{s.name}",
            f"How much does {s.name.lower()} cost?",
            answer,
            ["price", "service", "long", "duration", "take", "takes", "appointment", "run", *_name_tags(s.name)],
        )
    if p.staff:
        team = "; ".join(f"{m.name} ({m.role})" for m in p.staff)
        add("staff", "Who works at the salon?", f"Our team: {team}.", ["staff", "team", "stylists"])
    for m in p.staff:
        answer = f"{m.name} is our {m.role}"
        answer += f" and specialises in {', '.join(m.specialties)}." if m.specialties else "."
        add(
            f"staff:{m.name}",
            f"Who is {m.name} and what does {m.name.split()[0]} specialise in?",
            answer,
            [
                "staff",
                "stylist",
                "specialist",
                "specialty",
                "person",
                "best",
                "see",
                "book",
                "good",
                *(["owner", "owns"] if "owner" in (m.role or "").lower() else []),
                *_name_tags(m.name, m.role or "stylist", *m.specialties),
            ],
        )
    loc = p.location
    if loc and (loc.address or loc.directions):
        answer = f"{ADDRESS_LEAD} {loc.address}." if loc.address else ""
        if loc.directions:
            answer += f" {loc.directions}"
        add(
            "location",
            "Where are you located and what is your address?",
            answer.strip(),
            [
                "address",
                "location",
                "directions",
                "where",
                "located",
                "neighbourhood",
                "neighborhood",
                "area",
                "zip",
                "postcode",
                "cross",
                "streets",
                "street",
                "near",
                "far",
                "station",
                "train",
                "bus",
                "transit",
                "subway",
                "get",
                "find",
                # How callers ask the way (issue 11): the town, the stop, the walk, and what they
                # will type the address into or ride there in.
                *LOCATION_WORDS,
            ],
        )
    if p.parking:
        add(
            "parking",
            "Where can I park? Is there parking nearby?",
            p.parking,
            ["parking", "park", "car", "garage", "drive", "driving", "meter", "meters", "metered", "street"],
        )
    for pname, text in p.policies.items():
        add(
            f"policy:{pname}",
            f"What is your {pname} policy?",
            text,
            ["policy", *_name_tags(pname), *_policy_words(text)],
        )
    b = p.business
    contact = [
        f"phone {b.phone}" if b.phone else "",
        f"email {b.email}" if b.email else "",
        f"website {b.website}" if b.website else "",
    ]
    contact = [c for c in contact if c]
    if contact:
        add(
            "contact",
            CONTACT_QUESTION.format(name=name),
            f"You can reach {name} by " + ", ".join(contact) + ".",
            ["contact", "phone", "number", "email", "website"],
        )
    for i, item in enumerate(p.faq):
        arts.append(_article(item, f"faq[{i}]"))
    return arts


def _article(item: Article, key: str) -> dict:
    return {"key": key, "question": item.question, "answer": item.answer, "tags": list(item.tags)}


def _read_csv(path: Path, text: str) -> list[dict]:
    """Articles from CSV text with a question,answer[,tags] header; errors name ``file:line``."""
    from pydantic import ValidationError

    from customario.definitions.loader import validation_error

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        names = [h.strip().lower() for h in header or []]
        if not {"question", "answer"} <= set(names):
            raise InputDataError(f"{path} needs question and answer columns", "Add a header row: question,answer,tags")
        if len(set(names)) != len(names):
            raise InputDataError(
                f"{path} has a column name twice in its header", "Keep one question, answer and tags column"
            )
        wanted = {n: i for i, n in enumerate(names) if n in ("question", "answer", "tags")}
        out = []
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                raise InputDataError(
                    f"the row has {len(row)} cells, the header has {len(names)}",
                    "Quote cells that contain commas",
                    location=f"{path}:{line}",
                )
            cells = {n: (row[i] if i < len(row) else "") for n, i in wanted.items()}
            try:
                item = Article.model_validate(cells)
            except ValidationError as exc:
                raise validation_error(exc, None, f"{path}:{line}", _HINT) from None
            out.append(_article(item, f"{path.name}:{line}"))
            if len(out) > MAX_KB_ARTICLES:
                raise InputDataError(
                    f"{path} holds more than {MAX_KB_ARTICLES:,} articles", "Split it into smaller files"
                )
    except csv.Error as exc:
        raise InputDataError(
            f"the CSV cannot be read ({exc})",
            f"Fields may hold at most {MAX_FIELD_CHARS // 1024} KiB; check the quoting",
            location=f"{path}:{reader.line_num}",
        ) from None
    return out


def read_articles(path: str | Path) -> tuple[str, list[dict]]:
    """Parse ``path`` into (kind, articles); kind is ``profile`` or ``articles``.

    YAML, JSON (``.json``) and CSV (``.csv``), at most MAX_KB_FILE_BYTES (CSV/JSON) or
    MAX_YAML_BYTES (YAML). Raises NotFoundError (exit 4) for a missing file and InputDataError
    (exit 65) with ``file:line`` for an unreadable or malformed one; nothing is imported then."""
    from pydantic import ValidationError

    from customario.definitions.files import decode_text, load_json_text, read_user_bytes
    from customario.definitions.loader import validation_error
    from customario.definitions.yamlio import load_yaml, to_plain

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json", ".yaml", ".yml"):
        raise InputDataError(
            f"{path} is not a YAML, JSON or CSV file ({suffix or 'no extension'})",
            "Save the articles as .yaml, .json or .csv (question, answer, tags)",
        )
    if suffix in (".csv", ".json"):
        raw = read_user_bytes(path, max_bytes=MAX_KB_FILE_BYTES, what="knowledge-base file")
        text = decode_text(raw, path, what="knowledge-base file")
        if suffix == ".csv":
            return "articles", _read_csv(path, text)
        data = load_json_text(text, str(path))
    else:
        data = load_yaml(path, what="knowledge-base file")
    source = str(path)
    plain = to_plain(data)
    try:
        if isinstance(plain, list):
            items = TypeAdapter(Annotated[list[Article], Field(max_length=MAX_KB_ARTICLES)]).validate_python(plain)
            return "articles", [_article(a, f"articles[{i}]") for i, a in enumerate(items)]
        if isinstance(plain, dict) and "articles" in plain:
            items = ArticleList.model_validate(plain).articles
            return "articles", [_article(a, f"articles[{i}]") for i, a in enumerate(items)]
    except ValidationError as exc:
        raise validation_error(exc, data, source, _HINT) from None
    if isinstance(data, dict) and PROFILE_KEYS & {str(k) for k in data}:
        return "profile", profile_articles(validate_profile(data, source))
    raise InputDataError(
        f"{path} is neither a business profile nor a list of articles",
        "Use keys such as hours/services/staff/location/parking/policies, or a list of {question, answer, tags}",
    )


@dataclass
class ImportResult:
    """Outcome per article and counts: added, updated, unchanged, duplicate."""

    file: str
    campaign: str
    kind: str
    rows: list[dict] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out = {"added": 0, "updated": 0, "unchanged": 0, "duplicate": 0, "would-import": 0}
        for r in self.rows:
            out[r["outcome"]] = out.get(r["outcome"], 0) + 1
        return out


def import_articles(
    db: Database,
    path: str | Path,
    *,
    campaign: str = "",
    by: str | None = None,
    dry_run: bool = False,
    limit: int | None = None,
) -> ImportResult:
    """Import a profile or article list into ``campaign`` ('' = every campaign), in one transaction.

    Returns an :class:`ImportResult`; raises InputDataError for a bad file (nothing is written)."""
    kind, arts = read_articles(path)
    result = ImportResult(file=str(path), campaign=campaign or "", kind=kind)
    seen: dict[str, str] = {}
    with db.atomic():
        for art in arts:
            if limit is not None and len([r for r in result.rows if r["outcome"] != "duplicate"]) >= limit:
                break
            key = question_key(art["question"])
            if key in seen:
                result.rows.append(
                    {
                        "question": art["question"],
                        "outcome": "duplicate",
                        "id": None,
                        "detail": f"same question as {seen[key]}",
                    }
                )
                continue
            seen[key] = art["key"]
            if dry_run:
                result.rows.append(
                    {"question": art["question"], "outcome": "would-import", "id": None, "detail": art["key"]}
                )
                continue
            saved, outcome = upsert_article(
                db,
                art["question"],
                art["answer"],
                tags=art["tags"],
                campaign=campaign or "",
                source="imported",
                source_ref=f"{Path(path).name}#{art['key']}",
                by=by,
            )
            result.rows.append(
                {"question": art["question"], "outcome": outcome, "id": saved["id"], "detail": art["key"]}
            )
    return result


def ensure_campaign_knowledge(db: Database, stored_campaign: Any) -> ImportResult | None:
    """Import the campaign's ``settings.business_profile`` (a file in its definition's folder; anything
    outside it is refused, see customario.definitions.loader.resolve_definition_path) the first
    time the campaign is used: only when no imported article exists for the campaign yet, so later
    edits in the base are never overwritten. Returns the ImportResult, or None if nothing to do."""
    campaign = getattr(stored_campaign, "campaign", None)
    if campaign is None:
        return None
    rel = (campaign.settings or {}).get("business_profile")
    if not rel:
        return None
    exists = db.execute(
        "SELECT 1 FROM kb_articles WHERE campaign = ? AND source = 'imported' LIMIT 1", [campaign.name]
    ).fetchone()
    if exists:
        return None
    from customario.definitions.loader import resolve_definition_path

    source = getattr(stored_campaign, "source_path", None)
    base = Path(source).parent if source else Path(".")
    path = resolve_definition_path(base, rel, "settings.business_profile", source=source or "")
    if not path.is_file():
        raise UsageError(
            f"business profile {path} of campaign {campaign.name} does not exist",
            "Fix settings.business_profile in the campaign definition",
        )
    return import_articles(db, path, campaign=campaign.name, by="auto-import")


def default_scope(path: str | Path, campaigns_dir: str | None = None) -> str:
    """The campaign a file belongs to when it sits in (a sub-folder of) a plug-in's folder, else ''."""
    from customario.plugins.manager import discover

    parents = set(Path(path).resolve().parents)
    for module in discover(campaigns_dir).modules:
        if module.root is not None and module.root.resolve() in parents:
            return module.name
    return ""
