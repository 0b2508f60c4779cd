"""The words of yes and no (:mod:`customario.dialogue.yesno` reads them): plain and idiomatic
yeses and noes, both-and-neither ("sort of"), no-words that are no answer ("no problem"), soft
yeses and noes that are read back ("I think so", "I don't think so") and a yes said by denying a
no ("I wouldn't say no"). Regular-expression sources only; split from :mod:`yesno`.
"""

from __future__ import annotations

import re

from customario.dialogue.pidgin import COPULA_NEXT

_YES = (
    r"\byes\b",
    r"\byeah\b",
    r"\byep\b",
    r"\byup\b",
    r"\bya\b",
    r"\byea\b",
    r"\byah\b",
    # texting shorthand, alone or opening the answer: "yh he did" (answers blind49)
    r"^\W*(?:yh|ys)\W*$|^\W*yh\b(?=\W+[a-z])",
    r"^\W*y+a+s+\W*$",  # "yas", "yass", "yaaas": slang, as the whole answer
    r"^\W*(?:(?:yeh|yeah|yes|ya|yea|yep)\W+)?(?:def|defo|deffo|ofc)\W*$",  # texting: "def", "defo", "ofc"
    r"^\W*haa?n\b(?!\W*(?:ji\W+)?nahi?n?\b)",  # Hindi/Urdu "haan" (yes) opening an Indian English answer
    r"^\W*ja(?:\W+ja)*\b(?!\W*(?:nein|nee|nej|nei)\b)",  # German, Dutch, Nordic "ja" (yes) opening an answer
    # French "oui" (Canadian callers) and Spanish "sí" opening an answer, as "ja" (answers blind62,
    # blind59 asked "Oui, two of them." and "Sí, por favor." again); never before their "no"
    r"^\W*oui\b(?!\W*non\b)|^\W*s[ií](?:\W*$|\W+(?:por favor|claro|gracias)\b)",
    # ... and "sí" before the Spanish words that complete it: "Sí, todo." (yes, everything), "Sí, una
    # vez." (yes, once), "Sí, siempre", "Sí, señor" (answers blind74, Texas callers)
    r"^\W*s[ií]\W+(?:todo|toda|todos|todas|una vez|siempre|senor|senora|seguro|bueno)\W*(?:$|[,.!;])",
    # Tagalog "opo" (yes, with the polite "po"; KWF Diksiyonaryo) opening a Filipino English
    # answer (answers blind74, Singapore households: "Opo, they were early even.")
    r"^\W*opo\b",
    # Singlish "can" (yes, it is fine; Dictionary of Singlish and Singapore English) as the whole
    # answer or its first clause: "Can.", "Can, send me." (answers blind74 asked "Can." again)
    r"^\W*can(?:\W+(?:can|one|lor|lah))*\W*(?:$|[,.!;])",
    # Swahili "ndiyo" (yes) and "kabisa" (absolutely) opening an East African English answer
    # (answers blind67, Kenyan callers, asked "Ndiyo." and "Kabisa!" again)
    r"^\W*(?:ndiyo|ndio|kabisa)\b(?!\W*(?:hapana|la)\b)",
    # Malay "betul" (right, true: Kamus Dewan) opening a Malaysian English answer; Spanish "sí"
    # written with its accent (never "if"), or said twice, and "claro (que sí)" ("of course") opening
    # an answer (answers blind72 asked "Betul, same.", "Sí, sí, the app." and "Claro que sí." again)
    r"^\W*betul\b(?!\W*(?:ke|tak|tidak)\b)|^\W*sí\b(?!\W*no\b)|^\W*si\W+s[ií]\b(?!\W*no\b)",
    r"^\W*claro(?:\W+que\W+s[ií])?\b(?!\W*(?:que\W+)?no\b)",
    # "We would love to.", "I'd love to!" as the whole answer (answers blind67 asked it again); a
    # clause after it ("I'd love to, but ...", "I'd love to sleep by the ice machine") is read elsewhere
    r"^\W*(?:(?:oh|ah|aw|well|yes|yeah|absolutely)\W+)*(?:i|we)(?:'d| would) (?:really |absolutely |just |so )?love to\W*$",
    # Australian "bloody oath" / "my oath": yes, certainly (Macquarie Dictionary, "oath"; answers blind62)
    r"^\W*(?:(?:oh|yeah|well)\W+)?(?:bloody|my) oath\b",
    r"\bsure\b",
    r"\babsolutely\b",
    r"\bdefinitely\b",
    r"\bof course\b",
    # "Obviously.", "Naturally!" as the whole answer (answers blind18); "obviously not" is a no
    r"^\W*(?:(?:well|oh|um+|uh+)\W+)?(?:obviously|naturally)\W*$",
    r"^\W*'?course(?: i do| it was| they did| yes)?\W*$",  # "'Course." (British)
    # "Course I would.", "'Course we did": the clipped "of course" before the answer's own verb
    r"^\W*'?course (?:i|we|it|they|he|she|you) (?:would|will|do|did|does|was|were|am|is|are|have|had|can)\b(?! not\b)(?!n'?t\b)",
    r"\bcorrect\b",
    r"\bthat'?s right\b",
    r"\bcertainly\b",
    r"\bindeed\b",
    r"\bi did\b(?! not\b)",
    r"\bit did\b(?! not\b)",
    # The short answer with "be" as the whole answer, once or said twice: "It was.", "It was, it
    # was.", "They were" (answers blind61 had asked "Was it delivered before the meal? It was, it
    # was." again); "it was late" says more and is read by its words
    r"^\W*(?:(?:oh|well|yeah|aye|yes)\W+)*(?P<be>(?:it|they|he|she|we) (?:was|were|is|are))(?:\W+(?P=be))*\W*$",
    r"\baffirmative\b",
    r"\btotally\b",
    r"\buh[- ]?huh\b",
    r"\bokay\b",
    # "Okey dokey", "okie-dokie", "okey-doke": a playful okay (Merriam-Webster "okeydokey")
    r"\bok(?:ey|ie|ay|y)?[- ]?dok(?:ey|ie|e|y)\b",
    r"\bok\b",
    r"\bgo ahead\b",
    r"\bfine\b",
    r"\bright\b",
    r"\bi do\b(?! not\b)",
    r"\bi am\b(?! not\b)",
    r"\byes please\b",
    r"\bthey did\b(?! not\b)",
    r"\bit does\b(?! not\b)",
    r"\bi have\b(?! not\b)",
    r"\bwe did\b(?! not\b)",
    # "we actually did escape", "I really did buy them": an emphatic did with an adverb between
    r"\b(?:i|we|they|he|she|it) (?:actually|really|definitely|certainly|honestly|truly|in fact) did\b(?! not\b)",
    r"\bmhm\b",
    r"\byessir\b",
    r"\bexactly\b",
    r"\bspot on\b",
    r"\bhundred percent\b",
    # "Was it ever!", "Too right", "Not half" (British: very much so)
    r"^\W*(?:was|did|were|is|does) (?:it|they|he|she) ever\W*$|\btoo right\b|^\W*not half\W*$",
    # "Oh, has it ever.": the same emphatic question with the perfect's auxiliary, opening the answer
    r"^\W*(?:(?:oh|ooh|well|boy|man)\W+)?(?:has|have|had) (?:it|they|he|she|we|i) ever\W*(?:[.!]|$)",
    # "Oh, were we ever. Half the boat was ill.", "Did I ever!": the emphatic question of the past
    # with any subject, opening the answer (answers blind37)
    r"^\W*(?:(?:oh|ooh|well|boy|man)\W+)?(?:was|were|did) (?:it|they|he|she|we|i) ever\W*(?:[.!]|$)",
    # "Afraid so.", "I'm afraid so": a yes to something regretted (the counterpart of "afraid not")
    r"^\W*(?:(?:oh|well|um+|yeah)\W+)?(?:i'?m |i am )?afraid so\b",
    r"^\W*100\s*(?:%|percent)|^\W*(?:ye|yeh|yeah yeah)\W*$",  # "100%", "ye", "yeh" as the whole answer
    r"\bon time\b",
    r"\bmm-?hmm\b",
    r"\bplease do\b",
    # Idioms of assent: "Aye", "You bet", "In a heartbeat", "By all means"; not "aye right" (a
    # scoffing no) nor one followed by a negation in its clause ("You bet I won't").
    r"\baye\b(?!,? right\b)(?![^,.;!?]*(\bnot\b|n't\b|\bnever\b))",
    # "You betcha, every single evening" (answers blind44): the Upper Midwest form
    r"\byou bet(?:cha|ya)?\b(?![^,.;!?]*(\bnot\b|n't\b|\bnever\b))",
    r"\bin a heartbeat\b(?![^,.;!?]*(\bnot\b|n't\b|\bnever\b))",
    r"\bby all means\b(?![^,.;!?]*(\bnot\b|n't\b|\bnever\b))",
    r"\bwithout (a )?(doubt|hesitation|question)\b(?![^,.;!?]*(\bnot\b|n't\b|\bnever\b))",
    # "Go on then" (British: giving in to an offer, Cambridge Dictionary "go on": used to encourage
    # or agree); answers blind48 "Go on then, send it over" to "Would you like us to send a price?"
    r"\bgo on then\b",
    # the Irish "go on so" ("so" closing an assent, Hiberno-English; answers blind58 "Go on so." to
    # "Would you like a text message ...?"); "go on" alone only to an offer (yesno_asides.gave_in)
    r"\bgo on,? so\b",
    r"\byes please\b",
)
_NO = (
    # Northern English: "Was it heck", "Did it heck", "Like heck it was"
    r"\b(?:was|did|is|were|does|do|has|had) (?:it|they|he|she|we) (?:heck|hell|eck)\b|\blike (?:heck|hell) (?:it|they|he|she) (?:was|did|were|does)\b",
    r"\bno\b",
    r"\bnope\b",
    r"\bnah\b",
    r"^\W*naw?e?\b(?<!\bna)",  # Scottish "naw", "nae" (as the answer's first word), Southern US "naw"
    # "na" opening a Pidgin statement is the copula, not "nah" ("Na ten I go give.": pidgin.COPULA_NEXT)
    r"^\W*na\b(?![ -]na\b)(?! " + COPULA_NEXT + r"\b)",
    # Spanish "claro que no" ("of course not"). Malay "tak" (no) is left out: Polish "tak" is yes
    # (answers blind58 code "Tak, yes, I was home." yes; blind72 has Malay "Tak." for no)
    r"^\W*claro\W+que\W+no\b",
    # Tagalog "hindi (po)" (no) and Singlish "cannot" (no, it will not do) opening the answer
    # (answers blind74: "Hindi po, ma'am.", "Cannot, my phone full of spam already.")
    r"^\W*hindi\W+po\b|^\W*hindi\W*$|^\W*cannot\W*(?:$|[,.!;])",
    r"^\W*hapana\b",  # Swahili "hapana" (no) opening the answer (answers blind67, Kenyan callers)  # "Na, there was loads free": "nah" typed short, opening the answer
    # "Sadly not.", "Unfortunately not, we ran out of time", "def not": a no with a feeling or texting
    r"^\W*(?:(?:sadly|unfortunately|regrettably|alas|luckily|thankfully|fortunately|happily|def|defo|deffo)\W+)+not\b"
    r"(?!\W+(?:only|just|quite|sure|exactly|really|that|too|as|much|enough|bad|great|good|long|many|for)\b)",
    r"\bnot really\b",
    r"\bnever\b",
    r"\bnegative\b",
    r"\bdidn'?t\b",
    r"\bdid not\b",
    r"\bwasn'?t\b",
    r"\bwas not\b",
    r"\bnot at all\b",
    r"\bno way\b",
    r"\bdon'?t\b",
    r"\bi do not\b",
    r"\bisn'?t\b",
    r"\bweren'?t\b",
    r"\bhaven'?t\b",
    r"\bdoesn'?t\b",
    r"\bnot quite\b",
    r"\bwrong\b",
    r"\bincorrect\b",
    r"\bnot right\b",
    r"\bnot exactly\b",
    # Spelled out as the contractions above are: "I have not", "it does not", "they were not"; "I am
    # not (a member)" closing its clause ("I am not sure" is a don't-know, read before this)
    r"\b(?:is|were|have|has|does) not\b",
    r"\bi(?:'m| am) not\b(?=\W*$|\W*[,.;!]|\s+(?:a|an|one|part|registered|signed|subscribed|enrolled|on)\b)",
    r"\bafraid not\b",
    r"^\s*not\b(?! half\W*$)",
    r"\bi used to\b",
    r"\bnot anymore\b",
    r"\bno longer\b",
    r"\bhell no\b",
    r"\bno chance\b",
    r"\bnot a chance\b",
    r"\bfat chance\b",
    r"\bnot on your life\b",
    # "Uh-uh" (a spoken no, the counterpart of "uh-huh"; answers blind48): hyphenated, or alone
    r"\b(?:uh|unh|nuh)-uh\b|^\W*(?:uh|unh|nuh) uh\W*$",
)
# Both and neither: "yes and no", "sort of", "partly" answer a yes/no question with neither.
BOTH = (
    r"\byes and no\b",
    r"\byes or no\b",
    r"\bsort of\b",
    r"\bkind of\b",
    r"\bpartly\b",
    r"\bpartially\b",
    r"\bsomewhat\b",
    r"\bsometimes\b",
    r"\bhalf (and|of)\b",
    r"\bdepends\b",
    r"\bit depends\b",
    # "Not unless they fix the parking": a no only while a condition holds, as much a yes as "only if"
    # (answers blind47; blind23's "Not unless they fix the showers")
    r"^\W*(?:(?:well|um+|uh+|oh|honestly|probably)\W+)*not unless\b",
    # "About ten minutes, right on the line" to "seen within ten minutes?": at the limit, either way
    # (answers blind45 had stored a yes)
    r"\b(?:right|just|bang|dead) on the (?:line|limit|cusp|borderline)\b|\bborderline\b",
    # "Aye right, as if." / "Yeah, right.": a scoffing no as often as a yes; asked again
    r"\b(aye|yeah),? right\W*((as if|sure|like that)\W*)?$",
)
# "We'll be back, don't you worry", "never fear", "not to worry": a reassurance said to the listener
# at the start of a sentence, not a no (answers blind46 had stored "We'll be back, don't you worry" to
# "Will your child carry on?" as a no); "I don't worry about it" is the caller's own no.
REASSURANCE = (
    r"(?:^|(?<=[,.;!?]))\s*(?:(?:oh|and|so|now)\W+)?(?:don'?t|do not) (?:you )?(?:worry|fret)\b"
    r"(?: (?:about (?:that|it)|yourself))?|\bnever fear\b|\bnot to worry\b"
)
_NO_NEUTRAL = (
    r"\bno problems?\b",
    r"\bno complaints?\b",
    r"\bno issues?\b",
    r"\bno worries\b",
    # "No problem" in other Englishes (answers blind50 had read "I will come back, no wahala" as a
    # no): Nigerian Pidgin "no wahala", Australian "no dramas", "no sweat" (easily)
    r"\bno (?:wahala|dramas?|sweat)\b",
    # ... and the Scots, Irish and Northern English "no bother", "nae bother" (answers blind52 had
    # read "Nae bother, he was on time." as no answer and "No bother, he was on time." as a no)
    r"\b(?:no|nae) bother\b",
    # A tag question closing the turn ("..., isn't it.", "..., didn't they?") restates its clause
    # with the polarity reversed: no answer of its own (answers blind50 had read "Well, that's the
    # question, isn't it." as a no)
    r",\s*(?:isn'?t|wasn'?t|aren'?t|weren'?t|doesn'?t|don'?t|didn'?t|hasn'?t|haven'?t|won'?t|wouldn'?t|can'?t|"
    r"couldn'?t) (?:it|he|she|they|we|you|i|there|that)\s*[.?!]*\s*$",
    REASSURANCE,
    r"\bnot a problem\b",
    r"\bwhy not\b",
    r"\bno doubt\b",
    r"\bnot bad\b",
    # "it went off for no reason", "done in no time": adverbial idioms, never the answer
    r"\bfor no (?:good |apparent |particular |real )?reason\b",
    r"\bin no time(?: at all)?\b",
    # "Of course, who doesn't?": a rhetorical question that strengthens the answer, not a no
    r"\b(?:who|what \w+|which \w+) (?:doesn't|does not|don't|wouldn't|would not|isn't|hasn't|hasn't got|didn't|won't)\s*\?",
    # "Of course I did, don't I always?", "He was, isn't he always": a tag that says it always is so
    r"\b(?:don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|aren'?t|weren'?t|haven'?t|hasn'?t) (?:i|we|you|he|she|they|it) always\b\W*$",
)
# "absolutely not", "of course not": a yes word that strengthens a no.
# "prob not", "probs not", "prolly not": the texting clippings of "probably" (answers blind47).
_EMPHATIC_NO = (
    r"\b(absolutely|definitely|certainly|of course|sure|totally|really|surely|probably|prob|probs|prolly|obviously|"
    r"clearly|evidently|naturally) not\b"
)
# "I think so", "I believe so", "kind of": a yes the caller is not sure of (read back).
_SOFT_YES = (
    r"\bi (think|believe|guess|suppose) so\b",
    r"\bi would think so\b",
    # "I'd reckon so", "reckon so", "I should think so", "'fraid so", "I expect so", "s'pose so"
    r"(?:^|\b(?:i|i'?d|i would|i should|i do)\s+)(?:reckon|imagine|expect|daresay|dare say|should think|s'?pose|"
    r"spose|believe|guess|think|suppose) so\b",
    r"(?:^|\s)'?fraid so\b",
    r"\bmore or less\b",
    r"\bmostly\b",
    r"\bpretty much\b",
    r"\bi('d| would) say so\b",
    r"^\W*(?:well,? )?you could say that\b",
    # "I guess.", "Eh, I suppose." said alone: the grudging "I guess so" with its "so" left out
    # (answers blind57, blind58); "I guess not" is a no (SOFT_NO)
    r"^\W*(?:(?:eh|meh|um+|uh+|hmm+|well|oh|ugh|yeah|ok|okay)\W+)*i (?:guess|suppose|s'?pose)\W*$",
    # "Probably.", "Ugh, most likely." as a sentence of its own: a hedged yes (read back), as the
    # hedged values of other questions are ("eight, probably"); "probably not" is a no (_EMPHATIC_NO)
    r"^\W*(?:(?:eh|ugh|um+|uh+|well|oh|hmm+|yeah|yes)\W+)*(?:probably|most likely|very likely|more than likely)\s*(?:[.!]|$)",
    # "Wouldn't hurt.", "Can't hurt, I suppose": no harm in the thing offered (litotes), not "it
    # wouldn't hurt to have more staff" or "... if they came earlier", which wish for something else
    r"^\W*(?:(?:eh|well|oh|sure|yeah|ok|okay)\W+)*(?:it |that )?(?:wouldn'?t|couldn'?t|can'?t|won'?t|would not|"
    r"could not|cannot) hurt\b(?!\s+(?:to|if|when|for)\b)[^?]*$",
)
SOFT_NO = (
    # "I doubt it.", "Doubtful.", "Highly unlikely, to be honest": the caller thinks it improbable
    # (WordNet doubt v.1 "consider unlikely", unlikely a.1 "has little chance"); whole answers only
    r"^\W*(?:(?:oh|well|hmm+|um+|uh+|honestly)\W+)*(?:i (?:rather |very much |highly |seriously |really )?doubt (?:it|that|so)"
    r"(?: very much)?|(?:highly |very |most |pretty |rather )?(?:doubtful|unlikely))"
    r"(?:\W+(?:to be honest|honestly|i'?m afraid|sorry|though|really|now))*\W*$",
    r"\bi (don'?t|do not) (think|believe) so\b",
    r"(?:^|\b(?:i|i'?d|i would)\s+)(?:reckon|imagine|expect|think|guess|suppose|s'?pose) not\b",
    r"\bnot that i (know|remember|recall)\b",
    # "It wouldn't change a thing for me", "wouldn't make any difference": the change asked about
    # would do nothing, a no (answers blind46); "makes no difference" is a no by its own "no"
    r"^\W*(?:(?:well|honestly|nah|to be honest)\W+)*(?:it|that|they|those|this)?\s*(?:wouldn'?t|won'?t|doesn'?t|didn'?t|"
    r"would not|will not|does not|did not) (?:really |honestly )?(?:change (?:a thing|anything|much)|"
    r"make (?:a |any |much of a |much )?difference)(?: (?:for|to) (?:me|us|him|her|them))?\W*$",
    # "Not exactly", "not quite": a no with room for a but (a no read back, answers blind18)
    r"^\W*(?:(?:well|um+|uh+|hmm+|oh)\W+)*not (?:exactly|quite)\W*$",
    r"\bi (don'?t|do not) (think|believe) (it|they|that)\b",
    # "Ha. I wish.", "If only!": the wished-for thing did not happen
    r"(?:^|[.!?]\s*)(?:(?:ha+|hah|oh|pfft|huh)\W+)*(?:i wish|if only|i should be so lucky|chance would be a fine thing|dream on)\W*$",
    # "Over my dead body", "when pigs fly", "not in a million years": idioms of refusal
    r"\bover my dead body\b|\bwhen pigs fly\b|\bnot in a (?:million|thousand|hundred) years\b|\bnot on your (?:life|nelly)\b",
    # "Can't say I do", "I can't say I've ever had one", "can't say we were" (British understatement
    # for a no); not "can't say I remember" or "can't say I noticed", which say the caller does not know
    r"(?:^|\b(?:i|we)\s+)(?:can'?t|cannot|can not|couldn'?t) (?:honestly |really |truthfully )?say (?:that )?(?:i|we)"
    r"(?:'ve| have)?(?: ever| really)? (?!(?:remember|recall|know|noticed|notice|seen|heard|recollect)\b)"
    r"(?:do|did|have|had|am|was|were|'ve|ever|got|would|will|own|use|go|get|like|feel|hear)\b",
    # "I can't say that it has, no.": the same understatement of a thing or another person, closed
    # by the no itself (without it, "can't say it did" may be a caller who does not know)
    r"(?:^|\b(?:i|we)\s+)(?:can'?t|cannot|can not|couldn'?t) (?:honestly |really |truthfully )?say (?:that )?"
    r"(?:it|they|he|she|there)(?: ever)? (?:has|have|had|did|does|do|was|were|is|are)\W+(?:no|nope|nah)\W*$",
    # "Can't say she did.", the whole answer about another person (answers blind47): the same
    # understatement with nothing after it; "can't say" alone stays a don't-know
    r"^\W*(?:(?:well|um+|uh+|hmm+|honestly)\W+)*(?:i |we )?(?:can'?t|cannot|can not|couldn'?t) (?:honestly |really |truthfully )?"
    r"say (?:that )?(?:he|she|they)(?: ever| really)? (?:did|does|was|were|has|had)\W*$",
)


