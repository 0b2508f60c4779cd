"""Yes or no in a caller's words: "yeah sure", "nope", "absolutely not", "I think so" (read back),
"yes and no" (neither), and an answer given as the opposite of what the question asks about ("not
late at all" to "did it arrive on time?").

The vocabulary and readings behind the ``yes_no`` question type of
:mod:`customario.dialogue.answers`, which turns them into a typed, validated answer; :func:`yes_no`
is also used for read-back replies. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import NEGATED_AUX, clean
from customario.dialogue import yesno_parts
from customario.dialogue.thresholds import threshold_reading  # noqa: F401  (moved there; re-exported)
from customario.dialogue.yesno_words import (  # noqa: F401  (BOTH, SOFT_NO re-exported: answers, yesno_answers)
    BOOKED_TIME_ASKED,
    _EMPHATIC_NO,
    _LITOTES_YES,
    _NO,
    _NO_NEUTRAL,
    _SOFT_YES,
    _YES,
    BOTH,
    SOFT_NO,
    WHY_NOT_DENIED,
    FAULTLESS,
    ANTONYMS,
)


def _any(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


# A plain yes and a plain no in different parts: "Yes for the bedroom, no for the bathroom", "The room
# yes, the bathroom no".
_SPLIT_ANSWER = re.compile(
    r"\b(yes|yeah|yep|no|nope|nah)\b[^,.;!?]*\b(for|about|on)\b[^,.;!?]*[,.;]\s*(?:but\s+)?(?:\w+\s+){0,4}?"
    r"(yes|yeah|yep|no|nope|nah)\b|\b\w+ (yes|yeah|no|nope)[,;]\s*(?:but\s+)?(?:the |my |our )?\w+ (yes|yeah|no|nope)\b"
)


# "Some were, some weren't", "some of them did, the others didn't": a yes for some, a no for others.
_SOME_AND_SOME = re.compile(
    r"\bsome(?: of them| of it)? (?:were|was|did|do|are|is|have|had|could|would)\b[^.;!?]{0,30}?"
    r"\b(?:some|others|the others|the rest|a few)\b[^.;!?]{0,20}?"
    r"\b(?:weren'?t|wasn'?t|didn'?t|don'?t|aren'?t|isn'?t|haven'?t|hadn'?t|couldn'?t|wouldn'?t|not)\b"
)
# "The lifeguards, yes. The lady at the desk, absolutely not.": each part named, then its answer.
_PARTS_ANSWERED = re.compile(
    r"\b(?:the|my|our|his|her|their) \w+(?: \w+){0,5},? (?:(?:absolutely|definitely|totally|mostly|oh) )?(yes|yeah|yep|no|nope|not|nah)\b"
    r"[^.;!?]*[.;,]\s*(?:but\s+)?(?:the|my|our|his|her|their) \w+(?: \w+){0,6},? "
    r"(?:(?:absolutely|definitely|totally|certainly|really|oh) )?(yes|yeah|yep|no|nope|not|nah)\b"
)


def split_answer(t: str) -> bool:
    """True for a yes and a no given to different parts ("Yes for the bedroom, no for the
    bathroom", "The room yes, the bathroom no", "The driver, yes. The guide, absolutely not.", "some
    were, some weren't"), not a self-correction ("No, sorry, yes")."""
    # "wait" takes back only as an interjection ("No, wait, yes"), not as the verb of the story
    # ("Yes for the first bit, then no, they made me wait again", answers blind45)
    if re.search(
        r"\b(sorry|i mean|i meant|actually|no no)\b|\bwait\b(?=\W*(?:[,.!;]|$|no\b|yes\b|sorry\b|actually\b))", t
    ):
        return False
    if _SPLIT_ANSWER.search(t) or _SOME_AND_SOME.search(t) or yesno_parts.one_and_other(t):
        return True
    m = _PARTS_ANSWERED.search(t)
    return bool(m) and (m.group(1) in ("no", "nope", "not", "nah")) != (m.group(2) in ("no", "nope", "not", "nah"))


# "Yeah nah", "nah yeah", "yeah, no": a pair whose last word is the answer.
# ("Yep, no complaints": the "no" belongs to its noun, no second answer word; answers blind40)
_PAIR = re.compile(
    r"^\W*(yeah|yea|yep|nah|no)\W+(nah|no|nope|yeah|yep|yes)\b(?!\W+(wait|sorry|i mean|actually))"
    r"(?!\s+(?:complaints?|problems?|issues?|worries|trouble|bother|regrets?|fuss|drama|hassle)\b)"
)
# Two negations in one clause ("it wasn't not clean", "I wouldn't say it wasn't", "nothing wasn't
# broken"): no reading is safe.
_NEGATED_VERB = r"(?:don|doesn|didn|wasn|weren|isn|aren|won|wouldn|couldn|shouldn|haven|hasn|hadn|ain)'?t|can'?t|cannot"
_DOUBLE_NEGATIVE = re.compile(
    rf"\b({_NEGATED_VERB}|not|never|nothing|nobody)\b[^,.;!?]*?\b({_NEGATED_VERB}|not)\b"
    r"(?! (at all|really|just|only|too|very|that|even|sure)\b)"
)


def double_negative(text: str) -> bool:
    """True when a clause of ``text`` holds two negations ("I wouldn't say we didn't wait long",
    "I can't say it didn't"): neither a yes, a no nor a don't-know can be read from it safely, so
    the question is asked again. "No, it wasn't late" and "it didn't, not at all" are not."""
    return bool(_DOUBLE_NEGATIVE.search(re.sub(WHY_NOT_DENIED, " ", clean(text))))


def double_negative_at(text: str) -> tuple[int, int] | None:
    """(start, end) offsets in ``text`` (already cleaned) of its first double negative ("can't say
    she doesn't", "never didn't"), as :func:`double_negative` finds it; None when it has none."""
    m = _DOUBLE_NEGATIVE.search(text)
    return (m.start(), m.end()) if m else None


# Typed shorthand as the whole answer: "y", "Y!", "n", "nn", "k" (SMS).
_LETTER = re.compile(r"^\W*(y+|n+|k+)\W*$")
_EMOJI_YES = "👍✅✔☑👌🙆"
_EMOJI_NO = "👎❌✖🙅⛔"


def emoji_words(t: str) -> str:
    """``t`` with a thumbs up, a tick or an OK hand as "yes" and a thumbs down or a cross as "no"
    (typed answers on a text channel); skin-tone and variation marks are dropped."""
    t = re.sub("[\U0001f3fb-\U0001f3ff\ufe0f]", "", t)
    t = re.sub(f"[{_EMOJI_YES}]", " yes ", t)
    return re.sub(f"[{_EMOJI_NO}]", " no ", t).strip()


# The caller's conclusion at the end of a story: "..., so yes.", "... so no, it didn't."
_CONCLUSION = re.compile(
    r"[,.;!?]\s*(?:so|then|therefore|which means|meaning|in which case|so i guess|so i'?d say)\s+"
    r"(yes|yeah|yep|no|nope|nah)\b(?:,?\s*(?:it|i|we|they|he|she) (?:did|was|were|do|does|had|didn'?t|wasn'?t|weren'?t|"
    r"don'?t|doesn'?t|hadn'?t))?\s*[.!]*\s*$"
)


# A rhetorical question that answers yes, at the end of the turn: "Of course, who doesn't?", "who
# wouldn't want one". Not a relative clause inside a sentence ("my son, who doesn't drive, went").
_RHETORICAL_YES = re.compile(
    r"(?:^|[.,;!?]\s*|\b(?:i mean|like|come on|honestly|seriously|obviously|of course)\s+)who (?:doesn'?t|does not|"
    r"wouldn'?t|would not|don'?t|do not|isn'?t|hasn'?t|has not|didn'?t|did not|hasn'?t got)\b(?:\s+[\w']+){0,4}\W*$"
)


# A yes said as the first clause of its own, before a comma or a full stop: "Of course, ...", "Sure.
# ...", "Absolutely, ...". Not "of course not", "sure I didn't" (no break: the negation belongs to it),
# nor "Oh sure, ..." (mocking as often as not: "Oh sure, I love rushing from work with no dinner").
_YES_OPENER = re.compile(
    r"^\W*(?:(?:well|um+|uh+)\W+)?(?:of course|sure|absolutely|definitely|certainly|totally|for sure|you bet|"
    r"naturally|obviously)\s*[,.;!]+\s*(?!(?:not|no|nope|never|nah)\b)\w"
)


# The words of a bare yes or no ("yes please", "no thanks", "definitely not", "of course").
_BARE_WORDS = frozenset(
    """yes yeah yep yup aye ya yea no nope nah nay not sure okay ok alright right correct absolutely definitely
    certainly totally course of indeed please thanks thank you sir maam ma'am mate um uh oh well exactly never
    really""".split()
)


# "I don't mind" as the whole answer: to "Would you like ...?" it is a mild yes or indifference, to
# "Would you mind if ...?" it is consent (a no to the question's words), to "Did you mind ...?" a no.
# No reading is safe without the question's words: asked again (the parser reads no there).
_NOT_MINDING = re.compile(
    r"\W*(?:(?:um+|uh+|er+|oh|well|honestly|erm)\W+)*(?:i |we )?(?:do ?n'?t|do not) (?:really )?mind"
    r"(?: (?:at all|either way|really|much|one way or the other))?\W*"
)


def _negated_yes(t: str) -> bool:
    """True for a yes said with a negation and no other one: eagerness ("I can't wait to renew")
    or a denied no ("I wouldn't say no", "I wouldn't mind"); read back."""
    if re.search(r"\bcan'?t wait\b", t) and not re.search(r"\b(no|nope|nah|not|never|but)\b", t):
        return True
    litotes = _LITOTES_YES.search(t)
    return bool(litotes) and not re.search(
        r"\b(no|nope|nah|not|never|but)\b|n't\b", t[: litotes.start()] + t[litotes.end() :]
    )


def reading(text: str) -> tuple[str | None, str]:
    """(``"yes"``/``"no"``/None, method) for ``text``."""
    t = clean(text)
    letter = _LETTER.match(t)
    if letter:
        return ("no" if letter.group(1)[0] == "n" else "yes"), "phrase"
    pair = _PAIR.match(t)
    # "no one" / "no-one" is a pronoun ("Yeah nah, no one came out"), not a third answer word
    if pair and len(_PLAIN.findall(re.sub(r"\bno[ -]one\b", "nobody", t))) == 2:
        # "Yeah nah" is no and "nah yeah" yes (Australian and New Zealand English): the last word
        # decides. Read back: elsewhere the pair may be a hesitation.
        return ("no" if pair.group(2) in ("nah", "no", "nope") else "yes"), "inferred"
    if _negated_yes(t):
        return "yes", "inferred"
    for p in _NO_NEUTRAL:
        t = re.sub(p, " ", t)
    rhetorical = _RHETORICAL_YES.search(t)
    if rhetorical and not re.search(r"\b(no|nope|nah|not|never)\b", t[: rhetorical.start()]):
        return "yes", "inferred"  # "Of course, who doesn't?": a question that means yes (read back)
    concluded = _CONCLUSION.search(t)
    if concluded and not _any(BOTH, t):
        # "We got there at ten past two ... and weren't called till three, so yes": the caller's
        # own conclusion ends the turn and decides; the story before it may hold any words.
        return ("no" if concluded.group(1) in ("no", "nope", "nah") else "yes"), "phrase"
    if _DOUBLE_NEGATIVE.search(t) or _NOT_MINDING.fullmatch(t):
        return None, "exact"  # "it wasn't not clean", "I wouldn't say it wasn't", "I don't mind": asked again
    if _any(BOTH, t):
        return None, "exact"
    # "not on time", "not right": a yes phrase under a negation is a no.
    t = re.sub(r"\bnot (on time|right|correct|really|at all|exactly(?=\W*\w))\b", " no ", t)
    if re.search(_EMPHATIC_NO, t):
        return "no", "phrase"
    if _any(SOFT_NO, t):
        return "no", "inferred"
    if _any(_SOFT_YES, t) and not re.search(r"\b(no|nope|nah|not)\b", t):
        return "yes", "inferred"
    yes, no = _any(_YES, t), _any(_NO, t)
    first = re.match(r"\W*(\w+)", t)
    word = first.group(1) if first else ""
    if split_answer(t):
        return None, "exact"  # "Yes for the bedroom, no for the bathroom": both, asked again
    if yes and no:
        # "no, it did" / "yeah no": trust the first word when it is a plain yes/no word.
        if word in ("no", "nope", "nah"):
            return "no", "phrase"
        if word in ("yes", "yeah", "yep", "yup") or _YES_OPENER.match(t):
            # "yes it didn't" is contradictory; "yeah, it wasn't late" still says yes.
            if re.search(r"\b(but|although|though)\b", t):
                return None, "exact"
            # "Yeah, no one came out" may be a no said after a filler "yeah"; "Of course, I don't
            # drive anymore" is a yes said first and a reason with a negation (had been stored as a
            # no): both read back.
            plain = word in ("yes", "yeah", "yep", "yup") and not re.search(r"\bno[ -]one\b|\bnobody\b", t)
            return "yes", "phrase" if plain else "inferred"
        # "it did not", "I didn't": a negated yes-frame is a no.
        if re.search(r"\b(did|was|do|does|is|were|have|am)\s+not\b|" + NEGATED_AUX, t) and not re.search(
            r"\b(yes|yeah|yep)\b", t
        ):
            return "no", "phrase"
        return None, "exact"
    if not (yes or no):
        return None, "exact"
    value = "yes" if yes else "no"
    if yes and re.search(r"\bnobody\b|\bno[ -]one\b", t):
        return "yes", "inferred"  # "Yeah, nobody came": the "yeah" may be a filler before a no (read back)
    bare = re.sub(r"[^a-z' ]", " ", t).split()
    # "Yes please", "absolutely not": exact; "absolutely off" (heard for "absolutely not", blind16)
    # holds a word no bare yes/no has, so it is a phrase and spoken it keeps the campaign's threshold
    plain = all(w in _BARE_WORDS for w in bare)
    return value, "exact" if len(bare) <= 2 and plain else "phrase"


def _negated_before(t: str, start: int, window: int) -> bool:
    """True when one of the last ``window`` words of the clause before ``start`` negates it ("not
    late", "wasn't very welcoming", "hardly clean"), or "no" is the word right before ("no leaks")."""
    before = re.split(r"[,.;!?]|\bbut\b", t[:start])[-1]
    clause = before.split()
    if _NEGATED_SAYING.search(before):
        return True  # "Wouldn't say it was late": not late
    if re.search(r"\bno (?:way|need|chance|intention|plans?)\b", before):
        return True  # "no way I'd cancel", "no need to book one": not so
    if _INVERTED_NEGATION.search(before) or clause[-1:] == ["no"]:
        return True  # "Not once did I feel unsafe" (answers blind38); "no leaks" (blind67)
    return any(w in ("not", "never", "hardly", "nothing") or w.endswith("n't") for w in clause[-window:])


# A negation fronted before an inverted auxiliary: "not once did I feel", "never once was it",
# "at no point were we", "not for a moment did I feel".
_INVERTED_NEGATION = re.compile(
    r"^\W*(?:not (?:once|one time|for (?:a|one) (?:second|moment|minute))|never(?: once| at any point)?|"
    r"at no (?:point|time|stage))\s+(?:did|was|were|do|does|have|had|has|is|are)\s+(?:i|we|you|he|she|they|it|anyone)\b"
)


# A negated verb of saying or thinking before what is said of it: "I wouldn't say it was late",
# "don't think it was dirty", "wouldn't call it late".
_NEGATED_SAYING = re.compile(
    r"(?:n'?t|\bnot|\bnever)\s+(?:really\s+|exactly\s+)?(?:say|think|call|reckon|consider|describe)\b"
    r"(?:\s+(?:that|it|this|they|he|she|the \w+|my \w+))?(?:\s+(?:was|were|is|are|came|arrived|looked|felt|got))?"
    r"(?:\s+(?:very|that|too|particularly|especially|at all|so))?\s*$"
)


def contradicted(question: Any, t: str) -> bool:
    """True when a yes is said beside the plain opposite of what the question asks about ("Sure it
    was, three days late", "Yes, it was late" to "ready when promised?"): asked again."""
    asked = clean(getattr(question, "text", "") or "")
    for words, opposite in ANTONYMS:
        if not re.search(words, asked):
            continue
        for m in re.finditer(rf"\b({opposite})\b", t):
            if not _negated_before(t, m.start(), 3):
                return True
    return False


def antonym_reading(question: Any, t: str) -> str | None:
    """ "yes"/"no" when the answer is only the opposite of what the question asks about, plain or
    negated ("not late at all" to "did it arrive on time?" is yes; "it came late" is no); None
    otherwise. Read back as an inferred answer."""
    asked = clean(getattr(question, "text", "") or "")
    for words, opposite in ANTONYMS:
        if not re.search(words, asked) or re.search(words, t):
            continue
        m = re.search(rf"\b({opposite})\b", t)
        if not m or re.search(r"\b(yes|yeah|yep|yup)\b", t):
            continue
        negated = _negated_before(t, m.start(), 3)
        # A plain "no" beside the opposite agrees with what the caller says of it: "Not late, no"
        # and "No, it wasn't late at all" say it was on time; "No, it came late" that it was not.
        return "yes" if negated else "no"
    return None


# Stronger or other words for what yes/no questions commonly ask about: "spotless" answers "was the
# room clean?" with yes, "not very friendly" the question "were the staff friendly?" with no.
_SYNONYMS = (
    (r"\bclean\b", r"spotless|immaculate|pristine|spick and span|clean as a whistle|sparkling|tidy"),
    # "came in time", "before time" (Indian English: early), "on the dot", "bang on"
    (
        r"\bon time\b|" + BOOKED_TIME_ASKED,
        r"punctual|on the dot|bang on|dead on|in time|before time|on schedule|to the minute",
    ),
    (r"\bfriendly\b", r"lovely|welcoming|polite|courteous|kind|warm|pleasant|nice"),
    (r"\bhelpful\b", r"very useful|a great help|a big help|really useful|useful"),
    (r"\b(easy|easily)\b", r"simple|straightforward|a breeze|no trouble|painless|effortless"),
    (r"\bsafe\b", r"secure"),
    # "Came in under, actually" to "did the project stay within the budget?" (answers blind38)
    (
        r"\b(?:within|under|on) (?:the |your |our |my |their |a |an )?(?:agreed )?budget\b|\bstay(?:ed)? (?:within|under)\b",
        r"(?:came|come|coming) in (?:(?:a bit|a little|just|slightly|well|way) )?under|under budget|below budget|"
        r"less than (?:we|i) (?:agreed|budgeted|planned|expected)",
    ),
    (r"\b(quiet|peaceful)\b", r"silent|calm|peaceful|quiet"),
    (r"\b(comfortable|comfy)\b", r"comfy|cosy|cozy|comfortable"),
    # "He loves it" to "Does your child look forward to the lessons?" (answers blind46): loving it
    (
        r"\b(?:enjoy(?:s|ed)?|like[sd]?|look(?:s|ed)? forward to)\b",
        r"(?:love[sd]?|adore[sd]?) (?:it|them|that|every (?:minute|bit|second))",
    ),
)


def synonym_reading(question: Any, t: str) -> str | None:
    """ "yes"/"no" when the answer is only another word for what the question asks about
    ("spotless" to "was the room clean?" is yes, "not what I'd call welcoming" to "were the staff
    friendly?" no), None otherwise: the question's own word said, or a yes/no word, is the ordinary
    reading's. Read back as an inferred answer."""
    asked = clean(getattr(question, "text", "") or "")
    for words, other in _SYNONYMS:
        if not re.search(words, asked) or re.search(words, t) or _PLAIN.search(t):
            continue
        m = re.search(rf"\b({other})\b", t)
        if not m or re.search(r"\b(but|except|apart from|although|though)\b", t):
            continue
        return "no" if _negated_before(t, m.start(), 4) else "yes"
    return None


# To "were there enough ...?": more than enough said in other words is a yes, wanting more a no.
_ENOUGH_ASKED = re.compile(r"\b(?:enough|sufficient|adequate)\b")
_MORE_THAN_ENOUGH = re.compile(
    r"\b(?:more than enough|plenty|too many|too much|loads|heaps|tons|oodles|ample|abundant|"
    r"more than (?:we|i|anyone|anybody) (?:needed|could use|wanted))\b"
)
_WANTED_MORE = re.compile(
    r"\b(?:could(?: have|'ve| of) (?:done with|used)|(?:we |i )?(?:needed|wanted|would have liked|'d have liked)) "
    r"(?:a (?:few|couple|bit|lot|little|handful|lot) |one or two |some |many |a good deal |way )?more\b|"
    r"\btoo few\b|\bnowhere near enough\b|\bnot nearly enough\b|\bthey ran out\b|\bshould have (?:been|had) more\b"
)


def enough_reading(question: Any, t: str) -> str | None:
    """To a question whether there was enough of something ("Were there enough water stations?"):
    "yes" for more than enough said in other words ("more than enough", "plenty", "too many if
    anything"), "no" for wanting more ("could have done with a few more", "too few"); None when
    neither, both, a yes or no the ordinary reading finds, a negation before it or a contrast is said.
    Read back."""
    if not _ENOUGH_ASKED.search(clean(getattr(question, "text", "") or "")) or reading(t)[0] is not None:
        return None  # "Aye, loads of them", "Not really, they ran out": the ordinary reading's
    more, fewer = _MORE_THAN_ENOUGH.search(t), _WANTED_MORE.search(t)
    if bool(more) == bool(fewer) or re.search(r"\b(?:but|except|apart from|although|though)\b", t):
        return None
    if more and _negated_before(t, more.start(), 3):
        return None  # "not plenty", "wasn't too many": unclear
    return "yes" if more else "no"


def yes_no(text: str) -> str | None:
    """``"yes"``, ``"no"`` or None (neither, or both: "yes and no")."""
    return reading(text)[0]


# Words a reply to a read-back may hold beside its yes: assent, fillers and politeness ("yeah,
# that's right, thanks", "you got it", "spot on mate"). Closed-class words only; anything else
# ("definitely staff", "yes by phone") means the reply may answer something else.
_CONFIRM_WORDS = frozenset(
    """yes yeah yep yup ya yea yah aye sure absolutely definitely of course correct that that's thats
    this it it's its is was right certainly indeed i i'm did do does am have has they we affirmative
    totally uh huh um umm er erm hm hmm mm mhm mmhmm okay ok alright all go ahead fine please yessir
    exactly spot on hundred percent a the what said say you you've got heard me well so oh thanks
    thank cheers ta bet means true sounds good perfect great precisely bingo thing one mate love dear
    sir ma'am madam just be would bang dead agreed agree confirm confirmed""".split()
)


def confirmation(text: str) -> str | None:
    """ "yes", "no" or None for a caller's reply to a read-back ("I heard seven, is that right?").

    Stricter than :func:`yes_no` on a yes: it counts only when nothing but assent, fillers and
    politeness is said beside it ("yeah that's right, thanks"). "Definitely staff" or "yes by phone"
    (on a phone line, often the answer to another question heard in the read-back's place) gives
    None, so the read-back is asked again instead of confirming a value the caller may not have
    heard. A no keeps the ordinary reading: a no never stores anything. Pure function.
    """
    text = emoji_words(text or "")
    value = yes_no(text)
    if value != "yes":
        return value
    words = re.findall(r"[a-z']+|\d+", clean(text))
    return "yes" if all(w.strip("'") in _CONFIRM_WORDS for w in words) else None


_PLAIN = re.compile(r"\b(yes|yeah|yep|yup|no|nope|nah)\b")
_QUESTION_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:oh|um+|uh+|well|wait|so|but|and|hmm+)[,\s]+)*"
    r"(?:is|was|were|are|do|does|did|should|shall|will|would|can|could|has|have|had|how|what|when|why|where|who)\b"
    r"[^.!?]*\?"
)
_OTHER_PERSON = (
    r"(?:(?:my|our) (?:\w+ ){0,2}?(?:son|daughter|wife|husband|partner|mum|mom|dad|father|mother|brother|sister|"
    r"friend|boss|colleague|assistant|neighbou?r|kids?|family|roommate|flatmate|missus|hubby|other half)|"
    # "the wife picked it up", "the missus": the caller's household said with "the"
    r"the (?:wife|missus|husband|hubby|other half|better half|kids|boss))"
)
_HANDLED = re.compile(
    rf"\b{_OTHER_PERSON} (?:handled|handles|took care of|takes care of|dealt with|deals with|sorted|sorts|"
    r"organi[sz]ed|arranged|did|does|was there for|went in for|spoke to them|talked to them|picked|collected|"
    r"fetched|took|dropped) "
    r"(?:it|that|this|all of it|all that|everything|the whole thing|all the talking|the \w+)(?: up| in| off)?\b"
)


