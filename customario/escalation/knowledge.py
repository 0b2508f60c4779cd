"""The knowledge base: articles (question, answer, tags, source, version history) searched with FTS5.

Articles belong to a campaign (``campaign`` = campaign/module name) or to every campaign (``''``).
The full-text index ``kb_articles_fts`` (porter stemming, kept in step by triggers) finds
candidates ranked by bm25; :func:`search` then gives each candidate a **confidence** in 0..1 that
says how much of the caller's question the article covers:

    confidence = sum(idf(t) * match(t, article)) / sum(idf(t))   over the query's content terms t

``match`` is 1.0 when the term (or a synonym from :data:`SYNONYMS`) is in the article's question
or tags, 0.5 when only in its answer, else 0; ``idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))`` is
BM25's inverse document frequency over the N articles in scope, so words every article shares
("hair" in a salon) count little and words no article has pull the score down. Stop words and
generic verbs are dropped first. An answer is *confident* when the best confidence is at least
:data:`CONFIDENCE_THRESHOLD`: paraphrases that keep the question's key words pass, questions about
something the base does not cover do not.

The agent tool ``search_knowledge_base`` (:mod:`customario.escalation.kb_tool`) wraps :func:`search`.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Iterable

from sqlite_utils import Database

from customario.escalation import wordnet
from customario.store.db import immediate, utc_now
from customario.errors import NotFoundError, UsageError

CONFIDENCE_THRESHOLD = 0.6
# Weight of a question word that no article in scope contains ("my son is eight ..."): it cannot
# point at an article, but it may be what the question is about (a service not offered), so it
# still counts against the answer, at a third of its weight.
UNKNOWN_WEIGHT = 0.6
# Words that shape a question more than they name its subject ("how long", "how fast"): they count
# at half weight against an article that lacks them.
WEAK_TERMS = frozenset(
    {
        "long",
        "fast",
        "quick",
        "quickly",
        "soon",
        "length",
        "window",
        "far",
        "time",
        "take",
        "takes",
        "need",
        "needs",
        "get",
        "work",
        "works",
        "enough",
        "size",
    }
)
ANSWER_ONLY_MATCH = 0.5
# Words for the business itself ("is the salon open", "the studio's address"): every article is
# about it, whether it names it or not.
SELF_TERMS = frozenset({"salon", "studio", "store", "shop", "business", "company", "place", "premises"})
SELF_WEIGHT = 0.2
# "'s" after a noun is a possessive ("who's" reads as "who"); after these words it is "is" or "us".
_POSSESSIVE_RE = re.compile(r"\b(?!(?:what|it|that|there|here|he|she|where|how|when|why|let)'s\b)([a-z]+)'s\b")
# A word no article has that WordNet knows in this many senses or more ("change", "mind", "stuck")
# says little about what is asked: it counts at GENERAL_WEIGHT instead of UNKNOWN_WEIGHT.
GENERAL_SENSES = 13
GENERAL_WEIGHT = 0.25
ONE_WORD_LIMIT = 2
# A question word matched only through a word WordNet relates to it ("repay" for refund, "puppy"
# for dog) counts at this share of an exact match.
RELATED_MATCH = 0.75
_REL_WEAK = False
# Several question words that only the answer has, in one sentence of it (see search()).
SENTENCE_MATCH = 0.75
_USE_BROADER = False
SOURCES = ("imported", "supervisor", "manual")

STOPWORDS = frozenset(
    """a about above after again all also am an and any anything are as at be been being but by can
    could did do does doing done for from get got had has have hello hey hi how i i'd i'm if im in
    is it its it's just know let like me mine my need of ok okay on one or our please pls said say
    should so some something tell than thank thanks that the their them then there these they this
    those to too um uh us very want was we well were what whats when which will with would yes you
    your yours you're youre day offer offered provide many time times take leave bring long good place guys
    folks anyone someone somebody able possible currently actually really maybe still ever here now
    recommend suggest stuff thing things he she his her him hers himself herself myself yourself mom mum dad
    uses use using somewhere anywhere rid up out off sort kind bit lot might must shall may id ive youd youve theyre whos lets thats theres heres wheres hows else anything nothing everything whether though although because u ur
    dont cant isnt arent didnt doesnt two three four five six seven eight
    nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty""".split()
)

# Words that mean the same thing to a caller; each term is searched together with its group. A
# maintained embedding model was measured against this table (benchmarks/bench_knowledge.py); see
# docs/supervisor-and-knowledge-base.md for the figures.
SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(g.split())
    for g in (
        "price prices pricing cost costs charge charges fee fees rate rates much expensive cheap",
        "hours open opening opens close closing closes closed shut",
        "where address located location directions find street",
        "park parking car garage lot",
        "cancel cancellation cancelling canceling reschedule rescheduling",
        "staff stylist stylists team who hairdresser hairdressers barber barbers",
        "color colour coloring colouring dye dyeing tint",
        "book booking appointment appointments",
        "kid kids child children childrens toddler toddlers boy boys girl girls son daughter",
        "man men mens gentleman gentlemen guy guys gent gents",
        "woman women womens lady ladies",
        "payment pay paying card cards credit cash debit applepay contactless",
        "voucher vouchers certificate certificates giftcard",
        "dog dogs puppy puppies doggy",
        "pet pets animal animals",
        "late lateness tardy delayed",
        "arrive arriving arrival",
        "walk walkin walkins drop",
        "wheelchair accessible accessibility disabled disability ramp step",
        "product products shampoo conditioner retail",
        "wedding bride bridal",
        "highlight highlights foils",
        "straighten straightening smoothing keratin",
        "blowdry blowout blow",
        "fade fades",
        "eyelash eyelashes lash lashes",
        "cut cuts haircut haircuts",
        "consultation consult",
        "phone number call telephone",
        "email mail",
        "website site web online",
        "duration long minutes take takes",
        "buy sell purchase purchasing selling",
        "psu power supply watt watts wattage",
        "gpu gpus graphics videocard",
        "ram memory",
        "cpu cpus processor processors",
        "refund refunds reimbursement",
        "return returns returning",
        "ship shipping shipped delivery deliver delivered",
        "warranty warranties guarantee",
        "restocking restock",
        "defective broken faulty damaged doa dead",
        "carrier carriers courier fedex ups usps dhl",
        "allowed allow permitted welcome friendly",
    )
)
# A word that also means a broader one ("puppy" is a pet): the query word searches those too.
BROADER = {
    "dog": "pet",
    "dogs": "pet",
    "puppy": "pet",
    "puppies": "pet",
    "cat": "pet",
    "cats": "pet",
    "voucher": "gift",
    "certificate": "gift",
    "giftcard": "gift",
    "weekend": "saturday",
    "trim": "cut",
}
_SYNONYM_OF = {w: g for g in SYNONYMS for w in g}
# Multi-word names read as one term: (query regex, token, FTS phrases searched for the token).
_PHRASE_TABLE = (
    (r"gift ?cards?", "giftcard", ("gift card",)),
    (r"gift certificates?", "certificate", ()),
    (r"walk[ -]?ins?", "walkin", ("walk in",)),
    (r"drop[ -]?ins?", "walkin", ()),
    (r"blow[ -]?dry(ing)?", "blowdry", ("blow dry",)),
    (r"blow[ -]?outs?", "blowout", ()),
    (r"apple pay", "applepay", ("apple pay",)),
    (r"running late", "late", ()),
    # Everyday phrasings of a store's terms: "send it back" is a return, "money back" a refund,
    # "won't turn on" a defect.
    (r"(send|sending|sent|ship|shipping|bring|take|mail|mailing)( \w+)? back", "return", ()),
    (r"money back", "refund", ()),
    (
        r"(won'?t|wont|doesn'?t|doesnt|does not|will not|didn'?t|did not)( even| ever)? (turn on|work|boot|power on|start)",
        "defective",
        (),
    ),
    (r"(not|stopped) working", "defective", ()),
    (r"dead on arrival", "doa", ("dead on arrival",)),
    (r"e-?mail address(es)?", "email", ()),
    (
        r"(dont|do not|didnt|did not|cant|cannot|not|never|no) (show|turn)( up)?|no ?shows?",
        "noshow",
        ("no shows", "no show"),
    ),
    (r"(show|turn) up|drop by|pop in|come in without", "walkin", ()),
    (r"sat", "saturday", ()),
    (r"sun", "sunday", ()),
    (r"mon", "monday", ()),
    (r"tues?", "tuesday", ()),
    (r"weds?", "wednesday", ()),
    (r"thu(rs?)?", "thursday", ()),
    (r"fri", "friday", ()),
)
_PHRASES = tuple((rx, token) for rx, token, _ in _PHRASE_TABLE)
_FTS_PHRASES: dict[str, tuple[str, ...]] = {}
for _rx, _token, _fts in _PHRASE_TABLE:
    _FTS_PHRASES[_token] = _FTS_PHRASES.get(_token, ()) + _fts
_WORD_RE = re.compile(r"[a-z0-9]+")


def terms(text: str) -> list[str]:
    """Content words of ``text``: lower case, apostrophes removed, stop words dropped, one word per
    synonym group, unique, at most 12."""
    text = (text or "").lower().replace("\u2019", "'")
    # Possessives name the thing itself: "my daughter's cut", "Jonah's specialties".
    text = _POSSESSIVE_RE.sub(r"\1", text).replace("'", "")
    for phrase, token in _PHRASES:
        text = re.sub(rf"\b{phrase}\b", token, text)
    words = _WORD_RE.findall(text)
    out: list[str] = []
    seen_groups: set[frozenset[str]] = set()
    for w in words:
        if (w in STOPWORDS and w not in _SYNONYM_OF) or w in out or (len(w) < 2 and not w.isdigit()):
            continue
        group = _SYNONYM_OF.get(w)
        if group is not None:
            if group in seen_groups:
                continue  # "how much does it cost": one price term, not two
            seen_groups.add(group)
        out.append(w)
    return out[:12]


def question_key(text: str) -> str:
    """Normalised question used to detect duplicates: lower-case words joined by single spaces."""
    return " ".join(_WORD_RE.findall((text or "").lower().replace("'", "")))


def _tags_text(tags: Iterable[str] | str | None) -> str:
    if tags is None:
        return ""
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    # YAML turns tags like 4090 or 2024 into numbers: treat every tag as text.
    texts = (str(t).strip().lower() for t in tags if t is not None)
    return " ".join(dict.fromkeys(t for t in texts if t))


def _article(row: dict) -> dict:
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
    art = _article(row)
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
                return _article(old), "unchanged"
            if not replace:
                return _article(old), "exists"
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
            return _article(new), "updated"
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
        return _article(new), "added"


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
    return _article(old)


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
        _article(r)
        for r in db["kb_articles"].rows_where(
            " AND ".join(where) or None, params, order_by="id DESC", limit=int(limit) if limit else None
        )
    ]


# --- search -------------------------------------------------------------------------------------


@dataclass
class SearchResult:
    """``hits`` are articles (dicts) with ``confidence`` (0..1), ``bm25`` and ``matched`` terms,
    best first; ``confident`` says whether ``hits[0]`` may be given to a caller as the answer."""

    query: str
    terms: list[str]
    hits: list[dict] = field(default_factory=list)
    threshold: float = CONFIDENCE_THRESHOLD

    @property
    def best(self) -> dict | None:
        return self.hits[0] if self.hits else None

    @property
    def confident(self) -> bool:
        return bool(self.hits) and self.hits[0]["confidence"] >= self.threshold

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "terms": self.terms,
            "threshold": self.threshold,
            "confident": self.confident,
            "hits": self.hits,
        }


def _expansion(term: str) -> set[str]:
    words = set(_SYNONYM_OF.get(term, {term}))
    broader = BROADER.get(term)
    if broader:
        words |= set(_SYNONYM_OF.get(broader, {broader}))
    return words


def _group_expr(term: str) -> str:
    words = _expansion(term)
    phrases = {p for w in words for p in _FTS_PHRASES.get(w, ())}
    return "(" + " OR ".join(f'"{w}"' for w in sorted(words | phrases)) + ")"


_FTS_SAFE = re.compile(r"^[a-z][a-z -]*[a-z]$")


@functools.lru_cache(maxsize=4096)
def _related_by_kind(term: str) -> tuple[frozenset[str], frozenset[str]]:
    """(synonyms and derived forms, broader nouns) of ``term`` from WordNet, without the words of
    its own synonym group; both empty when WordNet is not installed."""
    wn = wordnet.load()
    if wn is None or not term.isalpha():
        return frozenset(), frozenset()
    own = _expansion(term)
    same, broader = set(), set()
    for word, relation in wn.related(term).items():
        if word in own or word in STOPWORDS or not _FTS_SAFE.match(word) or len(word) < 3:
            continue
        (broader if relation == "broader" else same).add(word)
    return frozenset(same), frozenset(broader - same)


def _related(term: str, broader: bool = True) -> frozenset[str]:
    """Words WordNet relates to ``term`` (see :func:`customario.escalation.wordnet.WordNet.related`);
    ``broader=False`` leaves out the nouns one step above it."""
    same, up = _related_by_kind(term)
    return same | up if broader and _USE_BROADER else same


def _general(term: str, df: int) -> bool:
    """True for a word no article has that WordNet knows in :data:`GENERAL_SENSES` senses or more
    and never as an adjective ("change", "mind"), or only as an adverb ("already", "probably")."""
    if df > 0 or not term.isalpha():
        return False
    wn = wordnet.load()
    if wn is None:
        return False
    # An adjective narrows what is asked ("short hair", "extended warranties"), however many senses it has.
    return wn.adverb_only(term) or (wn.polysemy(term) >= GENERAL_SENSES and not wn.lemmas(term, "adj"))


def _words_of(text: str) -> set[str]:
    return {_stem(w) for w in _WORD_RE.findall((text or "").lower().replace("'", ""))}


def _in_words(term: str, words: set[str]) -> bool:
    """``term``, a synonym or a WordNet synonym/derived form is among ``words`` (light stems)."""
    forms = _expansion(term) | _related(term, broader=False)
    return any(_stem(x) in words or (len(x) > 5 and any(w.startswith(x[:6]) for w in words)) for x in forms)


def _sentences(answer: str) -> list[str]:
    return [
        x.strip()
        for part in _SENTENCE_RE.split((answer or "").strip())
        for x in re.split(r";\s+|,?\s+and\s+(?=the\s)", part)
        if x.strip()
    ]


def _together_in_a_sentence(answer: str, candidates: list[str]) -> set[str]:
    """The largest set (two or more) of ``candidates`` that one sentence of ``answer`` holds."""
    if len(candidates) < 2:
        return set()
    best: set[str] = set()
    for sentence in _sentences(answer):
        words = _words_of(sentence)
        here = {t for t in candidates if _in_words(t, words)}
        if len(here) > len(best):
            best = here
    return best if len(best) >= 2 else set()


def _term_weight(term: str, df: int) -> float:
    """How much a question word counts in the denominator of the confidence (see the module
    docstring): 1 for a word some article has, less for question-shaping, self-naming and unknown
    words."""
    if term in SELF_TERMS:
        return SELF_WEIGHT
    weight = 0.5 if term in WEAK_TERMS else 1.0
    if df > 0:
        return weight
    return weight * (GENERAL_WEIGHT if _general(term, df) else UNKNOWN_WEIGHT)


def _related_expr(term: str) -> str | None:
    words = _related(term)
    return "(" + " OR ".join(f'"{w}"' for w in sorted(words)) + ")" if words else None


def _scope_sql(campaign: str | None) -> tuple[str, list]:
    if campaign is None:
        return "", []
    return " AND a.campaign IN ('', ?)", [campaign]


def _matching_ids(db: Database, expr: str, campaign: str | None) -> set[int]:
    scope, params = _scope_sql(campaign)
    sql = (
        "SELECT f.rowid FROM kb_articles_fts f JOIN kb_articles a ON a.id = f.rowid "
        "WHERE kb_articles_fts MATCH ?" + scope
    )
    return {r[0] for r in db.execute(sql, [expr, *params]).fetchall()}


@dataclass
class _TermStats:
    """Per question term: ids of articles that have it (or a synonym) in question/tags (``strong``)
    or only in the answer (``weak``); likewise through a WordNet-related word (``rel_strong``,
    ``rel_weak``); its document frequency ``df`` and BM25 ``idf``."""

    strong: dict[str, set[int]] = field(default_factory=dict)
    weak: dict[str, set[int]] = field(default_factory=dict)
    rel_strong: dict[str, set[int]] = field(default_factory=dict)
    rel_weak: dict[str, set[int]] = field(default_factory=dict)
    df: dict[str, int] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)


def _term_stats(db: Database, query_terms: list[str], campaign: str | None, total: int) -> _TermStats:
    st = _TermStats()
    for t in query_terms:
        expr, related = _group_expr(t), _related_expr(t)
        anywhere = _matching_ids(db, expr, campaign)
        st.strong[t] = _matching_ids(db, "{question tags} : " + expr, campaign)
        st.weak[t] = anywhere - st.strong[t]
        rel_anywhere: set[int] = set()
        if related:
            rel_anywhere = _matching_ids(db, related, campaign) - anywhere
            st.rel_strong[t] = _matching_ids(db, "{question tags} : " + related, campaign) - anywhere
            st.rel_weak[t] = rel_anywhere - st.rel_strong[t]
        # A word no article has, related to words some have ("repay" → refund): its frequency is theirs.
        st.df[t] = df = len(anywhere) or len(rel_anywhere)
        st.idf[t] = math.log(1 + (total - df + 0.5) / (df + 0.5))
    return st


def _score(row: dict, query_terms: list[str], st: _TermStats, weight: dict[str, float]) -> tuple[float, list[str]]:
    """(score, matched terms) of one article: the numerator of the confidence."""
    score, matched, in_answer = 0.0, [], []
    names = _person_names(row)
    aid, idf = row["id"], st.idf
    for t in query_terms:
        if names and t not in names and not _matches_besides_names(t, row, names):
            continue  # "parking" is not Jonah Park
        if aid in st.strong[t]:
            score += idf[t] * weight[t]
        elif aid in st.weak[t]:
            score += ANSWER_ONLY_MATCH * idf[t] * weight[t]
            in_answer.append((t, 1.0))
        elif aid in st.rel_strong.get(t, ()):
            score += RELATED_MATCH * idf[t] * weight[t]
        elif _REL_WEAK and aid in st.rel_weak.get(t, ()):
            score += RELATED_MATCH * ANSWER_ONLY_MATCH * idf[t] * weight[t]
            in_answer.append((t, RELATED_MATCH))
        else:
            continue
        matched.append(t)
    # Question words found only in the answer, but together in one of its sentences, are what
    # that sentence is about ("installed graphics cards ... are refunded minus a 15% restocking
    # fee"): they count as SENTENCE_MATCH instead of ANSWER_ONLY_MATCH.
    together = _together_in_a_sentence(row["answer"], [t for t, _ in in_answer])
    for t, factor in in_answer:
        if t in together:
            score += (SENTENCE_MATCH - ANSWER_ONLY_MATCH) * factor * idf[t] * weight[t]
    return score, matched


def _settle_ties(hits: list[dict], threshold: float) -> None:
    """Reorder or refuse when the best articles tie on confidence and coverage (in place)."""
    if len(hits) < 2 or hits[0]["confidence"] < threshold:
        return
    top = (hits[0]["confidence"], hits[0]["article_coverage"])
    tied = [h for h in hits if (h["confidence"], h["article_coverage"]) == top]
    lists = [h for h in tied if _is_list(h)]
    if len(tied) > 1 and lists:
        # "Who's on your team?" fits every stylist and the team list: the list answers it.
        hits.remove(lists[0])
        hits.insert(0, lists[0])
    elif len(tied) > 1 and top[1] < 1 and tied[0]["excerpt"] != tied[1]["excerpt"]:
        # "How much is a haircut?" fits the men's, women's and children's haircut alike: asking
        # which is better than reading one of them out.
        hits[0]["confidence"] = round(threshold - 0.01, 3)
        hits[0]["refused"] = f"fits article {tied[1]['id']} as well"


def search(
    db: Database, query: str, *, campaign: str | None = None, limit: int = 3, threshold: float = CONFIDENCE_THRESHOLD
) -> SearchResult:
    """Search articles for ``query`` (scoped to ``campaign`` + shared articles when given).

    Returns a :class:`SearchResult` with at most ``limit`` hits ordered by confidence then bm25
    (see the module docstring for the formula). Never raises for odd input: a query without
    content words returns no hits.
    """
    result = SearchResult(query=query, terms=terms(query), threshold=threshold)
    named = _named_things(query)
    if not result.terms:
        return result
    total = db["kb_articles"].count_where(*(("campaign IN ('', ?)", [campaign]) if campaign is not None else ()))
    scope, params = _scope_sql(campaign)
    if not total:
        return result
    groups = {t: _group_expr(t) for t in result.terms}
    related = {t: _related_expr(t) for t in result.terms}
    any_expr = " OR ".join([*groups.values(), *(e for e in related.values() if e)])
    sql = (
        "SELECT a.*, bm25(kb_articles_fts, 2.0, 1.5, 1.0) AS bm25 FROM kb_articles_fts f "
        "JOIN kb_articles a ON a.id = f.rowid WHERE kb_articles_fts MATCH ?" + scope + " ORDER BY bm25 LIMIT 20"
    )
    candidates = list(db.query(sql, [any_expr, *params]))
    if not candidates:
        return result
    stats = _term_stats(db, result.terms, campaign, total)
    idf, strong, dfs = stats.idf, stats.strong, stats.df
    # Words no article in scope has ("my son is eight ...") cannot tell articles apart: they leave
    # the denominator. A confident answer still needs one distinctive word matched (in at most a
    # third of the articles), so "hair extensions" (only "hair" known) is not answered.
    known = [t for t in result.terms if dfs[t] > 0]
    weight = {t: _term_weight(t, dfs[t]) for t in result.terms}
    denom = sum(idf[t] * weight[t] for t in result.terms)
    distinctive = {t for t in known if dfs[t] <= max(1, total // 3)}
    asked = query_kind(query)
    hits = []
    for row in candidates:
        score, matched = _score(row, result.terms, stats, weight)
        art = _article(row)
        confidence = score / denom if denom else 0.0
        kind = article_kind(row)
        why = None
        if not distinctive & set(matched):
            confidence, why = min(confidence, 0.45), "no distinctive word of the question matched"
        elif (
            len(matched) == 1
            and sum(1 for t in result.terms if t not in matched and not _general(t, dfs[t])) >= ONE_WORD_LIMIT
        ):
            # One word in common and several specific ones the article lacks: a guess.
            confidence, why = min(confidence, 0.5), "one word of the question matched"
        unknown_names = [t for t in named if t in dfs and dfs[t] == 0]
        if unknown_names:
            # "RTX 5090", "Venmo", "Jessica": a named thing no article mentions is what the caller asks about.
            confidence, why = (
                min(confidence, 0.4),
                f"the question names {' '.join(unknown_names)}, which no article mentions",
            )
        if asked and kind and kind not in KIND_ANSWERS[asked]:
            confidence, why = min(confidence, 0.3), f"a {asked} question, a {kind} article"
        # Questions people wrote (learned, manual, FAQ and article lists) can be near misses of
        # the caller's; the questions generated from a business profile are checked by kind.
        missing = (
            _near_miss(db, result.terms, matched, row, total, campaign, dfs, strong)
            if kind in (None, "faq", "articles")
            else None
        )
        if missing:
            confidence, why = min(confidence, 0.4), f"near miss: the article is about {missing}"
        art["confidence"] = round(confidence, 3)
        art["bm25"] = round(row["bm25"], 4)
        art["matched"] = matched
        art["kind"] = kind
        if why:
            art["refused"] = why
        # Named things that the article's own question names together are what it is about ("Do AM5
        # processors like the 7800X3D work with DDR4?"): its answer as a whole relates them.
        named_here = [t for t in named if t in matched and t not in _SYNONYM_OF]
        if named_here and all(_has(t, row["question"]) for t in named_here):
            named_here = []
        excerpt = answer_excerpt(art["answer"], matched, kind, idf, named_here, row["question"])
        if excerpt is None:
            confidence, why = min(confidence, 0.4), "the answer names the asked-about things only apart"
            art["confidence"] = round(confidence, 3)
            art["refused"] = why
        art["excerpt"] = excerpt or art["answer"]
        hits.append(art)
    for h in hits:
        h["similarity"] = round(
            difflib.SequenceMatcher(None, question_key(query), question_key(h["question"])).ratio(), 3
        )
        own = [t for t in terms(h["question"]) if t not in _GENERIC_ARTICLE_WORDS]
        covered = [t for t in own if any(_covers(m, t) for m in h["matched"])]
        h["article_coverage"] = round(len(covered) / len(own), 3) if own else 0.0
    # Ties go to the article whose own question the caller's words cover best ("blow dry" → the
    # blow-dry service, not the haircut-and-blow-dry one), then to the most similar question.
    hits.sort(key=lambda h: (-h["confidence"], -h["article_coverage"], -h["similarity"], h["bm25"]))
    _settle_ties(hits, threshold)
    result.hits = hits[:limit]
    return result


# What a question asks for (by its cue words) and which article kinds may answer it: a price question
# is never answered by a stylist's bio, an hours question never by the services list.
def _named_things(query: str) -> list[str]:
    """Terms of ``query`` that name a thing: model numbers (words with digits) and capitalised
    words that do not start the sentence ("Do you take Venmo?", "a 5090")."""
    out = []
    words = re.findall(r"[A-Za-z0-9'\u2019-]+", query or "")
    for i, w in enumerate(words):
        clean = w.lower().replace("'", "").replace("\u2019", "")
        if any(c.isdigit() for c in w) and any(c.isalpha() for c in w) or w.isdigit() and len(w) >= 3:
            out += _WORD_RE.findall(clean)
        elif i > 0 and w[:1].isupper() and w.lower() not in ("i", "i'm", "i'd", "i've", "i'll") and len(w) > 2:
            out += _WORD_RE.findall(clean)
    return list(dict.fromkeys(out))


_KIND_CUES = (
    (
        "price",
        re.compile(r"\b(how much|price|prices|pricing|cost|costs|charge|charges|fee|fees|expensive|cheap|rates?)\b"),
    ),
    ("hours", re.compile(r"\b(open|opening|opens|close|closing|closes|closed|hours|what time|until when|till when)\b")),
    (
        "location",
        re.compile(
            r"\b(where are you|address|located|location|directions|how do i get|parking|garage|(where|can) (can |do |should )?(i|we) park)\b"
        ),
    ),
    ("who", re.compile(r"^\W*who\b|\bwho('?s| is| does| do| can| should| would| owns| works)\b")),
)
KIND_ANSWERS = {
    "price": frozenset({"service", "services", "policy", "faq", "articles"}),
    "hours": frozenset({"hours", "policy", "faq", "articles"}),
    "location": frozenset({"location", "parking", "faq", "contact", "articles"}),
    "who": frozenset({"staff", "faq", "articles"}),
}


def query_kind(query: str) -> str | None:
    """``price``, ``hours`` or ``location`` when the caller's words ask for that, else None."""
    q = (query or "").lower()
    for kind, rx in _KIND_CUES:
        if rx.search(q):
            return kind
    return None


