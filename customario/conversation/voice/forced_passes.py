"""The second, forced passes of the recogniser (issue 11): a read-back reply's yes/no grammar, a
closed question's grammar of its own short answers, and an open question's model of the short
replies that say nothing more (:func:`open_forms`), with the tests that decide when a first pass
heard too little to stand (:func:`read_back_unclear`, :func:`answer_unclear`) and when the open
question's second reading may replace the first (:func:`open_form`). Used by ``_sphinx``.
"""

from __future__ import annotations

import re
from typing import Any

from customario.conversation.voice.phrase_words import (
    _MAX_SPELLED,
    CONTROL,
    DONT_KNOW,
    FILLERS,
    GARBAGE,
    NO,
    REFUSED,
    YES,
    label_parts,
    occasion_forms,
    week_forms,
)
from customario.dialogue.spoken import number_words


# The forced-choice grammar of a read-back's second pass (:func:`read_back_grammar`): the forms a
# caller confirms or denies with, each a complete path (no partial match counts).
READ_BACK_YES = (
    "yes",
    "yeah",
    "yep",
    "sure",
    "correct",
    "right",
    "that's right",
    "yes that's right",
    "that's correct",
    "yes it is",
    "absolutely",
    "of course",
)
READ_BACK_NO = (
    "no",
    "nope",
    "not really",
    "no that's wrong",
    "that's wrong",
    "no it isn't",
    "no it's not",
    "wrong",
    "not at all",
    "no that's not right",
)
_READ_BACK_LEAD = ("uh", "um", "oh", "well")
# The optional filler before a forced answer or yes/no (:func:`forced_grammar`,
# :func:`read_back_grammar`): none. With "uh", "um", "oh", "well" allowed, "oh" took the start of
# "four" and of "no": of 20 read-back noes (3 caller variants x 12 seeds) that reached the forced
# pass (4 December 2026), the pass found a complete no in 5 with the fillers and in 14 without;
# either way no no became a yes, and the 2 yeses that reached it stayed yeses.
FORCED_LEAD: tuple[str, ...] = ()


def read_back_grammar() -> str:
    """JSGF for the second pass of a read-back reply: one yes or no form of :data:`READ_BACK_YES` /
    :data:`READ_BACK_NO` (after :data:`FORCED_LEAD`). No garbage path: pocketsphinx's FSG search
    with a word loop took 10-40 s per utterance; the first pass (the read-back language model,
    which has one) decides when this pass may run, see :func:`read_back_unclear`."""
    forms = " | ".join((*READ_BACK_YES, *READ_BACK_NO))
    lead = f"[{' | '.join(FORCED_LEAD)}] " if FORCED_LEAD else ""
    return f"#JSGF V1.0;\ngrammar readback;\npublic <reply> = {lead}({forms});\n"


def read_back_form(hypothesis: str) -> str | None:
    """The yes/no form a forced-choice hypothesis spells out completely (filler dropped), or None
    (a partial path such as "of" for "of course" is no answer)."""
    words = [w for w in hypothesis.split() if w not in _READ_BACK_LEAD]
    text = " ".join(words)
    return text if text in READ_BACK_YES or text in READ_BACK_NO else None


def read_back_unclear(transcript: str) -> bool:
    """True when the first pass over a read-back reply heard at most one word and that word means
    nothing there: no yes or no, no number, no call-control word ("repeat", "stop"). Through the
    telephone band a caller's "yes" comes out as "their" or "they" (issue 11); only then does the
    recogniser try the forced yes/no grammar. Allowing two words as well gained 2 % of right
    replies and let 4 % more off-topic replies ("who is this") through as a yes. A lone "again" is
    a call-control word: the forced pass heard a caller's "again?" as a yes in most tries, so the
    dialogue says the read-back once more instead (``survey_readback.HEARD_AGAIN``)."""
    from customario.dialogue.answers import yes_no

    words = transcript.split()
    if len(words) > 1 or (words and yes_no(transcript)):
        return False
    return not any(w in _MEANINGFUL_AT_READ_BACK for w in words)


