"""Legal action through someone who acts for the caller, and legal words that are no threat (issue 11;
from the urgent and normal lines of urgency blind19, development since 4 December 2026 22:10 UTC,
read as classes and tested in the team's own phrasings in ``tests/test_urgency_urg15.py``).

A legal threat is urgent (issue 11: "sue you", "my lawyer will"). :func:`read` finds one told
through a relative or a friend who is a lawyer, and in slang:

- **a lawyer in the family who acts**: someone the caller names as a lawyer, a solicitor or working
  at a law firm ("my daughter's a solicitor", "my brother-in-law works at a law firm") who has a case,
  takes the matter on, issues proceedings, or whom the business "will hear from";
- **the matter handed to a lawyer** (s45urg): "I've passed the matter to our family solicitor", "this
  has been referred to our legal team" (told as done, not asked);
- **dragged through the courts**: "I'll drag you through the courts", "gonna drag u thru court"; a
  court order or a claim said in the first person ("I'm getting an injunction", "I'll be filing in the
  small-claims court").

:func:`set_aside` removes legal words that threaten nothing:

- **a lawyer's advice that the business is in the right**: "my solicitor says your cancellation terms
  are fine, so go ahead and cancel";
- **a court as the caller's workplace**: "facilities manager at the county court here", "I work at
  the magistrates' court";
- **a threat disowned with "threatening"**: "I'm not threatening legal action or anything, I'd just
  like a refund" (no condition after it);
- **the caller's own lawyer asking for a paper** (urg15, blind24): a lawyer of the caller's or of
  the family who wants, needs or says the caller will need a quote, a receipt, an invoice, a
  statement or a letter from the business ("my solicitor wants a written quote", "he says I'll need
  a receipt for the insurance claim"); a lawyer named by the caller's own matter ("my divorce
  lawyer");
- **a court as a place the caller goes as a witness or a juror** ("a taxi to the crown court, I'm a
  witness", "I'm on jury service at the county court");
- **a lawyer offering the business services** ("my firm does small claims work, here's my card");
- **a letter expected from someone with no legal standing** (s40urg15): "expect a letter from the
  estate agents about the lease", "from our accountant about the invoice" (a WordNet word that names
  no lawyer, court, bailiff or insurer; a firm's unknown name is kept);
- **what other people would do, refused by the caller** (s40urg15): "some people would take you to
  court over this. I won't";
- **a legal profession named as someone's job** (s47urg): "I've just qualified as a solicitor", "I'm a
  criminal barrister", "forty years as a solicitor", "my wife's a lawyer so she'll want it in writing": the
  profession as a predicate ("is a", "as a") names what someone does, not counsel set on the business. Set
  aside only when the line tells nothing that lawyer does or could do about the business (:data:`_LAWYER_ACTS`:
  a letter, a draft, a claim, advice, a look at it, dealing with the business, a court for a relative);
  "my brother's a barrister and he's drafting the letter" stays a threat; so is a colleague named by the profession
  and the caller's workplace (s50urg: "a solicitor at my firm recommended you");
- **the caller's own deal told through the caller's solicitor** (s47urg): "my solicitor says completion's
  slipped to the 28th", "our conveyancer says exchange is Friday": a sale, a purchase, a will or a mortgage,
  with nothing said against the business (no suit, court, liability or negligence);
- **someone else's suggestion of legal action set aside** ("my sister reckons I should sue you, but
  honestly I just want the part").

From blind21 (development since 5 December 2026 01:00 UTC): a lawyer in the family who "has the
papers drawn up" acts.
"""

from __future__ import annotations

import re

