"""Phrase tables of the opt-out recogniser (:mod:`.optout`): the keywords and the phrase rules.

Holds the FCC 24-24 / CTIA keyword sets (strong, weak, help, start), the regular-expression rules
for everyday phrasings ("take me off your list", "don't call me again"), each with whether a
negator undoes it, and the guard patterns the detector checks around a match: another object or
a time limit, negators, hypotheticals, third parties, "keep me subscribed" and complaints.
Data only; the decisions are in :mod:`.optout`.
"""

from __future__ import annotations

import re

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
        rf"\b(?:don't|do not|never|not to|not|no|didn't|did not|wouldn't|would not)\s+(?:(?:you|y'all|you all|you guys|you people)\s+)?(?:ever\s+)?(?:be\s+|bother\s+|try\s+to\s+|try\s+|even\s+)?(?:to\s+)?(?:{_VERB}|{_ING})(?:ing)?(?:\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*(?:{_VERB}|{_ING})(?:ing)?)*\s+(?:to\s+)?(?P<tail>(?:me|us|this number|this phone|here|this house|this household|this line|my (?:cell|phone|number|mobile|house|home)|our (?:number|house|home)|back)\b.*|again\b.*|anymore\b.*)",
        False,
    ),
    ("dont-contact-end", rf"\b(?:don't|do not|never)\s+(?:ever\s+)?{_VERB}\s*$", False),
    (
        "take-off-list",
        # "remove me from this survey and from your list": the call and the list both
        rf"\b(?:take|took|taken|remove|removed|delete|deleted|erase|scratch|strike|drop|get|cross|wipe|pull|purge|kick|put|cancel)\s+{_WHO}\s+(?:\w+\s+)?(?:(?:off|from|out of)\s+(?:this|the|these|your)\s+(?:survey|surveys|call|calls)\s+and\s+(?:(?:off|from|out of)\s+)?|(?:off|from|out of|outta|out from)\s+)(?:of\s+)?(?:your|the|this|that|their|ur|all|any|these|all your|all of your)?\s*(?:\w+\s+)?{_LIST}\b",
        True,
    ),
    (
        # "Please remove me from your calls", "take us off your texts": off the calls themselves
        "take-off-calls",
        r"\b(?:take|remove|delete|drop|get|cross|cancel)\s+(?:me|us|my number|this number|our number)\s+"
        # "remove me from future surveys", "take me off any further calls": the ones still to come
        r"(?:off|from|out of)\s+(?:(?:your|these|those|all your|all of your|all these|the|any|all)\s+"
        r"(?:future\s+|further\s+)?|(?:future|further)\s+)(?:phone\s+)?"
        r"(?:calls|calling|robocalls|texts|text messages|messages|surveys)\b",
        True,
    ),
    (
        "take-off-end",
        # "Take my number off, thanks.": politeness may close it
        r"\b(?:take|remove|delete|erase|scratch|drop|cross)\s+(?:me|us|my number|this number|our number)(?:\s+(?:off|out))?"
        # "Take this number off for good." (answers blind42)
        r"(?:\s+(?:for good|permanently|forever|once and for all|right now|now|today))?"
        r"(?:\s*,?\s*(?:please|thanks|thank you|cheers|ta|mate))*\s*$",
        True,
    ),
    (
        # "Take my number off, I'm done with this." (answers blind72): "off" with nothing after it
        # before the clause ends, a reason after it; "take my number off the order" names a thing
        "take-off-clause",
        r"\b(?:take|remove|delete|erase|scratch|drop|cross)\s+(?:me|us|my number|this number|our number)\s+(?:off|out)"
        r"\s*[,.;!]\s*(?:i'?m|i am|we'?re|we are|i'?ve|i have|enough|that'?s)\b",
        True,
    ),
    (
        "remove-number",
        # "please delete my details", "erase my personal data": an erasure request (GDPR art. 17) ends the calls too
        r"\b(?:remove|delete|erase|lose|forget|scratch|drop|purge)\s+(?:my|this|our|the)\s+(?:phone\s+|cell\s+|mobile\s+)?(?:number|digits|contact(?: info| information| details)?|(?:personal\s+)?(?:details|data))\b(?!\s+(?:from|on|in)\s+(?:the|my|your|this)\s+(?:order|account|cart|form|profile|booking|card|app|basket|checkout|website|site))",
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
        # "I want out of this survey and off your list": the way out said first
        rf"\b(?:want|wanna|need|like|get)\s+(?:me\s+|us\s+)?(?:out\s+of\s+(?:\w+\s+){{1,3}}and\s+)?off\s+(?:of\s+)?(?:your|the|this|that|ur|all|these)\s+(?:\w+\s+)?{_LIST}\b",
        True,
    ),
    (
        # "I want my number off your system after this" (answers blind42)
        "want-number-off",
        r"\b(?:want|wanna|need|like)\s+(?:me|us|my (?:name|number|phone number|cell number|details|info)|this number|our number)"
        rf"\s+(?:taken\s+|removed\s+|struck\s+)?off\s+(?:of\s+)?(?:your|ur|all your)\s+(?:(?!waiting\b)\w+\s+)?{_LIST}\b",
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
# A time limit widened to every time: "don't call me on Thanksgiving, or ever", "don't ring me at
# work or anywhere else", "stop calling me on Sundays, or at all": no limit is left.
WIDENED_LIMIT = re.compile(
    r"(?:,\s*|\s+)(?:or|in fact|actually)\s+(?:(?:just|really|like)\s+)?(?:ever(?:\s+again)?|at all|"
    r"any ?time|any other (?:day|time)|(?:any ?where|any ?place) else|any day|other days|period)\b"
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