# Questions whose answers are a short closed list the forced answer pass can hold (see
# :func:`forced_answers`): a number question only when its range is spelled out in full.
_FORCED_TYPES = ("nps", "scale", "yes_no", "single_choice", "multi_choice", "number")
# Words that carry no answer: a first pass that heard only these (and at most two of them) is
# unclear. "i", "you" and "all" are what a lone "five", "nine" or "four" came out as through the
# telephone band (blind18 voice sample, 4 December 2026).
_EMPTY_WORDS = frozenset({"i", "i'd", "i'm", "i'll", "you", "your", "of", "to", "on", "in", "it", "me", "that's"})


def forced_answers(question: Any) -> list[str] | None:
    """The complete short answers of a closed ``question`` for the forced answer pass
    (``_sphinx.decode``'s ``forced``): the numbers of an ``nps``/``scale`` range or of a ``number``
    range spelled out in full (:data:`_MAX_SPELLED`), the yes and no forms of :data:`READ_BACK_YES`
    / :data:`READ_BACK_NO` for ``yes_no``, each choice's label, synonyms and shorter names for a
    choice question. ``None`` for other questions (dates, open, wide number ranges). Lower case,
    de-duplicated, only phrases of one to four words."""
    t = getattr(question, "type", None)
    if t not in _FORCED_TYPES:
        return None
    if t == "yes_no":
        return [*READ_BACK_YES, *READ_BACK_NO]
    if t in ("single_choice", "multi_choice"):
        out = []
        for choice in question.choices:
            out += [choice.label.lower(), *(s.lower() for s in choice.synonyms), *label_parts(choice.label)]
    else:
        lo, hi = question.bounds
        lo = int(lo) if lo is not None else 0
        hi = int(hi) if hi is not None else (10 if t != "number" else 100)
        if hi - lo > _MAX_SPELLED or lo < 0:
            return None
        out = [number_words(n) for n in range(lo, hi + 1)] + occasion_forms(question) + week_forms(question)
    out = [" ".join(re.sub(r"[^a-z' ]", " ", p).split()) for p in out]
    return list(dict.fromkeys(p for p in out if p and len(p.split()) <= 4)) or None


# A "don't know" or refusal in the forced answer grammar's shortest forms (:func:`forced_codes`).
# Without them a grammar of numbers picks a number for any short reply the first pass lost: through
# the telephone band "Skip that." came out of it as "five" or "ten" and was read back as a rating on
# both phone rows of the answers blind27 voice sample (5 December 2026). A code taken from the pass
# is heard at ``_sphinx.FORCED_ANSWER_CONFIDENCE``, below the policy's unsure-code floor: asked
# again, and read back only when heard again (``survey_readback._unsure_code``).
#
# Besides those first five of each, every don't-know and refusal of the parser's own lists
# (:data:`DONT_KNOW`, :data:`REFUSED`) said in at most two words, because the pass runs only on an
# utterance the first pass heard as at most two words (:func:`answer_unclear`): with only the five,
# a short code that is none of them took the nearest of the others, "I'll pass." came out as
# "i don't know" and was read back as a don't-know, and "Next question." as a "no" or a number
# (answers voice samples of blind27, blind28 and blind29, both phone rows, 5 December 2026).
_FIRST_DONT_KNOW = ("i don't know", "don't know", "no idea", "not sure", "hard to say")
_FIRST_REFUSED = ("skip", "skip that", "pass", "no comment", "rather not say")
FORCED_DONT_KNOW = tuple(dict.fromkeys((*_FIRST_DONT_KNOW, *(p for p in DONT_KNOW if len(p.split()) <= 2))))
FORCED_REFUSED = tuple(dict.fromkeys((*_FIRST_REFUSED, *(p for p in REFUSED if len(p.split()) <= 2))))