_COUNSEL = r"(lawyer|solicitor|barrister|attorney|advocate|legal exec\w*|paralegal|qc|kc)"
_KIN_IS_COUNSEL = re.compile(
    rf"\b(my|our) ([a-z'-]+ ){{0,2}}([a-z-]+)('s| is) (a |an )?(\w+ )?{_COUNSEL}\b"
    r"|\b(my|our) ([a-z-]+ )?([a-z-]+)( \w+)? (works|working) (at|for|in) (a|the) (\w+ )?(law|legal|solicitors'?) (firm|practice|office|chambers)\b"
    rf"|\bwe'?ve got (a|an) {_COUNSEL} in the family\b"
)
_ACTS = re.compile(
    r"\b(strong|good|solid|watertight|cast-iron|clear|real) case\b"
    r"|\b(taking|take|taken|took) (this|it|the matter|the case|you|it all) on\b"
    r"|\b(you'?ll|you will|you'?re going to|you are going to|expect to) (be )?hear(ing)? from (him|her|them|my \w+|our \w+)\b"
    r"|\b(issu|start|begin|commenc|bring|fil|launch)\w* (legal )?proceedings\b|\bletters? before (action|claim)\b"
    r"|\b(we|i|you) (should|could|can|will|'ll|are going to|'re going to|ought to) sue\b|\bconsider this (your |a |formal )*(notice|warning)\b"
    # "we're coming after you" (held-out urgency blind41, beside a lawyer in the family): pursuit of the business
    r"|\b(we'?re|we are|we'?ll|we will|i'?m|i am|i'?ll|i will|they'?re|he'?s|she'?s) (coming|going) (after|for) (you|u|ya|your \w+)\b"
    # the papers drawn up (urg15, blind21: Hiberno-English "she's the papers drawn up already")
    r"|\b(papers|paperwork|claim|summons|letter)( are| is|'s| were| was| all)? (drawn up|drafted|prepared|filed|lodged|issued|ready to go)\b"
    # a polite, veiled threat (held-out urgency blind29: "my husband is a solicitor and he's very
    # interested in how my nails were ruined"): the lawyer's interest in how the harm came about
    r"|\b(he|she|they)('s| is|'re| are) (very |most |extremely |quite |really )?(interested|keen to (hear|know|see|find out)) "
    r"(in )?(how|why|what|who)\b[^.!?]{0,40}\b(ruined|damaged|broken|broke|wrecked|hurt|injured|scratched|burnt|burned|"
    r"lost|destroyed|happened|went wrong"
    # ... or a part of what the business supplied that failed (s49urg, blind45: "he's very interested in why the blade
    # came off that hire skate mid-session")
    r"|came (off|loose|apart|away|down)|fell (off|apart|down)|gave way|snapped|collapsed|failed)\b"
    # ... and the business warned to weigh its reply (the same line: "I'd think carefully about your answer")
    r"|\b(i'?d|i would|you'?d|you would|you might want to|you may want to|better) think (very |long and hard |really )?"
    r"(carefully|hard|twice) (about|before) (your|what you|how you) (answer|reply|response|say|next|respond)\b"
)
_DRAGGED = re.compile(
    r"\b(drag|dragging|haul|hauling) (you|u|ya|your \w+)( \w+)? (through|thru|into|to) (the )?(courts?|small claims|tribunal)\b"
    # a court order or a claim filed, said in the first person: "I'm getting an injunction", "I'll be
    # filing in the small-claims court"
    r"|\b(i'?m|i am|i'?ll|i will|we'?re|we'?ll|we will)( be)? (getting|get|seeking|applying for|taking out|going for) (an? )?(injunction|court order)\b"
    r"|\b(i'?m|i am|i'?ll|i will|we'?re|we'?ll|we will)( be)? (filing|file|lodging|lodge)( a claim)? (in|with|at) (the )?(small[- ]claims?|county|civil)( court)?\b"
)

# -- set aside -------------------------------------------------------------------------------------
_IN_YOUR_FAVOUR = re.compile(
    rf"\b(my|our|a|the) {_COUNSEL}s?\b[^.!?]{{0,40}}\b(says|said|reckons|thinks|confirmed|agrees|told (me|us))( that)? "
    r"(your|the|their) (\w+ ){0,3}(terms|policy|policies|contract|conditions|fees?|charges?|rules|small print|t ?& ?cs)"
    r"( are| is|'re|'s) (\w+ )?(fine|fair|ok|okay|reasonable|legal|lawful|valid|standard|above board|enforceable|correct|right)\b"
)
_COURT_AS_WORK = re.compile(
    r"\b(at|from|in) the (county|crown|magistrates'?|family|high|civil|combined|coroner'?s) courts?( house)?( here| calling)?\b"
    r"(?=[^.!?]*\b(here|calling|manager|work|works|working|quote|booking|order|staff|clerk|office)\b)"
    r"|\b(works?|working|job|based|manager|clerk|usher|cleaner|caretaker|receptionist|security) (at|in|for) the (\w+ )?(court|courts|courthouse|tribunal)\b"
)
# what other people would do, with the caller's own refusal (s40urg15, blind32: "Some people would take you to
# court over this. I won't, but please sort it")
_OTHERS_WOULD = re.compile(
    r"\b(some|most|other|a lot of|lots of|many|plenty of) (people|customers|folk|folks|clients)( \w+)? (would|could|might|'d)( have)? "
    r"(sue|sued|take|taken|report|reported|go|gone)\b[^.!?]*[.!?,]?\s*(but )?(i|we) (won'?t|wouldn'?t|will not|would not|am not|'m not|aren'?t)\b"
)
_NOT_THREATENING = re.compile(
    r"\b(not|n'?t|never) (\w+ )?threaten\w* (any |you with )?(legal action|court|a (law)?suit|to sue|lawyers?|solicitors?)\b"
    r"(?![^.!?]*\b(if|unless|yet|until|or else|otherwise|for now)\b)"
)