def _is_list(article: dict) -> bool:
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


def _person_names(row: dict) -> set[str]:
    """Lower-case words of the person a staff article is about ("jonah", "park" of "Who is Jonah
    Park and what does Jonah specialise in?"); empty for other articles."""
    if article_kind(row) != "staff":
        return set()
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", row.get("question") or "")
    return {w.lower() for w in words[1:] if w[:1].isupper()}


def _matches_besides_names(term: str, row: dict, names: set[str]) -> bool:
    """True when ``term`` (or a synonym, by light stem) is in the article other than as part of a
    person's name; FTS5's porter stemmer alone would match "parking" to the surname Park."""
    text = " ".join(str(row.get(k) or "") for k in ("question", "tags", "answer")).lower()
    words = {_stem(w) for w in _WORD_RE.findall(text.replace("'", "")) if w not in names}
    return any(_stem(x) in words for x in _expansion(term))


def _stem(word: str) -> str:
    """A light plural/-ing/-ed stem for comparing a question's words with an article's ("labels" and
    "label", "returns" and "return"); FTS5's porter stemmer does the same inside the index."""
    for suffix, repl, minimum in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("xes", "x", 4),
        ("ches", "ch", 5),
        ("shes", "sh", 5),
        ("s", "", 4),
        ("ing", "", 6),
        ("ed", "", 5),
    ):
        if word.endswith(suffix) and len(word) >= minimum and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + repl
    return word


