"""Knowledge-base articles: add, edit, remove, list and read them, each change kept as a version.

An article (table ``kb_articles``) is a question, its answer, space-separated lower-case tags, a
``source`` (:data:`SOURCES`) and a ``campaign`` (``''`` = every campaign); a campaign holds one
article per normalised question (``kb_words.question_key``). Every add, edit and removal appends a
row to ``kb_article_versions``, so the history outlives the article. Search over these articles is
:func:`customario.escalation.knowledge.search`.
"""

from __future__ import annotations

import re
from typing import Iterable

from sqlite_utils import Database

from customario.errors import NotFoundError, UsageError
from customario.escalation.kb_words import WORD_RE, expand_term, light_stem, question_key
from customario.store.db import immediate, utc_now

SOURCES = ("imported", "supervisor", "manual")


def _tags_text(tags: Iterable[str] | str | None) -> str:
    if tags is None:
        return ""
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    # YAML turns tags like 4090 or 2024 into numbers: treat every tag as text.
    texts = (str(t).strip().lower() for t in tags if t is not None)
    return " ".join(dict.fromkeys(t for t in texts if t))


def article_from_row(row: dict) -> dict:
    """A ``kb_articles`` row as an article: ``tags`` as a list, the internal ``question_key`` dropped."""
    out = dict(row)
    out["tags"] = out["tags"].split() if out.get("tags") else []
    out.pop("question_key", None)
    return out


def _check_text(question: str, answer: str) -> tuple[str, str]:
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question:
        raise UsageError("the question is empty", "Give the question the article answers")
    if not answer:
        raise UsageError("the answer is empty", "Give the answer text")
    return question, answer


def _version(db: Database, article: dict, change: str, by: str | None) -> None:
    db["kb_article_versions"].insert(
        {
            "article_id": article["id"],
            "version": article["version"],
            "change": change,
            "question": article["question"],
            "answer": article["answer"],
            "tags": article["tags"],
            "changed_by": by,
            "source_ref": article.get("source_ref"),
            "changed_at": utc_now(),
        }
    )


