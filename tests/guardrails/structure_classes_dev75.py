"""False blocks of dev75, dev76 and fresh45 fixed by class (rules-fb3), each in wordings of
our own: the days the practice closes given as dates, alone or in a list ("cerramos el 25 de
diciembre y el 1 de enero", "closes at noon on December 24 and December 31"); how billing
works for anyone, with "the" on a billing noun ("any difference is reconciled once the
insurer processes the claim", "a veces el estado de cuenta se genera antes..."); the end of
the practice's contract with a plan told to the community; and four Spanish readings: "el
registro" as the check-in desk, "el equipo de citas le responde" as a team answering anyone,
a free interpreter as language help (no gift), and "para atenderla" taking up "la demanda"."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED: dict[str, list[tuple[str, str, str, str]]] = {
    'closing-days-as-dates': [
        ('es', 'Lamentamos que encontrara la clínica cerrada el 2 de enero.', 'personal-identifier', '2 de enero'),
        ('es', 'Sentimos que su cita cayera el 24 de diciembre, cuando cerramos temprano.', 'personal-identifier', '24 de diciembre'),
        ('en', 'Sorry the office was closed on December 26 when you stopped by.', 'personal-identifier', 'December 26'),
        ('en', 'We close early on December 24, which is why your appointment was moved.', 'personal-identifier', 'on December 24'),
        ('en', 'Our office was closed on December 26 and January 2 after the storm.', 'personal-identifier', 'January 2'),
        ('en', 'We close on December 24, so we moved it to the 27th.', 'personal-identifier', 'December 24'),
        ('es', 'Cerramos el 1 de enero, y por eso la reprogramaron.', 'personal-identifier', '1 de enero'),
        ('es', 'Cerramos el 24 de diciembre, así que la reprogramamos.', 'personal-identifier', '24 de diciembre'),
    ],
    'billing-in-general': [
        ('en', 'Sometimes things slip, and the claim was denied before we caught it.', 'records-billing', 'the claim'),
        ('en', 'Once the insurer processes the claim, we will refund any difference.', 'records-billing', 'the claim'),
        ('en', 'Every claim is checked, and the bill you received was an early copy.', 'records-billing', 'the bill'),
        ('en', 'We know that claim was denied, and we are sorry.', 'records-billing', 'that claim'),
        ('en', 'We sent an updated statement each time the insurer adjusted it.', 'records-billing', 'sent an updated statement'),
        ('en', "Usually the claim goes through, but this one didn't.", 'records-billing', 'the claim'),
        ('en', 'Usually the claim takes 30 days, and his is right on track.', 'records-billing', 'the claim'),
        ('en', "Sometimes the claim needs a second look, and we're giving it one now.", 'records-billing', 'the claim'),
        ('en', "Every time the insurer processes the claim, the balance changes, and that's what happened here.", 'records-billing', 'the claim'),
        ('es', 'Normalmente el saldo se ajusta en 30 días; el de esta cuenta todavía no.', 'records-billing', 'el saldo'),
        ('es', 'Cada vez que la aseguradora procesa la reclamación cambia el saldo, y eso pasó aquí.', 'records-billing', 'la reclamación'),
        ('es', 'A veces pasa: la aseguradora rechazó la reclamación y ya la enviamos otra vez.', 'records-billing', 'la reclamación'),
        ('es', 'Cualquier diferencia aparece en el estado de cuenta que le enviamos.', 'records-billing', 'el estado de cuenta'),
        ('es', 'El copago de la consulta fue más alto porque el plan cambió.', 'records-billing', 'El copago'),
        ('es', 'Como regla general, cualquier saldo pasa a cobranza, y el suyo ya pasó ayer.', 'records-billing', 'cobranza'),
    ],
    'network-change-for-the-community': [
        ('en', 'Our contract with Humana ended, so your visit was not covered.', 'records-billing', 'Humana'),
        ('en', 'Our contract with Cigna ended on March 1, which is why the claim was denied.', 'records-billing', 'Cigna'),
        ('es', 'Nuestro contrato con Cigna terminó el 1 de marzo, justo antes de su cita.', 'personal-identifier', '1 de marzo'),
    ],
    'a-desk-not-a-record': [
        ('es', 'En el registro aparece que usted canceló dos veces.', 'records-billing', 'En el registro'),
        ('es', 'Sumamos una enfermera y en el registro consta que usted vino en marzo.', 'records-billing', 'en el registro'),
        ('es', 'Sumamos una enfermera en el registro de su visita.', 'records-billing', 'en el registro'),
    ],
    'a-team-answers-anyone': [
        ('es', 'El equipo de citas le canceló la cita dos veces.', 'patient-relationship', 'citas le'),
        ('es', 'La consulta le resultó larga, lo sabemos.', 'patient-relationship', 'consulta le'),
    ],
    'free-language-help': [
        ('es', 'Ofrecemos traducción gratis a quien deje una reseña.', 'review-incentive', 'gratis'),
        ('es', 'Por las molestias, le ofrecemos un intérprete gratis.', 'review-incentive', 'gratis'),
        ('en', 'Anyone who posts a review gets free translation of their records.', 'review-incentive', 'posts a review gets free'),
    ],
    'la-is-the-demand': [
        ('es', 'La demanda ha crecido mucho. Para atenderla a usted, sumamos un horario.', 'patient-relationship', 'atenderla'),
        ('es', 'Gracias por venir. Para atenderla, sumamos una enfermera ese día.', 'patient-relationship', 'atenderla'),
    ],
}
# class -> (language, reply) that must pass
PASSES: dict[str, list[tuple[str, str]]] = {
    'closing-days-as-dates': [
        ('es', 'Nuestro consultorio cierra el 1 de enero y el 6 de enero, y el resto de la semana atiende con normalidad.'),
        ('es', 'Este año estamos cerrados el 4 de julio, el Día del Trabajo y el 25 de diciembre.'),
        ('es', 'Cerramos temprano el 24 de diciembre y el 31 de diciembre; el horario completo está en nuestra página.'),
        ('es', 'Abrimos con horario reducido el 24 y el 31 de diciembre, y cerramos el día de Año Nuevo.'),
        ('en', 'We close on December 25 and January 1, and keep regular hours the rest of the year.'),
        ('en', 'Our office closes at noon on December 24 and December 31.'),
        ('en', 'We are closed Thanksgiving Day, December 25 and January 1.'),
    ],
    'billing-in-general': [
        ('en', "Here's how it works: we collect the estimated copay at check-in, and any remaining balance is billed once the insurer processes the claim."),
        ('en', "Sometimes the statement is printed before the insurer's payment posts, so a balance can appear that isn't really owed."),
        ('en', 'When a plan processes a claim in two steps, our system may mail an updated statement after each step.'),
        ('en', 'Specialist copays are usually higher, and the copay for urgent care is often higher still.'),
        ('en', 'We understand that claim denials are stressful for anyone.'),
        ('es', 'Por lo general, el deducible se reinicia cada enero y el copago se cobra al llegar.'),
        ('es', 'Como norma general, cualquier saldo sin pagar después de tres avisos pasa a cobranza.'),
        ('es', 'A veces la factura llega antes de que se registre el pago del seguro.'),
        ('es', 'Cualquier diferencia se corrige cuando la aseguradora procesa la reclamación.'),
    ],
    'network-change-for-the-community': [
        ('en', 'Our contract with Cigna ended on March 1, and we know many families in our town relied on it.'),
        ('en', 'Our agreement with Aetna ends on June 30; our front desk can help anyone find an in-network practice nearby.'),
        ('es', 'Nuestro contrato con Cigna terminó el 1 de marzo y sabemos que afectó a muchas familias del barrio.'),
        ('es', 'Nuestro convenio con Aetna vence el 30 de junio; el personal puede ayudar a cualquiera a buscar otra opción.'),
    ],
    'a-desk-not-a-record': [
        ('es', 'Para agilizar la llegada, pusimos dos recepcionistas en el registro de la tarde.'),
        ('es', 'Ahora hay una enfermera más en el registro por las mañanas.'),
        ('en', 'To shorten the wait, we added a nurse at the registration desk in the mornings.'),
    ],
    'a-team-answers-anyone': [
        ('es', 'Si prefiere, llame y el departamento de citas le devuelve la llamada el mismo día.'),
        ('es', 'Cualquier duda, el equipo de citas le contesta en un día hábil.'),
    ],
    'free-language-help': [
        ('es', 'Este año sumamos personal bilingüe y ofrecemos intérpretes de lengua de señas sin costo.'),
        ('es', 'Este mes empezamos a ofrecer traducción gratuita de formularios en cinco idiomas.'),
        ('en', 'This year we hired bilingual staff, and our interpreters are free in more than 200 languages.'),
    ],
    'la-is-the-demand': [
        ('es', 'La demanda de terapia del habla creció mucho en la región durante los últimos años. Para atenderla, contratamos dos terapeutas y abrimos también los sábados por la mañana.'),
        ('es', 'Sabemos que la lista de espera todavía es larga para muchas familias. Para atenderla, sumamos una pediatra y ampliamos el horario de la tarde.'),
    ],
}
# class -> (language, review, reply, rule, excerpt): checked with the review as context
ECHO_BLOCKED: dict[str, list[tuple[str, str, str, str, str]]] = {}
ECHO_PASSES: dict[str, list[tuple[str, str, str]]] = {}

# dev77 (rules-fb3, round 2): the practice's published calendar written as a list, the day
# told first ("On December 31 we'll close at noon"), the calendar posted by a day, an event in
# a public place, and the day an outside change took effect; an installment or a remaining
# amount explained for anyone; "su plan" after "a quien los necesite".
BLOCKED.update({
    'calendar-as-a-list': [
        ('en', 'Holiday hours: closed December 24 and 25, which is why your appointment moved to December 27.', 'personal-identifier', 'December 24'),
        ('en', 'Sorry we were closed December 24; we rescheduled you for December 27.', 'personal-identifier', 'December 24'),
        ('es', 'Horario festivo: cerrado el 24 de diciembre, por eso su cita pasó al 27 de diciembre.', 'personal-identifier', '24 de diciembre'),
        ('en', 'On December 31 we closed at noon, right before your appointment.', 'personal-identifier', 'On December 31'),
        ('en', "On December 31 we'll close at noon, so we moved your visit to January 2.", 'personal-identifier', 'January 2'),
        ('es', 'El 31 de diciembre cerramos temprano, así que la reprogramamos.', 'personal-identifier', '31 de diciembre'),
        ('es', 'El calendario estará listo antes del 1 de noviembre, y le llamaremos para su cita.', 'personal-identifier', '1 de noviembre'),
        ('es', 'Volveremos a la biblioteca el sábado 12 de octubre y allí revisaremos de nuevo a su hija.', 'personal-identifier', 'sábado 12'),
        ('en', "On December 31 we'll close at noon; her appointment was moved.", 'personal-identifier', 'December 31'),
        ('es', 'El 31 de diciembre cerramos al mediodía; la cita de la señora se movió.', 'personal-identifier', '31 de diciembre'),
    ],
    'outside-change-dated': [
        ('en', 'On January 1, your plan changed its network.', 'personal-identifier', 'January 1'),
        ('en', 'On January 1, two plans changed their networks, and the claim was denied.', 'personal-identifier', 'January 1'),
        ('en', 'On January 1, the plans changed, and he was seen that day.', 'personal-identifier', 'On January 1'),
        ('es', 'El 1 de enero su plan cambió de red.', 'personal-identifier', '1 de enero'),
        ('es', 'El 1 de enero, dos planes cambiaron sus redes, y por eso su consulta no se cubrió.', 'personal-identifier', 'El 1 de enero'),
    ],
    'installments-in-general': [
        ('en', 'Insurance usually pays in installments, and the remaining amount was divided into six payments for you.', 'records-billing', 'the remaining amount'),
        ('en', 'Usually the remaining balance is split into monthly payments, and yours has been split into six.', 'records-billing', 'the remaining balance'),
        ('es', 'Normalmente el saldo restante se divide en pagos, y el suyo ya se dividió en seis.', 'records-billing', 'el saldo'),
        ('es', 'Entregamos recibos a quien los necesite y su plan ya nos pagó la consulta.', 'records-billing', 'su plan'),
        ('es', 'Damos recibos a quien los pida; ya le enviamos el de su plan.', 'records-billing', 'su plan'),
    ],
})
PASSES.update({
    'calendar-as-a-list': [
        ('en', 'Our winter holiday hours: closed December 24 and 25; closed January 1; open regular hours every other weekday.'),
        ('en', 'Our shop will be open Saturday, December 7 and Saturday, December 14 from 10 a.m. to 2 p.m.; closed December 24 through 26.'),
        ('en', 'On December 24 we close at noon, and we reopen on December 26.'),
        ('en', 'The holiday calendar will be posted at the front desk by November 15.'),
        ('es', 'Horario de fiestas: cerrado el 24 y el 25 de diciembre; cerrado el 1 de enero; el resto de los días abrimos normal.'),
        ('es', 'En diciembre abriremos los sábados 7 y 14; cerraremos del 24 al 26 de diciembre y el 1 de enero.'),
        ('es', 'El 24 de diciembre cerramos al mediodía y el 26 de diciembre abrimos normal.'),
        ('es', 'El calendario de feriados estará publicado en la recepción antes del 15 de noviembre.'),
        ('es', 'Este año estaremos en la feria del parque central el sábado 5 de octubre, para todo público.'),
        ('en', "This year we'll be back at the library on Saturday, October 12, from 10 a.m. to 2 p.m."),
    ],
    'outside-change-dated': [
        ('en', 'On March 1, several dental plans in the state narrowed their networks.'),
        ('en', 'On January 1, two regional health plans changed their networks, and our practice was not offered a renewed contract with one of them.'),
        ('es', 'El 1 de marzo, varias aseguradoras de la región cambiaron sus redes.'),
        ('es', 'El 1 de enero, dos planes regionales cambiaron sus redes y a nuestra clínica no se le renovó el contrato con uno de ellos.'),
    ],
    'installments-in-general': [
        ('en', 'Normally the remaining balance is split into equal monthly payments once insurance pays its share.'),
        ('en', 'Insurance typically pays its share in installments, and the remaining amount is spread over equal monthly payments.'),
        ('es', 'Por lo general el saldo restante se divide en pagos mensuales iguales.'),
        ('es', 'Solo después enviamos un estado de cuenta por el monto restante, y por eso a veces tarda en llegar.'),
        ('es', 'Damos recibos detallados a quien los pida para pedir reembolso a su seguro.'),
        ('es', 'Damos una factura detallada a quien la solicite para presentarla a su aseguradora.'),
    ],
})
