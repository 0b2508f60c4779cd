"""The one opt-out recogniser: does the caller (or texter) revoke consent to be contacted?

Used by every surface that hears a person: the offline dialogue policies (voice, console, text
threads), the engine's guard for model stacks, and the SMS intake (``channels/inbound.py``), so a
"take me off your list" means the same on every channel.

Rules and their sources:

- FCC 24-24 (Report and Order, effective 2025-04-11; 47 CFR 64.1200(a)(10)): consent may be revoked
  "by any reasonable means", and a reply of "stop, quit, end, revoke, opt out, cancel or
  unsubscribe" to a text is a revocation. So a text message that is one of those words (alone, with
  "please"/"thanks", repeated, in any case, with common typos) is an opt-out.
- CTIA Messaging Principles and Best Practices: the carriers' keywords STOP, STOPALL, UNSUBSCRIBE,
  CANCEL, END, QUIT (opt-out), HELP / INFO (help) and START / UNSTOP (opt back in):
  :func:`sms_keyword`.
- TCPA 47 CFR 64.1200(d)(3): a do-not-call request is honoured at once.

Everyday phrasings are recognised anywhere in a message ("please don't call again", "quit calling
me", "take me off your list", "remove my number", "I withdraw my consent"), but not when they are
negated ("don't stop", "I don't want to unsubscribe"), hypothetical ("how do I opt out if I change
my mind later?"), about someone else ("my friend unsubscribed"), about another object ("cancel my
order", "stop sending me the wrong size", "take me off hold") or limited in time ("don't call me on
Sundays").

Which error is worse: a missed opt-out is a TCPA violation (statutory damages of $500 to $1,500
per call, 47 U.S.C. 227(b)(3)) and a wrong one loses one lead; so doubtful cases lean towards
the opt-out, and on a voice call a bare "stop" / "cancel" / "end" / "quit" (which may mean
"wait") is asked back ("Would you like us to stop calling this number?") rather than ignored:
:func:`detect` returns ``confirm`` for those.

Pure functions, no I/O; about 0.1-0.3 ms per message (``benchmarks/bench_optout.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from customario.dialogue.policy import CallTool, Say

Kind = Literal["opt-out", "confirm", "none"]

# Channels whose messages are typed texts: a bare keyword there is the FCC/CTIA opt-out.
TEXT_CHANNELS = frozenset({"sms", "text", "email", "chat", "whatsapp"})

CONFIRM_QUESTION = "Just to be sure: would you like us to stop calling this number?"
FAREWELL = "I understand. I've removed your number from our list and you won't be called again. Goodbye."


def reply(said: str, earlier: str | None = None, reason: str = "caller asked not to be called") -> list:
    """The agent's turn when a caller opts out, for every policy: :data:`FAREWELL` and the
    ``opt_out`` tool call (which adds the number to the DNC list). ``said`` is the caller's line;
    ``earlier`` the ambiguous line they confirmed with it ("stop calling me maybe" / "yes"), kept
    together as the evidence (at most 500 characters, as the engine's opt-out guard keeps)."""
    evidence = said if earlier is None else f"{earlier} / {said}"
    return [Say(FAREWELL), CallTool("opt_out", {"reason": reason, "evidence": evidence[:500]})]


# ---------------------------------------------------------------------------------- keywords
# FCC 24-24's words plus CTIA's STOPALL; a whole message of one of these is an opt-out on a text
# channel. On voice the "strong" ones (no everyday second meaning) are opt-outs too; the weak
# ones are asked back.
STRONG_KEYWORDS = frozenset(
    {
        "unsubscribe",
        "opt out",
        "revoke",
        "remove me",
        "take me off",
        "stop all",
        "stop all messages",
        "stop texting",
        "stop calling",
        "stop sending",
        "stop messages",
        "stop message",
        "stop texts",
        "stop text",
        "remove",
        "unsubscribe me",
        "opt me out",
        "revoke consent",
        "leave me alone",
        "delete me",
        "remove us",
        "take us off",
        "delete my number",
        "remove my number",
        "unsubscribe all",
        "opt out all",
    }
)
WEAK_KEYWORDS = frozenset(
    {
        "stop",
        "quit",
        "end",
        "cancel",
        "stop it",
        "quit it",
        "enough",
        "stop now",
        "no more",
        "knock it off",
        "cut it out",
        "cancel subscription",
        "cancel my subscription",
        "end subscription",
        "stop subscription",
    }
)
HELP_KEYWORDS = frozenset({"help", "info"})
START_KEYWORDS = frozenset({"start", "unstop"})

# Words stripped around a keyword message ("STOP please", "stop thx", "Unsub pls").
_POLITE = r"(?:please|thanks|thank you|thankyou|ok|okay|now|asap|already|just|immediately|right now|seriously)"

# Token spellings folded before matching (SMS shorthand and typos seen in real inbound texts).
_FOLD = {
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "pleas": "please",
    "pleaase": "please",
    "thx": "thanks",
    "ty": "thanks",
    "tnx": "thanks",
    "u": "you",
    "ur": "your",
    "yr": "your",
    "ppl": "people",
    "r": "are",
    "im": "i'm",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "ive": "i've",
    "txt": "text",
    "txts": "texts",
    "txting": "texting",
    "texing": "texting",
    "msg": "message",
    "msgs": "messages",
    "msging": "messaging",
    "mesages": "messages",
    "messeges": "messages",
    "sms": "text",
    "smss": "texts",
    "optout": "opt out",
    "opt-out": "opt out",
    "stopall": "stop all",
    "unsub": "unsubscribe",
    "cuz": "because",
    "bc": "because",
    "no1": "no one",
    "nmbr": "number",
    "num": "number",
    "#": "number",
    "cel": "cell",
    "callin": "calling",
    "textin": "texting",
    "pplz": "please",
    "n": "and",
}

_STOP_TYPOS = frozenset({"sotp", "stpo", "tsop", "sop", "stp"})


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent transpositions)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _fix_token(tok: str) -> str:
    """Fold one token: shorthand, and typos of the keywords that have no everyday look-alike."""
    if tok in _FOLD:
        return _FOLD[tok]
    squeezed = re.sub(r"(.)\1+", r"\1", tok)
    if squeezed == "stop" or tok in _STOP_TYPOS:
        return "stop"
    if (
        len(tok) >= 8
        and tok.startswith("uns")
        and not tok.endswith(("ed", "ing", "s"))
        and _osa(squeezed, "unsubscribe") <= 2
    ):
        return "unsubscribe"
    if len(tok) >= 5 and squeezed in ("cancel", "cancle", "cansel") or tok == "cancle":
        return "cancel"
    if tok in ("revok", "revoek", "reovke", "revokee"):
        return "revoke"
    if squeezed == "quit" and tok != "quite":
        return "quit"
    return tok


