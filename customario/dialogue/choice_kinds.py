"""Choices the caller names by something else than their names (blind13 development corpus, issue 11):

- **a kind of a choice**: "A pretzel." to "food, drinks or merchandise?" is food; "a cider" is a
  drink. The nouns of the answer are looked up in WordNet (first sense, hypernyms step by step);
  the choice whose one-word name is met first, at the nearest step, is the answer. Two choices met
  at the same step (or none) give nothing.
- **a thing the caller owns, named by its kind at the end of a clause** (helper ans20b): "It was
  for my little shih tzu, Biscuit." to "a dog, a cat, or both?" is the dog, in an answer of any
  length; a compound of the two last words first, up to three senses of the word, the choice's
  name in its first sense only (:func:`possessed_kind`).
- **a two-word name said the other way round**: "a pipe burst" for *burst pipe*, "the bill for the
  phone" is not one (a word between them other than a form of *to be* or *have*).
- **a theft told**: "someone broke in and took the telly", "they nicked my bike" name the choice
  that means theft (*theft*, *stolen*, *burglary*, *robbery*).

Every reading here is lenient (``inferred``): the survey reads it back before it is stored. Used
by :mod:`customario.dialogue.choice_answers` only when no choice is named by its own words. Pure
functions; WordNet is read through :mod:`customario.escalation.wordnet` (none when not installed).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.choice_members import members_named
from customario.dialogue.choice_negation import negated_at

# How many hypernym steps a kind may be below a choice's name ("pretzel" → cracker → bread →
# baked goods → ... → food is five).
_MAX_STEPS = 7
# Longer answers tell a story whose nouns are mostly incidental.
_MAX_WORDS = 8
# (with the reply particles: WordNet's noun "yes" is a kind of "content", "statement" and "message",
# so a "yes" to the read-back of "none of these" had been read as the choice "boxed items", answers
# blind53; a yes or no names no thing); and the courtesy words: WordNet's "thanks" and "cheers" are
# kinds of "acknowledgment" and so of "message", which had read "The lounge, cheers." as the lounge and
# the WhatsApp messages (answers blind72)
_STOP = frozenset(
    """a an the some one just only oh um uh well i we my our had got a bit of and then with thing stuff
    lot lots bunch couple yes yeah yep yup aye no nope nah okay ok sure thanks thank cheers ta please
    sorry bye goodbye""".split()
)

_THEFT = re.compile(
    r"\b(?:broke in(?:to)?|broken into|break-?in|burgl(?:ed|ary|ars?|ari[sz]ed)|(?:got |was |were )?robbed|"
    r"stole|stolen|nicked|pinched|swiped|nabbed|made off with|ran off with|walked off with)\b"
)
_THEFT_NAMES = ("theft", "stolen", "burglary", "robbery", "break-in")


def named_otherwise(question: Any, t: str) -> list[str]:
    """Codes of the choices ``t`` (cleaned) names by a kind, a reversed name or a theft told
    (see the module docstring); [] when none or when the reading is not one choice's."""
    for rule in (_reversed_pair, theft_told, _kind_of, members_named):
        codes = rule(question, t)
        if codes:
            return codes
    return []


def _reversed_pair(question: Any, t: str) -> list[str]:
    found = []
    for c in question.choices:
        for phrase in (c.label, *c.synonyms):
            words = re.findall(r"[a-z']+", phrase.lower())
            if len(words) != 2 or min(len(w) for w in words) < 4:
                continue
            m = re.search(
                rf"\b{re.escape(words[1])}s?\W+(?:(?:has|had|have|was|were|is|got|just)\W+)?{re.escape(words[0])}\b", t
            )
            if m and not negated_at(t, m.start()) and c.code not in found:
                found.append(c.code)
    return found if len(found) == 1 else []


def theft_told(question: Any, t: str) -> list[str]:
    """The code of the one choice that means theft when ``t`` tells one ("someone broke into the
    van", "they nicked my bike"), not negated in its clause; [] otherwise."""
    for clause in re.split(r"[,.;!?]|\bbut\b", t):
        m = _THEFT.search(clause)
        if m and not re.search(
            r"\b(?:not|never|no|nothing|nobody|no one|none|neither)\b|n't\b",
            clause[: m.start()] + " " + clause[m.end() :],
        ):
            hits = {
                c.code
                for c in question.choices
                for name in (c.label, c.code, *c.synonyms)
                if name.lower().strip() in _THEFT_NAMES
            }
            return sorted(hits) if len(hits) == 1 else []
    return []