def unanswered(t: str) -> str | None:
    """Why a yes/no reading of ``t`` (cleaned) would not answer the question, or None:

    - ``question``: a sentence of the turn asks the agent something and no plain yes or no word is
      said ("Was it supposed to come Tuesday? I never got a date." is not a no);
    - ``someone_else``: another person dealt with it and no plain yes or no word is said ("I didn't
      talk to anyone, my son handled all of it": the caller cannot say, a don't-know); when the
      rest still reads as yes or no ("my wife did everything, they explained it to her fine I
      think"), ``unclear``: asked again rather than coded or guessed."""
    if _PLAIN.search(t):
        return None
    if _QUESTION_SENTENCE.search(t):
        return "question"
    handled = _HANDLED.search(t)
    if handled:
        # What is left besides who dealt with it and the caller's own absence ("I didn't talk to
        # anyone"): a yes or no reading there ("she said it came on time") is asked again.
        rest = _OWN_ABSENCE.sub(" ", t[: handled.start()] + " " + t[handled.end() :])
        return "unclear" if reading(rest)[0] is not None else "someone_else"
    return None


_OWN_ABSENCE = re.compile(
    r"\bi (?:didn'?t|did not|never|wasn'?t|was not|haven'?t|have not) (?:really )?"
    r"(?:talk|speak|spoke|deal|go|see|meet|get|handle|pick|there|home|involved|call|phone)\w*"
    r"(?: (?:to|with) (?:anyone|anybody|them|him|her|the \w+))?(?: in| up)?\b"
)


