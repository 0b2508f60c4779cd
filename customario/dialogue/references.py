"""What a survey caller says about the interview itself rather than answering: "what?", "can you
repeat that", "change my first answer to nine", "go back to the recommendation question".

Pure functions used by the survey policy (:mod:`customario.dialogue.survey_flow`). A question is
named by position ("my first answer", "the last question"), by its ``aliases`` from the definition,
or by the content words of its id and text ("the recommendation question" names a question whose
text says "recommend"); words are compared by their first five letters so "recommendation" meets
"recommend" and "satisfaction" meets "satisfied".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from customario.dialogue.choices import phrase_positions
from customario.dialogue.asked_back import asks_back, wants_repeat  # noqa: F401  (re-exported: survey flow)
from customario.dialogue.spoken import numbers_in

_CHANGE = re.compile(
    r"\b(change|changing|correct|correcting|correction|fix|update|amend|redo|revise|switch|go back|back to|return to|"
    r"revisit|going back (?:a (?:bit|step|sec|second|moment|minute|question)|one|for a (?:sec|second|moment|minute))|i meant|i mean|meant to say|should have said|should've said|want to change|make (that|it)|put down|"
    r"after all|i said|can i go back|"
    # "put it down as a four", "mark me down for yes", "I mixed it up", "I got them muddled"
    r"(put|mark|write|jot|note) (it|that|this|me|them|(?:the|my) \w+(?: \w+)?) down (as|for)|mark (it|that|me) as|"
    r"(mixed|muddled) (it|them|that|those|the \w+) up|got (it |them |that )?(mixed|muddled) up|got confused)\b|^\W*(oh|wait|sorry|actually|hold on),? (about|on|for) (the|my)\b|"
    # "my last answer was wrong", "I got that one wrong"; "for my goal question, put ..."
    r"(\b(was|is|were)|'s) (wrong|a mistake|not right)\b|\bgot (that|it|that one|(?:the|my) \w+(?: \w+)?) wrong\b|"
    r"\bon (reflection|second thought)\b|"
    r"^\W*(about|on|for|regarding) (the|my|that) (\w+ ){0,3}(question|one|answer)\b|"
    # "Before that, about staying again, put yes"
    r"\bput (down )?(yes|no)\b|\bput (me|that) down\b|\bmake (?:the|my) \w+(?: \w+)? (?:a |an )?(?=\S)|"
    # "Hang on, the first question, I'd actually give it a nine": an interjection, then an earlier
    # question named (never "the first one": that may be a choice of this question)
    r"^\W*(hang on|hold on|wait|oh|oops|sorry|actually|sorry,? actually)\W+(about |on |for |re )?(the|my) (\w+ ){0,3}"
    r"(question|answer)\b|"
    # "Oh, I forgot, the hours question, it's four now": an earlier question named as a clause of its own
    r"(?:^|[,.;:!?]\s*)(?:about |on |for |re )?the (?:\w+ ){1,3}question\s*[,:;.!-]\s*\S"
)
# "the check-in was the 27th, not the 26th": a value taken back at the end changes an earlier
# question the words name (never the current one: "The bus, not the train" just answers it).
# "The recommend one should be nine", "the satisfaction should be a four": a new value for the question
# named, only when it fits that question ("delivery should be faster" is an open answer) and never
# "should have been" (counterfactual: "it should have been on time" says it was not).
_SHOULD_BE = re.compile(r"\bshould be\s+(?=\S)")
_TAKEN_BACK_END = re.compile(
    r"[,;]\s*not (the |a |an )?[a-z0-9'-]+(?: [a-z0-9'-]+){0,2}?\s*"
    # an afterthought may follow: "by phone, not online, I forgot", "a 2, not a 4, sorry"
    r"(?:[,.;!]?\s*(?:i forgot|i'd forgotten|sorry|my bad|my mistake|oops|silly me|i misspoke|please|thanks|"
    r"actually|i got (?:it|that|the \w+(?: \w+)?) (?:wrong|mixed up|muddled))\s*)?[.!]?\s*$|"
    # "that appointment isn't the fifteenth, it's the sixteenth", "the bill wasn't 200, it was 250"
    r"\b(isn'?t|wasn'?t|is not|was not|shouldn'?t be)\b[^,.;!?]+[,;]\s*(it'?s|it is|it was|that'?s|it should be)\s+\S"
)
_ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
    "1st": 0,
    "2nd": 1,
    "3rd": 2,
    "4th": 3,
    "5th": 4,
}
_STOP = frozenset(
    """a about an and any are as at be been by can could did do does for from had has have how i
    if in is it its me my of on or our please rate say should so that the their them this to us was we were what
    when which who why will with would you your question answer answers one scale from zero ten five likely
    overall your much very many give tell think""".split()
)
_VALUE_AFTER = re.compile(
    r"\b(to|(?<!\bwell )as(?! well\b)|with|is|was|it'?s|be|say|said|make it|put|into|(give|rate|score) (it|them|you|that|the \w+))\s+(?=\S)"
)


_ORDINAL_WORD = re.compile(
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|"
    r"\d+(st|nd|rd|th))"
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()


def _stem(word: str) -> str:
    """A crude stem for naming a question: inflections off ("used"/"use", "spending"/"spend",
    "rides"/"ride"), then the first five letters ("recommendation"/"recommend")."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def _stems(text: str) -> set[str]:
    # A contraction is no content word: "don't" never names a question aliased "what I had done"
    # ("don" was its stem); a possessive keeps its noun ("the hotel's" names the hotel).
    words = [re.sub(r"'s$", "", w) for w in re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower().replace("_", " "))]
    return {_stem(w) for w in words if "'" not in w and w not in _STOP and len(w) > 2}