def _covers(query_term: str, article_term: str) -> bool:
    """True when the caller's word names the article's word: the same word or stem, a synonym
    (own table or WordNet), a derived form, or a narrower word ("puppy" covers "dog"; "hair" does not
    cover "eyelash")."""
    q, t = query_term, article_term
    expansion = _expansion(t) | {_stem(t)}
    return (
        q in expansion
        or _stem(q) in expansion
        or t in _expansion(q)
        or t in _related(q)
        or _stem(t) in _related(q)
        or q in _related(t, broader=False)
    )


def _near_miss(
    db: Database,
    query_terms: list[str],
    matched: list[str],
    row: dict,
    total: int,
    campaign: str | None,
    dfs: dict[str, int] | None = None,
    strong: dict[str, set[int]] | None = None,
) -> str | None:
    """The article's own subject when article and question each have a distinctive word the
    other lacks ("hair extensions" against an article on "eyelash extensions"), else None.

    Distinctive = in at most a third of the articles in scope (BM25 idf), so words every article
    shares ("salon", "hair" in a salon) do not count."""
    unmatched_query = [t for t in query_terms if t not in matched and t not in WEAK_TERMS]
    if not unmatched_query:
        return None
    own = terms(_EXAMPLES_RE.sub(" ", row["question"]))
    covered = set()
    for t in own:
        if any(_covers(q, t) for q in query_terms):
            covered.add(t)
    unmatched_article = [t for t in own if t not in covered and t not in _GENERIC_ARTICLE_WORDS and t not in WEAK_TERMS]
    if not unmatched_article:
        return None

    def distinctive(term: str) -> bool:
        df = len(_matching_ids(db, _group_expr(term), campaign))
        return df <= max(1, total // 3)

    # An everyday word that no article has ("change my mind") does not show that the caller means
    # something else; a specific one does ("extended warranties", "return policy for gifts").
    # An adverb or an everyday noun or verb that no article has ("never", "change my mind") does not
    # show that the caller means something else; a specific word does ("extended warranties").
    q_side = [t for t in unmatched_query if distinctive(t) and not _general(t, (dfs or {}).get(t, 1))]
    a_side = [t for t in unmatched_article if distinctive(t)]
    if q_side and a_side:
        return " ".join(a_side)
    if q_side and strong is not None:
        # The caller's word is the subject of other articles, and this one never mentions it
        # ("the warranty on power supplies" against the power-supply sizing article).
        elsewhere = [t for t in q_side if strong.get(t) and row["id"] not in strong[t]]
        if elsewhere:
            return "not " + " ".join(elsewhere)
    return None


# Examples an article's question gives ("a graphics card like the RTX 4090", "AM5 processors like
# the Ryzen 7800X3D or 7600X") are not its subject.
_EXAMPLES_RE = re.compile(r"\b(?:like|such as|e\.g\.|for example)\s+(?:the\s+)?(?:(?:[A-Z0-9][\w-]*|or|and)[\s,]*)+")

# Words of generated article questions that callers rarely repeat.
_GENERIC_ARTICLE_WORDS = frozenset(
    {
        "policy",
        "specialise",
        "specialize",
        "much",
        "cost",
        "hours",
        "who",
        "offer",
        "services",
        "located",
        "address",
        "contact",
        "reach",
        "sell",
        "buy",
        "allowed",
        "allow",
        "bring",
        "accept",
        "available",
        "welcome",
        "friendly",
        "come",
        "use",
        "salon",
        "store",
        "shop",
        "work",
        "works",
        "go",
    }
)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


_CLAUSE_RE = re.compile(
    r";\s+|,\s+(?!such\b|which\b|who\b|including\b|like\b|with\b|so\b|but\b|or\b)(?=[a-z])"
    r"|\s+\(|(?<=[a-z]{3}),?\s+and\s+(?=\d)"
)


def _has(term: str, text: str) -> bool:
    """``term`` is a word of ``text``, or its plural ("SSD" in "5 years for SSDs")."""
    return bool(re.search(rf"(?<![a-z0-9]){re.escape(term)}(?:s|es)?(?![a-z0-9])", text.lower()))


def _has_any(term: str, text: str) -> bool:
    return any(_has(w, text) for w in _expansion(term))


def answer_excerpt(
    answer: str,
    matched: list[str],
    kind: str | None,
    idf: dict[str, float] | None = None,
    named: list[str] | None = None,
    topic: str | None = None,
) -> str | None:
    """The part of ``answer`` the question asked about: for a profile policy, FAQ or location
    article of several sentences, the sentence that holds the matched terms ("a patch test is needed
    48 hours before a first colour" rather than the whole consultation policy), and inside it the
    clause when one clause holds them better ("3 years for graphics cards" of "3 years for graphics
    cards and 5 years for SSDs"); else the answer.

    ``named`` are the model numbers and names the caller used, first named first ("Does the 7800X3D
    take DDR4?"). Returns None when the answer mentions them only in different parts: the answer
    does not say how they relate ("Does the 4070 Super need the 16-pin connector?"), so nothing may
    be read out as if it did. ``topic`` is the article's own question: its words name the whole
    article, so they choose no part of it."""
    if kind in ("hours", "contact") and matched:
        return _list_excerpt(answer, matched, kind) or answer
    if kind in ("hours", "service", "services", "staff", "contact") or not matched:
        return answer
    sentences = [
        x.strip()
        for part in _SENTENCE_RE.split(answer.strip())
        for x in re.split(r";\s+|,?\s+and\s+(?=the\s)", part)
        if x.strip()
    ]
    stem = re.compile(r"[a-z0-9]+")

    def found(x: str, words: set[str]) -> bool:
        return any(w == x or _stem(w) == _stem(x) or (len(x) > 4 and w.startswith(x[:5])) for w in words)

    def score(sentence: str) -> float:
        words = set(stem.findall(sentence.lower()))
        # Model numbers weigh most: "the RTX 4060 needs 550 W" answers a question about a 4060. The
        # caller's own word counts fully, a synonym of it half ("garage" is the garage's sentence,
        # not the one about street parking), and so does a word of the article's own question
        # ("Where can I park?" asks for the whole parking article).
        total = 0.0
        for t in matched:
            if t in WEAK_TERMS:
                continue
            w = (idf or {}).get(t, 1.0) * (1.5 if any(c.isdigit() for c in t) else 1.0)
            if found(t, words) and not (topic and _has(t, topic)):
                total += w
            elif any(found(x, words) for x in _expansion(t)):
                total += w / 2
        return total

    # A model number the caller named must be in the part read out ("4060" → "the RTX 4060 needs
    # 550 W"). When no single part holds every one, the part with the first-named one is read
    # when it is the only part naming it; when they are only ever apart, nothing is.
    if named is None:
        named = [t for t in matched if any(c.isdigit() for c in t)]
    named = [t for t in named if t in matched]
    if named and len(sentences) > 1 and not any(all(_has_any(t, x) for t in named) for x in sentences):
        return None
    if len(sentences) < 2:
        best = answer.strip()
    else:
        scored = [score(x) if all(_has_any(t, x) for t in named) else 0 for x in sentences]
        top = max(scored)
        if top == 0 or scored.count(top) > 1:
            return answer  # no single part answers it better than the others: the whole answer
        best = sentences[scored.index(top)]
    return _clause(best, score)


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_SETS = {
    "weekend": {"saturday", "sunday"},
    "weekends": {"saturday", "sunday"},
    "weekday": set(_DAYS[:5]),
    "weekdays": set(_DAYS[:5]),
}


def _list_excerpt(answer: str, matched: list[str], kind: str) -> str | None:
    """For a list-like answer (the week's hours, the ways to reach the business), the items the
    question names: "Saturday 9 am to 5 pm" for a question about the weekend, "email
    hello@..." for one about e-mail. None when no item, or every item, is named."""
    items = [x.strip(" .") for x in re.split(r";\s+|,\s+", answer.strip()) if x.strip(" .")]
    if len(items) < 2:
        return None
    if kind == "hours":
        wanted: set[str] = set()
        for t in matched:
            wanted |= _DAY_SETS.get(t, set()) | ({t} if t in _DAYS or t == "closed" else set())
        if not wanted:
            return None
        picked = [x for x in items if any(_has(w, x) for w in wanted)]
    else:
        picked = [x for x in items if any(_has_any(t, x) for t in matched)]
    if not picked or len(picked) == len(items):
        return None
    text = "; ".join(picked)
    return text[:1].upper() + text[1:] + "."


def _clause(sentence: str, score) -> str:
    """The clause of ``sentence`` that scores strictly best among the clauses holding a figure, with
    the sentence's opening clause kept in front when that opening holds no figure of its own
    ("Every product carries the manufacturer's warranty, usually 3 years for graphics cards"); the
    sentence when no clause is strictly best."""
    clauses = [c.strip(" ,.;()") for c in _CLAUSE_RE.split(sentence) if c.strip(" ,.;()")]
    figures = [i for i, c in enumerate(clauses) if any(ch.isdigit() for ch in c)]
    if len(clauses) < 2 or len(figures) < 2:
        return sentence
    scored = {i: score(clauses[i]) for i in figures}
    top = max(scored.values())
    best = [i for i, v in scored.items() if v == top]
    if top == 0 or len(best) > 1:
        return sentence
    i = best[0]
    head = clauses[0]
    text = clauses[i] if i == 0 or 0 in figures else f"{head}, {clauses[i]}"
    return text[:1].upper() + text[1:] + "."
