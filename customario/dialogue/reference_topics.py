"""An earlier question named first, then its new answer (issue 11): "Wait, the panels, it was
twenty-six", "Hang on, how many pets did I say? It's three" (:func:`topic_first`). Split from
:mod:`customario.dialogue.references`, which finds changes asked for with a change verb. Pure
functions on text.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from customario.dialogue.question_names import STOP_WORDS, Reference, clean_words, own_names, word_stems, question_stems
from customario.dialogue.spoken import numbers_in

# An earlier question named first, then its new answer: "Wait, the panels, it was twenty-six", "The
# satisfaction score, put a two", "Sorry, the crew one, I'd go down to a five", "Hang on, how many
# pets did I say? It's three", "Hold on, was the twenty-minute thing about the wait? Then yes".
_INTERJECTIONS = re.compile(
    r"^\W*(?:(?:hang on|hold on|wait|sorry|hmm+|oh|oops|actually|um+|uh+|er+m?|and|also|one more thing|"
    r"by the way|before (?:i forget|that|i answer(?: that| this)?|we go on|you go on|we move on|you go|i go|we finish|"
    r"you hang up|we hang up|we end|you finish)|one (?:last|final) thing|just|ah|right|okay|ok|so|"
    # "Going back, the fee is actually ...": the opening of a change, not "going back to the fee"
    r"going back(?!\s+to\b)|(?:a |one |quick )?correction|come to think of it|on second thoughts?|"
    # "Back up a second, the rooms.", "Go back a bit, the price": a step back before the topic
    r"(?:can we |let me |let'?s )?(?:go back|back up|rewind)(?: a (?:second|sec|minute|moment|bit|step))?)\b\W*)*"
)
_TOPIC = re.compile(
    r"(?:the|my|that|about (?:the|my|(?!(?:no|some|any|every)thing\b)[a-z]+ing\b)|on (?:the|my)|for (?:the|my)|re:? (?:the|my)?|regarding (?:the|my)|"
    r"going back to (?:the|my)|back on (?:the|my)|"
    r"(?:how many|how much|what|which|when)\b[^,.;:!?]*\bdid i (?:say|put|give|tell you)|"
    r"did i (?:say|put|give|tell you)\b[^,.;:!?]*|"
    r"(?:was|were|is|did)\b[^,.;:!?]*\b(?:thing|one|question|bit|part)\b[^,.;:!?]*|"
    # "Technician wise, five": a topic marked with "-wise"
    r"[a-z]+(?: [a-z]+)?[ -]wise(?=\s*[,.;:!?-]))\b[^,.;:!?]{0,60}"
)
# A topic named by the question's own name without an article: "Reason for the visit, brakes".
_BARE_TOPIC = re.compile(r"[a-z][a-z' -]{2,40}?(?=\s*[,:;-]\s*\S)")
# A topic with its value: "the bill was ninety", "my recommendation is a nine".
_TOPIC_SAID = re.compile(r"((?:the|my|that) (?:[a-z-]+ ){0,3}?[a-z-]+) (?:was|is|were|are|'s|came to|should be)\b")
_GENERIC = frozenset("thing one bit part question answer score rating number earlier before".split())


# A topic said as a bare noun phrase ("the panels", "the crew one", "the satisfaction score"); a
# verb or "aside" makes it a remark ("the technician was lovely", "the technician aside").
_REMARK = re.compile(
    r"\b(was|were|is|are|'s|has|had|have|seemed|looked|did|does|do|aside|apart|besides|except|though|too|also)\b"
)


def topic_first(text: str, questions: Sequence[Any], asked: Sequence[str], fits: Any = None) -> Reference | None:
    """An earlier question named at the start of ``text`` (after "hang on", "sorry"...) as a bare
    topic ("the crew one", "the panels", "reason for the visit" when that is its name) or a
    question about what the caller said ("how many pets did I say?", "did I say eighty for the
    bill?", "was the twenty-minute thing about the wait?"), with the rest as the payload (the new
    answer); a topic said with its value ("the bill was ninety") is ``weak``: it wins only when the
    words do not answer the current question. None: no such opening, a remark without a value
    ("the technician aside"), its words name the current question, no question or two equally.
    The survey reads a value from the payload and reads it back (an ``inferred`` change). With
    ``fits(question, payload)``, two questions tied on the topic's words ("my test" names the
    test booked and the test date) are told apart by the one the payload answers (a date)."""
    t = clean_words(text)
    start = _INTERJECTIONS.match(t).end()
    m = _TOPIC.match(t, start) or _BARE_TOPIC.match(t, start)
    if not m or len(asked) < 2:
        return None
    topic, weak, bare = m.group(), False, m.re is _BARE_TOPIC
    asking = re.match(r"(?:how|what|which|when|was|were|is|did)\b", topic)
    said = _TOPIC_SAID.match(topic) if not asking else None
    if said:
        # "the bill was ninety": the topic, then its value as the payload
        topic = said.group(1)
        rest = t[m.start() + said.end() :].strip(" ,.;:!?-")
        # "the visits were twelve": the value straight after the verb states it; "the tech was
        # great, a five" is a remark beside what may answer the current question
        first = rest.split()[0] if rest.split() else ""
        weak = not (numbers_in(first) or first in ("a", "an", "yes", "no", "actually", "really", "more", "about"))
    elif not asking and (_REMARK.search(topic) or len(topic.split()) > 5) and not _alias_said(topic, questions, asked):
        return None  # (an earlier question's own alias, "the work they did", is no remark: answers blind38)
    else:
        rest = t[m.end() :].lstrip(" ,.;:!?-")
        if not rest or not re.match(r"\s*[,.;:!?-]", t[m.end() :]):
            return None
    if not rest or re.search(r"\b(aside|apart|besides|except)\b", topic) or re.match(r"not\b", rest):
        return None  # "Twelve visits, not eleven": a value taken back is no new value
    if bare and any(numbers_in(w) for w in topic.split()):
        return None  # a bare opening with a number in it is an answer, not a question's name
    words = [
        w for w in re.findall(r"[a-z]+(?:'[a-z]+)?", topic) if w not in _GENERIC | STOP_WORDS and not numbers_in(w)
    ]
    stems = word_stems(" ".join(words))
    by_id = {q.id: q for q in questions}

    def score(q: Any) -> tuple[int, int]:
        # the question's own names (aliases, id) weigh twice its text's words: "the technician"
        # names the technician rating before "did the technician test the water?"; on a tie the
        # words said as the names say them decide ("the problems thing": "problems afterwards",
        # not "the problem")
        named = set(re.findall(r"[a-z]+", " ".join(getattr(q, "aliases", None) or []).lower()))
        return (2 * len(stems & own_names(q)) + len(stems & question_stems(q)), len(set(words) & named))

    scored = sorted(((score(by_id[a]), a) for a in asked if a in by_id), key=lambda s: s[0], reverse=True)
    if re.search(r"\banswers?\b", topic):
        # "the follow-up answer" on the follow-up date question: an answer already given, so never
        # the question being asked
        scored = [s for s in scored if s[1] != asked[-1]]
    tie_broken = False
    if fits is not None and len(scored) > 1 and scored[0][0][0] and scored[1][0] == scored[0][0]:
        tied = [s for s in scored if s[0] == scored[0][0]]
        answered = [s for s in tied if fits(by_id[s[1]], rest)]
        if len(answered) == 1:
            scored, tie_broken = answered, True
    if not scored or scored[0][0][0] == 0 or (not tie_broken and len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    if bare and not stems & own_names(by_id[scored[0][1]]):
        return None  # a bare opening counts only when it is the question's own name
    if scored[0][1] == asked[-1]:
        return None  # "The bill, about two hundred": the current question, answered
    return Reference(question=by_id[scored[0][1]], payload=rest, weak=weak)


def _alias_said(topic: str, questions: Sequence[Any], asked: Sequence[str]) -> bool:
    """True when ``topic`` (cleaned, with or without "the"/"my") is, word for word, an alias of an
    earlier question asked ("the work they did", "how we kept in touch"): the survey author's own
    name for it, whatever verb it holds."""
    said = re.sub(r"^(?:the|my|that)\s+", "", topic.strip(" ,.;:!?-"))
    return any(
        re.sub(r"^(?:the|my|that)\s+", "", clean_words(alias).strip()) == said
        for q in questions
        if q.id in asked[:-1]
        for alias in getattr(q, "aliases", None) or []
    )
