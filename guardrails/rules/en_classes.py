# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""English rule data added for issue 11: classes of wording that generalise (who and
when, not which phrase): prior contact, status denials, presumed relationships, outcomes and
progress, advice without a drug, account actions. Appended to the tables of `en.py`."""

from __future__ import annotations

from guardrails.hooks import hedged
from guardrails.rules import Pattern

PATIENT_RELATIONSHIP = [
    Pattern("en.relationship.prior-contact", r"\b(?:as|like) (?:i|we) (?:mentioned|said|discussed|explained|told you|noted|promised|shared|wrote)\b|\bas (?:discussed|mentioned|promised|agreed|requested)\b|\b(?:when|after|since|before) (?:we|i) (?:last )?(?:spoke|talked|chatted|met|emailed|texted|messaged)\b|\b(?:we|i) (?:spoke|chatted|met|corresponded|emailed|e-mailed|texted|messaged) (?:with |to )?(?:you|on the phone|by phone|over the phone|yesterday|earlier|last|this morning|today)\b|\b(?:we|i) (?:talked|have talked|have spoken|'ve talked|'ve spoken) (?:with|to) you\b|\bfollow(?:ing)? up on (?:your|our|the) (?:email|e-mail|call|phone call|message|voicemail|letter|conversation|complaint|inquiry|request|note|visit)\b|\b(?:per|after|following|from|during|in|since) our (?:conversation|call|phone call|chat|discussion|meeting|exchange|emails?|correspondence|talk)\b|\b(?:returned|returning|return|answered) your (?:call|phone call|email|e-mail|message|voicemail|letter|text)\b|\b(?:got|received|listened to) your (?:call|phone call|voicemail|letter|text|e-mail|email)\b|\byou (?:called|emailed|e-mailed|phoned|texted|messaged|wrote to us|left (?:us )?a (?:voicemail|message))\b|\bon the phone with you\b",
            "Refers to earlier private contact with the reader (a call, an email, a conversation): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.status-denial", r"\b(?:has|have|had|was|were|is|are|'s|'re) (?:never|not)(?: (?:ever )?been)? (?:a |one of )?(?:our |a )?(?:patients?|clients?)\b|\bnever been (?:a |one of )?(?:our )?(?:patients?|clients?)\b|\b(?:isn't|wasn't|aren't|weren't|not|never) (?:a |one of )?our (?:patients?|clients?)\b|\bno(?: one|body|-one) (?:by|with|under|named|called) (?:that|this|the|your) name\b|\b(?:this|the|that) (?:review|post|person|reviewer|account|rating) (?:is|was|seems|appears|looks|must be)(?: to be)? (?:fake|false|fraudulent|bogus|not genuine|not real|made up|fabricated|not from a patient)\b|\bfake (?:review|account|profile|post|rating)s?\b|\bnon-?patients?\b|\b(?:never|not) (?:been )?(?:seen|treated|examined|cared for) (?:here|by us|at our|in our|by our)\b",
            "Says the reader is not, or never was, a patient, or calls the review fake: denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("en.relationship.next-meeting", r"\b(?:our|the) next (?:session|appointment|visit|cleaning|checkup|check-up|consult|consultation|adjustment|treatment|meeting together)\b|\b(?:at|during|in) (?:our|the) (?:next|upcoming|following) (?:session|appointment|visit)\b",
            "Speaks of the next session or appointment: presumes the reader is a patient",
            unless=(hedged,)),
    Pattern("en.relationship.clinician-verdict", r"\b(?:she|he|they|dr\.? [a-z]+|the doctor|the dentist|the provider|our doctor|our dentist|the optometrist|the therapist) (?:was|were|is|are) (?:very |so |really |quite )?(?:pleased|happy|thrilled|satisfied|impressed|delighted) (?:with|by|about) (?:how|the way|the results?|your|what|the progress|everything)\b",
            "Reports a clinician's verdict on someone's care ('she was pleased with how things looked'): discloses care",
            unless=(hedged,)),
    Pattern("en.relationship.presumed", r"\b(?:patients?|families|family|clients?|people|folks|moms|dads|parents|kids|customers|neighbors|smiles) like (?:you|yours|your family|your kids|your little ones)\b|\b(?:you|you're|youre|yours|u|ur) (?:[a-z']+ ){0,4}(?:part|member|members|one) of (?:our|the)(?: [a-z'-]+){0,3} (?:family|families|patient family)\b|\bwelcome (?:to|into) (?:the|our)(?: [a-z'-]+){0,3} family\b|\b(?:have|having|had) you (?:as|among) (?:part of|one of|a part of|our)\b|\b(?:count|counting) you (?:as|among)\b|\b(?:privilege|honou?r|pleasure|joy|blessing|gift) (?:to|of) (?:support|supporting|help|helping|care for|caring for|serve|serving|treat|treating|see|seeing|meet|meeting|work with|working with|be part of|being part of|walk with|walk alongside|accompany|get to know|getting to know|watch|watching|guide|guiding)\b(?: [a-z']+){0,2}? (?:you|your|u|ur)\b|\b(?:be|being|been) (?:a |a small |a little )?part of (?:your|such a special|such an important|such a big|this special|this exciting)\b(?! (?:community|neighborhood|neighbourhood|town|city|area))",
            "Presumes the reader belongs to the practice ('patients like you', 'part of our practice family'): confirms a relationship"),
    Pattern("en.relationship.helped-reader", r"\b(?:honou?red|glad|happy|proud|grateful|thrilled|pleased|privileged|delighted|relieved|so good) (?:that )?(?:we (?:could|were able to|got to|did) |to have (?:been able to )?|to be able to |we've been able to |we have been able to )(?:help|helped|assist|assisted|support|supported|serve|served|be there|been there|make a difference|made a difference|get (?:things|it|this|everything|you) [a-z]+)\b(?! (?:this|our|the|so many|many|local|area|neighborhood) (?:community|communities|families|neighbors|area|town|city|patients))|\b(?:everything|things|it all) (?:worked out|turned out|went well|went smoothly|went great|came together|got sorted)\b",
            "Says the practice helped the reader or that things worked out for them: confirms care",
            unless=(hedged,)),
    Pattern("en.relationship.ongoing-together", r"\b(?:many )?more (?:years|visits|smiles|appointments|checkups|cleanings|milestones|adventures)\b(?: [a-z'-]+){0,4} (?:together|with us|with you)\b|\bhere's to (?:many )?more (?:years|visits|smiles)\b|\b(?:sticking|stuck|staying|stayed|sticks) with us\b|\bthrough the (?:whole |entire )?(?:process|journey)\b",
            "Speaks of an ongoing relationship with the reader ('many more years of smiles together', 'sticking with us'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.sorry-about-occasion", r"\b(?:sorry|apologi[sz]e|apologies|regret|hear you)\b(?: [a-z']+){0,3} (?:the|that|this) (?:[a-z-]+ )?(?:paperwork|check-in|bill|billing confusion|billing mix-up|charge|refill|referral|prescription|visit|appointment|front desk experience)\b(?! times)",
            "Apologises for a particular occasion (the wait, the mix-up, the bill): confirms the reader was there",
            unless=(hedged,)),
    Pattern("en.relationship.time-together", r"\b(?:was|been|is always|it's always|what) (?:so |such |a )?(?:wonderful|great|nice|lovely|good|fun|a pleasure|a joy|a treat|pleasure|joy|treat) (?:catching up|chatting|talking|visiting|spending time|getting to know|meeting|seeing|having) (?:with )?(?:you|your|u|ur)\b|\bsee (?:the|your) (?:kids|children|family|little ones?|twins|baby|boys|girls|whole crew|whole family) (?:again|soon|next|before|in)\b",
            "Speaks of time spent with the reader or seeing their family again: confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.hard-stretch", r"\b(?:how|what) (?:hard|difficult|tough|rough|scary|long|stressful|exhausting|overwhelming|painful|frightening) (?:that|those|the) (?:[a-z]+ ){0,2}(?:day|days|week|weeks|month|months|night|nights|year|stretch|time|period|morning|evening)\b|\b(?:handled|faced|managed|gotten through|got through|dealt with|weathered) (?:it|this|that|everything|all of it|it all) with (?:such |so much |real )?(?:grace|strength|courage|patience|bravery|humor|humour)\b",
            "Speaks of a hard stretch the reader went through, or how they handled it: presumes a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.staff-reminisce", r"\b(?:still|always|keep|keeps|kept) (?:laughing|talking|smiling|thinking|chuckling|raving|gushing) (?:about|over)\b(?! (?:this|your|the|that) (?:review|comment|feedback|note|words|message|post))|\b(?:ready|waiting|set aside|saved|on hand) (?:[a-z-]+ ){0,3}(?:for )?next time\b|\bnext time (?:you|u) (?:come|visit|stop|are here|re here|drop|swing|see|check)\b|\buntil next time\b|\b(?:give|send|pass along|extend) (?:our|my) (?:best|love|regards|greetings|hugs?|thanks|well wishes) to (?:your |the )?(?:[a-z]+ )?(?:grandma|grandpa|mom|dad|mother|father|husband|wife|son|daughter|kids|family|little one|twins|baby|parents|sister|brother|grandmother|grandfather|nana|papa|abuela|abuelo)\b",
            "Speaks of staff remembering the reader, of their next visit, or sends regards to their family: confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.recognised", r"\b(?:recogni[sz]e|recogni[sz]ed|know) (?:that|your|ur) (?:laugh|smile|voice|face|giggle)\b|\bfamiliar face\b|\b(?:bringing|brought|bring|dropping off|dropped off|drop off) (?:in |by |over )?(?:those|the|these|your|ur|such|some|that|all those) (?:[a-z-]+ ){0,2}(?:cookies|treats|flowers|cupcakes|donuts|doughnuts|coffee|snacks|gift|gifts|card|cards|pastries|muffins|bagels|pizza|chocolates|cake|brownies|goodies)\b|\bwelcome (?:to|into) (?:the (?:[a-z]+ )?|our )?(?:[a-z]+, )?(?:and )?(?:to|into) (?:the|our) (?:practice|office|clinic|patient family)\b(?!'s| (?:website|page|site|blog|online))|\bwelcome (?:to|into) (?:the|our) (?:practice|office|clinic|patient family)\b(?!'s| (?:website|page|site|blog|online))",
            "Says the practice recognises the reader, remembers their gift, or welcomes them as a patient: confirms a relationship"),
    Pattern("en.relationship.there-for-reader", r"\b(?:we|our [a-z]+|the team|the staff) (?:could|were able to|got to|was able to) (?:be there for|support|help|care for|look after|stand by) (?:you|u)\b",
            "Says the practice was there for the reader: confirms care",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE = [
    Pattern("en.treatment.looks-and-relief", r"(?<!whenever )(?<!whenever it )(?<!when it )(?<!time that )(?<!time )(?<!day that )(?<!day )(?<!what )(?<!whatever )(?<!if it )(?<!as it )(?<!way that )(?<!way )(?<!one that )(?<!option that )(?<!which )(?<!best )\b(?:suits|suit|suited) (?:you|u)\b|\blooks? (?:[a-z]+ )?(?:great|good|amazing|fantastic|beautiful|perfect|wonderful|stunning|gorgeous|natural) on (?:you|u)\b|\bno more (?:squinting|pain|itching|aching|limping|wincing|sniffling|coughing|headaches|migraines|sleepless|bleeding|swelling|numbness|glasses|readers|braces|crutches|splints?|hiding (?:your|ur|that) smile)\b|\bhow hard (?:you|u|he|she|they) (?:worked|tried|pushed)\b",
            "Speaks of how the reader looks, feels or worked after care ('it suits you', 'no more squinting'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.symptom-returns", r"\b(?:the|that|your|ur|any) (?:[a-z-]+ )?(?:sensitivity|pain|swelling|soreness|itching|rash|ache|aching|bleeding|numbness|tingling|pressure|discomfort|headaches?|symptoms?|redness|stiffness|dizziness|nausea|cough|fever|flare-ups?)\b (?:returns|comes back|came back|flares up|gets worse|got worse|persists|lingers|continues|is back|worsens|recurs|acts up|starts again)\b|\b(?:your|ur) (?:health|fitness|wellness|treatment|smile|weight|dental|skin|recovery|care|hearing|vision) (?:goals?|journey|plan|needs)\b",
            "Speaks of the reader's symptom coming back, or their health goals: discloses care"),
    Pattern("en.treatment.progress", r"\bhow far (?:you|u|he|she|they)(?:'ve| have|'s| has)? come\b|\bhow much (?:you|u|he|she|they)(?:'ve| have|'s| has) (?:grown|improved|progressed|changed|healed)\b|\b(?:what a relief|it must be|must feel|must be so)\b(?: [a-z']+){0,6} (?:finally|again|no longer|anymore|sleep|sleeping|eat|eating|walk|walking|run|running|see|seeing|hear|hearing|chew|chewing|breathe|breathing|smile|smiling)\b",
            "Speaks of someone's progress or relief ('how far you've come', 'what a relief to finally sleep'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.reported-outcome", r"\b(?:hear|hearing|heard|know|knowing|see|seeing|read|reading|learn|learning)(?: (?:that|how|about how))\b(?: [a-z'-]+){1,9}? (?<!do )(?<!be )(?<!serve )(?:again|better|healed|healing|improved|improving|back to normal|no longer|anymore|crisp|clearer|clear|pain-free|comfortable|straighter|brighter|whiter|recovered|fixed|paid off|turned out|transformed|worked out|working out|made a difference|changed|cleared up)\b|\b(?:glad|happy|thrilled|delighted|relieved|pleased|excited|overjoyed)(?: (?:to hear|to know|to see|to read|to learn))?,? (?:that |how )?(?:the|that|those|things|everything|it|she|he|they|your|ur)\b(?: [a-z'-]+){0,8}? (?:again|healed|healing|improved|improving|back to normal|no longer|anymore|crisp|clearer|pain-free|straighter|brighter|whiter|recovered|fixed|paid off|turned out|transformed|cleared up|stopped|went away|is gone|are gone|calmed down|eased up|settled down|subsided|disappeared|came through|went through|got approved|was approved)\b",
            "Reports a change in someone's body, health or daily life ('hearing that the road signs are clear again'): discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE = [
    Pattern("en.advice.remedy-helps", r"\b(?:rest|ice|icing|heat|a (?:cool|cold|warm|hot) (?:compress|cloth|pack|towel|shower|bath)|(?:cool|cold|warm) compress(?:es)?|compresses|fluids|hydration|elevation|elevating|stretching|gentle stretches|sleep|soft foods?|saline|a humidifier|warm tea|honey|chamomile)\b(?: and (?:[a-z-]+ ){0,3}?[a-z-]+)? (?:usually |often |really |can |will |should |may |might |tends to |tend to |typically |generally |do |does )?(?:help|helps|helped|work wonders|works wonders|do the trick|does the trick|ease|eases|relieve|relieves|soothe|soothes|speed up|speeds up|make a (?:big )?difference)\b",
            "Recommends a home remedy ('a cool compress and rest usually help'): medical advice"),
    Pattern("en.advice.aftercare-limits", r"\b(?:no|avoid|skip|stay off|hold off on) (?:[a-z-]+ ){0,2}(?:straws?|smoking|spitting|rinsing|alcohol|hot drinks|hot liquids|exercise|lifting|swimming|makeup|sun|chewing|workouts?)\b(?: [a-z]+){0,3} (?:for|during) (?:\d+|a few|the next|the first|twenty-four|forty-eight|a couple of|one|two|three) (?:[a-z]+ )?(?:hours?|hrs?|days?|weeks?)\b|\b(?:soft|liquid|cold|bland) (?:foods?|diet|meals?) only\b|\bonly (?:soft|liquid|cold|bland) (?:foods?|diet)\b|\bice (?:it |the area |that )?(?:on and off|twenty minutes|20 minutes|for \d+|every \d+|as needed)\b|\b(?:avoid|skip|cut back on|limit|stay away from|steer clear of) (?:[a-z-]+ ){0,2}(?:drinks|snacks|sweets|soda|sodas|sugar|candy|caffeine|dairy|juice|coffee)\b",
            "Gives aftercare limits or instructions ('no straws for 48 hours', 'soft foods only'): medical advice"),
    Pattern("en.advice.prognosis", r"\b(?:stiffness|soreness|swelling|pain|clicking|popping|itching|redness|bruising|numbness|tenderness|sensitivity|rash|ache|aching|discomfort|symptoms?|headaches?|cramping|bleeding)\b(?: [a-z']+){0,3} (?:should|will|usually|often|typically|generally|tends to|tend to) (?:ease|ease up|settle|settle down|fade|go away|improve|subside|clear up|calm down|resolve|pass|disappear)\b|\b(?:settles?|resolves?|goes away|go away|clears? up|passes|pass) on (?:its|their) own\b|\bgive it (?:a few|a couple of|some|another|a|one|two|three|\d+) (?:more )?(?:days?|weeks?|hours?)\b",
            "Says how a symptom will go or how long to wait ('the stiffness should ease up', 'give it a few days'): medical advice"),
]

RECORDS_BILLING = [
    Pattern("en.records.quote-received", r"\b(?:the|that|your|ur) (?:estimate|quote|bill|invoice|statement|charge|balance|copay|receipt)s? (?:you|u) (?:received|got|were given|paid|saw|were sent)\b",
            "Speaks of an estimate or bill the reader received: discloses billing information",
            unless=(hedged,)),
    Pattern("en.records.updated-details", r"\b(?:updated|changed|corrected|fixed|added|removed|switched) (?:[a-z']+ ){0,5}(?:your|ur) (?:new |updated |old |current |cell |home )?(?:number|phone|cell|address|email|contact info|contact details|file|profile|chart|pharmacy)\b|\breminder (?:texts|calls|emails|messages) (?:go|went|will go|now go) to (?:your|ur)\b",
            "Says the practice changed the reader's details on file: discloses records",
            unless=(hedged,)),
    Pattern("en.records.sorted-out", r"\b(?:sort|sorted|sorting|work|worked|working|fix|fixed|fixing|resolve|resolved|resolving|straighten|straightened|clear|cleared) (?:out |up )?(?:the|your|that) (?:[a-z-]+ )?(?:insurance|billing|claim|claims|paperwork|bill|account|coverage|payment|balance|statement|refund|copay|deductible)\b",
            "Says the practice sorted out the reader's insurance, bill or paperwork: discloses billing information",
            unless=(hedged,)),
    Pattern("en.records.account-action", r"\b(?:placed|put|puts|placing|lifted|lifting|removed|paused|pausing|stopped|halted|waived|reversed|froze|frozen) (?:a |the )?(?:hold|pause|freeze|stop)? ?(?:on )?(?:the |your )?(?:collections?|account|balance|bill|invoice|statement|claim|charges?)\b(?! (?:policy|policies|department|office|team|line|questions?))|\bthe (?:remaining|outstanding|unpaid|open|past-due|past due|leftover|overdue|disputed) (?:balance|amount|bill|invoice|charges?|copay|deductible)\b|\b(?:the collections? (?:process|agency|account|notice|call)|sent (?:it |this |the account |your account )?to collections)\b",
            "Describes action on a particular account (a hold on collections, the remaining balance): discloses billing information",
            unless=(hedged,)),
    Pattern("en.records.paid-up", r"\b(?:you're|you are|youre|u r|your account is|you were|your balance is) (?:all |now |fully )?(?:paid up|paid in full|up to date on (?:your )?payments|current on (?:your )?(?:payments|account)|past due|behind on (?:your )?payments|overdue|in collections)\b",
            "Says whether the reader's account is paid: discloses billing information",
            unless=(hedged,)),
]

REVIEW_INCENTIVE = [
    Pattern("en.incentive.that-star", r"\b(?:earn|get|win|deserve|see|have) (?:that|the|a|your|our) (?:fifth|5th|5|five|missing|last|extra|full) stars?\b",
            "Asks for the missing star: asking to change a rating is never allowed"),
]