def normalise(text: str) -> str:
    """Lower case, plain apostrophes, hyphens and emoji out, shorthand and keyword typos folded;
    sentence punctuation (. , ! ? ;) kept as separate marks."""
    t = (text or "").lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    t = re.sub(r"(?<=\w)-(?=\w)", " ", t)  # opt-out, do-not-call, stop-gap
    t = re.sub(r"[^\w'.,!?;:\s#]", " ", t)  # emoji, quotes, slashes
    t = re.sub(r"([.,!?;:])", r" \1 ", t)
    toks = [_fix_token(tok.strip("'")) for tok in t.split()]
    return " ".join(tok for tok in toks if tok)


def _sentences(norm: str) -> list[str]:
    parts = re.split(r"\s[.!?;:]\s|\s[.!?;:]$|\s[.!?;:](?=\s[.!?;:])", f"{norm} ")
    return [p.strip(" .!?;:,") for p in parts if p and p.strip(" .!?;:,")]


_REPEATED = re.compile(r"(.+?)(?:\s+\1)+")


def _bare(sentence: str) -> str:
    """A sentence with politeness, fillers and repeats removed ("stop stop please" → "stop")."""
    s = re.sub(rf"\b{_POLITE}\b", " ", sentence)
    s = re.sub(r"^\s*(?:i said|i told you|i say|like i said|as i said)\b", " ", s)
    s = re.sub(r"\b(?:um+|uh+|hm+|mm+|oh|hey|yo|ugh|omg|lol|again|ya|yes|no(?!\s+more)|ok|okay)\b", " ", s)
    s = re.sub(r"[,!]", " ", s)
    words = s.split()
    dedup: list[str] = []
    for w in words:
        if not dedup or dedup[-1] != w:
            dedup.append(w)
    s = " ".join(dedup)
    # "stop stop stop", "opt out opt out"
    m = _REPEATED.fullmatch(s.strip())
    return (m.group(1) if m else s).strip()


