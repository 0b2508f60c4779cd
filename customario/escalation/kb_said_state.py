"""The caller's state of a thing said by a verb: "I installed the CPU", "a GPU I opened but never
installed" (issue 11).

A policy of several rules names each rule by the state of the thing in its first word ("Unopened
items can be returned ... for a full refund", "Opened items can be returned ...", "installed
graphics cards and CPUs are refunded minus a 15% restocking fee"). :func:`kb_excerpt.state_words`
reads a state said as a word before the thing ("unopened stuff"); callers as often say it as what
they did: "I installed the CPU and it's not what I wanted. Do I get a full refund?" read the rule
on unopened items (the ask's "full refund" is that sentence's), and "What's your refund policy on a
GPU I opened but never installed?" read the rule on installed cards (the caller negated it).

:func:`said_states` reads the participles the caller says they (or someone) did, after a subject
("I installed", "we've already opened", "my son opened"), or as a thing's state ("it's been
installed", "already opened"), and those negated ("never installed", "haven't opened").
:func:`said_state_part` then reads the one part of the answer whose *first* word is the state
said: only a rule named by that very word counts ("Every shipped order has ..." names no state,
"Orders placed before 2 pm" is not "I ordered"). Source: kb blind38 (held out until 6 December,
store: two wrong answers of this class). Pure functions of text.
"""

from __future__ import annotations

import re

from customario.escalation.kb_asked import asked_sentence

# A participle after a subject or as a thing's state; adverbs between are read through ("I've
# already opened", "I never installed"), so a negation before the participle is seen.
_SAID_RE = re.compile(
    r"\b(?:i|we|ive|weve|id|wed|he|she|they|hes|shes|theyve|son|daughter|husband|wife|partner|dad|mum|mom"
    r"|been|was|were|already|its|got)\s+"
    r"((?:(?:already|just|actually|even|never|not|since|then|also|both|only|first|really|havent|hasnt|didnt|"
    r"dont|have|has|had)\s+)*)"
    r"([a-z]{3,}(?:ed|en))\b"
)
_JOINED_RE = re.compile(r"\s*(?:,|and|or)\s+(?:(?:then|also|even|already)\s+)?([a-z]{3,}(?:ed|en))\b")
_NEGATIONS = frozenset("never not havent hasnt didnt dont".split())
# Words after which a participle is negated: "but never installed", "not yet opened".
_NEGATED_BEFORE_RE = re.compile(r"\b(?:never|not|havent|hasnt|didnt|wasnt|isnt|without)\s+(?:\w+\s+)?$")
# A participle negated after a said one, with no subject of its own: "opened but never installed".
_NEGATED_RE = re.compile(
    r"\bbut\s+(?:never|not|havent|hasnt|didnt)\s+(?:(?:yet|even|ever|been)\s+)?([a-z]{3,}(?:ed|en))\b"
)


# A verb of the thing negated in its plain form: "if I didn't open it", "I haven't even used them" say
# the un- state ("unopened"), which a rule may begin with (kb blind42: "if i didnt open it do i get all
# my money back" read the rule on opened items).
_NEGATED_VERB_RE = re.compile(
    r"\b(?:didnt|havent|hasnt|never|not)\s+(?:(?:even|yet|ever|actually|really)\s+)?([a-z]{3,})\s+(?:it|them|this|that|the|my)\b"
)


def _participle(verb: str) -> str:
    return verb + ("d" if verb.endswith("e") else "ed")


