"""Shared by the knowledge-base tests that import a made-up business profile: load it into a test
database under its own campaign, and read what the agent says to a question."""

from __future__ import annotations

from pathlib import Path

from customario.escalation.kb_import import import_articles
from customario.escalation.knowledge import search


def load_profile(db, tmp_path: Path, profile: str, campaign: str):
    """``db`` with the business profile YAML text ``profile`` imported as ``campaign``'s articles."""
    path = tmp_path / "business_profile.yaml"
    path.write_text(profile)
    import_articles(db, path, campaign=campaign)
    return db


def read_best(result) -> str:
    """The part of ``result``'s best article the agent would read (its excerpt, else its answer),
    confident or not; "" when nothing was found."""
    best = result.best or {}
    return best.get("excerpt") or best.get("answer") or ""


def said(db, question: str, campaign: str) -> str | None:
    """The part of the best article read for ``question`` when the search is confident, else None."""
    result = search(db, question, campaign=campaign)
    return (result.best.get("excerpt") or result.best["answer"]) if result.confident else None


# The made-up barber shop of the kb2 tests (Denver): its business block, which each test's profile
# opens with before its own hours, services and policies.
JUNIPER_BUSINESS = """\
business:
  name: Juniper Grooming Studio
  phone: "+1 303 555 0177"
  email: desk@junipergrooming.example
  timezone: America/Denver
"""
