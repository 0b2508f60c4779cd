"""Sarcastic answers to yes/no questions that say no by scoffing (issue 11; answers blind16,
blind21, blind24):

- the question echoed back, then a scoff: "Walk him every day? Ha!", "On time? Him? Pfft.",
  "Tidy? You're joking. Hair everywhere.";
- a yes taken back by a lone "not" after it: "Oh sure, they were lovely. Not.", or by a sentence of
  disbelief ("Aye, right. Tidy. That'll be the day.", "Oh yes, he'll ring. When pigs fly.");
- a yes followed by asking after the very thing asked about: "Oh sure, the shuttle. What shuttle?";
- a yes answered by a bare "no" as the last sentence: "Oh yeah, because video calls are such fun. No.";
- a yes with its meaning turned: "Oh yes, on time. If by on time you mean a week late.", or
  concluded the other way: "Oh sure, I'll renew, right after they fix the lifts. So never.";

The echo and scoff only to a question whose yes is a good thing ("Was the room tidy?"): to "Did
you have to wait?" "Wait? Ha! Two hours." mocks the other way. Each is a no only when nothing after the scoff says yes ("Ha, yes, every time!" is a laughing yes,
left to the ordinary rules); the no is read back (``inferred``). Pure functions on cleaned text,
used by :func:`customario.dialogue.answers.normalise`; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import sentiment
from customario.dialogue.spoken import clean

_STOP = frozenset(
    "a an the i you we it is was were did do does to of in on at for my your our me us he she they his her "
    "their them him that this any there be been have has had".split()
)
# A scoff said as a clause of its own.
_SCOFF = re.compile(
    r"^(?:ha+|hah|ha ha|haha+|hahaha+|pfft+|pff+|pshh*|tsk|yeah,? right|as if|you'?re (?:joking|kidding)|"
    r"you (?:are|must be|have got to be|gotta be) (?:joking|kidding)|you'?ve got to be (?:joking|kidding)|"
    r"don'?t make me laugh|not likely|fat chance|in (?:his|her|their|your) dreams|dream on|i wish|chance would be "
    r"a fine thing|are you (?:joking|kidding|serious)|seriously|give me a break|get real|not a chance)$"
)
_YES_AFTER = re.compile(r"\b(?:yes|yeah|yep|yup|aye|of course|definitely|absolutely|always|every time)\b")
# A sarcastic yes opening: "Oh sure", "Oh yes", "Yeah sure", "Oh absolutely".
_MOCK_YES = re.compile(
    r"^\W*(?:oh,? )?(?:sure|yes|yeah|yep|yup|aye|ja|absolutely|definitely|totally|of course|right)"
    r"(?:,? (?:sure|of course|totally))?\b"
)
# A yes mocked by what the caller says they would never do, as a counterfactual: "Oh sure, like I'd
# let a stranger drive my cat around", "Yeah, as if we would ever pay for that", "As if I'd bother".
_AS_IF_I_WOULD = re.compile(
    r"^\W*(?:(?:oh,? )?(?:sure|yes|yeah|yep|absolutely|totally|of course|right)\W+(?:like|as if)|as if) "
    r"(?:i|we|he|she|they|anyone|anybody)(?:'d| would)(?: ever)? (?!not\b|have\b|(?:"
    + "|".join(
        # a counterfactual of a failing is a yes ("As if I'd forget", "like I'd miss it"): not read here
        "forget|forgot|miss|skip|refuse|fail|pass|turn|say no|lose|ignore|decline|neglect|leave|quit|cancel|stop|"
        "give up|pass up|let (?:it|that|them) slip|mind|object|complain".split("|")
    )
    + r")\b)[a-z]+"
)


# A sentence of its own that says the thing will never be or was not ("That'll be the day", "When
# pigs fly", "In your dreams", "My foot"): after a mock yes it makes the yes a no.
_DISBELIEF = re.compile(
    r"(?:and )?(?:that'?ll|that will|that would|that'?d) be the day|(?:and )?(?:when|the day) pigs (?:fly|might fly|can fly)|"
    r"(?:and )?pigs might fly|in (?:your|his|her|their|my) dreams|dream on|(?:yeah|aye),? right|as if|my foot|"
    r"not in (?:this|a) lifetime|not in a million years|i don'?t think so|like hell|fat chance|not likely"
)


# A question whose yes is a burden or a fault ("Did you have to wait?", "Was anything damaged?"):
# there a scoff may mock the question's hope the other way ("Wait? Ha! Two hours."), so none is read.
_BURDEN = re.compile(
    r"\b(?:wait|waited|waiting|queue|queued|late|delay|delayed|problems?|issues?|trouble|complain\w*|broken|broke|"
    r"damaged?|lost|missing|wrong|cancel\w*|extra|charged?|fees?|hurt|injur\w*|fault\w*|errors?|stuck|noisy|dirty|"
    r"rude|crowded|busy|difficult|hard|struggle\w*|worse|worried|pain\w*|mess\w*|fail\w*|leak\w*)\b"
)


# A mock yes undone by the condition it closes with, a thing that would have to be so for the yes to
# hold: "..., if the glove was three sizes too big", "..., if you count two hours late as on time".
_IF_UNDERCUT = re.compile(
    r",\s*if (?:the|a|an|your|you|by|that|three|two|four|an hour|hours) [^,.;!?]*\b(?:was|were|counts?|mean|call|is)\b"
    r"[^,.;!?]*[.!]*\s*$"
)


def _hopeful(question: Any) -> bool:
    """True when the yes of ``question`` is a good thing (no burden word, VADER compound above -0.25)."""
    asked = clean(getattr(question, "text", "") or "")
    return not _BURDEN.search(asked) and sentiment.compound(asked) > -0.25


def _content(text: str) -> set[str]:
    """The content words of ``text`` (lower case, without the commonest function words)."""
    return {w for w in re.findall(r"[a-z']+", text) if w not in _STOP and len(w) > 2}


def _echoes(question: Any, said: str) -> bool:
    """True when ``said`` repeats words of the question's text (most of its own content words)."""
    words = _content(said)
    asked = _content(clean(getattr(question, "text", "") or ""))
    return bool(words) and len(words & asked) >= max(1, 0.6 * len(words))