def _row(db: Database, article_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM kb_articles WHERE id = ?", [article_id]))
    return rows[0] if rows else None


def get_article(db: Database, article_id: int) -> dict:
    """One article with ``tags`` as a list and ``versions`` (oldest first). Raises NotFoundError."""
    row = _row(db, article_id)
    if row is None:
        raise NotFoundError(f"no knowledge-base article {article_id}", "List them with `customario kb list`")
    art = article_from_row(row)
    art["versions"] = list(
        db.query(
            "SELECT version, change, question, answer, tags, changed_by, source_ref, changed_at "
            "FROM kb_article_versions WHERE article_id = ? ORDER BY id",
            [article_id],
        )
    )
    return art


def upsert_article(
    db: Database,
    question: str,
    answer: str,
    *,
    tags: Iterable[str] | str | None = None,
    campaign: str = "",
    source: str = "manual",
    source_ref: str | None = None,
    help_request_id: int | None = None,
    by: str | None = None,
    replace: bool = True,
) -> tuple[dict, str]:
    """Add an article or, when one with the same normalised question exists in ``campaign``,
    update it (``replace=True``) as a new version. Returns (article, outcome) with outcome
    ``added`` | ``updated`` | ``unchanged`` | ``exists``. Raises UsageError for empty text."""
    question, answer = _check_text(question, answer)
    if source not in SOURCES:
        raise UsageError(f"unknown article source {source!r}", f"Use one of {', '.join(SOURCES)}")
    tags_text, key, now = _tags_text(tags), question_key(question), utc_now()
    change = {"imported": "imported", "supervisor": "learned"}.get(source, "created")
    with immediate(db):
        existing = list(
            db.query("SELECT * FROM kb_articles WHERE campaign = ? AND question_key = ?", [campaign or "", key])
        )
        if existing:
            old = existing[0]
            if old["answer"] == answer and old["tags"] == (tags_text or old["tags"]):
                return article_from_row(old), "unchanged"
            if not replace:
                return article_from_row(old), "exists"
            values = {
                "question": question,
                "answer": answer,
                "tags": tags_text or old["tags"],
                "source": source,
                "source_ref": source_ref,
                "help_request_id": help_request_id,
                "created_by": by,
                "version": old["version"] + 1,
                "updated_at": now,
            }
            db["kb_articles"].update(old["id"], values)
            new = _row(db, old["id"])
            _version(db, new, change if source != "manual" else "edited", by)
            return article_from_row(new), "updated"
        art_id = (
            db["kb_articles"]
            .insert(
                {
                    "campaign": campaign or "",
                    "question": question,
                    "question_key": key,
                    "answer": answer,
                    "tags": tags_text,
                    "source": source,
                    "source_ref": source_ref,
                    "help_request_id": help_request_id,
                    "created_by": by,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            .last_pk
        )
        new = _row(db, art_id)
        _version(db, new, change, by)
        return article_from_row(new), "added"


def add_article(
    db: Database, question: str, answer: str, *, tags=None, campaign: str = "", by: str | None = None
) -> dict:
    """Add a manual article. Raises UsageError when the same question already exists in ``campaign``."""
    art, outcome = upsert_article(
        db, question, answer, tags=tags, campaign=campaign, source="manual", by=by, replace=False
    )
    if outcome in ("exists", "unchanged"):
        raise UsageError(
            f"article {art['id']} already answers that question",
            f"Change it with `customario kb edit {art['id']} --answer ...`",
        )
    return art


def edit_article(
    db: Database,
    article_id: int,
    *,
    question: str | None = None,
    answer: str | None = None,
    tags=None,
    by: str | None = None,
) -> dict:
    """Change an article; every change is a new version. Raises NotFoundError, UsageError."""
    with immediate(db):
        old = _row(db, article_id)
        if old is None:
            raise NotFoundError(f"no knowledge-base article {article_id}", "List them with `customario kb list`")
        q = old["question"] if question is None else question
        a = old["answer"] if answer is None else answer
        q, a = _check_text(q, a)
        t = old["tags"] if tags is None else _tags_text(tags)
        if (q, a, t) == (old["question"], old["answer"], old["tags"]):
            return get_article(db, article_id)
        clash = list(
            db.query(
                "SELECT id FROM kb_articles WHERE campaign = ? AND question_key = ? AND id != ?",
                [old["campaign"], question_key(q), article_id],
            )
        )
        if clash:
            raise UsageError(
                f"article {clash[0]['id']} already has that question", "Edit or remove that article instead"
            )
        db["kb_articles"].update(
            article_id,
            {
                "question": q,
                "question_key": question_key(q),
                "answer": a,
                "tags": t,
                "version": old["version"] + 1,
                "updated_at": utc_now(),
            },
        )
        _version(db, _row(db, article_id), "edited", by)
    return get_article(db, article_id)


def remove_article(db: Database, article_id: int, by: str | None = None) -> dict:
    """Delete an article (its version history stays, ending with a ``removed`` entry). Raises NotFoundError."""
    with immediate(db):
        old = _row(db, article_id)
        if old is None:
            raise NotFoundError(f"no knowledge-base article {article_id}", "List them with `customario kb list`")
        db["kb_articles"].delete(article_id)
        _version(db, {**old, "version": old["version"] + 1}, "removed", by)
    return article_from_row(old)


def list_articles(
    db: Database, *, campaign: str | None = None, source: str | None = None, limit: int | None = None
) -> list[dict]:
    """Articles, newest first; ``campaign`` keeps that campaign's and the shared ('') ones."""
    where, params = [], []
    if campaign is not None:
        where.append("campaign IN ('', ?)")
        params.append(campaign)
    if source:
        where.append("source = ?")
        params.append(source)
    return [
        article_from_row(r)
        for r in db["kb_articles"].rows_where(
            " AND ".join(where) or None, params, order_by="id DESC", limit=int(limit) if limit else None
        )
    ]


def is_list(article: dict) -> bool:
    """True for the profile article that lists a whole part (the team, the services, the week's
    hours) rather than one item of it."""
    ref = article.get("source_ref") or ""
    return article.get("source") == "imported" and ref.rsplit("#", 1)[-1] in ("staff", "services", "hours")


def article_kind(row: dict) -> str | None:
    """The part of a business profile an imported article came from (``hours``, ``service``,
    ``services``, ``staff``, ``location``, ``parking``, ``policy``, ``contact``, ``faq``), read from
    its ``source_ref`` (``file#key``); None for learned and manual articles."""
    ref = row.get("source_ref") or ""
    if row.get("source") != "imported" or "#" not in ref:
        return None
    key = ref.split("#", 1)[1]
    return re.split(r"[:\[]", key, maxsplit=1)[0] or None


def person_names(row: dict) -> set[str]:
    """Lower-case words of the person a staff article is about ("jonah", "park" of "Who is Jonah
    Park and what does Jonah specialise in?"); empty for other articles."""
    if article_kind(row) != "staff":
        return set()
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", row.get("question") or "")
    return {w.lower() for w in words[1:] if w[:1].isupper()}


def matches_besides_names(term: str, row: dict, names: set[str]) -> bool:
    """True when ``term`` (or a synonym, by light stem) is in the article other than as part of a
    person's name; FTS5's porter stemmer alone would match "parking" to the surname Park."""
    text = " ".join(str(row.get(k) or "") for k in ("question", "tags", "answer")).lower()
    words = {light_stem(w) for w in WORD_RE.findall(text.replace("'", "")) if w not in names}
    return any(light_stem(x) in words for x in expand_term(term))


# Words that put the next word in a verb's place: a modal, "to", a subject pronoun ("can I park",
# "somewhere to park", "we park").
_BEFORE_A_VERB = re.compile(
    r"\b(?:can|could|will|would|should|shall|may|might|must|cannot|cant|to|i|we|you|they|lets)\s+(?=(\w+)\b)"
)


def names_used_as_verbs(query: str, names: Iterable[str]) -> set[str]:
    """The words of ``names`` (lower-case words of staff names) that ``query`` uses as verbs: right
    after a modal, "to" or a subject pronoun, and known to WordNet as a verb ("Is there somewhere I
    can park?" asks about parking, not Jonah Park). Empty when WordNet is not installed.

    Source: issue 11, kb blind23 (a surname that is an everyday verb answered a parking question)."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    wanted = set(names)
    if wn is None or not wanted:
        return set()
    text = (query or "").lower().replace("'", "").replace("\u2019", "")
    return {w for w in _BEFORE_A_VERB.findall(text) if w in wanted and wn.lemmas(w, "verb")}


# How the profile importer (kb_import) asks its contact article; :func:`business_name_words` reads
# the business's name back from it.
CONTACT_QUESTION = "How can I contact {name}?"
_CONTACT_RE = re.compile(re.escape(CONTACT_QUESTION).replace(re.escape("{name}"), "(.+)"))


def business_name(articles: Iterable[dict]) -> str | None:
    """The business's own name ("Luna Hair Studio"), read from the contact article a business
    profile imports (:data:`CONTACT_QUESTION`) among ``articles``; None when there is none."""
    for a in articles:
        m = _CONTACT_RE.fullmatch(a.get("question") or "")
        if m and article_kind(a) == "contact":
            return m.group(1)
    return None


def business_name_words(articles: Iterable[dict]) -> set[str]:
    """Lower-case words of the business's own name ("luna", "hair", "studio" of Luna Hair Studio),
    read from the contact article a business profile imports (:data:`CONTACT_QUESTION`) among
    ``articles`` (dicts with ``question``, ``source``, ``source_ref``: ``kb_hits.articles_in_scope``);
    empty when there is none. A caller who says the name ("Who works at Luna?") names the business,
    like "salon" (kb_words.SELF_TERMS). Source: issue 11, kb blind23."""
    out: set[str] = set()
    for a in articles:
        m = _CONTACT_RE.fullmatch(a.get("question") or "")
        if m and article_kind(a) == "contact":
            out |= {w.lower() for w in WORD_RE.findall(m.group(1).lower())}
    return out