def question_stems(question: Any) -> set[str]:
    """Word stems that name ``question``: its aliases, id and the content words of its text."""
    stems = _stems(" ".join(getattr(question, "aliases", None) or []))
    stems |= _stems(question.id)
    stems |= _stems(question.text)
    # What callers call a question of its type: the Net Promoter *Score* is "my score", a rating
    # scale "my rating".
    stems |= _stems(_TYPE_NAMES.get(getattr(question, "type", ""), ""))
    for c in getattr(question, "choices", None) or []:
        stems -= _stems(c.code)
    return stems


_TYPE_NAMES = {"nps": "score recommendation", "scale": "rating"}


def _choices_named(question: Any, t: str) -> int:
    """How many of ``question``'s choices ``t`` names by code, label or synonym: "by phone, not
    online" names two choices of "how did you place your order?"."""
    said = [
        c
        for c in getattr(question, "choices", None) or []
        if any(phrase_positions(w, t) for w in (c.code.replace("_", " "), c.label, *c.synonyms) if w)
    ]
    return len(said)


def _without_choice_words(t: str, questions: Sequence[Any]) -> str:
    """``t`` without the choices of ``questions`` whose names hold a change verb ("an oil change",
    "exact change", "a fix"): naming such a choice is no request to change an answer."""
    for q in questions:
        for c in getattr(q, "choices", None) or []:
            for name in (c.label, *c.synonyms):
                words = re.sub(r"^(a|an|the)\s+", "", _clean(name))
                if re.search(r"\b(change|correct|fix|update|switch|redo)\b", words):
                    t = re.sub(rf"\b{re.escape(words)}\b", " ", t)
    return t


@dataclass(frozen=True)
class Reference:
    """A caller's request about an earlier question: ``question`` (the definitions ``Question``)
    and ``payload`` (the new answer in their words, "" when they only want to go back)."""

    question: Any
    payload: str
    weak: bool = False  # named beside its value ("the bill was ninety"): only when nothing else fits