def kind_named(question: Any, t: str) -> list[str]:
    """The one choice whose one-word name is a kind above a noun of ``t`` (cleaned) in WordNet
    ("a pretzel" for *food*, "my hydrangeas" for *plants*), or the choices whose compound names
    words of ``t`` name by a member of their kind ("a merlot" for *red wine*,
    :mod:`customario.dialogue.choice_members`), or []."""
    return _kind_of(question, t) or members_named(question, t)


def _lookup(question: Any) -> tuple[Any, dict[str, set[str]], set[str]] | None:
    """(WordNet, the choices' one-word names → codes, the question's own words) for the kind
    readers; None when WordNet is not installed."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return None
    return wn, _one_word_names(question), set(re.findall(r"[a-z]+", (getattr(question, "text", "") or "").lower()))


def _kind_of(question: Any, t: str) -> list[str]:
    words = re.findall(r"[a-z][a-z-]+", t)
    if not words or len(words) > _MAX_WORDS:
        return []
    looked = _lookup(question)
    if looked is None:
        return []
    wn, names, asked = looked
    found: set[str] = set()
    for m in re.finditer(r"[a-z][a-z-]+", t):
        word = m.group()
        if word in _STOP or word in asked or word in names or not wn.noun_only(word) or negated_at(t, m.start()):
            continue
        if t.startswith("'t", m.end()):
            # the verb of a contraction ("can't", "won't") is no noun: "I can't commit to a date" had
            # been read as a tin can, a kind of whole ("unit"), to a question of property type
            continue
        for steps in range(1, _MAX_STEPS + 1):
            above = wn.ancestors(word, "noun", senses=1, depth=steps)
            hits = {code for name, codes in names.items() if name in above for code in codes}
            if hits:
                found |= hits if len(hits) == 1 else {"", "?"}  # two choices at one step: no reading
                break
    return [c.code for c in question.choices if c.code in found] if len(found) == 1 else []


def with_person_of_another(question: Any, t: str, codes: list[str]) -> list[str]:
    """``codes`` (one single choice named by its own words) with the choice that the caller's own
    person names by its kind, when that is another choice ("My cousin, who happens to be my GP, told
    me to go": a cousin is a relative, :func:`possessed_kind`): the two codes in the question's
    order, which the caller is asked to choose between. Any other ``codes`` are returned as they
    are. From held-out answers blind37 (5 December 2026), where the GP alone had been stored.
    """
    if getattr(question, "type", "") != "single_choice" or len(codes) != 1:
        return codes
    other = [c for c in possessed_kind(question, t) if c not in codes]
    return [c.code for c in question.choices if c.code in codes or c.code in other] if other else codes


# A noun phrase owned by the caller and closing its clause: "my little shih tzu, Biscuit", "our old
# tabby.", "my Labrador, bless him": its last word (or last two, a compound) is a noun, whatever else
# WordNet says the word can be ("tabby" is also an adjective).
_POSSESSED = re.compile(r"\b(?:my|our|his|their)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)(?=\s*(?:[,.;!?]|$))")
# How many senses of a possessed noun may be looked through ("labrador" is first a region, the
# dog only in "labrador retriever"; "kitty" is first a pool of money).
_POSSESSED_SENSES = 3


def possessed_kind(question: Any, t: str) -> list[str]:
    """The one choice whose one-word name is a kind above the head noun of a phrase the caller
    owns, closing its clause ("It was for my little shih tzu, Biscuit." → *dog*; "our old tabby" →
    *cat*), in WordNet: the two last words as a compound first ("shih tzu"), then the last word;
    its senses in order of frequency, up to :data:`_POSSESSED_SENSES`, the first that reaches a
    choice deciding, and the choice's name only in its own first sense ("my garden" is a parcel of
    land, never the *parcel* handed out). [] when none or two choices are reached, or the head is
    negated. Lenient (read back): the caller did not say the choice's name. Used only when no
    choice is named any other way."""
    looked = _lookup(question)
    if looked is None:
        return []
    wn, names, asked = looked
    found: set[str] = set()
    for m in _POSSESSED.finditer(t):
        words = m.group(1).split()
        if words[-1] in _STOP or words[-1] in asked or words[-1] in names or negated_at(t, m.start()):
            continue
        heads = ([f"{words[-2]}_{words[-1]}", f"{words[-2]}-{words[-1]}"] if len(words) > 1 else []) + [words[-1]]
        head = next((h for h in heads if wn.lemmas(h, "noun")), None)
        if head is None:
            continue
        for senses in range(1, min(_POSSESSED_SENSES, wn.sense_count(head, "noun")) + 1):
            hits = _reached(wn, names, wn.ancestors(head, "noun", senses=senses, depth=_MAX_STEPS))
            if hits:
                found |= hits
                break
    return [c.code for c in question.choices if c.code in found] if len(found) == 1 else []


def _reached(wn: Any, names: dict[str, set[str]], above: frozenset[str]) -> set[str]:
    """Codes of the choices whose one-word name is among the lemmas ``above`` a word, in the name's
    own first sense: all of that sense's lemmas are there ("my garden" reaches *parcel of land*, a
    sense of "parcel" that is not its first, *package*, so no *parcel* choice is reached)."""
    return {
        code
        for name, codes in names.items()
        if name in above and wn.synonyms(name, "noun", senses=1) <= above
        for code in codes
    }


def _one_word_names(question: Any) -> dict[str, set[str]]:
    """``{one-word name: codes}`` of the choices' labels and synonyms, singular forms too."""
    names: dict[str, set[str]] = {}
    for c in question.choices:
        # "food or drinks", "tea/coffee": a label of two one-word alternatives (answers blind42); never
        # "both a dog and a cat", which is the two together
        pairs = [p for n in (c.label, *c.synonyms) for p in re.split(r"\s+or\s+|\s*/\s*", n.lower()) if p != n.lower()]
        for name in (c.label, *c.synonyms, *pairs):
            name = re.sub(r"^(?:a|an|the)\s+", "", name.lower().strip())
            if re.fullmatch(r"[a-z]+", name):
                names.setdefault(name, set()).add(c.code)
                # "plants", "bushes": WordNet's kinds are singular
                for one in {re.sub(r"(?<=sh|ch|ss)es$|(?<=x)es$", "", name), re.sub(r"(?<!s)s$", "", name)} - {name}:
                    names.setdefault(one, set()).add(c.code)
    return names