# "I don't see why not", "can't see why not": no reason against, a yes (answers blind48); its two
# negations are one idiom, never a double negative to ask again about (yesno.double_negative).
WHY_NOT_DENIED = r"\b(?:(?:i|we) )?(?:don'?t|do not|can'?t|cannot) (?:really )?see why not\b"


# No fault to be found, said as the whole answer: "Couldn't fault them", "can't fault it" (answers
# blind48; other corpora read "couldn't fault it" beside a rating as praise): all good to a question
# whose yes is a good state, all fine to one whose yes is a problem (yesno.all_good_reading).
FAULTLESS = r"(?:i |we )?(?:couldn'?t|could not|can'?t|cannot) (?:really )?fault (?:them|it|him|her|that|the \w+)"


# A yes said by denying a refusal (litotes): "I wouldn't say no", "I won't say no", "we'd not say no
# to one", "I wouldn't mind", "I wouldn't turn it down". Not "I wouldn't mind if they didn't" (a negation after).
_LITOTES_YES = re.compile(
    (
        # the subject may be dropped ("Wouldn't say no, honestly"); "no one" is a pronoun, not a no
        r"(?:\b(?:i|we)(?:'?d| would)(?:n'?t| not)|\b(?:i|we)(?: won'?t| will not|'ll not)|^\W*(?:would|could)(?:n'?t| not)) "
        r"(?:say no\b(?![ -]one)|mind|object|turn (?:it|that|one|them) down|refuse)\b|"
        # "Wouldn't miss it", "I would not miss it for the world" (answers blind50)
        r"(?:\b(?:i|we)(?:'?d| would)(?:n'?t| not) |^\W*would(?:n'?t| not) )miss (?:it|that|this)\b|"
        # "I'm not against it", "we're not opposed to the idea"
        r"\b(?:i'?m|i am|we'?re|we are) not (?:against|opposed to) (?:it|that|the idea)\b|"
        # No hesitation or second thought about the thing asked: "I would not hesitate", "wouldn't think
        # twice" (answers blind48); not "I wouldn't hesitate to complain", which says what they would do
        r"\b(?:i|we)(?:'?d| would)(?:n'?t| not) (?:even )?(?:hesitate|think twice)\b(?!\s+(?:to|before)\b)"
        r"(?!\s+about (?!(?:it|that)\b))|"
        # Never doing without the thing asked about: "I wouldn't dream of riding without one" (answers
        # blind46) to "Do you wear a helmet?" (the bare "I wouldn't dream of it" declines: no litotes)
        r"\b(?:i|we)(?:'?d| would)(?:n'?t| not) (?:even )?dream of \w+ing\b[^,.;!?]*\bwithout\b|"
    )
    # A reason against denied: "I don't see why not", "can't see why not" (answers blind48; "why
    # not" alone is already neutral, _NO_NEUTRAL) and "no harm in looking / trying / asking"
    + WHY_NOT_DENIED
    + r"|(?:^|\b(?:there'?s|there is|where'?s the)\s+|[,.;!]\s*)no harm in (?:\w+ing|it|that|asking)\b"
)


