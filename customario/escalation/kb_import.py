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
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from customario.errors import InputDataError, UsageError
from customario.escalation.knowledge import question_key, upsert_article

DAYS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
        "sat": "Saturday", "sun": "Sunday"}
PROFILE_KEYS = frozenset({"business", "hours", "services", "staff", "location", "parking", "policies", "faq"})


def money(cents: int, symbol: str = "$") -> str:
    """Integer cents → ``$65`` or ``$65.50``."""
    cents = int(cents)
    return f"{symbol}{cents // 100}" if cents % 100 == 0 else f"{symbol}{cents / 100:.2f}"


def _clock(hhmm: str) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
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
        value = str(hours.get(key, "closed")).strip().lower()
        if value in ("closed", "", "none"):
            closed.append(day)
            continue
        m = re.match(r"^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$", value)
        if not m:
            raise InputDataError(f"hours.{key}: {value!r} is not HH:MM-HH:MM or closed", "Write e.g. 09:00-17:00")
        open_parts.append(f"{day} {_clock(m.group(1))} to {_clock(m.group(2))}")
    text = "We are open " + ", ".join(open_parts) if open_parts else "We are currently closed every day"
    if closed:
        text += "; closed on " + " and ".join(closed)
    return text + "."


def _day_text(day: str, value: Any) -> str:
    value = str(value or "closed").strip().lower()
    if value in ("closed", "", "none"):
        return f"We are closed on {day}s."
    m = re.match(r"^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$", value)
    if not m:
        raise InputDataError(f"hours: {value!r} is not HH:MM-HH:MM or closed", "Write e.g. 09:00-17:00")
    return f"On {day}s we are open from {_clock(m.group(1))} to {_clock(m.group(2))}."


def _policy_words(text: str) -> list[str]:
    """Content words of a policy's text, as tags: callers ask about a detail ("tip on the card",
    "patch test") more often than about "the payment policy"."""
    stop = {"the", "and", "are", "for", "with", "you", "your", "our", "can", "may", "need", "will", "all", "any",
            "but", "not", "from", "into", "when", "more", "than", "least", "about", "take", "takes", "especially"}
    return [w for w in dict.fromkeys(_words(text)) if len(w) > 2 and w not in stop and not w.isdigit()]


def _name_tags(*texts: str) -> list[str]:
    """Words of a service or specialty name, with compounds split ("haircut" → hair, cut;
    "blow-dry" → blow, dry, blowdry) so callers' shorter words find them."""
    out = _words(*texts)
    for w in list(out):
        for head in ("hair", "blow", "eye", "nail", "wax"):
            if w.startswith(head) and len(w) > len(head) + 2:
                out += [head, w[len(head):]]
    joined = [a + b for a, b in zip(out, out[1:]) if len(a) > 2 and len(b) > 2]
    return list(dict.fromkeys(out + joined))


def profile_articles(profile: dict) -> list[dict]:
    """Articles ``{question, answer, tags, key}`` for a business profile mapping (see module doc).

    Raises InputDataError for a malformed part (e.g. hours that are not ``HH:MM-HH:MM``)."""
    arts: list[dict] = []
    biz = profile.get("business") or {}
    name = biz.get("name", "the salon")
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(str(biz.get("currency", "USD")), "$")

    def add(key: str, question: str, answer: str, tags: list[str]) -> None:
        arts.append({"key": key, "question": question, "answer": answer, "tags": tags})

    if profile.get("hours"):
        add("hours", "What are your opening hours?", _hours_text(profile["hours"]),
            ["hours", "open", "schedule", "week", "weekly", "times", "today", "days", "closed", "late", "night",
             "weekend", "weekday", "weekdays"])
        # One article per day, so "when do you close on Saturday?" gets Saturday, not the week.
        for key, day in DAYS.items():
            text = _day_text(day, profile["hours"].get(key, "closed"))
            tags = ["hours", "open", "close", "closing", "opening", day.lower(), day.lower() + "s",
                    "morning", "afternoon", "evening", "night", "late", "early", "come", "visit", "time"]
            if key in ("sat", "sun"):
                tags.append("weekend")
            add(f"hours:{key}", f"What are your hours on {day}?", text, tags)
    services = profile.get("services") or []
    if services:
        listing = ", ".join(f"{s['name']} ({money(s['price_cents'], symbol)})" for s in services if "price_cents" in s)
        add("services", "What services do you offer?", f"We offer {listing}.",
            ["services", "menu", "list"])
    for s in services:
        if "name" not in s or "price_cents" not in s:
            raise InputDataError("every service needs name and price_cents", "Add the missing field in services")
        answer = f"{s['name']} is {money(s['price_cents'], symbol)}"
        if s.get("duration_min"):
            answer += f" and takes about {int(s['duration_min'])} minutes"
        answer += "." + (f" Note: {s['note']}." if s.get("note") else "")
        add(f"service:{s['name']}", f"How much does {s['name'].lower()} cost?", answer,
            ["price", "service", "long", "duration", "take", "takes", "appointment", "run", *_name_tags(s["name"])])
    staff = profile.get("staff") or []
    if staff:
        team = "; ".join(f"{p['name']} ({p.get('role', 'stylist')})" for p in staff)
        add("staff", "Who works at the salon?", f"Our team: {team}.", ["staff", "team", "stylists"])
    for p in staff:
        specs = list(p.get("specialties") or [])
        answer = f"{p['name']} is our {p.get('role', 'stylist')}"
        answer += f" and specialises in {', '.join(specs)}." if specs else "."
        add(f"staff:{p['name']}", f"Who is {p['name']} and what does {p['name'].split()[0]} specialise in?", answer,
            ["staff", "stylist", "specialist", "specialty", "person", "best", "see", "book", "good",
             *(["owner", "owns"] if "owner" in str(p.get("role", "")).lower() else []),
             *_name_tags(p["name"], p.get("role", "stylist"), *specs)])
    loc = profile.get("location") or {}
    if loc:
        answer = f"We are at {loc['address']}." if loc.get("address") else ""
        if loc.get("directions"):
            answer += f" {loc['directions']}"
        add("location", "Where are you located and what is your address?", answer.strip(),
            ["address", "location", "directions", "where", "located", "neighbourhood", "neighborhood", "area", "zip",
             "postcode", "cross", "streets", "street", "near", "far", "station", "train", "bus", "transit", "subway",
             "get", "find"])
    if profile.get("parking"):
        add("parking", "Where can I park? Is there parking nearby?", str(profile["parking"]),
            ["parking", "park", "car", "garage", "drive", "driving", "meter", "meters", "metered", "street"])
    for pname, text in (profile.get("policies") or {}).items():
        add(f"policy:{pname}", f"What is your {pname} policy?", str(text), ["policy", *_name_tags(pname)])
        arts[-1]["tags"] += _policy_words(str(text))
    contact = [f"phone {biz['phone']}" if biz.get("phone") else "", f"email {biz['email']}" if biz.get("email") else "",
               f"website {biz['website']}" if biz.get("website") else ""]
    contact = [c for c in contact if c]
    if contact:
        add("contact", f"How can I contact {name}?", f"You can reach {name} by " + ", ".join(contact) + ".",
            ["contact", "phone", "number", "email", "website"])
    for i, item in enumerate(profile.get("faq") or []):
        arts.append(_list_item(item, f"faq[{i}]"))
    return arts


