# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""English rule data. Text is folded first: lower case, straight apostrophes, single spaces."""

from __future__ import annotations

from guardrails.hooks import (
    about_everyone,
    admin_in_general,
    announced_date,
    asked_about_in_general,
    at_no_occasion,
    billing_in_general,
    for_everyone,
    free_amenity,
    free_consultation,
    free_language_help,
    general_rule,
    general_rule_asking_nothing,
    hedged,
    how_it_can_seem,
    if_ever_a_patient,
    in_disclaimer,
    in_general_explanation,
    introduced_as_any,
    kept_for_everyone,
    negated,
    not_about_visit,
    offered_to_anyone,
    open_invitation,
    open_to_the_public,
    people_in_general,
    people_in_general_can,
    policy_fee,
    posted_in_the_room,
    practice_calendar,
    practice_changed_its_premises,
    practice_had_its_rooms_serviced,
    practice_is_subject,
    practice_routine,
    practice_schedule,
    practice_wide,
    price_for_everyone,
    priced_for_everyone,
    said_of_people_in_general,
    same_in_condition,
    someone_elses_program,
    staff_are_subject,
    standing_offer_for_everyone,
    standing_terms,
    team_step_before_any_visit,
    that_is_a_conjunction,
    that_opens_a_kind,
    waived_for_a_kind_of_case,
    what_usually_happens,
)
from guardrails.lexicon import clinical_terms
from guardrails.rules import Pattern, also_unless, en_classes, en_served, words

YOU = r"(?:you|u|ya|y'all|yall|you all)"
# What follows "you": a space, or the apostrophe of a contraction ("you're", "you've been").
THEN = r"(?: |(?='))"
YOUR = r"(?:your|ur|yr|you're|youre)"  # "you're" covers the common "you're visit" typo
# Words that may sit between "your" and the noun: adjectives, possessives, numbers.
ADJ = words(
    "recent", "last", "first", "next", "previous", "prior", "latest", "upcoming", "scheduled",
    "initial", "annual", "yearly", "routine", "regular", "follow-up", "most", "new", "dental",
    "medical", "eye", "skin", "physical", "hygiene", "cleaning", "x-ray", "lab", "blood", "test",
    "surgical", "post-op", "post-operative", "six-month", "6-month", "emergency", "second",
    "third", "two", "several", "past", "few", "own", "entire", "whole", "overall", "little",
    "long", "short", "quick", "brief", "late", "early", "virtual", "telehealth", "video",
    "in-office", "office", "clinic", "hospital", "morning", "afternoon", "evening", "today's",
    "yesterday's", "last week's", "recent", "wellness", "well-child", "well", "sick", "prenatal",
    "postpartum", "sports", "school", "pre-op", "same-day", "walk-in", "urgent", "specialist",
    "hygienist", "doctor's", "dentist's", "provider's", "recent", "upcoming", "ongoing",
    "continued", "current", "full", "complete", "difficult", "painful", "successful", "smooth",
    "great", "good", "bad", "unpleasant", "pleasant", "positive", "negative", "wonderful",
    "amazing", "frustrating", "stressful", "most recent", "last few", "past few",
    # form and account words: "your intake paperwork", "your billing statement"
    "intake", "new-patient", "new patient", "registration", "consent", "billing", "insurance",
    "payment", "financial", "patient", "health", "privacy", "hipaa", "online", "paper",
    "out-of-network", "in-network", "reimbursement", "claim", "claims", "monthly", "weekly",
    "remaining", "outstanding", "deposit",
    # sides and states of a body part: "your lower back", "your sore shoulder"
    "lower", "upper", "left", "right", "front", "inner", "outer", "sore", "injured", "broken",
    "swollen", "stiff", "achy", "bad", "poor",
)
# Any past participle also works as an adjective here ("your updated insurance").
GAP = rf"(?: (?:{ADJ}|[a-z-]+'s|[a-z-]+s'|[a-z]{{3,}}ed|\d+[a-z-]*|and|or|with us|here)){{0,3}}"
CARE = words(
    # eyewear and appliances: "adjusting your frames"
    "frames", "glasses", "eyeglasses", "lenses", "contact lenses", "hearing aid", "hearing aids",
    "retainer", "night guard", "new smile",
    "visit", "visits", "appointment", "appointments", "appt", "appts", "exam", "exams", "intake",
    "intake appointment", "intake session",
    "examination", "checkup", "checkups", "check-up", "check-ups", "check up", "cleaning",
    "cleanings", "stay", "consultation", "consultations", "consult", "procedure", "procedures",
    "treatment", "treatments", "treatment plan", "results", "result", "test results", "labs",
    "lab work", "bloodwork", "blood work", "prescription", "prescriptions", "surgery",
    "surgeries", "operation", "care", "diagnosis", "session", "sessions", "therapy",
    "follow-up", "followup", "follow up", "recovery", "healing", "condition", "conditions",
    "symptoms", "symptom", "medication", "medications", "meds", "medicine", "x-rays", "xrays",
    "x-ray", "scan", "scans", "injection", "injections", "shot", "shots", "vaccine", "vaccines",
    "vaccination", "screening", "evaluation", "assessment", "admission", "discharge",
    "delivery", "pregnancy", "labor", "filling", "fillings", "crown", "crowns", "implant",
    "implants", "braces", "aligners", "dentures", "tooth", "teeth", "gums", "mole", "biopsy",
    "case", "progress", "pain", "injury", "referral", "time with us", "time in our office",
    "time in the office", "time in our clinic", "time here", "wait", "wait time", "time in the chair",
    "stitches", "incision", "dosage", "dose", "baby", "newborn", "due date", "c-section",
    "bite", "smile makeover", "whitening", "root canal", "extraction", "recovery time",
    "office visit", "telehealth visit", "video visit", "provider", "physician",
    "care team", "care plan", "health concerns", "health concern", "health issue",
    "health issues", "medical history", "surgeon", "hygienist", "therapist", "nurse",
)
# Singular visit nouns that, with "the/that/this", point at one particular encounter.
ENCOUNTER = words(
    "visit", "appointment", "appt", "exam", "examination", "cleaning", "procedure",
    "surgery", "consultation", "consult", "checkup", "check-up", "treatment", "operation",
    "injection", "biopsy", "extraction", "filling", "root canal", "follow-up", "follow up",
    "session", "stay",
    # imaging and tests: "she reviewed the scan herself"
    "scan", "x-ray", "x-rays", "mri", "ct scan", "ultrasound", "blood test", "blood draw",
    "lab work", "bloodwork", "imaging", "mammogram", "iv",
)
CLINICIAN = words(
    "doctor", "dentist", "physician", "provider", "pediatrician", "dermatologist", "surgeon",
    "hygienist", "orthodontist", "therapist", "counselor", "nurse", "nurse practitioner",
    "optometrist", "ophthalmologist", "cardiologist", "obgyn", "ob-gyn", "ob/gyn",
    "midwife", "chiropractor", "care team", "medical home", "dental home", "clinician",
)
SEEN_VERB = words(
    "see", "seeing", "saw", "seen", "treat", "treating", "treated", "examine", "examined",
    "examining", "serve", "serving", "served", "care for", "caring for", "cared for",
    "take care of", "taking care of", "took care of", "taken care of", "look after",
    "looking after", "looked after", "checked on", "work on", "worked on", "working on",
    "operate on", "operated on", "operating on", "admit", "admitted", "discharge",
    "discharged", "vaccinate", "vaccinated", "diagnose", "diagnosed", "prescribe",
    "prescribed", "refer", "referred", "fit", "fitted", "schedule", "scheduled",
    "reschedule", "rescheduled", "book", "booked", "welcomed", "host", "hosted", "have had", "had", "check in", "checked in", "checking in",
    "patch up", "patched up", "fix up", "fixed up", "get you in", "got you in",
    "getting you in", "squeeze", "squeezed", "fit you in",
)

