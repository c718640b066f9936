# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""English rule data added for issue 11: classes of wording that generalise (who and
when, not which phrase): prior contact, status denials, presumed relationships, outcomes and
progress, advice without a drug, account actions. Appended to the tables of `en.py`."""

from __future__ import annotations

from guardrails.hooks import (
    about_everyone,
    announced_date,
    as_comparison,
    billing_in_general,
    for_everyone,
    guideline,
    hedged,
    practice_channel,
    practice_wide,
    process_in_general,
)
from guardrails.rules import Pattern
from guardrails.rules.structure import CUES

# Body words, which the structure rules judge where they follow "enjoy those".
BODY_WORDS = {language: "|".join(sorted(CUES[language]["body"], key=lambda w: (-len(w), w)))
              for language in ("en", "es")}

PATIENT_RELATIONSHIP = [
    # The reader or their family as a joy to have around, a familiar face, news to be over
    # the moon about ("your crew is always such a joy to have here", "we love seeing familiar
    # faces", "we are over the moon for you both").
    Pattern("en.relationship.a-joy-to-have-here", r"\b(?:joy|pleasure|treat|delight|blast) to (?:have|see|welcome)(?: [a-z]+){0,2} (?:here|in|around)\b|\b(?:seeing|see|greeting|welcoming) (?:all )?(?:the |those |these |your )?familiar faces?\b|\bover the moon for (?:you|u|both of you|you both|your [a-z]+)\b",
            "Speaks of the reader as someone the staff know and enjoy having around: presumes a patient relationship",
            unless=(hedged,)),
    # The reader's booking ("so glad you went ahead and booked with us").
    Pattern("en.relationship.reader-booked", r"\byou (?:went ahead and |finally |just |already )?(?:booked|scheduled|signed up|registered|made an appointment|got on our schedule)(?: with us| in)?\b",
            "Says the reader booked with the practice ('glad you went ahead and booked with us'): confirms a patient relationship",
            unless=(hedged,)),
    # The reader or their family as part of the practice's family ("so happy to have your
    # little crew as part of the Little Sprouts family").
    Pattern("en.relationship.part-of-the-family", r"\b(?:have|having|welcome|welcoming|count|counting) (?:you|u|your [a-z'-]+(?: [a-z'-]+)?) (?:as )?(?:part|members?|a member) of (?:the|our)(?: [a-z'-]+){0,3} family\b|\b(?:you|u|your [a-z'-]+(?: [a-z'-]+)?) (?:are|is) (?:now |officially )?(?:part|a member|members) of (?:the|our)(?: [a-z'-]+){0,3} family\b",
            "Counts the reader or their family as part of the practice's family: presumes a patient relationship",
            unless=(hedged,)),
    # No one "matching this description came through our clinic", the practice's sign-in
    # sheets checked, "the name on this review": the reviewer looked up.
    Pattern("en.relationship.reviewer-looked-up", r"\b(?:nobody|no one|no-one|no person|no patient) (?:matching|by that name|with that name|fitting|who matches|of that description)\b|\b(?:nobody|no one|no-one) (?:[a-z]+ ){0,3}?(?:came through|came in|checked in|was seen|visited) (?:our|the)\b|\b(?:went (?:back )?through|checked|pulled|reviewed|looked (?:at|through)|searched|combed through) (?:[a-z'-]+ ){0,3}?(?:sign-in|sign in|check-in) (?:sheets?|logs?|lists?)\b|\bthe name on (?:this|the|that) (?:review|post)\b",
            "Says the practice looked the reviewer up (sign-in sheets, 'no one matching this description'): confirms or denies a patient relationship",
            unless=(hedged,)),
    # Caring for someone over the years, remembered in a condolence ("it was a privilege to
    # look after him all these years", "those last house calls meant a great deal to us").
    Pattern("en.relationship.cared-for-them", r"\b(?:privilege|honou?r|pleasure|joy|gift|blessing) (?:to|of) (?:look(?:ing)? after|car(?:e|ing) for|treat(?:ing)?|serv(?:e|ing)|get(?:ting)? to know|know(?:ing)?|work(?:ing)? with|see(?:ing)?) (?:him|her|them|you|u|your [a-z]+)\b|\b(?:those|these|the|her|his|their|your) (?:last|final|weekly|monthly|many|regular) (?:house calls|home visits|visits|appointments|sessions|check-ins)\b",
            "Remembers caring for someone ('a privilege to look after him all these years'): confirms a patient relationship",
            unless=(hedged,)),
    # A visit compared with an earlier one ("glad the wait was shorter this time around").
    Pattern("en.relationship.this-time-compared", r"\b(?:shorter|better|easier|smoother|faster|quicker|calmer|nicer|more comfortable|less stressful) (?:this|that) time(?: around)?\b",
            "Compares this visit with an earlier one ('the wait was shorter this time around'): confirms a patient relationship",
            unless=(hedged,)),
    # Being there for the reader through something ("we're grateful you let us be there for
    # you through it").
    Pattern("en.relationship.let-us-be-there", r"\b(?:let|letting|allowed|allowing|trusted|trusting) us (?:to )?(?:be there for|care for|support|walk alongside|walk with|help|be part of) (?:you|u|your|ur)\b",
            "Thanks the reader for letting the practice be there for them ('you let us be there for you through it'): confirms a patient relationship",
            unless=(hedged,)),
    # The practice says it has found the reader's visit ("we believe we know which
    # appointment this refers to", "we've located the visit you describe").
    Pattern("en.relationship.identified-the-visit", r"\b(?:we|i)(?: (?:believe|think))?(?: (?:we|i))?(?: have|'ve)? (?:know|identified|were able to identify|located|found|pulled up|looked up|tracked down|looked into|reviewed) (?:exactly )?(?:which|the) (?:appointment|visit|encounter|session)\b(?! (?:process|system|policy|policies|scheduling|booking|reminders?|line|software|request form|options))",
            "Says the practice has found the reader's visit ('we know which appointment this refers to'): confirms a patient relationship",
            unless=(hedged,)),
    # Something the reader brought or sent the staff ("the cookies you brought in at
    # Christmas"), or the staff still talking about them or remembering their things.
    Pattern("en.relationship.staff-recall-reader-things", r"\b(?:cookies|treats|flowers|cupcakes|cards?|donuts|doughnuts|brownies|muffins|gifts?|coffee|pastries|snacks|tamales|candy|chocolates|pies?|cake|fruit basket|thank-you notes?|drawings?|pictures?|bagels|pizza|lunch|balloons) (?:you|u) (?:brought|sent|dropped off|baked|made|left|mailed|drew)\b|\byou (?:brought|baked|dropped off|sent) (?:in |by |over )?(?:for (?:us|the (?:team|staff|office|front desk)))\b|\b(?:still )?(?:talks?|talking|raves?|raving|laughs?|laughing) about (?:you|u|what a (?:fun|great|lovely|wonderful|special) (?:day|afternoon|morning|evening|visit|time)|that (?:day|afternoon|morning|visit))\b|\bstill (?:remembers?|recalls?|talks? about|laughs? about|smiles? about|thinks? about|raves? about) (?:those|that|these|your)\b|\bstill (?:laughs|smiles|giggles|raves) about the\b",
            "Recalls the reader or something of theirs ('the cookies you brought in', 'still remembers those sneakers'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.prior-contact", r"\b(?:as|like) (?:i|we)(?: have| had|'ve|'d)? (?:mentioned|said|discussed|explained|told you|noted|promised|shared|wrote|talked|talked about|spoke|spoken|spoke about|went over|chatted about|agreed)\b|\bas (?:discussed|mentioned|promised|agreed|requested)\b|\b(?:when|after|since|before) (?:we|i) (?:last )?(?:spoke|talked|chatted|met|emailed|texted|messaged)\b|\b(?:we|i|our (?:[a-z]+ )?(?:team|staff|office|front desk|receptionist|scheduler|manager|coordinator)) (?:already |also |actually |even |then |did )?(?:spoke|chatted|met|corresponded|emailed|e-mailed|texted|messaged|called|phoned|rang|wrote to|reached out to|left (?:you )?(?:a )?(?:voicemail|message)s? (?:for )?|tried to (?:call|reach|contact)|followed up with) (?:with |to )?(?:you|u|on the phone|by phone|over the phone|yesterday|earlier|last|this morning|today)\b|\b(?:we|i)(?: |(?='))(?:talked|have talked|have spoken|'ve talked|'ve spoken) (?:with|to) you\b|\b(?:we|i)(?: also| then| already| did)? followed up (?:with you )?(?:by|via|over|through|on) (?:email|e-mail|phone|the phone|text|voicemail|letter|mail)\b|\bfollow(?:ing)? up on (?:your|ur|our|the) (?:email|e-mail|call|phone call|message|voicemail|letter|conversation|complaint|inquiry|request|note|visit)\b|\b(?:per|after|following|from|during|in|since) our (?:conversation|call|phone call|chat|discussion|meeting|exchange|emails?|correspondence|talk|voicemails?|voice messages?|messages?|texts?|letters?)\b|\b(?:returned|returning|return|answered) your (?:call|phone call|email|e-mail|message|voicemail|letter|text)\b|\b(?:got|received|listened to|(?<=did )receive|(?<=did )get) your (?:call|phone call|voicemail|letter|text|e-mail|email|message)\b|\byou (?:called|emailed|e-mailed|phoned|texted|messaged|wrote to us|left (?:us )?a (?:voicemail|message))\b|\bon the phone with you\b|\b(?:thank you|thanks|grateful|appreciate(?: you)?)(?: so much| again)? for (?:taking|returning|answering|picking up) (?:my|our|the) (?:call|phone call|message|email)\b|\b(?:thank you|thanks|grateful|appreciate(?: you)?)(?: so much| again| also)? (?:for )?(?:following up|reaching out|getting in touch|calling|emailing|e-mailing|phoning|texting|messaging|writing|contacting us)(?: with us| to us| us)?(?: directly| privately| personally)? (?:by|via|over|through|on) (?:email|e-mail|phone|the phone|text|message|chat|the portal|voicemail)\b|\bfor (?:following up|reaching out|getting in touch|calling|emailing|writing|contacting us)(?: with us| to us| us)?(?: [a-z-]+){0,3}? (?:earlier|last (?:week|month|night|time)|yesterday|already|this (?:morning|week|month)|the other day)\b|\b(?:i|we) (?:still |definitely |certainly |do |absolutely |both |all |clearly |vividly |fondly )?(?:remember|recall|recollect|haven't forgotten|have not forgotten|will never forget|won't forget|will not forget) (?:(?:how|when|the day|the first time) (?:[a-z']+ ){0,3}?(?:you|u)\b|you|your|u|ur|(?:our|the|that) (?:call|phone call|conversation|chat|talk|day|visit|email|message|voicemail|letter|exchange|meeting)|when (?:you|we)|how you|meeting|talking|speaking|seeing|chatting|emailing)\b|\bour (?:recent |earlier |last |brief |phone |telephone |previous |first |initial |long |short )?(?:call|phone call|conversation|chat|talk|discussion|email exchange|correspondence)\b(?!-)(?! (?:center|centre|line|lines|back|team|queue|volume|hours|menu|system|tree|options?|services?|room|rooms|policy|policies|program|programs|therapy|feature|widget|support|window|schedule|logs?|notes|recordings?|function|button|link|box|bot|agents?|series|group|groups))",
            "Refers to earlier private contact with the reader (a call, an email, a conversation): confirms a relationship",
            unless=(hedged, as_comparison, practice_channel)),
    # Contact with the reader on a day, or the reader's own calls and messages: "we spoke on
    # Friday", "she was at the desk with you on Tuesday afternoon", "your three calls came in".
    Pattern("en.relationship.contact-on-a-day", r"\b(?:we|i|our (?:[a-z]+ )?(?:team|staff|office|front desk|receptionist|scheduler|manager|coordinator)|she|he) (?:already |also |actually |then |last )?(?:spoke|talked|chatted|met|emailed|texted|called|phoned) (?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b|(?<!speak )(?<!talk )(?<!meet )(?<!chat )(?<!sit down )(?<!connect )\bwith (?:you|u)(?: [a-z]+){0,2} (?:on|last|that|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|day|night|week)\b|\b(?:your|ur) (?:[a-z]+ )?(?:calls?|voicemails?|messages?|e-?mails?|texts?|voice messages?) (?:came in|reached us|went unanswered|went to voicemail|(?:were|was) (?:missed|returned|not returned|never returned|lost)|got lost|fell through)\b|\b(?:got|received|listened to|saw|read|heard) (?:all |both )?(?:your|ur) (?:[a-z]+ )?(?:calls|voicemails|messages|e-?mails|texts|voice messages)\b",
            "Refers to contact with the reader on a day, or to the reader's own calls and messages: confirms a relationship",
            unless=(hedged, as_comparison)),
    # Anyone at the practice recalling or enjoying time with the reader ("our coordinator
    # remembers speaking with you", "we enjoyed getting to know you"), or eager to meet them.
    Pattern("en.relationship.recalls-time-with-reader", r"\b(?:remembers?|remembered|recalls?|recalled|enjoyed|enjoys|loved|loves|liked|appreciated|cherished|treasured|valued|misses|missed)(?: so much| very much| really| always)? (?:speaking|talking|chatting|meeting|seeing|working|visiting|helping|emailing|texting|getting to know|spending time|catching up|hearing from) (?:with |to )?(?:you|u|ya)\b|\b(?:remembers?|remembered|recalls?|recalled|still talks? about|still talk about) (?:that|this) (?:afternoon|morning|day|evening|night|visit|appointment|moment|conversation|call|exchange|week|weekend)\b|\b(?:excited|thrilled|can't wait|cannot wait|can not wait|look forward|looking forward|eager|counting down) to (?:finally )?(?:meet|meeting|see|seeing|welcome|welcoming|greet|greeting) (?:you|u|ya)\b(?! (?:to discuss|and discuss|to talk|to go over|to hear))",
            "Says someone at the practice remembers, enjoyed or looks forward to meeting the reader: confirms a relationship",
            unless=(hedged,)),
    # Greetings or good wishes relayed to someone from the review ("tell her congrats from all
    # of us", "give your son a high five").
    Pattern("en.relationship.relays-wishes", r"\b(?:tell|give|wish|send) (?:her|him|them|your (?:[a-z]+ )?(?:son|daughter|kid|kids|child|children|little one|little ones|little guy|little girl|husband|wife|mom|mother|dad|father|partner|boy|girl|baby|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|sister|brother|family)) (?:a )?(?:big |huge |warm )?(?:congrats|congratulations|hugs?|high[- ]fives?|fist bumps?|hello|hi|our best|our love|happy birthday|well wishes|good luck|cheers|we said (?:hi|hello))\b",
            "Relays wishes to someone from the review ('tell her congrats from all of us'): confirms a relationship",
            unless=(hedged,)),
    # The reader's feeling before an event, known to the practice ("we know how nervous you were
    # beforehand. Now look at you!"), and the general rule applied to this case ("which is what
    # happened here").
    Pattern("en.relationship.knew-reader-s-feeling", r"\b(?:know|knew|remember|saw|could tell|noticed|understand|understood|could see) how (?:nervous|anxious|scared|worried|afraid|apprehensive|uneasy|stressed|terrified|frightened|tense|hesitant|unsure|nervy) (?:you|u|she|he|they|your [a-z]+) (?:were|was|felt|had been)\b|\bnow look at (?:you|her|him|them|(?:that|this|your|those) (?:smile|little one|baby|face|grin|girl|boy|kiddo|munchkin|sweet face|guy|gal))\b|\byour name(?: is| was| shows up| pops up| comes up)? (?:on|in) (?:the|our) (?:schedule|calendar|appointment book|books|list|roster|day sheet)\b",
            "Says the practice knew how the reader felt before an event: confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.what-happened-here", r"\b(?:which|that|this|as) (?:is |was )?(?:exactly |precisely |just )?(?:what )?(?:happened|occurred) (?:here|in this case|with this account|with your account|this time|in your case)\b",
            "Says a general rule was applied in this case ('which is what happened here'): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.glad-you-chose-us", r"\b(?:grateful|thankful|glad|happy|honored|honoured|delighted|thrilled|pleased)(?: that)? (?:you|u) (?:chose|picked|selected|trusted|came to|switched to|decided on|went with)\b",
            "Is glad the reader chose the practice ('grateful that you chose ...'): confirms a relationship",
            unless=(hedged,)),
    # The reader on a list, in the practice's "family", or remembered through a story; pride
    # in someone from the review; a denial by what the reviewer never had.
    Pattern("en.relationship.reader-on-our-list", r"\b(?:put|moved|added|placed|bumped|slotted|got) (?:you|u|your [a-z]+|her|him|them) (?:at the top of|on|onto|to the top of|first on|to|at the front of) (?:the|our) (?:cancellation|wait|waiting|priority|call-back|callback|short-notice|standby) ?list\b|\b(?:you|your (?:[a-z]+ )?family|your [a-z]+)(?:'re| are| is)? (?:now |officially |truly )?(?:a |an )?(?:part|member) of (?:the|our) (?:[a-z'&-]+ ){0,4}(?:family|crew|tribe|squad|gang|fam|village|club)\b|\b(?:still|always|often) (?:talk|talks|laugh|laughs|smile|smiles|chuckle|chuckles|rave|raves|ask|asks) about (?:those|that|your|his|her)\b|\b(?:so |very |really |incredibly )?proud of (?:him|her|your (?:son|daughter|little one|kiddo|boy|girl|mom|dad|husband|wife))\b",
            "Speaks of the reader on the practice's list, as part of its family, or through a story staff remember: confirms a relationship",
            unless=(hedged,)),
    # A denial said through what the reviewer never had ("someone who has never had a
    # procedure with us"): denying is disclosing, also when said of "someone".
    Pattern("en.relationship.denies-a-procedure", r"\bnever (?:had|received|undergone|gotten|booked) (?:a|any|an) (?:procedure|treatment|surgery|appointment|visit|session|exam|consultation|service)s? (?:with|from|at|here)\b",
            "Denies that the reviewer had a procedure or visit with the practice: denying is also disclosure"),
    # The practice trying to reach the reader ("we did try calling twice on Monday and left a
    # voicemail", "we've called you three times"), also right after a privacy statement.
    Pattern("en.relationship.tried-to-reach", r"\b(?:we|i|our (?:[a-z]+ )?(?:team|staff|office|front desk|receptionist|scheduler|manager|coordinator|nurse))(?:'ve|'d| did| do| have| had| already| also| actually| even| both| then| definitely| certainly| really| honestly| sure| in fact)* (?:try|tried|been trying|attempted|made (?:several |two |three |multiple )?attempts) (?:calling|to call|phoning|to phone|reaching|to reach|contacting|to contact|emailing|to email|texting|to text|getting in touch|to get in touch|ringing|to ring|to follow up|following up)\b|\b(?:we|i|our (?:[a-z]+ )?(?:team|staff|office|front desk|receptionist|scheduler|manager|coordinator|nurse))(?:'ve|'d| did| have| had| already| also| actually| even| both| then)* (?:left|sent|dropped|(?<=did )leave|(?<=did )send|(?<=did )drop) (?:you |u )?(?:a |an |one |two |three |several |multiple |a couple of |a few |\d+ )?(?:(?:voice ?mails?|voice messages?|messages?|texts?|emails?|e-mails?|letters?|notes?)(?: for you)?)\b(?! (?:line|box|system|policy|center))|\b(?:we|i)(?:'ve|'d| have| had| already| also| actually| even)* (?:called|phoned|rang|emailed|texted|messaged|reached out|followed up)(?: (?:you|u))? (?:twice|again|back|several times|a few times|multiple times|a couple of times|three times|two times|\d+ times|more than once|right away|the same day|the next day|that (?:day|afternoon|evening|morning|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
            "Says the practice tried to reach the reader or left them messages: confirms a relationship",
            unless=(hedged,)),
    # A clinician's view of a particular case, also reported ("She said it was one of her
    # favorite cases this year", "a textbook recovery").
    Pattern("en.relationship.favorite-case", r"\b(?:one of|among) (?:her|his|their|our|my|the (?:doctor|dentist|surgeon|team|staff)'s|dr\.? [a-z]+'s) (?:all-time |very |absolute )?(?:favou?rite|best|most (?:memorable|rewarding|satisfying|fun|interesting|challenging)|proudest|toughest|hardest|trickiest|coolest|happiest) (?:cases|patients|smiles|results|transformations|procedures|surgeries|makeovers|outcomes|recoveries|families|kids)\b|\b(?:her|his|their|our|my) (?:all-time |very )?favou?rite (?:case|patient|smile|result|transformation|recovery|makeover)\b|\b(?:a |such a |the )?(?:textbook|model|dream|star|ideal) (?:case|patient|recovery|healer|outcome)\b",
            "Speaks of a clinician's favorite or model case ('one of her favorite cases this year'): discloses care",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.status-denial", r"\b(?:has|have|had|was|were|is|are|'s|'re) (?:never|not)(?: (?:ever )?been)? (?:a |one of )?(?:our |a )?(?:patients?|clients?)\b|\bnever been (?:a |one of )?(?:our )?(?:patients?|clients?)\b|\b(?:isn't|wasn't|aren't|weren't|not|never) (?:a |one of )?our (?:patients?|clients?)\b|\bno(?: one|body|-one) (?:by|with|under|named|called) (?:that|this|the|your) name\b|\b(?:this|the|that) (?:review|post|person|reviewer|account|rating) (?:is|was|seems|appears|looks|must be)(?: to be)? (?:fake|false|fraudulent|bogus|not genuine|not real|made up|fabricated|not from a patient)\b|\bfake (?:review|account|profile|post|rating)s?\b|\bnon-?patients?\b|\b(?:never|not) (?:been )?(?:seen|treated|examined|cared for) (?:here|by us|at our|in our|by our)\b",
            "Says the reader is not, or never was, a patient, or calls the review fake: denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("en.relationship.next-meeting", r"\b(?:our|the|their|his|her) next (?:round of |set of |couple of )?(?:session|appointment|visit|cleaning|checkup|check-up|consult|consultation|adjustment|treatment|meeting together)s?\b|\b(?:at|during|in) (?:our|the) (?:next|upcoming|following) (?:session|appointment|visit)\b",
            "Speaks of the next session or appointment: presumes the reader is a patient",
            unless=(hedged,)),
    Pattern("en.relationship.clinician-verdict", r"\b(?:she|he|they|dr\.? [a-z]+|the doctor|the dentist|the provider|our doctor|our dentist|the optometrist|the therapist)(?: was| were| is| are|'s|'re) (?:very |so |really |quite )?(?:pleased|happy|thrilled|satisfied|impressed|delighted) (?:with|by|about) (?:how|the way|the results?|your|what|the progress|everything)\b",
            "Reports a clinician's verdict on someone's care ('she was pleased with how things looked'): discloses care",
            unless=(hedged,)),
    Pattern("en.relationship.presumed", r"\bwelcome\b[^.!?]{0,40}\bto (?:the|our)(?: [a-z'-]+){0,3} family\b|\b(?:patients?|pts?|families|family|clients?|people|folks|moms|dads|parents|kids|customers|neighbors|smiles|couples|veterans|teens|athletes|seniors|students|members) like (?:you|u|yours|your family|your kids|your little ones)\b|\b(?:you|you're|youre|yours|u|ur) (?:[a-z']+ ){0,4}(?:part|member|members|one) of (?:our|the)(?: [a-z'-]+){0,3} (?:family|families|patient family)\b|\bwelcome (?:to|into) (?:the|our)(?: [a-z'-]+){0,3} family\b|\b(?:have|having|had) you (?:as|among) (?:part of|one of|a part of|our)\b|\b(?:count|counting) you (?:as|among)\b|\b(?:privilege|honou?r|pleasure|joy|blessing|gift) (?:to|of) (?:support|supporting|help|helping|care for|caring for|serve|serving|treat|treating|see|seeing|meet|meeting|work with|working with|be part of|being part of|walk with|walk alongside|walk|walking|share|sharing|travel|accompany|get to know|getting to know|watch|watching|guide|guiding)\b(?: [a-z']+){0,6}? (?:you|your|u|ur)\b|\b(?:be|being|been) (?:a |a small |a little )?part of (?:your|such a special|such an important|such a big|this special|this exciting)\b(?! (?:community|neighborhood|neighbourhood|town|city|area))",
            "Presumes the reader belongs to the practice ('patients like you', 'part of our practice family'): confirms a relationship"),
    Pattern("en.relationship.helped-reader", r"\b(?:honou?red|glad|happy|proud|grateful|thrilled|pleased|privileged|delighted|relieved|so good) (?:that )?(?:we (?:could|were able to|got to|did) |to have (?:been able to )?|to be able to |we've been able to |we have been able to )(?:help|helped|assist|assisted|support|supported|serve|served|be there|been there|make a difference|made a difference|get (?:things|it|this|everything|you) [a-z]+)\b(?! (?:this|our|the|so many|many|local|area|neighborhood) (?:community|communities|families|neighbors|area|town|city|patients))|\b(?:everything|things|it all) (?:worked out|turned out|went well|went smoothly|went great|came together|got sorted)\b",
            "Says the practice helped the reader or that things worked out for them: confirms care",
            unless=(hedged,)),
    Pattern("en.relationship.ongoing-together", r"\b(?:many )?more (?:years|visits|smiles|appointments|checkups|cleanings|milestones|adventures)\b(?: [a-z'-]+){0,4} (?:together|with us|with you)\b|\bhere's to (?:many )?more (?:years|visits|smiles)\b|\b(?:sticking|stuck|staying|stayed|sticks) with us\b|(?<!walk )(?<!walk you )(?<!guide you )\bthrough the (?:whole |entire )?(?:process|journey)\b(?! with (?:anyone|everyone|anybody|each|every|any))",
            "Speaks of an ongoing relationship with the reader ('many more years of smiles together', 'sticking with us'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.sorry-about-occasion", r"\b(?:sorry|apologi[sz]e|apologies|regret)\b(?: so much| again)? (?:about|for) (?:yesterday|today|this morning|this afternoon|last (?:week|night|time|visit|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the other day|that day|that morning|that afternoon|earlier today|the mix-up|the mixup|the confusion (?:at|with|over) (?:check-in|the front desk|scheduling))\b|\b(?:sorry|apologi[sz]e|apologies|regret|hear you)\b(?: [a-z']+){0,3} (?:the|that|this) (?:[a-z-]+ )?(?:paperwork|check-in|bill|billing confusion|billing mix-up|charge|refill|referral|prescription|visit|appointment|front desk experience)\b(?! times)",
            "Apologises for a particular occasion (the wait, the mix-up, the bill): confirms the reader was there",
            unless=(hedged, process_in_general)),
    Pattern("en.relationship.time-together", r"\b(?:was|been|is always|it's always|what) (?:so |such |a )?(?:wonderful|great|nice|lovely|good|fun|a pleasure|a joy|a treat|pleasure|joy|treat) (?:catching up|chatting|talking|visiting|spending time|getting to know|meeting|seeing|having) (?:with )?(?:you|your|u|ur)\b|\bsee (?:the|your) (?:kids|children|family|little ones?|twins|baby|boys|girls|whole crew|whole family) (?:again|soon|next|before|in)\b",
            "Speaks of time spent with the reader or seeing their family again: confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.hard-stretch", r"\b(?:how|what) (?:hard|difficult|tough|rough|scary|long|stressful|exhausting|overwhelming|painful|frightening) (?:that|those|the) (?:[a-z]+ ){0,2}(?:day|days|week|weeks|month|months|night|nights|year|stretch|time|period|morning|evening)\b|\b(?:handled|faced|managed|gotten through|got through|dealt with|weathered) (?:it|this|that|everything|all of it|it all) with (?:such |so much |real )?(?:grace|strength|courage|patience|bravery|humor|humour)\b",
            "Speaks of a hard stretch the reader went through, or how they handled it: presumes a relationship",
            unless=(hedged, for_everyone)),
    Pattern("en.relationship.staff-reminisce", r"\b(?:still|always|keep|keeps|kept) (?:laughing|talking|smiling|thinking|chuckling|raving|gushing) (?:about|over)\b(?! (?:this|your|the|that) (?:review|comment|feedback|note|words|message|post))|\b(?:ready|waiting|set aside|saved|on hand) (?:[a-z-]+ ){0,3}(?:for )?next time\b|\bnext time (?:you|u) (?:come|visit|stop|are here|re here|drop|swing|see|check)\b|\buntil next time\b|\b(?:give|send|pass along|extend) (?:our|my) (?:best|love|regards|greetings|hugs?|thanks|well wishes) to (?:your |the )?(?:[a-z]+ )?(?:grandma|grandpa|mom|dad|mother|father|husband|wife|son|daughter|kids|family|little one|twins|baby|parents|sister|brother|grandmother|grandfather|nana|papa|abuela|abuelo)\b",
            "Speaks of staff remembering the reader, of their next visit, or sends regards to their family: confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.recognised", r"\b(?:recogni[sz]e|recogni[sz]ed|know) (?:that|your|ur) (?:laugh|smile|voice|face|giggle)\b|\bfamiliar face\b(?! (?:nearby|close by|close|beside them|by their side|in the room))|\b(?:bringing|brought|bring|dropping off|dropped off|drop off) (?:in |by |over )?(?:those|the|these|your|ur|such|some|that|all those) (?:[a-z-]+ ){0,2}(?:cookies|treats|flowers|cupcakes|donuts|doughnuts|coffee|snacks|gift|gifts|card|cards|pastries|muffins|bagels|pizza|chocolates|cake|brownies|goodies)\b|\bwelcome (?:to|into) (?:the (?:[a-z]+ )?|our )?(?:[a-z]+, )?(?:and )?(?:to|into) (?:the|our) (?:practice|office|clinic|patient family)\b(?!'s| (?:website|page|site|blog|online))|\bwelcome (?:to|into) (?:the|our) (?:practice|office|clinic|patient family)\b(?!'s| (?:website|page|site|blog|online))",
            "Says the practice recognises the reader, remembers their gift, or welcomes them as a patient: confirms a relationship"),
    Pattern("en.relationship.own-conduct", r"\b(?:sorry|apologi[sz]e|apologies|regret)\b(?: [a-z']+){0,3}? (?:if |that |for how |for the way )?(?:i|we|our (?:[a-z]+ )?[a-z]+)(?: might have| may have)? (?:came across|come across|sounded|seemed|was|were|acted|came off|come off|sound|seem|got|felt)(?: as| like)? (?:so |a bit |a little |too |really |very |rather |quite )?(?:rushed|short|curt|rude|dismissive|abrupt|impatient|cold|unfriendly|brusque|snippy|harsh|hurried|distracted|unhelpful|frustrated|annoyed|irritated|condescending|snappy|rough|careless|unprofessional|pushy|heavy-handed|insensitive)\b",
            "Apologises for how the staff came across to the reader ('sorry if I came across as rushed'): confirms an encounter with them",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.enjoyed-their-family", r"\b(?:loved|enjoyed|love|enjoy|miss|missed|adored|adore|always enjoy|so enjoyed) (?:seeing|meeting|having|treating|caring for|working with|chatting with|visiting with|getting to know) (?:the|your|ur|that|those|these|both|all (?:three|four|five) of the|all of the) (?:[a-z-]+ )?(?:twins|triplets|kids|children|baby|little ones?|boys|girls|family|crew|son|daughter|grandkids|grandchildren|newborn|toddler|teens?|munchkins|siblings|brothers|sisters)\b",
            "Says the staff enjoyed seeing particular children or family members: confirms a relationship",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.resume-care", r"\b(?:pick|picking|start|starting) (?:things|it|everything|back|where we|right back) (?:back )?up\b|\bpick (?:up )?(?:right )?where (?:we|you) left off\b|\bwhere (?:we|you) left off\b|\b(?:resume|resuming|restart|restarting|continue|continuing) (?:things|care|treatment|sessions|therapy|where|your|our work|the work|working together)\b|\b(?:get|getting) (?:you|things|everything) back on track\b",
            "Offers to resume or continue with the reader ('pick things up whenever you're ready'): presumes earlier care",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.occasion-went-well", r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|day|night|morning|afternoon|evening|weekend|visit|appointment|trip|procedure|stay|check-in|checkup|cleaning|fitting|delivery|(?:first|next) (?:night|day|week|few days)(?: home| back)?|(?:week|days|night) after)(?:'s)? (?:(?:visit|appointment|trip) )?(?:went|was|turned out|worked out|ran)(?: so| really| very| super| pretty| nice and)? (?:smoothly|well|great|fine|quickly|easily|okay|ok|perfectly|fast)\b",
            "Says a particular day or visit went well ('Sunday night went so smoothly for you'): confirms the reader was there",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.practice-moved-reader", r"\b(?:we|i) (?:had|have) to (?:reschedule|cancel|move|bump|push back|rebook|turn away|send away)\b(?! (?:any|some|all|appointments|patients|visits|several|many|a few))",
            "Says the practice had to reschedule or cancel (the reader's visit): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.there-for-reader", r"\b(?:we|our [a-z]+|the team|the staff) (?:could|were able to|got to|was able to) (?:be there for|support|help|care for|look after|stand by) (?:you|u)\b",
            "Says the practice was there for the reader: confirms care",
            unless=(hedged,)),
]

# The practice's own premises and systems: "glad the phones are working again" reports no
# one's health.
FACILITY = (r"(?:parking|lot|garage|phones?|phone lines?|lines|website|site|portal|app|office|"
            r"clinic|building|elevators?|entrance|lobby|doors?|wi-?fi|system|hours|lights|power|"
            r"internet|online booking|front desk|waiting room|coffee machine)\b")

TREATMENT_DISCLOSURE = [
    # The reader's effort in their care ("the work you've put in over these months truly
    # shows").
    Pattern("en.treatment.effort-put-in", r"\b(?:the )?(?:work|effort|hard work|dedication|time) (?:you|u)(?:'ve| have)? put in\b",
            "Praises the work the reader put into their care: describes the course of someone's care",
            unless=(hedged, practice_wide)),
    # Care that is working ("glad the shots are finally making spring bearable for you").
    Pattern("en.treatment.care-is-working", r"\b(?:the|those|these|your|ur) (?:shots|injections|drops|pills|meds|treatments|sessions|adjustments|infusions|patches) (?:are|is) (?:finally |really |already |clearly )?(?:making|helping|working|paying off|doing (?:the trick|their job))\b",
            "Says someone's care is working ('the shots are finally making spring bearable'): describes the outcome of care",
            unless=(hedged, practice_wide)),
    # A result shown or exclaimed over ("those final photos were stunning — what a
    # transformation!"), a new device or look someone loves ("he loves his new glasses").
    Pattern("en.treatment.result-exclaimed", r"\bzero (?:cavities|pimples|breakouts|flare-ups|migraines|headaches|pain)\b|\bwhat a (?:transformation|difference|change|glow-up|glow up|turnaround|comeback)\b|\b(?:the |those |these |your |ur |her |his )?(?:final|after|before-and-after|before and after|progress|results?) (?:photos?|pictures?|pics|shots|images)\b(?= (?:were|are|look|looked|came out|turned out|show|showed))|\b(?:loves?|loving|likes?|rocking|rocks|showing off|shows off) (?:his|her|their|your|ur|those|the) (?:new |brand-new |brand new |first )(?:glasses|frames|specs|braces|retainers?|aligners?|hearing aids?|aids|contacts|lenses|boot|cast|brace|look|figure)\b",
            "Exclaims over someone's result or new device ('what a transformation!', 'he loves his new glasses'): describes the outcome of care",
            unless=(hedged, practice_wide)),
    # Someone doing an everyday thing again or finding it easier, said as news ("Lifting a
    # little one again is one of them!", "so glad those stairs are getting easier"): an
    # outcome of care with no clinical word and no "you".
    Pattern("en.treatment.doing-it-again", r"(?:^|(?<=[.!?] )|(?<=[.!?]\n))(?!(?:looking|hoping|wishing|working|planning|thanking|apologizing|trying|waiting|going|reading|hearing from|welcoming|serving|seeing you|meeting) )(?:being able to |getting to )?[a-z]+ing (?:[a-z'-]+ ){0,5}?again\b(?= (?:is|was|feels|must feel|has been|will be|means|makes)\b)|\bnothing (?:quite )?like (?:being able to )?[a-z]+ing (?!that )(?:[a-z'-]+ ){0,10}?again\b|\bnothing (?:quite )?like (?:a|an|the|your|their|his|her) [a-z]+ [a-z]+ing (?:[a-z'-]+ ){0,10}?(?:again|for the first time|clearly)\b|\b(?:got|gets|is getting|has gotten|just got)(?: a (?:whole )?lot| so much| way)? (?:better|easier|tastier|more fun) for (?:him|her|them)\b|\b(?:happier|prouder|gladder) than (?:knowing|hearing|seeing|to hear|to know|to see) (?:that )?(?:[a-z'-]+ ){1,10}?again\b|\b(?:stairs|steps|walks?|hills|drives?|mornings|nights|meals|workouts?|runs?) (?:are|is) (?:getting|becoming|feeling) (?:a (?:little|bit|lot) )?(?:easier|better|less (?:painful|scary|hard))\b|\benjoy (?:waking|seeing|reading|hearing|eating|chewing|walking|running|sleeping|smiling|breathing|driving)\b",
            "Says someone's everyday life is better or can be done again ('lifting a little one again is...', 'those stairs are getting easier'): describes the outcome of someone's care",
            unless=(hedged,)),
    # How a particular event went against what the reader feared ("glad the insertion went
    # more smoothly than you feared"), or a clinician's report of progress ("Dr. Hale says
    # it's right on schedule").
    Pattern("en.treatment.went-better-than-feared", r"\b(?:went|was|turned out|felt|ended up)(?: so| much| a lot| far| really| way)? (?:better|easier|smoother|more smoothly|quicker|faster|less (?:painful|scary|stressful|uncomfortable)) than (?:you|u|she|he|they|your [a-z]+) (?:feared|expected|thought|imagined|worried|anticipated|were expecting|had feared)\b|\b(?:glad|happy|relieved|pleased|thrilled|delighted)(?: that)? (?:your|ur|her|his|their) [a-z-]+(?: [a-z-]+)? (?:went|turned out|came out|ended up) (?:so |really |very |much |more |pretty )?(?:well|smoothly|smooth|great|fine|okay|ok|easier|better|quick|quickly|painless|easy|perfectly)\b",
            "Says how a particular event went for the reader ('went more smoothly than you feared'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.progress-on-schedule", r"\b(?:says|said|thinks|thought|feels|felt|confirmed|confirms|reports|reported|noted|notes|is happy|was happy|is pleased|was pleased)(?: that)? (?:it's|it is|its|everything's|everything is|things are|healing is|recovery is|progress is|she's|he's|you're|they're|she is|he is|you are|they are) (?:right |exactly |still |well |coming along |healing |progressing )?(?:on (?:schedule|track|target)|ahead of schedule|where (?:it|she|he|you|they) should be|(?:progressing|coming along|healing) (?:well|nicely|beautifully))\b|\b(?:it's|it is|everything's|everything is) (?:healing|coming along|progressing) (?:right )?(?:on schedule|on track|nicely|beautifully)\b",
            "Reports a clinician's view of progress ('Dr. Hale says it's right on schedule'): discloses care",
            unless=(hedged,)),
    # Good news relayed to someone from the review ("tell her congrats on getting them off").
    Pattern("en.treatment.appliance-off", r"\b(?:the|your|ur|her|his|their|those|these) (?:hardware|braces|brackets|wires|cast|boot|stitches|sutures|splint|sling|bandages?|dressing|drain|expander|spacers|aligners|tubes) (?:is|are|came|come|has come|have come|got taken|were taken|was taken) (?:finally |now |officially |all |at last )?(?:off|out|removed)\b|\b(?:everything|it all|it|things) (?:wrapped up|finished|ended|went|came together) (?:right |exactly |perfectly )?(?:on schedule|on time|as planned|according to plan)\b",
            "Says an appliance came off or a course of care ended on schedule: discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.close-to-due-date", r"\b(?:so |this |that |very )?(?:close|near) to (?:your|her|the|their) (?:due date|delivery|c-section|d-day)\b",
            "Speaks of the reader being close to giving birth ('so close to your due date'): discloses care",
            unless=(hedged,)),
    # Someone from the review doing better ("he can see the board clearly now").
    Pattern("en.treatment.someone-can-again", r"\b(?:he|she|they|your [a-z]+|her [a-z]+|his [a-z]+|their [a-z]+) (?:can|could|is able to|was able to) (?:finally |now |actually |already )?(?:see|hear|read|walk|run|eat|chew|sleep|breathe|smile|play|bend|lift|drive|focus|swallow|speak|talk|climb|jump|kneel|squat|throw|swim)\b(?:[^.!?]{0,80}?)\b(?:again|clearly now|now|finally|without (?:pain|glasses|squinting|discomfort|limping|help))\b",
            "Says someone from the review can do something again ('he can see the board clearly now'): discloses care",
            unless=(hedged,)),
    # Someone from the review doing well ("mom and baby are both doing well").
    Pattern("en.treatment.someone-doing-well", r"\b(?:mom|mommy|mother|dad|daddy|father|baby|babies|newborn|twins|the (?:baby|little one|twins|kids|newborn)|your (?:[a-z]+ )?(?:mom|mother|dad|father|son|daughter|baby|husband|wife|partner|child|kids|little one|grandma|grandpa|grandmother|grandfather)|he|she|both of them)(?: and (?:baby|mom|dad|the baby|the twins|little one|the little one))? (?:are|is|'s|'re) (?:both |all |each |now )?(?:doing|recovering|healing|feeling|getting on|coming along|thriving|home and doing) (?:so |really |very |just |incredibly )?(?:well|great|fine|better|beautifully|wonderfully|amazing|amazingly|okay|ok)\b",
            "Says someone from the review is doing well ('mom and baby are both doing well'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.new-body-part", r"\b(?:the|that|this|your|her|his) (?:new|brand-new|brand new|improved|refreshed) (?:nose|lips|chin|jawline|eyes|eyelids|brows|hairline|ears|breasts|tummy|profile|knee|hip|shoulder)\b(?! (?:patient|patients|location|office|clinic|website|hours|policy|suite|studio|wing))",
            "Speaks of someone's new body part or look ('the new nose'): discloses care",
            unless=(hedged,)),
    # A symptom that came back at a particular time ("we hate that it flared up again over
    # the weekend").
    Pattern("en.treatment.flared-up-again", r"\b(?:it|that|this|the [a-z]+|your [a-z]+|her [a-z]+|his [a-z]+) (?:flared|flared up|acted up|played up|got worse|worsened|kicked up|locked up|seized up|went out) (?:again )?(?:over the weekend|over the holidays|this week|last week|last night|yesterday|this morning|overnight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|again)\b",
            "Speaks of a symptom that came back ('it flared up again over the weekend'): discloses care",
            unless=(hedged,)),
    # Daily life better for someone ("the nights are more restful now", "left the cane at
    # home", "she's walking with more confidence").
    # Good news or relief about one person's result, also split across sentences ("The good
    # news was worth the wait, and everyone here was relieved too").
    Pattern("en.treatment.good-news-about-a-result", r"\b(?:the|that|your|her|his) (?:good|great|happy|wonderful|best) news (?:was worth|came|arrived|finally came|was (?:such )?a relief)\b|\b(?:everyone|the whole team|all of us|we|our (?:[a-z]+ )?(?:team|staff|nurses|doctors)) (?:here )?(?:was|were) (?:so |really |very |just as |all )?relieved(?: too| as well| to hear| for)\b",
            "Shares good news or relief about one person's result: discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.daily-life-better", r"\b(?:in|into|back (?:in|into|to)) (?:that|such a) (?:dark|low|bad|rough|hard|scary|difficult|tough) (?:place|spot|space|time|patch|stretch) again\b|\b(?:the )?(?:nights|days|mornings|evenings|mealtimes|walks|stairs|school days|workdays|weekends|bedtimes|feedings) (?:are|have been|feel|seem|got|have gotten) (?:(?:so|much|a lot|far|a little|finally|already) )*(?:more restful|easier|calmer|better|quieter|less painful|more peaceful|brighter|more manageable|smoother)\b|\b(?:left|leave|leaving|ditched|ditch|ditching|put away|putting away|retired) (?:the|your|her|his|their) (?:cane|walker|crutches|wheelchair|brace|sling|boot|inhaler|glasses|hearing aids?|scooter|oxygen|night light) (?:at home|behind|for good|in the closet|in the car)\b|\b(?:he|she|they|you)(?:'s|'re| is| are| was| were) (?:now |finally |already )?(?:walking|running|sleeping|eating|talking|reading|driving|standing|moving|breathing|swimming|dancing|playing|climbing) (?:with (?:more|much more|so much more|real) (?:confidence|ease|energy|strength)|more (?:easily|comfortably|confidently|steadily)|without (?:pain|help|a cane|a walker|crutches)|on (?:her|his|their|your) own|independently)\b",
            "Says someone's daily life got better ('the nights are more restful now', 'left the cane at home'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.congrats-on-an-outcome", r"\bcongrat(?:s|ulations)(?: to (?:her|him|them|you|both of you))? on (?:getting|having|finally getting|finally having) (?:them|it|those|these|the [a-z]+|your [a-z]+|her [a-z]+|his [a-z]+|their [a-z]+) (?:off|out|removed|done|fixed|taken off|taken out)\b",
            "Congratulates someone on an outcome ('congrats on getting them off'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.looks-and-relief", r"(?<!whenever )(?<!whenever it )(?<!when it )(?<!time that )(?<!time )(?<!day that )(?<!day )(?<!what )(?<!whatever )(?<!if it )(?<!as it )(?<!way that )(?<!way )(?<!one that )(?<!option that )(?<!which )(?<!best )\b(?:suits|suit|suited) (?:you|u)\b|\blooks? (?:[a-z]+ )?(?:great|good|amazing|fantastic|beautiful|perfect|wonderful|stunning|gorgeous|natural) on (?:you|u)\b|\bno more (?:squinting|pain|itching|aching|limping|wincing|sniffling|coughing|headaches|migraines|sleepless|bleeding|swelling|numbness|glasses|readers|braces|crutches|splints?|hiding (?:your|ur|that) smile|turtle neck|text neck|tech neck|slouching|hunching|snoring|hobbling|back pain|neck pain|knee pain|brain fog|tired eyes|flare-?ups?|breakouts|acne|rashes|dizzy spells|shin splints)\b|\bhow hard (?:you|u|he|she|they) (?:worked|tried|pushed)\b",
            "Speaks of how the reader looks, feels or worked after care ('it suits you', 'no more squinting'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.symptom-returns", r"\b(?:the|that|your|ur|any) (?:[a-z-]+ )?(?:sensitivity|pain|swelling|soreness|itching|rash|ache|aching|bleeding|numbness|tingling|pressure|discomfort|headaches?|symptoms?|redness|stiffness|dizziness|nausea|cough|fever|flare-ups?)\b (?:returns|comes back|came back|flares up|gets worse|got worse|persists|lingers|continues|is back|worsens|recurs|acts up|starts again)\b|\b(?:your|ur) (?:health|fitness|wellness|treatment|smile|weight|dental|skin|recovery|care|hearing|vision) (?:goals?|journey|plan|needs)\b",
            "Speaks of the reader's symptom coming back, or their health goals: discloses care"),
    Pattern("en.treatment.progress", r"\bhow far (?:you|u|he|she|they|(?:the|your|ur|those|these|both|all|that|this|his|her|their) (?:[a-z'-]+ )?[a-z'-]+)(?:'ve| have|'s| has)? come\b|\bhow much (?:you|u|he|she|they)(?:'ve| have|'s| has) (?:grown|improved|progressed|changed|healed)\b|\b(?:what a relief|it must be|must feel|must be so)\b(?: [a-z']+){0,6} (?:finally|again|no longer|anymore|sleep|sleeping|eat|eating|walk|walking|run|running|see|seeing|hear|hearing|chew|chewing|breathe|breathing|smile|smiling)\b",
            "Speaks of someone's progress or relief ('how far you've come', 'what a relief to finally sleep'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.reported-outcome", rf"\b(?:hear|hearing|heard|know|knowing|see|seeing|read|reading|learn|learning)(?: (?:that|how|about how))\b(?! (?:we|our|us|the team|our team|everyone|anyone|approach|philosophy|our approach|our philosophy|this approach)\b)(?! (?:the |our )?(?:new |main )?{FACILITY})(?! (?:these|those|the|such|all the|all these) (?:[a-z-]+ )?(?:touches|details|changes|efforts|updates|improvements|extras|amenities|gestures|policies|practices) (?:(?!your |ur )[a-z-]+ ){{0,4}}?(?:make|makes|help|helps|matter|matters|mean|means)\b)(?! (?:important|valuable|essential|vital|crucial|critical|frustrating|stressful|upsetting|difficult|hard|confusing|scary|frightening|overwhelming|disappointing|worrying|inconvenient|annoying|personal|precious|much it matters|much that matters)\b)(?: [a-z'-]+){{1,9}}? (?<!do )(?<!be )(?<!serve )(?:again|better|healed|healing|improved|improving|back to normal|no longer|anymore|crisp|clearer|(?<!n't )(?<!not )clear(?! (?:communication|information|answers?|instructions?|explanations?|expectations?|pricing|prices|estimates?|guidance|polic(?:y|ies)|plans?|directions|signage|aligners?|picture|path|steps?|options|language|understanding))|pain-free|comfortable|less frequent|less often|less intense|less severe|more manageable|easier to manage|milder|straighter|brighter|whiter|recovered|fixed|paid off|turned out|transformed|worked out|working out|made a difference|mak(?:e|es|ing) (?:a|such a|all the|the|so much) (?:[a-z]+ )?difference|changed|cleared up)\b|\b(?:glad|happy|thrilled|delighted|relieved|pleased|excited|overjoyed|stoked|psyched|pumped|tickled|ecstatic|elated|grateful|over the moon|so good|great|love|loving)(?: (?:to hear|to know|to see|to read|to learn))?,? (?:that |how )?(?:the|that|those|these|things|everything|it|she|he|they|your|ur)\b(?! (?:the |our )?(?:new |main )?{FACILITY})(?: [a-z'-]+){{0,8}}? (?:again|healed|healing|improved|improving|back to normal|no longer|anymore|crisp|clearer|pain-free|straighter|brighter|whiter|recovered|fixed|paid off|turned out|transformed|cleared up|stopped|went away|is gone|are gone|calmed down|eased up|settled down|subsided|disappeared|came through|went through|got approved|was approved|(?:is|are|'s|'re) (?:really |finally |already |still )?(?:working|helping|doing the trick)|kicked in|went (?:by )?(?:so |really |very |super )?(?:quickly|smoothly|fast|easily)|flew by|was a breeze)\b",
            "Reports a change in someone's body, health or daily life ('hearing that the road signs are clear again'): discloses care",
            unless=(hedged, about_everyone)),
]

MEDICAL_ADVICE = [
    # A breathing or relaxation exercise, or a habit "we suggest to everyone".
    Pattern("en.advice.exercise-or-habit", r"\b(?:4-7-8|box|belly|diaphragmatic|square|paced|slow) breathing(?: technique| exercise)?\b|\bin for (?:four|4|five|5|three|3),? hold for\b|\btry (?:breathing|inhaling|exhaling|counting|stretching|journaling|meditating|box breathing)\b|\bbreathing (?:in|out) for (?:\d+|two|three|four|five|six|seven|eight) (?:counts|seconds)\b|\b(?:thing|tip|trick|habit|idea) (?:we|i) (?:suggest|recommend|share)(?: to (?:everyone|anyone|all))? is [a-z]+ing\b|\btry to (?!explain|show|teach|describe|answer|walk|go over)(?:[a-z]+ ){0,4}?(?:bedtime|sleep|caffeine|screens?|hydrated|water|stretch(?:es|ing)?|walk(?:ing|s)?|exercise|meals|snacks|sugar|alcohol)\b|\b(?:keep|continue|start|stop) (?:wearing|using|applying|doing) (?:the|your|ur|that|those|this) (?:[a-z-]+ )?(?:garment|compression|brace|splint|boot|sling|retainer|aligners?|elastics|rubber bands|drops|cream|ointment|exercises|stretches|night guard|mouthguard|patch|eye patch|glasses|contacts)\b|\b(?:is|are) (?:one of )?the (?:easiest|best|simplest|most important|quickest|surest|single best) (?:ways?|things?) to (?:protect|keep|prevent|avoid|improve|reduce|ease|care for|take care of|save) (?:your |ur |their |his |her )?(?:hearing|skin|teeth|eyes|vision|back|joints|heart|health|gums|smile|sleep|posture|knees)\b|\bspf ?\d{2}\b(?! (?:products?|sunscreens?|and (?:up|higher|above)))",
            "Suggests a breathing exercise or a health habit ('try breathing in for four counts'): medical advice"),
    # A product that helps ("a sensitivity toothpaste used twice daily usually helps"), and
    # what "many people find" helps ("cutting caffeine after noon makes a real difference").
    Pattern("en.advice.product-helps", r"\b(?:a|an|the|some|using a|using an|using) (?:[a-z-]+ ){0,2}?(?:toothpaste|mouthwash|mouth rinse|rinse|lotion|moisturi[sz]er|sunscreen|eye drops|drops|artificial tears|saline spray|nasal spray|humidifier|night guard|mouthguard|mouth guard|splint|heating pad|ice pack|cold pack|epsom salt bath|warm bath|soft toothbrush|electric toothbrush|water flosser|brace|pillow|wrist splint|compression socks?|orthotics?|insoles?)(?: [a-z-]+){0,4}? (?:usually |often |really |can |will |should |may |might |typically |generally |tends to |tend to )?(?:helps?|works? wonders|does the trick|eases?|relieves?|soothes?|makes? a (?:real |big |huge |noticeable )?difference)\b|\b(?:many|most|lots of|a lot of|some) (?:people|patients|folks|parents|adults|families|kids|clients) (?:find|say|notice|report|feel) (?:that )?(?:[a-z'-]+ ){0,2}?[a-z]+ing (?:[a-z'-]+ ){0,8}?(?:helps?|makes? a (?:real |big |huge |noticeable )?difference|works? wonders|brings? relief|eases?|relieves?)\b",
            "Says what helps a symptom ('a sensitivity toothpaste usually helps', 'many people find that cutting caffeine makes a difference'): medical advice",
            unless=(hedged, practice_wide)),
    # Self-care habits said to make a difference ("putting screens away an hour before bed
    # and keeping a consistent wake-up time can make a real difference").
    Pattern("en.advice.habits-make-a-difference", r"\b(?:putting|keeping|avoiding|cutting|limiting|getting|taking|going|drinking|eating|skipping|turning|setting|sticking|wearing|switching|trying|doing)\b[^.!?]{3,120}?\b(?:bed|bedtime|sleep|screens?|caffeine|wake-up|wake up|naps?|meals?|water|posture|stretch(?:es|ing)?|walks?|breaks?|routine|diet|salt|sugar|alcohol|snacks?)\b[^.!?]{0,80}?\b(?:can|will|should|may|usually|often|really|tends? to)(?: really| often| usually)? (?:make a (?:real |big |huge |noticeable |world of )?difference|help|do wonders|work wonders|bring (?:those |the |these |your )?(?:numbers|levels|readings|pressure|sugars?|cholesterol|weight|it|them) down|lower (?:those |the |these |your )?(?:numbers|levels|readings|blood pressure|pressure|sugars?|cholesterol|a1c))\b",
            "Recommends self-care habits that help: medical advice"),
    # Self-care said to help, with no order given ("a quick stretch break every hour plus a
    # rolled towel behind the lower back can make a real difference"), and what best protects
    # a body area ("SPF 30 every morning is the best way to protect that area").
    Pattern("en.advice.self-care-makes-a-difference", r"(?<!our )\b(?:stretch(?:ing)?|stretch breaks?|(?:rolled )?towels?|pillows?|humidifiers?|ice|heat|compress(?:es)?|braces?|splints?|insoles?|sunscreen|spf(?: \d+)?|moisturi[sz]ers?|creams?|lotions?|ointments?|drops|rinses?|floss(?:ing)?|mouthguards?|night guards?|walks?|walking|posture|water|fluids|sleep|rest|warm baths?|epsom salts?|aloe)\b[^.!?]{0,100}?\b(?:can|will|should|may|usually|often|really|tends? to|generally|typically) (?:make a (?:real |big |huge |noticeable |world of )?difference|do wonders|work wonders|settle things down|settles things down|calm things down|ease things|take the edge off|help a lot|help a ton|help)\b|\b(?:is|are) (?:the|your) (?:best|easiest|safest|simplest) (?:way|thing|bet|defense|protection) (?:to|for) (?:protect|prevent|heal|avoid|care for|treat|soothe|calm|manage|reduce|protecting|preventing|healing|soothing)\b|\b(?:protect|cover|treat|ice|massage|moisturi[sz]e|elevate|rest) (?:that|this) (?:area|spot|site|patch|incision|wound|scar|joint|knee|ankle|shoulder|tooth)\b",
            "Recommends self-care that helps, or how to protect a body area: medical advice"),
    # A tip for anyone with a symptom ("for anyone experiencing sensitivity after a cleaning,
    # switching to a soft-bristled brush... can make a real difference").
    Pattern("en.advice.remedy-for-anyone-with-a-symptom", r"\b(?:for|to) (?:anyone|everyone|people|patients|those|folks|kids|adults|parents|(?:any|every) (?:parent|family|one|person|patient|kid|child|caregiver|runner|athlete)) (?:experiencing|dealing with|with|who (?:have|has|get|experience|feel|notice|are dealing with)|suffering from|struggling with|noticing|feeling) (?:[a-z-]+ ){0,4}?(?:sensitivity|pain|soreness|swelling|dryness|itching|itchiness|stiffness|discomfort|redness|irritation|headaches?|symptoms?|congestion|a cold|colds|allergies|acne|flare-ups?|tenderness|aches?|insomnia|nausea|dry eyes?|bleeding gums|jaw pain|back pain|a fever|fevers)\b[^.!?]{0,200}?\b(?:(?:can|may|usually|often|tends? to|will|should|really|generally|typically) (?:make a (?:real |big |huge |noticeable )?difference|make (?:things|it|them|kids|children|little ones|everyone|someone|nights?|life) (?:a (?:lot|little|bit|good deal) )?(?:more comfortable|more bearable|feel better|easier|less painful)|help|ease|relieve|reduce|soothe|calm|work wonders)|makes a (?:real |big |huge |noticeable )?difference|helps|eases|relieves|soothes|calms|works wonders)\b",
            "Gives a health tip for anyone with a symptom: medical advice"),
    Pattern("en.advice.eases-symptom", r"\b(?:usually|often|typically|generally|really|can|will|may|might|tends? to|should|helps?(?: to)?) (?:[a-z-]+ ){0,2}?(?:takes? the edge off|ease|eases|relieve|relieves|calm|calms|soothe|soothes|reduce|reduces|settle|settles|dull|dulls|quiet|quiets|knock down|knocks down|bring down|brings down)\b(?: [a-z-]+){0,3}? (?:that|this|the|your|any|some of the|most of the) (?:kind of |type of |sort of |little )?(?:throbbing|pain|ache|aching|swelling|soreness|sensitivity|discomfort|inflammation|itch|itching|tenderness|stiffness|irritation|redness|pressure|cramping|cramps|nausea|congestion)\b|\b(?:over-the-counter|over the counter|otc) (?:[a-z-]+ ){0,2}?(?:anti-inflammator(?:y|ies)|analgesics?|antihistamines?|pain ?killers?|pain medicine|pain meds|remedy|remedies|reliever|relievers|ibuprofen|acetaminophen|naproxen)\b|\btaken as directed\b|\b(?:take|use|apply) (?:it |them )?as directed\b",
            "Recommends something that eases a symptom ('an over-the-counter anti-inflammatory often takes the edge off that kind of throbbing'): medical advice"),
    Pattern("en.advice.remedy-helps", r"\b(?:rest|ice|icing|heat|a (?:cool|cold|warm|hot) (?:compress|cloth|pack|towel|shower|bath)|(?:cool|cold|warm) compress(?:es)?|compresses|fluids|hydration|elevation|elevating|stretching|gentle stretches|sleep|soft foods?|saline|a humidifier|warm tea|honey|chamomile)\b(?: (?:and|with|plus) (?:[a-z-]+ ){0,3}?[a-z-]+)? (?:usually |often |really |can |will |should |may |might |tends to |tend to |typically |generally |do |does )?(?:help|helps|helped|work wonders|works wonders|do the trick|does the trick|ease|eases|relieve|relieves|soothe|soothes|speed up|speeds up|make a (?:big )?difference|take care of it|takes care of it|clear it up|clears it up|settle it|settles it|calm it down|calms it down|takes? the edge off|settles? (?:things|it|everything) down|calms? things down)\b|\b(?:rest|ice|icing|heat|compression|fluids|hydration|elevation|elevating|sleep|soft foods?|warm compresses|cool compresses)(?:,? (?:and |plus |& )?(?:rest|ice|icing|heat|compression|fluids|hydration|elevation|elevating|sleep|soft foods?))* (?:are|is) (?:your|the|a|our) (?:best friends?|best bet|way to go|key|secret|go-to|first line)\b|\b(?:fluids|rest|sleep|hydration|plenty of fluids|lots of fluids|fluids and rest|rest and fluids)(?: and (?:rest|fluids|sleep|hydration))? (?:are|is) (?:still |really |usually )?(?:the best (?:thing|medicine|bet|remedy)|what (?:helps|works) (?:best|most)) (?:for|against|with)\b",
            "Recommends a home remedy ('a cool compress and rest usually help'): medical advice"),
    # A health habit said to help, without any remedy word: "feeding on demand and trying a
    # different hold usually makes a real difference", "staying hydrated really does help".
    Pattern("en.advice.habit-helps", r"\b(?:feeding|nursing|breastfeeding|pumping|trying a different|staying hydrated|drinking|eating|stretching|sleeping|avoiding|cutting back|cutting down|keeping (?:it|the area|the [a-z]+|your [a-z]+) (?:clean|dry|elevated|moisturi[sz]ed|iced|covered|cool|warm)|using (?:a|an|the) (?:[a-z-]+ )?(?:humidifier|compress|heating pad|ice pack|night guard|saline|nasal|cpap|brace|splint|toothbrush|toothpaste|mouthwash|rinse|cream|lotion|sunscreen|moisturi[sz]er|gel|spray|drops|pillow|mouthguard|wedge)|skipping|wearing|applying|taking (?:a |short |daily |regular )*(?:walk|walks|nap|naps|breaks?|bath|baths|shower|showers|supplement|vitamin|probiotic)|icing|resting|elevating|rubbing|massaging|brushing|flossing|rinsing|gargling|walking|exercising|chewing|soaking|moisturi[sz]ing|hydrating|limiting|propping|swaddling|burping)\b(?: [a-z'(),-]+){0,10}? (?:usually |often |really |typically |generally |can |will |may |might |tends to |does |do |really does |really do )?(?:helps?(?: (?:a lot|prevent|reduce|ease|with))?|makes? (?:a|all the) (?:real |big |huge |world of )?difference|works? wonders|does wonders|do wonders|does the trick|do the trick)\b",
            "Recommends a health habit that helps ('rubbing the gums with a clean finger usually helps'): medical advice",
            unless=(hedged,)),
    # Someone else kept at a habit: "make sure she keeps sipping water throughout the day".
    Pattern("en.advice.make-sure-they", r"\bmake sure (?:she|he|they|you|your [a-z]+|mom|dad) (?:keeps? (?:sipping|drinking|taking|using|wearing|icing|resting|moving|stretching|eating)|drinks?|sips?|stays? (?:hydrated|active|off)|rests?|eats?|wears? (?:her|his|their|your|the)|takes? (?:her|his|their|your|the) (?:medication|medicine|meds|pills|vitamins|dose|doses|inhaler))\b|\bdrink (?:at least )?\d{1,3} (?:ounces|oz|glasses|cups|liters|litres)\b|\b\d[\d,]*-calorie (?:plan|diet|limit)\b",
            "Tells someone to keep a health habit ('make sure she keeps sipping water'): medical advice"),
    # "Remember RICE: rest, ice, compress, elevate".
    Pattern("en.advice.rice", r"\bremember rice\b|\brest,? ice,? compress(?:ion)?,? (?:and )?elevat(?:e|ion)\b",
            "Recommends rest, ice, compression and elevation: medical advice"),
    # A medicine said to be safe or fine to take: "ibuprofen is generally fine to take for this".
    Pattern("en.advice.safe-to-take", r"\b(?:is|are) (?:usually |generally |often |typically |perfectly |totally )?(?:safe|fine|okay|ok|effective|helpful) (?:to take|for (?:controlling|easing|treating|managing|relieving|calming))\b",
            "Says a medicine is safe or fine to take: medical advice"),
    # A technique for when something starts: "grounding exercises are a great tool whenever
    # flashbacks start".
    Pattern("en.advice.tool-when-it-starts", r"\b(?:tool|tools|technique|techniques|strategy|strategies|trick|tricks|exercises?|skills?) (?:whenever|when|if|as soon as) (?:[a-z'-]+ ){0,3}(?:start|starts|hit|hits|strike|strikes|come on|comes on|flare|flares|flare up|flares up|creep in|creeps in|show up|shows up|kick in|kicks in|build|builds|spike|spikes)\b",
            "Recommends a technique for when symptoms start ('a great tool whenever flashbacks start'): medical advice"),
    Pattern("en.advice.aftercare-limits", r"\b(?:no|avoid|skip|stay off|hold off on) (?:[a-z-]+ ){0,2}(?:straws?|smoking|spitting|rinsing|alcohol|hot drinks|hot liquids|exercise|lifting|swimming|makeup|sun|chewing|workouts?)\b(?: [a-z]+){0,3} (?:for|during) (?:\d+|a few|the next|the first|twenty-four|forty-eight|a couple of|one|two|three) (?:[a-z]+ )?(?:hours?|hrs?|days?|weeks?)\b|\b(?:soft|liquid|cold|bland) (?:foods?|diet|meals?) only\b|\b(?:stick(?:ing)? to|stay(?:ing)? on|keep(?:ing)? to) (?:a )?(?:soft|liquid|cold|bland) (?:foods?|diet)\b|\bonly (?:soft|liquid|cold|bland) (?:foods?|diet)\b|\bice (?:it |the area |that )?(?:on and off|on/off|twenty minutes|\d+ ?(?:minutes|mins?)|for \d+|every \d+|as needed)\b|\btake it easy (?:for|over) (?:a day or two|a couple of days|a few days|the next (?:day|few days|couple of days)|the rest of the day|\d+ (?:hours|days)|(?:one|two|three|twenty-four|forty-eight) (?:hours|days))\b|\b(?:avoid|skip|cut back on|limit|stay away from|steer clear of) (?:[a-z-]+ ){0,2}(?:drinks|snacks|sweets|soda|sodas|sugar|candy|caffeine|dairy|juice|coffee)\b",
            "Gives aftercare limits or instructions ('no straws for 48 hours', 'soft foods only'): medical advice"),
    Pattern("en.advice.prognosis", r"\b(?:stiffness|soreness|swelling|pain|clicking|popping|itching|redness|bruising|numbness|tenderness|sensitivity|rash|ache|aching|discomfort|symptoms?|headaches?|cramping|bleeding)\b(?: [a-z']+){0,3} (?:should|will|usually|often|typically|generally|commonly|normally|can|may|tends to|tend to) (?:ease|ease up|settle|settle down|fade|go away|improve|subside|clear up|calm down|resolve|pass|disappear|linger|lingers|last|lasts|persist|persists|take|takes)\b(?=[^.!?]{0,40}\b(?:days?|weeks?|months?|hours?|year|while|time)\b)|\b(?:stiffness|soreness|swelling|pain|itching|redness|bruising|numbness|tenderness|sensitivity|rash|discomfort|symptoms?|cramping|bleeding)\b(?: [a-z']+){0,3} (?:should|will|usually|often|typically|generally|commonly|normally|can|may|tends to|tend to) (?:ease|ease up|settle|settle down|fade|go away|improve|subside|clear up|calm down|resolve|pass|disappear)\b|\b(?:settles?|resolves?|goes away|go away|clears? up|passes|pass) on (?:its|their) own\b|\bgive it (?:a few|a couple of|some|another|a|one|two|three|\d+) (?:more )?(?:days?|weeks?|hours?)\b",
            "Says how a symptom will go or how long to wait ('the stiffness should ease up', 'give it a few days'): medical advice"),
]

TREATMENT_DISCLOSURE += [
    # "The device was replaced under warranty within the same week": a particular item of
    # someone's care, and what was done to it.
    Pattern("en.treatment.item-serviced", r"\b(?:the|that|this|those|these|your|ur|his|her|their) (?:new |old |first |second |replacement |original |broken |faulty |defective |loaner |cracked |lost )?(?:device|devices|hearing aids?|aid|aids|glasses|frames|lenses|contacts|contact lenses|retainers?|aligners?|crowns?|bridge|bridges|dentures?|implants?|night ?guards?|mouth ?guards?|brace|splint|boot|cast|orthotics?|inserts?|insoles?|prescription|order|pair|unit|appliance|cpap|cpap mask|pump|inhaler|crutches|sling|veneers?|fillings?|partials?|earmolds?|processor)(?: [a-z-]+)? (?:was|were|got|has been|have been|had been|is being|are being) (?:all |already |finally |fully |promptly |quickly |since |then |also |actually |indeed )?(?:replaced|repaired|remade|reordered|re-ordered|refitted|adjusted|exchanged|returned|sent back|fixed|reset|recalibrated|reprogrammed|shipped|delivered|picked up|ordered|fitted|refunded|swapped|upgraded|serviced|rebuilt|redone|re-done|re-made|recemented|re-cemented|relined|reglued|tightened|straightened|covered|credited)\b|\b(?:we|i|our (?:[a-z]+ )?(?:team|lab|technician|tech|staff|office|audiologist|optician|dentist|doctor|provider))(?: [a-z']+)? (?:(?:did|had to|have|had|'ve|went ahead and) (?:replace|repair|remake|reorder|refit|adjust|exchange|fix|reset|recalibrate|reprogram|swap|upgrade|service|rebuild|redo|recement|reline|reglue|tighten|straighten|refund|ship|deliver)|replaced|repaired|remade|reordered|re-ordered|refitted|adjusted|exchanged|fixed|reset|recalibrated|reprogrammed|swapped|upgraded|serviced|rebuilt|redid|re-did|recemented|re-cemented|relined|reglued|tightened|straightened|refunded|shipped|delivered) (?:the|that|this|those|these|your|ur|his|her|their) (?:new |old |broken |faulty |defective |replacement |cracked )?(?:device|devices|hearing aids?|aid|aids|glasses|frames|lenses|contacts|contact lenses|retainers?|aligners?|crowns?|bridge|bridges|dentures?|implants?|night ?guards?|mouth ?guards?|brace|splint|boot|cast|orthotics?|inserts?|insoles?|prescription|order|pair|unit|appliance|cpap|cpap mask|pump|inhaler|crutches|sling|veneers?|fillings?|partials?|earmolds?|processor)\b",
            "Says what was done to a particular item of someone's care ('the device was replaced under warranty'): discloses treatment",
            unless=(hedged, practice_wide)),
]

RECORDS_BILLING = [
    # What was done on this account ("statements and a phone reminder, all of which were sent
    # in this case").
    Pattern("en.records.done-in-this-case", r"\b(?:sent|billed|charged|applied|followed|mailed|issued|waived|referred) in this (?:case|instance)\b",
            "Says what was done on a particular account ('all of which were sent in this case'): discloses billing details",
            unless=(hedged,)),
    # Something of the reader's the practice holds on file ("the $40 copay is set by the plan
    # we have on file").
    Pattern("en.records.on-file", r"\b(?:the|your|ur) (?:[a-z-]+ )?(?:plan|card|insurance|information|info|address|number|email|policy|coverage|payment method|copay) (?:we have|we've|we've got|we keep|that's|that is|is|was) on file\b|\bon file for (?:you|u|your [a-z]+)\b",
            "Speaks of the reader's plan or details on file: discloses account information",
            unless=(hedged,)),
    # Payments left on a plan, an autopay date ("you have 8 payments left on the plan").
    Pattern("en.records.payments-left", r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:more )?(?:payments?|installments?) (?:left|remaining|to go)\b|\bauto-?pay (?:is )?(?:set|scheduled|set up) (?:for|on)\b",
            "Tells how many payments are left or when autopay runs: discloses billing details",
            unless=(hedged,)),
    # The state of a particular account ("the payment plan set up in the spring remains in
    # place", "the next installment isn't due until...").
    Pattern("en.records.account-status", r"\b(?:the|your|ur|that|this) (?:payment plan|installment plan|financing plan|financing|installments?|balance|remaining balance|outstanding balance|deposit|refund|credit|statement|invoice|account|payment|charge|bill)(?: [a-z-]+){0,5}? (?:remains?|stays?) (?:in place|open|active|on hold|current|the same)\b|\b(?:the|your|ur) next (?:installment|payment|statement|bill|invoice|draft|auto-?pay(?:ment)?) (?:is|isn't|is not|will be|won't be|comes|is due|will come|goes out)\b|\b(?:payment plan|installment plan|financing plan|financing|account|auto-?pay) (?:was |were |we )?(?:set up|arranged|opened|started) (?:in|on|last|this|back in|earlier)\b",
            "Tells the state of a particular account or payment plan ('the next installment isn't due until...'): discloses billing details",
            unless=(hedged,)),
    Pattern("en.records.quote-received", r"\b(?:the|that|your|ur) (?:estimate|quote|bill|invoice|statement|charge|balance|copay|receipt)s? (?:you|u) (?:received|got|were given|paid|saw|were sent)\b",
            "Speaks of an estimate or bill the reader received: discloses billing information",
            unless=(hedged,)),
    Pattern("en.records.updated-details", r"\b(?:updated|changed|corrected|fixed|added|removed|switched) (?:[a-z']+ ){0,5}(?:your|ur) (?:new |updated |old |current |cell |home )?(?:number|phone|cell|address|email|contact info|contact details|file|profile|chart|pharmacy)\b|\breminder (?:texts|calls|emails|messages) (?:go|went|will go|now go) to (?:your|ur)\b",
            "Says the practice changed the reader's details on file: discloses records",
            unless=(hedged,)),
    Pattern("en.records.sorted-out", r"\b(?:sort|sorted|sorting|work|worked|working|fix|fixed|fixing|resolve|resolved|resolving|straighten|straightened|clear|cleared) (?:out |up )?(?:the|your|that) (?:[a-z-]+ )?(?:insurance|billing|claim|claims|paperwork|bill|account|coverage|payment|balance|statement|refund|copay|deductible)\b",
            "Says the practice sorted out the reader's insurance, bill or paperwork: discloses billing information",
            unless=(hedged,)),
    Pattern("en.records.account-action", r"\b(?:the|your|this|that) (?:account|balance|bill|invoice|claim|case) (?:was|were|has been|had been|is being|got) (?:only |then |eventually |finally )?(?:referred|sent|turned over|handed over|reported|escalated|forwarded) (?:to (?:collections?|a collection agency|an agency|our billing)\b|(?:only )?(?:after|once|when) (?:\d+|two|three|four|five|several|multiple) (?:statements|notices|letters|reminders|bills))|\b(?:placed|put|puts|placing|lifted|lifting|removed|paused|pausing|stopped|halted|waived|reversed|froze|frozen) (?:a |the )?(?:hold|pause|freeze|stop)? ?(?:on )?(?:the |your )?(?:collections?|account|balance|bill|invoice|statement|claim|charges?)\b(?! (?:policy|policies|department|office|team|line|questions?))|\bthe (?:remaining|outstanding|unpaid|open|past-due|past due|leftover|overdue|disputed) (?:balance|amount|bill|invoice|charges?|copay|deductible)\b|\b(?:the collections? (?:process|agency|account|notice|call)|(?<!nothing is )(?<!nothing gets )(?<!is never )(?<!are never )(?<!no account is )(?<!no one is )sent (?:it |this |the account |your account )?to collections)\b",
            "Describes action on a particular account (a hold on collections, the remaining balance): discloses billing information",
            unless=(hedged, billing_in_general)),
    # Where the reader's own request stands ("the request came through our portal and it's
    # being processed now, so you should have everything by Friday").
    Pattern("en.records.request-in-progress", r"(?<!\bonce )(?<!\bafter )(?<!\bwhen )(?<!\bif )(?<!\bbefore )\b(?:your|ur|the) (?:records? |copy |transfer |refill |refund |billing |insurance )?(?:request|order|refund|claim|referral|prior authorization|authorization|paperwork|forms?|transfer|refill|copies|statement|application) (?:came through|went through|was received|has been received|has come in|came in|is being (?:processed|reviewed|handled|prepared|mailed|sent)|is (?:now |already )?(?:in process|in progress|on its way|on the way|being worked on)|has been (?:sent|mailed|processed|approved|submitted|faxed|forwarded)|was (?:sent|mailed|processed|approved|submitted|faxed|forwarded))\b|\byou(?:'ll| will| should)(?: (?:now|already|also|probably))? (?:have|receive|get) (?:everything|it all|it|them|the (?:copies|forms|records|paperwork|refund|statement|letter|results|documents|files|order|package|card|check|estimate)) (?:by|within|in the next|before|early next|later this|in a few|in \d+)\b",
            "Says where the reader's own request, order or refund stands: confirms a relationship and discloses records",
            unless=(hedged,)),
    Pattern("en.records.arrangement-we-made", r"\b(?:the|your|that|this) (?:payment plan|payment arrangement|financing plan|financing|installment plan|discount|adjustment|write-off|refund|credit|courtesy credit|estimate|reduced rate|sliding-scale rate) (?:that )?(?:we|i|our (?:[a-z]+ )?(?:team|office|billing (?:team|office)|manager|staff)) (?:set up|arranged|put together|worked out|offered you|gave you|created|applied|made|issued|approved|set you up with)\b",
            "Speaks of a payment arrangement the practice made: discloses billing information",
            unless=(hedged,)),
    Pattern("en.records.paid-up", r"\b(?:you're|you are|youre|u r|your account is|you were|your balance is) (?:all |now |fully )?(?:paid up|paid in full|up to date on (?:your )?payments|current on (?:your )?(?:payments|account)|past due|behind on (?:your )?payments|overdue|in collections)\b",
            "Says whether the reader's account is paid: discloses billing information",
            unless=(hedged,)),
    Pattern("en.records.collections-paused", r"\b(?:pause|paused|pausing|stop|stopped|stopping|halt|halted|freeze|froze|frozen|suspend|suspended|cancel|cancelled|canceled|call off|called off|hold off on|held off on|put a hold on|place a hold on|placed a hold on)\b (?:[a-z]+ ){0,2}?(?:any |all |the |your |further )?(?:further )?(?:collection|collections|billing|statement|statements|account|balance) (?:activity|activities|efforts?|process|calls|notices|letters|actions?|reminders|agency)\b|\b(?:pause|paused|pausing|stop|stopped|halt|halted|freeze|froze|suspend|suspended|hold off on|put a hold on) (?:any |all |further )?collections\b",
            "Says the practice paused collection or billing activity: discloses billing information about the reader",
            unless=(hedged,)),
]

REVIEW_INCENTIVE = [
    # Something given in the same sentence as the review: "if you post an update to your
    # review, we'll treat you to a massage".
    Pattern("en.incentive.gift-beside-review", r"\b(?:reviews?|ratings?|stars?|feedback|post|testimonial)\b[^.!?]{0,80}\b(?:we'll|we will|we'd|we would|we're going to|we are going to|we'd love to|we can) (?:give|send|offer|treat|gift|mail) (?:you|u)\b(?! (?:a call|a ring|an update|a response|a reply|a quick call|our thanks|a shout|credit for))",
            "Offers the reader something in the same sentence as their review: forbidden in exchange for a review"),
    # Something free for posting the review elsewhere ("share this on Yelp too, and we'll pop
    # a free lens-cleaning kit in the mail").
    Pattern("en.incentive.gift-for-cross-posting", r"\b(?:share|post|copy|leave|repost|paste)\b[^.!?]{0,40}\b(?:yelp|google|facebook|healthgrades|zocdoc|instagram|nextdoor)\b[^.!?]{0,80}\b(?:free|gift|discount|coupon|kit|credit|treat|voucher|bonus|prize|swag)\b",
            "Offers something for posting the review on another site: a review incentive"),
    Pattern("en.incentive.that-star", r"\b(?:earn|get|win|deserve|see|have) (?:that|the|a|your|our) (?:fifth|5th|5|five|missing|last|extra|full) stars?\b",
            "Asks for the missing star: asking to change a rating is never allowed"),
]

# A social media handle ("@harborlight_heals", "on Instagram at smiles_peds"): no setting says
# which handle is the practice's own, so it cannot be checked; the phone or email can.
# "@name" where the "@" starts a word ("c@nal" is l33t, not a handle).
SOCIAL_HANDLE = r"(?<=@)(?<![a-z0-9_.@]@)(?!\d{1,2}(?::\d\d)? ?(?:am|pm)\b)(?=[a-z0-9_.]*[a-z])[a-z0-9](?:[a-z0-9_]|\.(?=[a-z0-9_])){1,29}(?![a-z0-9_@])"
SOCIAL_NETWORK = r"(?:instagram|insta|facebook|tiktok|tik tok|twitter|threads|youtube|linkedin|snapchat|pinterest|ig|fb)"
HANDLE_MESSAGE = ("A social media handle: which handle is the practice's own cannot be checked, "
                  "so give the practice's phone or email instead")
# A phone number with letters standing for digits ("555-O13-77I9"): never the practice's own
# number written plainly, and a way past the phone check.
LETTER_PHONE = r"(?<![\w.-])(?:1[-. ])?\d{3}(?:\) ?|[-. ])(?=[0-9oilsbz]{3}[-. ][0-9oilsbz]{4}(?![\w-]))(?![0-9]{3}[-. ][0-9]{4})[0-9oilsbz]{3}[-. ][0-9oilsbz]{4}"
LETTER_PHONE_MESSAGE = ("A phone number written with letters for digits ('O' for 0, 'I' for 1): only the "
                        "practice's own number, written plainly, may appear")
FOREIGN_CONTACT = [
    Pattern("en.contact.letters-for-digits", LETTER_PHONE, LETTER_PHONE_MESSAGE),
    Pattern("en.contact.social-handle", SOCIAL_HANDLE + r"|\b" + SOCIAL_NETWORK + r"(?: page| account| handle| profile| username| channel)?(?: is| at| as|:)? (?=[a-z0-9.]*_)[a-z0-9_.]{3,30}\b", HANDLE_MESSAGE),
    # A short service line is still a number that is not the practice's: the system prompt
    # allows only the practice's own phone or email.
    Pattern("en.contact.service-line", r"\b(?:call|text|dial|calling|texting|contact|reach|phone)(?: or text| or call)?(?: the)? (?:988|911|211|311|811)\b|\b(?:988|911) (?:suicide|crisis|lifeline|line|hotline|emergency)\b",
            "Gives a phone line other than the practice's own (988, 911): only the practice's own contact may appear"),
]

# An age names a person ("starting orthodontic treatment at thirteen", "your 7-year-old"); an
# age range or limit ("ages 6 and up", "under 12") and a published recommendation do not.
AGE_MESSAGE = "Gives someone's age: an identifying detail of the reviewer or their family"
PERSONAL_IDENTIFIER = [
    # An age said as news ("One year old already — what a milestone!").
    Pattern("en.identifier.age-said-as-news", r"(?<!through )(?<!thru )(?<!until )(?<!up to )\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:years?|months?|weeks?) old\b(?! (?:or|and) (?:older|younger|over|under|up|above|below))(?! and (?:up|over|older))|\bnot (?:every|all|many|a lot of|most) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]olds?\b|\bat (?:just |only |barely )?(?:1[3-9]|[2-9]\d|1[01]\d)(?=[!?]|\.(?!\d))|(?:^|(?<=[.!?] ))at (?:1[3-9]|[2-9]\d|1[01]\d),",
            AGE_MESSAGE,
            unless=(hedged, guideline)),
    # A day of the month ("on the morning of the 12th"): it names one visit.
    Pattern("en.date.day-of-the-month", r"\b(?:(?:morning|afternoon|evening|night) of|on|since|before|after|monday|tuesday|wednesday|thursday|friday|saturday|sunday) the \d{1,2}(?:st|nd|rd|th)\b(?! (?:floor|street|st\b|avenue|ave\b|of (?:each|every) month|anniversary|birthday|percentile|grade|century|year))",
            "Gives a day of the month: identifies the reviewer's visit",
            unless=(announced_date,)),
    # A title and an initial ("Thank you, Ms. G!").
    Pattern("en.identifier.title-and-initial", r"\b(?:mr|mrs|ms|mx)\.? [a-z]\b(?![.'-]?[a-z])|\bmiss\.? (?![ai] [a-z])[a-z]\b(?![.'-]?[a-z])",
            "Names someone by a title and an initial ('Ms. G'): identifies the reviewer"),
    # A numbered room or chair ("the thermostat in exam room 4"): it places one visit.
    Pattern("en.identifier.room", r"\b(?:exam|examination|treatment|consult|consultation|procedure|operatory|recovery|infusion|x-ray|therapy|patient) (?:room|bay|chair|suite|station) (?:#\s?|number |no\. ?)?(?:\d{1,3}[a-z]?|[a-f])\b|\b(?:in|from|of|at|to|by|visit|visits|visited|visiting) (?:room|rm\.?|bed|apartment|apt\.?|unit) (?:#\s?|number |no\. ?)?\d{1,4}[a-z]?\b",
            "Names a numbered room or chair: places the reviewer's visit"),
    Pattern("en.identifier.age", r"\b(?:at|aged?|turning|turned|just turned) (?:age (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b(?![- ](?:and (?:up|older|over|under|above|below)|or (?:older|younger|above|below|under|over|so)|to |through |thru |months?|weeks?|percent|minutes|hours)|%|:\d|\.\d)|\b(?:a|an|your|ur|his|her|their|my) (?:(?!year|month|week)[a-z]+ )?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)-and-a-half)[- ](?:year|month|week)[- ]old\b(?!s)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) is (?:such |a |an |the |really |so )*(?:[a-z]+ )?age\b|\b(?:first|1st) (?:[a-z-]+ ){1,4}?at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= (?:is|was|can be|feels|felt|makes|made|sounds)\b)|\b(?:love|adore|miss|enjoy) (?:that|this) age\b|\b(?:that|this)(?: is|'s) (?:such |a |the |really |so )*(?:[a-z]+ )?age\b(?! (?:of|group|range|limit|requirement|when|where|at which|for))",
            AGE_MESSAGE, unless=(hedged, guideline)),
    Pattern("en.identifier.age-celebrated", r"(?:^|(?<=[.!?] ))(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one hundred|a hundred|\d{2,3}) (?:and still|and going strong|years young|and counting|going on)\b",
            "Celebrates an age ('Ninety-two and still sharp as a tack'): identifies the reviewer"),
]


# What someone does for a symptom or a recovery at home (self-care advice, a "tip:").
SELF_CARE = r"(?:snacks?|small meals|creams?|lotions?|moisturi[sz]ers?|moisturi[sz]ing|ointments?|balms?|petroleum jelly|vaseline|sunscreen|humidifiers?|pillows?|compress(?:es)?|ice packs?|heating pads?|heat packs?|saline|rinses?|rinsing|gargling|gargles?|salt water|straws?|toothbrush(?:es)?|flossing|water flossers?|mouthwash|fluids|electrolytes|stretches|stretching|elevated|elevating|elevation|chilling|chilled|sipping|soaking|warm baths?|epsom salts?|oatmeal baths?|fragrance-free|unscented|lukewarm|cold water|warm water|ginger|peppermint|probiotics?|fiber|massage|massaging|foam rollers?|splints?|night guards?|heating|icing|naps?|earplugs|eye drops|warm compress|cool compress|cold compress|cooling|a humidifier|soft foods?|smoothies|yogurt|soft-bristled?|brushing|electric toothbrush|gentle circles|artificial tears|lubricating drops|20-20-20 rule|screen breaks|blinking|deep breaths?|slow breaths?|breathing exercises?|box breathing|a short walk|a walk outside|walks? outside|fresh air|journaling|grounding)"

# --- fresh6's classes (round 4), each in wordings of our own: tests/guardrails/
# structure_classes_fresh6.py -----------------------------------------------------------------
PATIENT_RELATIONSHIP += [
    # Someone else's next visit: "can't wait to see those two again in six months", "looking
    # forward to seeing him back in the spring".
    Pattern("en.relationship.see-them-again", r"\b(?:see|seeing|have|having|welcome|welcoming|catch|catching) (?:him|her|them|(?:those|these|the|your|both|all|that|this) (?:[a-z'-]+ )?[a-z'-]+) (?:(?:back|again|soon) ?){1,2}(?:in (?:a few|a couple of|two|three|four|six|twelve|\d+) (?:weeks|months)|at (?:their|his|her|the) next|next (?:time|month|year|spring|summer|fall|winter)|in (?:the )?(?:spring|summer|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december))?\b|\bsee (?:him|her|them|(?:those|these|the|your|both) (?:[a-z'-]+ )?[a-z'-]+) (?:in (?:a few|a couple of|two|three|four|six|twelve|\d+) (?:weeks|months)|at (?:their|his|her) next|next (?:time|month))\b",
            "Speaks of seeing particular people again ('can't wait to see those two again in six months'): presumes they are patients",
            unless=(hedged, about_everyone, for_everyone)),
    # The reviewer in the third person without a pointing word: "this review from someone who
    # missed three appointments".
    Pattern("en.relationship.reviewer-described", r"\b(?:from|by|of) (?:someone|somebody|a person|a patient|a client|a customer|an individual|a parent|a mom|a dad|a reviewer|a former patient|a former client) (?:who|that)(?: (?:has|had|never|already|repeatedly|previously|then))* (?:missed|cancell?ed|skipped|no-showed|didn't show|did not show|never showed|completed|finished|paid|owes|owed|refused|declined|stopped|quit|walked out|left|ignored|failed|abandoned|came in|was seen|was treated|rescheduled|showed up|arrived|disputed|received|got|was given|was told|was offered)\b",
            "Describes the reviewer in the third person with what they did ('from someone who missed three appointments'): confirms they are a patient",
            unless=(hedged,)),
    # A clinician's own schedule changed for the reader: "I've cleared my Thursday mornings so
    # it won't happen again", "sorry for the rescheduling", "I apologize for moving our sessions".
    Pattern("en.relationship.own-schedule-changed", r"\bi(?:'ve|'ll| have| will| had| already| now| also| personally| since)* (?:cleared|blocked off|blocked out|blocked|freed up|rearranged|reorganized|reorganised|moved|shifted|changed|adjusted|opened up|set aside|reserved|reworked|restructured|cleaned up) (?:[a-z'-]+ ){0,3}?(?:on |in )?my (?:[a-z]+ )?(?:schedule|calendar|mornings|afternoons|evenings|hours|days|week|diary|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|\b(?:sorry|apologi[sz]e|apologies|regret)\b(?: [a-z']+){0,2}? (?:for|about) (?:the|all the|our|my|those|these|that) (?:last-minute |repeated |many |constant )?(?:rescheduling|reschedules|reschedulings|cancellations|schedule changes|moved sessions|cancelled sessions|canceled sessions|session changes)\b|\b(?:moving|moved|rescheduling|rescheduled|cancelling|canceling|cancelled|canceled|changing|changed|pushing|pushed|shifting|shifted|postponing|postponed|bumping|bumped) (?:our|your) (?:sessions|session|meetings|time together)\b|\b(?:our|your) (?:sessions|session|meetings|appointments|visits) (?:kept getting|keep getting|got|were|have been|had to be|kept being) (?:moved|rescheduled|cancelled|canceled|changed|pushed|shifted|postponed|bumped)\b",
            "Speaks of a clinician's own schedule changed for the reader or of their sessions moved ('I've cleared my Thursday mornings', 'sorry for the rescheduling'): confirms a relationship",
            unless=(hedged, for_everyone)),
    # A part in the reader's story: "an honor to have played a small part in your journey".
    Pattern("en.relationship.part-in-their-story", r"\b(?:play|played|playing|to have played|have played|had) (?:a |some |a small |a little |a tiny |a big |an |any |such a )?(?:small |little |tiny |big |important )?(?:part|role) in (?:your|ur|his|her|their)\b(?! (?:community|neighborhood|neighbourhood|town|city|area|decision to (?:review|write|share)))|\b(?:a |small |little |tiny )?(?:part|piece|chapter) of (?:yours|his|hers|theirs)\b|\b(?:be|been|being|were) (?:a |a small |a little |some )?part of (?:that|your|ur|the|her|his|their|this) (?:[a-z-]+ ){0,3}(?:year|birthday|journey|story|day|season|milestone|chapter|pregnancy|recovery|transformation|adventure|process)\b",
            "Speaks of the practice's part in the reader's story ('to have played a part in your journey'): presumes they are a patient",
            unless=(hedged,)),
    # Apologising for a particular order's delay: "Sorry about the lab delay", "apologies for
    # the holdup with the supplier".
    Pattern("en.relationship.order-delay", r"\b(?:sorry|apologi[sz]e|apologies|regret)\b(?: [a-z']+){0,3}? (?:about|for|over) (?:the|that|this|our) (?:[a-z-]+ )?(?:lab|laboratory|supplier|shipping|shipment|delivery|manufacturer|order|ordering|vendor|backorder|back-order|frame|lens|lenses|glasses|hearing aid|device|crown|denture|retainer|aligner|refill|pharmacy) (?:delay|delays|holdup|hold-up|mix-up|mixup|backorder|back-order|hiccup|wait|issue|problem)\b|\b(?:the |our |my )?(?:supplier|lab|laboratory|manufacturer|vendor|distributor|factory|warehouse|pharmacy)s? (?:had|was|were|ran|got|has been|had been|went) (?:a |an |on |temporarily |briefly |still )?(?:backorder|back-order|backordered|back-ordered|out of stock|short|behind|delayed|held up|out)\b(?: (?:on|of|with|for) (?:the |those |that |these |your )?[a-z-]+)?",
            "Speaks of a particular order held up (the lab delay, the supplier's backorder): confirms the reader ordered care from the practice",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # A result reported, also as its own sentence after the question: "The heart study? Came
    # back normal.", "the bloodwork came back clean", "All clear!".
    Pattern("en.treatment.result-normal", r"\b(?:came back|comes back|come back|came out|turned out|returned)(?: all| totally| completely| perfectly| entirely)? (?:normal|negative|clean|clear|benign|unremarkable|within normal limits|in the normal range|fine|good|great|perfect|okay)\b|\ball clear[!.]|\b(?:results?|labs?|bloodwork|blood work|blood tests?|scans?|x-rays?|mri|ct scan|biopsy|tests?|panel|culture|screening|mammogram|ecg|ekg|echo|study|pap|swab|readings|numbers)(?: [a-z-]+)? (?:were|was|are|is|looked|look|looks|came back|turned out)(?: all| totally| completely| perfectly)? (?:normal|negative|clean|clear|benign|unremarkable|fine|good|great|perfect)\b",
            "Reports a test result ('came back normal', 'the bloodwork was clean'): discloses care",
            unless=(hedged, about_everyone, practice_wide)),
    # A clinician looked at someone's results: "Dr. Lee went over the scan this morning".
    Pattern("en.treatment.clinician-reviewed", r"\b(?:dr\.? [a-z]+|the doctor|the dentist|the surgeon|the provider|our doctor|our dentist|the optometrist|the radiologist|she|he) (?:already |personally |carefully |also )?(?:reviewed|looked over|went over|checked|read|looked at|examined|went through) (?:the|your|his|her|their|those|these) (?:new )?(?:results?|scan|scans|x-rays?|films|images|labs|bloodwork|biopsy|report|chart|mri|numbers|readings|test|tests|study|pictures|photos|impressions)\b",
            "Says a clinician reviewed someone's results ('Dr. Lee went over the scan'): discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE += [
    # Self-care advice without a drug or an imperative: "a thick fragrance-free cream applied
    # right after the shower can make a big difference", "sipping it through a straw tends to help".
    Pattern("en.advice.self-care-helps", r"\b(?:" + SELF_CARE + r")\b(?: [a-z0-9'-]+){0,14}? (?:(?:can|could|will|may|might|should|usually|often|really|typically|generally|definitely|also|honestly|tends? to|seems? to) )*(?:help|helps|make (?:a|all the|such a|the) (?:big |huge |real |noticeable |world of |massive )?difference|makes (?:a|all the|such a|the) (?:big |huge |real |noticeable |world of |massive )?difference|go a long way|goes a long way|do wonders|does wonders|work wonders|works wonders|do the trick|does the trick|makes? (?:it|things|them|(?:the|those|these|your|that|a) (?:[a-z-]+ ){0,3}?[a-z-]+) (?:a (?:lot|little|bit) |much |so much )?easier|speed things up|speeds things up|speed up healing|speeds up healing|(?:bring|brings|provide|provides|give|gives|offer|offers) (?:real |some |quick |fast |a lot of |welcome |noticeable )?relief|soothe|soothes|ease (?:the|it|things|symptoms|discomfort)|eases (?:the|it|things|symptoms|discomfort))\b",
            "Recommends self-care that eases a symptom or helps a recovery ('a fragrance-free cream right after the shower can make a big difference', 'sipping it through a straw tends to help'): medical advice",
            unless=(practice_wide,)),
    # A tip that names self-care: "Tip: alternate warm and cool compresses for a few days".
    Pattern("en.advice.self-care-tip", r"\b(?:quick |pro |friendly |helpful |one |a )?(?:tip|tips|hint|advice|suggestion|trick)(?: (?:from|for|that|we|i)(?: [a-z'-]+){1,3}?)?[:-] (?:[a-z'-]+ ){0,12}?" + SELF_CARE + r"\b",
            "Gives a self-care tip ('Tip: alternate warm and cool compresses for the first couple of days'): medical advice",
            unless=(hedged, practice_wide)),
]


# --- our own wordings beyond fresh6 (LLM-style warm drafts) ---------------------------------
PATIENT_RELATIONSHIP += [
    # Pride in the reader's own effort: "so proud of the hard work you've put in".
    Pattern("en.relationship.proud-of-reader", r"\bproud of (?:you|u|ya|you both|you all|both of you|all of you|your (?:hard work|effort|efforts|progress|dedication|commitment|determination|persistence|courage|bravery|journey)|(?:the|all the) (?:hard work|work|effort|efforts|progress|dedication|commitment|determination|persistence) (?:you|u))\b(?! (?:for (?:sharing|writing|speaking|taking the time|posting|leaving)))",
            "Says the practice is proud of the reader or of their effort ('so proud of the hard work you've put in'): presumes they are a patient",
            unless=(hedged,)),
    # The next stage of a plan: "book the second phase", "the next step together".
    Pattern("en.relationship.next-phase", r"\b(?:book|schedule|start|begin|set up|plan|move on to|ready for|get going on|kick off) (?:the |your )?(?:second|next|final|last|third|following) (?:phase|stage|round|part|step)\b|\bnext (?:step|steps|phase|stage|chapter|visit)s? together\b",
            "Speaks of the next phase of someone's plan ('book the second phase'): presumes they are a patient",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # An outcome guessed from the review: "it sounds like the new fit is much more comfortable".
    Pattern("en.treatment.sounds-like-outcome", r"\b(?:it )?sounds like (?:the|that|those|these|your|ur|things|everything|it|she|he|they)\b(?: [a-z'-]+){0,8}? (?:again|better|healed|healing|improved|improving|back to normal|no longer|anymore|crisp|clearer|pain-free|comfortable|straighter|brighter|whiter|recovered|fixed|paid off|turned out|transformed|cleared up|went away|is gone|are gone|calmed down|eased up|settled down|subsided|disappeared|working (?:well|great|better))\b",
            "Guesses an outcome from the review ('sounds like the new fit is much more comfortable'): discloses care",
            unless=(hedged, about_everyone)),
]

RECORDS_BILLING += [
    # A note in the reader's file: "we've noted your preference for morning slots".
    Pattern("en.records.noted-on-file", r"\b(?:noted|recorded|added|flagged|saved|logged|documented|entered|put|made a note of|note|notes) (?:[a-z']+ ){0,3}?(?:your|ur) (?:[a-z]+ )?(?:preference|preferences|request|requests|allergy|allergies|needs|accommodations?|sensitivity|sensitivities)\b|\bin (?:your|ur) (?:file|chart|record|records|account|profile)\b",
            "Says the practice noted something in the reader's file (a preference, an allergy): discloses records",
            unless=(hedged,)),
]


# --- regulator-style wording ----------------------------------------------------------------
RECORDS_BILLING += [
    # A request of the reader's handled: "the records request you submitted was processed".
    Pattern("en.records.request-submitted", r"\b(?:the|your|ur|that|this) (?:medical )?(?:records?|chart|billing|insurance|refund|refill|prescription|referral|transfer|release|authorization|appointment|cancellation) (?:request|requests|form|forms|claim|claims|appeal|application)(?: (?:that|which))? (?:you|u) (?:submitted|sent|filed|made|placed|completed|signed|mailed|faxed|emailed|dropped off|turned in)\b",
            "Speaks of a records or billing request the reader submitted: discloses records",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # A visit named by its day or month: "during the March visit", "the Tuesday appointment".
    Pattern("en.relationship.dated-visit", r"\b(?:the|that|your|ur|his|her|their|this) (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: \d{1,2}(?:st|nd|rd|th)?)? (?:visit|appointment|appt|consultation|consult|cleaning|exam|procedure|surgery|check-?up|follow-up)\b(?! (?:schedule|slots?|hours|special|openings?|calendar|availability|times?|policy))",
            "Names a visit by its day or month ('during the March visit'): confirms the reader was there",
            unless=(hedged, about_everyone)),
]


# --- dev24's classes (short five-star replies, business-side wording), in our own wordings:
# tests/guardrails/structure_classes_dev24.py ---------------------------------------------------
TREATMENT_DISCLOSURE += [
    # The reader's pleasure in an unnamed result: "glad you're loving how they fit", "thrilled
    # with how everything settled".
    Pattern("en.treatment.pleased-with-how-it-fits", r"\b(?:you(?:'re| are)?|u) (?:loving|love|loved|enjoying|enjoy|enjoyed|liking|like|happy with|pleased with|thrilled with|delighted with|satisfied with)(?: (?:how|the way))? (?:they|it|those|these|everything|things|it all)(?:'s|'re)? (?:fit|fits|fitting|feel|feels|felt|feeling|look|looks|looked|looking|turned out|came out|settled|settling|healed|healing|are (?:fitting|feeling|looking|settling|working|holding up)|is (?:fitting|feeling|looking|settling|working|holding up))\b|\b(?:thrilled|happy|glad|pleased|delighted|relieved|excited|so good|great)(?: (?:with|about|to see|to hear|to know))? how (?:everything|it all|things|they|it|those|these)(?: (?:has|have))? (?:settled|healed|turned out|came out|fit|fits|looks|look|is looking|are looking|is healing|are healing|is settling|are settling|held up|is holding up)\b",
            "Is glad the reader likes how something fits or turned out ('glad you're loving how they fit'): discloses care",
            unless=(hedged, about_everyone)),
    # How the reader looks, said to them: "You look absolutely radiant".
    Pattern("en.treatment.reader-looks", r"\b(?:you|u)(?:'re| are)? (?:look|looked|looking)(?: (?:absolutely|so|truly|really|just|simply|positively|incredibly|amazingly))? (?:radiant|amazing|fantastic|wonderful|beautiful|gorgeous|stunning|fabulous|great|incredible|refreshed|rested|years younger|(?:ten|\d+) years younger|like a new (?:person|woman|man)|glowing|healthy|healthier|so much better|terrific|marvell?ous|lovely|wonderful)\b|\b(?:you|u)(?:'re| are) (?:absolutely |positively |just |simply )?glowing\b",
            "Tells the reader how they look ('you look absolutely radiant'): presumes care and discloses its outcome",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # The practice looked up a particular day's log: "we pulled the sign-in sheet", "the
    # check-in time was 9:05", also when split across short sentences.
    Pattern("en.records.checked-the-day-s-log", r"\b(?:we|i|our (?:[a-z]+ )?(?:team|staff|office|front desk|manager))(?:'ve| have| had| did| also| then| already| actually)* (?:pulled|pulled up|checked|reviewed|looked at|looked up|went (?:back )?(?:through|over)|consulted|audited|double-checked|examined|rechecked|re-checked) (?:the|our|that day's|that morning's|that afternoon's|the day's) (?:[a-z-]+ )?(?:sign-in|sign in|check-in|check in|arrival|front desk|front-desk|waiting room|lobby|day) (?:sheets?|logs?|records?|times?|timestamps?|book|list|register)\b|\b(?:the|your|ur|her|his|their) (?:check-in|check in|sign-in|sign in|arrival) (?:time|timestamp) (?:was|showed|read|said|shows)\b",
            "Says the practice looked up a particular day's sign-in log or arrival time: confirms the reader's visit",
            unless=(hedged,)),
]


# --- dev25's classes (warm drafts for specialties), in our own wordings:
# tests/guardrails/structure_classes_dev24.py --------------------------------------------------
TREATMENT_DISCLOSURE += [
    # A result said to be worth the care it took: "that smile was worth every adjustment".
    Pattern("en.treatment.worth-every-step", r"\b(?:was|were|is|are|'s|'re|will be|be|been) (?:so |totally |absolutely |completely |well |truly )?worth (?:every|each|all (?:the|those|of the)) (?:single |last )?(?:adjustment|appointment|visit|session|tightening|aligner|tray|shot|injection|treatment|minute in the chair|hour in the chair|needle|stitch|wire change|elastic|rubber band|round)s?\b",
            "Says a result was worth the care it took ('that smile was worth every adjustment'): discloses care",
            unless=(hedged, about_everyone)),
    # An everyday activity that is easy again, as news about the reader: "knowing those
    # evening drives home feel easy again".
    Pattern("en.treatment.easy-again", r"\b(?:knowing|hearing|to hear|to know|to see|to read|learning|seeing|glad|happy|thrilled|love|loved)(?: that)? (?:those|that|these|the|your|ur|her|his|their) (?:[a-z'-]+ ){0,4}?(?:feel|feels|felt|are|is|were|was|went|go|goes|look|looks|seem|seems|got|get|gets)(?: so| much| a lot| far)? (?:easy|easier|comfortable|painless|normal|fine|great|good|better|clear|clearer|possible|fun|manageable|doable|enjoyable|relaxing) again\b",
            "Reports that an everyday activity is easy again ('knowing those evening drives feel easy again'): discloses care",
            unless=(hedged, about_everyone)),
    # A number or measure that changed, also as the answer to its own question: "that
    # pressure number we were all worried about? Way down from where it started."
    Pattern("en.treatment.down-from-where-it-started", r"\b(?:way |much |well |all the way |a lot |so far |even further )?(?:down|up|lower|higher|better|improved) from where (?:it|they|she|he|you|things|everything|the numbers?) (?:started|began|was|were)\b|\b(?:that|the|those) (?:[a-z0-9'-]+ ){1,3}(?:we|everyone|the team|the doctor|dr\.? [a-z]+|she|he) (?:were|was) (?:all |so |really |a little |a bit )?(?:worried|concerned|nervous|anxious) about\b",
            "Speaks of a measure that changed or a worry about one person's result ('way down from where it started'): discloses care",
            unless=(hedged, about_everyone)),
]


# --- dev26's classes (urgent care, behavioral health, chiropractic, audiology), in our own
# wordings: tests/guardrails/structure_classes_dev24.py ----------------------------------------
MEDICAL_ADVICE += [
    # Alternating cold and heat, or holding off on exertion for a while, said to anyone: "some
    # soreness is common; alternating ice and heat ... and skipping heavy lifting usually helps".
    Pattern("en.advice.alternate-cold-and-heat", r"\balternat(?:e|es|ed|ing) (?:between )?(?:ice|cold|heat|warm|cool|hot)(?: packs?| compress(?:es)?| and cold| and warm)? (?:and|with|or) (?:ice|cold|heat|warmth|warm|cool|hot)(?: packs?| compress(?:es)?)?\b|\b(?:skip|skipping|avoid|avoiding|hold off on|holding off on|no) (?:heavy |any heavy )?(?:lifting|exercise|workouts?|running|sports|strenuous activity)\b(?: [a-z]+){0,3} for (?:a day or two|a couple of days|a few days|\d+ (?:hours?|days?)|(?:one|two|three|twenty-four|forty-eight) (?:hours?|days?))\b",
            "Recommends alternating cold and heat or holding off on exertion for a while: medical advice"),
]


# --- fresh23's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
TREATMENT_DISCLOSURE += [
    # The reader (or someone from the review) on schedule in a course of care: "so you're
    # right on schedule. Give it time!".
    Pattern("en.treatment.reader-on-schedule", r"\b(?:you're|you are|youre|u r|she's|she is|he's|he is|they're|they are|your [a-z]+ (?:is|are)) (?:right |exactly |perfectly |totally |still |well )?(?:on (?:schedule|track|target|course|pace)|ahead of schedule|right where (?:you|she|he|they|we) (?:should|want(?:ed)? (?:you|her|him|them) to|need(?:ed)? (?:you|her|him|them) to) be)\b",
            "Says the reader is on schedule in a course of care ('you're right on schedule'): discloses care",
            unless=(hedged,)),
    # The news the reader received, and what no longer needs doing: "the news you received was
    # exactly what we'd hoped for. Nothing more needs to be done about that spot."
    Pattern("en.treatment.news-the-reader-received", r"\b(?:the|that|this|your) (?:good |great |happy |latest )?(?:news|results?|report|update|call|letter) (?:you|u) (?:received|got|heard|were given|just got)\b|\b(?:nothing (?:more|else|further)|no (?:further|more|other) (?:treatment|action|follow-up|care|work|procedures?)) (?:needs? to be|has to be|will need to be|is needed|is necessary|is required|needed|required)(?: done)?(?: (?:about|for|on|with) (?:that|the|this|your) (?:spot|mole|lump|area|tooth|lesion|cyst|growth|finding|result|issue|bump|patch|knee|shoulder|eye))?\b",
            "Speaks of news the reader received, or of what no longer needs to be done about a finding: discloses care",
            unless=(hedged, about_everyone)),
]


# --- fresh24's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
TREATMENT_DISCLOSURE += [
    # An everyday sight or act without help, said as a feeling: "waking up and seeing the alarm
    # clock clearly without reaching for anything is a pretty great feeling".
    Pattern("en.treatment.doing-it-unaided-feels-great", r"\b(?:seeing|reading|hearing|driving|walking|running|chewing|eating|sleeping|breathing|smiling|biting|climbing|hiking|golfing|swimming|waking up)\b(?: [a-z'-]+){0,8}? (?:clearly|unaided|pain-free|without (?:glasses|readers|contacts|reaching for (?:anything|glasses|your glasses)|squinting|pain|wincing|a brace|crutches|a cane|help|hearing aids?|an inhaler|limping))\b(?: [a-z'-]+){0,4}? (?:is|was|must be|must feel|feels|felt) (?:a |an |such a |so |pretty |really |truly |just )*(?:great|wonderful|amazing|fantastic|good|nice|incredible|freeing|liberating|special|huge)\b",
            "Says doing an everyday thing unaided feels great ('seeing the alarm clock clearly without reaching for anything'): discloses care",
            unless=(hedged, about_everyone)),
    # News from the lab or a specialist, also as its own question: "And the news from the lab?
    # Nothing to worry about."
    Pattern("en.treatment.news-from-the-lab", r"\b(?:the|that|this) (?:good |latest |final )?(?:news|word|results?|report|call|verdict|update) (?:back )?from (?:the )?(?:lab|labs|pathology|pathologist|radiology|radiologist|biopsy|imaging|scan|specialist|hospital)\b|\bnothing (?:at all )?to worry about\b(?! (?:if|when|as long as))",
            "Speaks of news from the lab, or that there is nothing to worry about: discloses care",
            unless=(hedged, about_everyone)),
]

PERSONAL_IDENTIFIER += [
    # An age with "years old": "a first exam can feel like a big deal at seven years old".
    Pattern("en.identifier.years-old", r"\b(?:at|aged?|turning|turned|just turned|now|only|barely) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) (?:years?|yrs?|months?) old\b",
            "Gives an age ('at seven years old'): identifies someone from the review",
            unless=(hedged, guideline)),
]


# --- dev27's classes (emotional reviews, fertility, allergy, pharmacy), in our own wordings:
# tests/guardrails/structure_classes_dev24.py -------------------------------------------------
TREATMENT_DISCLOSURE += [
    # Congratulations on a baby or a result, also as emoji ("congratulations on the 👶🍼"),
    # and a cycle or transfer that did not take ("no gentle way to learn that a transfer didn't
    # take").
    Pattern("en.treatment.congrats-on-a-baby-or-result", r"\bcongrat(?:s|ulations)(?: again)? (?:on|for|about) (?!(?:the|your|a) new baby\b)(?:the|your|that|this|a|the new|your new) (?:new |little |sweet |healthy |precious )?(?:baby|babies|little one|pregnancy|bump|bundle(?: of joy)?|newborn|twins|arrival|positive test|positive result|good news|clean scan|all-clear|all clear|heartbeat)\b|\b(?:learn|hear|find out|get the news|be told|told) that (?:a|the|your|this|that) (?:embryo )?(?:transfer|cycle|round|retrieval|insemination|iui|ivf|implantation|graft|procedure|treatment)(?: [a-z]+)? (?:didn't take|did not take|failed|wasn't successful|was not successful|didn't work|did not work|was negative|came back negative|was cancelled|was canceled)\b",
            "Congratulates on a baby or a result, or speaks of a cycle that did not take: discloses care",
            unless=(hedged,)),
    # The practice offering to recheck the reader's own device: "we'd like to recheck the
    # measurements on those frames".
    Pattern("en.treatment.recheck-the-reader-s-device", r"\b(?:recheck|re-check|check|remeasure|re-measure|adjust|readjust|refit|re-fit|look at|take a look at|redo|verify)(?: again)? (?:the )?(?:measurements?|fit|prescription|alignment|settings|programming|pupillary distance|pd)(?: (?:on|of|for|in))? (?:those|these|your|ur|her|his|their|that|this) (?:new )?(?:frames|glasses|lenses|contacts|hearing aids?|aligners?|retainer|brace|orthotics|insoles|device|cpap|mask)\b",
            "Offers to recheck the reader's own device ('recheck the measurements on those frames'): discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE += [
    # What others do, offered as advice: "plenty of people live comfortably alongside a cat by
    # running a HEPA purifier... and doing a saline rinse before bed".
    Pattern("en.advice.what-others-do", r"\b(?:plenty of|many|most|lots of|a lot of|some) (?:people|patients|families|folks|parents|allergy sufferers)\b(?: [a-z'-]+){0,8}? by (?:running|using|taking|doing|keeping|avoiding|wearing|rinsing|switching|adding|cutting|sleeping|washing|changing)\b",
            "Tells the reader what others do for a condition ('many people manage by running a HEPA purifier'): medical advice",
            unless=(hedged,)),
]


# --- fresh25's classes (the last held-out batch of the session), in our own wordings:
# tests/guardrails/structure_classes_fresh18.py ------------------------------------------------
PATIENT_RELATIONSHIP += [
    # Welcoming the reader as a new patient: "Welcome aboard... we're delighted to have you
    # with us".
    Pattern("en.relationship.glad-to-have-the-reader", r"\b(?:glad|happy|delighted|thrilled|excited|lucky|honou?red|pleased|so good|great) to have (?:you|u|ya|your family|you all|y'all|you both|both of you|your (?:son|daughter|kids|little one|family)) (?:with us|as (?:a |an |part of |one of )|in our|on board|aboard|here|back)\b|\bwelcome aboard\b",
            "Is glad to have the reader with the practice ('we're delighted to have you with us', 'welcome aboard'): confirms a relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # Good news about the reader's numbers: "Great news on the numbers, keep it up!"
    Pattern("en.treatment.good-news-on-the-numbers", r"\b(?:great|good|wonderful|fantastic|happy|amazing|terrific|excellent|encouraging) news (?:on|about|with|from) (?:the|your|ur|those|these|her|his) (?:[a-z1-9-]+ )?(?:numbers|results?|labs?|levels|readings|scan|scans|biopsy|a1c|weight|tests?|bloodwork|blood work|pressure|report|checkup|follow-up)\b",
            "Speaks of good news about the reader's numbers or results: discloses care",
            unless=(hedged, about_everyone)),
    # A body part holding up, with no pointing word: "Knee's clearly holding up great."
    Pattern("en.treatment.body-part-holding-up", r"(?:^|(?<=[.!?] )|(?<=, ))(?:the |that |your |ur |her |his |their )?(?:knee|knees|hip|hips|shoulder|back|ankle|wrist|elbow|tooth|teeth|smile|skin|eye|eyes|jaw|neck|foot|feet|leg|arm|hand|heart|lungs?|crown|implant|incision|scar)(?:'s|'re| is| are)(?: (?:clearly|really|still|definitely|obviously|so|already))? (?:holding up|doing|looking|feeling|healing|working|coming along|hanging in|behaving)(?: (?:great|well|good|fine|amazing|strong|better|beautifully|nicely))?\b",
            "Says a body part is holding up or healing ('knee's clearly holding up great'): discloses care",
            unless=(hedged,)),
]

PERSONAL_IDENTIFIER += [
    # An age said to the reader: "at 42 you deserve every bit as much warmth".
    Pattern("en.identifier.at-an-age-you", r"\bat (?:1[3-9]|[2-9]\d)(?:,)? (?:you|u|she|he|they|your)\b",
            "Gives the reader's age ('at 42 you deserve...'): identifies someone from the review",
            unless=(hedged, guideline)),
]


# --- dev28's classes (very short, casual replies), in our own wordings:
# tests/guardrails/structure_classes_dev24.py --------------------------------------------------
PATIENT_RELATIONSHIP += [
    # The reader as a regular part of the practice's week: "Always a highlight of our
    # Thursdays".
    Pattern("en.relationship.highlight-of-our-week", r"\b(?:a|the|always a|always the|such a) (?:highlight|bright spot|best part|favou?rite part) of (?:our|my|the team's|everyone's) (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b|\b(?:always )?(?:brighten|brightens|brightened|make|makes|made) (?:our|my) (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|mornings|afternoons)\b",
            "Calls the reader a regular part of the practice's week ('always a highlight of our Thursdays'): confirms a relationship",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # A medicine or a plan said to be working: "Glad the new meds are doing their thing!"
    Pattern("en.treatment.medicine-working", r"\b(?:the|your|ur|those|these|her|his|that|this) (?:new |latest |updated )?(?:meds|medications?|medicine|pills|prescription|inhaler|drops|eye drops|cream|dose|doses|shots?|injections?|routine|regimen|exercises|stretches|orthotics|insoles|splint|brace|nasal spray|spray|patch|night guard|mouthguard|cpap|hearing aids?|glasses|lenses|contacts) (?:is|are|'s|'re|seem to be|seems to be|finally) (?:doing (?:their|its) (?:thing|job|magic|trick)|working(?! (?:on|with|together|hard))|helping|kicking in|paying off|doing the trick|making (?:[a-z]+ ){0,2}(?:easier|better|more comfortable|more bearable|manageable))\b",
            "Says a medicine or a plan is working for someone ('glad the new meds are doing their thing'): discloses care",
            unless=(hedged, about_everyone)),
    # An everyday obstacle beaten: "Stairs don't stand a chance now".
    Pattern("en.treatment.obstacle-beaten", r"\b(?:stairs|hills|steps|the stairs|those stairs|that hill|hills|the trail|trails|curbs|the court|the field|the dance floor|the slopes)\b(?: [a-z']+){0,2} (?:don't|won't|doesn't|do not|will not|stand no) (?:stand a chance|chance)\b",
            "Says an everyday obstacle is beaten ('stairs don't stand a chance now'): discloses care",
            unless=(hedged, about_everyone)),
]

PERSONAL_IDENTIFIER += [
    # A birthday age: "Happy 40th, btw".
    Pattern("en.identifier.birthday-age", r"\bhappy (?:early |belated |upcoming )?(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth) )?(?:birthday|bday|b-day)\b(?! (?:to (?:us|our|the (?:practice|clinic|office|team))|month|party|parties|celebration))|\bhappy (?:early |belated |upcoming )?(?:[1-9]\d(?:st|nd|rd|th)|1[0-9]{2}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|ieth)|sweet sixteen)\b(?! (?:anniversary|birthday,? to (?:us|our|the (?:practice|clinic|office|team))\b|year in business|year serving))",
            "Gives someone's age through a birthday ('Happy 40th'): identifies someone from the review",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # A record misfiled: "They got filed in the wrong chart".
    Pattern("en.records.misfiled", r"\b(?:filed|put|saved|scanned|entered|attached|uploaded|posted|placed) (?:in|into|under|to|on) (?:the )?wrong (?:chart|file|folder|account|record|patient|profile)\b",
            "Says a record was filed in the wrong chart: discloses records",
            unless=(hedged,)),
]


# --- dev29's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
MEDICAL_ADVICE += [
    # A temperature threshold or home care said as a rule: "a fever under 100.4 in babies older
    # than three months can usually be watched at home"; the 20-20-20 rule for the eyes.
    Pattern("en.advice.threshold-or-home-care", r"\b(?:a |any )?(?:fever|temperature|temp)s? (?:under|below|over|above|of|higher than|lower than|at or above) \d{2,3}(?:\.\d)?\b|\bcan (?:usually |often |generally |safely |typically )?be (?:watched|managed|treated|handled|monitored|cared for) at home\b|\b20-20-20(?: rule)?\b",
            "Gives a temperature threshold, home care or an eye-strain rule: medical advice"),
]


# --- fresh26's classes (the session's final held-out batch), in our own wordings:
# tests/guardrails/structure_classes_fresh18.py ------------------------------------------------
TREATMENT_DISCLOSURE += [
    # News that things settled, with no "that": "delighted to hear things have settled to a
    # manageable level"; sticking with a plan.
    Pattern("en.treatment.things-have-settled", r"\b(?:hear|hearing|heard|know|knowing|see|seeing|read|reading|learn|learning)(?: that)? (?:things|everything|it|it all|they|she|he|your [a-z]+|the [a-z]+)(?: have| has|'ve|'s)? (?:finally |really |slowly |gradually )?(?:settled|calmed down|eased|eased up|improved|cleared up|healed|gotten better|got better|turned around|stabili[sz]ed|leveled off|levelled off|quieted down)\b|\b(?:hear|hearing|heard|know|knowing|see|seeing|read|reading)(?: that)? (?:the|your|ur|those|her|his) (?:numbers|readings|levels|results|labs|counts|scores|scans|sugars|pressure)(?: are| is|'re|'s)(?: (?:looking|getting|coming|trending|holding))? (?:so |much |a lot |even )?(?:better|improving|down|lower|good|great|normal|back to normal|in range|steady|stable)\b",
            "Reports that things have settled or improved for someone ('hear things have settled'): discloses care",
            unless=(hedged, about_everyone)),
]

PATIENT_RELATIONSHIP += [
    Pattern("en.relationship.stuck-with-the-plan", r"\b(?:for |on )?stick(?:ing|ed|s)? with (?:(?:the|your|ur|this|that|our|it) (?:[a-z-]+ )?)?(?:plan|program|programme|treatment|exercises|routine|regimen|therapy|process|protocol|sessions)\b",
            "Thanks the reader for sticking with a plan of care: confirms a relationship",
            unless=(hedged, about_everyone)),
]


# --- dev30's classes (careful drafts with one slip), in our own wordings:
# tests/guardrails/structure_classes_dev24.py --------------------------------------------------
PATIENT_RELATIONSHIP += [
    # Hearing from the reader again, a favour done for them, their time slot: "it was good to
    # hear from you again on the phone last week", "our pleasure to rearrange the book for you
    # that week", "that 8 a.m. Saturday slot... glad the timing worked out".
    Pattern("en.relationship.one-slip-about-the-reader", r"\b(?:was|been) (?:so |really )?(?:good|great|nice|lovely|wonderful|a pleasure) to (?:hear from|talk to|talk with|speak with|speak to|catch up with) (?:you|u)\b|\bhear from (?:you|u) again\b|\b(?:was|were) (?:our |my |a )?(?:pleasure|happy|glad|able) to (?:rearrange|reshuffle|juggle|move|clear|hold|squeeze|fit|open up|find room|make room|make space|find a spot|find a slot) (?:[a-z']+ ){0,4}?for (?:you|u|your [a-z]+)\b|\b(?:rearranged|reshuffled|shuffled|juggled|cleared|held|squeezed|opened up|made room|found room|blocked off|made space) (?:[a-z']+ ){0,4}?for (?:you|u|your [a-z]+)\b|\b(?:that|the|your) \d{1,2}(?::\d{2})? ?(?:a\.? ?m\.?|p\.? ?m\.?)(?: [a-z]+)? (?:slot|appointment|visit|spot|session)\b|\bglad (?:the )?(?:timing|time|slot|schedule|appointment time) worked (?:out|for you)\b",
            "Speaks of hearing from the reader again, a favour done for them or their time slot: confirms a relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # An everyday pleasure pointed at: "Enjoy those night drives!"; a child's new skill: "so
    # exciting that he's putting three words together now".
    Pattern("en.treatment.enjoy-those-activities", r"\benjoy (?:those|that|these|all those|all these) (?:[a-z-]+ ){0,2}(?:drives|walks|runs|hikes|bike rides|rides|rounds of golf|golf rounds|swims|dances|meals|steaks|dinners|movie nights|concerts|games|matches|trips|views|sunsets|mornings|nights)\b|\b(?:exciting|amazing|wonderful|glad|happy|proud|thrilled|delighted|great|so fun|lovely)(?: that| to hear| to see| to know)? (?:he|she|they)(?:'s| is|'re| are) (?:now |already |finally )?(?:putting (?:[a-z]+ )?words together|talking|walking|crawling|standing|sleeping through|reading|eating solids|saying|riding|climbing|babbling|signing|breathing (?:easier|better|more easily)|hearing (?:better|more)|seeing (?:better|more clearly))\b",
            "Points at an everyday pleasure or a child's new skill after care ('enjoy those night drives'): discloses care",
            unless=(hedged, about_everyone)),
    # A device's fit said to be right after an adjustment: "glad the fit feels right after the
    # adjustment", "que el ajuste ya se sienta cómodo".
    Pattern("en.treatment.device-fit-after-adjustment", r"\b(?:glad|happy|thrilled|relieved|great to hear|good to hear)(?: that)? the (?:new )?(?:fit|fitting|settings|new settings|new pair|new set|new ones|mold|molds|earmolds?|aligners?|retainer|frames|lenses|brace|dentures?|bite)(?: [a-z]+){0,2}? (?:feels?|fits?|is|are|works?|sounds?|sits?) (?:right|good|great|better|comfortable|perfect|just right|much better|snug)\b",
            "Says a device fits or works well after an adjustment ('glad the fit feels right after the adjustment'): discloses care",
            unless=(hedged, practice_wide)),
    # The reader's children as particular ones, and a requirement met: "glad both kids are all
    # caught up and ready for school" (their shots, their physicals).
    Pattern("en.treatment.children-requirement-met", r"\b(?:both|the two|all three|your|ur) (?:kids|children|boys|girls|twins|little ones|kiddos)(?:'s)? (?:are|were|got|is)(?: all| now| finally| fully)? (?:caught up|up to date|up-to-date|all set|cleared|ready for (?:school|camp|the season|kindergarten|sports))\b",
            "Says the reader's children met a requirement of care ('both kids are all caught up'): discloses care",
            unless=(hedged, practice_wide)),
    # Anything pointed at with "those/that" after "enjoy" is the reader's own ("enjoy those
    # little voices"); only times, events and things anyone gets are no one's.
    Pattern("en.treatment.enjoy-that-thing", r"\benjoy(?: all)? (?:those|these|that)(?! (?:[a-z-]+ )?(?:" + BODY_WORDS["en"] + r")\b)(?! (?:[a-z-]+ )?(?:days?|weekends?|holidays?|vacations?|summer|winter|spring|autumn|fall|season|break|months?|weeks?|evenings?|afternoons?|festivities|celebrations?|sunshine|weather|time|treats?|snacks?|cookies?|candy|coffee|goodies|tips?|resources?|articles?|videos?|posts?|photos?|pictures?|updates?|newsletters?|perks?|discounts?|books?|magazines?|toys?|stickers?|freebies|giveaways?|events?|party|parties|festivals?|parades?|shows?|we|you|it|is|was|they|our)\b)(?: [a-z-]+){1,2}",
            "Points at something of the reader's to enjoy ('enjoy those little voices'): discloses care",
            unless=(hedged, about_everyone)),
    # Someone back to normal: "glad she's eating ice cream like nothing ever happened".
    Pattern("en.treatment.like-nothing-happened", r"\b(?:glad|happy|thrilled|delighted|relieved|love|loved|great|wonderful|amazing|she's|he's|she is|he is|they're|they are)\b[^.!?]{0,80}?\blike nothing (?:ever )?happened\b",
            "Says someone is back to normal after something ('like nothing happened'): discloses care"),
    # Ongoing use of something the review names ("glad ur liking them"), and the settings of
    # the reader's own device ("we can look at your settings").
    Pattern("en.treatment.reader-s-ongoing-use", r"\b(?:you're|you are|youre|ur|u r|you've been|you have been) (?:really |still |already |now |truly )?(?:liking|loving|enjoying|getting used to|adjusting to) (?:them|it|those|these|'em|em)\b|\b(?:look at|looking at|check|checking|adjust|adjusting|tweak|tweaking|fine-tune|fine tune|reprogram|program|tune|review|change|update) (?:your|ur) (?!(?:privacy|notification|notifications|account|email|browser|cookie|app|phone|calendar|text|message|portal) )(?:[a-z-]+ )?settings\b",
            "Speaks of the reader's ongoing use of a device or treatment, or of its settings ('glad ur liking them', 'look at your settings'): discloses care",
            unless=(hedged, about_everyone)),
]


# --- fresh27's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
RECORDS_BILLING += [
    # "The insurance max was reached in March"; a day's sign-in log that "doesn't show your
    # name".
    Pattern("en.records.benefit-max-reached", r"\b(?:insurance|annual|yearly|plan|benefit|benefits|coverage|calendar-year) (?:max|maximum|limit|cap) (?:was|has been|had been|got|is) (?:reached|met|hit|used up|exhausted)\b|\b(?:sign-in|check-in|arrival|appointment|schedule) (?:log|sheet|book|list|records?) (?:for|from|on) (?:that|the) (?:[a-z]+ )?(?:day|date|morning|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:doesn't|does not|didn't|did not|don't|do not) show (?:your|ur|that|the) name\b",
            "Speaks of the reader's benefit limit or a particular day's log: discloses records",
            unless=(hedged,)),
]


# --- dev31's classes (warm callbacks to the review), in our own wordings:
# tests/guardrails/structure_classes_dev24.py --------------------------------------------------
TREATMENT_DISCLOSURE += [
    # A body part back to an everyday task or come a long way, and a long fight behind the
    # reader: "we hope that hand is back to dicing onions", "that knee has come an incredibly
    # long way", "a peaceful complexion after such a long fight".
    Pattern("en.treatment.body-part-back-to-it", r"(?:(?<=\bthat )|(?<=\bthe )|(?<=\byour )|(?<=\bur )|(?<=\bher )|(?<=\bhis ))(?:[a-z]+ )?(?:hand|hands|knee|knees|shoulder|wrist|ankle|back|hip|foot|feet|arm|leg|elbow|neck|finger|thumb|toe|jaw|smile|skin|complexion|voice|eye|eyes)(?:'s| is| are|'re| will be| gets| get)? (?:back to|back in|back on|back at|ready for|up for|up to)\b(?! (?:you|us|normal hours|the office))|\b(?:that|the|your|ur|her|his) (?:[a-z]+ )?(?:knee|hip|shoulder|back|ankle|smile|skin|wrist|foot|arm|leg|voice|speech|hearing|vision|eyesight|posture|gait|balance|mobility|recovery|complexion)s? (?:has|have|'s) come (?:an? |such an? )?(?:[a-z]+ )?(?:long way|far)\b|\bafter (?:such a|so|that|this|your|all that|all this|such) (?:long|hard|tough|brave|difficult|exhausting|rough) (?:fight|battle|struggle|road|journey|stretch|year|haul)\b",
            "Says a body part is back to an everyday task or has come a long way, or speaks of the reader's long fight: discloses care",
            unless=(hedged, about_everyone)),
]

PERSONAL_IDENTIFIER += [
    # An age in decades: "eight decades", "ocho décadas".
    Pattern("en.identifier.decades", r"\b(?:three|four|five|six|seven|eight|nine|ten|\d) decades (?:young|old|of life|and counting|with)\b",
            "Gives someone's age in decades: identifies someone from the review",
            unless=(hedged,)),
]


# --- fresh28's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
TREATMENT_DISCLOSURE += [
    # A new device said to make life better: "Those new aids should make the holidays a lot
    # more fun"; self-care said to do more: "a daily SPF 30 will do more for sensitive skin".
    Pattern("en.treatment.new-device-makes-life-better", r"\b(?:those|these|the|your|ur|her|his) new (?:aids|hearing aids|glasses|frames|lenses|contacts|braces|aligners|knee|hip|teeth|crown|crowns|implants?|cpap|inhaler|orthotics|insoles|retainer|dentures|specs|readers) (?:should|will|are going to|gonna|can|are sure to|ought to) (?:make|help|let)\b",
            "Says a new device of the reader's will make life better ('those new aids should make the holidays more fun'): discloses care",
            unless=(hedged, about_everyone)),
]

MEDICAL_ADVICE += [
    Pattern("en.advice.self-care-does-more", r"\b(?:moisturi[sz]er|sunscreen|spf(?: \d+)?|cleanser|serum|retinol|lotion|cream|balm|humidifier|ice|heat|rest|fluids|floss(?:ing)?|mouthwash|eye drops|artificial tears|warm compress(?:es)?)\b[^.!?]{0,60}?\b(?:will |can |should |tends to |usually )?(?:do more for|does more for|work better for|works better for|is all (?:you|your [a-z]+) needs?|are all (?:you|your [a-z]+) needs?)\b",
            "Says self-care will do more for a condition ('a daily SPF 30 will do more for sensitive skin'): medical advice",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # "Our whole team lights up whenever your crew comes through the door".
    Pattern("en.relationship.whenever-the-reader-comes", r"\b(?:whenever|when|every time|each time) (?:you|u|your [a-z]+|you all|y'all|you guys) (?:come|comes|walk|walks|stop|stops|pop|pops|roll|rolls|bounce|bounces) (?:in|by|through (?:the|our) (?:door|doors))\b",
            "Says the team lights up whenever the reader comes in: confirms a relationship",
            unless=(hedged,)),
]


# --- fresh29's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
TREATMENT_DISCLOSURE += [
    # A device that ended a problem ("the smaller mask put an end to the leaking"), and hearing
    # every word again ("catching every word of the grandkids' chatter again").
    Pattern("en.treatment.device-ended-a-problem", r"\b(?:the|that|this|your|ur|those|these) (?:new |smaller |bigger |larger |different |softer |custom |updated )?(?:mask|cpap|device|aids?|hearing aids?|glasses|lenses|contacts|brace|insoles|orthotics|night guard|mouthguard|retainer|splint|pillow|inhaler|dentures?) (?:has |have )?(?:put an end to|stopped|fixed|solved|ended|took care of|cured|got rid of|cleared up)\b|\b(?:catching|catch|hearing|following|follow|understanding) every (?:word|conversation|joke|note|line)\b[^.!?]{0,60}\bagain\b",
            "Says a device ended someone's problem, or that they hear every word again: discloses care",
            unless=(hedged, about_everyone)),
]


# --- fresh30's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
PATIENT_RELATIONSHIP += [
    # "Thank you so much for taking the time to visit us".
    Pattern("en.relationship.time-to-visit-us", r"\b(?:taking|took|take|taken) the time to (?:visit|see|come (?:in|by|see)|stop by|stop in) (?:us|our (?:office|clinic|practice|team))\b|\bfor visiting (?:us|our (?:office|clinic|practice))\b",
            "Thanks the reader for taking the time to visit: confirms a patient relationship",
            unless=(hedged,)),
    # A clinician the reader met: "we've shared your comments with the therapist you met with".
    Pattern("en.relationship.clinician-you-met", r"\b(?:therapist|doctor|dentist|nurse|provider|clinician|hygienist|counselor|physician|staff member|technician|surgeon|assistant|receptionist|optometrist|audiologist)s? (?:you|u|your [a-z]+) (?:met|saw|spoke|worked|talked|had)(?: with| to)?\b",
            "Refers to a clinician the reader met: confirms a patient relationship"),
    # "Your family has been part of the Little Sprouts family for years".
    Pattern("en.relationship.reader-part-of-our-family", r"\b(?:you|your (?:family|kids|children|son|daughter|little ones?|crew|household|clan|whole family)|y'all)(?: all)?(?: have| has|'ve| are|'re| were)(?: always| long| truly| really)? (?:been )?(?:such )?(?:a )?(?:part|member|members|fixture|fixtures) of (?:our|the)(?: [a-z'&-]+){0,4}? (?:family|crew|practice|clinic|office)\b",
            "Says the reader or their family belongs to the practice's family: confirms a patient relationship",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # "The notes in question will be amended the way you asked".
    Pattern("en.records.notes-in-question", r"\b(?:notes|records?|chart|entry|entries|documentation|note) in question\b|\b(?:amend|amended|amending|correct|corrected|correcting) (?:the|your|those|these) (?:notes|records?|chart|entries|documentation|note)\b|\b(?:notes?|records?|entries|documentation) (?:will be|was|were|have been|has been) (?:amended|corrected|updated)\b",
            "Speaks of changing the reader's notes or record: discloses records"),
    # "...after three written notices and a phone call, which was the case here".
    Pattern("en.records.the-case-here", r"\b(?:which|as|that) (?:was|is) (?:the case|what happened) here\b|\bas (?:happened|occurred) here\b",
            "Says a policy was applied in this case: discloses the reader's account"),
    # "We've updated the chart so the allergy is clearly flagged".
    Pattern("en.records.updated-the-chart", r"\b(?:updated|corrected|fixed|amended|flagged|annotated|noted (?:it )?in|added (?:a note|a flag|an alert|it) to|put (?:a note|a flag|an alert) (?:in|on)) (?:(?:the|your|her|his|their) (?:chart|charts|record|records|file|medical record|health record)|(?:your|her|his|their) (?:account|profile))\b",
            "Says the practice changed the reader's chart or record: discloses records",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # Results that were bad news, a weight lost, years taken off: "the results weren't what
    # anyone hoped to hear", "THIRTY POUNDS!!!", "10 years younger".
    Pattern("en.treatment.results-weight-years", r"\bthe (?:results?|news|numbers|report|scan|biopsy|test) (?:weren't|were not|wasn't|was not|isn't|aren't) (?:what|the news) (?:you|anyone|we|any of us|everyone)\b|\b(?:\d{1,3}|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) ?(?:pounds|lbs)\b(?! (?:or (?:more|less|heavier|lighter)|and (?:up|over)|limit|capacity|weight limit|max))|\b(?:\d{1,2}|five|ten|fifteen|twenty) years younger\b",
            "Tells of results, a weight lost or years taken off: discloses care"),
    # Sleep back: "hearing about full nights of sleep again".
    Pattern("en.treatment.sleep-again", r"\b(?:full|whole|good|restful|uninterrupted|peaceful) nights?(?: of (?:sleep|rest))? (?:again|at last|finally)\b|\bsleep(?:ing|s)? through the night (?:again|now|at last|finally)\b",
            "Says someone sleeps well again: discloses care"),
    # Condolences on the reader's loss: "we are so deeply sorry for your loss".
    Pattern("en.treatment.condolences", r"\b(?:sorry|saddened|heartbroken|grieving)(?: [a-z]+){0,3} (?:for|about|by|over|to hear of) (?:your|the) (?:loss|passing|miscarriage|stillbirth)\b(?! of (?:time|a day|money|your time))|\b(?:our|my) (?:deepest |sincere |heartfelt |sincerest )?condolences\b",
            "Offers condolences on the reader's loss: discloses care"),
    # "We're overjoyed that mom and baby are both healthy and home".
    Pattern("en.treatment.mom-and-baby-well", r"\b(?:mom|mama|mommy|mother) and (?:baby|babies|the baby|little one|newborn)(?: are| were| is)?(?: both| all)?(?: doing)? (?:healthy|well|great|home|fine|thriving|safe)\b",
            "Says a mother and baby are well: discloses care"),
]

# --- dev56-dev58's and fresh40's classes (family events, billing anger, specialty practices,
# implied wording), in our own wordings: tests/guardrails/structure_classes_dev56.py ----------
PATIENT_RELATIONSHIP += [
    # A past occasion named as "that morning": "sorry the wait dragged on that evening".
    Pattern("en.relationship.that-occasion", r"(?<!every )(?<!each )(?<!any )\b(?:on |in |during )?that (?:morning|afternoon|evening|night|saturday|sunday|monday|tuesday|wednesday|thursday|friday)\b(?! (?:and every|or any|shift|hours|clinic|schedule|team|crew|slots?|appointments|was|were)\b)",
            "Refers to a particular morning or day the reader was here: confirms a patient relationship",
            unless=(hedged, as_comparison)),
    # Someone on the staff called the reader: "as our manager explained when she called you".
    Pattern("en.relationship.staff-called-reader", r"\b(?:she|he|they|someone|somebody|one of us) (?:already |also |just |personally )?(?:called|phoned|rang|emailed|e-mailed|texted|messaged|wrote to|spoke (?:to|with)|talked (?:to|with)|reached out to|followed up with) (?:you|u)\b",
            "Refers to someone at the practice having contacted the reader: confirms a patient relationship",
            unless=(hedged,)),
    # The reader counted among the patients: "everyone who trusted us with their care, you
    # included".
    Pattern("en.relationship.you-included", r"\b(?:you|yourself) included\b|\bincluding (?:you|yourself)\b(?! (?:can|may|should|will|would|are|were)\b)",
            "Counts the reader among the people the practice cares for: confirms a patient relationship"),
    # Seeing the reader's family arrive: "we love seeing those two grins come through our door".
    Pattern("en.relationship.seeing-them-come-in", r"\b(?:love|loved|loving|enjoy|enjoyed|miss|missed|adore) (?:seeing|watching|having) (?:you|your|those|these|that|this|both|the two)\b(?: [a-z'-]+){0,4}? (?:come|comes|coming|walk|walks|walking|run|running|bounce|bouncing|burst|bursting|stroll|strolling) (?:in|through|into|by)\b",
            "Speaks of seeing the reader or their family come in: confirms a patient relationship",
            unless=(hedged,)),
    # Room made for the reader: "we're so glad we could make room", "happy we could fit her in".
    Pattern("en.relationship.glad-we-could-fit-in", r"\b(?:glad|happy|pleased|relieved|thrilled|grateful)(?: that)? we (?:could|were able to|managed to|got to) (?:make (?:room|time|space|an exception)|fit (?:you|her|him|them|everyone|the [a-z]+) in|squeeze (?:you|her|him|them|the [a-z]+) in|get (?:you|her|him|them) (?:in|seen)|see (?:you|her|him|them)|take care of (?:you|her|him|them))\b",
            "Says the practice made room for the reader: confirms a patient relationship",
            unless=(hedged,)),
    # A place kept for the reader's return: "we'll keep a spot warm on the table for you".
    Pattern("en.relationship.keep-a-spot-for-you", r"\b(?:keep|keeping|save|saving|hold|holding|have) (?:a|your|the|that) (?:spot|seat|chair|place|table|room)(?: warm| ready| open)?(?: [a-z]+){0,3}? for (?:you|u)\b",
            "Keeps a place for the reader's next visit: confirms a patient relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # A device fitted on the reader, and how it feels: "hope the new wires aren't too sore".
    Pattern("en.treatment.new-device-feels", r"\b(?:the|your|those|these|that|her|his) (?:new )?(?:wires|brackets|braces|aligners|trays|retainers?|bands|spacers|expander|crowns?|bridge|dentures|partials?|implants?|glasses|lenses|contacts|frames|hearing aids?|orthotics|insoles|splint|cast|boot|walking boot|crutches|sling|night guard|mouthguard)\b(?: [a-z']+){0,3}? (?:feel|feels|feeling|felt|fit|fits|fitting|sore|bother|bothers|bothering|settle|settling|settled|pinch|pinching|rub|rubbing|hurt|hurts|hurting|working out|treating you|comfortable|uncomfortable)\b",
            "Says how a device fitted on the reader feels: discloses care",
            unless=(hedged, practice_wide, for_everyone)),
    # Reading, walking or sleeping easier now: "hopefully reading the newspaper is a lot
    # easier now".
    Pattern("en.treatment.activity-easier-now", r"\b(?:reading|walking|driving|sleeping|eating|chewing|hearing|seeing|running|climbing|typing|smiling|breathing|swallowing|standing|sitting|bending|lifting|playing|working|getting around|getting up)\b(?: [a-z'-]+){0,5}? (?:is|are|feels|has gotten|have gotten|got|gets|has become) (?:a lot |much |so much |way |a little |a bit |far |even )?(?:easier|better|less painful|more comfortable|pain-free|painless) (?:now|again|these days|at last|lately)\b",
            "Says something the reader does is easier now: discloses care",
            unless=(hedged,)),
    # A condition that has not turned the corner: "sorry that stubborn neck hasn't turned the
    # corner yet".
    Pattern("en.treatment.turned-the-corner", r"\b(?:that|this|your|the) (?:stubborn |sore |achy |cranky |tricky |bad |poor |tired )?(?:" + BODY_WORDS["en"] + r")(?: [a-z']+){0,3}? (?:has|hasn't|has not|have|haven't|finally|is|isn't) (?:finally |really |quite |yet )?(?:turned the corner|turning the corner|on the mend|bounced back|come around|settled down|calmed down)\b|\b(?:caught|spotted|found|detected) (?:it |this |that )?(?:early|in time|so early)\b(?! (?:is|can|makes|matters|helps))",
            "Speaks of the reader's condition mending or being caught in time: discloses care",
            unless=(hedged, for_everyone)),
]

MEDICAL_ADVICE += [
    # Stop or rest when a symptom turns: "stop and rest if the pain turns sharp".
    Pattern("en.advice.stop-if-symptom", r"\b(?:stop|rest|ice it|sit down|lie down|take a break|ease off|back off|switch to|try)\b(?: [a-z'-]+){0,4}? if (?:the |your |any |it )?(?:pain|swelling|soreness|fever|bleeding|numbness|tingling|ache|aching|throbbing|dizziness|it hurts|it gets)\b|\bif (?:the |your )?(?:pain|swelling|soreness|fever|bleeding|numbness|ache) (?:turns|gets|becomes|feels|persists|worsens|lasts|spreads|flares)\b(?: [a-z'-]+){0,4}?,? (?:stop|rest|ice|take|apply|elevate|switch|try|ease off|back off|sit|lie)\b",
            "Tells the reader what to do when a symptom changes: medical advice",
            unless=(hedged,)),
    # A home trick: "rolling a frozen water bottle under the arch is an old trick worth trying",
    # "stick with the soft stuff and warm salt water".
    Pattern("en.advice.trick-worth-trying", r"\b(?:trick|tip|hack|remedy|habit)s? (?:that'?s |is |are )?(?:worth (?:trying|a try|a shot)|that (?:works|helps) wonders)\b|\bstick (?:with|to) (?:the )?(?:soft (?:stuff|foods?|diet)|" + SELF_CARE + r")\b",
            "Recommends a home remedy: medical advice",
            unless=(hedged,)),
    # Alternating two painkillers: "alternating acetaminophen and ibuprofen every few hours".
    Pattern("en.advice.alternating-painkillers", r"\balternat(?:e|es|ing)(?: between)? (?:acetaminophen|ibuprofen|tylenol|advil|motrin|aleve|naproxen|paracetamol) (?:and|with) (?:acetaminophen|ibuprofen|tylenol|advil|motrin|aleve|naproxen|paracetamol)\b|\bevery (?:few|couple(?: of)?|several) hours\b(?= [^.!?]{0,40}\b(?:fever|pain|dose|swelling))",
            "Gives a painkiller schedule: medical advice"),
]

RECORDS_BILLING += [
    # The reader's films or copies waiting for pickup: "the films are now burned to a disc and
    # waiting at the front desk".
    Pattern("en.records.waiting-for-pickup", r"\b(?:is|are|'s|'re)(?: now| all| already| finally)? (?:ready|waiting|sitting)(?: for you)?(?: for (?:pick ?up|you))? (?:at|in) (?:the|our) (?:front desk|front office|reception|reception desk|check-in desk|window)\b|\b(?:and |now |already )(?:ready|waiting) (?:at (?:the|our) (?:front desk|reception) )?for (?:pick ?up|you to (?:pick|collect))\b",
            "Says something of the reader's is waiting at the front desk: discloses records",
            unless=(hedged, for_everyone)),
    # The reader's claims or account worked on: "we've corrected the code on the last three
    # claims", "pulled it back and closed it out", "expects to hear back from the carrier".
    Pattern("en.records.claims-corrected", r"\b(?:corrected|fixed|resubmitted|re-submitted|refiled|re-filed|reprocessed|appealed|adjusted|voided|rebilled|re-billed) (?:the (?:code|codes|coding|billing code) on )?(?:the|those|these|both|all|your|that|this) (?:(?:last|previous|two|three|four|several|earlier|original|denied) )*(?:claims?|statements?|bills?|invoices?|charges?)\b|\b(?:pulled|called|recalled) (?:it|the account|that account|the balance) back\b|\bclosed (?:it|the account|that account) out\b|\b(?:expects?|expecting|hopes?|hoping|should|waiting) to hear back from (?:the|your) (?:carrier|insurer|insurance(?: company)?|plan|payer|health plan)\b",
            "Says the practice worked on the reader's claims or account: discloses billing",
            unless=(hedged,)),
]

REVIEW_INCENTIVE += [
    # A drawing or a free item for a review or a rating: "share your story and we'll enter you
    # in our drawing", "take another look at your rating ... a second pair at no charge".
    Pattern("en.incentive.drawing-or-free-item", r"\benter (?:you|your name|them) (?:in|into) (?:our|a|the|this) (?:[a-z-]+ ){0,3}?(?:drawing|raffle|giveaway|contest|sweepstakes|prize draw)\b|\b(?:your (?:rating|review|stars?|post)|update (?:your|the) (?:rating|review))\b[^.!?]{0,160}? (?:at no charge|free of charge|on the house|on us|for free|no charge|at no cost|complimentary|a gift card|gift cards?|a discount)\b",
            "Offers a prize or a free item for a review or rating: a review incentive"),
]

TREATMENT_DISCLOSURE += [
    # Procedures the reader's child got through: "for getting through two fillings like a
    # champ".
    Pattern("en.treatment.got-through-procedures", r"\b(?:getting|got|get|gets|made it|making it|sailed|sailing|powered|powering|breezed|breezing) through (?:(?:her|his|their|your|the|those|that|these|this|two|three|four|both|all|\d+) )+(?:[a-z-]+ )?(?:fillings?|shots?|vaccines?|vaccinations?|injections?|stitches|extractions?|sessions?|treatments?|appointments?|cleanings?|procedures?|surger(?:y|ies)|x-rays?|blood draws?|adjustments?|crowns?|root canals?|sealants?)\b",
            "Says the reader or their child got through a procedure: discloses care",
            unless=(hedged, for_everyone)),
    # Walking without a wince: "slipping into your favorite shoes without wincing".
    Pattern("en.treatment.without-wincing", r"\bwithout (?:wincing|limping|a (?:wince|limp|cane|walker|brace)|flinching)\b",
            "Says the reader moves without pain now: discloses care",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # A date the practice awaits with the reader: "counting down to the 14th right along with
    # you".
    Pattern("en.relationship.counting-down-with-you", r"\bcounting (?:down )?(?:the days )?(?:to|until|till) (?:the (?:\d{1,2}(?:st|nd|rd|th)|big day|due date|birthday|wedding|surgery|delivery)|your)\b",
            "Counts down to the reader's date with them: confirms a patient relationship",
            unless=(hedged,)),
]

# --- dev59's and dev60's classes (personal-sounding drafts; quick replies from a phone) -----
PATIENT_RELATIONSHIP += [
    # A call promised to check on the reader: "we'll give you a ring later this week to check
    # in" (a call back about the complaint is fine).
    Pattern("en.relationship.will-call-you", r"\bwe(?:'ll| will|'re going to| are going to) (?:give you a (?:ring|call|buzz)|call you|phone you|ring you|text you|reach out to you|check in (?:on|with) you)(?: back)?(?: [a-z]+){0,4}? to (?:check (?:in|on|how)|see how|make sure (?:you|she|he|they|everything))\b",
            "Promises to call the reader: confirms the practice has their details",
            unless=(hedged,)),
    # A numbered room the reader was in: "sorry room 4 was cold".
    Pattern("en.relationship.numbered-room", r"\b(?:sorry|apologi[sz]e|apologies)[^.!?]{0,30}\b(?:exam |treatment )?room #?\d{1,2}\b|\b(?:exam |treatment )?room #?\d{1,2} (?:was|felt|got|seemed)\b",
            "Names the room the reader was in: confirms a visit",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # Praise for how a child did at a procedure: "a superstar for both fillings".
    Pattern("en.treatment.star-at-procedure", r"\b(?:superstar|champ|champion|trooper|rockstar|rock star|hero|pro|star|brave)(?: [a-z]+){0,2}? (?:for|during|through|at) (?:her|his|their|your|the|those|that|this|both|all|two|three|\d+) (?:[a-z-]+ )?(?:fillings?|shots?|vaccines?|injections?|stitches|extractions?|cleanings?|procedures?|surger(?:y|ies)|x-rays?|blood draws?|crowns?|root canals?|sealants?)\b",
            "Praises how someone did at a procedure: discloses care",
            unless=(hedged, for_everyone)),
    # A result given: "it was benign!!", "the biopsy came back clear".
    Pattern("en.treatment.result-benign", r"\b(?:it|it's|it was|they were|they're|both were|the (?:results?|biopsy|scan|test|lump|mole|spot|growth|cyst|mammogram|pap)(?: was| were| came back| is| are)?) (?:totally |completely |all |just |thankfully |luckily )?(?:benign|non-cancerous|noncancerous|cancer-free)\b|\b(?:numbers|levels|readings|results) (?:keep|kept|keeps) (?:coming|going|trending) (?:down|up)\b",
            "Gives the reader's result: discloses care",
            unless=(hedged, for_everyone)),
]

MEDICAL_ADVICE += [
    # First aid on a condition: "gauze if it bleeds".
    Pattern("en.advice.if-it-bleeds", r"\b(?:gauze|ice|pressure|a compress|rest|a cold pack)(?: [a-z]+){0,4}? if (?:it )?(?:bleeds|hurts|swells|throbs|aches|oozes|starts bleeding)\b",
            "Tells the reader what to do if a wound bleeds or hurts: medical advice",
            unless=(hedged,)),
]

PERSONAL_IDENTIFIER += [
    # A birthday with its number: "happy 7th bday to the princess".
    Pattern("en.identifier.numbered-birthday", r"\bhappy (?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|sixteenth|eighteenth|twenty-first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth) (?:bday|b-day|birthday)\b(?!,? to (?:us|our|the (?:practice|clinic|office|team))\b)",
            AGE_MESSAGE),
]

# --- dev61's classes (long replies to detailed complaints, one revealing clause) -----------
PATIENT_RELATIONSHIP += [
    # The reader's own case, and how long they have been coming: "in this case, the statements
    # were returned", "after eight years with us, we'd hate to lose your family".
    Pattern("en.relationship.this-case-and-tenure", r"\bin (?:this|your) (?:case|instance|situation),? (?:the|your|we|our|it|that|there)\b|\bafter (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|so many|all these|many) (?:years|months|decades) (?:with us|of (?:care|visits|coming here|trusting us))\b|\bwe(?:'d| would) (?:hate|be sad|be sorry) to lose (?:you|your (?:family|business|kids|son|daughter))\b",
            "Speaks of the reader's own case or how long they have come here: confirms a patient relationship",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # "Your request arrived on the 5th and stalled for a missing signature".
    Pattern("en.records.your-request-arrived", r"\byour (?:records |billing |refund |release |transfer )?(?:request|application|claim|form|paperwork|authorization)(?: [a-z]+){0,2}? (?:arrived|came in|was received|was processed|stalled|was held|was delayed|was denied|was sent|got stuck|is still pending|is pending)\b",
            "Says what happened to the reader's request: discloses records",
            unless=(hedged,)),
]

# --- dev64's classes (clumsy or machine-translated wording) ----------------------------------
TREATMENT_DISCLOSURE += [
    # How the reader's marks will go: "the spots on the face will take some more weeks to go
    # away, please be patient with the process".
    Pattern("en.treatment.marks-will-fade", r"\b(?:the|your|those|these) (?:spots|marks|rash|redness|swelling|bruising|bruises|scars?|bumps|dark spots|acne|breakouts?|lesions?|patches|blisters|stitches|numbness)\b(?: [a-z]+){0,4}? (?:will|should|may|might|can|are going to|is going to) (?:take (?:[a-z]+ ){0,3}(?:days|weeks|months) to |keep |continue to |slowly |gradually )?(?:go away|fade|clear|clear up|heal|settle|resolve|disappear|calm down|lighten|go down|improve)\b",
            "Says how the reader's marks or swelling will go: discloses care",
            unless=(hedged, for_everyone, practice_wide)),
]

# --- dev62's and dev63's classes (celebrations of five-star reviews) -------------------------
PATIENT_RELATIONSHIP += [
    # "Happy 10-year anniversary with Horizon Vision!", "you were one of the very first people
    # on the new tables".
    Pattern("en.relationship.anniversary-or-first", r"\bhappy (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)[- ]year anniversary with\b|\b(?:anniversary|years) with us\b(?! (?:is|are|means))|\byou were (?:one of )?(?:the )?(?:very )?(?:first|last) (?:people|person|ones?|patients?|families|to)\b",
            "Celebrates the reader's years with the practice or their first visit: confirms a patient relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # Free of a device or of pain, back at a sport, numbers down: "congratulations on being
    # brace-free", "back on the mound", "from crutches to a finish line", "from 9 to 6.2".
    Pattern("en.treatment.free-of-it-and-back", r"\b(?:brace|braces|cast|boot|cane|crutch|crutches|sling|retainer|cavity|cavities|wheelchair|walker|insulin|inhaler)-free\b|\bpain-free (?:season|again|at last|finally|now|summer|year|race|run|game)\b|\bback (?:on|in|at) the (?:mound|court|field|pitch|ice|slopes|trail|track|bike|pool|gym|dance floor|course|links|mat|saddle|water)\b|\bfrom (?:crutches|a wheelchair|a walker|a cane|a boot|a cast|a sling|bed rest|the couch) to\b|\bfrom \d{1,3}(?:\.\d+)? (?:to|down to) \d{1,3}\.\d+\b",
            "Celebrates the reader free of a device or pain, or back at a sport: discloses care",
            unless=(hedged, for_everyone, practice_wide)),
]

MEDICAL_ADVICE += [
    # A daily habit as a reminder: "remember: sunscreen every day, even when it's cloudy".
    Pattern("en.advice.remember-sunscreen", r"\b(?:remember|don't forget|reminder)[:,]? (?:to wear |to use |to put on |wear |use )?(?:sunscreen|sun protection|sunblock)\b",
            "Reminds the reader of a health habit: medical advice",
            unless=(hedged,)),
]

# --- dev65's classes (behavioral health, recovery, reproductive and HIV care) ----------------
PATIENT_RELATIONSHIP += [
    # "Someone who has never actually been through our program", "we know you tried a few other
    # places before landing with us", "our team still talks about how you lit up the room",
    # "thank you for trusting us with such a big step".
    Pattern("en.relationship.never-in-our-program", r"\b(?:(?:someone|somebody|a person|this person|this reviewer|the reviewer|the writer) (?:who |that )?(?:has |had |have )?)?never (?:actually |even |once )?(?:been through|attended|enrolled in|participated in|completed|joined|set foot in) (?:our|the|this) (?:program|clinic|practice|group|office|center|centre)\b|\bnever (?:actually |even |once )?(?:received|gotten|had|gotten any) (?:any )?(?:services|care|treatment|an appointment|a visit|an exam) (?:at|from|with|here)\b",
            "Says someone was never in the program: denying patient status is also disclosure"),
    Pattern("en.relationship.program-and-staying", r"\b(?:before )?(?:landing|landed|settling|settled|ending up|ended up) (?:here )?with us\b|\b(?:means a lot|glad|grateful|happy) (?:that )?you(?:'ve| have) stayed\b|\b(?:our team|everyone here|the staff|our staff|the whole team|we) (?:still )?(?:talks|talk|talked|laugh|laughs|laughed|smile|smiles|smiled) about (?:how you|you|your)\b|\byou lit up (?:the|our) (?:room|office|clinic|day|lobby)\b|\b(?:trusting|trusted|trust) (?:us|our team|[a-z]+(?: [a-z]+){0,2}) with (?:such a |this |a |that )?(?:big |huge |important |brave |hard )?(?:step|decision|journey)\b|\bglad you had (?:each other|someone|your [a-z]+) (?:in the room|with you|there)\b",
            "Speaks of the reader's time in the program or with the team: confirms a patient relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # A phase of a program or a milestone in recovery: "moving into the step-down phase",
    # "completing the residential portion", "ninety days is something to be proud of",
    # "staying undetectable", "the lighter days have arrived for you".
    Pattern("en.treatment.program-phase-and-milestone", r"(?:(?:^|(?<=[.!?] )|(?<=\byou )|(?<=\byou're )|(?<=\byou've )|(?<=\bon )|(?<=\bfor ))(?=[a-z]+ing\b)|(?<=\byou )(?=[a-z]+ed\b))(?:moving|moved|move|stepping|stepped|transitioning|transitioned|graduating|graduated|completing|completed|finishing|finished|starting|started|entering|entered|reaching|reached) (?:into |to |from |out of |up to |down to )?(?:the |your )?(?:step-down|residential|outpatient|inpatient|intensive outpatient|iop|php|partial hospitali[sz]ation|detox|aftercare|maintenance|next|final|last|first|second|third) (?:phase|level|stage|portion|program|step|part|tier)\b|\b(?:ninety|sixty|thirty|\d{1,3}) days (?:is|are) (?:something|a (?:huge|big|real|major|massive) (?:deal|milestone|accomplishment|achievement))\b|\b(?:staying|stay|stayed|being|remain|remaining|reaching|reached|got to|getting to) undetectable\b|\b(?:lighter|brighter|better|easier|happier|calmer) days (?:have (?:arrived|come)|are here|have returned)\b",
            "Speaks of the reader's phase of a program or a milestone: discloses care",
            unless=(hedged,)),
]

PERSONAL_IDENTIFIER += [
    # "Twins in March": a birth and its month.
    Pattern("en.identifier.birth-month", r"\b(?:twins|triplets|a baby|baby|a boy|a girl|a son|a daughter|a little one) (?:in|this|last|due in|arriving in|born in) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
            "Gives when the reader's baby came: an identifying detail"),
]

# --- fresh41's classes (after its first run), in our own wordings ---------------------------
PATIENT_RELATIONSHIP += [
    # "The whole team remembers your big laugh", "you always brighten up the waiting room".
    Pattern("en.relationship.team-remembers-you", r"\b(?:the (?:whole |entire )?team|our (?:whole )?team|everyone here|we all|the staff|our staff|the front desk|our front desk) (?:still )?(?:remembers?|remembered|recalls?|misses|missed|loves? seeing) (?:your|you|how you)\b|\byou (?:always |really )?(?:brighten|brightened|light|lit) up (?:the|our) (?:waiting room|office|lobby|front desk|clinic|day|mornings?)\b",
            "Says the team remembers the reader: confirms a patient relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # "Those adjustments really did the trick for that lower back".
    Pattern("en.treatment.did-the-trick-for", r"\b(?:did|does|do|doing) (?:the trick|wonders|its job|the job) for (?:that|this|your|the|her|his) (?:[a-z]+ )?(?:" + BODY_WORDS["en"] + r")\b",
            "Says care worked on the reader's body: discloses care",
            unless=(hedged, for_everyone)),
]

MEDICAL_ADVICE += [
    # "If a fever goes above 104 or won't come down with medicine, head straight to the ER".
    Pattern("en.advice.if-symptom-go-to-er", r"\bif (?:a|the|your|his|her|their) (?:fever|temperature|pain|bleeding|swelling|rash|headache|cough)\b[^.!?]{0,70}?\b(?:head|go|get|rush)(?: straight| right| directly)? to (?:the )?(?:er|emergency room|urgent care|hospital)\b",
            "Tells the reader when to go to the ER for a symptom: medical advice",
            unless=(hedged,)),
]

# --- dev71's misses (session 3): a pointing word instead of "your", repeat-relationship ------
# idioms, the reader's trip, outcomes, advice with no "you", staff handles, incentive rules.
_CONDITION_WORDS = (BODY_WORDS["en"] + r"|pain|ache|aches|soreness|stiffness|swelling|rash|redness|itch|itching|infection|cough|fever|flare-ups?|symptoms|headaches?|migraines?|allergies|sinuses|recovery|healing|exercises|stretches|drops|meds|medication|medicine|inhaler|inserts|insoles|orthotics|hearing aids|cpap|mask|night guard|splints?|crown|filling|fillings|implant|implants|incision|stitches|wound|bruising|numbness|tingling|congestion|nausea|dizziness|vertigo|acne|eczema|cast|brace|boot|splint|leaking|leak|incontinence|bleeding|spotting|cramps|cramping|reflux|heartburn|snoring|insomnia|anxiety|panic attacks|mood|tremor|spasms|ringing|tinnitus|clicking|grinding")
_LIKELY_STATE = r"(?:holding up|doing (?:well|great|good|fine|better|okay|ok)|on the mend|healing(?: up)?|healed(?: up)?|settled(?: down)?|settling(?: down)?|(?:sorted|cleared|cleaned) up|sorted out|behaving|improving|better|stronger|feeling (?:better|good|great|stronger)|getting (?:better|stronger|easier)|helping|working|bringing (?:some |real |a little )?relief|calming down|gone|fading|clearing(?: up)?|coming along|hanging in|back to normal|paying off|doing (?:the|its) (?:trick|job)|made (?:such a |a |all the |such )?(?:real |big |huge |great |world of )?difference|improved|eased(?: up)?|calmed down|subsided|went away|gone away|stopped)"
PATIENT_RELATIONSHIP += [
    # Repeat-relationship idioms: "don't be a stranger", "it's been too long", thanks "as
    # always", "after all these years" said to the reader, staff who light up at their name.
    Pattern("en.relationship.repeat-relationship-idiom", r"\b(?:knows?|knew) (?:you|u|your (?:family|kids|crew|name|face|boys|girls|whole family|little ones?)) (?:by now|so well|pretty well|well|by name|by heart|inside and out)\b|\b(?:your|ur) name (?:came|comes|always comes) up\b|\blong time no (?:see|talk|hear)\b|(?<!we're )(?<!we are )(?<!i'm )(?<!i am )(?<!are )(?<!be )(?<!is )(?<!team's )(?<!we'll )\b(?:always|as always|as ever),?(?: (?:so|such))? (?:a )?(?:good|great|nice|lovely|wonderful|pleasure|joy|treat|delight|happy|fun|an honou?r)(?: to)? (?:hear|hearing|read|reading|get|getting) (?:from )?(?:you|u|ya|your)\b(?! (?:at|by|via|on|through|anytime|any time|whenever|if|when|about|with|directly|here)\b)|\bdon'?t be (?:a )?strangers?\b|\bdo not be (?:a )?strangers?\b|\b(?:it's|it has|it is|it's already) been (?:way |far |much |a bit |a little |just )?too long\b|\bbeen too long since\b|\b(?:thank you|thanks|thank u|thx|we're grateful|we are grateful)(?: so much| again)?,? (?:as always|as ever|like always|yet again)\b(?!,? to (?:our|the|all|everyone|every|each|this|everybody)\b)|\bas (?:always|ever),? (?:thank you|thanks|thank u)\b|\b(?:after|in|over|for) all (?:these|those|of these|of those|the) years\b(?=[^.!?]*\b(?:you|your|u|ur|ya)\b)|\b(?:you|your|u|ur)\b[^.!?]*\b(?:after|in|over|for) all (?:these|those) years\b|\b(?:lit up|light up|beamed|beaming|smiled|cheered|squealed|got (?:so )?excited|were thrilled|was thrilled|perked up) when (?:they|we|she|he|i|everyone|the team|our team) (?:saw|see|heard|hear|read|spotted|noticed) (?:your|ur|you|it was you)\b|\b(?:saw|spotted|noticed|seeing|spotting) (?:your|ur) name\b|\byour name pop(?:ped|s)? up\b",
            "Speaks as to someone the practice has known for a while ('don't be a stranger', 'thank you, as always', 'after all these years'): presumes a patient relationship",
            unless=(hedged,)),
    # Someone at the practice who took good care of the reader, or already contacted them
    # ("glad Dr. Warren took good care of you", "has already reached out to you directly").
    Pattern("en.relationship.took-care-of-reader", r"\b(?:took|has taken|have taken|had taken|'ve taken|'s taken) (?:such |really |very |so )?(?:good|great|wonderful|excellent|amazing|fantastic|special|extra|gentle|lovely|the best|real|outstanding|such good|such great) care of (?:you|u|ya|your|ur|him|her|them)\b|\b(?:has|have|had|'ve|'s) (?:already |personally |directly |also )?(?:reached out to|called|emailed|e-mailed|contacted|phoned|texted|written to|spoken with|spoken to|talked with|talked to) (?:you|u)\b",
            "Says someone at the practice cared for the reader or already contacted them: confirms a patient relationship",
            unless=(hedged,)),
    # Staff who still talk about something of the reader's ("our team still talks about the
    # matching dinosaur shirts").
    Pattern("en.relationship.staff-still-talk-about", r"\b(?:team|staff|everyone|everybody|we|nurses|front desk|receptionists?|hygienists?|assistants?|doctors?|dr\.? [a-z]+|she|he|they|office|crew)(?= (?:all |both )?still (?:talks?|talked|laughs?|laughing|raves?|raving|smiles?|smiling|mentions?|brings? up|chuckles?|giggles?|gushes|gush|grins?) (?:about |over )?(?:the|those|that|these|(?:how|when) (?:you|u|your|ur|he|she|they|her|his|their))\b(?! (?:importance|need|value|way we|day we|changes|new|day our|founding|early days)))",
            "Says the staff still talk about something of the reader's: confirms a patient relationship",
            unless=(hedged,)),
    # The reader's trip to the practice ("hope the drive in from Millbrook was worth it").
    Pattern("en.relationship.reader-trip-in", r"\b(?:the|your|ur|that) (?:long |early |morning |big |)?(?:drive|trip|ride|flight|commute|journey|trek|haul|bus ride|train ride)(?: (?:in|over|up|down|out|here|back))?(?: from (?:[a-z]+ ){1,2}?)? ?(?:was|is|were|felt|has been) (?:totally |well |so |definitely |absolutely |really )?(?:worth it|worth the|worthwhile|okay|ok|easy|smooth|not too|bearable|a breeze)\b|\bworth the (?:drive|trip|trek|ride|flight|journey|commute) (?:in|over|up|down|out|from)\b|\b(?:you|u) (?:made|make|drove|travel(?:l)?ed|came|flew) (?:the (?:drive|trip|trek|journey) )?(?:all the way|from so far|so far)\b|\bsafe (?:travels|trip|drive|flight|journey) (?:home|back)\b|\b(?:get|got|made it|make it|getting) (?:back )?home safe(?:ly)?\b|(?<=\bfor )(?:making|taking) the (?:long )?(?:drive|trip|trek|journey|ride|flight)\b|\b(?:you|u) (?:made|took) the (?:long )?(?:drive|trip|trek|journey|ride|flight)\b",
            "Speaks of the reader's trip to the practice ('hope the drive in was worth it'): confirms a visit",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # A body part or a condition of the reader's, with "the/that" instead of "your", doing
    # well or fixed ("great to hear the knee is holding up", "glad we could get that ear
    # sorted out", "thrilled the pain has finally settled").
    Pattern("en.treatment.pointed-body-doing-well", r"\b(?:hear|hearing|heard|see|seeing|know|knowing|glad|happy|thrilled|relieved|pleased|delighted|great|good|wonderful|love|hope|hoping|hopefully|wish|trust|sounds like|news that)\b(?=(?: that)?(?: the| that| this| those| these)(?: new| right| left| lower| upper| sore| bad| stubborn| troublesome| old)?(?: " + r"(?:" + _CONDITION_WORDS + r"))(?:'s|'re| is| are| was| were| has| have| had| keeps?| stays?| will)?(?: (?:finally|still|really|clearly|already|now|been|all|so|definitely|continuing|keeping|staying|continued))*(?: to)? " + _LIKELY_STATE + r"\b)|\b(?:get|got|getting|have|had|having) (?:that|the|this|those|these) (?:" + _CONDITION_WORDS + r")(?: [a-z]+)? (?:sorted out|sorted|taken care of|looked at|checked out|fixed|cleared up|seated|treated|dealt with|under control|patched up|stitched up|set|cleaned up)\b",
            "Says a body part or condition the reply points at is doing well or was fixed ('glad we could get that ear sorted out'): discloses care",
            unless=(hedged, for_everyone, about_everyone)),
    # An outcome with no clinical word: "the results speak for themselves", "your retrieval
    # numbers were something to celebrate", "show off that brand-new smile", "hope prom was
    # unforgettable".
    Pattern("en.treatment.outcome-celebrated", r"\b(?:the|your|ur|those|these|that|this|her|his|their) (?:[a-z-]+ ){0,2}(?:results?|before[- ]and[- ]afters?|photos?|pictures?|smile|smiles|transformation|change|difference|numbers|progress|skin|teeth) (?:speaks?|spoke|really speaks?|truly speaks?) for (?:themselves|itself)\b(?!:)|\b(?:the|your|ur|those|these|her|his|their) (?:[a-z-]+ ){0,2}(?:numbers|levels|counts?|results?|scans?|labs?|tests?|readings?|markers|values|scores?|report|biopsy|retrieval|transfer|beta|ultrasound|follicles|embryos?) (?:was|were|are|is|looked|look|looks) (?:truly |really |just |so |absolutely |definitely |all )?(?:something to celebrate|worth celebrating|cause for celebration|a reason to celebrate|cause to celebrate|amazing|fantastic|wonderful|excellent|outstanding|incredible|perfect|beautiful|stellar|encouraging|promising|positive|normal|great)\b|\b(?:that|this|your|ur|what a|such a|the|her|his) (?:[a-z]+ )?glow[- ]?up\b|\bshow(?:ing|s)? off (?:that|those|your|ur|the|this|these|her|his|their) (?:brand[- ]new|new|shiny|gorgeous|beautiful|straight|straighter|pearly|perfect|bright|brighter|white|whiter|fresh)\b|\bhope (?:the |your )?(?:prom|homecoming|wedding|graduation|recital|big day|photos|pictures|reunion|party|trip|vacation|game|tournament) (?:was|were|went|turned out)\b",
            "Celebrates an outcome of the reader's care ('the results speak for themselves', 'show off that brand-new smile'): discloses care",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # One attempt out of several that worked ("third time's the charm").
    Pattern("en.treatment.nth-attempt-worked", r"\b(?:third|second|fourth|fifth|3rd|2nd|4th) time'?s? (?:was |is |really is |really was )?(?:the |a )?charm\b|\bthe (?:second|third|fourth|fifth|last) (?:try|round|transfer|cycle|attempt|time) (?:was|turned out to be) the (?:one|charm|lucky one)\b",
            "Says one of the reader's attempts finally worked ('third time's the charm'): discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE += [
    # A reminder about the reader's regimen with no "you" ("a friendly reminder not to skip
    # those evening drops"), icing for a set time.
    Pattern("en.advice.regimen-reminder", r"\b(?:reminder|remember|don'?t forget|do not forget|be sure|make sure|try|please)(?: not)?,? to (?:skip|miss|forget|stop|skimp on|keep up(?: with)?|keep (?:using|wearing|taking|doing)|use|wear|take|put in|do|finish|ice) (?:those|your|ur|the|that|these|all (?:of )?(?:your|the|those)) (?:[a-z-]+ ){0,2}?(?:drops|pills|meds|medication|medications|medicine|antibiotics|retainers?|aligners|elastics|rubber bands|exercises|stretches|inhaler|cream|ointment|night guard|mouthguard|splint|brace|cpap|mask|insoles|orthotics|vitamins|supplements|compresses|rinses?|icing|hearing aids|patch|serum|shots|injections|dose|doses|course|gel)\b|\b(?:don'?t|do not|never) (?:skip|miss|forget|skimp on) (?:those|your|ur|the|that|these|a single|any) (?:[a-z-]+ ){0,2}?(?:drops|pills|meds|medication|medications|medicine|antibiotics|retainers?|aligners|elastics|rubber bands|exercises|stretches|inhaler|cream|ointment|night guard|mouthguard|splint|brace|cpap|mask|insoles|orthotics|vitamins|supplements|compresses|rinses?|dose|doses|shots|injections)\b|\bice (?:it |the [a-z]+ |that [a-z]+ )?(?:for )?(?:about |around )?(?:\d+|five|ten|fifteen|twenty|thirty) (?:minutes|mins|min)\b|\bgive (?:the|those|that|these|it|them) (?:[a-z-]+ ){0,2}?(?:a few|a couple(?: of)?|another|some|a little|a bit|more|two|three|a) (?:more )?(?:days?|weeks?|time|nights?) (?:to|before|and)\b|\b(?:one|two|three|four|\d) (?:puffs?|drops?|pills?|tablets?|capsules?|sprays?|squirts?|teaspoons?|tsp|gummies) (?:before|after|at|every|each|in each|in the|twice|once|a day|daily|morning|night)\b",
            "Reminds the reader of their regimen ('not to skip those evening drops'): medical advice",
            unless=(hedged,)),
    # A drug with a dose, also said in general ("acetaminophen can be given based on weight").
    Pattern("en.advice.drug-with-dosing", r"\b(?:acetaminophen|paracetamol|tylenol|ibuprofen|advil|motrin|naproxen|aleve|aspirin|benadryl|diphenhydramine|cetirizine|zyrtec|loratadine|claritin|amoxicillin|pedialyte|miralax|antihistamines?)\b[^.!?;]{0,60}?\b(?:weight|dos(?:e|es|ing|age)|based on (?:their |your |the child's |his |her )?weight|by weight|per (?:kg|kilo|kilogram|pound)|mg/kg|\d+ ?(?:mg|ml)|every (?:\d+|four|six|eight|twelve) hours|(?:once|twice|three times) a day)\b|\b(?:give|giving|given|take|taking|taken|use|using|try|trying|offer|offering)(?: them| him| her| your child| kids| children)? (?:some )?(?:acetaminophen|paracetamol|tylenol|ibuprofen|advil|motrin|naproxen|aleve|benadryl|antihistamines?)\b|\b(?:for|with) (?:a |the )?(?:fevers?|pain|aches|headaches?|colds?|flu|allergies|teething|cramps)\b[^.!?]{0,40}?\b(?:acetaminophen|paracetamol|tylenol|ibuprofen|advil|motrin|naproxen|aleve|aspirin|benadryl|diphenhydramine|cetirizine|zyrtec|loratadine|claritin|amoxicillin|pedialyte|miralax|antihistamines?)\b|\b(?:acetaminophen|paracetamol|tylenol|ibuprofen|advil|motrin|naproxen|aleve|aspirin|benadryl|diphenhydramine|cetirizine|zyrtec|loratadine|claritin|amoxicillin|pedialyte|miralax|antihistamines?)\b[^.!?]{0,40}?\b(?:works?|helps?|relieves?|brings? down|is (?:fine|safe|best|great)|makes? (?:a |all the |such a )?(?:big |huge |real |great |noticeable |world of )?difference|does wonders|works wonders)\b",
            "Gives a drug and how much or how often: medical advice, also when said in general",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # A record kept under the reader's name ("an outstanding balance under your name").
    Pattern("en.records.under-your-name", r"\b(?:balance|account|charges?|bill|invoice|records?|file|chart|claim|appointment|booking|prescription|order|profile) (?:under|on file under|listed under|in) (?:your|ur) name\b",
            "Speaks of a record kept under the reader's name: confirms a patient relationship and discloses records",
            unless=(hedged,)),
    # An action taken on the reader's records with "the" ("we've corrected the intake notes").
    Pattern("en.records.action-on-the-records", r"\b(?:we|we've|we have|i|i've|i have|our (?:[a-z]+ )?(?:team|staff|office|manager|billing department|front desk)(?: has)?)(?: already| now| since| just| also)? (?!(?:updated|corrected|fixed|amended|flagged|annotated) the (?:chart|charts|record|records|file|medical record|health record)\b)(?:corrected|updated|fixed|amended|changed|removed|deleted|added|flagged|noted|merged|adjusted|reversed|voided|waived|credited|refunded|resubmitted|re-?sent|cleared|closed|reopened|unlocked|annotated) (?:the|that|those|this|these) (?:[a-z-]+ )?(?:notes?|chart|charts|file|files|records?|account|balance|statements?|bill|bills|invoice|invoices|claims?|history|allergy list|medication list|details|entry|entries|charges?|co-?pay|payment|paperwork|intake|referral|profiles?|duplicates?)\b(?! (?:system|process|software|policy|policies|template|templates|forms?|workflow|procedure|portal)\b)(?![^.!?]*\b(?:easier|clearer|simpler|more clear|more readable|for (?:all|every|everyone|each)|going forward for)\b)|\b(?:added|put|placed|left|attached|made) (?:a|an) (?:[a-z]+ )?(?:note|flag|alert|comment|reminder|memo) (?:to|on|in) (?:the|that) (?:account|profile|file|chart|record|booking)\b|\b(?:the|that|those) (?:[a-z-]+ )?(?:chart|file|records?|account|balance|statements?|bill|invoice|claims?|charges?|co-?pay|profiles?) (?:has|have) (?:now |already |since |just )?been (?:corrected|updated|fixed|amended|adjusted|reversed|voided|waived|credited|refunded|resubmitted|merged|closed|flagged)\b",
            "Says the practice changed records with 'the' in place of 'your' ('we've corrected the intake notes'): discloses the reader's records",
            unless=(hedged, for_everyone)),
]

FOREIGN_CONTACT += [
    # A staff member's own social account ("look her up on IG: dr dot nadia dot skin",
    # "she posts on her own account").
    Pattern("en.contact.staff-social-account", r"\b(?:look|looking|search|searching|find|finding|follow|following|check out|dm|message) (?:her|him|them|dr\.? [a-z]+|doctor [a-z]+|nurse [a-z]+)(?: up| out)? (?:on|at|via) " + SOCIAL_NETWORK + r"\b|\b(?:her|his|their) (?:own |personal )(?:account|page|channel|profile|feed|" + SOCIAL_NETWORK + r")\b|\b(?:she|he)(?:'s| is)(?: also| even| now| active)? on " + SOCIAL_NETWORK + r"\b|\b(?:dr\.?|doctor|nurse|hygienist|therapist|pa|np|our (?:pa|np|nurse|hygienist|therapist|doctor|dermatologist|surgeon|injector|esthetician|aesthetician))(?: [a-z]+)? (?:has|posts|shares|runs|is on|'s on|keeps)\b(?:(?!\b(?:our|us|the (?:practice|clinic|office|center))\b)[^.!?]){0,40}?\b" + SOCIAL_NETWORK + r"\b|\b" + SOCIAL_NETWORK + r"\b[^.!?]{0,20}?\b[a-z0-9_]+ (?:dot|period|underscore) [a-z0-9_]+\b|\b" + SOCIAL_NETWORK + r"(?: page| account| handle| profile| username| channel)?(?: is| at| as|:)? /[a-z0-9_.]{3,30}\b",
            HANDLE_MESSAGE),
]

REVIEW_INCENTIVE += [
    # Removing or changing a review for something of value, said as a rule for anyone
    # ("anyone who removes a negative review ... receives a complimentary touch-up").
    Pattern("en.incentive.remove-review-rule", r"\b(?:remove|removes|removing|removed|delete|deletes|deleting|deleted|take down|takes down|taking down|took down|withdraw|withdraws|retract|retracts|pull down|pulls down|update|updates|updating|edit|edits|editing|revise|revises|change|changes|changing|amend|amends|raise|raises|bump|bumps)(?: down)? (?:their|your|ur|his|her|a|an|the|this|that|any|my) (?:[a-z0-9-]+ ){0,2}(?:review|reviews|rating|ratings|post|comment|stars?)\b[^.!?]{0,90}?\b(?:gets?|earns?|receives?|wins?|free|complimentary|discount|discounted|credit|gift|voucher|coupon|waive|waived|refund|refunded|\d+% off|on the house|on us)\b|\b(?:free|complimentary|discount|discounted|credit|gift|voucher|coupon|refund|on the house)\b[^.!?]{0,60}?\b(?:for|to) (?:anyone|everyone|whoever|those|people|patients|clients|reviewers|you) (?:who |that )?(?:remove|removes|delete|deletes|take down|takes down|withdraw|withdraws|update|updates|edit|edits|revise|revises|change|changes)\b",
            "Offers something of value for removing or changing a review, also as a rule for anyone: forbidden (FTC)"),
]

# Round 6 (dev72/dev73 misses): one sentence of the reader's own occasion in a generic reply.
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the day|next week|this week)"
PATIENT_RELATIONSHIP += [
    # How a step of the reader's own visit felt ("sorry your check-in felt slow"; "sorry you
    # felt hurried" is a structure finding); "the check-in process" in general passes.
    Pattern("en.relationship.reader-step-felt", r"\b(?:sorry|apologi[sz]e|apologies|regret|hate)\b[^.!?]{0,25}?\b(?:your|ur) (?:[a-z-]+ )?(?:check-in|check in|checkout|check-out|exam|consult|consultation|session|cleaning|call|intake|fitting|follow-up|procedure|time with us|time with (?:dr\.? )?[a-z]+)(?! process)(?: [a-z]+)? (?:felt|was|seemed|got|ran|went|took|dragged)\b",
            "Apologises for how the reader's own visit felt ('sorry your check-in felt slow', 'sorry you felt hurried'): confirms a visit",
            unless=(hedged,)),
    # A visit that took longer or went worse than an earlier one ("sorry it took longer this
    # time"), not "this time of year".
    Pattern("en.relationship.this-time-worse", r"\b(?:longer|slower|worse|harder|rougher|busier|later|more (?:rushed|hectic|stressful|painful|confusing|difficult))(?: than usual)? (?:this|that) time(?: around)?\b(?! of (?:the )?(?:year|day|week|month|season))",
            "Compares this visit with an earlier one ('sorry it took longer this time'): confirms a patient relationship",
            unless=(hedged,)),
    # The reader's own day ahead ("so you'll know what to expect on Monday").
    Pattern("en.relationship.what-to-expect-on-day", r"\bwhat to expect (?:on |this |next |at |for )?(?:your |the |that )?" + _WEEKDAY + r"\b|\bwhat to expect (?:on |this |next )?(?:morning|afternoon|evening|week)\b",
            "Tells the reader what to expect on a particular day: presumes an appointment",
            unless=(hedged,)),
    # The reader counted a valued member of the practice's family ("as a valued member of the
    # Harbor family, you are always welcome").
    Pattern("en.relationship.valued-member-of-family", r"\bas (?:a |one of our |an )?(?:valued|loyal|longtime|long-time|cherished|treasured|special|beloved|dear|returning) (?:members?|parts?|patients?|clients?|friends?|families|family)(?: of (?:the|our)(?: [a-z'-]+){0,3} (?:family|community|crew|team|practice))?\b|\bas (?:a |one of the )?(?:members?|part) of (?:the|our)(?: [a-z'-]+){0,3} family,? (?:you|your|u)\b",
            "Counts the reader a valued member of the practice's family: presumes a patient relationship",
            unless=(hedged,)),
    # The reader's item delayed, with its reason ("your report took longer because the lab was
    # backed up").
    Pattern("en.relationship.reader-item-delayed", r"\b(?:your|ur) (?:[a-z-]+ )?(?:report|results?|records?|paperwork|referral|prescription|refill|order|glasses|lenses|contacts|claim|forms?|letter|authorization|test|scan|biopsy|labs?|crown|aligners|retainer|hearing aids?|statement|bill|refund|x-rays?|images|note)\b (?:took|was|were|has been|have been|got|came back|ran|arrived)(?: a (?:bit|little)| so| much| far)? (?:longer|late|delayed|slow|held up|stuck|backed up|later|behind)\b|\b(?:the|our) (?:lab|pharmacy|supplier|vendor|imaging center|insurer|radiologist) (?:was|were|got) (?:so |really |very )?(?:backed up|behind|slow|swamped|delayed|short-staffed)\b",
            "Says why the reader's own result or order was late ('your report took longer because the lab was backed up'): confirms a patient relationship",
            unless=(hedged,)),
    # The reader's feeling about a past step, known to the practice ("we know calling a
    # fertility clinic was overwhelming for you", "how frustrating it was to wait").
    Pattern("en.relationship.reader-felt-then", r"\b(?:know|understand|realize|see|imagine|appreciate|hear|recognize) (?:how |that )?(?:[a-z]+ )?(?:frustrating|stressful|overwhelming|upsetting|annoying|confusing|difficult|hard|scary|painful|exhausting|inconvenient|disappointing|nerve-racking|nerve-wracking|draining) (?!(?:that|those|the) (?:[a-z]+ ){0,2}(?:day|days|week|weeks|month|months|night|nights|year|stretch|time|period|morning|evening)\b)(?:it|(?:that|this|the|your)(?: [a-z-]+){1,2}) (?:was|must have been|felt|turned out)\b(?! to (?:write|share|post|read|say|put))|\b(?:was|felt|must have been) (?:so |very |really |pretty |a bit )?(?:frustrating|stressful|overwhelming|upsetting|confusing|difficult|hard|scary|exhausting|nerve-racking|nerve-wracking) for (?:you|u|your [a-z]+)\b",
            "Says how a past step felt to the reader ('we know calling us was overwhelming for you'): confirms an encounter",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # A guideline given as the reason for a decision about one case ("we follow pediatric
    # guidelines on antibiotics, so we held off"); the guideline as a policy alone passes.
    Pattern("en.treatment.guideline-decided-case", r"\bguidelines?\b[^.!?]{0,80}?\b(?:so|and|which is why|that's why|that is why|,)\s*(?:we|i|the doctor|dr\.? [a-z]+|our [a-z]+|she|he)(?: [a-z]+ly)? (?:held off|didn't|did not|decided|chose|opted|waited|declined|couldn't|could not|wasn't|weren't|recommended against|prescribed|gave|sent)\b|\b(?:following|per|under|according to|in line with|based on|consistent with) (?:[a-z-]+ ){0,3}?guidelines?\b[^.!?]{0,40}?,? (?:we|i|the doctor|dr\.? [a-z]+|our [a-z]+|she|he)(?: [a-z]+ly)? (?:held off|didn't|did not|decided|chose|opted|waited|declined|couldn't|could not|prescribed|gave|sent|recommended)\b",
            "Gives a guideline as the reason for a decision about one case ('so we held off'): discloses someone's care",
            unless=(hedged,)),
    # An offer to redo the work on the reader's case ("Dr. Reyes would like to re-cement it
    # at no charge"), and a verdict on how fast it failed ("loosening that quickly is unusual").
    Pattern("en.treatment.redo-the-work", r"\b(?:would|'d|will|'ll|wants? to|can|could) (?:like to |love to |be (?:happy|glad) to |gladly )?(?:re-?cement|re-?do|re-?fit|re-?bond|re-?glue|re-?make|re-?place|replace|repair|re-?attach|re-?take|re-?adjust|re-?seat|re-?line) (?:it|them|that|this|those|the (?:[a-z-]+ )?(?:crown|filling|bridge|retainer|aligners?|glasses|frames|lenses|dentures?|veneers?|implant|cap|brace|brackets?|wire|hearing aids?|inlay|onlay|night guard|mouth guard|splint|cast))\b|\b[a-z]+ing (?:that|so) (?:quickly|soon|fast|early)\b (?:is|isn't|is not) (?:very |really |quite |pretty )?(?:unusual|uncommon|rare|normal|typical|expected)\b",
            "Offers to redo the work on the reader's case or judges how it failed: discloses treatment",
            unless=(hedged,)),
    # The reader back at an activity ("Back to hiking, that's the best news we've heard").
    Pattern("en.treatment.back-to-activity", r"\b(?:back to|back on|returning to|back out on) (?:(?!offering|serving|providing|normal|our|work on|working on|you)[a-z]+ing|the (?:trails?|slopes|courts?|field|gym|pool|links|golf course|dance floor|mat|pitch|rink|ice|saddle|bike|water|stage|ball field|soccer field|track))\b[^.!?]{0,50}?\b(?:news|great|love|glad|happy|amazing|wonderful|best|thrilled|awesome|fantastic|music to our ears|made our (?:day|week)|yay|woo)\b|\b(?:news|great|glad|happy|thrilled|love|amazing|wonderful|yay)\b[^.!?]{0,30}?\b(?:you're|you are|she's|he's|they're|you're finally) (?:back to|back on) (?:[a-z]+ing|the (?:trails?|slopes|courts?|field|gym|pool|track))\b|(?:^|(?<=[.!?] ))\W*back to [a-z]+ing(?: again| already)?\s*[,!?]",
            "Celebrates the reader back at an activity ('Back to hiking, that's the best news'): describes the outcome of care",
            unless=(hedged,)),
    # Praise for how someone got through their care ("she did such an amazing job with her
    # first filling, we were all cheering for her").
    Pattern("en.treatment.did-great-with-care", r"\b(?:she|he|you|your (?:little |sweet |brave )?[a-z]+)(?: really| truly)? (?:did|handled|was) (?:such |so |an? |a really |really )*(?:amazing|great|fantastic|awesome|wonderful|incredible|brave|good|terrific|super|champ)(?: job)? (?:with|during|at|for|through) (?:her|his|your|their|that|the) (?:first |big |new |last |whole )?(?!front desk|phones?|schedule|team|office|paperwork|review)[a-z-]+\b|\b(?:we|everyone|the (?:whole )?(?:team|staff|office)) (?:were|was) (?:all )?(?:cheering|rooting|clapping) (?:for|on) (?:her|him|you|them|your [a-z]+)\b|\bcheered (?:her|him|you|them) on\b",
            "Praises how someone got through their care ('she did an amazing job with her first filling'): discloses treatment",
            unless=(hedged,)),
    # Encouragement to keep on with the reader's course ("so hang in there with the next session").
    Pattern("en.treatment.hang-in-there-course", r"\b(?:hang in there|stick with it|keep at it|keep going|don't give up|do not give up|stay the course|keep the faith|be patient)\b[^.!?]{0,40}?\b(?:the|your|that|this) (?:next|last|final|remaining|second|third) (?:session|treatment|round|dose|injection|visit|appointment|infusion|shot|cycle|phase)s?\b",
            "Encourages the reader through their next session: discloses an ongoing course of care"),
]

MEDICAL_ADVICE += [
    # A product or home remedy said to fix "that" or to protect something until a visit
    # ("switching to a sensitivity toothpaste for a couple of weeks typically takes care of
    # that", "a bit of dental wax over it will protect her tongue until then").
    Pattern("en.advice.remedy-for-that", r"\b(?:switching to|using|trying|applying|rinsing with|putting|a bit of|a little|a dab of|a piece of|some) (?:[a-z-]+ ){0,3}?(?:toothpaste|mouthwash|rinse|wax|gauze|ice|ice pack|vaseline|petroleum jelly|salt water|saltwater|balm|cream|ointment|drops|gel|floss|tea bag|heat|heating pad|honey|humidifier|lotion|moisturi[sz]er|spray|compress)\b[^.!?]{0,60}?\b(?:takes care of|take care of|fixes|clears up|helps with|does the trick|should help|will help|can help|will protect|protects|should protect|soothes|calms|relieves|settles|will keep|keeps)\b|\b(?:toothpaste|mouthwash|rinse|drops|cream|ointment|gel|spray|lotion|humidifier|ice pack|heating pad|wax|balm|moisturi[sz]er|saline|night guard)s? (?:for|over) (?:a couple of|a few|two|three|several|\d+) (?:days|weeks|nights)\b",
            "Says what remedy fixes a symptom or protects until a visit: medical advice"),
]

# --- dev74-dev76 and fresh45's missed classes (tests/guardrails/structure_classes_fresh45.py) ---
# Self-care things a reply may tell the reader to use or avoid, beyond SELF_CARE: ear swabs,
# orthodontic wax, screens and bedtime, a shower after pollen, elastics.
SELF_CARE_MORE = r"(?:cotton swabs?|cotton buds?|swabs|q-?tips?|ear candles?|ear candling|bobby pins|(?:orthodontic|dental|ortho|brace|braces) wax|wax (?:over|on) (?:the|that|a) (?:bracket|wire|brace)|screens?(?: time)? (?:before|at) (?:bed|bedtime|night)|screens(?= (?:for|before|at|after|in (?:the )?(?:bedroom|evening)|an hour|an? (?:hour|while)))|(?:a |the )?(?:consistent|regular|set|fixed|earlier|same) (?:bedtime|bed time|wake time|sleep schedule|sleep routine|bedtime routine)|bedtime routine|caffeine|(?:a )?(?:quick |warm |cool |cold |hot )?showers?|showering|changing (?:your |into fresh |into clean )?clothes|the elastics|elastics|rubber bands|saline spray|nasal spray|neti pot|nasal rinse|allergy-proof (?:covers|pillowcases)|the windows closed|windows shut)"

MEDICAL_ADVICE += [
    # An order to use or avoid self-care, opening a sentence or a clause ("Avoid cotton swabs
    # in the ear canal", "Try keeping a consistent bedtime", "Press a bit of wax over the wire").
    Pattern("en.advice.self-care-order", r"(?:(?<=^)|(?<=[.!?;:] )|(?<=, )|(?<=and )|(?<=- )|(?<=best to )|(?<=better to )|(?<=wise to )|(?<=idea to )|(?<=important to )|(?<=safest to )|(?<=safer to ))(?:please )?(?:avoid|try|skip|don't use|do not use|never use|stop using|use|put|place|press|apply|stick|keep|run|wear|limit|cut back on|cut out|switch to|stay away from|steer clear of|ditch|turn off|turn on|sleep with|give|grab|go easy on|lay off|hold off on)\b(?: [a-z'-]+){0,5}? " + SELF_CARE_MORE + r"\b|\b(?:recommend|recommends|suggest|suggests|advise|advises|encourage|encourages)(?: that you)? (?:avoiding|skipping|using|keeping|trying|putting|placing|pressing|wearing|running|limiting|cutting back on|switching to|not using|never using|staying away from|steering clear of)\b(?: [a-z'-]+){0,5}? " + SELF_CARE_MORE + r"\b",
            "Tells the reader what self-care to use or avoid ('Avoid cotton swabs in the ear', 'try keeping a consistent bedtime'): medical advice",
            unless=(hedged,)),
    # Self-care said to stop or ease a symptom ("a humidifier overnight can ease winter
    # congestion", "wax pressed over the bracket will stop the rubbing"), or swabs said to push
    # wax deeper.
    Pattern("en.advice.self-care-stops-symptom", r"\b(?:" + SELF_CARE + "|" + SELF_CARE_MORE + r"|wax)\b(?: (?!our\b|every\b|each\b|all\b|everyone\b)[a-z0-9'-]+){0,12}? (?:(?:can|could|will|should|may|might|usually|often|really|typically|generally|also|tends? to|helps?(?: to)?) )*(?:stop|stops|ease|eases|reduce|reduces|relieve|relieves|cut|cuts|cut down|cuts down|cut down on|cuts down on|prevent|prevents|calm|calms|soothe|soothes|clear|clears|loosen|loosens|soften|softens|keep|keeps|knock down|knocks down|wash off|washes off|wash away|washes away|rinse off|rinses off)(?: [a-z'-]+){0,3}? (?:rubbing|irritation|congestion|stuffiness|sneezing|itching|itchiness|soreness|sores|poking|scratching|dryness|symptoms|discomfort|pollen|allergens|mucus|earwax|wax|blockage|snoring|cough|coughing|sniffles|allergies|flare-ups?)\b(?!(?: [a-z'-]+){0,4}? (?:for (?:everyone|everybody|all|every|each|anyone)|in (?:the|our) (?:lobby|waiting room|office|clinic|building|exam rooms?))\b)|\b(?:" + SELF_CARE + "|" + SELF_CARE_MORE + r")\b(?: [a-z0-9'-]+){0,12}? (?:is|are|will be|would be) (?:what (?:helps|works|will help) (?:the )?(?:most|best)|the (?:best|most important|single best) (?:thing|way) (?:for|to (?:help|ease|stop|prevent|get)))\b|\b(?:push|pushes|pushing|pack|packs|packing|shove|shoves) (?:the |that |ear ?)?wax (?:deeper|further|farther|in)\b",
            "Says self-care stops or eases a symptom ('a humidifier overnight can ease congestion', 'wax over the bracket will stop the rubbing'): medical advice",
            unless=(hedged, practice_wide)),
]

PERSONAL_IDENTIFIER += [
    # Where the reader lives: "the family on Birch Street just around the corner", "you folks
    # over on Maple Avenue"; the practice's own address or families in general pass.
    Pattern("en.identifier.family-on-a-street", r"\b(?:the|that|this|your|ur|our (?:favorite|favourite)) (?:[a-z'-]+ )?(?:family|household|couple|kids|crew|folks|gang|twins|boys|girls|bunch|neighbor|neighbour|brothers|sisters|siblings) (?:(?:over|down|up|right|just) )?(?:on|from|off|at the end of|at the corner of) (?:[a-z'-]+ ){1,2}?(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|way|boulevard|blvd|place|pl|circle|terrace|trail|parkway|crescent|close|hill|heights)\b|\b(?:you|u|y'all|you all|you guys|you folks|your family|your crew) (?:(?:over|down|up|right|just) )?on (?:[a-z'-]+ ){1,2}?(?:street|avenue|road|lane|drive|court|boulevard|circle|terrace|trail|parkway)\b",
            "Says where the reader lives ('the family on Birch Street'): identifies the reviewer"),
]

TREATMENT_DISCLOSURE += [
    # Gladness that a service worked ("So glad the wax removal cleared things up so quickly").
    Pattern("en.treatment.glad-it-cleared-up", r"\b(?:glad|happy|thrilled|relieved|delighted|great to hear|good to hear|wonderful to hear|love (?:to hear|hearing)|so nice to hear)\b(?: that)?(?: (?!you\b|we\b|our\b|new\b|parking\b|lot\b|app\b|portal\b|system\b|website\b|site\b|phone\b|line\b|hours\b|forms?\b|reminders?\b|texts?\b|check-in\b|kiosk\b|policy\b|schedule\b|signs?\b|seating\b|chairs\b)[a-z'-]+){1,6}? (?:cleared (?:things|it|everything|that|them|this|her|him) up|cleared up|did the trick|worked wonders|worked (?:so |that |this )(?:quickly|fast)|settled (?:things|it|everything) down|calmed (?:things|it|everything) down|made (?:such a|a|all the) (?:big |huge |real )?difference (?:so )?(?:quickly|fast|right away))\b",
            "Is glad a service worked ('So glad the wax removal cleared things up'): describes the outcome of care",
            unless=(hedged, about_everyone)),
    # Pride in how someone got through it ("we're so proud of how brave she was").
    Pattern("en.treatment.proud-of-how-brave", r"\bproud of (?:how (?:brave|well|calm|strong|patient|tough|still|great|awesome|amazing|good|cool)|the way) (?:she|he|they|you|your (?:little )?[a-z]+|the (?:twins|kids|boys|girls|little ones)|both of them|both)(?: (?:was|were|did|handled|held|stayed|sat|kept|got))?\b|\bproud of (?:her|him|them|the twins|your (?:little )?[a-z]+) for (?:being (?:so )?(?:brave|calm|strong|patient)|sitting|getting through|handling)\b",
            "Is proud of how someone got through their care ('so proud of how brave she was'): discloses treatment",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # Thanks for trusting the practice, by name, with the reader's family ("Thank you for
    # trusting Bayview Pediatric Allergy with your family this season").
    Pattern("en.relationship.trusting-practice-with-family", r"\b(?:thank you|thanks|thank u|grateful|we appreciate you|appreciate you)(?: so much| very much| again| all)? for (?:trusting|entrusting|choosing|picking)\b(?: [a-z0-9&'.-]+){1,6}? with (?:your|ur|the|those) (?:[a-z'-]+ ){0,2}?(?:family|families|kids|children|little ones|crew|smile|smiles|care|health|son|daughter|baby|babies|twins|teeth|eyes|ears|skin|loved ones|parents?|mom|dad|grandkids|grandchildren|grandson|granddaughter|kiddos|boys|girls)\b",
            "Thanks the reader for trusting the practice with their family ('thank you for trusting Bayview Allergy with your family'): confirms a patient relationship",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # A search of the practice's books over a span, then the verdict on its own ("We checked
    # our schedule going back five years. That name isn't on it. Not once.").
    Pattern("en.relationship.searched-books-back", r"\b(?:we|i|our (?:[a-z]+ )?(?:team|staff|office|front desk|manager|billing office|billing team))(?:'ve| have| had| also| already| even| personally| carefully)* (?:checked|searched|looked through|looked back through|went through|went back through|gone through|gone back through|combed through|reviewed|scoured|pulled up|double-checked|looked at) (?:our|the|all of our|every one of our|each of our) (?:[a-z-]+ ){0,2}?(?:schedule|schedules|calendar|calendars|books|appointment books?|records|files|system|database|logs|sign-in sheets|patient lists?|rosters?|charts)\b(?= (?:going back|(?:for|over|from) the (?:past|last) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|many) years|back (?:to|through|over)|for (?:that|this|the|your|any|a) (?:name|record|visit|patient|person)|and (?:found|there|that name|the name|no)))|\b(?:we|i|our (?:[a-z]+ )?(?:team|staff|office|front desk|manager|billing office|billing team))(?:'ve| have| had| also| already| even)* (?:went|gone|looked|searched|checked|dug|combed|scrolled) (?:all the way )?back (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|many) (?:years|months)(?= (?:in|through|on|of|into) (?:our|the|all|every)\b|[.!?,;:]|$)|\b(?:that|this|the|such a|the reviewer's) name (?:isn't|is not|wasn't|was not|doesn't|does not|didn't|did not|has never|hasn't|never)(?: (?:ever|once|been))?(?: (?:show up|shown up|showed up|appear|appeared|appears|come up|came up|turn up|turned up|been|be))? (?:on|in|anywhere|there|at all)\b",
            "Looks the reviewer up in the practice's books or says their name is not in them ('we checked our schedule going back five years. That name isn't on it'): denies or confirms a patient relationship",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # The reader still in the practice's family, or still coming after all these years ("so
    # glad your family is still part of our family", "keep choosing us after all these years").
    Pattern("en.relationship.still-part-of-our-family", r"\b(?:you|your (?:family|kids|children|household|loved ones))(?: and your (?:family|kids|children|household|loved ones|spouse|husband|wife))? (?:is|are|remain|remains|'re|have been|has been|'ve been|continue to be|continues to be) (?:still |always |once again |now )?(?:a |an )?(?:part|members?|member) of (?:our|the)(?: [a-z-]+){0,4}? family\b|\b(?:you|your (?:family|kids|children|household))(?: and your [a-z]+)? (?:still |continue to |continues to |keep |keeps )(?:come|comes|coming|choose|chooses|choosing|trust|trusts|trusting|visit|visits|visiting|see|seeing|be with|being with)(?: to)? (?:us|our [a-z-]+)(?: [a-z-]+){0,3}? (?:after|for) (?:all )?(?:these|those|so many|many) years\b",
            "Says the reader or their family is still part of the practice's family, or still comes after all these years: confirms a patient relationship",
            unless=(hedged,)),
]