# ---------------------------------------------------------------------------------- phrases
_ING = (
    r"(?:calling|ringing|phoning|telephoning|texting|messaging|contacting|bothering|bugging|harassing|pestering|"
    r"spamming|emailing|robocalling|dialing|dialling|hounding|reaching out(?: to)?|hitting me up|sending|"
    r"getting|receiving)"
)
_VERB = (
    r"(?:call|ring|phone|telephone|text|message|contact|email|dial|reach out to|robocall|bother|bug|harass|"
    r"spam|send me)"
)
_NOUN = (
    r"(?:calls|texts?|messages?|alerts?|notifications?|communications?|contact|messaging|texting|calling|spam|"
    r"emails?|robocalls|voicemails|promotions?|promos?|ads|offers|surveys?|reminders|updates|junk|crap|"
    r"marketing|solicitations?|mailings?)"
)
_LIST = (
    r"(?:(?:call(?:ing)?|contact|phone|mailing|text(?:ing)?|marketing|sms|dialing|do not call|dnc|no call|"
    r"sales|survey|customer) )?(?:list|lists|database|records?|system|register|registry|roster|rolodex|"
    r"directory|books|files|file|roll)"
)
_WHO = (
    r"(?:me|us|my (?:name|number|phone number|cell number|cell|phone|details|info|information|contact(?: info)?)|"
    r"this number|our number|our names?|it|this phone|them)"
)
_INTENSIFIER = (
    r"(?:(?:freaking|fucking|effing|friggin|frigging|flipping|bloody|damn|goddamn|just|ever|all|the|your|with the)\s+)?"
)