# A question whose yes is a problem ("Did anything arrive broken?", "Any problems with the
# install?"): there "fine" or "all good" says no, never yes.
_PROBLEM_QUESTION = re.compile(
    r"\b(any|anything|something|were there|was there|did you (have|experience|notice|run into|hit)|have you had)\b"
    r"[^?]*\b(broken|damaged|lost|missing|wrong|problems?|issues?|complaints?|trouble|faults?|faulty|errors?|"
    r"scratched|dented|stolen|hurt|injured)\b"
)
_ALL_FINE = re.compile(
    r"^\W*(?:(?:it|that|everything|all|things|it all|all of it)(?:'s| was| is| were| arrived| came)? )?"
    r"(?:all |just |perfectly |absolutely )?(fine|good|ok|okay|perfect|great|grand|sound|spot on|intact|in one piece|"
    r"no worries|all good|all fine|"
    + FAULTLESS
    + r")\b[^,.;!?]*[,.;!?]*\s*(?:(?:nothing|no one|nobody|none) \w+\W*)?$|"
    # "Nothing, thank god", "Thankfully not", "None at all": nothing was
    r"^\W*(?:nothing|none|not a thing|(?:thankfully|luckily|fortunately|happily) not|thank (?:god|goodness),? no)"
    r"(?: at all)?\W*(?:(?:thank (?:god|goodness|heavens)|thankfully|luckily|phew)\W*)?$"
)