def forced_codes(question: Any) -> list[str]:
    """The code forms the forced answer pass of ``question`` may pick besides its answers
    (:data:`FORCED_DONT_KNOW` when it allows a don't-know, :data:`FORCED_REFUSED` when it allows
    a refusal); [] for a question without a forced pass (:func:`forced_answers` None)."""
    if forced_answers(question) is None:
        return []
    out = [*FORCED_DONT_KNOW] if getattr(question, "allow_dont_know", True) else []
    return out + ([*FORCED_REFUSED] if getattr(question, "allow_refused", True) else [])


def forced_grammar(forms: list[str] | tuple[str, ...]) -> str:
    """JSGF for the forced answer pass: one of ``forms`` (after :data:`FORCED_LEAD`). No garbage path, for the reason given in :func:`read_back_grammar`."""
    lead = f"[{' | '.join(FORCED_LEAD)}] " if FORCED_LEAD else ""
    return f"#JSGF V1.0;\ngrammar answer;\npublic <reply> = {lead}({' | '.join(forms)});\n"


def forced_form(hypothesis: str, forms: list[str] | tuple[str, ...]) -> str | None:
    """The answer form a forced-pass hypothesis spells out completely (filler dropped), or None."""
    text = " ".join(w for w in hypothesis.split() if w not in FORCED_LEAD)
    return text if text in forms else None


def answer_unclear(transcript: str, forms: list[str] | tuple[str, ...]) -> bool:
    """True when the first pass over a spoken answer to a closed question heard nothing, or at most
    two words none of which means anything there: no word of an answer form (``forms``, see
    :func:`forced_answers`), no number, yes, no or call-control word, no whole don't-know or
    refusal phrase ("clue" alone is none), only fillers and everyday words ("i", "you", "all", "water"). Through the telephone band a lone "five" came
    out as "i", "four" as "all", "one" as "water" (issue 11); only then does the recogniser try the
    forced answer grammar, whose reading is always read back (``_sphinx.FORCED_ANSWER_CONFIDENCE``)."""
    words = transcript.split()
    if len(words) > 2:
        return False
    codes = {*FORCED_DONT_KNOW, *FORCED_REFUSED}
    said = {w for f in forms if f not in codes for w in f.split()}
    if any(w in said or w in _MEANINGFUL_IN_ANSWER for w in words):
        return False
    padded = f" {' '.join(words)} "
    return not any(f" {p} " in padded for p in (*DONT_KNOW, *REFUSED))


def _meaningful_at_read_back() -> frozenset[str]:
    numbers = {w for n in range(0, 101) for w in number_words(n).split()}
    control = {w for p in CONTROL for w in p.split()} - set(GARBAGE) - set(FILLERS)
    return frozenset(numbers | control)


_MEANINGFUL_AT_READ_BACK = _meaningful_at_read_back()
_MEANINGFUL_IN_ANSWER = _MEANINGFUL_AT_READ_BACK | (
    frozenset(w for p in (*YES, *NO) for w in p.split()) - set(GARBAGE) - set(FILLERS) - _EMPTY_WORDS
)


