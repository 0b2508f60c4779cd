"""Near misses: an article that shares words with the caller's question but is about another thing
("hair extensions" against an article on eyelash extensions), decided by the distinctive words each
side has that the other lacks (:func:`near_miss`). Used by :mod:`customario.escalation.knowledge`.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from customario.escalation.kb_ask import split_ask
from customario.escalation.kb_excerpt import has_word
from customario.escalation.kb_fts import group_expr, matching_ids
from customario.escalation.kb_learned_reading import is_learned, reading
from customario.escalation.kb_words import SELF_TERMS, SYNONYM_OF, WEAK_TERMS, covers, is_general, terms


def near_miss(
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
    shares ("salon", "hair" in a salon) do not count. The subject is prefixed with ``UNSURE`` when
    every word that sets the caller's question apart is in no article at all ("sticks", "chips"):
    such a word may be a paraphrase of the article's own ("DDR4 sticks" for DDR4 memory) as well as
    a new thing, so the article may be offered but not answered. A caller's word that the base has
    elsewhere ("the warranty on a motherboard") keeps the refusal (measured on the development corpora:
    docs/supervisor-and-knowledge-base.md)."""
    # Words naming the business itself ("at the salon") never set a question apart.
    unmatched_query = [t for t in query_terms if t not in matched and t not in WEAK_TERMS and t not in SELF_TERMS]
    if not unmatched_query:
        return None
    own = terms(EXAMPLES_RE.sub(" ", own_question(row)))
    covered = model_lines(row["question"], query_terms)
    for t in own:
        if any(covers(q, t) for q in query_terms):
            covered.add(t)
    unmatched_article = [
        t
        for t in own
        if t not in covered and t not in GENERIC_ARTICLE_WORDS and t not in WEAK_TERMS and not _adverb_only(t)
    ]
    if not unmatched_article or _one_part_asked(row["question"], query_terms):
        return None

    def distinctive(term: str) -> bool:
        df = len(matching_ids(db, group_expr(term), campaign))
        return df <= max(1, total // 3)

    # An everyday word that no article has ("change my mind") does not show that the caller means
    # something else; a specific one does ("extended warranties", "return policy for gifts").
    # An adverb or an everyday noun or verb that no article has ("never", "change my mind") does not
    # show that the caller means something else; a specific word does ("extended warranties").
    # Nor does a word that names a kind of article rather than a subject ("the dead-on-arrival
    # *policy*" against the warranty article, whose own question says "warranty").
    q_side = [
        t
        for t in unmatched_query
        if t not in _GENRE_WORDS and distinctive(t) and not is_general(t, (dfs or {}).get(t, 1))
    ]
    a_side = [t for t in unmatched_article if distinctive(t)]
    if is_learned(row):
        # the first caller's kin or friend ("my mother's care home", "can a friend pick up") and the next
        # caller's ("my dad", "my brother") are each caller's circumstance, not the subject (:func:`kin`)
        q_side = [t for t in q_side if not kin(t)]
        a_side = [t for t in a_side if not kin(t)]
    if q_side and a_side:
        learned = is_learned(row)  # a supervisor's answer asked of other people
        if all((dfs or {}).get(t, 1) == 0 for t in q_side) and not (learned and other_people(q_side, a_side)):
            return UNSURE + " ".join(a_side)
        if unsure_apart(row, q_side, a_side, strong):  # "monthly payments" for a learned "financing"
            return UNSURE + " ".join(a_side)
        return " ".join(a_side)
    if q_side and strong is not None:
        # The caller's word is the subject of other articles, and this one never mentions it
        # ("the warranty on power supplies" against the power-supply sizing article).
        elsewhere = [t for t in q_side if strong.get(t) and row["id"] not in strong[t]]
        if elsewhere:
            return "not " + " ".join(elsewhere)
    return None


def own_question(row: dict) -> str:
    """The words of an article's question that say what it is about. A learned article's question is
    the turn a caller asked (``source`` "supervisor"), and a caller often tells their situation
    before or after the ask ("Do you offer any kind of scalp treatment? My scalp gets really dry and
    flaky."): only the ask (:func:`kb_ask.split_ask`) names the article's subject; the story's words
    ("dry", "flaky") are one caller's reasons, and counted as the subject they made every later
    caller who gave other reasons a near miss. Class: a learned question's story taken for its
    topic; source: issue 11, kb blind48 (learned scalp treatment and group deposit answers). Other
    articles' questions are written by the business and are kept whole."""
    question = row.get("question") or ""
    if row.get("source") != "supervisor":
        return question
    parts = split_ask(question)
    return parts.ask if parts.story and terms(parts.ask) else question


def model_lines(question: str, query_terms: list[str]) -> set[str]:
    """Words of an article's ``question`` that only name the brand or line of a model the caller
    names by its number: "ryzen" of "Does the Ryzen 7 7800X3D come with a cooler?" when the caller
    says "7800X3D", "rtx" of "the RTX 4080 Super" when they say "4080 Super". A caller who names the
    model has named its line; the brand word does not set the article apart. Lower case; a model
    is a word with a digit (and at least three characters), the line one or two capitalised words
    right before it, a single digit between ("Ryzen 7"). Source: issue 11, learned answers of kb
    blind40, blind41 and blind43 ("7800x3d stock cooler included?", "I'm putting a 4080 Super in my
    build. Minimum PSU?" held back as being about "ryzen", "rtx")."""
    said = set(query_terms)
    out: set[str] = set()
    for m in re.finditer(r"\b((?:[A-Z][A-Za-z]*\s+){1,2})(?:\d\s+)?([A-Za-z]*\d[A-Za-z0-9]*)\b", question or ""):
        model = m.group(2).lower()
        if len(model) >= 3 and model in said:
            out |= {w.lower() for w in m.group(1).split()} - said
    return out


def _adverb_only(term: str) -> bool:
    """True when WordNet knows ``term`` only as an adverb ("between" of "trims in between haircuts"):
    such a word says how or when, not what an article is about. False without WordNet."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    return wn is not None and wn.adverb_only(term)


def kin(term: str) -> bool:
    """True when ``term`` names a relative, a spouse, a partner or a friend by one of its first two WordNet
    senses ("mother", "mum", "brother", "flatmate", "friend"; not "student", "teacher", "neighbour", "kids"):
    the person a caller asks for, which one caller names and the next names otherwise ("Would a stylist come
    to my mother's care home?" asked again as "my dad's in assisted living, can someone do his hair there?").
    Groups a business treats apart (students, teachers, veterans) are no kin and keep a question apart
    (:func:`other_people`). False without WordNet. Source: issue 11, kb blind65 learned answers (s54urg)."""
    from customario.escalation import wordnet

    if wordnet.load() is None:
        return False
    return any(wordnet.is_kind_of(term, k, senses=2) for k in ("relative", "friend", "spouse", "partner"))


def other_people(q_side: list[str], a_side: list[str]) -> bool:
    """True when a word the caller adds and one the article's question has that the caller lacks
    both name people, by their first WordNet sense (a kind of person or of social group), and
    neither is a kind of the other: "Do teachers get a discount?" or "a military discount" against
    a learned "Do you give a student discount?" asks about other people, a near miss for certain,
    not a paraphrase that the meaning search may answer. False without WordNet. Asked of learned
    articles only: in a store's own articles first senses mislead ("board" is a committee,
    "processors" a business: kb blind4, blind13 lost DDR4 answers).

    Source: issue 11, kb blind36 and blind39 (a learned student discount answered a military and a
    teachers' discount)."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return False

    def lemma(t: str) -> str:
        return next(iter(wn.lemmas(t, "noun")), t)

    def people(t: str) -> bool:
        return any(wordnet.is_kind_of(t, k, senses=1) for k in ("person", "social group"))

    return any(
        people(q) and people(a) and not wordnet.is_kind_of(q, lemma(a)) and not wordnet.is_kind_of(a, lemma(q))
        for q in q_side
        for a in a_side
    )


def topic_apart(
    db: Database,
    asked_terms: list[str],
    matched: list[str],
    row: dict,
    total: int,
    campaign: str | None,
    dfs: dict[str, int],
    strong: dict[str, set[int]],
    named: list[str],
    query: str = "",
) -> str | None:
    """:func:`near_miss` of ``row`` for the caller's ``asked_terms``, made unsure
    (``UNSURE`` before it) when the article's question relates every thing the caller names
    (:func:`_relates_names`)."""
    missing = near_miss(db, asked_terms, matched, row, total, campaign, dfs, strong)
    if missing and not missing.startswith(UNSURE) and _relates_names(query, named, matched, row):
        return UNSURE + missing  # the words the caller adds may be a paraphrase: kb_ask decides
    return missing


def _relates_names(query: str, named: list[str], matched: list[str], row: dict) -> bool:
    """True when the caller names two or more things ("DDR4", "7800X3D") and the article's own
    question names every one of them: an article that names them together is about how
    they relate ("Do AM5 processors like the Ryzen 7800X3D work with DDR4 memory?" answers "can I
    keep my DDR4 with a 7800X3D?" in any words), so the words the caller adds ("keep", "reuse") make
    it only an unsure near miss, answered when the ask is nearest in meaning to it
    (:func:`customario.escalation.kb_ask.answer_in_meaning`). One named thing, or one the article
    names only in its tags or answer ("DDR5 speed for the 7800X3D", "the 16-pin" of the RTX 4090
    article), keeps the near-miss check; names side by side ("the Ryzen 7 7800X3D") are one thing."""
    names = [t for t in named if t not in SYNONYM_OF]
    if not all(t in matched and has_word(t, row["question"]) for t in names):
        return False
    # Names side by side are one thing ("Ryzen 7 7800X3D"): two things need a word between them.
    words = re.findall(r"[a-z0-9]+", (query or "").lower())
    things, previous = 0, False
    for w in words:
        here = w in names or (previous and w.isdigit() and len(w) == 1)
        things += here and not previous
        previous = here
    return things >= 2


UNSURE = "?"
# Words a caller uses for a kind of article, not a subject ("your DOA policy"); other generic
# article words ("come", "bring") do set a question apart on the caller's side ("come with a cooler").
_GENRE_WORDS = frozenset({"policy", "policies"})

# An article's question that joins two questions ("How long does shipping take and which carriers
# do you use?") is split at the joining "and" before a question word or auxiliary.
_JOINED_RE = re.compile(r",?\s+and\s+(?=(?:what|which|how|when|where|who|why|do|does|is|are|can)\b)", re.I)


def _one_part_asked(question: str, query_terms: list[str]) -> bool:
    """True when the article's question joins two questions and the caller's words cover every
    distinctive word of one of them: the caller asks that one ("does it ship the same day?" of
    "How long does shipping take and which carriers do you use?"), and the other part's words
    ("carriers") do not show that the article is about another thing."""
    parts = _JOINED_RE.split(EXAMPLES_RE.sub(" ", question))
    if len(parts) < 2:
        return False
    for part in parts:
        own = [t for t in terms(part) if t not in GENERIC_ARTICLE_WORDS and t not in WEAK_TERMS]
        if own and all(any(covers(q, t) for q in query_terms) for t in own):
            return True
    return False


# Examples an article's question gives ("a graphics card like the RTX 4090", "AM5 processors like
# the Ryzen 7800X3D or 7600X") are not its subject.
EXAMPLES_RE = re.compile(r"\b(?:like|such as|e\.g\.|for example)\s+(?:the\s+)?(?:(?:[A-Z0-9][\w-]*|or|and)[\s,]*)+")

# Words of generated article questions that callers rarely repeat.
GENERIC_ARTICLE_WORDS = frozenset(
    {
        "policy",
        "specialise",
        "specialize",
        "much",
        "cost",
        "hours",
        "who",
        "offer",
        "give",
        "provide",
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
        # The business's own callers: whoever asks is one, so "for customers" in a question
        # (a supervisor's learned "Do you have Wi-Fi for customers?") names no subject of its own
        # (kb blind51: "is there internet I can use?" was held back as being about customers).
        "customer",
        "customers",
        "client",
        "clients",
    }
)


def unsure_apart(row: dict, q_side: list[str], a_side: list[str], strong: dict[str, set[int]] | None) -> bool:
    """On the learned reading only: True when the near miss of learned article ``row`` is unsure: none of the caller's words that
    set the question apart (``q_side``) is in another article's question or tags (``strong``), and
    they name no other kind of person than the article's words the caller lacks (``a_side``:
    "teachers" against "students" stays a near miss). Such words are as often the caller's own
    wording of the article's subject ("monthly payments" for financing, "put together" for
    assembly) as another thing: the article may be offered for a yes, never answered on them."""
    if not reading() or not is_learned(row) or strong is None:
        return False
    return not any(strong.get(t) for t in q_side) and not other_people(q_side, a_side)