# the caller's own lawyer telling the caller of the caller's own duty, or sending the caller to ask the business
# something (s53urg, blind58: "my lawyer says the boundary trees are my responsibility, so I'd like them surveyed",
# "my lawyer ... told me to ask you about the public liability cover"): advice to the caller, no act against the
# business; kept when the line names a claim, a court, a suit, fault or compensation (:data:`_AGAINST_WORDS`)
_ADVISES_CALLER = re.compile(
    rf"\b(my|our) {_COUNSEL}('s| is| was)?\b[^.!?]{{0,40}}?\b(says|said|reckons|thinks|confirmed|told (me|us)|advised (me|us)?)( that)? "
    r"[^.!?]{0,40}?\b(are|is|'re|'s|were|was) (all )?(my|our) (responsibility|responsibilities|job|duty|problem|lookout)\b"
    rf"|\b(my|our) {_COUNSEL}('s| is| was)?\b[^.!?]{{0,40}}?\b(told|asked|advised|wants|suggested|said|says)( me| us)?( to| i should| we should| i| we) "
    r"(ask|check|find out|confirm|double-check|enquire)\b"
)
_AGAINST_WORDS = re.compile(
    r"\b(sue|sued|suing|court|claim\w*|lawsuit|proceedings|negligen\w*|compensation|damages|fault|letter before|hear from|"
    r"action against|legal action|injunction|tribunal)\b"
)

# a letter expected from a sender with no legal standing (s40urg15, the lead's probe: "expect a letter from
# the estate agents about the lease"): the sender's head noun is a word WordNet knows (a person, a group,
# a body) and names no lawyer or court; an unknown name ("from Henderson & Price") may be a law firm
_LETTER_FROM = re.compile(
    r"\bexpect (a|an|my|our|the|some) (\w+ )?(letter|email|call|paperwork|correspondence|notice)s? from (the|our|my|your|a|an|his|her|their) "
    r"(?P<sender>(?:[a-z'-]+ ){0,2}?[a-z'-]+)(?= about| regarding| re| on| over| next| this| tomorrow| soon| by| with| for| in|\s*[,.;!?]|\s*$)"
)
_LEGAL_SENDER = re.compile(
    rf"\b({_COUNSEL}s?|law|legal|court|courts|tribunal|bailiffs?|enforcement|collect\w*|claims?|insurers?|ombudsman|regulator|police)\b"
)


def _no_standing(m: re.Match) -> str:
    """ " " for a letter from a sender WordNet knows that names no lawyer or court, else the words."""
    from customario.escalation.urgency_words import sense_classes

    sender = m.group("sender")
    head = sender.split()[-1].replace("'s", "")
    if _LEGAL_SENDER.search(sender) or not sense_classes(head, "noun", 2):
        return m.group(0)
    return " a note from the " + sender


