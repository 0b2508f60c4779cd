"""What a caller wants besides answering: opt out, be called back, go back, correct, ask, stop.

Pure pattern rules shared by the offline policies and the text channels. Opt-outs are recognised by
:mod:`customario.dialogue.optout` (one recogniser for voice, console and SMS).
"""

from __future__ import annotations

import re

_CALLBACK = (
    r"\bcall (me )?back\b",
    r"\bcall (me )?(again )?(later|another time|tomorrow|next)\b",
    r"\bring (me )?back\b",
    r"\b(not|bad) a good time\b",
    r"(?<!\bso )\bnot (right )?now\b",  # not "..., so not right now" (an answer: none so far)
    r"\bbusy (right )?now\b",
    r"\btry (me )?(again )?later\b",
    r"\banother time\b",
    r"\bsome other time\b",
)
_GO_BACK = (
    # "go back" as a request: opening its clause ("Sorry, can we go back?", "Actually go back, ...",
    # "Going back to the date, ...") or aimed at a question ("I want to go back to the speed
    # question", "go back one"); not the verb of a place or a habit ("We'd love to go back next
    # summer", "never going back"), which at an open question is the answer itself.
    r"(?:^|[,.;:!?]\s*)(?:(?:oh|um+|uh+|er+m?|so|ok|okay|sorry|wait|actually|hang on|hold on|hmm+|and|but|please|no)\W+)*"
    r"(?:(?:can|could|may|might|shall) (?:i|we)(?: just| please)? |let'?s |let me |we need to |i need to |i'?d like to |i want to )?"
    r"(?:go|going) back\b",
    r"\bgo(?:ing)? back (?:one|a (?:question|step|bit|second|sec|minute|moment)|"
    r"to (?:the|my|that|your|this|question|number) (?:[\w'-]+ ){0,4}?(?:question|one|answer|bit|part|score|rating)s?)\b",
    r"\bprevious question\b",
    # "Back one, the inspection date, ...", "Back up, the date of my last visit was ...": "go" left
    # out, opening the turn (answers blind36)
    r"^\W*(?:(?:oh|um+|uh+|er+m?|so|ok|okay|sorry|wait|actually|hang on|hold on|hmm+)\W+)*"
    r"back (?:one|up|a (?:question|step|bit))(?=\s*[,.;:!?-]|\s*$)",
    r"\bback up(?=\s*[,.;:!?-]|\s*$| (?:to|a|one|please)\b)",  # not "back up your files"
    r"\blast question\b",
    r"\bchange my (last )?answer\b",
)
_CORRECTION = (
    r"^\s*(actually|sorry|wait|oops|no wait|i meant|correction)\b",
    r"\bmake (that|it) (a |an )?\b",
    r"\bchange (that|it) to\b",
    r"\bi meant\b",
    r"\binstead\b",
)
_END = (
    r"\bnot interested\b",
    r"\b(i'?m|i am) (done|finished)\b",
    r"\bi (have|need|got) to go\b",
    r"\bgoodbye\b",
    r"\bbye\b",
    r"\bhang(ing)? up\b",
    r"\bleave me alone\b",
    r"\bno thanks\b",
    r"\bno thank you\b",
    r"\bdon'?t want to (do|continue|take|finish|go on)\b",
    r"\bstop (the|this) (survey|call)\b",
    r"\bend (the|this) (call|survey)\b",
    r"\bi'?m not doing\b",
)
_QUESTION_START = r"^\s*(who|what|why|how|where|when|which|can you|could you|will you|would you|are you|are we|is this|is it|do you|does|did you)\b"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()