# A question whether someone came at the time booked, asked without "on time": "Did the crew arrive
# on the day and at the time they were booked for?", "... at the agreed time?" (answers blind41). Here rather than in
# yesno.py so that dialogue.inferred can read it without an import cycle (yesno -> thresholds ->
# quantities -> inferred).
BOOKED_TIME_ASKED = (
    r"\bat the (?:\w+ )?time (?:they|you|it|we|he|she) (?:were|was) (?:booked|scheduled|due|expected|given)\b|"
    # ("at the booked time" stays out: "Yes, eventually, after I asked three times" to "was your boat
    # ready at the booked time?" is sarcasm read back, answers blind15)
    r"\bat the (?:agreed|scheduled|arranged|promised|appointed) time\b|"
    # "ready at the time we promised", "at the time you said" (answers blind72 had read "Not late, not
    # late." as a no and asked "On the dot." again)
    r"\bat the (?:\w+ )?time (?:they|you|it|we|he|she|i) (?:promised|agreed|said|quoted|gave|told)\b"
)


# Opposites of what yes/no questions commonly ask about: "not late at all" answers "did it arrive
# on time?" with yes, "it was late" with no. (question words, opposite words; read by yesno.py)
ANTONYMS = (
    (
        # "by the date we promised", "by the day you quoted", "by the deadline": a promised time too
        BOOKED_TIME_ASKED
        + r"|\bon time\b|\bpunctual|\b(?:when|as) promised\b|\bwhen (?:they|you|we) said\b|\bon schedule\b|"
        r"\bby the (?:date|day|time)\b[^?]*\b(?:promised|agreed|quoted|said|set)\b|\bby the deadline\b|"
        # "Did the technician arrive within the time window you were given?" (answers blind42)
        r"\b(?:within|in|inside) the (?:time |arrival |booked |given )?(?:window|slot)\b",
        r"late|delayed|overdue|eventually|behind schedule|"
        r"(?:days?|hours?|weeks?) (?:after|later than) (?:they|we|you) (?:promised|said)",  # answers blind67
    ),
    # "Rough. Really rough." to "Was the landing smooth?" (answers blind40)
    (r"\bsmooth(?:ly)?\b", r"rough|bumpy|jerky|choppy|shaky|a bumpy ride"),
    # ... and the other way round: "bang on time" to "did it leave more than fifteen minutes late?"
    # is a no (blind25 had stored the "on time" as a yes)
    (r"\blate\b|\bdelayed\b|\boverdue\b", r"on time|punctual|on schedule|on the dot|to the minute"),
    (r"\beasy\b|\beasily\b", r"hard|difficult|complicated|confusing"),
    (r"\bwork(ing|ed|s)?\b", r"broken|faulty|defective|dead"),
    (r"\bsafe\b|\bsafely\b", r"unsafe|dangerous|scary"),
    (r"\bclean\b", r"dirty|filthy|messy"),
    (r"\bdry\b", r"wet|damp|soggy|soaked|leak|leaks|leaked|leaking|leaky|drips?|dripp(?:ed|ing)"),
    (r"\bhelpful\b", r"unhelpful|useless|rude"),
    (r"\b(in good condition|undamaged|intact)\b", r"damaged|broken|smashed|dented"),
    # "I was going to cancel today" to "do you plan to keep your subscription?"
    (r"\b(keep|renew|continue|stay (?:subscribed|a member|signed up))\b", r"cancel\w*|unsubscribe\w*|quit"),
    # Money against what was agreed (answers blind17, blind38): "it did go over" to "did the project
    # stay within the budget?" is a no (it had been stored as a yes, from the emphatic "did");
    # to "did the price match the quote?" an amount above or below it is a no as well
    (
        r"\b(?:within|under|on) (?:the |your |our |my |their |a |an )?(?:agreed )?budget\b|\bstay(?:ed)? (?:within|under)\b",
        r"(?:went|gone|go|going|ran|run|came in|come in|ended up|was|were) (?:(?:a bit|a little|way|well|slightly|just|"
        r"quite a bit|a lot|miles) )?over\b(?! (?:in|with|and|quickly|fast|soon)\b)|over (?:the )?budget|overspent|overran|overrun",
    ),
    (
        r"\bmatch(?:ed|es)?\b[^?]*\b(?:quote|quoted|estimate|estimated)\b|\bsame as (?:the |your )?(?:quote|estimate)\b",
        r"(?:came|come|was|were|went|ran|ended up) (?:in )?(?:(?:a bit|a little|way|well|slightly|quite a bit|a lot) )?"
        r"(?:under|over|higher|lower|cheaper|dearer)\b|extra charges?|cost (?:us |me )?more|more than (?:the |they )?(?:quote|quoted|estimate)|"
        r"less than (?:the |they )?(?:quote|quoted|estimate)",
    ),
    # "They said they'd call me to schedule one" to "do you already have one booked?": not yet
    (
        r"\balready\b.*\b(booked|scheduled|arranged|made)\b",
        r"to (?:schedule|book|arrange|set up|make) (?:one|it|that|an? \w+)|still (?:need|have) to (?:book|schedule)",
    ),
    # "Failed. Mirrors, again." to "Did you pass your practical test?" is a no (answers blind70 asked it
    # again); "pass by", "pass on" and "pass through" ask no outcome
    (r"\bpass(?:ed)?\b(?! (?:by|on|through|along|over|away|out)\b)", r"failed|flunked|fail"),
)