def _list_item(item: Any, where: str) -> dict:
    if not isinstance(item, dict) or not str(item.get("question", "")).strip() or not str(item.get("answer", "")).strip():
        raise InputDataError(f"{where}: an article needs a non-empty question and answer", "Fix that entry")
    tags = item.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    return {"key": where, "question": str(item["question"]), "answer": str(item["answer"]), "tags": list(tags)}


def read_articles(path: str | Path) -> tuple[str, list[dict]]:
    """Parse ``path`` into (kind, articles); kind is ``profile`` or ``articles``.

    Raises InputDataError (exit 65) for a missing, unreadable or malformed file."""
    path = Path(path)
    if not path.is_file():
        raise InputDataError(f"file {path} does not exist", "Check the path")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or not {"question", "answer"} <= set(reader.fieldnames):
                raise InputDataError(f"{path} needs question and answer columns", "Add a header row: question,answer,tags")
            return "articles", [_list_item(row, f"{path.name}:{i + 2}") for i, row in enumerate(reader)]
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputDataError(f"{path} is not valid JSON ({exc})", "Fix the JSON") from None
    else:
        from customario.definitions.yamlio import load_yaml

        data = _plain(load_yaml(path))
    if isinstance(data, dict) and "articles" in data:
        data = data["articles"]
    if isinstance(data, list):
        return "articles", [_list_item(item, f"articles[{i}]") for i, item in enumerate(data)]
    if isinstance(data, dict) and PROFILE_KEYS & set(data):
        return "profile", profile_articles(data)
    raise InputDataError(
        f"{path} is neither a business profile nor a list of articles",
        "Use keys such as hours/services/staff/location/parking/policies, or a list of {question, answer, tags}",
    )


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


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


def import_articles(db: Database, path: str | Path, *, campaign: str = "", by: str | None = None,
                    dry_run: bool = False, limit: int | None = None) -> ImportResult:
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
                result.rows.append({"question": art["question"], "outcome": "duplicate", "id": None,
                                    "detail": f"same question as {seen[key]}"})
                continue
            seen[key] = art["key"]
            if dry_run:
                result.rows.append({"question": art["question"], "outcome": "would-import", "id": None, "detail": art["key"]})
                continue
            saved, outcome = upsert_article(
                db, art["question"], art["answer"], tags=art["tags"], campaign=campaign or "", source="imported",
                source_ref=f"{Path(path).name}#{art['key']}", by=by,
            )
            result.rows.append({"question": art["question"], "outcome": outcome, "id": saved["id"], "detail": art["key"]})
    return result


def ensure_campaign_knowledge(db: Database, stored_campaign: Any) -> ImportResult | None:
    """Import the campaign's ``settings.business_profile`` (a file next to its definition) the first
    time the campaign is used: only when no imported article exists for the campaign yet, so later
    edits in the base are never overwritten. Returns the ImportResult, or None if nothing to do."""
    campaign = getattr(stored_campaign, "campaign", None)
    if campaign is None:
        return None
    rel = (campaign.settings or {}).get("business_profile")
    if not rel:
        return None
    exists = db.execute("SELECT 1 FROM kb_articles WHERE campaign = ? AND source = 'imported' LIMIT 1",
                        [campaign.name]).fetchone()
    if exists:
        return None
    base = Path(stored_campaign.source_path).parent if getattr(stored_campaign, "source_path", None) else Path(".")
    path = Path(rel) if Path(rel).is_absolute() else base / rel
    if not path.is_file():
        raise UsageError(f"business profile {path} of campaign {campaign.name} does not exist",
                         "Fix settings.business_profile in the campaign definition")
    return import_articles(db, path, campaign=campaign.name, by="auto-import")


def default_scope(path: str | Path, campaigns_dir: str | None = "campaigns") -> str:
    """The campaign a file belongs to when it sits in (a sub-folder of) a campaign module folder, else ''."""
    from customario.plugins.manager import discover

    parents = set(Path(path).resolve().parents)
    for module in discover(campaigns_dir).modules:
        if module.source == "folder" and Path(module.location).resolve() in parents:
            return module.name
    return ""