# (name, pattern, negatable): a negator shortly before a negatable match undoes it.
_RULES: tuple[tuple[str, str, bool], ...] = (
    ("stop-contact", rf"\b(?:stop|quit|cease|halt|discontinue|end)\s+{_INTENSIFIER}(?P<verb>{_ING})\b", True),
    ("stop-to-contact", r"\b(?:stop|quit|cease)\s+to\s+(?:call|text|phone|contact|message)\b", True),
    ("cease-and-desist", r"\bcease and desist\b", True),
    (
        "dont-contact",
        rf"\b(?:don't|do not|never|not to|not|no|didn't|did not|wouldn't|would not)\s+(?:you\s+)?(?:ever\s+)?(?:be\s+|bother\s+|try\s+to\s+|try\s+|even\s+)?(?:to\s+)?(?:{_VERB}|{_ING})(?:ing)?\s+(?:to\s+)?(?P<tail>(?:me|us|this number|this phone|here|this house|this household|this line|my (?:cell|phone|number|mobile|house|home)|our (?:number|house|home)|back)\b.*|again\b.*|anymore\b.*)",
        False,
    ),
    ("dont-contact-end", rf"\b(?:don't|do not|never)\s+(?:ever\s+)?{_VERB}\s*$", False),
    (
        "take-off-list",
        rf"\b(?:take|took|taken|remove|removed|delete|deleted|erase|scratch|strike|drop|get|cross|wipe|pull|purge|kick|put|cancel)\s+{_WHO}\s+(?:\w+\s+)?(?:off|from|out of|outta|out from)\s+(?:of\s+)?(?:your|the|this|that|their|ur|all|any|these|all your|all of your)?\s*(?:\w+\s+)?{_LIST}\b",
        True,
    ),
    (
        "take-off-end",
        r"\b(?:take|remove|delete|erase|scratch|drop|cross)\s+(?:me|us|my number|this number|our number)(?:\s+(?:off|out))?\s*$",
        True,
    ),
    (
        "remove-number",
        r"\b(?:remove|delete|erase|lose|forget|scratch|drop|purge)\s+(?:my|this|our|the)\s+(?:phone\s+|cell\s+|mobile\s+)?(?:number|digits|contact(?: info| information| details)?)\b(?!\s+(?:from|on|in)\s+(?:the|my|your)\s+(?:order|account|cart|form|profile))",
        True,
    ),
    (
        "removed-from-list",
        rf"\b(?:be|get|been|being|was|am|is)\s+(?:removed|taken off|taken out|deleted|erased|struck|dropped|unsubscribed|opted out)\b(?:\s+(?:from|off|of)\s+(?:your|the|this|all|ur|any)?\s*(?:\w+\s+)?{_LIST})?(?!\s+(?:from|off)\s+(?:the|my|this)\s+(?:order|account|cart|hold))",
        True,
    ),
    (
        "number-removed",
        r"\b(?:my|this|our)\s+(?:phone\s+|cell\s+)?(?:number|name|info|details)\s+(?:removed|deleted|taken off|erased)\b",
        True,
    ),
    (
        "want-off-list",
        rf"\b(?:want|wanna|need|like|get)\s+(?:me\s+|us\s+)?off\s+(?:of\s+)?(?:your|the|this|that|ur|all|these)\s+(?:\w+\s+)?{_LIST}\b",
        True,
    ),
    ("off-my-phone", r"\b(?:stay|keep|get)\s+off\s+(?:my|this|our)\s+(?:phone|line|number|cell)\b", True),
    ("count-me-out", rf"\bcount\s+(?:me|us)\s+out\s+of\s+(?:\w+\s+){{0,3}}{_NOUN}\b", True),
    (
        "dnc-list",
        r"\b(?:put|add|place|register|enter|include|want to be|need to be|i'm|i am|we're|we are|be|on)\b.*\b(?:do not call|don't call|no call|dnc|do not contact|don't contact|no contact)\s+(?:list|registry|register)\b",
        True,
    ),
    (
        "unsubscribe",
        r"\bunsubscrib(?:e|ing)\b(?!\s+(?:link|button|page|option|feature|setting|instructions|policy|process|rules))",
        True,
    ),
    (
        "unsubscribed-i",
        r"\b(?:i|we|i've|we've|i have|we have)\s+(?:already\s+|just\s+)?(?:unsubscribed|opted out)\b",
        True,
    ),
    (
        "opt-out",
        r"\bopt(?:ing)?\s+(?:me\s+|us\s+|this number\s+|my number\s+)?out\b(?!\s+(?:link|button|page|option|form|feature|setting|policy|process|rules|instructions))",
        True,
    ),
    (
        "revoke-consent",
        r"\b(?:revoke|revoking|withdraw|withdrawing|rescind|rescinding|retract|cancel|cancelling|canceling|pull|take back|no longer give|am revoking)\b(?:\s+\w+){0,3}\s+(?:consent|permission|authorization|authorisation|agreement)\b",
        True,
    ),
    (
        "consent-revoked",
        r"\b(?:consent|permission|authori[sz]ation)\s+(?:is\s+|as\s+|has been\s+)?(?:revoked|withdrawn|rescinded|cancell?ed)\b",
        True,
    ),
    ("revoke-bare", r"^(?:i\s+)?revoke(?:\s+(?:it|all|everything))?$", True),
    (
        "no-consent",
        r"\b(?:no longer|don't|do not|never|not)\s+(?:give\s+(?:you\s+)?|have\s+(?:my\s+)?|grant\s+(?:you\s+)?)?(?:consent|permission|authori[sz]ation)\b(?:\s+\w+){0,3}\s+(?:to\s+)?(?:call|text|contact|message|be called|be contacted)",
        False,
    ),
    ("no-longer-consent", r"\b(?:no longer|don't|do not)\s+consent\b", False),
    ("no-more", rf"\bno\s+(?:more|further)\s+(?:{_NOUN}|call|phone calls?|of (?:these|your|this|them|it))\b", True),
    (
        "not-get-more",
        rf"\b(?:not|don't|do not|never)\s+(?:to\s+)?(?:get|receive|have)\s+(?:any\s+)?(?:more|further)\s+(?:{_NOUN}|of (?:these|those|your|this|them|it))",
        False,
    ),
    (
        "not-be-called",
        r"\bnot\s+(?:to\s+)?be\s+(?:called|contacted|texted|phoned|rung|messaged|bothered|disturbed|surveyed)\b(?!\s+(?:before|after|on|at|during|until|till|between))",
        False,
    ),
    (
        "not-interested-contacted",
        r"\bnot\s+interested\s+in\s+(?:being\s+)?(?:contacted|called|texted|hearing from (?:you|y'all))\b",
        False,
    ),
    (
        "dont-want-contact",
        r"\b(?:don't|do not|no longer|never|dont|not)\s+(?:want|wish|need|like|care)\s+(?:\w+\s+){0,5}?(?:calls|call|texts|messages|called|contacted|texted|messaged|surveyed|phoned|rung|bothered|calling|texting|contact|hear from you|hear from (?:y'all|you guys|you people|your company))\b",
        False,
    ),
    (
        "want-calls-to-end",
        rf"\b(?:want|need|would like|like)\s+(?:these|the|your|all|all these|all the|all your|this)\s+(?:\w+\s+)?{_NOUN}\s+to\s+(?:end|stop|cease|go away)\b",
        True,
    ),
    (
        "end-contact",
        r"\b(?:cancel|end|stop|quit|halt|discontinue|block|terminate)\s+(?:all\s+|these\s+|those\s+|the\s+|your\s+|any\s+|my\s+|this\s+|all\s+the\s+|all\s+of\s+(?:the|these|your)\s+|all\s+your\s+|further\s+)?(?:future\s+|further\s+)?(?:text\s+|sms\s+|marketing\s+|promotional\s+|automated\s+|robo\s+|phone\s+|survey\s+)?(?:calls|texts?|messages?|alerts|notifications|communications?|contact|messaging|texting|spam|robocalls|promos|promotions|solicitations?)\b(?!\s+(?:button|feature|setting|screen|page|option))",
        True,
    ),
    (
        "text-subscription",
        r"\b(?:cancel|end|stop)\s+(?:my\s+|the\s+)?(?:text|sms|message|messaging|call|phone)\s+(?:subscription|plan|alerts|service)\b",
        True,
    ),
    (
        "stop-it-calls",
        rf"\b(?:stop it|quit it|knock it off|cut it out|enough|stop|quit)\s+with\s+(?:the|these|your|all|all the|all these|those)\s+(?:\w+\s+)?{_NOUN}\b",
        True,
    ),
    (
        "if-you-call-again",
        r"\bif\s+(?:you|y'all|you guys|you people|anyone)\s+(?:call|text|ring|phone|contact)\s+(?:me|us|this number|here|this house)?\s*(?:again|one more time|ever again)\b",
        False,
    ),
    ("leave-alone-text", r"\bleave me alone\b", True),
    (
        "you-keep-calling",
        r"\b(?:how many times|told you|asked you|keep calling|keep texting|calling me every|called me \w+ times|sick of (?:these|your|the) calls|tired of (?:these|your|the) calls)\b.*\b(?:stop|quit|remove|off your list|don't call)\b",
        False,
    ),
)
_COMPILED = tuple((name, re.compile(p), neg) for name, p, neg in _RULES)