# Short replies to an open question ("Anything else you'd like to tell us?") that add nothing: the
# caller has nothing more to say. Said through the telephone band, the open-vocabulary model gets
# them wrong ("Not really, no." came out as "what really though" and "probably a little", answers
# blind61 voice sample, gb-f3-170 and us-f4-140 phone bands, 7 December 2026), and the read-back of
# those words is denied.
NOTHING_MORE = (
    "no",
    "nope",
    "not really",
    "no not really",
    "not really no",
    "nothing",
    "nothing really",
    "nothing else",
    "nothing more",
    "nothing to add",
    "no nothing",
    "no nothing else",
    "nothing thanks",
    "no thanks",
    "no thank you",
    "that's all",
    "that's it",
    "that's everything",
    "no that's all",
    "no that's it",
    "no that's everything",
    "i think that's it",
    "i think that's everything",
    "all good",
    "no all good",
    "nope all good",
    "no complaints",
    "not a thing",
    "i'm good",
    "no i'm good",
    "not that i can think of",
)
# The same reply built from its grammar (issue 11): a head that declines (:data:`_NOTHING_HEADS`,
# or none) x a closing that says the caller is done (:data:`_NOTHING_CLOSINGS`) x a word of thanks
# after it (:data:`_NOTHING_THANKS`, or none). Callers close an open question so far more often
# than with the fixed forms above: of the 762 spoken ``open_any`` answers of the development answer
# corpora only 32 were one of them, and "nope, that's all", "nah, I'm good", "no, that's it,
# thanks", "no, that's everything, thank you" were among the commonest of the rest. Without the
# form the second pass gave "no that's all" for "Nope, that's all." (answers blind74 voice sample,
# us-m3-150 and us-f4-140 phone), which the caller did not say and denied at the read-back. Each
# form is stored by the parser as the caller's words (an open answer), none is an opt-out.
_NOTHING_HEADS = ("no", "nope", "nah", "not really")
_NOTHING_CLOSINGS = ("that's all", "that's it", "that's everything", "all good", "i'm good", "nothing else")
_NOTHING_THANKS = ("thanks", "thank you", "cheers")


def _nothing_more_built() -> tuple[str, ...]:
    closings = [*_NOTHING_CLOSINGS, *(f"{h} {c}" for h in _NOTHING_HEADS for c in _NOTHING_CLOSINGS)]
    return tuple(dict.fromkeys([*closings, *(f"{c} {t}" for c in closings for t in _NOTHING_THANKS)]))


NOTHING_MORE_BUILT = _nothing_more_built()
# Words a form of the open second pass shares with the open model's transcript for the two passes
# to agree (:func:`open_form`); these carry nothing by themselves.
_SLIGHT_WORDS = frozenset(
    """a an the and or but so that this it its of to in on at by for with from is was are be i
    you he she we they me my your i'm i'd i'll that's it's do don't not no""".split()
)


def open_forms(question: Any) -> list[str]:
    """The forms of an open ``question``'s second recognition pass (``_sphinx.decode``'s
    ``forced`` with the open model): :data:`NOTHING_MORE` and :data:`NOTHING_MORE_BUILT`, the short don't-knows and refusals of
    :data:`FORCED_DONT_KNOW` / :data:`FORCED_REFUSED` the question allows. Lower case, stable
    order. Opt-outs are not among them: a second pass that turned a comment into "don't call me"
    (a trial of stop 52: 1 of 4 comments) must never reach the opt-out question."""
    out = [*NOTHING_MORE, *NOTHING_MORE_BUILT]
    if getattr(question, "allow_dont_know", True):
        out += FORCED_DONT_KNOW
    if getattr(question, "allow_refused", True):
        out += FORCED_REFUSED
    return list(dict.fromkeys(out))


def open_form(hypothesis: str, forms: list[str] | tuple[str, ...], first: str) -> str | None:
    """The form of ``forms`` (:func:`open_forms`) that the open question's second pass heard as a
    whole (``hypothesis``, or it without the fillers of :data:`FILLERS`), when the open model's transcript ``first`` holds a
    word of it that carries meaning (not in :data:`_SLIGHT_WORDS`); else None.

    Both conditions are needed because the second pass is a language model of only these forms:
    fed a comment, it strings their words together ("please don't call really i me off the"), and
    a whole form out of it alone is chance. Two recognisers that agree on a word are not."""
    words = [w for w in hypothesis.split() if not w.startswith(("<", "[", "++"))]
    text = " ".join(words)
    if text not in forms:
        text = " ".join(w for w in words if w not in FILLERS)
        if text not in forms:
            return None
    said = set(first.split())
    return text if any(w in said for w in text.split() if w not in _SLIGHT_WORDS) else None