def all_fine_reading(question: Any, t: str) -> str | None:
    """``no`` when ``t`` (cleaned) only says all was fine to a question whose yes is a problem
    ("Fine." or "All good, nothing broken" to "Did anything arrive broken?"), else None. Read back:
    "fine" is also how callers agree ("fine, go ahead"), which is a yes elsewhere."""
    asked = clean(getattr(question, "text", "") or "")
    if not _PROBLEM_QUESTION.search(asked) or _PLAIN.search(t):
        return None
    return "no" if _ALL_FINE.match(t) else None


# A question whose yes is a good state ("Is everything working properly?", "Was the room clean?").
_GOOD_STATE_QUESTION = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|has|have)\b[^?]*\b(?:work|works|working|worked|properly|sturdy|solid|clean|"
    r"tidy|safe|secure|comfortable|happy|satisfied|pleased|good|fine|okay|ok|correct|accurate|helpful|friendly|polite|"
    r"in good (?:condition|order|shape|nick)|as (?:expected|described|promised|you expected)|suitable)\b"
)
_GOOD_STATE_BURDEN = re.compile(
    r"\b(?:wait|waited|queue|late|delay\w*|problems?|issues?|trouble|complain\w*|broken|damaged?|lost|missing|wrong|"
    r"cancel\w*|extra|charged?|fees?|hurt|injur\w*|fault\w*|errors?|dirty|rude|noisy|anything|any)\b"
)
_ALL_GOOD = re.compile(
    r"^\W*(?:(?:oh|yeah|well)\W+)?(?:(?:it|that|everything|all|things|it all|all of it)(?:'s| is| was| are| were)? )?"
    r"(?:all |just |perfectly |absolutely |really |all really )?(?:fine|good|perfect|great|grand|sound|spot on|brilliant|"
    r"excellent|lovely|all good|all fine|all grand|tip-?top|champion|"
    + FAULTLESS
    + r")\W*(?:(?:thanks|thank you|cheers|ta)\W*)?$"
)