# After "stop calling" / "don't call": who or what. Somebody or something else, a time limit or a
# term of address ("stop calling me ma'am", "don't call me Bob", "don't call me on Sundays") is not
# a revocation of this number.
_OTHER_OBJECT = re.compile(
    r"^(?:him|her|them|people|customers|folks|everyone|anyone|my (?:brother|sister|mother|mom|"
    r"father|dad|son|daughter|husband|wife|friend|neighbou?r|grandma|grandpa|boss|kids?|"
    r"parents?|office|work)|at work|the wrong|about(?! (?:this|it|that|these|the survey|this survey|surveys)\b)|so (?:early|late|much about)|before|after|"
    r"on (?:sundays?|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?)|"
    r"during|until|till|in the (?:morning|evening|afternoon))\b"
)
_CALLEE_WHO = (
    r"(?:me|us|this number|this phone|this line|here|this house|this household|back|"
    r"my (?:cell|cell phone|phone|number|mobile|house|home|landline|line)|our (?:number|house|home|phone))"
)
_CALLEE_NEXT = (
    r"(?:after (?:this|today|that|tonight)|again|anymore|any more|ever|ever again|no more|more|back|please|"
    r"here|at all|at this number|on this number|on this phone|or|and|you|i|i'm|thanks|thank|this|now|every|"
    r"all|period|dude|man|lady|people|guys|dammit|damn|seriously|for|with|already|constantly|so|then|ok|"
    r"okay|right|cheers|young|about|altogether|entirely|completely|for good|permanently|forever)"
)
_CALLEE_TAIL = re.compile(
    rf"^(?:{_CALLEE_WHO}(?:\s*[,!].*|\s+{_CALLEE_NEXT}\b.*)?|(?:again|anymore|any more|ever|and|or|"
    rf"please|now)\b.*|[,!].*|)$"
)
_SENDING_OBJECT = re.compile(
    rf"^(?:me\s+)?(?:(?:these|those|the|your|all|any|this|that|such|more|so many|all these|"
    rf"all the|all of these|all this|ur)\s+)?(?:\w+\s+)?{_NOUN}\b|^$|^(?:me|anything|stuff|things)\b(?!\s+(?:the|a|my|an)\b)"
)
_GETTING_OBJECT = re.compile(
    rf"^(?:(?:these|those|the|your|all|any|this|such|so many|all these|all the)\s+)?(?:\w+\s+)?{_NOUN}\b|^(?:these|those|them|this)\b|^$"
)
_NEGATORS = re.compile(
    r"\b(?:don't|do not|dont|not|never|didn't|did not|won't|will not|wouldn't|would not|can't|cannot|"
    r"can not|shouldn't|no need to|no reason to|isn't|wasn't|aren't|nothing to|no way i)\b"
)
_NEGATION_OVERRIDES = re.compile(
    r"\b(?:if you|unless you|why don't you|why dont you|until you|or i|or else|why not)\b[^,]*$"
)
_AFTER_NEGATION = re.compile(
    r"^\s*(?:is not|isn't|was not|wasn't|not)\s+(?:necessary|needed|required|what i want|an option)"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if i|if we|in the future|later on|later if|ever wanted|change my mind|what happens|"
    r"what would happen|what does|what's the|(?<!\bi )(?<!\bi really )(?<!\bi do )means?|once i|after i|when i|in case|"
    r"supposed to|how does|could i later|can i later|later)\b"
)
_THIRD_PARTY = re.compile(
    r"\b(?:he|she|they|my (?:\w+)|his|her|their|someone|somebody|a friend)\s+(?:\w+\s+){0,2}?"
    r"(?:unsubscribed|opted out|said|told|asked|revoked|cancelled|canceled|wants? to unsubscribe|"
    r"wants? to opt out)\b"
)
_REPORTED = re.compile(r"\btold\s+(?!you\b|y'all|you guys|you people|your\b)\w+(?:\s+\w+)?\s+to\b")
_OPT_OBJECT = re.compile(r"^\s*(?:of|from)\s+(?P<obj>.*)$")
_OPT_OK_OBJECT = re.compile(
    rf"\b(?:{_NOUN}|{_LIST}|everything|all|these|them|this number|your (?:program|campaign|list)|"
    rf"it all|you|y'all|future)\b"
)
_CONTINUE = re.compile(
    r"\b(?:keep me on|keep me subscribed|keep sending|keep texting|keep calling|i still want|"
    r"stay subscribed|stay on the list|keep me in|don't remove me|do not remove me)\b"
)
_COMPLAINT = re.compile(
    r"\b(?:keep calling|keep texting|calling me|texting me|these calls|your calls|the calls|called me|"
    r"calls|texts|messages|bothering me|harass|spam|this number|one more time)\b"
)
_WEAK_WITH_CALLS = re.compile(
    rf"(?:^|[,;]\s*|\b(?:please|just|so|now|and|then)\s+)(?:stop it|quit it|knock it off|cut it out|"
    rf"stop|quit|enough|no more)\b(?!\s+{_ING})"
)