def said_states(query: str) -> tuple[list[str], list[str]]:
    """(states said, states negated) of ``query``: lower-case participles the caller says of the
    thing ("I installed the CPU" → installed; "a GPU I opened but never installed" → opened, and
    installed negated), each once, in the order said."""
    text = (query or "").lower().replace("'", "").replace("\u2019", "")
    said: list[str] = []
    negated: list[str] = []
    for m in _SAID_RE.finditer(text):
        word = m.group(2)
        between = set(m.group(1).split())
        if between & _NEGATIONS or _NEGATED_BEFORE_RE.search(text[: m.start(2)]):
            negated.append(word)
        else:
            said.append(word)
            joined = _JOINED_RE.match(text, m.end())  # "I unboxed and opened it": both said
            if joined:
                said.append(joined.group(1))
    negated += [m.group(1) for m in _NEGATED_RE.finditer(text)]  # "but never installed"
    # "I never even opened it", "a card I never opened": the un- state is said too, as when the verb
    # is plain ("if I didn't open it", below). Source: kb blind42, blind43 (a restocking fee asked of
    # a card never opened read the rule on installed cards).
    said += ["un" + w for w in negated if not w.startswith("un")]
    for m in _NEGATED_VERB_RE.finditer(text):  # "if I didn't open it": unopened said, opened negated
        if not m.group(1).endswith("ed"):
            said.append("un" + _participle(m.group(1)))
            negated.append(_participle(m.group(1)))
    negated = list(dict.fromkeys(negated))
    return [w for w in dict.fromkeys(said) if w not in negated], negated


_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")  # as kb_excerpt.SENTENCE_RE


def _first_word(part: str) -> str:
    m = re.match(r"\W*([A-Za-z]+)", part)
    return m.group(1).lower() if m else ""


def said_state_part(query: str, answer: str, parts: list[str], tied: list[str]) -> list[str]:
    """``tied`` (the best parts by the question's words), or the one part of ``answer`` (``parts``,
    inside its sentences) whose first word is a state the caller says by a verb
    (:func:`said_states`): the rule on the caller's state applies. A best part inside the sentence of
    that rule stands (a clause of the state's own rule). When that best part's first word is a state
    the caller negated ("a GPU I opened but never installed" against "Opened items can be returned
    ...; installed graphics cards ... minus a 15% restocking fee"), the rule's whole sentence is
    returned, one string that is none of ``parts``: the rule that applies, with the one that does
    not beside it (it answers "what's your refund policy on ...?" and "is the restocking fee charged
    on ...?" alike). Source: kb blind37, blind38 (issue 11)."""
    said, negated = said_states(query)
    if not said:
        return tied
    sentences = [x for x in _SENTENCE_RE.split((answer or "").strip()) if x.strip()]
    ruled = [p for p in parts if _first_word(p) in said]
    if len(ruled) != 1:
        return tied
    rule = ruled[0]
    sentence = next((x for x in sentences if rule in x), rule)
    inside = [p for p in tied if p in sentence]
    if any(_first_word(p) in negated for p in inside):
        return [sentence]  # "opened but never installed": the rule on opened items and the one not theirs
    return inside or [rule]


def said_rule_of(query: str, candidates: list[str]) -> list[str]:
    """The parts of ``candidates`` (parts of one answer that state the fact asked) whose first word
    is a state the caller says (:func:`said_states`), or ``candidates`` when none is: "If I never
    even opened it, is there any restocking fee at all?" reads "Unopened items ... for a full
    refund", not the rule on installed cards that holds more of the asking sentence's words. A
    policy names each rule by its state; the rule of the caller's state is the one that applies.
    Source: kb blind42, blind43 (issue 11)."""
    said, _negated = said_states(query)
    ruled = [p for p in candidates if _first_word(p) in said] if said else []
    return ruled or candidates


def said_state_story(query: str) -> str:
    """The sentences of ``query`` before the one that asks (:func:`kb_asked.asked_sentence`) when they
    say the state of the thing by a verb (:func:`said_states`: "I installed a 4070 and it's just not
    for me."), else ''. A turn that asks two things ("Can I return it, and do I get everything
    back?") asks both of the thing in that state; each ask searched alone loses it and reads the
    rule on unopened items for an installed card. Class: the caller's stated state dropped when
    the turn is cut into its asks. Source: kb blind47 (a wrong answer: a full refund read for an
    installed graphics card), issue 11."""
    asking = asked_sentence(query)
    text = (query or "").strip()
    at = text.find(asking) if asking else -1
    story = text[:at].strip() if at > 0 else ""
    said, negated = said_states(story)
    return story if said or negated else ""
