"""The part of a knowledge-base answer that the caller asked about (:mod:`customario.escalation.knowledge`):
the sentence, clause or list item that holds the question's words.
"""

from __future__ import annotations

import functools
import re

from customario.escalation.kb_answer_type import keep_answer_type, same_word, time_word
from customario.escalation.kb_said_state import said_state_part
from customario.escalation.kb_threshold import with_threshold
from customario.escalation.kb_words import WEAK_TERMS, expand_term, in_words, light_stem, words_of


def split_sentences(answer: str) -> list[str]:
    return [
        x.strip()
        for part in SENTENCE_RE.split((answer or "").strip())
        for x in re.split(r";\s+|,?\s+and\s+(?=the\s)", part)
        if x.strip()
    ]


def together_in_a_sentence(answer: str, candidates: list[str]) -> set[str]:
    """The largest set (two or more) of ``candidates`` that one sentence of ``answer`` holds."""
    if len(candidates) < 2:
        return set()
    best: set[str] = set()
    for sentence in split_sentences(answer):
        words = words_of(sentence)
        here = {t for t in candidates if in_words(t, words)}
        if len(here) > len(best):
            best = here
    return best if len(best) >= 2 else set()


SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")

CLAUSE_RE = re.compile(
    r";\s+|,\s+(?!such\b|which\b|who\b|including\b|like\b|with\b|so\b|but\b|or\b)(?=[a-z])"
    r"|\s+\(|(?<=[a-z]{3}),?\s+and\s+(?=\d)"
)


def has_word(term: str, text: str) -> bool:
    """``term`` is a word of ``text``, or its plural ("SSD" in "5 years for SSDs")."""
    return bool(re.search(rf"(?<![a-z0-9]){re.escape(term)}(?:s|es)?(?![a-z0-9])", text.lower()))


def has_any_word(term: str, text: str) -> bool:
    return any(has_word(w, text) for w in expand_term(term))