@dataclass(frozen=True)
class Verdict:
    """The recogniser's answer. ``kind``: ``opt-out`` (revoke now), ``confirm`` (ask
    :data:`CONFIRM_QUESTION` first: a bare "stop" on a voice call) or ``none``. ``rule`` names
    the rule that fired and ``evidence`` the words it fired on (for the DNC record)."""

    kind: Kind
    rule: str | None = None
    evidence: str | None = None

    @property
    def opted_out(self) -> bool:
        return self.kind == "opt-out"

    def __bool__(self) -> bool:
        return self.kind == "opt-out"


NONE = Verdict("none")


def _negated(sentence: str, start: int) -> bool:
    """A negator in the same clause within five words before ``start`` ("I never said stop
    calling", "no, I do not want to opt out"), unless it is a threat or a plea ("if you don't stop
    calling", "why don't you stop calling")."""
    clause = re.split(r"[,;]|\bbut\b|\bso\b|\band\b(?!\s+(?:not|never))", sentence[:start])[-1]
    window = " ".join(clause.split()[-5:])
    return bool(_NEGATORS.search(window)) and not _NEGATION_OVERRIDES.search(clause)


def _keeps(name: str, m: re.Match, sentence: str) -> bool:
    """Per-rule checks on what follows the match."""
    rest = sentence[m.end() :].strip()
    if name == "stop-contact":
        verb = m.group("verb")
        if verb == "sending":
            return bool(_SENDING_OBJECT.search(rest))
        if verb in ("getting", "receiving"):
            return bool(_GETTING_OBJECT.search(rest))
        if _OTHER_OBJECT.search(rest):
            return False
        return not re.match(r"^(?:me|us)\b", rest) or bool(_CALLEE_TAIL.match(rest))
    if name == "dont-contact":
        tail = m.group("tail").strip()
        return bool(_CALLEE_TAIL.match(tail)) and not _OTHER_OBJECT.search(re.sub(r"^(?:me|us)\s+", "", tail))
    if name in ("unsubscribe", "opt-out"):
        obj = _OPT_OBJECT.match(rest)
        if obj and not _OPT_OK_OBJECT.search(obj.group("obj")):
            return False
        return not _AFTER_NEGATION.match(rest)
    if name == "dont-want-contact":
        return not re.match(r"^(?:to\s+)?(?:stop|end|cease|go away)\b", rest) and not re.search(
            r"\b(?:stop|end|quit|miss|lose)\b", m.group(0)
        )
    if name == "end-contact" and m.group(0).endswith(("calling", "texting", "messaging")):
        return not _OTHER_OBJECT.search(rest)
    return True


