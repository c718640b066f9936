# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""English rule data: the reader as the one the practice served. A model's apology or thanks
often names what the practice did FOR the reader, and that alone confirms they were a
patient: the care or service they received, how a staff member behaved towards them, the
message the practice sent them (and their answer), the work the practice did on them, their
account settings changed, or the reader feeling like themselves again. Appended to the tables
of `en.py`; the Spanish counterpart is `es_served.py`."""

from __future__ import annotations

from guardrails.hooks import about_everyone, hedged, not_the_reader_by_title, practice_wide
from guardrails.rules import Pattern

# What a practice gives someone it serves (care, a service, an answer, a device).
SERVICE = (r"(?:care|service|services|treatment|treatments|attention|help|support|procedure|exam|examination|"
           r"cleaning|visit|appointment|consult|consultation|session|checkup|check-up|surgery|therapy|"
           r"crowns?|fillings?|bridge|implants?|veneers?|dentures?|retainers?|aligners?|braces|glasses|"
           r"lenses|frames|hearing aids?|injections?|shots?|vaccines?|x-rays?|scans?|tests?|results|"
           r"diagnosis|prescription|referral|advice|instructions|answers?|response|explanation|"
           r"welcome|reception|customer service|bedside manner|follow-up|follow up|callback|call back|"
           r"call-back|estimate|"
           r"quote|bill|statement|invoice)")
# Someone on the practice's side.
STAFF = (r"(?:provider|doctor|dentist|hygienist|nurse|assistant|staff|staff member|team|team member|"
         r"receptionist|front desk|front office|therapist|technician|tech|surgeon|physician|"
         r"optometrist|optician|audiologist|practitioner|clinician|orthodontist|coordinator|"
         r"scheduler|office manager|manager|billing team|billing office|medical assistant|"
         r"nurse practitioner|physician assistant|pa|np)s?")
# What the practice sends the people it serves.
OUR_MESSAGE = (r"(?:text|texts|text reminder|reminder|reminders|reminder text|email|e-mail|emails|"
               r"message|messages|call|calls|voicemail|letter|survey|note|invitation|invite|"
               r"questionnaire|follow-up|outreach|card|statement|bill|invoice|forms?|paperwork)")
# Not said of one: "every crown we place", "any care you receive".
NOT_ONE = r"(?<!\bevery )(?<!\beach )(?<!\bany )(?<!\ball )(?<!\ball the )(?<!\bmost )"
# Care and devices the practice performs or fits (not "work" or "changes": the building).
PERFORMED = (r"(?:crowns?|bridges?|fillings?|implants?|veneers?|dentures?|partials?|retainers?|"
             r"aligners?|braces|night ?guards?|mouth ?guards?|glasses|lenses|contacts|frames|"
             r"hearing aids?|casts?|splints?|brace|boot|stitches|sutures|injections?|shots?|"
             r"vaccines?|x-rays?|scans?|biopsy|biopsies|extractions?|root canals?|cleanings?|"
             r"adjustments?|procedures?|surgery|surgeries|botox|filler|fillers|peels?|laser|"
             r"orthotics?|insoles|iud|ultrasound|mri|labs|bloodwork|blood work|prescriptions?|"
             r"medications?|antibiotics|stent|pacemaker|graft)")

PATIENT_RELATIONSHIP = [
    Pattern("en.relationship.care-received", rf"\b{NOT_ONE}{SERVICE} (?:that |which )?(?:you|u)(?:'ve| have| had)? (?:received|got|gotten|were given|underwent|went through|were provided|were offered)\b|\b(?:you|u)(?: |(?='))(?:did not|didn't|never|may not have|might not have|did|have not|haven't|had not|hadn't|'ve not|did not feel you|didn't feel you|don't feel you|felt you didn't|feel you didn't) (?:receive|received|get|got|gotten) (?:the |a |an |any |enough |adequate |proper |good |great |excellent |poor |such |that |our |timely |prompt |clear |full |same |kind |respectful |compassionate )*(?:(?:kind|level|quality|standard|type|amount|degree) of )?{SERVICE}\b|\b(?:you|u) (?:received|got) (?:the |a |an |such |poor |subpar |excellent |great |good |wonderful |quality |timely |prompt |kind |rude |cold |inadequate )+(?:(?:kind|level|quality|standard|type) of )?{SERVICE}\b",
            "Speaks of the care or service the reader received from the practice: confirms they are a patient",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.staff-conduct", rf"\b(?:our|the|my|your) (?:[a-z-]+ )?{STAFF} (?:should|could|must|might|may)(?: not|n't)? (?:have|'ve) (?:been |[a-z]+ly )?(?:[a-z]+ed|told|taken|given|seen|spoken|shown|known|said|done|made|kept|sent|gone|written|run|begun|brought|thought|caught|felt|left|met|heard|found|paid)\b|\b(?:our|the|my|your) (?:[a-z-]+ )?{STAFF} (?:should have|should not have|shouldn't have|could have|could've|should've|may have|might have|must have|would never have|didn't|did not|never (?:meant|intended|wanted)|failed to|wasn't|weren't|was not|were not|meant no|(?:was|were) (?:wrong|rude|short|curt|dismissive|abrupt|unprofessional|out of line|mistaken|impatient|insensitive|unkind|harsh|condescending|snippy|cold))\b(?=[^.!?]{{0,80}}\b(?:you|u|your|yourself)\b)|\b(?:unheard|rushed|dismissed|ignored|brushed off|talked down to|belittled|judged|pressured|mistreated|disrespected|neglected|overlooked|unwelcome|unwelcomed|patronized|patronised) (?:by|from) (?:our|the|one of our|a member of our) (?:[a-z-]+ )?{STAFF}\b",
            "Speaks of how a staff member treated the reader: confirms they were seen",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.answered-our-message", rf"\b(?:replying|responding|answering|replied|responded|answered|getting back|got back|writing back|wrote back) to (?:our|my|the) (?:[a-z-]+ )?{OUR_MESSAGE}\b|\b{OUR_MESSAGE} (?:that |which )?(?:we|i|our (?:[a-z]+ )?(?:team|office|staff|front desk|manager|billing office)) (?:sent|emailed|e-mailed|mailed|texted|left|gave|handed|forwarded|faxed|dropped)(?: (?:you|u|to you|over|out|off))?\b|\b(?:we|i) (?:talked|spoke|chatted|went over|went through|walked through|talked through)(?: (?:a lot|so much|everything|it all|this|that|things|the (?:options|plan|details|costs?|estimate|bill)))?(?: (?:through|about|over))? (?:at|in|on|during|over|by) (?:the )?(?:front desk|front office|check-in|checkout|check-out|counter|reception|lobby|hallway|waiting room|exam room|chair|appointment|visit|consult|consultation)\b",
            "Refers to a message the practice sent the reader, their answer to it, or a talk at the office: confirms a relationship",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.incident-with-reader", r"\b(?:the|that|this) (?:team member|staff member|employee|provider|clinician|person|individual|doctor|nurse|hygienist|receptionist|assistant|technician|therapist|people|staff members|team members|employees)(?: (?:who was|who were))? involved\b|\b(?:the|that|this) (?:lab|billing|insurance|scheduling|appointment|prescription|pharmacy|referral|records?|chart|paperwork|claim|payment|test|results?|x-ray|order|booking|check-in|intake|front desk) (?:mix-up|mixup|error|mistake|glitch|confusion|oversight|miscommunication|snafu|hiccup|issue|problem)\b(?! (?:(?:that )?you (?:describe|described|mention|mentioned|raise|raised|note|noted|report|reported|outline|outlined)|(?:described|mentioned|outlined|noted|reported|raised) (?:here|in (?:this|your|the) (?:review|post|comment))))|\b(?:you|u|he|she|your [a-z]+) (?:were|was|got|had to be|needed to be) (?:sent|rushed|taken|admitted|transferred|sent over)(?: straight)? to (?:the )?(?:er|e\.r\.|emergency room|emergency department|hospital|icu|urgent care)\b|\bto be (?:sent|rushed|taken|admitted|transferred)(?: straight)? to (?:the )?(?:er|e\.r\.|emergency room|emergency department|hospital|icu)\b",
            "Speaks of a particular incident in the reader's care (the staff member involved, the lab mix-up, being sent to the ER): confirms they are a patient",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.pleasure-serving-reader", r"\b(?:pleasure|privilege|honou?r|joy|delight|treat|blast|fun|thrill)(?: it was| it's| it has been)? (?:fitting|seeing|meeting|treating|serving|helping|caring for|working with|getting to know|having|welcoming|hosting|taking care of|looking after|chatting with|talking with|spending time with|watching) (?:you|u|your)\b|\byou (?:reached out|called|called us|contacted us|came in|got in touch|sought help|sought care|came to us|acted|made the call|booked) (?:when you did|right away|so quickly|so soon|so early|early|in time|at the right time|as soon as you did)\b",
            "Speaks of serving or meeting the reader, or of when they came to the practice: confirms they are a patient",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.found-a-home-here", r"\b(?:you|u|you've|you have|your family|you and your family)(?: finally| really| truly)? (?:found|find|have found|chose|picked|made) (?:a |your |their |the )?(?:new |permanent |forever |long-term )?(?:dental|medical|health ?care|eye ?care|pediatric|primary care|skin ?care|chiropractic|therapy|care)? ?(?:home|place|provider|doctor|dentist|team|practice|clinic)(?: who| that| where| with| here| in us| at)\b",
            "Says the reader found their practice or provider here: confirms a patient relationship",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.one-of-our-patients-yours", r"\bour (?:patients|clients|families|patient|client)(?:'|'s)? (?:[a-z]+ )?(?:feedback|reviews?|comments?|opinions?|experiences?|stories|words|voices?)\b[^.!?]{0,30}\b(?:including|like|such as|especially|and|as well as) (?:yours|you)\b",
            "Counts the reader among the practice's patients ('our patients' feedback, including yours'): confirms a relationship"),
    Pattern("en.relationship.not-a-real-patient", r"\b(?:not|never|isn't|wasn't|aren't) (?:a |an |one of our )?(?:real|actual|genuine|legitimate|verified|true|current|former|existing) (?:patients?|clients?|customers?)\b|\b(?:whoever|the person who|the person that|the individual who|the one who) (?:wrote|posted|left|submitted|made) (?:this|the|that)\b[^.!?]{0,30}? (?:has|have|had|was|were|is|are)(?: never| not)(?: ever)?(?: been)? (?:a |one of our |our )?(?:patients?|clients?|seen|treated|examined|here|in our)\b|\b(?:does not|doesn't|do not|don't|did not|didn't) match (?:anyone|anybody|any patient|any client|any of our (?:patients|clients)|our (?:records|patient list|schedule|system))\b|\b(?:someone|somebody|a person|an individual|people|this person|the reviewer|this reviewer|the author|the poster|a user|an account) (?:who|that) (?:has|have|had|is|was|were|are)(?: never| not)(?: ever| once| even)?(?: been)? (?:a |an |one of our |our )?(?:patients?|clients?|customers?|seen|treated|here|in our (?:office|clinic|practice)|to our (?:office|clinic|practice))\b|\b(?:not|never|wasn't|was not|isn't|is not)(?: [a-z]+){0,3} (?:by|from) (?:anyone|anybody|someone|a person|a patient|a client|a customer)(?: who| that)? (?:has|have|had|was|is|were)? ?(?:ever |actually |really )?(?:been )?(?:treated|seen|examined|cared for|a patient|a client|here|in our|to our|through our doors)\b|\b(?:searched|search|searching|looked|looking|checked|checking|ran|run|running)\b[^.!?]{0,40}\b(?:for|up) (?:the|this|that|your|their|his|her) (?:reviewer's )?(?:name|names)\b|\b(?:left|written|posted|submitted|made) by (?:a|one of our|an?) (?:competitor|former employee|ex-employee|disgruntled (?:former )?employee|bot|troll|rival)\b",
            "Says the reviewer is not a real patient or the review came from a competitor: denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("en.relationship.knows-who-wrote-it", r"\b(?:we|i|everyone|everybody|all of us|everyone here|the whole team|our (?:whole )?team|the team|our staff|the staff|the front desk|our front desk)(?: all| both)? (?:know|knew|recogni[sz]e|recogni[sz]ed|can tell|could tell|figured out|guessed|have a good idea|have a pretty good idea)(?: exactly| right away| immediately| instantly| just)? (?:who (?:this|you|that) (?:is|are|was|were|might be)|who wrote (?:this|it)|who (?:this|the review) is from|it(?: |(?='))(?:was|is|'s) you|this (?:is|was) you)\b",
            "Says the practice knows who wrote the review: confirms the reviewer is known to it",
            unless=(hedged,)),
    Pattern("en.relationship.longtime-reader", r"\b(?:from|by|coming from) (?:someone|somebody|a person|a patient|a family|one of our|a longtime|a long-time|a loyal|a regular|such a loyal|an? (?:longtime|long-time|loyal|regular|longstanding|long-standing|returning|repeat)) (?:patient|client|customer|family|member|friend|who|that)\b(?=[^.!?]{0,50}\b(?:for|since|over) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|several|so many|all these|years|decades)\b)|\b(?:from|by|coming from) (?:a |an |such a |our )?(?:longtime|long-time|loyal|regular|longstanding|long-standing|returning|repeat|valued|dear|favorite|favourite) (?:patient|client|customer|family|member)\b",
            "Speaks of the reviewer as a longtime patient ('coming from someone who has been with us for ten years'): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.reader-did-well", r"\b(?:you|u|he|she|they|your (?:son|daughter|child|kids?|little one|boy|girl|husband|wife|mom|dad|mother|father))(?: really| truly| totally| absolutely| both| all)? (?:handled|did|managed|took|got through|sat through|made it through|powered through|came through|tolerated|braved|were|was)(?: it| that| them| those| everything| all of it| the whole thing| each step| every step)?(?: so| such| just| absolutely| really)? (?:with (?:so much |such |real |incredible |great )?(?:grace|courage|strength|patience|humor|humour|bravery)|beautifully|great|amazing|amazingly|well|so well|really well|wonderfully|perfectly|like a champ|like a pro|like a rock ?star|like a trooper|brilliantly|fantastic|incredibly well|awesome|a champ|a trooper|a rock ?star|a superstar|brave|calm|still)\b",
            "Praises how the reader (or their child) got through something at the practice: confirms they were there",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.that-particular-day", r"\b(?:it|that|this) (?:was|were|had been) (?:a |an |one )?(?:really |very |so |extremely |unusually |especially |particularly |incredibly )?(?:busy|hectic|crazy|packed|slammed|chaotic|rough|tough|long|understaffed|short-staffed|difficult|overwhelming) (?:night|day|morning|afternoon|evening|shift|weekend|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bwe (?:were|had been) (?:really |very |so |badly |severely |unusually |a bit |a little )?(?:short-staffed|short staffed|understaffed|short a (?:provider|doctor|nurse|hygienist|receptionist)|overbooked|slammed|swamped|behind|running (?:late|behind)|backed up|busier than usual|down (?:a|two|one) (?:staff|people|providers?|nurses?))(?: [a-z]+){0,3}? (?:that|on that|on the|on|last) (?:night|day|morning|afternoon|evening|shift|weekend|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:that|this) (?:night|day|morning|afternoon|evening|shift|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:was|were) (?:really |very |so |extremely |unusually |especially |particularly |incredibly )?(?:busy|hectic|crazy|packed|slammed|chaotic|rough|understaffed|short-staffed|overwhelming)\b|\b(?:was|were|had been) (?:broken|down|out of order|not working|malfunctioning|offline|out|too (?:cold|hot|loud|noisy)|freezing|dirty|flooded|closed) (?:that|on that) (?:night|day|morning|afternoon|evening|shift|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            "Explains what a particular day at the practice was like ('we were short-staffed that day'): confirms the reader came in",
            unless=(hedged, about_everyone)),
    Pattern("en.relationship.trust-placed-in-us", r"\b(?:the )?(?:trust|confidence|faith) (?:that )?(?:you|you've|you have|you've always|you have always|you and your family have|your family has) (?:placed|put|shown|given|had|showed) (?:in )?(?:us|our)\b",
            "Thanks the reader for the trust they placed in the practice ('the trust you've placed in our team'): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.your-practice-home", r"\b(?:being|be|to be|as|remain|remaining|stay|staying|became|become|are|'re|were) (?:your|your family's|your kids'|your children's|your little one's|your son's|your daughter's) (?:[a-z-]+ ){0,2}(?:home|practice|dentist|doctor|pediatrician|provider|care team|office|clinic|go-to|team|place)\b",
            "Calls the practice the reader's own ('being your family's pediatric home'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.staff-ask-after-reader", r"\b(?:still |often |always |keeps? |kept )?(?:asks?|asked|asking) (?:about you|after you|how you(?:'re| are| were)? (?:doing|getting on|feeling|holding up)|how you'?re doing)\b|\b(?:meet|meeting|hold|holding|cuddle|see|seeing) (?:the|your|that|this) (?:new )?(?:baby|little one|newborn|bundle of joy)\b|\b(?:baby|little one|bundle of joy|new arrival) (?:is )?on the way\b",
            "Says staff ask after the reader or look forward to their baby ('our director still asks how you're doing', 'can't wait to meet the baby'): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.followed-in-this-case", r"\b(?:was|were|has been|have been|had been) (?:exactly |fully |properly |correctly )?(?:followed|applied|done|handled|completed|used|observed) (?:exactly |fully )?(?:in|for|with) (?:this|your|that) (?:case|account|situation|instance|matter)\b",
            "Says what the practice did in the reader's case ('that process was followed in this case'): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.staff-recall-a-moment", r"\b(?:still |often |always |all )?(?:laughs?|laughing|laughed|talks?|talking|talked|smiles?|smiling|jokes?|joking|tells? (?:everyone|us|the story)|remembers?|reminisces?) (?:about|at|over) (?:the|that) (?:time|day|afternoon|morning|evening|visit|appointment|moment|way) (?:you|your)\b",
            "Says staff still talk about a moment with the reader ('still laughs about the afternoon you tried on every frame'): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.see-everyone-next-visit", r"\b(?:see|seeing|catch up with|catching up with|welcome back) (?:everyone|you all|y'all|all of you|the whole (?:family|crew|gang|bunch)|the (?:kids|little ones|family)|them|those (?:two|three|kids))\b[^.!?]{0,20}\b(?:at|for) (?:the|your|their) next (?:check-?ups?|visit|appointment|cleaning|exam|session|adjustment)\b",
            "Looks forward to seeing particular people at their next visit ('can't wait to see everyone at the next check-up'): presumes they are patients",
            unless=(hedged,)),
    Pattern("en.relationship.remembers-what-the-reader-said", r"\b(?:remember|remembers|remembered|recall|recalls|recalled) (?:your|ur) (?:conversation|call|visit|face|name|family|story|kids?|son|daughter|smile|appointment|last visit|situation|case|question|concerns?|message|email)\b",
            "Says someone at the practice remembers the reader's conversation, visit or story: confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.enjoyed-the-readers-company", r"\b(?:enjoyed|enjoys|enjoy|loved|loves|misses|missed|miss) (?:your|ur) (?:chats?|conversations?|stories|company|visits?|jokes|humou?r|updates|energy|laugh|smile)\b|\bsay hi to (?:the rest of|everyone|all|the whole|your (?:[a-z-]+ )?(?:team|class|coworkers|colleagues|crew|office|hallway|students|classmates))(?: [a-z'-]+){0,5} for us\b|\b(?:give|tell) (?:everyone|them|the kids|your (?:[a-z-]+ )?(?:team|class|family|kids|crew)) (?:a hug |hello |hi )?(?:for us|we said hi)\b",
            "Speaks of the reader's company or sends greetings to their people ('she really enjoyed your chats', 'say hi to the third-grade hallway for us'): confirms a relationship",
            unless=(hedged,)),
    Pattern("en.relationship.that-incident-should-not-have-happened", r"\b(?:those|these|that|this) (?:two |three |four |several |\d+ )?(?:[a-z-]+ )?(?:double-bookings?|mix-ups?|mixups?|errors?|mistakes?|cancellations?|reschedulings?|charges?|calls?|incidents?|delays?|bills?|messages?|no-shows?) (?:should never have|should not have|shouldn't have|never should have) (?:happened|occurred|been sent|been made|been charged)\b",
            "Owns a particular incident of the reader's ('those two double-bookings should never have happened'): confirms a relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE = [
    Pattern("en.treatment.work-we-did", rf"\b{NOT_ONE}{PERFORMED} (?:that |which )?(?:we|i|dr\.? [a-z]+|(?:our|the) (?:doctor|dentist|surgeon|hygienist|provider|team|lab|optician|audiologist|orthodontist|technician|nurse|specialist)) (?:placed|did|made|fitted|fit|put in|installed|performed|prescribed|removed|extracted|pulled|filled|replaced|repaired|adjusted|ordered|took|cemented|bonded|delivered|dispensed|gave|inserted|started|recommended)\b",
            "Speaks of the work the practice did on someone ('the bridge we placed'): discloses treatment",
            unless=(hedged, about_everyone)),
    Pattern("en.treatment.record-without", r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|a few) (?:whole |straight |full )?(?:years?|months?|weeks?|visits?|checkups?|check-ups?|cleanings?|seasons?) (?:in a row )?(?:without|with no|with zero|free of) (?:a |an |any |one |a single )?(?:cavity|cavities|filling|fillings|flare-ups?|flares?|migraines?|headaches?|pain|relapses?|seizures?|attacks?|asthma attacks?|infections?|breakouts?|episodes?|issues|problems|cigarettes?|a drink|drinking|smoking)\b",
            "Gives someone's record ('six years without a cavity'): discloses their health history",
            unless=(hedged, about_everyone)),
    Pattern("en.treatment.symptom-gone", r"\b(?:no longer|don't|do not|never|less|without|stopped|stop) (?:feel|feeling|felt|have|having|had|notice|noticing|get|getting)(?: any| much| that| the| as much| so much)? (?:sensitivity|pain|discomfort|soreness|tenderness|burning|itching|itchiness|dizziness|nausea|swelling|stiffness|ringing|pressure|throbbing|aching|numbness|tingling|dryness|flare-ups|headaches|migraines|cramps|cramping)\b|\b(?:the|that|your|ur) (?:[a-z-]+ )?(?:sensitivity|soreness|tenderness|burning|itching|itchiness|dizziness|nausea|swelling|stiffness|ringing|throbbing|aching|numbness|tingling|dryness|cramping) (?:has|have|had|is|was|should|will|finally|already)(?: finally| already| now)? (?:calmed|settled|eased|gone|faded|subsided|improved|stopped|disappeared|cleared|resolved|let up|died down|calm|settle|ease|fade|subside|improve|stop|clear|resolve|be gone|be better)\b",
            "Speaks of a symptom of the reader's easing or gone ('no longer feel sensitivity'): discloses care",
            unless=(hedged, about_everyone)),
    Pattern("en.treatment.feeling-like-self", r"\b(?:feel|feels|feeling|felt)(?: (?:more|much more|a lot more|a little more|a bit more|so much more|just|finally|truly))? like (?:yourself|your old self|your usual self|your best self|a new (?:person|man|woman)|new|you again|himself|herself|themselves|his old self|her old self|their old selves)\b",
            "Tells the reader they feel like themselves again: discloses a result of care",
            unless=(hedged, about_everyone)),
    Pattern("en.treatment.what-the-reader-felt-lasted", r"\b(?:the|that|this|your|such) (?:irritation|redness|soreness|swelling|rash|itching|itchiness|burning|stinging|bruising|bleeding|numbness|nausea|dizziness|reaction|flare-up|flare|sensitivity|tenderness|discomfort|pain|ache|aching|breakout|peeling|dryness)(?: [a-z]+){0,2}? (?:lasted|lingered|persisted|stuck around|went on|dragged on|took so long|took that long|kept you|kept bothering you|bothered you|you had|you felt|you experienced|you dealt with|you went through|caught you|surprised you|worried you|scared you|hit you|affected you|got to you)\b",
            "Speaks of a symptom the reader had and how long it lasted ('sorry the irritation lasted so long'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.someone-bounced-back", r"\b(?:he|she|they|you|your (?:[a-z-]+ )?(?:son|daughter|child|kid|little one|baby|husband|wife|partner|mom|dad|mother|father))(?:'s|'re| is| are| was| were| has| have| had)? (?:already |finally |so quickly |quickly |fully |totally )?(?:bounced back|bouncing back|perked up|pulled through|is back to (?:normal|himself|herself|their old self)|was back to (?:normal|himself|herself)|back on (?:his|her|their|your) feet)\b",
            "Says someone from the review got better ('glad he bounced back so quickly'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.clinician-expects-result", r"\b(?:surgeon|doctor|dentist|clinician|provider|orthodontist|dermatologist|therapist|physician|dr\.? [a-z]+)(?:s)? (?:fully |really |still |completely )?(?:expects?|anticipates?|predicts?|is confident|is optimistic|are confident|are optimistic|believes?) (?:that )?(?:the|your|it|things|everything|this|results?)\b(?=[^.!?]{0,80}\b(?:refin|settle|improv|heal|fade|shape|result|look|swelling|recover|progress|final)\w*)",
            "Says what a clinician expects of someone's result ('our surgeon fully expects the shape to keep refining'): discloses care",
            unless=(hedged,)),
    Pattern("en.treatment.result-keeps-changing", r"\b(?:the |your |that )?(?:shape|swelling|results?|look|contour|contours|scar|scars|scarring|color|colour|skin|smile|bite|fit|tone|texture|definition|line|lines)\b(?: [a-z]+){0,2}? (?:keeps|will keep|continues to|will continue to|should keep|should continue to|is going to keep) (?:refining|improving|settling|softening|fading|changing|getting better|evolving|shrinking|maturing)\b|\b(?:it's|it is|that's|that is|\d+ (?:days|weeks|months)|(?:one|two|three|four|five|six|eight|ten|twelve) (?:days|weeks|months)) (?:is |are )?(?:still )?(?:early days|very early|so early|early on)\b(?! for (?:the|our|us|this|a) )|\bthe best is yet to come\b",
            "Speaks of how someone's result is still changing ('the shape keeps refining', 'six weeks is still early days'): discloses care",
            unless=(hedged, practice_wide)),
    Pattern("en.treatment.condition-under-control", r"\b(?:the|your|that|his|her|their)(?: [a-z-]+)? (?:blood pressure|pressure|sugar|sugars|blood sugar|glucose|a1c|cholesterol|asthma|anxiety|thyroid|weight|levels?|numbers|migraines?|allergies|eczema|psoriasis|acne|reflux)(?: [a-z]+){0,2}? (?:is|are|has been|have been|got|is now|are now|is finally|are finally|stays|stay|came) (?:back )?(?:under control|controlled|stable|normal|in range|down|back to normal|so much better|improving)\b",
            "Says someone's condition is under control ('your blood pressure is finally under control'): discloses care",
            unless=(hedged, practice_wide)),
    Pattern("en.treatment.numbers-trending", r"\b(?:numbers|levels|labs|results|readings|counts|values|a1c|scores|pressure|sugars)\b[?!.]?(?:\s+[a-z']+){0,4}?\s+(?:trending|heading|moving|going|look(?:s|ing)? to be trending) (?:the right way|in the right direction|the right direction|downward|upward)\b",
            "Tells the reader their numbers are improving ('those numbers? Trending the right way now'): discloses care",
            unless=(hedged, practice_wide)),
    Pattern("en.treatment.caught-early-gone-for-good", r"\b(?:it|that|this|they|the (?:[a-z-]+ ){0,2}?(?:spot|mole|lump|growth|lesion|cavity|cancer|tumor|infection))(?:'s| is| was| were| has been| got)? (?:caught|found|detected|spotted|diagnosed|removed) (?:early|in time|right away|quickly|just in time)\b|\b(?:it's|it is|it was|they're|they are|that's|that is|now it's) (?:all |completely )?gone (?:for good|completely|now|at last)\b",
            "Speaks of something found early or gone for good ('it was caught early', 'now it's gone for good'): discloses care",
            unless=(hedged, practice_wide)),
    Pattern("en.treatment.glad-he-felt", r"\b(?:glad|happy|relieved|thrilled|so proud|proud) (?:that )?(?:he|she)(?:'s| is| was| felt| feels| did| had| enjoyed| loved| liked| got| handled| made it)\b",
            "Speaks of someone from the review in the third person and how they did ('glad he felt he was in good hands'): discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE = [
    # Advice is advice even "for anyone" or after an "if": a tip for a symptom is not a
    # practice-wide fact.
    Pattern("en.advice.tip-for-a-symptom", r"\b(?:quick |little |friendly |pro |helpful |general |one |a )?(?:tip|tips|hint|trick|suggestion|piece of advice|advice)(?: for| to)? (?:anyone|everyone|folks|people|patients|those|all|you|readers|others)(?: out there)?(?: dealing with| struggling with| with| who| suffering from| fighting| battling| prone to)\b(?=[^.!?]{0,60}\b(?:stiff|stiffness|pain|sore|soreness|back|neck|knee|knees|shoulder|headaches?|migraines?|cold|colds|flu|fever|cough|allergies|skin|acne|rash|dry|dryness|teeth|gums|sensitivity|sleep|insomnia|anxiety|stress|swelling|joints?|muscles?|heartburn|reflux|congestion|sinus|eyes|strain)\b)",
            "Gives a health tip for a symptom, even addressed to anyone: medical advice"),
    Pattern("en.advice.general-tip", r"\b(?:as a|a|one|quick|little|general|helpful|friendly|pro|our) (?:general |quick |little |helpful |friendly |pro |handy )?(?:tip|hint|rule of thumb|piece of advice|suggestion)\b(?=[,:!\s-][^.!?]{0,140}\b(?:twice (?:a day|daily)|once (?:a day|daily)|every (?:morning|night|evening|day)|cleanser|moisturi[sz]er|sunscreen|spf|floss|flossing|rinse|rinsing|ice|icing|heat|compress|stretch|stretching|hydrate|hydrating|washing|wash|brush|brushing|routine|regimen|supplement|vitamin|diet|posture|pillow|humidifier|saline|warm water|cold water|salt water|sleep|elevate|elevating|rest|resting)\b)",
            "Gives a health tip, even framed as general: medical advice"),
    Pattern("en.advice.go-easy-for-a-while", r"\b(?:go easy on|take it easy on|steer clear of|stay away from|lay off|hold off on|skip|avoid|stick to|stick with|no)\b(?=[^.!?]{0,60}\b(?:for (?:a |another |the next )?(?:couple|few|day|days|week|weeks|hours|while|bit)|until|more days|tonight|for now|the rest of (?:the|this) (?:day|week))\b)(?=[^.!?]{0,60}\b(?:foods?|crunchy|chewy|hard|sticky|spicy|hot|cold|drinks?|coffee|alcohol|straws?|gum|exercise|workouts?|lifting|running|sports|swimming|sun|makeup|contacts|chewing|eating|drinking|smoking)\b)",
            "Tells the reader what to avoid for a while ('go easy on the crunchy foods for a couple more days'): medical advice"),
    Pattern("en.advice.try-this-remedy", r"(?:^|(?<=[.!?;] )|(?<=[.!?;]  ))(?:(?:please|definitely|also|just|maybe|you (?:can|could|might|may) (?:also )?|you might want to|it may help to|it might help to|consider) )?(?:try|use|apply|consider|switch to|add|run|sleep with|soak in|gargle|rinse with|wear|elevate|avoid|skip|limit|cut back on|stick to|swap in|put on)\b(?=[^.!?]{0,80}\b(?:help|helps|can help|will help|should help|ease|eases|soothe|soothes|relieve|relieves|calm|calms|reduce|reduces|prevent|prevents|clear up|clears up|heal|heals|work wonders|makes? a (?:big )?difference)\b)(?=[^.!?]*\b(?:skin|dry|dryness|cracked|itchy|itching|itch|rash|pain|sore|soreness|swelling|throat|cough|coughing|congestion|sinus|sinuses|nose|eyes|eye|headaches?|back|neck|knee|joints?|muscles?|sleep|symptoms?|flare-ups?|irritation|redness|burning|breakouts?|acne|stiffness|cramps?|nausea|fever|aches?|achy|bruising|scar|scars|gums|teeth|tooth|jaw)\b)",
            "Suggests a remedy for a symptom ('try a humidifier at night, it can help dry skin'): medical advice, even without a drug",
            unless=(hedged, about_everyone)),
    Pattern("en.advice.keep-it-in-a-care-state", r"(?:^|(?<=[.!?;:,] )|\b(?:please|just|and|then|also|try to|you'll want to|you should|make sure to|be sure to|remember to) )(?:keep|leave|get|have) (?:it|them|the (?:[a-z-]+ ){0,2}?(?:area|site|spot|leg|legs|arm|foot|feet|ankle|knee|wrist|hand|back|neck|shoulder|wound|incision|cut|burn|eye|eyes|mouth|skin|dressing|bandage|stitches|splint|cast|brace|boot|head|jaw)|your [a-z-]+(?: [a-z-]+)?) (?:well |nicely |fully |slightly |gently |loosely |lightly |nice and )?(?:elevated|raised|iced|wrapped|covered|clean|dry|moist|moisturi[sz]ed|propped up|propped|immobili[sz]ed|still|bandaged|compressed|cool|hydrated|out of the sun|on ice|up on a pillow)\b|(?:^|(?<=[.!?;:,] )|\b(?:please|just|and|then|also|try to) )prop (?:it|them|your [a-z-]+|the [a-z-]+) up\b",
            "Tells the reader how to keep a body part or wound ('keep it elevated', 'prop it up'): medical advice"),
    Pattern("en.advice.it-will-heal", r"\b(?:it|the area|the spot|the site|the bruise|the bump|the scab|things down there)(?: [a-z']+){0,2}? (?:should|will|usually|often|typically|tends to|ought to) (?:settle down|settle|calm down|heal|heal up|clear up|go down|subside|resolve|stop hurting|loosen up|scab over|fade)\b(?![^.!?]*\b(?:we|our|us|staff|team|office|hire|hiring|season|schedule|construction|phones?)\b)",
            "Tells the reader how something will heal or settle ('it should settle down in a week'): medical advice about their condition"),
    Pattern("en.advice.what-a-condition-does-best-with", r"\b(?:does|do|heals?|recovers?|responds?|improves?|eases?|settles?|calms?) (?:best |well |better |fastest |quickest )?(?:with|to) (?:gentle |some |a little |light |regular |plenty of |lots of )?(?:heat|ice|icing|rest|stretch|stretches|stretching|massage|movement|walking|a compress|compresses|fluids|sleep|elevation|hydration|saline|a humidifier|warm water|salt water)\b",
            "Says what a condition does best with ('a sprained ankle does best with rest, ice and elevation'): medical advice"),
    Pattern("en.advice.if-a-symptom-then", r"\bif (?:the |your |his |her |their |a |any |an )?(?:[a-z']+ )?(?:fever|temperature|pain|swelling|bleeding|redness|rash|cough|headache|vomiting|symptoms?)(?: [a-z]+){0,3}? (?:goes|gets|is|stays|rises|climbs|spikes|lasts|doesn't|does not|isn't|keeps|worsens|returns)\b[^.!?]{0,60}\b(?:come back|come in|call|go to|head to|see|return|get seen|be seen|should be seen|seek care)\b|\b(?:plenty of|lots of) (?:fluids|water|rest|sleep)\b",
            "Tells the reader what to do if a symptom changes, or to rest and drink ('if the fever goes above 102, come back'): medical advice"),
    Pattern("en.advice.what-many-people-find-helps", r"\b(?:many|most|some|lots of|a lot of) (?:people|patients|folks|of our patients|clients|parents)\b[^.!?]{0,20}\b(?:find|found) (?:that )?(?:[a-z0-9-]+ ){1,6}?(?:helps?|helpful|useful|soothing|calming|effective|works?)\b(?! to (?:bring|write|jot|make a list|prepare|ask|call|schedule|book|arrive|come|plan|check|read|keep a list|have a list))|\bbreathe (?:in|out) (?:for|slowly|through)\b",
            "Recommends what helps through what many people find ('many people find slow box breathing helpful'): medical advice"),
    Pattern("en.advice.who-should-be-seen", r"\b(?:with|has|have|running|who has|who have|who's running) (?:a |any |an )?(?:fever|temperature|rash|cough|swelling|pain|bleeding|vomiting|diarrhea|headache)\b[^.!?]{0,40}\bshould (?:be seen|be evaluated|be checked|see|go|come in|call|get seen|seek)\b",
            "Says who with a symptom should be seen and when ('any baby with a temperature of 100.4 should be seen right away'): medical advice"),
    Pattern("en.advice.do-not-stop", r"\b(?:don't|do not|never) (?:stop|skip|quit|give up|drop|slack off on) (?:the|your|those|these) (?:[a-z-]+ )?(?:exercises|stretches|routine|program|meds|medication|medications|treatment|drops|inhaler|brace|splint|retainer|night guard|pills|antibiotics)\b|\b(?:any|every|a) (?:[a-z-]+ ){0,3}(?:mole|spot|lump|rash|cough|fever|pain|headache|symptom|lesion|bump|sore|toothache)\b[^.!?]{0,60}\b(?:deserves|needs|should get|warrants) (?:a |an )?(?:prompt |quick |professional |timely )?(?:look|check|exam|evaluation|visit)\b|\bis (?:still )?the best (?:prevention|protection|defense|defence|remedy)\b",
            "Tells the reader not to stop a treatment, or what a symptom deserves ('don't stop the home exercises', 'any mole that changes deserves a prompt look'): medical advice"),
    Pattern("en.advice.friendly-reminder", r"\b(?:friendly|quick|gentle|daily|seasonal|annual) reminder\b[:,!-]? (?:to )?(?:wear|use|apply|reapply|take|drink|floss|brush|stretch|get|schedule|keep|avoid|stay)\b",
            "Gives a health reminder ('Friendly reminder: wear SPF 30+ every day'): medical advice"),
]

RECORDS_BILLING = [
    Pattern("en.records.account-to-collections", r"\b(?:the|your|this|that|his|her) (?:account|balance|bill|invoice|statement|debt)s? (?:went|was sent|were sent|has gone|had gone|got sent|was turned over|was referred|was placed|went over|ended up|has been sent|had been sent) (?:to|into|in|with) (?:a )?collections?(?: agency)?\b|\bwe (?:sent|mailed|emailed|issued) (?:you )?(?:three|two|four|five|several|multiple|many|\d+) (?:statements|bills|invoices|notices|reminders|letters)\b",
            "Speaks of the reader's account going to collections or the bills sent to them: discloses billing",
            unless=(hedged,)),
    Pattern("en.records.their-arrangement", r"\b(?:the|that|this) (?:payment plan|payment arrangement|installment plan|financing plan|financing|membership plan|savings plan|refund|reimbursement|write-off|payment|deposit|copay|co-pay|deductible|balance|credit)\b(?! (?:methods?|options?|portal|policy|policies|plans?|process|page|link|system|desk|office|team))(?=[^.!?]{0,40}\b(?:you|u|your)\b)",
            "Speaks of a particular payment arrangement of the reader's ('the payment plan is working for you'): discloses billing",
            unless=(hedged, about_everyone)),
    Pattern("en.records.preferences-changed", r"\b(?:updated|changed|corrected|removed|added|deleted|switched|turned off|opted you out of|saved|noted)(?: [a-z]+)? (?:your|ur) (?:contact |communication |text |email |reminder |notification |mailing |marketing |privacy )?(?:preferences|settings|opt-in|subscription)\b|\b(?:removed|taken off|took you off|unsubscribed|opted out|dropped|deleted)(?: [a-z]+)? (?:from|of) (?:our|the) (?:[a-z]+ )?(?:list|lists|mailing list|call list|recall list|database|registry|system)\b",
            "Says the practice changed the reader's contact settings or lists: discloses account details",
            unless=(hedged, about_everyone)),
    Pattern("en.records.records-were-sent", r"\b(?:the|your|those|these) (?:[a-z-]+ )?(?:records?|chart|charts|files?|x-rays?|images|results|referral|prescription|statement|bill|invoice|claim|claims|paperwork|forms?) (?:were|was|have been|has been|had been|got) (?:already |finally |successfully |just )?(?:sent|faxed|forwarded|mailed|transferred|released|uploaded|submitted|resubmitted|emailed|delivered|received|processed)\b",
            "Says a particular record or bill was sent or processed ('the records were sent over on the 14th'): discloses records",
            unless=(hedged, about_everyone)),
    Pattern("en.records.fee-was-reversed", r"\b(?:the|your|that|this) (?:[a-z-]+ )?(?:fee|charge|balance|bill|invoice|copay|co-pay|deposit|late fee|cancellation fee) (?:has been|was|is|have been|were|got) (?:fully |already )?(?:reversed|waived|removed|refunded|credited|adjusted|written off|cancelled|canceled|voided|dropped)\b(?! (?:toward|towards|to) (?:any|every|all)\b)|\b(?:your|the) (?:records? )?request was (?:processed|received|sent|completed)\b|\bwe re-?sent (?:everything|the (?:records|files|fax|forms|paperwork|referral))\b",
            "Says what happened to a particular fee or request ('the fee has been reversed', 'your request was processed on our end'): discloses account details",
            unless=(hedged, about_everyone)),
]

# A name identifies whoever it names, about a visit or not.
NAMED_BY_TITLE = [
    Pattern("en.identifier.addressed-by-title", r"\b(?:mr|mrs|ms|miss|mx)\.? [a-z][a-z'-]+\b",
            "Names someone by title and surname ('Mrs. Alvarez'): identifies the reviewer or their family",
            unless=(not_the_reader_by_title,)),
    Pattern("en.identifier.addressed-by-initials", r"(?:^|(?<=^hi )|(?<=^hello )|(?<=^dear )|(?<=^hey ))[a-z]\.(?: ?[a-z]\.){1,2}(?= ?(?:[-\u2014\u2013,:!]|thanks|thank you|gracias|we|hi))",
            "Addresses the reviewer by their initials ('J.R. - thanks for the feedback'): identifies them"),
]

REVIEW_INCENTIVE = [
    # Whatever is offered (parking, a coffee card, a raffle entry), tied to a review.
    Pattern("en.incentive.if-you-review", r"\b(?:if|when|once|after|as soon as) (?:you|u|ya) (?:leave|post|write|give|update|change|edit|revise|remove|delete|take down|raise|bump|share)\b[^.!?]{0,50}\b(?:reviews?|ratings?|stars?|post|testimonials?)\b(?=[^.!?]*\b(?:free|discount|gift|credit|refund|waive|waived|complimentary|coupon|voucher|raffle|drawing|prize|parking|treat|bonus|off|cash|card|reward|perk)\b)|\b(?:free|discount|gift|credit|refund|complimentary|coupon|voucher|raffle|drawing|prize|parking|treat|bonus|cash|reward|perk)s?\b[^.!?]{0,60}\b(?:if|when|once|after|for) (?:you|u|ya) (?:leave|post|write|give|update|change|edit|revise|remove|delete|take down|raise|bump|share)\b[^.!?]{0,50}\b(?:reviews?|ratings?|stars?|post|testimonials?)\b",
            "Ties something of value to the reader posting or changing a review: the FTC forbids it"),
]