def _by_alias(tied: Sequence[Any], words: set[str]) -> Any | None:
    """The one question of ``tied`` whose ``aliases`` share the most stems with ``words`` (at
    least one), or None when none or several do."""
    hits = [(len(words & _stems(" ".join(getattr(q, "aliases", None) or []))), q) for q in tied]
    best = max((h for h, _ in hits), default=0)
    named = [q for h, q in hits if h == best]
    return named[0] if best and len(named) == 1 else None


_BACK_TO = re.compile(
    r"\b(?:go(?:ing)? back to|back to|return to|returning to)\s+(?:the |my |that )?(?P<named>[^,.;!?]+)"
)


def _back_to(t: str, earlier: Sequence[Any]) -> Any | None:
    """The one earlier question named by the words right after "back to" ("Back to the date, it
    was the fifteenth, I checked my phone" names the date question, whatever the rest says), by
    its own names first and then the words of its text; None when they name none or several."""
    m = _BACK_TO.search(t)
    if not m:
        return None
    words = _stems(" ".join(w for w in m.group("named").split() if not numbers_in(w)))
    words -= {"question", "one", "answer", "bit", "part", "thing"}
    if not words:
        return None
    scored = [(2 * len(words & _own_names(q)) + len(words & question_stems(q)), q) for q in earlier]
    best = max((h for h, _ in scored), default=0)
    named = [q for h, q in scored if h == best]
    return named[0] if best and len(named) == 1 else None


# Words that make a change verb said during an open question about an answer given before.
_NAMES_AN_ANSWER = re.compile(
    r"\b(?:answer|answered|answers|question|rating|rated|score|scored|i said|i meant|i mean|i put|i told you|i gave|"
    r"go back|going back|back to|make (?:that|it) (?:a|an)\b|put (?:it|that|me|(?:the|my) \w+(?: \w+)?) down|mark (?:it|that|me)|meant to say|"
    r"should have said|should'?ve said|mixed|muddled|got confused|correction|scratch that|take (?:it|that) back|"
    r"on second thoughts?)\b|"
    # "Change satisfaction to three", "can you change my recommendation to a five?"
    r"\b(?:change|switch|update|correct|fix|amend) my\b|\b(?:the|that) \w+ (?:one|bit|part)\b|"
    r"\b(?:change|switch|update|correct|fix|amend)\b[^.!?]{0,40}?\bto (?:a |an )?(?:\d+|zero|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|yes|no)\b"
)