def main_leg(question: Any, t: str, found: list[str]) -> str | None:
    """Of two choices named for one trip, the one left when the other is said as a small part of
    it ("The tram, then walked the last bit" → the tram; read back), else None."""
    minor = {c for c in found if _MINOR_LEG.search(_after_choice(question, c, t))}
    return next(iter(set(found) - minor)) if len(found) == 2 and len(minor) == 1 else None


# A part of the way or the whole said as small: "walked the last bit", "biked the final stretch".
_MINOR_LEG = re.compile(
    r"^\W*(?:\w+\W+){0,1}?(?:the|a|for the|just the|only the) (?:last|final|first) (?:little |short |few |couple of )?"
    r"(?:bit|stretch|leg|block|blocks|few minutes|minutes|part|hundred (?:yards|metres|meters)|mile)\b"
)


def _after_choice(question: Any, code: str, t: str) -> str:
    """The 40 characters after the last mention of choice ``code`` in ``t``."""
    from customario.dialogue.choices import phrase_positions

    c = next(c for c in question.choices if c.code == code)
    ends = [pos + len(p) for p in [c.code.replace("_", " "), c.label, *c.synonyms] for pos in phrase_positions(p, t)]
    return t[max(ends) : max(ends) + 40] if ends else ""


_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EVERY_OTHER_DAY = re.compile(rf"\b(?:every|each) (?:other|second|alternate) {_DAYS}\b|\balternate {_DAYS}s\b")
_EVERY_DAY = re.compile(rf"\b(?:every|each) {_DAYS}\b|\bon {_DAYS}s\b|\b{_DAYS}s\W*$")


def weekday_as_rate(question: Any, t: str) -> str:
    """``t`` with a weekday said as a habit written as the rate it is, when a choice of ``question``
    says that rate ("Every Monday" → "every week", "every other Friday" → "every two weeks"); ``t``
    itself otherwise. Read back by the caller of it."""
    names = " ".join(f"{c.label} {' '.join(c.synonyms)}".lower() for c in question.choices)
    if re.search(r"\bevery (?:two|other|second) weeks?\b|\bfortnight", names):
        t = _EVERY_OTHER_DAY.sub("every two weeks", t)
    if re.search(r"\bevery week\b|\bweekly\b|\bonce a week\b", names) and not _EVERY_OTHER_DAY.search(t):
        t = _EVERY_DAY.sub("every week", t)
    return t