def all_good_reading(question: Any, t: str) -> str | None:
    """``yes`` when ``t`` (cleaned) only says all is good ("Everything's grand, thanks", "All
    good.") to a question whose yes is that good state ("Is everything working properly?") and
    that asks after no burden or fault, else None. Read back (answers blind21)."""
    asked = clean(getattr(question, "text", "") or "")
    if not _GOOD_STATE_QUESTION.search(asked) or _GOOD_STATE_BURDEN.search(asked) or _PROBLEM_QUESTION.search(asked):
        return None
    return "yes" if _ALL_GOOD.match(t) else None


# An exception to the answer: "always on time. Except the two times they didn't show up", "No, apart
# from the one box": the answer is not what its first words say.
_EXCEPTION = re.compile(
    r"(?:^|[,.;!?-]\s*|\s)(?:except|excepting|apart from|other than|aside from|but for|save for|bar|barring)\b"
    r"(?!\s+(?:that|for that|which)\b)\s*\w"
)


def with_exception(text: str) -> bool:
    """True when a yes/no answer carries an exception clause ("Always bang on time. Except the two
    times they didn't show up at all", "No problems, apart from one late box"): asked again, since
    the exception may be the very thing asked about."""
    return bool(_EXCEPTION.search(clean(text)))


# A second thought after a plain yes or no in an earlier sentence: "Yes. Hmm, well, no, I'm moving";
# or after an editing term of self-repair (Levelt 1983: "wait", "hang on", "sorry") in any later
# clause: "Yes. Oh wait, no.", "Yes, fixed. Oh wait, no, he came back on the Friday", "Sure, sure,
# oh wait, no, we're doing the other camp" (answers blind30, blind33, blind34: the repair counts).
_RECONSIDERED = re.compile(
    r"^\W*(?:yes|yeah|yep|no|nope|nah|sure|of course)\b.*?(?:[.!?;]\s*(?:(?:hmm+|um+|uh+|er+|erm|oh)[,.]?\s+)*"
    r"(?:well|actually|on reflection|thinking about it|come to think of it)|"
    r"[,.!?;]\s*(?:(?:hmm+|um+|uh+|er+|erm|oh|ah)[,.]?\s+)*(?:wait|hang on|hold on|sorry))[,.]?\s+"
    r"(?P<word>no|nope|nah|yes|yeah|yep)\b(?=\s*[,.!;]|\s*$)"
)


def reconsidered(text: str) -> int | None:
    """Offset in ``clean(text)`` of the yes or no said on second thoughts after a first plain
    answer ("Yes. Hmm, well, no, I'm moving in January" → the "no"), or None."""
    m = _RECONSIDERED.search(clean(text))
    return m.start("word") if m else None
