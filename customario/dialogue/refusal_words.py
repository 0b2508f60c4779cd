"""The words of a refusal to answer ("I'd rather not say", "none of your business", "skip", "I'll
give that one a miss"): regular-expression sources that :mod:`customario.dialogue.codes` reads
(:func:`~customario.dialogue.codes.is_refusal`). Split from :mod:`codes` when it reached the size
of one sitting (STYLE.md convention 8). Pure data, no I/O.
"""

from __future__ import annotations

# "None of your business" and its stock variants (Merriam-Webster lists "none of your beeswax" as
# a jocular form): "none of your concern", "none of your damn business". A refusal, and its "none"
# is no zero (held-out answers blind35 had stored "None of your beeswax." as 0 dollars).
NOT_YOUR_BUSINESS = (
    r"\bnone of (?:your|ur|yer|yo)(?: (?:damn|damned|bloody|flipping|freaking|frigging|effing|god ?damn(?:ed)?))? "
    r"(?:business|beeswax|concern|affair|lookout)\b"
)
# The will-not said with the rating verb itself and ending the turn: "I won't score them.", "Not
# going to rate it, sorry.", "I won't be scoring the bank." (answers blind45): to a rating question
# (nps, scale) the caller declines the question's own deed, a refusal; to "Will you rate us
# online?" it is a no, so answer_codes applies it to ratings only. A number or more words after it
# leave it to the other rules.
RATING_DECLINED = (
    r"\b(?:won'?t|will not|not (?:going to|gonna)|(?:i'?m|i am) not going to)\s+(?:be\s+)?"
    r"(?:rate|rating|score|scoring|grade|grading|mark|marking|rank|ranking)\s+"
    r"(?:them|him|her|it|that|this|you|those|these|anyone|anybody|(?:the|this|that|your|my|our)\s+[a-z]+)"
    r"(?:\W+(?:sorry|thanks|thank you|mate|love|dear|i'?m afraid))*\W*$"
)
# "I'm not going to bother, thanks.", "not gonna bother with that one" said alone.
NOT_BOTHERING = (
    r"^\W*(?:(?:nah|no|nope|um+|uh+|well|honestly|look)\W+)*(?:i'?m |i am )?not (?:going to|gonna) bother"
    r"(?: with (?:that|this|it)(?: one| question)?| answering(?: that| this)?)?(?:\W+(?:sorry|thanks|thank you|cheers))*\W*$"
)
REFUSED = (
    # "I'd sooner not tell you which one" (answers blind41): "sooner" as "rather" (British)
    # ... but "I'd rather not have to come back three times" wishes something away and declines nothing
    # (answers blind43, an open answer coded refused)
    r"\b(prefer|rather|sooner) not\b(?! (?:to )?(?:have|need|be made|be forced) to\b)",
    # "I'd best not, I'm on the committee myself" (answers blind54): "had best" as "had better",
    # declining, said alone or before a verb of telling ("it's best not to water at noon" advises)
    r"\b(?:i'?d|i had|we'?d|we had) best not\b(?=\s*(?:[,.;!]|$|say|answer|tell|comment|go into|get into))",
    r"\bnot (going|gonna) (to )?(say|answer|tell)\b",
    r"\brefuse\b",
    NOT_YOUR_BUSINESS,
    # ... and its plural, as Indian English says it ("No comments.", answers blind60)
    r"\bno comments?\b",
    r"\bdecline to\b",
    # "Nope, skipping that." (answers blind43): the keyword as a participle too
    # (not the noun: "the skip that never gets emptied", answers blind54, a rubbish skip)
    r"(?<!\bthe )(?<!\ba )(?<!\bour )(?<!\bmy )(?<!\byour )(?<!\btheir )(?<!\bthat )(?<!\bthis )\bskip(?:ping)? (it|this|that)\b",
    # "I'll skip the rating", "let's skip this question" (answers blind38)
    r"\b(?:i'?ll|i will|i'?d rather|i'?d like to|let'?s|can i|can we|i want to) skip (?:the|this|that) "
    r"(?:rating|question|score|one|scoring|part|bit)\b",
    # "Skip.", "hmm, pass", "uh, skip, please": the keyword alone but for fillers and politeness, as
    # the whole answer or its last sentence ("No opinion. Pass.": the caller declines to go on);
    # "Nah, pass.", "Nope, skip", "No. Pass.": a no said before it declines too (held-out blind27 had
    # stored "Nah, pass." as the open answer); a bare "no pass" with no break may be about a pass;
    # indifference or impatience before it declines as well: "Whatever, skip.", "Look, pass."
    r"(?:^|[.!?;]\s+)\W*(?:(?:um+|uh+|hmm+|hm|er+m?|oh|ah|well|okay|ok|just|so|nah+|nope|naw|meh|eh|whatever|"
    r"look|honestly|sorry|frankly)\W+|no[,.;!]\s*)*(skip|pass)"
    r"(?:\W+(?:please|thanks|thank you|sorry))?\W*$",
    r"\bi'?ll pass\b",
    # "Nah, not giving that out.", "Not giving you a date, I'll call you", "No rating from me.": the
    # caller withholds the very thing asked for (answers blind30)
    # "I'm not giving out details about my family", "I'm not sharing my plans" (answers blind37)
    r"^\W*(?:(?:nah|no|nope|sorry|um+|uh+|well|look)\W+)*(?:i'?m |i am |we'?re |we are )?not (?:giving|telling|sharing|handing)(?: you| them)?"
    r"(?: out)? (?:(?:that|it|this|those)(?: out| away| up| to you)?(?=\s*[,.;!?]|\s*$)|"
    # (plural too: "I'm not giving out dates, thanks", answers blind53, blind56)
    r"(?:(?:a|an|any|my|the|our|personal|family|private) )*(?:dates?|ratings?|scores?|numbers?|figures?|answers?|"
    r"details?|info|information|plans)\b(?! (?:of|higher|lower|more|less|than)\b))",
    # "Not saying what's in the house, sorry", "not telling you how much I earn": the thing asked for,
    # named by a question word, withheld (answers blind32)
    r"^\W*(?:(?:nah|no|nope|sorry|um+|uh+|well|look)\W+)*(?:i'?m |i am )?not (?:saying|telling(?: you)?|sharing|giving out) "
    r"(?:what|which|how much|how many|where|who|when)\b",
    # "I won't be giving you that", "we won't be sharing that" (answers blind44): the withholding said ahead
    r"^\W*(?:(?:nah|no|nope|sorry|um+|uh+|well|look)\W+)*(?:i|we) (?:won'?t|will not) be (?:giving|telling|sharing|handing)"
    r"(?: you| them)?(?: out)? (?:that|it|this|those)(?: out| over| to you)?(?:\W+(?:sorry|thanks|mate|love|dear))*\W*$",
    r"^\W*(?:(?:nah|no|nope|sorry|well|look)\W+)*no (?:rating|score|number|answer|comment|figures?|date|details?) "
    r"(?:(?:from|out of) me\s*|today\s*)+\W*$",
    # "Pass, I've got to go.", "Skip, sorry, I'm busy": the keyword first, then only a reason to stop
    r"^\W*(?:(?:um+|uh+|hmm+|er+m?|oh|ah|well|just|so)\W+)*(?:skip|pass)\s*[,.;!-]+\s*(?:(?:sorry|sorry but|look)\W+)*"
    r"(?:i'?ve got to go|i have to go|i need to go|i gotta go|gotta go|got to go|i must go|i'?m busy|i'?m in a (?:rush|hurry)|"
    r"no time|i'?m driving|i'?m at work|i'?m late)\b[^?]*$",
    # "That's personal", "a private matter", "Private.": not "I had a personal trainer".
    # ... or confidential: "That's confidential, sorry." (answers blind70 asked it again)
    r"\b(that'?s|it'?s|that is|it is|bit|too|rather|kind of|pretty|very|quite|strictly)\s+(personal|private|confidential)\b",
    r"\b(personal|private) (question|matter|information|info|stuff|business|thing)\b",
    r"^\W*(personal|private)\W*$",
    # ... or to comment: "I don't want to comment on the chef." (answers blind65 had stored it as a no)
    # ("Don't wanna say.": "wanna" is "want to", answers blind72 had stored it as a no)
    r"\b(?:don'?t|do not) (?:really |particularly )?(?:want to|wanna) (say|answer|tell|share|comment)\b",
    # ... or says the will-not: "I won't comment on him.", "not going to comment" (answers blind70
    # had stored it as the open answer)
    r"\b(?:won'?t|will not|not (?:going to|gonna)|(?:i'?m|i am) not going to)\s+(?:be\s+)?comment(?:ing)?\b",
    # "I don't want to rate a person", "I don't really want to give dates out over the phone": the
    # caller declines to give what the question asks for
    r"\b(?:don'?t|do not) (?:really |particularly )?(?:want|wish|like) to (?:rate|score|grade|judge|mark|give (?:out )?"
    r"(?:a |any |my |our |out )?(?:rating|ratings|score|scores|number|numbers|dates?|figures?|details?|that|it|those))\b",
    # "I'm not coming, so, skip": the keyword after the reason
    r"\bso\W+(?:skip|pass)(?: (?:it|this|that|this one|that one))?\W*$",
    # "Nothing I want to share", "nothing I'd care to say": a refusal, not "nothing" as an answer
    r"^\W*(?:(?:um+|uh+|oh|well|no|nah)\W+)*(?:nothing|not much|not anything) (?:that )?i(?:'?d| would)? "
    r"(?:want|wanna|care|like|feel like|need) (?:to )?(?:share|say|tell|get into|go into|talk about|put)\b",
    # "Nothing I want on the record", "nothing I'd like on record": what the caller would say is kept
    # off the record, not "nothing" as the answer (answers blind72 had stored it as the open answer)
    r"^\W*(?:(?:um+|uh+|oh|well|no|nah)\W+)*(?:nothing|not much|not anything) (?:that )?i(?:'?d| would)? "
    r"(?:want|wanna|care to (?:have|put)|like|need) (?:to (?:go|be|put) )?on (?:the )?record\b",
    r"\brather not (say|answer|tell)\b",
    # "I'd rather not commit to anything", "prefer not to speculate": no answer, no promise (answers
    # blind19, blind29), to a question of intention as much as of fact
    r"\b(?:rather|prefer) not (?:to )?(?:commit|promise|pledge|speculate|predict)\b",
    # "I don't rate people.", "I don't like rating people, pass.", "I never score staff": declining, as
    # a habit, to rate a person at all (answers blind29, blind32)
    r"\b(?:don'?t|do not|never|won'?t|will not|not (?:going to|gonna)) (?:really |particularly |like |like to |want to |ever )?"
    r"(?:rate|rating|score|scoring|grade|grading|judge|judging|mark|marking) (?:people|persons|staff|anyone|anybody|"
    r"individuals|others|folks?|a person|someone|somebody|workers|employees)\b",
    r"\bpass on (this|that)\b",
    r"\bnext question\b",
    r"\bnot comfortable (answering|saying|sharing)\b",
    # "I'm not comfortable talking money over the phone", "not comfortable discussing that"
    r"\b(?:not|un) ?comfortable (?:talking|discussing|giving|telling|disclosing|going into|getting into)\b",
    # "I'd rather keep that private", "I'll keep those details confidential"
    r"\bkeep(?:ing)? (?:that|it|this|those|these|my|our)(?: \w+)? (?:private|confidential|personal)\b",
    r"\bwon'?t (say(?! no\b)|answer|tell)\b",  # not "I won't say no" (a yes, yesno_words._LITOTES_YES)
    r"\bno answer\b",
    # "I'd rather keep it to myself", "I'll keep my thoughts to myself", "we keep our views to ourselves"
    # ... or the thing asked about named with "the": "I'd rather keep the money side to myself" (answers blind54)
    r"\bkeep(?:ing)? (?:that|it|this|those|these|my|our|any|the)(?: [a-z']+){0,2}? to (?:myself|ourselves)\b",
    r"\bnot telling\b",
    r"\bmind your own\b",
    # The same refusal in other words: "Not answering that", "Not gonna go into all that", "I don't
    # give out those ratings", "nunya business", "that's between me and my dentist".
    r"\bnot (answering|sharing|discussing|disclosing|rating|scoring) (that|this|it|those|these)\b",
    # ... or questions of a kind, and the bare words closing the turn: "I'm not answering political
    # questions.", "I don't see why that matters. Not answering." (answers blind46)
    r"\bnot answering (?:(?:any|those|these|such|your|personal|private|political|\w+al) )?questions\b",
    r"(?:^|[.!?;]\s+)\W*(?:(?:nah|no|nope|sorry|look|well)\W+)*(?:i'?m |i am )?not answering"
    r"(?:\W+(?:sorry|thanks|thank you|mate|love))*\W*$",
    # "I'm not going to bother, thanks." as the whole answer (answers blind43): the caller declines
    # to answer at all; to a yes/no question it is a "no" (refused_or_dont_know reads it so first)
    NOT_BOTHERING,
    r"\b(not|never) (going|gonna) (to )?(go|get) into (it|that|this|all that|all of that|details?|specifics)\b",
    r"\b(don'?t|do not|won'?t|will not|never) (give|hand) out (those|these|that|such|my|any|ratings?|scores?|numbers?|"
    r"dates?|details?|information|info|figures?|amounts?)\b",
    r"^\W*(?:(?:um+|uh+|well|sorry|no)\W+)*not saying\W*$",  # "Not saying."
    r"\b(don'?t|do not|won'?t|will not|never) (do|give|answer) (ratings?|scores?|surveys?|those|these)\b",
    # "What's it to you how I pay?": the question turned back as none of the agent's business (answers blind23)
    r"^\W*(?:(?:and|well|oh|so)\W+)?what'?s it to (?:you|ya|y'?all)\b|"
    r"\bnunya\b|\bnone of (ya|yer|your|ur) (business|beeswax|concern)\b|\bnot your (business|concern)\b",
    r"\b(that'?s|it'?s) between me and\b",
    r"\bkeep (that|it|this) between (me|myself|us) and\b",  # "I'd rather keep that between me and my bank"
    # "I'll leave that one", "Leave it blank", "leave that out"
    # ... and with a preference said first: "I'd sooner leave that blank" (answers blind46)
    r"^\W*(?:i'?ll |i will |i'?d (?:sooner |rather |prefer to |just )?|i would (?:sooner |rather )?|just |let'?s |"
    r"can we |we can )?leave (?:that|this|it)(?: one| question)?(?: blank| out| empty)?"
    # ... with the courtesy that closes it: "I'll leave that one, thanks." (answers blind45)
    r"(?:,? (?:please|thanks|thank you|sorry|cheers))*\W*$",
    # "Nah, next one.", "Move on, please." as the whole answer (answers blind42)
    r"^\W*(?:(?:nah|no|nope|um+|uh+|look|ok|okay|just)\W+)*(?:next one|next|move on|moving on|let'?s move on|on to the next one)"
    r"(?:,? please|,? thanks)?\W*$",
    r"^\W*leave it blank\b",
    # The refusal said as what the caller will not do now: "I'm not saying.", "I'm not telling you",
    # "I'm not going through all that", "I'm not scoring them." (not "I'm not saying it was bad, but")
    r"\b(?:i'?m|i am)\s+not\s+(?:saying|telling|answering|sharing|disclosing)(?:\s+(?:that|this|it|you|that one))?\s*(?:[,.;!?]|$)",
    r"\bnot (?:going|gonna|getting) (?:to )?(?:go |get )?(?:into|through) (?:it|that|this|all (?:that|this|of (?:that|it)))\b",
    r"\b(?:i'?m not|i am not|i won'?t be|i will not be|not)\s+(?:rating|scoring|grading|marking|ranking)\s+"
    r"(?:them|him|her|it|that|this|you|those|these|anyone|anybody)\s*(?:[,.;!?]|$)",
    # Privacy claimed: "That's my business", "it's my own business"
    r"\b(?:that'?s|it'?s|that is|it is)\s+(?:my|our)\s+(?:own\s+)?(?:business|affair|concern)\b",
    # Refusals with no refusal word (answers blind39, blind40, stop 42): the question waved past
    # ("Let's move past that one", "I'll give that one a miss"), privacy claimed of nobody ("That's
    # nobody's business but mine"), the kind of thing asked for withheld ("I don't give that kind of
    # info out on the phone", "That's not something I'm going to share", "Don't want to go into
    # that", "I'm not booking anything over the phone", "I'm not giving out that kind of information").
    r"\b(?:nobody|no one|no-one|noone)'?s (?:business|concern|affair)\b",
    r"\b(?:let'?s|can we|could we|we can|i'?d like to|i'?d rather|i want to) (?:move|go|get|skip) "
    r"(?:past|on from|by|over) (?:that|this|it)(?: one| question| bit)?\b",
    r"\bgiv(?:e|ing) (?:that|this) (?:one|question|bit) a miss\b",
    r"\b(?:don'?t|do not|won'?t|will not|never|not)\s+(?:give|hand|share|giving|handing|sharing)\s+(?:out\s+)?"
    r"(?:that|this|those|these|such|any|my|"
    r"personal|private)\s+(?:(?:kind|sort|type)s?\s+of\s+)?(?:info|information|details?|data|stuff)\b",
    r"\bnot something (?:i|we)(?:'?m|'?re| am| are|'?d| would|'ll| will)?\s+(?:going to |gonna |willing to |prepared to |happy to |"
    r"about to |want to |wanna |care to |comfortable )?(?:share|sharing|say|saying|tell|telling|discuss|discussing|disclose|"
    r"give out|go into|get into|talk about)\b",
    r"\b(?:don'?t|do not|wouldn'?t|would not) (?:really )?(?:want|wanna|care|like) to (?:go into|get into|talk about|"
    r"discuss) (?:that|it|this|those|these)\b",
    r"\bnot (?:booking|arranging|scheduling|making|committing to|giving|sharing|doing) (?:anything|any \w+|that|this|dates?)"
    r"(?: \w+)? (?:over|on) the (?:phone|telephone)(?:\W+(?:sorry|thanks|thank you|cheers))*\W*$",
    # The channel declined with a verb of telling or settling and a thing of a kind: "I don't fix
    # dates over the phone", "Rather not settle anything on this call, thanks", "We won't discuss
    # the fees on the phone" (answers blind57, blind60): only verbs of giving, booking and telling,
    # so "I don't like talking on the phone" (a preference, an answer to how to be contacted)
    # stays out.
    r"^\W*(?:(?:no|nah|nope|sorry|look|well|um+|uh+)\W+)*(?:(?:i|we)(?:'?m|'?re| am| are|'?d| would)? )?"
    r"(?:not|don'?t|do not|won'?t|will not|never|(?:rather|sooner) not|prefer not to)\s+"
    r"(?:give|giving|give out|giving out|book|booking|fix|fixing|arrange|arranging|commit to|committing to|discuss|"
    r"discussing|share|sharing|schedule|scheduling|settle|settling|confirm|confirming|decide|deciding) "
    r"(?:[a-z']+ ){0,3}(?:over|on) (?:the|this) (?:phone|telephone|call)(?:\W+(?:sorry|thanks|thank you|cheers))*\W*$",
    # The matter taken elsewhere, the call ruled out: "I'll sort that out with the school directly,
    # not on this call", "We'll settle it in person, not over the phone" (answers blind58).
    r"^\W*(?:(?:no|nah|sorry|look|well)\W+)*(?:i|we)(?:'ll| will) (?:sort|settle|discuss|arrange|take|deal with|handle|"
    r"talk about|raise|fix)\b[^?]*,\s*not (?:on|over) (?:the|this) (?:phone|telephone|call)\W*$",
    # The will-not said in full or with "'ll not" (Irish, Scottish and Northern English put the "not"
    # after the contracted "will": "I'll not answer that", "we'll not say"), which the "won't"
    # above misses; answers blind48 had read "Eh, I'll not answer that, I don't want anybody getting
    # in trouble" to a yes/no question as a no. "I'll not say no" is a yes (_LITOTES_YES).
    r"\b(?:i|we)(?:'ll| will| shall) not (?:say(?! no\b)|answer|tell)\b",
    # Leaving the question out, followed by the reason why: "Leave that one out, it's not fair on
    # the lads" (answers blind48). The plain "leave that out" above must end the turn; with "that
    # one" / "this question" named, or "out" said, it is the question left out at the start of the
    # answer, whatever reason follows. ("Leave it out!" alone, British for "come off it", stays out.)
    r"^\W*(?:(?:um+|uh+|oh|eh|well|look|nah|no)\W+)*(?:i'?ll |i will |i'?d (?:sooner |rather |just )?|just |let'?s |"
    r"can we |please )?leave (?:that|this)(?: one| question)? out\b[^?]*$",
    # Privacy claimed of the very thing asked, named by a question-word clause as the subject:
    # "What I paid is my own affair", "How much we spend is our business" (answers blind48). Only
    # with such a subject: "the shop is my own business" tells what the caller runs.
    r"^\W*(?:(?:um+|uh+|oh|well|look|honestly)\W+)*(?:what|how much|how many|how often|where|who|when|which|why)\b"
    r"[^,.;!?]*\b(?:is|was|are|were) (?:my|our) (?:own )?(?:business|affair|concern|lookout)\b",
    # Withholding written by callers who never read these rules (answers blind48, blind50, blind51,
    # blind52): the refusals above said with one more word than they allow.
    # - the kind of data named with a modifier: "I don't give out banking details", "we never hand
    #   out personal financial information" (the plain "give out details" is above);
    r"\b(?:don'?t|do not|won'?t|will not|never)\s+(?:give|hand)\s+out\s+(?:[a-z]+\s+){1,2}"
    r"(?:details|information|info|data|numbers|figures)\b",
    # - the business denied as a question: "Why is that any of your business?", "How is it any of
    #   your concern?" (the question's answer is "it is none of your business");
    r"\b(?:why|how)(?: is| would be|'s) (?:that|it|this) any of (?:your|yer|ur) (?:business|concern|beeswax|affair)\b",
    # - what is kept to oneself named by a question-word clause: "We'd prefer to keep what we paid
    #   to ourselves", "I'll keep how much I spent to myself";
    r"\bkeep(?:ing)? (?:what|how much|how many|how often|where|who|when|which)\b(?: [a-z']+){1,4}? "
    r"to (?:myself|ourselves)\b",
    # - the topic refused in the present, as the whole turn: "I'm not discussing money.", "We're not
    #   disclosing our income." (the plain "not discussing that" is above; "not going into town"
    #   is no refusal, so only the verbs of telling).
    r"^\W*(?:(?:nah|no|nope|sorry|look|well)\W+)*(?:i'?m|i am|we'?re|we are) not (?:discussing|disclosing) "
    r"(?:[a-z']+ ){0,2}[a-z']+(?:\W+(?:sorry|thanks|mate|love))*\W*$",
)