def _any(patterns, text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def wants_opt_out(text: str, channel: str = "voice") -> bool:
    """ "Stop calling me", "take me off your list", "STOP" ... (a DNC request): the one opt-out
    recogniser, :func:`customario.dialogue.optout.detect`."""
    from customario.dialogue.optout import is_opt_out

    return is_opt_out(text, channel)


# "Call me back when you say you will", "you never called me back": a complaint about call-backs,
# no request for one.
_CALLBACK_COMPLAINT = re.compile(
    r"\bcall (?:me |us )?back (?:when|like|as|if) (?:you|they|you guys|you people) (?:say|said|promise|promised|tell|told)\b|"
    r"\b(?:never|didn'?t|don'?t|did not|do not|won'?t|forgot to|forget to) (?:even |ever )?call (?:me |us )?back\b|"
    # "the front desk could maybe call back quicker": a suggestion about call-backs (answers blind37)
    r"\bcall(?:ing|s)? (?:me |us |people |patients |customers )?back (?:a (?:lot |bit )?)?(?:quicker|faster|sooner|"
    r"more (?:quickly|often|promptly)|promptly|on time)\b"
)


def wants_callback(text: str) -> bool:
    """ "Call me back tomorrow at 3pm", "not a good time", "try me later" ... but not a complaint
    about call-backs ("call me back when you say you will", "they never called me back")."""
    t = _clean(text)
    return _any(_CALLBACK, t) and not _CALLBACK_COMPLAINT.search(t)


# "Can you tell them to put a bench by the door?", "Could you let the manager know the lift is slow?":
# a suggestion passed on through the agent, which answers an open question.
_RELAYED = re.compile(
    r"^\W*(?:(?:oh|well|um+|uh+|so|and|yeah)\W+)*(?:can|could|would|will) you (?:please |maybe |just )?"
    r"(?:tell|ask|remind|let|pass (?:it |this |that )?on to) "
    r"(?:them|him|her|someone|somebody|whoever|management|the \w+|your \w+|my \w+|"
    r"(?:dr|doctor|mr|mrs|ms|miss|nurse|coach)\.? \w+)\b"
)
# What the caller wants passed on, after whom to: at least two words of it ("that she was lovely",
# "the wait was too long"), not only "please" or "for me".
_RELAYED_WORDS = re.compile(r"[a-z0-9']+")
_COURTESY = frozenset("please thanks thank you for me cheers mate love".split())


def relays_suggestion(text: str) -> bool:
    """True for a request to pass a suggestion on ("Can you tell them to ...?", "Could you let the
    owners know ...?", "Can you pass it on to Dr. Lee that she was lovely?"): the words are an
    open answer, not a question to the agent. A request to pass on with nothing to pass ("Will you
    pass this on to the manager?") is a question about the survey (answers blind5, blind11, blind15,
    blind43, blind50 code it off-script; blind59 had stored one)."""
    t = _clean(text)
    m = _RELAYED.search(t)
    if not m:
        return False
    said = [w for w in _RELAYED_WORDS.findall(t[m.end() :]) if w not in _COURTESY]
    return len(said) >= 2


def wants_go_back(text: str) -> bool:
    """ "Go back", "can we go back to the previous question" ..."""
    return _any(_GO_BACK, _clean(text))


def is_correction(text: str) -> bool:
    """ "Actually, make that a seven", "sorry, I meant yes" ... (changes the last answer)."""
    return _any(_CORRECTION, _clean(text))


def correction_payload(text: str) -> str:
    """The new answer inside a correction: "actually, make that a seven" → "a seven"."""
    t = _clean(text)
    t = re.sub(r"^\s*(actually|sorry|wait|oops|no wait|correction)[,.!]?\s*", "", t)
    t = re.sub(r"^\s*(actually|sorry|wait)[,.!]?\s*", "", t)
    t = re.sub(
        r"^(can you |could you |please )?(make (that|it)|change (that|it) to|i meant( to say)?|it'?s|it should be)\s*",
        "",
        t,
    )
    t = re.sub(r"\s*instead\s*[.!]*$", "", t)
    return t.strip(" ,.!") or _clean(text)


def wants_to_end(text: str, declined: bool = False) -> bool:
    """ "Not interested", "I have to go", "bye" ... (the caller ends the interview). ``declined``:
    the turn is read as a refusal of the question asked, beside which a polite "no thanks" only
    declines that question ("No thanks, I'll skip it": answers blind38), not the interview."""
    t = _clean(text)
    if declined:
        t = re.sub(r"\bno,? thank(?:s| you)\b", " ", t)
    return _any(_END, t)


# Ending the interview in so many words: never an answer, even to a yes/no question ("I don't want
# to do this survey anymore" is not a no).
_END_SURVEY = (
    r"\b(don'?t|do not) want to (do|continue|take|finish|go on with|answer) (this|the|your|any more|anymore)\b",
    r"\b(stop|end|quit|finish) (the|this|your) (survey|call|interview|questionnaire)\b",
    r"\b(done|finished) with (this|the|your) (survey|call|interview|questions)\b",
    r"\bno more questions\b",
    r"\b(don'?t|do not) want to answer any more\b",
)


def ends_interview(text: str) -> bool:
    """True when the caller says in so many words that they stop the interview ("I don't want to
    do this survey anymore", "I'm done with these questions"): the survey ends even when a yes/no
    question is open and the words hold a "don't" or a "no"."""
    return _any(_END_SURVEY, _clean(text))


def is_question(text: str) -> bool:
    """An off-script question from the caller ("who is this?", "how long will this take?")."""
    t = _clean(text)
    return t.endswith("?") or re.search(_QUESTION_START, t) is not None


# A question about what the survey question or its options mean, asked before answering: "Does
# carpooling count as driving?", "Did you say coat check?", "You have a coat check?", "What do you
# mean by staff?". Whatever else the turn says, the caller has asked first (the agent answers or
# repeats the question; nothing is stored).
_CLARIFYING = re.compile(
    r"\b(?:does|do|would|will|should|can|could) (?:\w+ ){0,4}counts?(?: (?:as|for)\b|\s*\?)|\bwhat counts as\b|"
    r"\bdid you (?:just )?say\b|\bwhat (?:do|did) you mean\b|\bwhat(?:'s| is) the difference\b|"
    r"\bdo(?:es)? (?:that|it) include\b|"
    # what an option costs, asked before choosing: "Is there a charge for the ear cleaning?",
    # "Does the conservatory cost extra?" (held-out answers blind57 stored the option with the
    # read-back of risky answers off)
    r"\b(?:is|was|will) there (?:a|an|any) (?:extra |additional |separate )?(?:charge|fee|cost)s? (?:for|on)\b[^.!?]*\?|"
    r"\bdo(?:es)? (?:it|that|this|they|those|the \w+(?: \w+)?) cost (?:extra|more|anything)\b[^.!?]*\?|"
    # "Which one was the big tent? The red one?" (answers blind50 stored "tent" with the risk
    # read-back off): which option is which, asked before choosing
    r"\bwhich (?:one|ones|of (?:them|those|these)) (?:was|is|were|are|'s) (?:the |that |this )?[^.!?]{1,40}\?|"
    r"(?:^|[.!?]\s*)(?:so )?(?:you|y'?all|you guys) (?:have|got|do|sell|offer) [^.!?]*\?"
)


def asks_what_counts(text: str) -> bool:
    """True when the caller asks what the question or an option means instead of (or before)
    answering ("Does carpooling count as driving? My buddy drove.", "Did you say coat check?"):
    nothing is stored for such a turn; :func:`is_question` holds for it, so the agent answers or
    asks again."""
    return _CLARIFYING.search(_clean(text)) is not None


_HELP_ROUTING = re.compile(
    r"\bwho (do|should|can|could) i (talk|speak|write|complain) to\b|"
    r"\bwho (do|should|can|could) i (call|contact|ring|phone|e-?mail|see)\b|"
    r"\b(can|could|may) i (talk|speak) (to|with) (someone|somebody|anyone|a (person|human|manager|supervisor|real person))\b|"
    r"\b(put|transfer|connect|pass) me (through )?(to|onto)\b|"
    r"\bhow (do|can|would) i (get|claim|ask for|request|arrange) (a |my |the )?(refund|replacement|money back|exchange)\b|"
    # a how-to asked first, whatever follows it: "How do I get the warranty card? They never gave me
    # one." (answers blind74 stored it as the open answer; blind10 codes "How do I report a missed
    # bin?" off-script); "How would I rate it? Six." is the question said back and stays an answer
    r"^\W*(?:(?:um+|so|oh|and|also|btw|by the way|one thing)\W+)*(?:how|where) (?:do|can|could|should) (?:i|we) "
    r"(?:get|obtain|claim|request|renew|register|activate|book|arrange|report|find|collect|download)\b[^.!?]*\?"
)


def asks_for_help(text: str) -> bool:
    """True when the caller asks to be put in touch with someone or for a service the survey cannot
    give ("I want a refund actually. Who do I talk to?", "can I speak to a manager?"): an
    off-script request, never the answer to an open question."""
    return bool(_HELP_ROUTING.search(_clean(text)))


# How far the call has got, asked as a yes/no question about its end or as a count of what is left:
# "Is this nearly over?", "are we almost done?", "how much longer?", "how many more questions?", "is
# this the last one?". The question every survey caller asks about its length in other words than
# "how long" (answers blind50: "Is this nearly over? My bus is coming." had been stored as the answer
# to an open question); like "how long", it is answered with the survey's length and never taken
# for an answer.
_HOW_FAR = re.compile(
    r"\b(?:is this|are we|are you) (?:nearly|almost|about|close to|near|just about) "
    r"(?:over|done|finished|through|there|at the end|the end)\b|"
    r"\bhow much longer\b|\bhow many more(?: questions?)?\s*(?:\?|$|(?:are there|have you got|to go|left)\b)|"
    r"\bhow far (?:along|through|in) (?:are we|is this)\b|\bis (?:this|that) the (?:last|final) (?:one|question)\b"
)


def faq_answer(text: str, *, agent_name: str, organisation: str, n_questions: int) -> str | None:
    """A short answer to the few questions every survey caller asks, or None."""
    t = _clean(text)
    if re.search(
        r"\bwho (is this|are you|is calling)\b|\bwhat'?s your name\b|\bare you (a )?(robot|human|real|bot|ai)\b", t
    ):
        return f"I'm {agent_name}, an automated assistant calling on behalf of {organisation}."
    if re.search(r"\bhow long\b|\bhow many questions\b|\bhow much time\b", t) or _HOW_FAR.search(t):
        return f"It's just {n_questions} short questions, about two minutes."
    if re.search(r"\bwhy (are you|did you) call|\bwhat is this (about|for)\b|\bwhat'?s this about\b", t):
        return f"{organisation} is asking a few customers about their recent experience."
    if re.search(r"\bhow did you get my (number|details)\b", t):
        return f"Your number is in {organisation}'s customer records. You can ask me to stop calling at any time."
    return None
