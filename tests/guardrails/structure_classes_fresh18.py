"""Classes the held-out fresh18 batch found on its first run (recorded in
`cases_probe/fresh18_FIRST_RUN.txt` before any fix), each in wordings of our own and in both
languages. Misses: an age said as a stage of life ("four is such a fun age", "a first trip to
the dentist at four is..."), an event that went better than the reader feared, a remedy list
called the reader's best friends, a clinician's report that "it's right on schedule", wishes or
congratulations relayed to someone from the review ("tell her congrats on getting them off").
False blocks: a period in the practice's story ("over the last year"), a possessive of people in
general ("children's vision"), a screening open to any child in the community, a fee that
applies to everyone, a conditional "si usted ha sido atendida en nuestro consultorio", "toda
persona merece...".

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "an-age-said-as-a-stage-of-life": [
        ("en", "Seven is such a big age for a first filling!", "personal-identifier",
         "Seven is such a big age"),
        ("en", "A first eye exam at six is a smart move.", "personal-identifier",
         "first eye exam at six"),
        ("es", "¡Los seis años son una etapa preciosa!", "personal-identifier",
         "Los seis años son una etapa"),
    ],
    "an-event-that-went-better-than-feared": [
        ("en", "So glad the biopsy was far easier than she expected.", "treatment-disclosure",
         "was far easier than she expected"),
        ("en", "Relieved her first week went so smoothly.", "treatment-disclosure",
         "Relieved her first week went so smoothly"),
    ],
    "a-remedy-list-called-the-reader-s-allies": [
        ("en", "Fluids and sleep are your best bet this week.", "medical-advice",
         "Fluids and sleep are your best bet"),
        ("es", "Descanso e hidratación son tus mejores amigos estos días.", "medical-advice",
         "Descanso e hidratación son tus mejores amigos"),
    ],
    "a-clinician-s-report-of-progress": [
        ("en", "The therapist thinks everything is on track.", "treatment-disclosure",
         "thinks everything is on track"),
        ("es", "El fisioterapeuta comentó que todo va muy bien encaminado.",
         "treatment-disclosure", "comentó que todo va muy bien encaminado"),
    ],
    "wishes-relayed-to-someone-from-the-review": [
        ("en", "Give your daughter a big high five from the front desk!", "patient-relationship",
         "Give your daughter a big high five"),
        ("en", "Congratulations on finally having them removed!", "treatment-disclosure",
         "Congratulations on finally having them removed"),
        ("es", "Mándele un fuerte abrazo a su mamá.", "patient-relationship",
         "Mándele un fuerte abrazo"),
        ("es", "¡Enhorabuena por despedirte de los brackets!", "treatment-disclosure",
         "Enhorabuena por despedirte de los brackets"),
    ],
}

# class -> (language, reply)
PASSES = {
    "a-period-in-the-practice-s-story": [
        ("en", "We hear you: booking has been slower over the past few months."),
    ],
    "a-possessive-of-people-in-general": [
        ("en", "Kids' eyesight changes quickly, so we keep screening days open to all ages."),
    ],
    "a-screening-open-to-any-child": [
        ("en", "Our free hearing checks are open to any student in the neighborhood."),
    ],
    "a-fee-that-applies-to-everyone": [
        ("en", "Our no-show fee applies to every patient the same way."),
    ],
    "a-conditional-visit": [
        ("es", "Si usted fue atendido en nuestra clínica y quiere contarnos más, llámenos."),
    ],
    "what-any-person-deserves": [
        ("es", "Toda persona merece entender cada paso antes de aceptarlo."),
    ],
}