def find_reference(text: str, questions: Sequence[Any], asked: Sequence[str], fits: Any = None) -> Reference | None:
    """The earlier question a correction names ("change my first answer to nine", "go back to the
    recommendation question", "I meant yes for the delivery one"), or None.

    ``questions``: the survey's questions in order; ``asked``: ids in the order they were asked (the
    current question last). ``fits(question, payload)`` → bool breaks a tie between questions named
    equally well (the one the new answer fits). Only questions already asked can be named. Needs a change verb
    ("change", "go back", "I meant", "correct", ...) so an ordinary answer is never taken for one.
    """
    t = _clean(text)
    explicit = bool(_CHANGE.search(_without_choice_words(t, questions)))
    current = next((q for q in questions if asked and q.id == asked[-1]), None)
    open_verb = False
    if explicit and current is not None and current.type == "open" and not _NAMES_AN_ANSWER.search(t):
        # "Fix the app", "Change the pricing" to "What would you change?": the verb is the answer's,
        # unless it names an earlier question with a value that fits it ("can you fix the practice
        # minutes? forty-five"; read back, below)
        explicit, open_verb = False, True
    if not (explicit or open_verb or _TAKEN_BACK_END.search(t) or _SHOULD_BE.search(t)) or not asked:
        return None
    by_id = {q.id: q for q in questions}
    asked_qs = [by_id[a] for a in asked if a in by_id]
    target = None
    m = re.search(r"\b(" + "|".join(_ORDINALS) + r")\s+(answer|question|one|score|rating|number)\b", t)
    if m:
        idx = _ORDINALS[m.group(1)]
        target = asked_qs[idx] if idx < len(asked_qs) else None
    elif re.search(r"\b(last|previous|prior|earlier|other) (answer|question|one)\b", t) and len(asked_qs) >= 2:
        target = asked_qs[-2]
    elif (back := _back_to(t, asked_qs[:-1])) is not None:
        target = back
    else:
        named = re.sub(
            r"\b(change|changing|correct|fix|update|go back|back to|my|answer|question|make|made|put|switch|"
            r"instead|actually|meant|mean)\b",
            " ",
            t,
        )
        # A value ("the fifteenth", "ninety") names no question: "that appointment isn't the
        # fifteenth" names the appointment, not a question about fifteen minutes.
        named = " ".join(w for w in named.split() if not numbers_in(w) and not _ORDINAL_WORD.fullmatch(w.strip(",.!?")))
        words = _stems(named)
        scored = []
        for q in asked_qs:
            own = question_stems(q)
            # Choices named count for an earlier question only: naming the current question's
            # choices is answering it ("Exact change." names the fare question's cash choice).
            hits = len(words & own) + (_choices_named(q, t) if q.id != asked[-1] else 0)
            # the question's own names (aliases, id) break a tie with words of another's text
            hits = 2 * hits + len(words & _own_names(q)) if hits else 0
            if hits:
                scored.append((hits, q))
        scored.sort(key=lambda s: -s[0])
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            target = scored[0][1]
        elif scored and _by_alias([q for hits, q in scored if hits == scored[0][0]], words) is not None:
            # A tie broken by the names the survey's author gave: "the work itself" names the
            # question aliased "quality of the work", not the two whose text says "worked on".
            target = _by_alias([q for hits, q in scored if hits == scored[0][0]], words)
        elif scored and fits is not None:
            top = [q for hits, q in scored if hits == scored[0][0]]
            payload = _payload(t)
            fitting = [q for q in top if payload and fits(q, payload)]
            if len(fitting) > 1:
                # Any words fit an open question: "put it down as a four" is for the rating
                # question both name, not for "what went wrong?".
                fitting = [q for q in fitting if q.type != "open"] or fitting
            if len(fitting) == 1:
                target = fitting[0]
    if target is None or (not explicit and target.id == asked[-1]):
        return None
    payload = _payload(t)
    if open_verb:
        if target.type == "open" or fits is None or not _question_itself_named(target, t):
            return None
        # the value may sit in a clause of its own: "can you fix the practice minutes? forty-five"
        found = [c for c in ([payload] if payload else []) + answer_clauses(t)[::-1] if c and fits(target, c)]
        return Reference(question=target, payload=found[0], weak=True) if found else None
    if not explicit and fits is not None and not (payload and fits(target, payload)):
        return None  # "the service wasn't bad, it's the food": a remark, not a new value for it
    if not explicit and not _TAKEN_BACK_END.search(t) and (fits is None or target.type == "yes_no"):
        return None  # "should be" alone: only a value that fits, and never a yes or no
    return Reference(question=target, payload=payload)


# "four, not five", "the bus and the ferry, not just the bus", "instead of eighty": the value taken
# back, which is not part of the new answer.
_TAKEN_BACK = re.compile(
    r"[,;]\s*(?:and\s+)?(?:not|instead of|rather than)\b[^,.;!?]*|"
    # "nine not eight": a number taken back straight after the new one
    r"(?<=[a-z0-9])\s+(?:not|instead of|rather than)\s+(?:a |an )?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d+)(?:[ -](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?\b"
)


def drop_taken_back(text: str) -> str:
    """``text`` without the clauses that name the value being replaced ("ninety, not eighty" →
    "ninety"); a "not" inside a clause ("not really") stays."""
    return _TAKEN_BACK.sub(" ", _clean(text)).strip(" ,.;!?")