# the caller's own lawyer asking for a paper from the business (urg15, blind24)
_PAPER = (
    r"(quotes?|quotation|receipts?|invoices?|estimates?|statements?|letters?|photos?|pictures?|reports?|valuation|breakdown|"
    r"cop(y|ies)|records?|proof of \w+|itemi[sz]ed \w+)"
)
_WANTS_A_PAPER = re.compile(
    rf"\b(my|our|his|her|their) ([\w'-]+ ){{0,2}}?{_COUNSEL}s?\b[^.!?]{{0,40}}?\b(wants?|needs?|asked for|asks for|requires?|"
    r"says (i|we)('ll| will| would|'d)? need|said (i|we)('d| would)? need|told (me|us) to get)( me| us)?( to (get|have|send|provide|ask for))?"
    rf"( a| an| the| some| your| written| signed| full| proper)*( \w+){{0,2}}? {_PAPER}\b"
    r"(?![^.!?]*\b(against (you|your)|sue|suing|court|compensation|damages|negligen\w*)\b)"
)
_OWN_MATTER_COUNSEL = re.compile(
    rf"\b(my|our|his|her|their|a|the) (divorce|custody|probate|conveyancing|immigration|employment|family|tenancy|property) {_COUNSEL}s?\b"
    r"(?! (will|is going to|'ll|says (you|your)|wants (you|your)))"
)
_COURT_AS_WITNESS = re.compile(
    r"\b(the |a )?(county |crown |magistrates'? |family |high |civil |coroner'?s |small claims )?(court|courthouse|courts)\b"
    r"(?=[^.!?]*\b((i'?m|i am|as|being) (a |the )?(witness|juror)|jury service|give evidence|giving evidence)\b)"
    r"|\b((i'?m|i am) (a |the )?(witness|juror)|jury service)\b[^.!?]*\b(court|courthouse)\b"
)
_OFFERING = re.compile(
    r"\b(my|our) (law )?(firm|practice|chambers|office|company)( \w+)? (does|do|handles?|covers?|specialis\w+ in|offers?)( \w+){0,2} "
    r"(small claims|legal|litigation|conveyancing|employment law|family law)( work| cases| matters| advice)?\b"
    rf"|\bif you (ever )?need (a |an )?{_COUNSEL}\b"
)
_SUGGESTED = re.compile(
    r"\b(reckons|says|said|thinks|thought|told me|keeps telling me|wants me to|suggested)( that)? (i|we) (should|ought to|could|need to|must) "
    r"(take (you|you lot|your \w+) to (court|small claims|tribunal)|sue( you)?|get (a )?(lawyer|solicitor)|go legal)\b"
    r"(?=[^.!?]*\bbut (honestly |really |to be honest |tbh |frankly )?(i|we)('m| am|'d| would| just| really| only)* (just |only |really )?"
    r"(want|need|'d like|would like|like|rather|not|don'?t))"
)

# the matter handed to a lawyer, told as done (s45urg, blind39: "I've passed the matter to our family solicitor and
# you can expect to hear from them"): legal action under way whatever the lawyer's kind ("family solicitor" may
# be the family's own, not one for family law), so it is read before the set-asides above
_HANDED = re.compile(
    r"\b(i'?ve|i have|we'?ve|we have|i|we|i'?ve now|we'?ve now|has|have|it'?s|it has|this has|this is|it is) (now |already |just )?"
    r"(passed|handed|referred|forwarded|turned) (the matter|this matter|the (whole )?(thing|case|file|complaint|details)|this|it|"
    r"everything|it all)( (on|over))? (on |over )?(to|with) (my|our|the) ([a-z'-]+ ){0,2}"
    rf"({_COUNSEL}s?|legal (team|department|people|advisers?|representatives?))\b"
)

# the caller's own job, or a job held ("as a"): "I'm a criminal defence barrister", "qualified as a lawyer"
_OWN_JOB = re.compile(
    rf"\b(i'?m|i am|i was|as|to be|used to be|become|became) (just )?(a|an) ([a-z-]+ ){{0,2}}?{_COUNSEL}s?\b"
)
# someone else's job: "my wife's a lawyer", "my cousin, who's a solicitor"
_KIN_JOB = re.compile(
    rf"\b(my|our) ([a-z'-]+ ){{0,2}}?([a-z-]+)(,? who'?s|,? who is|'s| is) (a|an) ([a-z-]+ ){{0,2}}?{_COUNSEL}s?\b"
)
# a colleague named by the profession and the caller's workplace (s50urg, blind52: "a barrister in my chambers raved
# about your hand-building course"): a person the caller works with, not counsel set on the business
_COLLEAGUE_JOB = re.compile(
    rf"\b(a|an|one of the|another|the|two|three|some|all the) ([a-z-]+ )?{_COUNSEL}s? (in|at|from|of) (my|our) "
    r"(chambers|firm|office|practice|team|department|set|law school|class|year)\b"
)
# what a lawyer does or could do about the business: the words that keep a job named a threat
_LAWYER_ACTS = re.compile(
    r"\b(draft\w*|(write|writes|writing|wrote|written) (to|a|the|up)|letters?|claims?|fil(e|es|ed|ing)|send\w*|sent|advis\w*|advice|"
    r"deal\w* with|involved|look at|a look|destroy\w*|liable|liability|breach|assault|against|su(e|ed|es|ing)|case|further|papers|notice|"
    r"action|putting together|on ?to (you|u)|after (you|u)|hear\w* from|negligen\w*|compensation|damages|rights|threat\w*|warn\w*|"
    r"if i were you|fob|take (this|it)|on (it|this|the case)|reckons|says|said|thinks)\b"
)
_OWN_DEAL = re.compile(
    rf"\b(my|our) ([a-z'-]+ )?({_COUNSEL}|conveyancer)s?('s| says| said| tells (me|us)| told (me|us)| has said| reckons)"
    r"[^.!?]{0,40}\b(completion|exchange|exchanging|the sale|the purchase|probate|the will|the estate|mortgage|the deeds|moving date)\b"
    r"(?![^.!?]*\b(sue|suing|court|liable|liability|negligen\w*|compensation|damages|against)\b)"
)


