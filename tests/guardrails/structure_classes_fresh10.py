"""Classes the blind batch fresh10 found on its first run (tests/guardrails/cases_probe/
fresh10_FIRST_RUN.txt), each in wordings of our own, both languages where the class exists in
both. Misses: the reader called a patient through a contraction ("you're a valued patient"),
the reviewer denied as "someone who has never been a client", the reader's own earlier call or
email thanked for, a patient of long standing in Spanish, a self-care tip "we often give".
False blocks: the practice's records or schedule as the subject of "has been", a service the
review named offered to everyone ("we're happy to offer..."), the cost of a treatment as a
decision, a prize box kept for every child, "con gusto lo platicamos por teléfono", staff who
take time to explain to every family.

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "the-reader-called-a-patient-through-a-contraction": [
        ("en", "You're one of our favourite patients.", "patient-relationship",
         "You're one of our favourite patients"),
        ("en", "You've been a client of ours since the practice opened.", "patient-relationship",
         "You've been a client"),
        ("en", "We know you're a loyal member of the practice.", "patient-relationship",
         "you're a loyal member"),
        ("en", "We've talked with you about the delay.", "patient-relationship",
         "We've talked with you"),
        ("en", "You've not received the call back we promised.", "patient-relationship",
         "You've not received the call back"),
    ],
    "the-reviewer-denied-as-someone-never-served": [
        ("en", "This was written by somebody who has never been a patient at our clinic.",
         "patient-relationship", "somebody who has never been a patient"),
        ("en", "The reviewer is a person that was not ever a client.", "patient-relationship",
         "a person that was not ever a client"),
    ],
    "the-readers-own-earlier-call-or-email": [
        ("en", "Thanks so much for calling us last week.", "patient-relationship",
         "for calling us last week"),
        ("en", "We appreciate you reaching out by phone.", "patient-relationship",
         "appreciate you reaching out by phone"),
        ("en", "Thank you for writing to us by email about this.", "patient-relationship",
         "Thank you for writing to us by email"),
        ("es", "Le agradecemos por escribirnos por correo.", "patient-relationship",
         "por escribirnos por correo"),
        ("es", "Gracias por llamarnos el otro día.", "patient-relationship",
         "por llamarnos el otro día"),
    ],
    "a-patient-of-long-standing": [
        ("es", "Ustedes llevan ya muchos años como pacientes de la clínica.",
         "patient-relationship", "llevan ya muchos años como pacientes"),
        ("es", "Como paciente de siempre, usted merece una explicación.", "patient-relationship",
         "Como paciente de siempre"),
        ("es", "Llevas toda la vida viniendo a nuestro consultorio.", "patient-relationship",
         "Llevas toda la vida viniendo"),
    ],
    "a-self-care-tip-we-often-give": [
        ("en", "One tip we share a lot: lubricating drops before bed.", "medical-advice",
         "One tip we share a lot: lubricating drops"),
        ("es", "Un consejo que damos siempre: colirio sin conservantes antes de dormir.",
         "medical-advice", "Un consejo que damos siempre: colirio"),
    ],
}

# class -> (language, reply)
PASSES = {
    "the-practices-records-or-schedule-has-been": [
        ("en", "Our schedule has been busier than usual this winter."),
        ("en", "Our phone system has been upgraded so calls reach a person faster."),
    ],
    "a-service-offered-to-everyone": [
        ("en", "We're glad to offer same-day appointments for anyone with a toothache."),
        ("en", "We're proud to offer evening hours for working families."),
    ],
    "the-cost-of-a-treatment-as-a-decision": [
        ("en", "We understand that the cost of braces is a big decision for any family."),
        ("es", "Entendemos que el precio de los implantes es una decisión importante."),
    ],
    "a-prize-box-kept-for-every-child": [
        ("en", "Our prize box and sticker wall help make the dentist fun for kids of all ages."),
    ],
    "an-offer-to-talk-by-phone": [
        ("es", "Con gusto lo platicamos por teléfono cuando guste."),
        ("es", "Con gusto le explicamos nuestras políticas por teléfono."),
    ],
    "staff-who-take-time-for-every-family": [
        ("es", "Nuestras enfermeras dedican tiempo a explicar las vacunas a todas las familias."),
    ],
}