def answer_clauses(text: str) -> list[str]:
    """The clauses of a correction that may carry the new answer: ``text`` split at punctuation,
    without the clauses that take a value back ("not four") and without the change phrase
    ("it's five of us, not four" → ["five of us"]). Used when the words after the change verb do
    not give a value by themselves."""
    out = []
    for part in re.split(r"[,.;:!?]+|\s-\s", drop_taken_back(text)):
        part = re.sub(
            r"^\s*(?:(?:oh|wait|sorry|actually|so|and|but|um+|uh+|well|no)(?:\s+|$))*"
            r"(?:(?:i meant|i mean|meant to say|should (?:have )?(?:said|be)|make (?:that|it)|change (?:that|it) to|"
            r"it'?s|it is|it was|that'?s|that should be|it should be|put down|"
            # "the answer's no": the value, not a question named
            r"(?:the |my )?answer(?:'s| is| was| should be| should have been))\s+)?",
            "",
            part,
        ).strip()
        if part:
            out.append(part)
    return out


# A clause said of someone: "I've got", "she's", "we have".
_SAID_OF = re.compile(r"\b(?:i|i'?ve|i'?m|we|we'?ve|we'?re|she|she'?s|he|he'?s|they|they'?re|they'?ve)\b")


def _payload(t: str) -> str:
    """The new answer inside a correction ("change my first answer to nine" → "nine"; "I've got
    two dogs, not three" → "i've got two dogs", the clause before the value taken back)."""
    before_not = re.match(r"^(.*?)[,;]\s*not\b", t) if _TAKEN_BACK_END.search(t) else None
    t = _TAKEN_BACK.sub(" ", t).strip(" ,.;!?")
    meant = list(re.finditer(r"\b(i meant|i mean|meant to say|should (have )?(said|be)|make it)\s+(?=\S)", t))
    marks = list(_VALUE_AFTER.finditer(t))
    if meant and (not marks or meant[-1].start() > marks[-1].start()):
        value = t[meant[-1].end() :]
        if not re.search(r"\s(for|on|about) (the|my)\b", value):
            value = re.sub(r",?\s*\b(not|instead of|rather than)\s+[a-z0-9' ]+$", " ", value)
            return value.strip(" ,.!?")
    clause = re.split(r"[,.;!?]", before_not.group(1))[-1].strip(" ,.!?") if before_not else ""
    if not marks and not meant and _SAID_OF.search(clause):
        # "I've got two dogs, not three", "she's three, not four": the clause that holds the new
        # value says it of someone; a bare "Twelve visits, not eleven" stays an answer to the
        # current question
        return clause
    if not marks:
        # "I meant yes for the delivery one": the words between the verb and "for"/"on"/"about".
        mm = re.search(
            r"\b(i meant|i mean|meant to say|should have said|should've said)\s+(.+?)\s+\b(for|on|about|to)\b", t
        )
        return mm.group(2).strip(" ,.!?") if mm else ""
    value = t[marks[-1].end() :]
    value = re.sub(r"\b(please|instead|thanks|thank you|actually|after all)\b", " ", value)
    value = re.sub(r",?\s*\b(not|instead of|rather than)\s+[a-z0-9' ]+$", " ", value)
    value = re.sub(r"\b(for|on|about) (the|my) .*(question|one|answer)\b.*$", " ", value)
    if re.search(r"\b(question|answer)\b\s*[.!?]*$", value):
        return ""
    return value.strip(" ,.!?")


_SAID_BEFORE = re.compile(
    r"\bi (?:said|told you|answered|put|gave)\s+(.+?)(?:\s+(?:before|earlier|last time|a minute ago|back there))?"
    r"\s*,?\s+(?:but|and)\s+(?:it was|it's|it is|it really was|actually it was|actually|really|i meant|"
    r"it should be|it should have been|it should've been|"
    # "I said no but they did", "I said no, but yes": a yes or no taken back
    r"(?=(?:yes|yeah|yep|no|nope)\b)|(?=(?:they|he|she|we|it) (?:did|was|were|had|have|do|does)\b))\s*(.+?)\s*[.!]*$"
)