def _asked_stems(question: Any) -> set[str]:
    asked = _content(clean(getattr(question, "text", "") or ""))
    return asked | {w[:-1] for w in asked if w.endswith("s")} | {w + "s" for w in asked}


def _not_yes(after: str) -> bool:
    """True when the words ``after`` a scoff hold no yes word and nothing pleased (VADER compound
    below 0.05): "Hair everywhere" leaves the scoff a no, "It was spotless" makes it a laugh."""
    return not _YES_AFTER.search(after) and sentiment.compound(after) < 0.05


def scoffed(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned), to the yes/no ``question`` (a definitions.Question), is a
    sarcastic no by one of the shapes in the module docstring, with no yes after the scoff."""
    if getattr(question, "type", None) != "yes_no":
        return False
    sentences = [s.strip() for s in re.findall(r"[^.!?]+[.!?]*", t) if s.strip()]
    echoed = len(sentences) >= 2 and sentences[0].endswith("?") and _echoes(question, sentences[0].rstrip("?"))
    if echoed and _hopeful(question):
        # "Walk him every day? Ha!", "Finish it? That lad? Ha."; other short questions may follow
        rest = sentences[1:]
        while rest and rest[0].endswith("?") and len(rest[0].split()) <= 3 and not _SCOFF.match(rest[0].strip(" ?!.")):
            rest = rest[1:]
        after = " ".join(rest[1:])
        if rest and _SCOFF.match(rest[0].strip(" ?!.,").replace(",", "")) and _not_yes(after):
            return True
    if _AS_IF_I_WOULD.match(t):
        return True  # "Oh sure, like I'd let a stranger drive my cat around", "As if we'd ever go"
    if not _MOCK_YES.match(t):
        return False
    later = sentences[1:] if len(sentences) > 1 else []
    nots = [i for i, s in enumerate(later) if re.fullmatch(r"not[.!]*", s)]
    if nots and _not_yes(" ".join(later[nots[0] + 1 :])):
        return True  # "Oh sure, they were lovely. Not."
    if later and re.fullmatch(r"(?:no|nope|nah)(?:,? (?:thanks|thank you|sorry))?[.!]*", later[-1]):
        return True  # "Oh yeah, because a laptop speaker sounds just like a grand piano. No."
    doubts = [i for i, s in enumerate(later) if _DISBELIEF.fullmatch(s.strip(" .!?,"))]
    if doubts and _not_yes(" ".join(later[doubts[0] + 1 :])):
        return True  # "Aye, right. Tidy. That'll be the day.", "Oh yes, he'll call. When pigs fly."
    if any(
        re.match(r"(?:so|which means|in other words|translation),? (?:never|no|nope|not a chance|not likely)\b", s)
        for s in later
    ):
        return True  # "Oh sure, I'll renew, right after they fix the lifts. So never, probably."
    stems = _asked_stems(question)
    for s in later:
        m = re.fullmatch(r"what ([a-z' ]+)\?+", s)
        if m and set(m.group(1).split()) & stems:
            return True  # "Oh sure, the shuttle. What shuttle?"
    if _IF_UNDERCUT.search(t):
        return True  # "Oh yeah, fit like a glove, if the glove was three sizes too big." (answers blind42)
    m = re.search(r"\bif by ([a-z' ]+?) you mean\b", t)
    return bool(m and set(m.group(1).split()) & stems)  # "Oh yes, on time. If by on time you mean ..."