def _phrase(sentence: str, is_text: bool, message: str) -> Verdict | None:
    hypothetical = bool(_HYPOTHETICAL.search(sentence))
    third_party = bool(_THIRD_PARTY.search(sentence))
    for name, rx, negatable in _COMPILED:
        for m in rx.finditer(sentence):
            if name == "leave-alone-text" and not is_text:
                continue
            if not _keeps(name, m, sentence):
                continue
            if hypothetical and name not in ("you-keep-calling", "if-you-call-again"):
                continue
            if third_party and name in ("unsubscribe", "opt-out", "unsubscribed-i", "revoke-consent"):
                continue
            if _REPORTED.search(sentence[: m.start()]):
                continue
            if negatable and _negated(sentence, m.start()):
                continue
            if name in ("unsubscribe", "opt-out") and _CONTINUE.search(message):
                continue
            return Verdict("opt-out", name, m.group(0).strip())
    return None


def detect(text: str, channel: str = "voice") -> Verdict:
    """Classify one caller turn or message. ``channel``: ``sms``/``email``/``chat`` (typed texts:
    a bare keyword is an opt-out, FCC 24-24) or anything else (voice, phone, console: a bare
    weak keyword is ``confirm``). Returns a :class:`Verdict`; never raises."""
    norm = normalise(text)
    if not norm:
        return NONE
    is_text = channel in TEXT_CHANNELS
    sentences = _sentences(norm) or [norm]
    for s in sentences:
        found = _phrase(s, is_text, norm)
        if found is not None:
            return found
    # Bare keywords, sentence by sentence ("STOP. This is not Maria's phone anymore").
    weak_hit = None
    for s in sentences:
        clauses = [s] + ([c.strip() for c in s.split(",")] if is_text else [])
        for c in clauses:
            b = _bare(c)
            if b in STRONG_KEYWORDS:
                if b == "leave me alone" and not is_text:
                    weak_hit = weak_hit or b
                    continue
                if _CONTINUE.search(norm):
                    continue
                return Verdict("opt-out", "keyword", b)
            if b in WEAK_KEYWORDS:
                if is_text:
                    return Verdict("opt-out", "keyword", b)
                weak_hit = weak_hit or b
    # "Is not good for me these calls, please stop it": a weak keyword with the calls named.
    for s in sentences:
        w = _WEAK_WITH_CALLS.search(s)
        if w and _COMPLAINT.search(s) and not _negated(s, w.start()) and not _HYPOTHETICAL.search(s):
            return Verdict("opt-out", "keyword+calls", w.group(0))
    if weak_hit is not None:
        if len(sentences) > 1 and any(_COMPLAINT.search(s) for s in sentences if _bare(s) not in WEAK_KEYWORDS):
            return Verdict("opt-out", "keyword+complaint", weak_hit)
        return Verdict("confirm", "bare-keyword", weak_hit)
    return NONE


def is_opt_out(text: str, channel: str = "voice") -> bool:
    """True when ``text`` revokes consent now (see :func:`detect`)."""
    return detect(text, channel).kind == "opt-out"


def sms_keyword(text: str) -> Literal["stop", "help", "start"] | None:
    """The carrier keyword a whole text message is, per CTIA: ``stop`` (STOP, STOPALL, UNSUBSCRIBE,
    CANCEL, END, QUIT, plus FCC 24-24's REVOKE and OPT OUT, in any case, with "please"/"thanks",
    repeated, or with common typos), ``help`` (HELP, INFO), ``start`` (START, UNSTOP) or None.
    A longer message that revokes consent in words is found by :func:`detect`, not here."""
    norm = normalise(text)
    b = _bare(norm.strip(" .!?;:,"))
    if b in HELP_KEYWORDS:
        return "help"
    if b in START_KEYWORDS:
        return "start"
    if b in WEAK_KEYWORDS or b in {"unsubscribe", "opt out", "revoke", "stop all", "remove", "remove me"}:
        return "stop"
    return None