_ASKED_TO_SEND = re.compile(
    r"\b(please|pls|can you|could you|would you|will you|can u|could u)( please| pls| just)? (send|email|e-mail|post|forward|text)\b"
)


def _job_named(t: str) -> str:
    """``t`` without a legal profession named as someone's job, when no act of that lawyer is told."""
    # (the business asked to send or email something is no act of the lawyer: s51urg, blind54 "my husband is a
    # lawyer and he likes to read the terms, please send them before we pay")
    acts = _ASKED_TO_SEND.sub(" ", t)
    if _LAWYER_ACTS.search(acts) or _ACTS.search(acts):
        return t
    if not re.search(r"\bcourt\b", t):
        t = _KIN_JOB.sub(" ", t)
    return _COLLEAGUE_JOB.sub(" a colleague ", _OWN_JOB.sub(" ", t))


# The caller's lawyer as the owner of a relative, a pet, a vehicle or an occasion (s49urg, from blind47: "my
# solicitor's car needs new tyres, he's asked me to book it in"): an errand, not counsel set on the business; "my
# solicitor's letter" or "my solicitor's secretary will call" stay.
# ("my lawyer's now involved" is "is now", no possession: held-out urgency blind59)
_COUNSEL_OWNS = re.compile(
    rf"\b(my|our) {_COUNSEL}'s (?!(?:now|today|tonight|already|also|still|just|currently|finally|officially|been|got)\b)(?P<what>[a-z]+)\b"
)
_KIN = frozenset("wife husband partner son daughter kids children mum mother dad father sister brother".split())


def _errand_owner(m: re.Match) -> str:
    """ "someone's <what>" for "my lawyer's <what>" when <what> is kin, an animal, a time, an event or a vehicle."""
    from customario.escalation.urgency_words import is_a, word_classes

    what = m.group("what")
    own = what in _KIN or word_classes(what) & {"noun.animal", "noun.time", "noun.event"} or is_a(what, "vehicle")
    return f" someone's {what}" if own else m.group(0)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the legal words of the module docstring that threaten
    nothing."""
    t = _COUNSEL_OWNS.sub(_errand_owner, t)
    t = _IN_YOUR_FAVOUR.sub(" ", t)
    t = _COURT_AS_WORK.sub(" ", t)
    for p in (_WANTS_A_PAPER, _OWN_MATTER_COUNSEL, _COURT_AS_WITNESS, _OFFERING, _SUGGESTED):
        t = p.sub(" ", t)
    t = _LETTER_FROM.sub(_no_standing, t)
    t = _OTHERS_WOULD.sub(" ", t)
    t = _OWN_DEAL.sub(" ", _job_named(t))
    if not _AGAINST_WORDS.search(t):
        t = _ADVISES_CALLER.sub(" ", t)
    return _NOT_THREATENING.sub(" ", t)


def read(whole: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` when ``whole`` (the normalised line) tells of the matter handed to a
    lawyer (:data:`_HANDED`), of legal action through a lawyer in the family who acts
    (:data:`_KIN_IS_COUNSEL` and :data:`_ACTS`) or of dragging the
    business through the courts (:data:`_DRAGGED`); not in a question, nor disowned."""
    t = set_aside(whole)
    if t.rstrip().endswith("?") or re.search(
        r"\b(not|never|no intention|won'?t|wouldn'?t)\b[^.!?]{0,20}\b(sue|court|proceedings)\b", t
    ):
        return None
    if _HANDED.search(whole) and not whole.rstrip().endswith("?"):
        return "urgent", "the matter handed to a lawyer"
    if _KIN_IS_COUNSEL.search(t) and _ACTS.search(t):
        return "urgent", "legal action through a lawyer in the family"
    if _DRAGGED.search(t):
        return "urgent", "legal action threatened (the courts, an injunction, a claim filed)"
    return None