# The old answer denied, then the new one: "Hang on, it wasn't a prescription at all, I was there
# for my flu jab", "it wasn't the website, it was the app".
_DENIED_BEFORE = re.compile(
    r"\b(?:it|that) (?:wasn'?t|was not|isn'?t|is not)(?: even| really)? (?:a |an |the |my |for (?:a |an |the |my )?)?"
    r"([^,;.!?]+?)(?: at all)?\s*[,;.]\s*(?:it was|it'?s|it is|that was|i was (?:there |in )?for|i went (?:in )?for|"
    r"i came (?:in )?for|i was (?:in )?there for)\s+(.+?)\s*[.!]*$"
)


def said_before(text: str) -> tuple[str, str] | None:
    """(the old answer, the new one) when the caller takes back an answer by quoting it ("Wait, I
    said online before, but it was the store" → ("online", "the store")) or by denying it ("it
    wasn't a prescription at all, I was there for my flu jab" → ("prescription", "my flu jab")),
    else None. The survey finds the earlier question whose stored answer the old words give, and
    changes it only when the new words give that question a value (read back)."""
    t = _clean(text)
    m = _SAID_BEFORE.search(t) or _DENIED_BEFORE.search(t)
    return (m.group(1).strip(" ,"), m.group(2).strip(" ,")) if m else None


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


def _question_itself_named(q: Any, t: str) -> bool:
    """True when ``t`` names question ``q`` by its own words or names, not only by one of its
    choices ("fix the practice minutes" names the minutes question; "fix the card reader" names
    only the card choice of "how do you get in, with the band or the card?")."""
    choice_words = _stems(" ".join(w for c in getattr(q, "choices", None) or [] for w in [c.label, *c.synonyms]))
    words = _stems(t)
    return bool(words & (question_stems(q) - choice_words)) or bool(words & _own_names(q))


def _own_names(q: Any) -> set[str]:
    """Stems of the names a question is given (its aliases and id), not of its text."""
    return _stems(" ".join(getattr(q, "aliases", None) or [])) | _stems(q.id)


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
    t = _clean(text)
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
    elif not asking and (_REMARK.search(topic) or len(topic.split()) > 5):
        return None
    else:
        rest = t[m.end() :].lstrip(" ,.;:!?-")
        if not rest or not re.match(r"\s*[,.;:!?-]", t[m.end() :]):
            return None
    if not rest or re.search(r"\b(aside|apart|besides|except)\b", topic) or re.match(r"not\b", rest):
        return None  # "Twelve visits, not eleven": a value taken back is no new value
    if bare and any(numbers_in(w) for w in topic.split()):
        return None  # a bare opening with a number in it is an answer, not a question's name
    words = [w for w in re.findall(r"[a-z]+(?:'[a-z]+)?", topic) if w not in _GENERIC | _STOP and not numbers_in(w)]
    stems = _stems(" ".join(words))
    by_id = {q.id: q for q in questions}

    def score(q: Any) -> tuple[int, int]:
        # the question's own names (aliases, id) weigh twice its text's words: "the technician"
        # names the technician rating before "did the technician test the water?"; on a tie the
        # words said as the names say them decide ("the problems thing": "problems afterwards",
        # not "the problem")
        named = set(re.findall(r"[a-z]+", " ".join(getattr(q, "aliases", None) or []).lower()))
        return (2 * len(stems & _own_names(q)) + len(stems & question_stems(q)), len(set(words) & named))

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
    if bare and not stems & _own_names(by_id[scored[0][1]]):
        return None  # a bare opening counts only when it is the question's own name
    if scored[0][1] == asked[-1]:
        return None  # "The bill, about two hundred": the current question, answered
    return Reference(question=by_id[scored[0][1]], payload=rest, weak=weak)
