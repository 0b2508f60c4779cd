"""Past events told of other people and news asked about, set aside before a caller's line is read
(issue 11; s47urg, from the normal lines of urgency blind39 to blind44 that the rules raised, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_s47urg.py``).

The corpora's brief (section 4, "past events, things that happened to someone else") counts these
``normal``: the caller reports no harm of his or her own and nothing happening now. Two classes:

- **a past event of another person, asked after**: someone who is not the caller's own ("someone", "a
  man", "the old boy at the lake", "one of your lads") had a fall, a fit or a faint at a past time
  ("last week", "on Saturday", "last time you moved us"), and the caller asks after them ("is she
  alright?", "I hope he's okay now"). The sentences that tell the event and the question are set
  aside; a sign said to be going on now ("still", "right now") keeps them;
- **news asked about**: "did you hear about the fire at the chip shop?", "was there a fire at the
  hostel last week? I saw something on the local news": an event known from the news or from others,
  asked about. The sentence that asks is set aside.

:func:`set_aside` takes the normalised, lower-case line and returns it with those sentences removed,
or unchanged.
"""

from __future__ import annotations

import re

_OTHER = re.compile(
    r"\b(someone|somebody|some (man|woman|lady|bloke|guy|girl|boy|lad|kid)|a (man|woman|lady|gent|gentleman|girl|boy|lad|kid|child|chap|"
    r"bloke|fella|guy|person|customer|member|swimmer|climber|runner|player|rider|punter|diver|dancer|walker)|the (old|young|elderly) "
    r"(boy|man|lady|woman|chap|fella|guy|gent|gentleman|lad)|one of (your|the) \w+|your (instructor|lifeguard|driver|porter|teacher|coach|guide))\b"
)
_PAST = re.compile(
    r"\b(last (week|night|month|time|year|weekend|(mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|the other (day|night|week)|"
    r"on (mon|tues|wednes|thurs|fri|satur|sun)day|at the weekend|over the weekend|(a few|two|three|four|five|several|some) (days|weeks) ago|"
    r"a (week|fortnight|month) ago)\b"
)
_ASKED_AFTER = re.compile(
    r"\b(is|was) (he|she|they|the \w+)( \w+)? (alright|all right|ok|okay|doing (ok|okay|alright|well|better)|recovering|better|on the mend)\b(?! to\b)"
    r"|\bhow('s| is| are) (he|she|they) (doing|getting on|now)\b|\b(do you know|any news|any word|any update) (if|whether|how) (he|she|they)\b"
    r"|\bhope (he|she|they)('s| is|'re| are) (alright|all right|ok|okay|doing (ok|okay|alright|well|better)|recovering|better|on the mend)\b"
)
_GOING_ON = re.compile(r"\b(still|right now|at the moment|as we speak|just now|now (he|she|they)('s| is|'re| are))\b")
_NEWS = re.compile(
    r"\b(did you hear|have you heard|you heard|did you see|i heard|i read) about\b"
    r"|\bwas there (a|an) \w+[^.!?]*\b(last|yesterday|on (mon|tues|wednes|thurs|fri|satur|sun)day|the other)\b[^.!?]*\?"
)
_SAW_NEWS = re.compile(
    r"\b(saw|seen|read|heard) (something|it|that|about it|a bit)( \w+){0,3} (on|in) the (local )?(news|paper|papers)\b"
)


def _sentences(t: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]


def set_aside(t: str) -> str:
    """``t`` without the sentences of a past event of another person asked after, or of news asked
    about (see the module docstring); unchanged when neither is told."""
    parts = _sentences(t)
    if (
        _OTHER.search(t)
        and _PAST.search(t)
        and _ASKED_AFTER.search(t)
        and not any(_GOING_ON.search(s) for s in parts if not _ASKED_AFTER.search(s))
    ):
        kept = [s for s in parts if not (_PAST.search(s) or _ASKED_AFTER.search(s) or _OTHER.search(s))]
        return " ".join(kept)
    if any(_NEWS.search(s) and s.rstrip().endswith("?") for s in parts):
        return " ".join(s for s in parts if not (_NEWS.search(s) or _SAW_NEWS.search(s)))
    return t