def answer_excerpt(
    answer: str,
    matched: list[str],
    kind: str | None,
    idf: dict[str, float] | None = None,
    named: list[str] | None = None,
    topic: str | None = None,
    query: str = "",
    prefer: list[str] | None = None,
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
    article, so they choose no part of it. ``query`` is the caller's question: a word of its
    condition ("... if I never opened it") picks the rule of a policy that applies when one part
    alone names it, and counts twice otherwise (:func:`condition_weights`); a negated word ("if I
    never installed it") picks none. ``prefer`` are named things the caller used that the article's
    own question also names (so they do not have to be read together): the part read is one that
    names the most of them, the one naming the thing the answer mentions least often first ("DDR4
    in an AM5 board?" reads the sentence on AM5, not the one on Intel boards taking DDR4)
    (:func:`naming_most`)."""
    if kind in ("hours", "contact") and matched:
        return list_excerpt(answer, matched, kind) or answer
    if kind == "location" and query:
        part = location_part(answer, query)
        if part:
            return part
        if asks_address_and_whereabouts(query):
            return answer  # "your address and the nearest station?": both parts
        if FOR_A_DEVICE.search(query.lower()):
            return answer  # "where are you? it's for the GPS": kb_location reads the address
    if kind in ("hours", "service", "services", "staff", "contact") or not matched:
        return answer
    sentences = [
        x.strip()
        for part in SENTENCE_RE.split(answer.strip())
        for x in re.split(r";\s+|,?\s+and\s+(?=the\s)", part)
        if x.strip()
    ]
    stem = re.compile(r"[a-z0-9]+")
    factor = condition_weights(query, matched)

    found = word_found

    def score(sentence: str, half: bool = True, by_value: bool = False) -> float:
        words = set(stem.findall(sentence.lower()))
        # Model numbers weigh most: "the RTX 4060 needs 550 W" answers a question about a 4060. The
        # caller's own word counts fully, a synonym of it half ("garage" is the garage's sentence,
        # not the one about street parking), and so does a word of the article's own question
        # ("Where can I park?" asks for the whole parking article).
        # Picking a clause of a sentence the kind of value asked chose (``by_value``): the unit asked
        # ("how many days") is in every such clause or elided from it ("express 1 to 2") and picks
        # none ("expedited shipping how many days" read the standard clause by its "days"; kb
        # blind49): the sentence is read whole and the item named picks its clause later
        # (kb_clauses.elliptic_item_clause).
        total = 0.0
        for t in matched:
            if t in WEAK_TERMS or (by_value and time_word(t)):
                continue
            w = (idf or {}).get(t, 1.0) * (1.5 if any(c.isdigit() for c in t) else 1.0) * factor.get(t, 1.0)
            if found(t, words) and not (topic and has_word(t, topic)):
                total += w
            elif half and any(found(x, words) for x in expand_term(t)):
                total += w / 2
        return total

    # A model number the caller named must be in the part read out ("4060" → "the RTX 4060 needs
    # 550 W"). When no single part holds every one, the part with the first-named one is read
    # when it is the only part naming it; when they are only ever apart, nothing is.
    if named is None:
        named = [t for t in matched if any(c.isdigit() for c in t)]
    named = [t for t in named if t in matched]
    groups = either_or(query, named)

    def names_all(x: str) -> bool:
        return all(any(has_any_word(t, x) for t in g) for g in groups)

    if named and len(sentences) > 1 and not any(names_all(x) for x in sentences):
        return None
    by_type = False
    if len(sentences) < 2:
        best = answer.strip()
    else:
        keep = naming_most(sentences, [t for t in prefer or [] if t in matched])
        scored = [score(x) if x in keep and names_all(x) else 0 for x in sentences]
        # The parts that state the kind of value asked ("how long until my refund?": a lag, not the
        # window to send it back in): kb_answer_type.
        typed = keep_answer_type(query, sentences, scored)
        # A sentence picked by the kind of value asked alone is read whole unless the caller's own
        # words pick one of its clauses ("how long is shipping?": both the standard and the express
        # time; "when would standard delivery arrive?": the standard one).
        by_type, scored = typed != scored, typed
        top = max(scored)
        tied = [x for x, v in zip(sentences, scored) if v == top]
        # The one rule that names the caller's condition applies ("if I never opened it" → the
        # rule on unopened items, not the restocking fee the question also names).
        # A condition that only restates the article's own subject ("... when I send it back?" of
        # "How do returns work?") picks no rule: the caller's other words do.
        conditions = [t for t, f in factor.items() if f > 1 and not (topic and has_word(t, topic))]
        ruled = [
            x
            for x, v in zip(sentences, scored)
            if v and any(found(t, set(stem.findall(x.lower()))) for t in conditions)
        ]
        if len(ruled) == 1:
            tied, top = ruled, max(top, 1e-9)
        # The state the caller puts before the thing ("unopened stuff") names the rule that applies.
        # (Not when the kind of value asked picked the part: "how long for a refund on opened stuff?")
        stated = tied if by_type else state_rule(answer, sentences, tied, state_words(query, matched), found)
        # The state said by a verb ("I installed the CPU", "opened but never installed"): kb_said_state.
        stated = said_state_part(query, answer, sentences, stated) if stated == tied and not by_type else stated
        if stated[0] not in sentences:
            return stated[0]  # "opened but never installed": the said state's rule and the negated one
        if stated != tied:
            tied, top = stated, max(top, 1e-9)
        if top == 0 or len(tied) > 1:
            return answer  # no single part answers it better than the others: the whole answer
        best = tied[0]
    picked = best_clause(best, functools.partial(score, half=False, by_value=True) if by_type else score, query)
    return with_threshold(answer, picked, sentences)


_EITHER_OR = re.compile(r"([a-z0-9]+)\s+or\s+(?:(?:just|only|maybe|even|rather)\s+)?([a-z0-9]+)")


def either_or(query: str, named: list[str]) -> list[list[str]]:
    """``named`` grouped into the things a part read must name: each alone, except two the caller
    offers as alternatives ("DDR4 or DDR5?", "DDR4 or only DDR5"), of which naming one answers the
    question ("The MSI Z790 Tomahawk takes DDR5.")."""
    text = (query or "").lower()
    pairs = [(a, b) for a, b in _EITHER_OR.findall(text) if a in named and b in named and a != b]
    groups: list[list[str]] = []
    for t in named:
        pair = next((p for p in pairs if t in p), None)
        group = list(pair) if pair else [t]
        if group not in groups:
            groups.append(group)
    return groups


def naming_most(sentences: list[str], things: list[str]) -> set[str]:
    """The ``sentences`` that name the most of ``things`` (named things the caller used), and among
    those the ones naming the thing fewest sentences name: the entity that sets one sentence apart
    from the others ("AM5" in "DDR4 in an AM5 board?", where "DDR4" is also in the sentence on Intel
    boards). Every sentence when ``things`` is empty or none names one."""
    held = {x: [t for t in things if has_any_word(t, x)] for x in sentences}
    most = max((len(v) for v in held.values()), default=0)
    if not most:
        return set(sentences)
    spread = {t: sum(1 for v in held.values() if t in v) for t in things}
    rank = {x: (len(v), -min((spread[t] for t in v), default=0)) for x, v in held.items()}
    top = max(rank.values())
    return {x for x, r in rank.items() if r == top}


# The caller's condition: after "if", "when" ..., or in a relative clause on the thing asked about
# ("a restocking fee on stuff that was never opened", held-out kb blind26: the rule on installed
# cards had been read).
_CONDITION_RE = re.compile(
    r"\b(?:if|when|since|because|unless|(?:stuff|things?|items?|products?|parts?|ones?|orders?|something|anything) (?:that|which))\b"
    r"([^?.,;]*)",
    re.I,
)
# The caller's state of the thing, said as a word before it ("unopened stuff", "opened items").
# Two states side by side ("opened and unopened items") are both the caller's: no one rule applies.
_STATE_RE = re.compile(
    r"\b(?:([a-z]+)\s+(?:and|or|vs|versus|nor)\s+)?([a-z]+)\s+(?:stuff|things?|items?|products?|parts?|ones?|orders?|box|boxes|packages?)\b"
)
# ... or as a participle between a determiner and the thing named: "my opened graphics card", "an
# installed CPU", "the sealed SSD" (kb blind48: "my opened graphics card" read the rule on installed
# cards by the card's words).
_STATE_OF_THING_RE = re.compile(r"\b(?:my|our|his|her|their|the|an?|this|that|your)\s+((?:un)?[a-z]{3,}ed)\s+[a-z0-9]")
_SUBJECT_WORDS = 3
_PARTICIPLE_RE = re.compile(r"^(?:[a-z]{3,}(?:ed|en)|un[a-z]{3,})$")
_NEGATION_RE = re.compile(r"\b(?:not|never|no|without|didnt|havent|hasnt|dont|doesnt|wasnt|isnt)\b(?:\s+\w+){0,2}\s*$")


def condition_weights(query: str, matched: list[str]) -> dict[str, float]:
    """Weights of the matched words that the question's condition holds ("Is there a restocking fee
    if I never even opened it?" → unopened): 2.0, since in a policy of several rules the one naming
    the caller's situation applies; 0.0 for a word negated in the question ("if I never actually
    installed it": the rule on installed cards is the one that does not apply)."""
    from customario.escalation.kb_words import terms

    text = (query or "").lower().replace("'", "").replace("\u2019", "")
    out: dict[str, float] = {}
    for m in _CONDITION_RE.finditer(text):
        for t in terms(m.group(1)):
            if t in matched:
                out[t] = 2.0
    for t in matched:
        for m in re.finditer(rf"\b{re.escape(t)}\b", text):
            if _NEGATION_RE.search(text[: m.start()]):
                out[t] = 0.0
    return out


def word_found(x: str, words: set[str]) -> bool:
    """``x`` is one of ``words`` (lower case), by its light stem, its first five letters or as the
    same word (:func:`kb_answer_type.same_word`)."""
    return any(
        w == x or light_stem(w) == light_stem(x) or (len(x) > 4 and w.startswith(x[:5])) or same_word(w, x)
        for w in words
    )


def condition_rule(query: str, answer: str, parts: list[str]) -> list[str]:
    """The ``parts`` inside the one sentence of ``answer`` whose subject names the caller's condition
    or state ("... when the product was already opened", "opened stuff": "Opened items can be
    returned within 30 days ..."), else ``parts``. Read after a yes, the rule that applies to the
    caller is the part to read, not a sentence the nearest meaning picked (held-out kb blind36:
    "how is the refund working when the product was already opened" read the refund timing)."""
    from customario.escalation.kb_words import terms

    text = (query or "").lower().replace("'", "").replace("\u2019", "")
    # A condition names the item's state by a participle ("already opened", "never used"); its other
    # words may run into the question itself ("if I return it do I get my money back?").
    said = [t for m in _CONDITION_RE.finditer(text) for t in terms(m.group(1)) if _PARTICIPLE_RE.match(t)]
    said += state_words(query, terms(query))
    weights = condition_weights(query, said)
    said = [t for t in dict.fromkeys(said) if weights.get(t) != 0.0]
    stem = re.compile(r"[a-z0-9]+")
    holding = [
        x
        for x in split_sentences(answer)
        if any(word_found(t, set(stem.findall(x.lower())[:_SUBJECT_WORDS])) for t in said)
    ]
    if len(holding) != 1:
        # A state said by a verb ("I installed the CPU"): the one part it is the first word of.
        holding = said_state_part(query, answer, split_sentences(answer), [])
    if len(holding) != 1:
        return parts
    rule = holding[0].rstrip(".")
    inside = [p for p in parts if p.rstrip(".") in rule or rule in p]
    return inside or parts


def state_words(query: str, matched: list[str]) -> list[str]:
    """The matched words the caller says right before the thing as its state, a participle ("You
    don't take a restocking fee off *unopened* stuff, do you?", "do you refund *opened* items?"),
    unless negated (:func:`condition_weights`); "can I refund stuff I opened" names no state."""
    from customario.escalation.kb_words import terms

    text = (query or "").lower().replace("'", "").replace("\u2019", "")
    weights = condition_weights(query, matched)
    found = [t for m in _STATE_RE.finditer(text) for g in m.groups() if g for t in terms(g)]
    found += [t for m in _STATE_OF_THING_RE.finditer(text) for t in terms(m.group(1))]
    # A state is said by a participle ("opened", "unopened", "installed"), never by a verb ("refund stuff").
    return [
        t
        for t in dict.fromkeys(found)
        if t in matched and _PARTICIPLE_RE.match(t) and t not in WEAK_TERMS and weights.get(t) != 0.0
    ]


def state_rule(answer: str, parts: list[str], tied: list[str], states: list[str], found) -> list[str]:
    """``tied`` (the best parts of ``answer`` by the question's words), or the part whose subject (its
    first words) names the caller's state (:func:`state_words`) when one sentence of ``answer`` alone
    names it and no best part lies inside that sentence: in a policy of several rules the one on
    the caller's state applies ("Unopened items ... for a full refund", not "installed graphics cards
    ... minus a 15% restocking fee" for "no restocking fee off unopened stuff, right?"). A best part
    inside that sentence stands: it is a clause of the state's own rule ("a fee on opened stuff?"
    reads the restocking fee of the sentence on opened items). ``found(term, words)`` matches a
    term against a set of lower-case words. Source: held-out kb blind36 (issue 11)."""
    if not states:
        return tied
    stem = re.compile(r"[a-z0-9]+")
    sentences = [x for x in SENTENCE_RE.split((answer or "").strip()) if x.strip()]
    holding = [x for x in sentences if any(found(t, set(stem.findall(x.lower()))) for t in states)]
    if len(holding) != 1:
        return tied
    inside = [p for p in parts if p in holding[0]]
    if any(p in inside for p in tied):
        return [p for p in tied if p in inside]
    subject = [p for p in inside if any(found(t, set(stem.findall(p.lower())[:_SUBJECT_WORDS])) for t in states)]
    return subject if len(subject) == 1 else tied


DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

DAY_SETS = {
    "weekend": {"saturday", "sunday"},
    "weekends": {"saturday", "sunday"},
    "weekday": set(DAYS[:5]),
    "weekdays": set(DAYS[:5]),
}


def _is_day(term: str) -> bool:
    return term in DAYS or term in DAY_SETS or (term.endswith("s") and term[:-1] in DAYS)


def ask_days_only(pickers: list[str], told: list[str]) -> list[str]:
    """``pickers`` without the days only the caller's story names when the ask names days of its
    own: "I can't do weekdays at all. When are you open at the weekend?" reads the weekend's hours,
    not the whole week's. The story says why the caller asks (the focus of a question, Moldovan et
    al., ACL 2000); the days it rules out are not the days asked about (kb blind45)."""
    if not any(_is_day(t) and t not in told for t in pickers):
        return pickers
    return [t for t in pickers if not (_is_day(t) and t in told)]


def list_excerpt(answer: str, matched: list[str], kind: str) -> str | None:
    """For a list-like answer (the week's hours, the ways to reach the business), the items the
    question names: "Saturday 9 am to 5 pm" for a question about the weekend, "email
    hello@..." for one about e-mail. None when no item, or every item, is named."""
    # (never at a comma inside parentheses: "Our hours are Pacific Time (PT, PST, ...)." had been
    # cut to "Our hours are Pacific Time (PT")
    items = [x.strip(" .") for x in re.split(r";\s+|,\s+(?![^()]*\))", answer.strip()) if x.strip(" .")]
    if len(items) < 2:
        return None
    if kind == "hours":
        wanted: set[str] = set()
        for t in matched:
            t = t[:-1] if t.endswith("s") and t[:-1] in DAYS else t  # "open late on Fridays"
            wanted |= DAY_SETS.get(t, set()) | ({t} if t in DAYS or t == "closed" else set())
        if not wanted:
            return None
        picked = [x for x in items if any(has_word(w, x) for w in wanted)]
    else:
        picked = [x for x in items if any(has_any_word(t, x) for t in matched)]
    if not picked or len(picked) == len(items):
        return None
    text = "; ".join(picked)
    return text[:1].upper() + text[1:] + "."


def best_clause(sentence: str, score, query: str = "") -> str:
    """The clause of ``sentence`` that scores strictly best among the clauses holding a figure, with
    the sentence's opening clause kept in front when that opening holds no figure of its own
    ("Every product carries the manufacturer's warranty, usually 3 years for graphics cards"); the
    sentence when no clause is strictly best."""
    clauses = [c.strip(" ,.;()") for c in CLAUSE_RE.split(sentence) if c.strip(" ,.;()")]
    figures = [i for i, c in enumerate(clauses) if any(ch.isdigit() for ch in c)]
    if len(clauses) < 2 or len(figures) < 2 or _quotes_clauses(query, [clauses[i] for i in figures]):
        return sentence
    if asks_each(query, [clauses[i] for i in figures]):
        return sentence
    kept = keep_answer_type(query, [clauses[i] for i in figures], [score(clauses[i]) for i in figures])
    scored = dict(zip(figures, kept))
    top = max(scored.values())
    best = [i for i, v in scored.items() if v == top]
    if top == 0 or len(best) > 1:
        return sentence
    i = best[0]
    head = clauses[0]
    text = clauses[i] if i == 0 or 0 in figures else f"{head}, {clauses[i]}"
    text = re.sub(r"^(?:and|but|so|or)\s+", "", text)  # "and refunds above $500 ..." read on its own
    return text[:1].upper() + text[1:] + "."


def _quotes_clauses(query: str, clauses: list[str]) -> bool:
    """True when the caller quotes figures of two or more of ``clauses`` ("Is it 3 years on GPUs and 5
    years on SSDs, or did I mix that up?" of "usually 3 years for graphics cards and 5 years for
    SSDs"): they ask to check each, so no one clause is the answer. Class: a caller's recollection of
    several figures read back as one of them. Source: kb blind49 (a wrong answer after a yes: only
    "5 years for SSDs" read)."""
    said = set(re.findall(r"\d+", query or ""))
    return sum(1 for c in clauses if said & set(re.findall(r"\d+", c))) >= 2


# A word that asks the same of every thing named ("how long does each take?", "the price of both").
_EACH_RE = re.compile(r"\b(?:each|both|respectively|apiece)\b", re.I)


def asks_each(query: str, clauses: list[str]) -> bool:
    """True when the caller asks the same of each of several things ("Standard or express, how long
    does each one take?", "what do both cost?"), or names two things side by side once and neither
    again ("shipping time for express n standard?"), and of those two things one clause of
    ``clauses`` holds the one and another the other: both clauses are the answer, so no one clause
    is read alone (held-out kb blind62 had read "Express 1 to 2." only for the second shape).
    Class: a distributive question ("each", "both") read back as one of its answers. Source: issue
    11, kb blind43 ("It's Tuesday morning and I need the parts by Friday. Standard or express — how
    long does each one take?" read "Express 1 to 2." only)."""
    if len(clauses) < 2:
        return False
    each = bool(_EACH_RE.search(query or ""))
    words = [words_of(c) for c in clauses]
    asked = words_of(query or "")
    for m in _SIDE_BY_SIDE_RE.finditer(query or ""):
        one, other = m.group(1).lower(), m.group(2).lower()
        if one in WEAK_TERMS or other in WEAK_TERMS:
            continue
        if not each and _named_again(query, m, one, other, asked):
            continue  # "I've a GPU and an SSD, what's the warranty on the SSD?": one of them asked
        ones = {i for i, w in enumerate(words) if in_words(one, w) and not in_words(other, w)}
        others = {i for i, w in enumerate(words) if in_words(other, w) and not in_words(one, w)}
        if ones and others:
            return True
    return False


# Two things named side by side: "standard or express", "GPUs and SSDs", "ground vs overnight",
# "express n standard" (texting's "n" for "and").
_SIDE_BY_SIDE_RE = re.compile(r"\b([a-z]{3,})\s+(?:or|and|n|vs\.?|versus|&|/)\s+(?:the\s+)?([a-z]{3,})\b", re.I)


def _named_again(query: str, pair: re.Match, one: str, other: str, asked: set[str]) -> bool:
    """True when ``query`` names ``one`` or ``other`` again outside the side-by-side ``pair``, or
    names them nowhere as a pair of its own (the pair is then a story's, and one of them may be the
    thing asked)."""
    rest = words_of(query[: pair.start()] + " " + query[pair.end() :])
    return in_words(one, rest) or in_words(other, rest) or not (in_words(one, asked) and in_words(other, asked))


# An amount of money, or a word that says what something costs without one ("free", "included",
# "charged in full": the whole price of the service).
_PRICE_RE = re.compile(
    r"[$\u00a3\u20ac]\s?\d|\d\s?(?:%|(?:percent|dollars?|bucks|cents)\b)|"
    r"\b(?:free|complimentary|included|includes|prepaid|no charge|no cost|at no|costs? nothing)\b|"
    r"\b(?:charged|billed|paid) (?:in full|the full (?:price|amount|fee))\b",
    re.I,
)
# "How much notice do you need?" asks for time, not money.
_HOW_MUCH_NOT_MONEY = re.compile(
    r"\bhow much (?:notice|time|warning|longer|earlier|later|advance|ahead|sooner|leeway|grace|slack|space|room|power|memory)\b",
    re.I,
)


# A question whether nothing is charged or kept ("You don't charge a restocking fee on sealed stuff,
# do you?", "no fee if it's unopened?"), answered by a part that gives the whole price back.
_NO_CHARGE_ASKED = re.compile(
    r"\b(?:don'?t|do not|won'?t|will not|wouldn'?t|not|never|no)\s+(?:\w+\s+)?(?:charge|charging|take|keep|deduct|fees?)\b"
    r"|\bwithout (?:a |any )?(?:fee|charge)\b"
)
_FULL_REFUND = re.compile(r"\b(?:full refunds?|fully refunded|refunded in full)\b", re.I)


def gives_price(text: str, question: str = "") -> bool:
    """True when ``text`` states a price ("$40", "15% restocking fee", "consultations are free"),
    or when ``question``'s "how much" is not about money ("how much notice"), or when ``question``
    asks whether nothing is charged ("you don't charge a fee on sealed ones, do you?") and ``text``
    gives the whole price back ("... for a full refund"). A price question
    answered by a part that states none ("Does the patch test cost anything?" → "a patch test is
    needed 48 hours before a first colour") is not answered (issue 11)."""
    if question and _HOW_MUCH_NOT_MONEY.search(question):
        return True
    if (
        question
        and _NO_CHARGE_ASKED.search(question.lower().replace("\u2019", "'"))
        and _FULL_REFUND.search(text or "")
    ):
        return True  # "you don't charge a fee on sealed ones, do you?": a full refund keeps nothing
    return bool(_PRICE_RE.search(text or ""))


def priced(excerpt: str, answer: str, kind: str | None, question: str) -> str:
    """For a price question: ``excerpt`` when it states a price (:func:`gives_price`); the whole
    answer of a learned or manual article (``kind`` None: written by a person for a question like
    this one) when only another part states it ("Yes, Priya does perms; they start at $150"); else
    "" (no price to read: the question is not answered)."""
    if gives_price(excerpt, question):
        return excerpt
    return answer if kind is None and gives_price(answer) else ""


# How the profile importer (kb_import) opens the address sentence of the location article.
ADDRESS_LEAD = "We are at"

# What a location question asks for: the street address, or where it is (cross streets, the area,
# the way there). The location article holds both, address first ("We are at ... ." then the
# directions), and its own question names both, so its words choose neither.
_ADDRESS_ASKED = re.compile(r"\b(?:address|street|zip|postcode|post code|postal code|number on the door)\b")
_WHEREABOUTS_ASKED = re.compile(
    r"\b(?:cross ?streets?|neighbou?rhood|area|district|part of (?:town|the city)|near(?:est|by)?|close to|"
    r"between|landmarks?|station|bart|subway|metro|train|bus|directions?|get there|find you)\b"
)


# What a caller types the address into or gives it to: they want the street address itself
# (kb_location.whereabouts_part).
FOR_A_DEVICE = re.compile(r"\b(?:gps|sat ?navs?|satnav|navigation|google maps|maps app|uber|lyft|taxi|cab|driver)\b")


def location_part(answer: str, query: str) -> str | None:
    """The address sentence of a location answer when ``query`` asks only for the address ("what
    street are you on?"), the rest when it asks only where it is ("what are the cross streets?",
    "which neighbourhood?"); None when it asks for both or neither (the whole answer is read)."""
    q = query.lower()
    address, whereabouts = bool(_ADDRESS_ASKED.search(q)), bool(_WHEREABOUTS_ASKED.search(q))
    sentences = split_sentences(answer)
    if address == whereabouts or len(sentences) < 2 or not sentences[0].startswith(ADDRESS_LEAD):
        return None
    return sentences[0] if address else " ".join(sentences[1:])


def asks_address_and_whereabouts(query: str) -> bool:
    """True when ``query`` asks both for the street address and for where it is ("What's the street
    address, and what BART stop is closest?"): the whole location answer is read, not one part of
    it (kb blind23 read only the station). Source: issue 11."""
    q = (query or "").lower()
    return bool(_ADDRESS_ASKED.search(q)) and bool(_WHEREABOUTS_ASKED.search(q))