PATIENT_RELATIONSHIP = [
    # A particular occasion when the schedule slipped: "we ran behind on Tuesday".
    Pattern("en.relationship.says-schedule-ran-late", r"\b(?:we|our (?:team|office|staff|schedule|doctors?|providers?)|the (?:doctor|dentist|provider|office|clinic|schedule|team)|dr\.? [a-z]+) (?:(?:ran|were running|was running) (?:so |very |really |quite |way |far |a (?:bit|little|lot) |an hour |\d+ (?:min|mins|minutes) )?(?:late|behind|over)|(?:got|fell|were|was) (?:so |very |really |quite |way |far |a (?:bit|little|lot) )?(?:behind|backed up|off schedule))\b",
            "Says the schedule ran late on an occasion the reader was there: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.says-practice-got-reader", rf"(?:\b(?:get|got|getting)|\b(?:we|we'd|i|i'd|they|she|he|the team|our team|the office)(?: |(?='))(?:have|had|'d)) {YOU}{THEN}(?:seen|scheduled|rescheduled|booked|checked|looked at|fitted|examined|treated|taken care of|squeezed in|worked in|patched up|fixed up|stitched up|feeling better|in and out|sorted out|tested|x-rayed|vaccinated|cleared|back on your feet)\b|\b(?:move|moved|moving|bump|bumped|bumping|push|pushed|pushing) {YOU}\b(?! (?:to tears|forward))",
            "Says the practice got the reader seen or moved their slot: confirms a patient relationship"),
    Pattern("en.relationship.says-when-how-reader", rf"\b{YOU}{THEN}(?:still |then |just |never |finally )?(?:(?:were|was|arrived|showed up|came in|got here) (?:\d+|a few|ten|fifteen|twenty|thirty|forty|an|half an) (?:min|mins|minutes|hour|hours) (?:late|early)|showed up|show up|walked in|were late|was late|ran late|were running late|no-showed|didn't show|did not show|never showed|left (?:unhappy|upset|frustrated|angry|without|early|before|our|the office|the clinic|mad))\b",
            "Says when or how the reader came or left: confirms a patient relationship", unless=(hedged,)),
    Pattern("en.relationship.describes-what-reader-told", rf"\b{YOU}{THEN}(?:told|asked|called|phoned|spoke (?:to|with)|talked (?:to|with)|emailed|messaged|informed|yelled at|were rude to|complained to|promised) (?:our|the) (?:staff|team|front desk|receptionist|office manager|manager|billing (?:team|office|staff)|scheduler|{CLINICIAN})\b",
            "Describes what the reader told or asked the staff: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.says-reader-booked-cancelled", rf"\b{YOU}{THEN}(?:have |had |'ve |already |just |recently )?(?:booked|rebooked|re-booked|scheduled|rescheduled|cancell?ed|confirmed|checked in|checked out|signed in|filled out|moved (?:your|the) (?:appointment|visit))\b",
            "Says the reader booked, cancelled or checked in: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.says-reader-practice-s", r"\b(?:never|not|n't|no longer) (?:been |ever been |once been )?(?:in|on|found in|found on|listed in|listed on|entered in|entered on) (?:our|the) (?:system|records|files|database|charts?|books|schedule|calendar|roster|list|patient list|appointment book)\b",
            "Says the reader is not in the practice's records or schedule: denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("en.relationship.says-practice-reader-s", rf"\b(?:been|be|being|are|were|was|is|remain|remains|stay|stayed|became|become|serve as|served as|serving as|'re|'ve been) {YOUR}(?! (?:neighborhood|neighbourhood|local|hometown|community|friendly)\b) (?:[a-z'-]+ ){{0,2}}(?:{CLINICIAN}|doctors|dentists|providers)\b",
            "Says the practice is (or was) the reader's clinician: confirms a patient relationship"),
    Pattern("en.relationship.describes-reader-s-history", rf"\b(?:coming|come|came|been coming|been going|going|been seeing us|been visiting|visiting) (?:to (?:us|see us|our (?:office|practice|clinic)|this (?:office|practice|clinic))|here|in) (?:since|for (?:years|decades|ages|\d+|many|so|a long|over|the past|the last|two|three|four|five|six|seven|eight|nine|ten|a decade))\b|\b{YOU}(?:'ve| have|ve)? (?:been )?(?:coming|visiting|seeing us) (?:to |in )?(?:us|here|our|see us)\b",
            "Describes the reader's history of coming to the practice: confirms a patient relationship"),
    Pattern("en.relationship.talks-reader-s-wait", rf"\b{YOU}{THEN}(?:won't |don't |didn't |never |will not |do not |did not |wouldn't |would not |shouldn't |should not )?(?:have|has|had|need|needed) to wait\b|\bwait (?:again|that long again|so long again)\b|\b{YOU}{THEN}(?:get|got|have|had|receive|take|book|grab) (?:the |a |an |your )?(?:first|earliest|next|last|earlier|later|morning|afternoon|same-day|early|late) (?:slot|appointment|opening|spot|time)\b",
            "Talks about the reader's wait or appointment slot: confirms a patient relationship",
            unless=(hedged,)),
    # Added by red-team batch 2: the reader kept waiting, or a slot/time that was theirs.
    Pattern("en.relationship.talks-keeping-reader-waiting", rf"\b(?:kept|keep|keeping|left|leave|leaving|had|have|having) {YOU}{THEN}(?:[a-z]+ )?(?:waiting|sitting|standing|on hold|hanging)\b|\b(?:past|after|beyond|before|ahead of|behind) {YOUR} (?:[a-z-]+ )?(?:slot|time slot|appointment time|start time|scheduled time|booked time|check-in time|arrival time)\b",
            "Talks about keeping the reader waiting or about their time slot: confirms a patient relationship",
            unless=(hedged,)),
    # Sending, referring or hurrying the reader somewhere: "we had to send you to the ER".
    Pattern("en.relationship.says-where-practice-sent", rf"\b(?:send|sent|sending|refer|referred|referring|transfer|transferred|transferring|direct|directed|rush|rushed|rushing|hurry|hurried|hurrying|usher|ushered|walk|walked|take|took|wheel|wheeled) {YOU}{THEN}(?:out of (?:the|our) (?:room|office|exam room|clinic)|(?:over |off |straight |right )?to (?:the |a |an )?(?:er|e\.r\.|emergency room|emergency department|ed|hospital|specialist|urgent care|lab|imaging|radiology|surgeon|cardiologist|pharmacy|back)\b)|\b{YOU}{THEN}(?:felt|were|got|seemed|felt so|were so) (?:rushed|hurried) (?:out|through|along)\b",
            "Says where the practice sent or hurried the reader: confirms a patient relationship",
            unless=(hedged,)),
    # "your stress appointment", "your allergy visit": any one qualifier before a visit noun.
    Pattern("en.relationship.refers-reader-s-own", rf"\b{YOUR} [a-z-]+ (?:appointment|appointments|appt|visit|visits|exam|exams|session|sessions|procedure|surgery|consult|consultation|checkup|check-up|screening|test|scan|follow-up)\b(?! (?:our|the) (?:website|web ?site|site|page|blog))",
            "Refers to the reader's own visit or test: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.calls-reader-patient", rf"\bas one of our (?:[a-z-]+ ){{0,2}}(?:patients|clients|regulars|members|families|favorites|favourites)\b|\bas (?:a|an|our) (?:new |returning |existing |established |long-time |longtime |loyal |valued |current |former |first-time |regular |young )?(?:patient|client)s?,? (?:{YOU}|{YOUR})\b|\bas (?:a|an|our) (?:new|returning|existing|established|long-time|longtime|loyal|valued|current|former|first-time|regular) (?:patient|client)\b",
            "Calls the reader a (new, returning...) patient: confirms a patient relationship"),
    Pattern("en.relationship.says-practice-got-reader-2", rf"\b(?:get|got|getting|fit|fitted|fitting|squeeze|squeezed|squeezing|work|worked|working|sneak|snuck) {YOUR} (?:[a-z'-]+ ){{0,2}}(?:son|daughter|child|kids?|children|boy|girl|husband|wife|mom|mother|dad|father|little one|baby|family|parents?|partner|spouse|grandma|grandpa|teen|toddler) in\b",
            "Says the practice got the reader's family member in: confirms a patient relationship"),
    Pattern("en.relationship.mentions-reader-s-visit", rf"\b{YOUR}{GAP} {CARE}\b(?! (?:our|the) (?:website|web ?site|site|page|blog))",
            "Mentions the reader's visit or care: confirms the reviewer is a patient",
            unless=(hedged,)),
    Pattern("en.relationship.refers-particular-visit-procedure", rf"\b(?:the|that|this)(?! (?:right|best|most appropriate|appropriate|ideal) )(?:{GAP}) {ENCOUNTER}\b(?! (?:our|the) (?:website|web ?site|site|page|blog))(?! (?:process|line|system|policy|policies|reminders?|availability|options|rooms|slots?|times|area|areas|bay|bays|suite|suites|wing|floor|tables?|beds?|equipment|machines?|coordinators?|team|teams|director|manager))",
            "Refers to a particular visit or procedure: confirms the reviewer is a patient",
            unless=(practice_wide, admin_in_general, that_is_a_conjunction, standing_terms,
                    what_usually_happens, team_step_before_any_visit)),
    Pattern("en.relationship.says-practice-saw-treated", rf"\b(?:we|we've|we have|we had|we were|we'll|we will|we'd|we would|i|i've|i'd|i'll|dr\.? [a-z]+|our (?:team|staff|doctors?|dentists?|providers?|hygienists?|nurses?)|(?:the )?(?:doctor|dentist|hygienist|nurse|staff|team)) (?:(?:be|been|was|were|are|is|love|like|enjoy|enjoyed|loved|hope|look forward|can't wait|cannot wait|glad|happy|so glad|delighted|thrilled|pleased|pleasure|honored|privileged|proud|excited|eager|able|unable|never|not|always|really|truly|so|very|to|again|continue|continuing|got|get|getting|did|didn't|did not|could|couldn't|could not|should|shouldn't|have|haven't|has|hasn't|had|hadn't|to be|being|again to)\s?){{0,4}}{SEEN_VERB} {YOU}\b(?! (?:with|by) (?:a )?(?:call|phone|email))",
            "Says the practice saw, treated or served the reader: confirms (or denies) a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.talks-seeing-reader-again", rf"\b(?:see|seeing|meet|meeting) {YOU}{THEN}(?:again|soon|back|next|at|in|for|on|every|in the chair|around|there|here|then|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:week|weekend|morning|afternoon|evening))\b",
            "Talks about seeing the reader again: confirms a patient relationship"),
    Pattern("en.relationship.says-practice-saw-treated-2", rf"\b(?:saw|seen|met|treated|examined|served|cared for|took care of|taken care of) {YOU}\b",
            "Says the practice saw or treated the reader: confirms (or denies) a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.says-was-pleasure-see", rf"\b(?:nice|great|good|lovely|wonderful|pleasure|glad|happy|delight|an honor|a joy|fun) (?:it was |to |was )?(?:to )?(?:meet|meeting|see|seeing|watch|watching|have|having|treat|treating|serve|serving|work with|working with|care for|caring for|welcome|welcoming) {YOU}\b",
            "Says it was a pleasure to see or care for the reader: confirms a patient relationship"),
    Pattern("en.relationship.says-practice-got-reader-3", rf"\b(?:get|got|getting|fit|fitting|squeeze|squeezed|squeezing|work|worked) {YOU}{THEN}(?:in|into)\b|\b(?:remember|remembers|remembered|recall|recalls|recalled|recognized|recognised|recognizes|recognises|miss|misses|missed|missing|asked about|asks about|asking about|think of|thinking of|thought of) {YOU}\b(?! (?:to|that|can|may|are welcome))|\b(?:recogni[sz]ed|recogni[sz]es|recogni[sz]ing|knew|know) (?:your|ur) name\b|\b(?:bring|bringing|brought|bringin) (?:{YOUR}|the) (?!(?:concerns?|feedback|comments?|questions?|thoughts|attention|experience|review|story|suggestions?|ideas?|frustrations?)\b)(?:[a-z'-]+ ){{0,2}}(?:in|by|over|back|to see us|to us|to our)\b|\bto see us\b|(?<!posted )(?<!displayed )(?<!available )(?<!listed )(?<!provided )(?<!offered )(?<!done )(?<!handled )(?<!window )(?<!kiosk )(?<!desk )(?<!signs )(?<!website and )(?<!waits )(?<!wait )(?<!lines )(?<!line )(?<!delays )(?<!this )(?<!these )(?<!everyone )(?<!anyone )(?<!everything )(?<!each family )(?<!each patient )(?<!collected )(?<!paid )(?<!due )(?<!verified )(?<!estimate )(?<!disclosed )(?<!explained )(?<!option )(?<!options )(?<!posted )(?<!signs )(?<!in-network with )(?<!in network with )(?<!confirmed )(?<!requested )(?<!signed )(?<!completed )\b(?:at|during|after) (?:check-in|check in|checkin|checkout|check-out|registration)\b(?! (?:questions?|forms?|paperwork|process|kiosks?|desk|staff|times?|procedures?|windows?|steps?|screens?|tablets?))",
            "Says the practice got the reader in, remembers or missed them: confirms a patient relationship",
            unless=(at_no_occasion, if_ever_a_patient)),
    Pattern("en.relationship.says-practice-saw-treated-3", rf"\b(?:meet|meeting|met|see|seeing|saw|seen|treat|treating|treated|examine|examined|care for|caring for|cared for|take care of|took care of|taking care of|serve|served|serving|vaccinate|vaccinated) {YOUR} (?:[a-z'-]+ )?(?:son|daughter|child|children|kids|kid|boy|girl|husband|wife|mom|mother|dad|father|family|little one|baby|babies|newborn|parents?|partner|spouse|grandma|grandpa|grandmother|grandfather|grandchild|grandkids|twins|teen|toddler)\b",
            "Says the practice saw or treated the reader's family member: confirms a patient relationship"),
    Pattern("en.relationship.refers-particular-visit-procedure-2", rf"\b(?:during|after|before|at|for|since|from|about) (?:his|her|their|the|that|this|those|these) (?:[a-z'-]+ )?(?:{ENCOUNTER}|results|test results|labs|lab work|x-rays|scans?|prescription|referral|stitches|braces|crown|filling|implant|shots?|vaccines?)\b(?! (?:itself|themselves|process|line|system|policy|policies|reminders?|availability|options))",
            "Refers to a particular visit, procedure or result: confirms the reviewer is a patient",
            unless=(practice_wide, same_in_condition, team_step_before_any_visit)),
    Pattern("en.relationship.says-whether-reader-practice", r"\b(?:our|the) patient (?:list|roster|records?|database|files?|charts?|system|registry|rolls?)\b|\b(?:appear|appears|show up|shows up|listed|registered|found|on file) (?:in|on) (?:our|the) (?:system|records|files|database|schedule|books|patient)\b(?! portals?)|\b(?:nobody|no one|anyone|anybody|someone|no patient|any patient|a patient) (?:by|with|under|named|called) (?:that|this|your|the) (?:name|names)\b|\b(?:nobody|no one) (?:by|named|called)\b",
            "Says whether the reader is in the practice's records: confirms or denies patient status"),
    Pattern("en.relationship.describes-reader-s-interaction", rf"\b(?:the|our|your|that) (?:{CLINICIAN}|staff|staff member|front desk|receptionist|office manager|team|team member|assistant|billing (?:team|office|staff)|scheduler) (?:[a-z']+ )?(?:was|were|seemed|had been|has been|got|acted|came across|sounded)(?: [a-z']+){{0,3}} (?:with|to|toward|towards|at) {YOU}\b|\bcheck(?:ed|ing)? {YOU}{THEN}(?:in|out)\b|\b(?:your|ur) (?:loyalty|patronage|continued trust|years with us)\b|\bwith us (?:since|for (?:years|\d+ years|so long|many years|a long time|over))\b",
            "Describes the reader's interaction with staff or history with the practice: confirms a patient relationship"),
    Pattern("en.relationship.refers-reader-s-time", rf"\b(?:enjoyed|loved|liked|miss|missed) (?:working with|meeting|seeing|treating|caring for|having|helping|serving|talking with|chatting with|visiting with) (?:{YOU}|{YOUR})\b|\bworked with {YOU}\b|\b(?:sorry|apologi[sz]e|apologies|apologizing|regret) (?:for|about) (?:that|your|such a|this) (?:long |lengthy |extended |unexpected )?(?:wait|delay)s?\b|\b(?:sorry|apologi[sz]e|apologies|apologizing|regret) (?:for|about) the (?:long |lengthy |extended |unexpected )?(?:wait|delay)s? (?:you(?! (?:describ|mention|wrote|shared|raised|note|brought))|in (?:the|our)|at (?:the|our)|during|for (?:your|the|an?)|to be seen|before|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|the)|last|this|yesterday|today)\b|(?<!you're )(?<!you are )\b(?:you|ya|u|your|wait|waits|waited|waiting|sat|sit|sitting|stood|standing|left|kept)\b(?: [a-z',]+){{0,4}} in (?:the|our) (?:lobby|waiting room|waiting area|reception area|exam rooms?|treatment rooms?)\b",
            "Refers to the reader's time with the practice (waiting, being seen): confirms a patient relationship",
            unless=(people_in_general,)),
    Pattern("en.relationship.welcomes-reader-practice", r"\bwelcome (?:you )?back\b|\bwelcome (?:you )?to (?:our|the) (?:[a-z-]+ ){0,2}(?:family|practice|office|clinic|patient|fam|famjam|tribe|squad)\b|\b(?:practice|patient|office|clinic|dental|smile|care) family\b(?! (?:medicine|dentistry|practice|physicians?|doctors?|planning|therapy|counseling|nurse practitioners?|health|law)\b)",
            "Welcomes the reader (back) to the practice: confirms a patient relationship"),
    Pattern("en.relationship.thanks-reader-coming-choosing", rf"\b(?:thanks?|thank {YOU}|grateful|appreciate (?:it|you)?) (?:so much |very much |again |a lot )?(?:for|about) (?:coming|stopping|dropping|popping|visiting|choosing(?! to (?:share|write|leave|post|tell|let|voice|give|take the time|reach|speak))|picking(?! up the phone)|selecting|trusting (?:us|our)(?!(?: [a-z-]+){{0,2}} with (?:your|this|these|the|such) (?:[a-z-]+ )?(?:feedback|concerns?|review|thoughts|comments|story|words|perspective|honesty))|allowing us|letting us(?! know| hear)|giving us the (?:opportunity|chance|privilege)(?! to (?:do better|improve|make (?:it|this|things) right|respond|reply|address|hear|learn|look into|listen|talk|connect|make))|being (?:a |an |our |such an? |one of our )(?:[a-z-]+ ){{0,2}}(?:patients?|clients?|members?)|being (?:a )?part of (?:our|the) (?:[a-z-]+ ){{0,3}}(?:family|practice)|your (?:visit|loyalty|patronage|business|continued)|the (?:visit|opportunity to (?:care|treat|serve|see))|your (?:recent |continued )?(?:loyalty|patronage)|your continued (?:trust|confidence))\b(?! (?:by |over |in )?(?:on )?(?:our|the|this) (?:website|web ?site|site|page|blog|online|feedback|review|comment|profile|listing|booth|table|stand|event|post))",
            "Thanks the reader for coming in or choosing the practice: confirms a patient relationship"),
    Pattern("en.relationship.says-reader-chose-trusted", r"\b(?:choosing|chose|choose|trusting|trusted|trust|selecting|picking) (?:us|our (?:practice|office|clinic|team|doctors?|dentists?)) (?:for|with|to)\b(?! (?:your|this|these|the|such) (?:[a-z-]+ )?(?:feedback|concerns?|review|thoughts|comments|story|words|perspective|honesty)\b)",
            "Says the reader chose or trusted the practice for care: confirms a patient relationship",
            unless=(hedged, people_in_general)),
    Pattern("en.relationship.says-whether-reader-was", rf"\b{YOU}{THEN}(?:are|were|'re|re|r|have been|'ve been|became|become|will be|remain|being|aren't|are not|weren't|were not|have never been|'ve never been|never were|were never|are no longer|used to be)(?: [a-z'-]+){{0,4}} (?:patients?|clients?|patient of ours|members?|regulars?)\b",
            "Says whether the reader is or was a patient", unless=(hedged,)),
    Pattern("en.relationship.calls-reader-one-practice", r"\b(?:one|none) of (?:our|my|the practice's) (?:[a-z'-]+ ){0,2}(?:patients|clients)\b(?! (?:are|is|deserves?|should|must|can|have|has|receive)\b)",
            "Calls the reader one of the practice's patients: confirms a patient relationship"),
    Pattern("en.relationship.speaks-reader-s-clinician", rf"\b(?:as|being|like) {YOUR} (?:[a-z'-]+ )?{CLINICIAN}\b|\b{YOUR} (?:[a-z'-]+ )?{CLINICIAN},? (?:dr|doctor)\b|\b(?:our|a|the) (?:loyal |long-time |longtime |valued |new |favorite |favourite |wonderful )?(?:patient|client)s? (?:like|such as) {YOU}\b|\b{YOU} as (?:a|our) (?:[a-z-]+ )?(?:patient|client)\b",
            "Speaks as the reader's clinician or calls the reader a patient: confirms a patient relationship"),
    Pattern("en.relationship.says-reader-came-waited", rf"(?<!or just )(?<!or simply )(?<!call or )(?<!phone or )(?<!email or )(?<!they )(?<!everyone )(?<!anyone )(?<!people )(?<!patients )(?<!families )(?<!who )(?<!before )(?<!before you )(?<!prior to )(?<!call )(?<!calls )(?<!welcome to )(?<!we'll be )(?<!we will be )(?<!we'd be )(?<!we're )(?<!we are )(?<!tests )(?<!results )(?<!usually )(?<!typically )(?<!normally )(?<!message that )(?<!messages that )(?<!call that )(?<!calls that )(?<!email that )(?<!that )\b(?:come|came|coming|comes|stop|stopped|stopping|drop|dropped|dropping|pop|popped|head|back|return|returned|returning|walked|walk) (?:in|by|back|over|to see us|to our (?:office|clinic|practice)|into (?:our|the) (?:office|clinic))\b(?! (?:to )?(?:the |our )?(?:website|web ?site|site|page|blog))(?! (?:half|\d+%?|a third|a quarter|significantly|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|soon|next (?:week|month|year|spring|summer|fall))\b)(?! (?:anytime|any time|our front desk|the front desk|during (?:our )?(?:regular |normal |office |business |clinic |walk-in )*hours|to (?:talk|chat|speak)|or (?:call|give us a call|email|text|phone|reach)))|\b{YOU}{THEN}(?:stopped (?:by|in)|dropped (?:by|in)|popped (?:by|in)|walked in|swung by|came(?! away)|come(?! away)(?<!before you come)(?<!before u come)|visited|were here|were in|arrived|checked in|waited|were waiting|left our|left the office|were with us|were seen|were treated|were examined|had (?:an? |your )?(?:appointment|visit|exam|procedure|cleaning|surgery)|were in (?:our|the) (?:office|clinic|chair|waiting room|exam room))\b",
            "Says the reader came in, waited or returned: confirms a patient relationship",
            unless=(hedged, practice_wide, open_invitation, people_in_general_can,
                    staff_are_subject)),
    Pattern("en.relationship.refers-time-reader-was", rf"\b(?!before you (?:come|arrive|visit)\b(?!(?: in| by)? (?:next|tomorrow|on|this|for your|again)))(?:when|while|since|after|before|during the time|the day|the time|each time|every time|next time|last time) {YOU}{THEN}(?:were|was|are|came|come|visited|visit|stopped|arrived|arrive|check in|checked in|show up|showed up|walk in|walked in|pull up|left|waited|saw|see|had|have|get|got|'re)\b(?! (?:reading|writing|calling|not feeling|feeling|sick|ill|unwell|in pain|hurting|worried|anxious|nervous|scared|stressed|busy|tired|exhausted|upset|frustrated|overwhelmed|angry|afraid|grieving|looking for|searching for|trying to|hoping for|new to|a parent|juggling|caring for|sitting|waiting|stuck|on hold))",
            "Refers to a time the reader was at the practice: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.invites-reader-back-care", r"(?<!results )(?<!result )(?<!tests )(?<!labs )\b(?:come|coming|came|welcome|return|back|stop by|drop by|visit) (?:again|back)\b|\bnext time,? (?:you|we|try|use|book|bring|ask|call|schedule|come|log in|download|open)\b|\b(?:see|seeing) (?:you|u) (?:soon|again|next)\b|\bback in (?:the|our) (?:chair|office|clinic)\b|\bcome see us\b|\bcome visit us\b",
            "Invites the reader back for care: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.denies-seeing-reader-finding", r"(?<!what we do and )(?<!what we do or )(?<!what we can and )(?<!have or )(?<!has or )\b(?:never|not|no longer|haven't|hasn't|have not|has not|didn't|did not|don't|do not|cannot|can't|couldn't|could not|unable to|not able to|failed to) (?:ever |actually |even |yet |previously |once )?(?:has |have |had )?(?:been |be )?(?:seen|treated|visited|examined|registered|enrolled|checked in|served|met|cared for|find|found|locate|located|see|treat|have any record|had any record|have a record|has a record|have (?:you|your|this|that|a|any) (?:name|record|file|chart|information|info|visit|appointment)|in our (?:system|records|files|database|charts?|books|schedule))\b(?! (?:people|patients|anyone|everyone) (?:strictly |simply |just |only )?(?:in (?:the )?order|by (?:order of )?arrival|first-come))(?! (?:anything|a way|the time|what|how|why|where|whether|beyond|past|behind|into|through|inside))",
            "Denies seeing the reader or finding them in the records: denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("en.relationship.says-practice-has-record", rf"\bno (?:record|records|file|files|chart|charts|history|sign|evidence|trace|information|info|account|appointment|visit|indication)s? (?:of|that|for|showing|indicating|under|matching|with) (?:{YOU}|{YOUR}|this|that|the|a|an|any|such|anyone|anybody|someone|a person|the (?:reviewer|person|patient|name))\b",
            "Says the practice has no record of the reader: denying patient status is also disclosure"),
    Pattern("en.relationship.says-reader-patient", r"\b(?:not|n't|never) (?:been )?(?:a |one of our |our |an established |an existing |a current |a registered |a former )?(?:patient|client)s? (?:here|of ours|of our|at our|with us|in our|of this|at this)\b|\bnot (?:in|on|found in) (?:our|the) (?:system|records|files|database|charts?|books|schedule|roster|list)\b|\bnever (?:been )?(?:here|to our (?:office|clinic|practice)|in our (?:office|clinic|practice|chair))\b",
            "Says the reader is not a patient: denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("en.relationship.speaks-reader-patient-practice", r"\b(?:patient|client) (?:of ours|here|with us|at our (?:practice|office|clinic))\b",
            "Speaks of the reader as a patient of the practice", unless=(hedged, in_disclaimer)),
    Pattern("en.relationship.talks-reader-s-appointments", rf"\b(?:schedule|book|reschedule|confirm|cancel|cancelled|canceled|moved|move) {YOUR}\b|\b{YOUR} (?:next|upcoming|scheduled|follow-up) (?:[a-z-]+ )?(?:time|date|slot|one)\b",
            "Talks about the reader's appointments: confirms a patient relationship"),
    Pattern("en.relationship.places-reader-practice-s", r"(?<!seen )(?<!viewed )(?<!looked at )\b(?:in|at|from|during|after|before) (?:the|our) (?:exam|treatment|procedure|operating|waiting|recovery|consultation) room\b|\b(?:in|from) (?:the|our) (?:dental |dentist's )?chair\b",
            "Places the reader in the practice's rooms: confirms a visit",
            unless=(hedged, practice_wide, practice_had_its_rooms_serviced, free_amenity,
                    general_rule, people_in_general, how_it_can_seem, posted_in_the_room)),
    Pattern("en.relationship.refers-reader-s-time-2", r"\b(?!(?:(?<=sharing )|(?<=share )|(?<=shared ))(?:your|ur) experience with us\b)(?:your|ur) (?:experience|time|stay|wait|visit) (?:with|at|in) (?:dr|doctor|our|the|us)\b(?! (?:community|public|world|others|everyone|readers|internet|neighborhood))",
            "Refers to the reader's time at the practice: confirms a patient relationship"),
    # Added by the red-team batch (tests/guardrails/cases_probe/redteam_en.jsonl).
    Pattern("en.relationship.refers-reader-s-trip", r"\b(?:drive|ride|trip|commute|flight) (?:home|back)\b(?! (?:to|from) (?:our|the) (?:website|site|page))|\b(?:long |short |busy |rough |tough |hard |difficult |stressful |frustrating |whole |entire |early |late )?(?:morning|afternoon|evening|day|hour|hours|minutes|half hour|night|week|weekend) (?:with us|in our (?:office|clinic|chair|care)|at our (?:office|clinic|practice))\b",
            "Refers to the reader's trip to or time at the practice: confirms a patient relationship"),
    Pattern("en.relationship.passes-staff-member-s", r"\b(?:says|said|sends|sent|sending|asked (?:me|us) to say|asks (?:me|us) to say) (?:you )?(?:hi|hello|hey|hugs|love|hi to you|hello to you|(?:her|his|their) (?:best|love|regards|greetings|best wishes|well wishes|hellos?))\b",
            "Passes on a staff member's greetings: says the staff know the reader"),
    Pattern("en.relationship.says-reader-chose-switched", rf"\b{YOU}(?:'ve|'d| have| had)? (?:once |first |originally |recently |finally |always |really )?(?:chose|chosen|picked|selected|trusted|switched to|transferred to|decided on|settled on|moved to|stuck with|stayed with) (?:us|our (?:practice|office|clinic|team|group|doctors?|dentists?|providers?))\b",
            "Says the reader chose or switched to the practice: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.holds-books-slot-reader", rf"\b(?:save|saved|saving|hold|held|holding|keep|reserve|reserved|reserving|find|found|block|blocked|pencil|penciled|pencilled|grab|grabbed|set aside) {YOU}{THEN}(?:a|an|the|your|that) (?:[a-z-]+ )?(?:spot|slot|opening|time slot|appointment|appt|place|seat|chair|room|bed)\b|\b(?:put|get|got|have|add|added|slot|slotted|pencil|penciled|book|booked|keep|kept) {YOU}{THEN}(?:[a-z-]+ )?(?:on|in|into) (?:the|our) (?:schedule|calendar|books|book|list|waitlist|wait list|cancellation list)\b",
            "Holds or books a slot for the reader: confirms a patient relationship"),
    Pattern("en.relationship.praises-how-reader-behaved", rf"\b{YOU}{THEN}(?:were|was|are|'re|re|did|handled|took it|made) (?:(?:such|a|an|so|really|truly|very|real|total|absolute|little|like a|the|our|us|it|all)\s){{0,3}}(?:trooper|champ|champion|rock ?star|superstar|star patient|hero|so brave|very brave|brave|tough cookie|model patient|pro|great patient|good patient|favorite|favourite|sweetheart|joy to (?:treat|see|work with))\b|\b{YOU} did (?:so |such |really |very |an? |amazingly |incredibly )?(?:well|great|amazing|awesome|fantastic|wonderful|a great job|a good job|an amazing job|a fantastic job)\b(?! (?:describing|explaining|writing|sharing|putting))",
            "Praises how the reader behaved during care: confirms a patient relationship"),
    Pattern("en.relationship.says-whether-reader-one", r"\b(?:one|none|any|neither|not one|never one) of ours\b|\b(?:never|not|n't) (?:ever |really |actually )?(?:our patient|our client)\b(?! (?:to|for|alone|too))",
            "Says whether the reader is one of the practice's patients: confirms or denies patient status",
            unless=(hedged,)),
    Pattern("en.relationship.says-practice-enjoyed-seeing", rf"\b(?:enjoyed|loved|liked|enjoy|love|like|miss|missed|appreciated|appreciate|valued) (?:having|seeing|meeting|treating|hosting|welcoming|chatting with|talking with|visiting with|getting to know|catching up with|working on) {YOUR} (?:[a-z'-]+ )?(?:son|daughter|child|children|kids?|boy|girl|husband|wife|mom|mother|dad|father|family|little one|baby|parents?|partner|spouse|grandma|grandpa|teen|toddler|smile|visit|visits)\b",
            "Says the practice enjoyed seeing the reader or their family: confirms a patient relationship"),
    Pattern("en.relationship.describes-meeting-talking-reader", rf"\b(?:chatted|talked|spoke|visited|laughed|caught up|joked) with {YOU}{THEN}(?:at (?:the|our)|in (?:the|our)|during|while|before your|after your|last|yesterday|earlier|the other|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:chatting|talking|speaking|visiting|laughing|catching up|joking) with {YOU}{THEN}(?:at (?:the|our) (?:front desk|desk|counter|front|check-in|checkout|reception)|in (?:the|our) (?:lobby|waiting room|exam room|chair|hallway|office)|during your|last (?:week|time|month|visit)|yesterday|the other day)\b|\bput (?:a|the) faces? (?:to|with) (?:the|a|your) names?\b|\bin good hands (?:with us|here|at our)\b|(?:(?<=\bfor you )|(?<=\bwith you )|(?<=\bfor ya )|(?<=\bwith us )|(?<=\bhere )|(?<=\bour office )|(?<=\bour chair ))next time\b|\bnext time (?:too|as well)\b",
            "Describes meeting or talking with the reader in person: confirms a patient relationship"),
    Pattern("en.relationship.says-staff-helped-answered", rf"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bfelt )|(?<=\bwas so )|(?<=\bwere so )|(?<=\bwas very )|(?<=\bwere very )|(?<=\bwas really )|(?<=\bwere really ))(?:glad|happy|delighted|thrilled|able|honored|proud|grateful) to (?:help|assist|meet|see|treat|serve|work with|chat with|talk with|care for|look after|welcome|answer|address|explain|go over|walk through|discuss) {YOU}\b|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bfelt )|(?<=\bwas so )|(?<=\bwere so ))(?:glad|happy|delighted|able) to (?:answer|address|explain|go over|walk through|review|discuss) (?:all |each |every )?(?:of )?{YOUR}\b|\b(?:answered|addressed|explained|went over|walked through) (?:all |each |every )?(?:of )?{YOUR} (?:[a-z'-]+ )?(?:questions|concerns|options|results|plan|case)\b|\b(?:helped|assisted|walked|guided) {YOU}{THEN}(?:through|with|sort|fill|figure|get|set|understand|find|out|to)\b|\b(?:help|helping|assist|assisting) {YOU}{THEN}(?:sort out|sort through|fill out|fill in)\b",
            "Says the staff helped or answered the reader: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.refers-reader-s-company", rf"\b(?:enjoyed|loved|liked|appreciated|miss|missed|will miss|'ll miss) {YOUR} (?:company|visit|visits|smile|energy|humor|sense of humor|positivity|kindness|stories|spirit|good humor|cheerfulness|laugh|jokes|enthusiasm|questions)\b|\b(?:be|being|been) (?:a |a small |a big )?part of {YOUR}(?! (?:community|neighborhood|neighbourhood|town|city|area|day|morning|weekend|routine))\b",
            "Refers to the reader's company or journey with the practice: confirms a patient relationship"),
    Pattern("en.relationship.mentions-reader-s-child", rf"(?<!you and )\b{YOUR}(?! (?:neighborhood|neighbourhood|local|hometown|community|friendly|go-to|trusted)\b) (?:[a-z'-]+ )?(?:{CLINICIAN}|doctors|dentists|providers|nurses|hygienists|therapists|counselors|(?:[a-z-]+ )?journey|son|sons|daughter|daughters|child|kid|kids|children|twins|triplets|boy|boys|girl|girls|little one|little ones|baby|babies|toddler|teen|teenager|newborn|infant|husband|wife|spouse|partner|mom|mother|dad|father|parents?|grandma|grandpa|grandmother|grandfather|grandchild|grandchildren|grandkids|granddaughter|grandson|stepson|stepdaughter)\b|\b(?:host|hosting|hosted|welcome|welcomed|welcoming|have|had|having|see|saw|seeing|serve|served|serving) (?:{YOUR} (?:whole |entire |lovely |wonderful )?|the (?:whole|entire) |all (?:of )?the )(?:family|crew|household|bunch|gang|kids)\b",
            "Mentions the reader's child, family member, clinician or health journey: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("en.relationship.says-reader-was-turned", rf"\b(?:turn|turned|turning|send|sent|sending) {YOU}{THEN}(?:away|home|back home)\b|\bopen(?:ing|ed|s)? up to (?:us|our|me|your)\b|\bfelt (?:so |more |very |really |truly |finally )?(?:comfortable|safe|at ease|at home|welcome|welcomed|heard|cared for|supported|understood) (?:with us|here|in our|at our|opening|sharing|talking|coming)\b|\b(?:see|seeing|saw|seen|meet|meeting|met|check on|checking on) {YOUR}(?: [a-z'-]+)? (?:smile|smiles|face|faces|little ones?|kids|family|teeth|grin|progress)\b",
            "Says the reader was turned away, opened up, or will be seen: confirms a patient relationship"),
    Pattern("en.relationship.refers-reader-s-sessions", r"\b(?:sessions|appointments|visits|treatments|exams|adjustments|injections|shots|infusions|procedures|surgeries)\b(?= (?:have (?:helped|given|made|been helping|really helped)|has (?:helped|given)|helped|gave|made you|left you|went (?:well|smoothly|okay|ok|badly|long|fine)|seem to (?:help|be helping)|seemed to|are helping|are working|worked for|work for you|did(?:n't| not) help))",
            "Refers to the reader's sessions or appointments: confirms a patient relationship"),
    Pattern("en.relationship.points-private-channel-personal", r"\b(?:message|messaging|dm|inbox|ping|find|add|friend|follow|contact|reach) (?:me|him|her|them|our (?!(?:page|office|practice|team|clinic|account|profile|group)\b)[a-z]+|dr\.? [a-z]+) (?:on|via|through|over) (?:linkedin|facebook|fb|instagram|ig|twitter|x|tiktok|messenger|whatsapp|snapchat|telegram|signal|wechat|slack|discord|social media)\b|\b(?:my|his|her|their|the doctor's|dr\.? [a-z]+'s) (?:direct line|personal line|private line|personal phone|private number|cell|mobile|home number|home phone|personal email|private email|gmail|yahoo)\b",
            "Points to a private channel or a personal line instead of the practice's own contact"),
    Pattern("en.relationship.describes-how-staff-handled", rf"\b(?:the|our|that) (?:[a-z-]+ )?(?:{CLINICIAN}|staff member|receptionist|front desk|tech|technician|assistant|medical assistant|scheduler) (?:didn't|did not|failed to|forgot to|neglected to|wasn't able to|was not able to|couldn't|could not|should have|never) (?:explain|tell|call|listen|check|answer|mention|return|look|examine|ask|give|review|go over|update|clean|wash|introduce)\b|\bback (?:on|in|at) (?:the|your) (?:[a-z-]+ )?(?:field|court|ice|slopes|track|bike|mat|pitch|diamond|rink|trail|game|pool|golf course|gym|dance floor|saddle)\b|\bback to (?:school|sports|practice|the gym|playing|your old self|full strength|your routine|the field|the court)\b|\b(?:wait|waited|waiting|hear|heard|hearing) (?:on|for|back from) (?:the|your) (?:lab|labs|results|pharmacy|radiologist|x-rays?|scan|insurance|insurer|authorization|specialist|pathology|culture|biopsy)\b|\btook (?:two|three|four|several|multiple|a few|\d) (?:tries|attempts|sticks|pokes)\b",
            "Describes how the staff handled the reader's care or the reader's recovery: confirms a patient relationship"),
]

# "Whether/if you are a patient" and privacy disclaimers confirm nothing.
HEDGES = (
    r"\b(?:whether|if|even if|regardless of whether|whether or not|confirm or deny|"
    r"neither confirm nor deny|can't confirm|cannot confirm|can not confirm|can't even confirm|"
    r"unable to confirm|not able to confirm|won't confirm|will not confirm|do not confirm|"
    r"don't confirm|can't say|cannot say|can't disclose|cannot disclose|anyone who|"
    r"anybody who|everyone who|all who|those who|any patient who|patients who|"
    r"someone who|people who|whoever|any person who|when (?:someone|anyone|a person))\b"
)

TREATMENT_DISCLOSURE = [
    Pattern("en.treatment.says-what-clinician-found", rf"\b(?:our|the|your|ur) (?:{CLINICIAN}|tech|technician|assistant) (?:[a-z]+ )?(?:noted|found|saw|noticed|observed|detected|diagnosed|recommended|prescribed|ordered|referred|documented|charted|measured|tested|removed|adjusted|fitted|repaired)\b|\b(?:retinal|dental|intraoral|x-ray|panoramic|ultrasound|scan) (?:photos?|images?|pictures?|scans?|imaging)\b|\b(?:contacts?|contact lens|glasses|frames|lenses|hearing aid|retainer|aligner) (?:trial|fitting|fit|refit|adjustment|order|prescription)s?\b|\b{YOUR} (?:new|brand-new|brand new|improved|straighter|whiter|healthier|perfect) (?:smile|teeth|vision|eyesight|skin|look)\b",
            "Says what a clinician found or did, or describes the reader's results: discloses treatment",
            unless=(practice_wide, admin_in_general, if_ever_a_patient, standing_terms)),
    Pattern("en.treatment.talks-reader-s-crown", r"\b(?:the|that|this|those|these|your|ur|his|her|their) (?:new |temporary |temp |permanent |final |replacement |old |first |second )?(?:crowns?|bridge|bridgework|veneers?|dentures?|partials?|night ?guards?|mouth ?guards?|cast|walking boot|boot|sling|splint|brace|crutches|glasses|lenses|contacts|contact lenses|frames|hearing aids?|retainers?|aligners?|braces|implants?|fillings?|stitches|sutures|inhaler|cpap|cpap mask|pump|monitor|orthotics?|insoles?)(?: (?:prep|preparation|fitting|placement|seat|seating|procedure|work|appointment|adjustment|removal|repair|impression|impressions|mold|molds))?\b(?= (?:feels?|felt|fits?|fitted|looks?|looked|is|are|was|were|came|broke|cracked|fell|popped|hurts?|hurt|bothers?|bothered|should|will|needs?|needed|has|had|still|now|finally|turned out|arrived|helps?|helped|helping|works?|worked|working|seems?|seemed|rubs?|rubbed|rubbing|pinches|pinched|slips?|slipped|keeps?|kept|took|takes|made|makes|left|gave|caused|causes|irritated|irritates|did|does|doing|itch|itches|itched|itchy|settles?|settled|settling|holds?|held|holding|stays?|stayed|won't|wouldn't|didn't|doesn't|can|could))|\b(?:the|your|ur) (?:new|temporary|temp|permanent|final|replacement) (?:crowns?|bridge|veneers?|dentures?|partials?)\b",
            "Talks about the reader's crown, bridge, dentures or other device: discloses treatment"),
    # Appliances the lexicon leaves out because the bare word is ambiguous elsewhere.
    Pattern("en.treatment.mentions-dental-appliance", r"\b(?:aligner |invisalign |whitening |bleaching |clear |retainer |impression |fluoride )?trays?\b(?! of)|\b(?:palate |palatal )?expanders?\b|\bspacers?\b|\bheadgear\b|\b(?:rubber bands|elastics)\b",
            "Mentions a dental appliance (trays, expander, spacers, elastics): discloses treatment",
            unless=(practice_wide, priced_for_everyone)),
    Pattern("en.treatment.describes-reader-s-body", rf"\b{YOUR}{GAP} (?:{words('skin', 'teeth', 'tooth', 'gums', 'mouth', 'jaw', 'bite', 'knee', 'knees', 'hip', 'hips', 'back', 'shoulder', 'shoulders', 'neck', 'spine', 'ankle', 'wrist', 'foot', 'feet', 'leg', 'arm', 'arms', 'hand', 'eyes', 'eye', 'vision', 'eyesight', 'heart', 'blood pressure', 'blood sugar', 'sugar', 'sugars', 'cholesterol', 'weight', 'lungs', 'breathing', 'rash', 'face', 'scalp', 'hair', 'nails', 'sinus', 'sinuses', 'ear', 'ears', 'throat', 'stomach', 'belly', 'bowels', 'bladder', 'kidneys', 'liver', 'thyroid', 'mood', 'mental health', 'anxiety', 'levels', 'numbers', 'a1c', 'elbow', 'elbows', 'joint', 'joints', 'muscle', 'muscles', 'posture', 'mobility', 'range of motion', 'pelvis', 'tailbone', 'lower back', 'upper back', 'migraines', 'headaches', 'baby', 'pregnancy', 'labor', 'delivery', 'son', 'daughter', 'child', 'kids', 'children', 'little one', 'newborn', 'toddler', 'infant')})\b(?: (?:is|are|was|were|did|does|has|have|looks?|looked|feels?|felt|got|gets|getting|seems?|seemed|healed|healing|improved|improving|better|worse|doing|moving|moves|bending|bends|aligned|alignment|flexibility|range|clearing|cleared|recovering|recovered|responded|responding|feeling|progress|condition|health|issue|issues|problem|problems|pain|symptoms|concern|concerns|care|treatment|diagnosis|recovery|results|shots|vaccines|checkup)\b)",
            "Describes the reader's body or health: discloses clinical information"),
    Pattern("en.treatment.describes-how-condition-treatment", r"(?<!times )(?<!wait )(?<!waits )(?<!lines )(?<!phones )(?<!systems )(?<!hours )(?<!things )\b(?:is|are|has been|have been|was|were|seems?|looks?) (?:finally |now |much |so much |a lot |already |still |fully )?(?:healing|healed|clearing up|cleared up|under control|improving|improved|in remission|recovering)\b(?= for you| nicely| well| so well|\.|!|,|$)",
            "Describes how a condition or treatment is going: discloses clinical information"),
    Pattern("en.treatment.talks-reader-s-recovery", r"\b(?:in|with|without|had|have|has|felt|feel|feeling|any|so much|severe|lingering|ongoing|more|less|no more|still in|left in) pain\b|\b(?:feel|feels|feeling|felt) (?:so much |much |a lot |a little |a bit )?better\b|\bget(?:ting)? well\b|\bon the mend\b|\bback on (?:your|ur|their|his|her) feet\b|\bpain[- ]free\b|\brecover(?:ing|ed|y)\b(?! (?:timelines?|times?|support|expectations|groups?|programs?|rooms?|suites?|areas?|vary|varies|differs?|depends?))|\bheal(?:s|ed|ing)?\b(?! (?:environment|place|space|mission|arts))",
            "Talks about the reader's recovery or symptoms: discloses clinical information",
            unless=(practice_wide, about_everyone, practice_changed_its_premises, hedged,
                    for_everyone)),
    Pattern("en.treatment.mentions-test-results", r"(?<!access to )(?<!messages and )\b(?:test|lab|blood|biopsy|scan|x-ray|mri|screening|pathology|imaging) (?:results?|report|findings)\b",
            "Mentions test results: discloses clinical information",
            unless=(practice_wide, general_rule, admin_in_general, in_disclaimer, if_ever_a_patient)),
    # Added by the red-team batch: what a procedure did to the reader ("left you sore").
    Pattern("en.treatment.describes-how-procedure-left", rf"\b(?:left|leave|leaves|leaving|made|make|makes|making|kept|keeps|got|gets) {YOU}{THEN}(?:(?:so|very|really|a bit|a little|feeling|still|quite|pretty|super|extra|more)\s){{0,2}}(?:sore|numb|sensitive|swollen|bruised|dizzy|nauseous|nauseated|queasy|groggy|woozy|achy|aching|tender|itchy|bleeding|in pain|light-headed|lightheaded|faint|sleepy|drowsy|blurry|stiff)\b|\b{YOU}{THEN}(?:were|was|felt|feel|feeling|are|'re|got|get|still feel|still felt|woke up|ended up) (?:(?:so|very|really|a bit|a little|still|quite|pretty|super|extra)\s){{0,2}}(?:sore|numb|swollen|bruised|dizzy|nauseous|nauseated|queasy|groggy|woozy|achy|tender|itchy|light-headed|lightheaded|faint|drowsy|stiff)\b",
            "Describes how a procedure left the reader: discloses clinical information"),
    Pattern("en.treatment.describes-how-procedure-felt", r"\b(?:session|procedure|treatment|injection|shot|surgery|adjustment|peel|facial|laser|needle|numbing|anesthesia|scan|filling|extraction|biopsy|draw|stitches|massage|manipulation|therapy|insertion|removal|fitting|test)s? (?:(?:was|were|felt|got|seemed|has been|had been)\s)?(?:(?:so|very|really|a bit|a little|more|less|quite|pretty|super|extra|too)\s){0,2}(?:stung|stings|sting|hurt|hurts|hurting|painful|uncomfortable|rough|tender|sore|burned|burns|burning|pinched|pinches|ached|aches|throbbed|itched|bled|intense|harsh|unpleasant|awful|traumatic|scary|frightening)\b|\b(?:skin|face|scalp|lips|eyelids|gums|arm|arms|leg|legs|cheeks|forehead|neck) (?:(?:was|were|is|are|looked|looks|feels?|felt|stays?|stayed|turned|turns|gets?|got|left)\s)?(?:(?:so|very|really|a bit|a little|quite|pretty|super|extra|too|slightly)\s){0,2}(?:red|blotchy|flaky|peeling|irritated|inflamed|swollen|puffy|itchy|raw|tender|bruised|numb|blistered|broken out|discolored|scarred)\b",
            "Describes how a procedure felt or what it did to the skin or body: discloses treatment",
            unless=(for_everyone,)),
    # Multi-word clinical terms whose spaces were lost when spelled-out letters were joined
    # ("r o o t  c a n a l" folds to "rootcanal").
    Pattern("en.treatment.spells-out-clinical-term", r"\b" + words(*{t.replace(" ", "") for t in clinical_terms("en") if " " in t and "-" not in t and len(t.replace(" ", "")) >= 7}) + r"s?\b",
            "Spells out a clinical term letter by letter: discloses treatment"),
]

RECORDS_BILLING = [
    Pattern("en.records.says-practice-changed-holds", rf"\b(?:updated|update|updating|changed|changing|corrected|correcting|verified|verifying|confirmed|fixed|entered|added|removed|deleted|merged|have|had|kept|keep) {YOUR} (?:[a-z-]+ )?(?:address|addresses|phone number|email address|contact (?:info|information|details)|date of birth|birthday|last name|emergency contact|pharmacy|preferred pharmacy|demographics)\b",
            "Says the practice changed or holds the reader's personal details: confirms a patient relationship"),
    Pattern("en.records.quotes-describes-what-practice", rf"\b(?:our|the) (?:records?|files?|charts?|system|systems|database|notes|books|computer|logs?)(?: [a-z']+){{0,2}} (?:don't|do not|doesn't|does not|didn't|did not|only|go back|goes back|went back|stop|stops|start|starts)\b|\b{YOUR} (?:[a-z'-]+ ){{0,2}}on file\b|\b(?:have|has|had|keep|kept|put|added|updated|saved|store|stored|got) (?:{YOUR}|the|their|his|her) (?:[a-z'-]+ ){{0,2}}(?:insurance|card|cards|information|info|details|address|number|payment method|policy|plan|records?|paperwork|forms) (?:on file|in our system|in the system)\b",
            "Quotes or describes what the practice's records hold about the reader: discloses patient information"),
    Pattern("en.records.talks-adjusting-particular-charge", r"\bledgers?\b|\blate (?:fee|fees|charge|charges|payment|payments)\b|\b(?:removed|remove|removing|waived|waive|waiving|reversed|reverse|reversing|adjusted|adjust|adjusting|credited|wrote off|written off|write off|dropped|zeroed out|voided|void|refunded) (?:the|that|this|your|ur|a|any|those|these) (?:[a-z-]+ )?(?:charges?|fees?|balances?|bills?|invoices?|statements?|copays?|co-pays?)\b",
            "Talks about adjusting a particular charge or fee: discloses billing information",
            unless=(waived_for_a_kind_of_case,)),
    # A superbill is a receipt for out-of-network claims: one offered to everyone is policy.
    Pattern("en.records.mentions-a-superbill", r"\bsuperbills?\b",
            "Talks about a superbill (an itemised receipt for insurance): discloses billing information",
            unless=(hedged, practice_wide, for_everyone, about_everyone)),
    Pattern("en.records.mentions-reader-s-records", rf"\b{YOUR}{GAP} (?:{words('chart', 'charts', 'record', 'records', 'medical record', 'medical records', 'health record', 'health records', 'file', 'files', 'notes', 'account', 'bill', 'bills', 'billing', 'balance', 'statement', 'statements', 'invoice', 'invoices', 'claim', 'claims', 'copay', 'copays', 'co-pay', 'co-pays', 'copayment', 'co-payment', 'coinsurance', 'deductible', 'payment', 'payments', 'insurance', 'insurer', 'insurance company', 'carrier', 'plan', 'health plan', 'coverage', 'policy', 'benefits', 'eob', 'explanation of benefits', 'allowance', 'frame allowance', 'lens allowance', 'vision benefits', 'charges', 'charge', 'collections', 'refund', 'estimate', 'premium', 'out-of-pocket', 'profile', 'portal', 'patient portal', 'history', 'medical history', 'referral', 'authorization', 'pre-authorization', 'prior authorization', 'preauthorization', 'paperwork', 'intake forms', 'forms', 'receipt', 'superbill', 'reimbursement', 'reimbursements', 'reimbursement form', 'reimbursement forms', 'reimbursement request', 'member id', 'id card', 'insurance card', 'card on file', 'credit card', 'payment plan', 'past due', 'overdue', 'debt', 'fees', 'fee', 'cost', 'costs', 'bills', 'x-ray images', 'images', 'files', 'lab orders', 'orders')})\b",
            "Mentions the reader's records, account, bill or insurance: confirms a patient relationship",
            unless=(if_ever_a_patient,)),
    Pattern("en.records.quotes-practice-s-records", r"\b(?:our|the|my) (?:(?:scheduling|appointment|billing|patient|booking|phone|computer|front desk|office|intake|records|electronic) )?(?:records?|files?|system|systems|charts?|notes|database|computer|billing (?:records?|system|department|team|office)|logs?|schedule|appointment book|books|documentation|ehr|emr)(?: [a-z]+){0,2} (?:show|shows|showed|indicate|indicates|indicated|reflect|reflects|reflected|confirm|confirms|confirmed|say|says|said|state|states|note|notes|noted|list|lists|(?:have|has|had)(?! been\b)(?! (?:new|a new|hired|added|moved|extended|changed|expanded|longer|shorter|more|fewer|two|three|a second|another)\b)|(?:have|has|had) been (?:checked|reviewed|searched|pulled|looked (?:at|over|into)|flagged|marked|noted|annotated|audited|re-?checked|double-checked)|contain|contains|do not show|don't show|does not show|doesn't show|did not show|didn't show|have no|has no|show no)\b",
            "Quotes the practice's records about the reader: discloses patient information"),
    Pattern("en.records.refers-looking-up-records", r"(?<!depends )(?<!depend )(?<!depending )(?<!relies )\b(?:per|according to|based on|from|in|on|checking|checked|reviewed|reviewing|review|looked at|looking at|looked into|pulled|pulled up|searched|search|went through|going through|after reviewing|after checking|gone through|gone back through|went back through|looked back through|gone back over) (?:your|ur|our|the|his|her|their) (?:medical |dental |patient |billing |appointment |health |message |call |phone |email |voicemail )?(?:chart|charts|records|record|file|files|notes|account|system|database|history|documentation|ehr|emr|log|logs)\b(?<!voicemail system)(?<!phone system)(?<!message system)(?<!call system)(?<!email system)(?! (?:for|to) (?:handling|answering|returning|routing|scheduling|booking|improve|make|reduce|speed|shorten|cut)\b)(?!(?<=system) (?:of|for) (?:reminders|messages|calls|callbacks))",
            "Refers to looking up records: discloses patient information",
            unless=(people_in_general_can,)),
    Pattern("en.records.talks-specific-bill-claim", r"\b(?:the|that|this) (?:claim|bill|balance|copay|co-pay|copayment|invoice|statement|charge|charges|deductible|eob|collection|collections notice|outstanding balance|unpaid balance)\b|\b(?:sent|send|sending|turned|turning) (?:you|your (?:account|bill|balance)|it|the (?:account|bill|balance)) (?:to|over to) collections\b|\b(?:insurance|insurer|insurance company|carrier|plan|medicare|medicaid) (?:denied|rejected|declined|covered|paid|didn't cover|did not cover|won't cover|will not cover|doesn't cover|does not cover|refused|approved)\b",
            "Talks about a specific bill, claim or insurance decision: discloses billing information",
            unless=(hedged, introduced_as_any, billing_in_general, that_opens_a_kind)),
    Pattern("en.records.says-what-reader-was", rf"\b(?:we|we've|we have|we had|i|our (?:office|billing|team|staff)) (?:[a-z']+ ){{0,2}}(?:billed|charged|refunded|credited|invoiced|reimbursed|submitted|filed|resubmitted|sent) (?:{YOU}|{YOUR})\b|\b{YOU}{THEN}(?:owe|owed|paid|were charged|were billed|have been charged|have been billed|still owe|have a balance|had a balance|are covered|were covered|aren't covered|are not covered|were not covered)\b",
            "Says what the reader was billed or paid: discloses billing information"),
    Pattern("en.records.talks-particular-billing-problem", r"\b(?:the|that|this|your) billing (?:error|issue|mistake|problem|mix-up|mixup|question|dispute|discrepancy|concern)s?\b",
            "Talks about a particular billing problem: discloses billing information",
            unless=(that_is_a_conjunction,)),
    Pattern("en.records.says-what-practice-sent", rf"\b(?:mailed|sent|emailed|faxed|forwarded|resent|re-sent|re-mailed|send|sending|mail|mailing|fax|faxing|forward|forwarding|reissued|reissue|issued) (?:{YOU} )?(?:a|an|the|your|that|this|another|new) (?:[a-z-]+ ){{0,2}}(?:statement|statements|bill|bills|invoice|invoices|receipt|receipts|records?|chart|results|lab report|referral|prescription|superbill|eob|estimate|itemized bill|balance|claim|claims|refund check|check)\b|\bto {YOUR} (?:home|house|address|home address|mailing address|mailbox|portal|patient portal|pharmacy|insurer|insurance|insurance company|employer|new doctor|new dentist|new provider)\b",
            "Says what the practice sent the reader or where: discloses records or billing",
            unless=(general_rule, billing_in_general)),
    # Insurance and fee words in the practice's own policy pass: "we're in network with most
    # major plans", "no-show fees are waived whenever...", "many plans reimburse a portion".
    Pattern("en.records.mentions-network-status-shows", r"(?<!plans are )(?<!carriers are )(?<!insurers are )(?<!plans remain )\b(?:in|out of|outside|within) (?:your )?network\b(?! with\b)|\bno-shows?\b|\bmissed appointments?\b|\bcancellation fee\b|\blate fee\b|\bprior auth(?:orizations?|s)?\b|\bpre-?auth(?:orizations?|s)?\b",
            "Mentions network status, no-shows or fees: discloses patient account details",
            unless=(practice_wide, practice_is_subject, policy_fee)),
]
INSURERS = (
    "aetna", "cigna", "unitedhealthcare", "united healthcare", "united health care", "uhc",
    "humana", "kaiser", "kaiser permanente", "blue cross", "blue shield", "bluecross",
    "blueshield", "bcbs", "anthem", "medicaid", "medicare", "medi-cal", "medical assistance",
    "tricare", "molina", "centene", "ambetter", "wellcare", "oscar health", "highmark",
    "delta dental", "metlife dental", "guardian dental", "cigna dental", "optum", "health net",
    "healthnet", "florida blue", "premera", "regence", "carefirst", "emblemhealth",
    "geisinger", "amerigroup", "caresource", "upmc health plan", "harvard pilgrim",
    "tufts health", "wellmark", "excellus", "vsp", "eyemed", "davis vision", "chip",
    "champva", "medicare advantage", "aarp medicare", "independence blue cross", "bright health",
    "clover health", "devoted health", "priority health", "selecthealth", "medica",
    "healthpartners", "superior healthplan", "simply healthcare", "sunshine health",
    "united concordia", "dentaquest", "mcna", "liberty dental", "ameritas", "principal dental",
    "husky health", "masshealth", "tenncare", "soonercare", "badgercare", "apple health",
    "denti-cal", "obamacare", "aca plan", "marketplace plan", "cobra", "hmo", "ppo", "epo",
    "hsa", "fsa",
)

# A calendar date names one day: it identifies an encounter wherever it appears.
SPECIFIC_DATE = [
    Pattern("en.date.gives-calendar-date", r"\b(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? of (?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d-\d{2}-\d{2}\b",
            "Gives a calendar date: identifies the reviewer's visit",
            unless=(announced_date, practice_calendar)),
    # A clock time used as the name of a slot: "the 10:40 ran long", "your 3 pm".
    Pattern("en.date.names-visit-time", r"\b(?:the|your|ur|that|this|my) \d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?|o'clock)?(?= (?:ran|running|run|went|started|start|began|slot|appointment|appt|spot|time slot|got|was (?:late|delayed|moved|rescheduled|cancell?ed|pushed|running)|patient|check-in|visit))",
            "Names a visit by its time: identifies the reviewer's appointment"),
]
PERSONAL_IDENTIFIER = [
    Pattern("en.identifier.gives-date-time", r"\b(?:on|last|this past|this|next|that) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:'s)?\b(?! ?(?:mornings|afternoons|evenings|nights|-|to|through|thru)\b)(?! (?:and|or|&) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)(?!s)|\b(?:on|since|from|by|until|before|after|dated) (?:the )?(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.? \d{1,2}(?:st|nd|rd|th)?\b|\b(?:jan|january|feb|february|mar|march|apr|april|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:the )?(?:morning|afternoon|evening) of\b|(?<!every )(?<!each )\b(?:this|yesterday|tomorrow|last|friday|monday|tuesday|wednesday|thursday|saturday|sunday) (?:morning|afternoon|evening|night)\b|\b(?:yesterday|earlier today|last week|last month|the other day|a few days ago|(?:two|three|several|a couple of|\d+) (?:days|weeks) ago)\b|(?<!open )(?<!opens )(?<!close )(?<!closes )(?<!opening )(?<!closing )(?<!starting )(?<!start )\b(?:at|by|around) \d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?)(?!\w)|(?<!open at )(?<!opens at )(?<!close at )(?<!closes at )(?<!opening at )(?<!starting at )\b\d{1,2}:\d{2}\b(?!(?: ?[ap]\.?m\.?)? (?:slots?|appointments?|openings?|start|starts|hours|availability)\b)",
            "Gives a date or time (tied to a visit it identifies the reviewer's appointment)",
            unless=(announced_date, practice_changed_its_premises, practice_calendar)),
]
# Titles that introduce a person's name: "Dr. Lowe", "Nurse Kim", "hygienist Maria".
# Only abbreviations take a period: "ask for the doctor. We..." ends a sentence.
STAFF_TITLE = r"\b(?:(?:dr|dra|doc|np|pa|rn|mr|mrs|ms)\.?|doctor|nurse|hygienist|assistant|therapist|counselor|midwife|surgeon|dentist|miss) (?=[a-z])"
# Words that tie a sentence to a visit or to care (with a staff name or a date).
VISIT_CONTEXT = rf"\b(?:(?:the|your|that) (?:wait|waiting|delay|hold time)|{ENCOUNTER}|{YOUR}{GAP} {CARE}|{SEEN_VERB} {YOU}|{YOU}{THEN}(?:were|came|had an?|waited|visited|saw|arrived|left|checked in)|came in|visited|was seen|were seen|was treated|were treated|diagnosed|prescribed|examined|performed)\b"

IMPERATIVE_START = (
    r"(?:^|(?<=[.!?;:,] )|\b(?:please|just|simply|also|then|and|you should|you'll want to|"
    r"you will want to|you may want to|you need to|you must|make sure (?:to|you)|be sure to|"
    r"try to|we recommend(?: that you)?|we suggest(?: that you)?|we advise(?: that you)?|"
    r"i recommend|i suggest|we'd recommend|we would recommend|remember to|don't forget to|"
    r"it's best to|it is best to|best to|continue to|go ahead and) )"
)
ADVICE_OBJECT = words(
    "ice", "ice pack", "heat", "heating pad", "warm compress", "cold compress", "compress",
    "salt water", "saltwater", "water", "fluids", "ibuprofen", "tylenol", "advil", "aspirin",
    "medication", "medications", "medicine", "meds", "pill", "pills", "tablet", "tablets",
    "cream", "ointment", "lotion", "gel", "drops", "eye drops", "spray", "dose", "dosage",
    "antibiotic", "antibiotics", "painkiller", "painkillers", "pain reliever", "mouthwash",
    "brace", "splint", "sling", "retainer", "aligners", "night guard", "mouthguard",
    "glasses", "contacts", "contact lenses", "sunscreen", "moisturizer", "steroid",
    "steroids", "insulin", "inhaler", "supplement", "supplements", "vitamin", "vitamins",
    "prescription", "antacid", "laxative", "sugar", "salt", "caffeine", "alcohol",
    "sleep", "hot foods", "cold foods", "hard foods", "soft foods", "straw", "straws",
    "gauze", "bandage", "dressing", "stitches", "floss", "toothpaste", "sensitive toothpaste",
    "medicated", "dosing", "blood pressure", "blood sugar", "glucose", "temperature",
    # diets and regimens: "stick with the soft-food diet"
    "diet", "regimen", "exercises", "stretches", "stretching", "home care", "aftercare",
    "drinks", "liquids", "beverages", "smoothies", "soup", "soups",
)

MEDICAL_ADVICE = [
    # A home remedy ordered: "gargle warm salt water", "alternate acetaminophen and ibuprofen
    # and push fluids".
    Pattern("en.advice.remedy-order", rf"{IMPERATIVE_START}(?:gargle|rinse|swish|sip|alternate|push|drink|soak|take)\b(?: with| in)? (?:warm |cold |cool |lukewarm |plenty of |lots of |extra )?(?:salt ?water|saltwater|salt|fluids|liquids|tea|honey|acetaminophen|ibuprofen|tylenol|advil|motrin|aleve|naproxen|electrolytes?|pedialyte|gatorade|epsom)\b",
            "Orders a home remedy ('gargle warm salt water', 'push fluids'): medical advice"),
    Pattern("en.advice.suggests-remedy-symptom", r"\b(?:over-the-counter|over the counter|otc) (?:pain relievers?|pain medications?|medications?|meds|medicines?|creams?|drops|antihistamines?|ointments?)\b|\b(?:can|will|should|may|might) (?:help|ease|relieve|reduce|soothe) (?:with )?(?:the |your |any )?(?:pain|swelling|soreness|itching|sensitivity|inflammation|discomfort|symptoms?|bleeding|nausea|stiffness|tightness|tension|aches?|cramping|cramps|redness|dryness|irritation|headaches?|congestion|cough|fever|flare-ups?|breakouts?)\b|\buntil (?:the|your|it|any|that) (?:[a-z-]+ )?(?:redness|swelling|pain|soreness|itching|irritation|rash|bleeding|bruising|numbness|sensitivity|tenderness|stiffness|inflammation|symptoms?|discomfort|fever|infection|cough|breakout|flare-up|flare|scab|blister|peeling|dryness) (?:fades|goes|subsides|clears|improves|settles|stops|eases|resolves|heals|is gone|disappears|calms|passes|wears off)\b",
            "Suggests a remedy for a symptom: medical advice"),
    Pattern("en.advice.tells-reader-which-care", r"\b(?:you should|you need to|you must|you'll want to|you may want to|we recommend(?: that)? you|we suggest(?: that)? you|we advise(?: that)? you|please|be sure to|make sure to|it's best to) (?:see|visit|consult|go to|get to|call|get checked by|get seen by|follow up with) (?:a|an|your) (?:specialist|doctor|dentist|dermatologist|physician|urgent care|er|emergency room|pediatrician|surgeon|orthodontist|cardiologist|therapist|primary care)\b",
            "Tells the reader which care to seek: medical advice"),
    Pattern("en.advice.gives-aftercare-home-remedy", r"\b(?:warm |cold |hot )?(?:salt[- ]?water|saltwater) (?:rinses?|gargles?|soaks?)\b|\b(?:ice packs?|cold compress(?:es)?|warm compress(?:es)?|heating pads?)\b|\b(?:avoid|skip|stay away from|no) (?:[a-z-]+ ){0,2}(?:foods?|chewing|straws?|smoking|alcohol|lifting|exercise|strenuous|spicy|crunchy|sticky|hard foods?)\b|\bkeep (?:the|your|that) (?:area|site|wound|incision|bandage|dressing|cast|splint|stitches|eye|skin) (?:clean|dry|covered|elevated|moist)\b",
            "Gives aftercare or home-remedy instructions: medical advice"),
    Pattern("en.advice.gives-dose", r"\b\d+(?:[.,]\d+)? ?(?:mg|mcg|µg|ug|milligrams?|micrograms?|grams?|ml|milliliters?|cc|units?|iu|tablets?|tabs?|pills?|capsules?|caps|drops?|puffs?|sprays?|tsp|tbsp|teaspoons?|tablespoons?|doses?)\b(?!-?\s?(?:star|review))",
            "Gives a dose: medical advice"),
    Pattern("en.advice.gives-dosing-schedule", r"\b(?:once|twice|three times|four times|\d+ times|\dx|one time|two times|a (?:couple|few) (?:of )?times|several times) (?:(?:a|per|each|every) (?:day|night|week|hour|morning|evening)|daily|nightly)\b|\bevery (?:\d+|two|three|four|six|eight|twelve|other)(?:-\d+| to (?:\d+|four|six|eight|twelve))? (?:hours?|hrs?|days?)\b|(?<!\d )(?<!\.m\. )(?<!\bam )(?<!\bpm )(?<!open )(?<!opens )(?<!slots )(?<!appointments )(?<!openings )(?<!hours )(?<!clinic )\b(?:every|each) (?:morning|night|evening|bedtime)\b|\b(?:at bedtime|as needed(?! to\b)(?<!long as needed)|on an empty stomach|with food(?! (?:allerg|sensitiv|intoleran|restriction|preference|bank|drive|truck)[a-z]*)|with meals|before meals|after meals|prn|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d)\b",
            "Gives a dosing schedule: medical advice",
            unless=(practice_schedule, practice_routine)),
    Pattern("en.advice.tells-reader-take-stop", rf"{IMPERATIVE_START}{words('ice', 'icing', 'elevate', 'rinse', 'gargle', 'double', 'halve', 'swallow', 'inject', 'apply', 'soak', 'massage', 'compress', 'stretch', 'numb', 'stop taking', 'stop using', 'start taking', 'keep taking', 'keep using', 'continue taking', 'continue using', 'discontinue', 'ice and elevate', 'rest and ice')}\b(?= (?:it|the|your|that|this|them|twice|once|every|daily|for|with|on|a|an|some)\b)",
            "Tells the reader to take, stop, apply or change something: medical advice"),
    Pattern("en.advice.tells-reader-take-stop-2", rf"{IMPERATIVE_START}{words('take', 'use', 'stop', 'start', 'try', 'drink', 'wear', 'put', 'increase', 'decrease', 'reduce', 'skip', 'avoid', 'rest', 'brush', 'floss', 'eat', 'switch to', 'cut back on', 'hold off on', 'cover', 'clean', 'wash', 'chew', 'spray', 'check', 'monitor', 'add', 'keep', 'lower', 'raise', 'stick with', 'stick to', 'stay on', 'keep up with', 'keep up', 'follow', 'continue with')} (?:(?:the|your|some|more|less|an?|it|this|that|extra|a bit of|plenty of|two|one|three|over-the-counter|otc|warm|cold|salt|plain)\s)?(?:[a-z-]+ ){{0,2}}{ADVICE_OBJECT}\b",
            "Tells the reader to take, stop, apply or change something: medical advice"),
    Pattern("en.advice.recommends-treatment-step", r"(?<!we )(?<!we only )(?<!they )\b(?:you should|you need to|you must|you'll need to|we (?:always |usually |often |typically |generally |normally |strongly |just )?(?:recommend|suggest|advise)|our advice|our recommendation|it's important to|it is important to|make sure to|be sure to|don't|do not|avoid|never) (?:[a-z']+ ){0,3}(?:take(?! (?:a )?(?:day|days|break|breaks|holiday|holidays|vacation|time|weekend|weekends) off)|taking|stop taking|apply(?! when| to (?:anyone|everyone|all|people|patients|families|those))|use|double|increase|decrease|reduce|skip|ice|rest|elevate|rinse|eat|drink|exercise|medication|medicine|dose|dosage|antibiotics?|painkillers?|ibuprofen|tylenol|aspirin|cream|ointment|hydrocortisone|steroids?|insulin)\b(?!-)(?! (?:[a-z']+ ){0,6}for granted)(?! (?:it|this|that|them|anything|any of this|feedback) (?:lightly|personally|seriously))(?! (?:lightly|personally|seriously)\b)",
            "Recommends a treatment step: medical advice"),
]

REVIEW_INCENTIVE = [
    Pattern("en.incentive.offers-money-gift-card", r"(?<![\w$])(?<!over )(?<!above )(?<!under )(?<!below )(?<!than )\$ ?\d+(?:[.,]\d+)?(?: off| credit| gift| back)?(?!\w)|\b\d+ (?:dollars|bucks)\b|\b(?:amazon|visa|mastercard|starbucks|target|walmart|prepaid|e-gift|egift|itunes|apple|restaurant|spa|gas) (?:gift )?(?:cards?|certificates?|vouchers?)\b",
            "Offers money or a gift card ('$50', 'Amazon card'): not allowed in a public reply, and forbidden in exchange for a review",
            unless=(price_for_everyone,)),
    Pattern("en.incentive.makes-something-depend-review", r"\b(?:once|when|after|if|as soon as|the moment|provided|so long as|as long as) (?:the|your|ur|this|that) (?:[a-z-]+ )?(?:review|rating|post|comment|stars?|feedback|score) (?:is|gets|has been|was|are|have been|get) (?:updated|changed|removed|edited|revised|taken down|deleted|amended|raised|corrected|modified|adjusted|improved|bumped up|pulled|withdrawn)\b",
            "Makes something depend on the review being changed or removed: never allowed"),
    Pattern("en.incentive.puts-gift-reward-next", r"\b(?:review|reviews|reviewer|reviewers|rating|ratings|stars?)\b(?! like (?:this|yours) (?:are|is) (?:the |a |such a )?(?:best |greatest |nicest |sweetest |most wonderful |perfect )?(?:[a-z]+ )?gift)[^.!?]{0,80}\b(?:gift|gifts|prize|prizes|raffle|giveaway|drawing|perk|perks|bonus|treat|goodies|swag|reward|rewards)\b|\b(?:gift|gifts|prize|prizes|raffle|giveaway|drawing|perk|perks|bonus|reward|rewards)\b[^.!?]{0,80}\b(?:review|reviews|rating|ratings|stars?)\b",
            "Puts a gift or reward next to a review: an incentive for reviews is forbidden (FTC)"),
    Pattern("en.incentive.asks-reader-change-remove", r"\b(?:update|updating|updated|change|changing|changed|remove|removing|removed|edit|editing|edited|delete|deleting|deleted|take down|taking down|took down|revise|revising|revised|raise|raising|bump|bump up|amend|amending|retract|retracting|withdraw|withdrawing|modify|modifying|reconsider|reconsidering|revisit|revisiting|rethink|rethinking|reassess|re-evaluate|reevaluate|re-rate|rerate|soften|round up|adjust|adjusting|improve|improving|upgrade|upgrading|increase|replace|rewrite|pull|pull down|correct|fix) (?:your|ur|the|this|that|this negative|that negative|your negative|your low|the low) (?:[\w-]+ ){0,2}(?:review|rating|stars?|post|comment|feedback|score|yelp review|google review)s?\b|\b(?:review|rating|post|comment)s? (?:removed|taken down|deleted|changed|updated|edited|revised|amended)\b|\b(?:take|taking|took|taken|pull|pulled|pulling|bring|bringing|get|getting) (?:this|your|the|that|it|this negative|your negative)(?: [a-z]+)?(?: review| post| rating| comment)? (?:down|off)\b|\b(?:remove|delete|take down|take it down|pull) (?:it|this|that)\b(?= (?:down|from|off|please|and|if|for|\.|!|,))",
            "Asks the reader to change or remove the review (never allowed, with or without an offer)"),
    Pattern("en.incentive.ties-something-review-rating", r"\b(?:in exchange for|in return for|as a thank you for|as thanks for|(?<!thank you )(?<!thanks )(?<!thank u )(?<!grateful )(?<!appreciate you )(?<!thanks so much )(?<!thank you so much )for (?:a|an|your) (?:better|higher|updated|revised|positive|5-star|five-star|good) (?:review|rating)|(?:5|five)[- ]stars? (?:review|rating)? ?(?:and (?:get|receive|earn|enter|we'll|we will|you'll|you will)|for (?:a|an|free|the chance)|to get|gets|earns)|leave us (?:a|an)? ?(?:5|five)[- ]star)\b|\bpost (?:a |your |us a )?(?:photo|pic|picture|selfie|video)s? (?:with|of|in|and) (?:your |a )?(?:review|rating|post)\b(?=[^.!?]*\b(?:free|grab|get|gift|win|prize|discount|toothbrush|goodie))",
            "Ties something to a review or rating: an incentive for reviews is forbidden (FTC)"),
    Pattern("en.incentive.offers-something-value", r"\b(?:discount|discounts|discounted|gift card|gift cards|gift certificate|gift certificates|giftcard|voucher|vouchers|coupon|coupons|promo code|promo|rebate|cash back|reward|rewards|complimentary|free of charge|on the house|(?<!that's )(?<!that is )(?<!that was )(?<!it's )(?<!it is )(?<!which is )(?<!blame is )(?<!fault is )(?<!are )(?<!'re )on us(?! to (?:fix|solve|improve|make|do|get|own|change|sort|correct))|waive|waived|waiving|waiver|(?<!delayed )(?<!late )(?<!missing )(?<!slow )(?<!pending )(?<!stalled )(?<!overdue )refund|refunded|refunding|credit(?!(?: (?:and|or|&) debit)? cards?\b)|credits|store credit|account credit|(?<!their )(?<!insurance )(?<!insurer )(?<!insurers )(?<!possible )(?<!plan )(?<!network )(?<!out-of-network )(?<!mileage )reimburse|(?<!their )(?<!insurance )(?<!insurer )(?<!insurers )(?<!possible )(?<!plan )(?<!network )(?<!out-of-network )(?<!mileage )reimbursement|compensate|compensation|comp|comped|\d+% off|\d+ percent off|(?<!-)free (?:cleaning|exam|visit|consultation|consult|treatment|whitening|service|services|session|month|appointment|checkup|check-up|product|products|gift|botox|facial|filler|upgrade|x-rays?|care|follow-up|adjustment|retainer|night guard))\b",
            "Offers something of value (discount, refund, credit, gift, free service): not allowed in a public reply, and forbidden in exchange for a review",
            unless=(offered_to_anyone, said_of_people_in_general, standing_offer_for_everyone, free_consultation,
                    waived_for_a_kind_of_case)),
    Pattern("en.incentive.offers-service-charge", rf"\b(?:offer|offering|give|giving|provide|providing|comp|redo|re-do|throw in) (?:{YOU} )?(?:your|the|a|an|one|another|next|this|that)(?: [a-z-]+){{0,3}} (?:at no (?:charge|cost|extra charge|extra cost)|free of charge|for free|at our expense|on the house|no charge|without charge|gratis)\b|\bat our (?:own )?expense\b|\bour treat\b|\bnext (?:[a-z-]+ ){{0,2}}(?:is|will be|would be|'s) (?:free|complimentary|on us|on the house)\b",
            "Offers a service at no charge: not allowed in a public reply, and forbidden in exchange for a review",
            unless=(offered_to_anyone,)),
    Pattern("en.incentive.rewards-treats-tied-reader", rf"\b(?:buy|buying|bought|treat|treating|get|getting|grab|grabbing) {YOU}{THEN}(?:to )?(?:(?:a|an|some|a free|a nice)\s)?(?:coffee|lunch|dinner|breakfast|drink|drinks|meal|pizza|donuts|doughnuts|cookies|cupcakes|treat|treats|flowers)\b|\bgive us (?:a |an )?(?:second|another|2nd|new|fresh|fair) (?:chance|shot|try|look) (?:on|here|in|with) (?:here|this|yelp|google|your review|the review|your rating)\b|\b(?:leave|leaves|leaving|post|posts|posting|left|posted|update|updates|updating|updated|edit|edits|editing|edited|revise|revises|revised|change|changes|changed|write|writes|writing|wrote|share|shares|shared|submit|submits|submitted|raise|raises|raised|bump|bumps|bumped) (?:us )?(?:their |your |his |her |a |an |the )?(?:[a-z0-9-]+ )?(?:review|reviews|rating|ratings|stars?)\b[^.!?]{{0,60}}\b(?:gets?|earns?|receives?|wins?|picks?|chooses?|entered|entry|entries|qualif(?:y|ies)|rewarded|pick from|free)\b|\b(?:gets?|getting|earns?|earning|receives?|receiving|wins?|winning|qualif(?:y|ies) for|score|scores) (?:a |an |one |their |your |his |her |some )?free\b",
            "Rewards or treats tied to the reader or to leaving a review: forbidden (FTC)"),
    Pattern("en.incentive.prize-box", r"(?<!from the )(?<!from our )\b(?:treasure chest|treasure box|prize box|prize bin|toy box|toy chest|prize wheel|sticker chart|freebies?)\b(?! is (?:a |our )?(?:team |staff |crowd |big |huge |real )?(?:favorite|favourite|hit)\b)",
            "A prize or treat for the reader or for a review ('pick from the prize box'): forbidden (FTC)",
            unless=(kept_for_everyone,)),
    # Added by the red-team batch: gifts, raffles and goodwill gestures without the word "review".
    Pattern("en.incentive.offers-gift-prize-goodwill", rf"\b(?:raffles?|giveaways?|sweepstakes|prize draws?|prize drawings?|prizes?(?! (?:wall|corner|cabinet|shelf|shelves|area|station|display|case|counter|box|bin|wheel|chest))|door prizes?|gift (?:baskets?|bags?|boxes?|sets?|cards?|certificates?)|goodie bags?|swag bags?|(?:(?<=\bfree )|(?<=thank-you )|(?<=thank you ))gifts?|entered (?:into|in) (?:a|our|the) (?:monthly |weekly |annual )?(?:drawing|draw|contest|raffle))\b|\b(?:send|sending|sent|give|giving|offer|offering|mail|mailing|drop off|treat) {YOU}{THEN}(?:to )?(?:a|an|some) (?:(?:small|little|special|free|nice|complimentary|special thank-you|thank-you)\s){{0,2}}(?:gift|gifts|token|present|treat|thank-you|thank you|basket|goodies|swag|bouquet|flowers|lunch|dinner|coffee|card|voucher|coupon|bottle)\b|\bas (?:a|our) (?:small |little |special )?(?:thank-you|thank you|token of (?:our )?(?:appreciation|thanks|apology|gratitude)|goodwill gesture|gesture of (?:goodwill|apology)|peace offering|make-good)\b|\b(?:make|making|set|put) (?:it|this|things) right\b(?=[^.!?]{{0,60}}\b(?:review|rating|stars?|post|feedback)\b)",
            "Offers a gift, prize or goodwill gesture: not allowed in a public reply, and forbidden in exchange for a review",
            unless=(kept_for_everyone,)),
]

WARN_TONE = [
    Pattern("en.tone.argumentative-tone", r"\b(?:fake|false|fraudulent|made-up|made up|bogus|fabricated|dishonest|untrue|inaccurate|malicious|defamatory|slanderous|libelous) (?:review|claims?|statements?|accusations?|allegations?|story|post|comments?)\b|\b(?:you(?:'re| are| were)? (?:lying|lied|liar|a liar|wrong|mistaken|rude|abusive|unreasonable|confused|clearly confused)|you (?:obviously|clearly|never) (?:didn't|did not|don't|lied)|never happened|that's not true|that is not true|not what happened|we did nothing wrong|your (?:own )?fault|shame on you|how dare you|get your facts straight|learn to read|competitor|troll|slander|libel|defamation|our lawyers?|legal action|sue you)\b",
            "Argumentative tone: the approver should soften it (warning only)"),
]

# Issue 11's classes of wording (`en_classes.py`).
PATIENT_RELATIONSHIP += en_classes.PATIENT_RELATIONSHIP
TREATMENT_DISCLOSURE += en_classes.TREATMENT_DISCLOSURE
MEDICAL_ADVICE += en_classes.MEDICAL_ADVICE
RECORDS_BILLING += en_classes.RECORDS_BILLING
REVIEW_INCENTIVE += en_classes.REVIEW_INCENTIVE
# The reader as the one the practice served (`en_served.py`).
PATIENT_RELATIONSHIP += en_served.PATIENT_RELATIONSHIP
TREATMENT_DISCLOSURE += en_served.TREATMENT_DISCLOSURE
RECORDS_BILLING += en_served.RECORDS_BILLING
MEDICAL_ADVICE += en_served.MEDICAL_ADVICE
REVIEW_INCENTIVE += en_served.REVIEW_INCENTIVE
FOREIGN_CONTACT = en_classes.FOREIGN_CONTACT

# Table-wide exceptions: a generic "we can't discuss X online" sentence discloses nothing,
# and a weekday or time identifies an encounter only in a sentence about a visit.
TREATMENT_DISCLOSURE = also_unless(in_disclaimer, TREATMENT_DISCLOSURE)
# Saying what the practice never does ("we never offer anything in exchange for reviews").
REVIEW_INCENTIVE = also_unless(negated, REVIEW_INCENTIVE)
# "A free first-aid course open to the public": the event's price, not a gift to the reader.
REVIEW_INCENTIVE = also_unless(open_to_the_public, REVIEW_INCENTIVE)
# Terms for everyone ("electronic copies are free of charge"), not an offer to the reader.
REVIEW_INCENTIVE = also_unless(standing_terms, REVIEW_INCENTIVE)
# A free interpreter is language help for everyone, not a gift: "ofrecemos intérpretes sin costo".
REVIEW_INCENTIVE = also_unless(free_language_help, REVIEW_INCENTIVE)
# A voucher of a school's or the state's program: "the school vision voucher program".
REVIEW_INCENTIVE = also_unless(someone_elses_program, REVIEW_INCENTIVE)
PERSONAL_IDENTIFIER = also_unless(not_about_visit, PERSONAL_IDENTIFIER)
# Things and people in general: "most lab results are released within three days", "we walk
# everyone through the process".
TREATMENT_DISCLOSURE = also_unless(said_of_people_in_general, TREATMENT_DISCLOSURE)
# A sentence of an explanation the reply announced as general ("it may help to know that a
# comprehensive eye exam often includes dilation").
TREATMENT_DISCLOSURE = also_unless(in_general_explanation, TREATMENT_DISCLOSURE)
# A rule stated for everyone, of no one in particular ("as a general practice, fees are
# waived for documented emergencies", "ninguna familia debería sentirse maltratada").
PATIENT_RELATIONSHIP = also_unless(general_rule, PATIENT_RELATIONSHIP)
RECORDS_BILLING = also_unless(general_rule, RECORDS_BILLING)
REVIEW_INCENTIVE = also_unless(general_rule_asking_nothing, REVIEW_INCENTIVE)
TREATMENT_DISCLOSURE = also_unless(general_rule, TREATMENT_DISCLOSURE)
PATIENT_RELATIONSHIP = also_unless(said_of_people_in_general, PATIENT_RELATIONSHIP)
RECORDS_BILLING = also_unless(said_of_people_in_general, RECORDS_BILLING)
# A billing topic anyone asks about or finds hard ("we understand concerns about late fees").
RECORDS_BILLING = also_unless(asked_about_in_general, RECORDS_BILLING)
TREATMENT_DISCLOSURE = also_unless(that_is_a_conjunction, TREATMENT_DISCLOSURE)
# An age identifies someone in any sentence, about a visit or not.
PERSONAL_IDENTIFIER += en_classes.PERSONAL_IDENTIFIER
PERSONAL_IDENTIFIER += en_served.NAMED_BY_TITLE
