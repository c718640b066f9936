# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""Spanish rule data. Text is folded first: lower case, accents removed ("visitó" -> "visito"),
single spaces. Messages are in English (the approver reads English) and quote the Spanish."""

from __future__ import annotations

from guardrails.hooks import (
    about_everyone,
    admin_in_general,
    announced_date,
    anyone_s_routine,
    asked_about_in_general,
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
    kept_for_everyone,
    meets_the_demand,
    negated,
    not_about_visit,
    offer_of_service,
    offered_to_anyone,
    open_to_the_public,
    people_at_large,
    people_in_general,
    policy_fee,
    posted_in_the_room,
    practice_calendar,
    practice_changed_its_premises,
    practice_routine,
    practice_schedule,
    practice_system,
    practice_wide,
    price_for_everyone,
    said_of_people_in_general,
    same_in_condition,
    someone_elses_program,
    staff_at_the_desk,
    staff_at_work,
    standing_terms,
    team_step_before_any_visit,
    third_person,
    waived_for_a_kind_of_case,
)
from guardrails.rules import Pattern, also_unless, es_classes, es_served, words

SU = r"(?:su|sus|tu|tus)"
ADJ = words(
    "ultima", "ultimo", "ultimas", "ultimos", "proxima", "proximo", "proximas", "proximos",
    "primera", "primer", "reciente", "recientes", "anterior", "pasada", "pasado", "siguiente",
    "nueva", "nuevo", "dental", "medica", "medico", "anual", "de rutina", "de control",
    "de seguimiento", "programada", "agendada", "de hoy", "de ayer", "breve", "larga",
    "virtual", "en linea", "de limpieza", "de revision", "de emergencia", "de urgencia",
    "estancia", "experiencia de", "hijo", "hija", "bebe", "familia",
)
GAP = rf"(?: (?:{ADJ})){{0,2}}"
CARE = words(
    "visita", "visitas", "cita", "citas", "consulta", "consultas", "tratamiento",
    "tratamientos", "examen", "examenes", "revision", "revisiones", "chequeo", "chequeos",
    "control", "limpieza", "limpiezas", "procedimiento", "procedimientos", "cirugia",
    "cirugias", "operacion", "intervencion", "resultados", "resultado", "receta", "recetas",
    "diagnostico", "estancia", "estadia", "hospitalizacion", "internacion", "atencion",
    "cuidado", "cuidados", "terapia", "sesion", "sesiones", "seguimiento", "recuperacion",
    "medicamento", "medicamentos", "medicina", "medicinas", "radiografia", "radiografias",
    "analisis", "estudios", "laboratorios", "vacuna", "vacunas", "inyeccion", "dosis",
    "parto", "embarazo", "sintomas", "sintoma", "dolor", "condicion", "padecimiento",
    "enfermedad", "lesion", "herida", "puntos", "empaste", "corona", "implante", "frenos",
    "brackets", "turno", "turnos", "muela", "diente", "dientes", "encias", "piel", "caso", "progreso",
    "evolucion", "espera", "tiempo de espera", "tiempo con nosotros", "experiencia con nosotros",
    "experiencia en nuestra", "experiencia en nuestro", "doctor", "doctora", "dentista",
    "medico", "medica", "proveedor", "enfermera", "higienista", "terapeuta", "cirujano",
)

PATIENT_RELATIONSHIP = [
    Pattern("es.relationship.says-when-reader-came", r"\b(?:usted|ud) (?:ya |nunca |no )?(?:llego|vino|se presento|falto|cancelo|reprogramo|reagendo|confirmo|espero|estuvo|salio|se fue|nos llamo|le dijo|le pidio|hablo con)\b|\b(?:tuvimos que|hubo que|tuvieron que) (?:reprogramar|reagendar|cancelar|mover|cambiar) (?:su|sus|la|el|le|lo)\b|\b(?:tuvimos que|hubo que) (?:reprogramar|reagendarle|reagendar|reprogramarle)\b",
            "Says when the reader came, cancelled or was rescheduled ('usted llegó tarde'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.says-staff-remember-ask", r"\b(?:recuerda|recuerdan|recordamos|extrana|extranan|extranamos|pregunta|preguntan|preguntamos|preguntaron|pregunto|piensa en|pensamos en|saluda a|saludan a|saludamos a)(?: [a-z]+){0,3} (?:a usted|a ud|a su|a sus|de usted|de ud|de su|de sus|por usted|por su|por sus|en usted|en su|en sus)\b",
            "Says staff remember or ask about the reader or their family: confirms a patient relationship"),
    Pattern("es.relationship.mentions-reader-s-visit", rf"\b(?!(?:(?<=compartir )|(?<=compartirnos )|(?<=compartido )|(?<=compartio ))(?:su|tu) experiencia con nosotros\b)(?!(?<=toda )su atencion\b|su atencion (?:completa|plena|total|exclusiva)\b|su (?:completa|plena|total) atencion\b){SU}{GAP} {CARE}\b",
            "Mentions the reader's visit or care ('su visita', 'su cita', 'su tratamiento'...): confirms the reviewer is a patient",
            unless=(third_person, hedged)),
    Pattern("es.relationship.refers-time-reader-came", r"(?<!escuchado por )(?<!escuchada por )(?<!atendido por )(?<!atendida por )\b(?:cuando|mientras|desde que|despues de que|antes de que|la vez que|cada vez que|la proxima vez que) (?:usted |ud |uds |ustedes )?(?:vino|vinieron|visito|visitaron|estuvo|estuvieron|llego|llegaron|nos visito|estaba|fue atendid[oa]|fue vist[oa]|tuvo|espero|venga|vuelva|regrese)\b",
            "Refers to a time the reader came in ('cuando vino'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.says-reader-was-seen", r"\b(?:fue|fueron|ha sido|han sido|haya sido|sea|es|era|esta siendo) (?:atendid[oa]s?|tratad[oa]s?|vist[oa]s?|examinad[oa]s?|operad[oa]s?|diagnosticad[oa]s?|internad[oa]s?|dad[oa]s? de alta)\b",
            "Says the reader was seen or treated ('fue atendido'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.says-practice-saw-treated", r"\b(?!la espera\b)(?!l[ao]s recibimos con (?:gusto|agrado|mucho gusto))(?!la recibimos (?:con frecuencia|a menudo|mucho|seguido|siempre|todo el tiempo))(?!lo (?:vemos|veremos)(?: juntos| con calma| enseguida| de inmediato)?(?:[.!?,;]|$))(?:le|lo|la|les|los|las|te) (?:atendimos|atendemos|atenderemos|atendio|atendieron|vimos|vemos|veremos|vio|vieron|tratamos|trataremos|trato|trataron|examinamos|examino|operamos|opero|recibimos|recibiremos|esperamos|esperaremos|espera|cuidamos|cuidaremos|tuvimos|agendamos|programamos|citamos|recetamos|diagnosticamos|extranamos|extrañamos)\b(?! (?:por|al|via) (?:telefono|correo|email|e-mail|via telefonica|linea|llamada)| telefonicamente| con (?:el|nuestro|todo el|la) (?:equipo|personal|direccion|gerencia)| en (?:la|nuestra) linea| de lunes| los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)| en (?:nuestro )?horario| todos los dias| entre semana)|\b(?:(?<!poder )atenderle(?! mejor| con calma| como se merece| personalmente)|(?<!poder )atenderlo(?! mejor| con calma| personalmente)|(?<!poder )atenderla(?! mejor| con calma| personalmente)|atenderte(?! mejor| con calma| personalmente)|atenderles(?! mejor| con calma| personalmente)|verle|verlo(?! (?:reconocid[oa]|reflejad[oa]|escrit[oa]|publicad[oa]|valorad[oa]))|verla(?! (?:reconocida|reflejada|escrita|publicada|valorada))|verte|verles|tratarle|tratarlo|tratarla|cuidarle|cuidarlo|cuidarla|cuidar de usted|recibirle|recibirlo|recibirla|tenerle|tenerlo|tenerla|examinarle|revisarle|haberle atendido|haberlo atendido|haberla atendido|haberle visto|haberle tenido|haberle recibido)\b(?!(?:(?<=recibirlo)|(?<=recibirla)) (?:en|dentro de) (?:un maximo de|un plazo|los proximos|menos de|\d+ |dos |tres |cinco |diez |quince |treinta ))(?! (?:por|al|via) (?:telefono|correo|email|e-mail|via telefonica|linea|llamada)| telefonicamente| con (?:el|nuestro|todo el|la) (?:equipo|personal|direccion|gerencia)| en (?:la|nuestra) linea)",
            "Says the practice saw, treated or awaits the reader ('le atendimos', 'le esperamos'): confirms a patient relationship",
            unless=(hedged, offer_of_service, meets_the_demand)),
    Pattern("es.relationship.thanks-reader-coming-choosing", r"\b(?:gracias|agradecemos|le agradecemos|muchas gracias|mil gracias) (?:de nuevo |nuevamente |otra vez )?(?:por|que|x) (?:venir|vernos|visitarnos|su visita|elegirnos|elegir|escoger|preferir|confiarnos(?! (?:sus|tus|su|tu|estos|estas|este|esta) (?:[a-z]+ )?(?:comentarios?|opinion|opiniones|inquietud|inquietudes|preocupacion|preocupaciones|palabras|resena|experiencia|historia))|confiar en nosotros|traer|traernos|escogernos|preferirnos|su preferencia|su confianza continua|su lealtad|ser (?:nuestr[oa]|un[oa]) paciente|acudir|asistir|habernos (?:visitado|elegido|escogido|preferido)|haber venido|habernos dado|permitirnos (?:atenderle|cuidarle|ser)|dejarnos (?:atenderle|cuidarle)|(?:ser|formar) parte de (?:nuestra |la )?(?:familia|clinica|practica|consulta|oficina|nuestros pacientes|los pacientes)|nos eligiera|nos visitara|viniera|nos haya (?:visitado|elegido|escogido|preferido|confiado|permitido|dejado atender|dado la oportunidad de atender))\b",
            "Thanks the reader for coming or choosing the practice ('gracias por su visita'): confirms a patient relationship"),
    Pattern("es.relationship.says-whether-reader-patient", r"\b(?:usted|ud|tu|su (?:hij[oa]|mama|papa|espos[oa]|familia|bebe|nin[oa]|madre|padre|abuel[oa])s?) (?:es|era|fue|ha sido|sera|sigue siendo|no es|no era|no fue|nunca ha sido|nunca fue|ya no es)(?: [a-z]+){0,3} (?:paciente|pacientes|cliente|clientes)\b|\b(?:nuestr[oa]s?|un[oa] de nuestr[oa]s) (?:[a-z]+ )?(?:paciente|pacientes|cliente|clientes)(?: (?:como usted|favorit[oa]s?|consentid[oa]s?|leales?|frecuentes?))?\b(?=.{0,40}\b(?:usted|ud|le|su|como usted|gracias)\b)|\bcomo (?:nuestr[oa]|su) (?:paciente|dentista|doctora?|medic[oa]|proveedor)\b|\bpaciente (?:nuestr[oa]|de nosotros|de la clinica|aqui|con nosotros)\b|\bcomo su (?:dentista|doctora?|medic[oa]|pediatra|dermatolog[oa]|enfermer[oa]|higienista|equipo medico|equipo dental)\b",
            "Says whether the reader is a patient ('nuestro paciente'): confirms or denies a patient relationship",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.says-practice-has-record", r"\b(?:no|nunca|jamas) (?:tenemos|encontramos|hay|existe|aparece|aparecen|figura|figuran|esta|estan|consta|constan|hemos encontrado|pudimos encontrar|podemos encontrar|localizamos|ha sido|fue|ha venido|vino|hemos (?:visto|atendido|tratado)|lo hemos|la hemos|le hemos)\b(?: [a-z]+){0,4} (?:registro|registros|expediente|expedientes|historial|sistema|archivo|archivos|nombre|paciente|pacientes|atendid[oa]|vist[oa]|tratad[oa]|visita|cita|citas)\b",
            "Says the practice has no record of the reader ('no tenemos registro de usted'): denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("es.relationship.refers-reader-s-care", r"\b(?:el|la|los|las) (?:cuidado|cuidados|atencion|tratamiento|tratamientos|salud|cita|citas|visita|visitas|consulta|consultas|diagnostico|expediente|recuperacion|dientes|sonrisa) de (?:su|sus|tu|tus|usted)\b|\b(?:tuvo|tuvieron|haya tenido|hayan tenido|tuviera|tuvo usted) que esperar\b|(?<!vista )(?<!visto )(?<!vistas )(?<!vistos )\b(?:en|desde) (?:la|nuestra) sala de espera\b(?! no siempre| no se (?:ve|nota))|(?<!pasa )(?<!ocurre )(?<!sucede )(?<!pase )\b(?:en|desde) (?:el|nuestro) (?:consultorio|sillon|sillon dental)\b(?! (?:trabajamos|ofrecemos|contamos|tenemos|hacemos|atendemos|usamos|brindamos))|\b(?:se acuerda|se acuerdan|nos acordamos|recuerda|recuerdan|recordamos|extrana|extranan|extranamos) (?:mucho |muy bien |siempre )?(?:de usted|de ti|a usted)\b|\b(?:le|te|les) (?:manda|mandan|envia|envian|mandamos|enviamos) (?:saludos|sus saludos|un abrazo|muchos saludos)\b",
            "Refers to the reader's care, waiting room or staff remembering them: confirms a patient relationship",
            unless=(practice_wide, practice_changed_its_premises, hedged, general_rule,
                    third_person, how_it_can_seem, posted_in_the_room)),
    Pattern("es.relationship.refers-reader-waiting-choosing", r"\b(?:haya|hayan|ha|han|hubiera|tuvo que|tuvieron que|haya tenido que) (?:esperado|esperar)\b|\b(?:haya|hayan|por haber|de haber) (?:elegido|escogido|preferido|confiado|visitado|venido)\b(?! o no)|\b(?:eligio|escogio|prefirio|visito) (?:nuestra|nuestro|nuestros|a nosotros)\b|\b(?:nadie|ninguna persona|ningun paciente|alguien|ninguna paciente) (?:con|bajo|llamad[oa]) (?:ese|este|su|el|tal) nombre\b|(?<!muestran )(?<!explican )(?<!revisan )(?<!comentan )(?<!presentan )(?<!ensenan )\b(?:durante|despues de|antes de) (?:su|sus|la|el) (?!primera )(?:[a-z]+ )?(?:cita|visita|consulta|limpieza|cirugia|revision|operacion|procedimiento|tratamiento|examen)\b",
            "Refers to the reader waiting, choosing the practice, or being in its records: confirms or denies a patient relationship",
            unless=(third_person, same_in_condition, people_at_large,
                    team_step_before_any_visit)),
    Pattern("es.relationship.describes-reader-s-interaction", r"\b(?:el|la|los|las|nuestr[oa]s?|su) (?:doctor|doctora|dentista|higienista|enfermer[oa]s?|recepcionista|personal|asistente|medic[oa]|equipo|recepcion|cajer[oa]) (?:[a-z]+ )?(?:haya sido|hayan sido|fue|fueron|estuvo|estuvieron|se porto|se portaron|se comporto|trato|trataron|atendio|atendieron|parecio)(?: [a-z]+){0,3} con (?:usted|ud|ustedes)\b|\b(?:su|sus) (?:lealtad|preferencia|fidelidad)\b|\b(?:atender|cuidar|ver|tratar|recibir|examinar|atenderle|conocer) a (?:su|sus|usted|ud)\b|\b(?:lleva|llevan|ha estado|han estado|esta|estan) con nosotros (?:desde|por|hace)\b|\bcon nosotros desde\b|\b(?:felicidades|felicitaciones|enhorabuena) por (?:su|sus|el|la)\b",
            "Describes the reader's interaction with staff or history with the practice: confirms a patient relationship",
            unless=(third_person,)),
    Pattern("es.relationship.welcomes-reader-practice", r"\bbienvenid[oa]s? (?:de nuevo|de vuelta|otra vez|nuevamente|a (?:nuestra|la) familia|a nuestra (?:clinica|practica|consulta|oficina))\b|\bfamilia (?:de pacientes|dental|de la clinica)\b",
            "Welcomes the reader (back) to the practice ('bienvenido de nuevo'): confirms a patient relationship"),
    Pattern("es.relationship.invites-reader-back-care", r"\b(?:vuelva|regrese|venga|vuelve|regresa|ven) (?:pronto|de nuevo|otra vez|a vernos|a visitarnos|a su)\b|\b(?:volver|verle|verlo|verla|verte|tenerle|tenerlo|tenerla) (?:de nuevo|otra vez|pronto|nuevamente|en su|en la proxima|de vuelta)\b|(?<!pase )(?<!pasen )(?<!pasa )(?<!pasate )(?<!pasese )\ba (?:vernos|visitarnos)\b|\b(?:en|para) su proxima\b|\bproxima (?:cita|visita|consulta|limpieza|revision)\b",
            "Invites the reader back for care ('le esperamos en su próxima consulta'): confirms a patient relationship"),
    Pattern("es.relationship.refers-reader-s-visit", r"\b(?!(?:(?<=compartir )|(?<=compartirnos )|(?<=compartido )|(?<=compartio ))(?:su|tu) experiencia con nosotros\b)(?:su|tu) experiencia (?:con|en) (?:el|la|nuestr[oa]s?|nosotros|dr|dra|doctor|doctora)\b(?! (?:comunidad|gente|publico|demas|mundo|internet|vecindario|redes))|(?<!precios )(?<!costos )(?<!opciones )(?<!presupuesto )(?<!muestran )(?<!explican )(?<!revisan )(?<!comentan )(?<!presentan )\b(?:en|durante|despues de|antes de) (?:la|esa|esta) (?:cita|visita|consulta|cirugia|limpieza|revision|operacion|procedimiento)\b(?! (?:previa|inicial|de valoracion|informativa|preoperatoria|de cada))",
            "Refers to the reader's visit or time at the practice: confirms a patient relationship",
            unless=(anyone_s_routine, people_at_large, team_step_before_any_visit)),
    Pattern("es.relationship.describes-reader-s-trip", r"\b(?:regreso|camino|viaje|trayecto)(?: de (?:regreso|vuelta))? a (?:casa|su casa)\b|\b(?:haya|hayan|hayas) (?:llegado|vuelto|regresado) (?:bien |con bien |sin problemas )?a (?:casa|su casa)\b|\b(?:se haya ido|se hayan ido|se fue|se fueron|se fuera|se fueran|se haya marchado|se marcho|se marchara|se haya retirado|se retiro|se retirara|haya salido|hayan salido|saliera|salieran|salio|salieron) (?:tan |muy )?(?:molest[oa]s?|frustrad[oa]s?|insatisfech[oa]s?|descontent[oa]s?|enojad[oa]s?|disgustad[oa]s?|triste|tristes|decepcionad[oa]s?|sin respuestas?|sin ser atendid[oa]s?)\b|\b(?:se haya ido|se hayan ido|se fue|se fueron|se fuera|se haya marchado|se marcho|se marchara|se haya retirado|se retiro|haya salido|hayan salido|saliera|salio|haya llegado|llego|llegara|entro|haya entrado) (?:[a-z]+ )?(?:(?:de|a|en) (?:la|nuestra|nuestro|el|nuestras)|del|al) (?:oficina|clinica|consultorio|instalaciones|practica|centro|recepcion|sala)\b",
            "Describes the reader's trip or leaving the office ('el regreso a casa', 'se fue molesta de la oficina'): confirms a patient relationship",
            unless=(hedged, third_person)),
    Pattern("es.relationship.says-reviewer-among-practice", r"\b(?:no corresponde|no pertenece|no se refiere|no coincide|no proviene|no viene)(?: [a-z]+){0,2} (?:a|con|de) (?:ningun[oa]?|un[oa]?|nuestr[oa]s?|algun[oa]?)(?: [a-z]+){0,2} (?:pacientes?|clientes?|registros?|expedientes?|citas?|visitas?)\b|\b(?:resena|opinion|comentario|publicacion|queja) no (?:corresponde|pertenece|es de|proviene|viene|se refiere)\b|\b(?:reconocemos|identificamos|ubicamos|localizamos|conocemos)(?: [a-z]+){0,2} (?:su nombre|ese nombre|este nombre|a esta persona|a usted|su caso|el caso|la situacion que describe)\b",
            "Says the reviewer is not among the practice's patients ('no corresponde a ninguno de nuestros pacientes'): denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("es.relationship.talks-procedure-visit-something", r"\b(?:limpieza|extraccion|procedimiento|tratamiento|cirugia|operacion|examen|revision|inyeccion|vacuna|sesion|terapia|consulta|cita|visita|anestesia|radiografia|biopsia|endodoncia|empaste|curacion|aplicacion|prueba|estudio|ajuste|colocacion|retiro|puente|corona|carilla|freno|bracket|retenedor|placa|protesis|dentadura|implante|lente|anteojo|lentilla|aparato|yeso|ferula|bota|muleta|audifono|plantilla|parche|alineador)s? (?:le|les|no le|no les|haya|hayan|no haya|no hayan|le haya|le hayan|de ese dia|de esa manana|de esa tarde|del (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b",
            "Talks about a procedure or visit as something that happened to the reader ('la limpieza le resultó incómoda'): confirms care",
            unless=(hedged, practice_system, people_in_general)),
    Pattern("es.relationship.says-staff-enjoyed-greeting", r"\b(?:acompanarl[eao]s?|haberl[eao]s? acompanado|(?:le|la|lo|les) acompanamos)\b|\b(?:nunca|no|jamas) (?:ha|han|habia|habian) (?:pisado|puesto (?:un )?pie|venido|visitado|acudido|asistido)\b|\b(?:gusto|placer|alegria|encanto|honor|privilegio|orgullo) (?:[a-z]+ )?(?:saludarl[eao]s?|conocerl[eao]s?|verl[eao]s?|recibirl[eao]s?|atenderl[eao]s?|platicar con usted|charlar con usted)\b(?! (?:por|al|via) (?:telefono|correo|email|e-mail|via telefonica|linea|llamada)| telefonicamente| con (?:el|nuestro|todo el|la) (?:equipo|personal|direccion|gerencia)| en (?:la|nuestra) linea)|\b(?:saludarl[eao]s?|conocerl[eao]s?|saludar a su|conocer a su) (?:[a-z]+ )?(?:en (?:la|el|nuestra|nuestro|recepcion|persona)|aqui|ayer|hoy|durante|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b",
            "Says staff enjoyed greeting, meeting or accompanying the reader, or that the reader never came ('nos dio gusto saludarla', 'acompañarle', 'nunca ha pisado'): confirms or denies a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.says-what-clinician-staff", r"\b(?:doctor|doctora|dr|dra|dentista|ortodoncista|higienista|enfermer[oa]|medic[oa]|pediatra|terapeuta|cirujan[oa]|especialista|optometrista|oftalmolog[oa]|asistente|tecnic[oa]|fisioterapeuta|dermatolog[oa]|ginecolog[oa]|cardiolog[oa]|partera|psicolog[oa]|recepcionista|personal|equipo)(?: [a-z]+)? (?:le|les|te) (?:explico|explicaron|dijo|dijeron|indico|indicaron|receto|recetaron|recomendo|recomendaron|reviso|revisaron|hizo|hicieron|puso|pusieron|quito|quitaron|aplico|aplicaron|examino|mando|envio|pidio|pidieron|comento|informo|informaron|sugirio|dio|dieron|tomo|tomaron|saco|sacaron|limpio|coloco|ajusto|atendio|atendieron)\b",
            "Says what a clinician or staff member did or told the reader ('el ortodoncista le explicó el plan'): confirms care",
            unless=(hedged,)),
    Pattern("es.relationship.speaks-seeing-reader-their", r"\bdio (?:mucho |tanto |muchisimo )?(?:gusto|alegria|placer|emocion) (?:ver|saludar|conocer|recibir|atender|platicar|charlar|tener)\b|\bcrecido (?:su|sus|tu) (?:hij[oa]s?|nin[oa]s?|bebes?|pequen[oa]s?|niet[oa]s?)\b|\b(?:hij[oa]s?|nin[oa]s?|bebes?|pequen[oa]s?|niet[oa]s?) (?:ha|han|haya|hayan) crecido\b|\bproxima vez (?:que )?(?:pida|pide|venga|viene|agende|llame para|solicite|reserve|programe|nos visite|vuelva|regrese|este aqui)\b|\b(?:esperara|esperaran|tendra que esperar|tendran que esperar|le haremos esperar|la haremos esperar|lo haremos esperar) (?:tanto|mas|de nuevo|otra vez)\b",
            "Speaks of seeing the reader or their child, or of their next visit ('nos dio gusto ver cuánto ha crecido su niño', 'la próxima vez pida...'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.describes-reader-s-time", r"\b(?:haya|hayan|hubiera|hubieran|ha|han) (?:pasado|vivido|tenido|sentido|estado|recibido|encontrado)\b(?: [a-z]+){0,5} (?:con nosotros|aqui|en (?:nuestra|nuestro|la|el) (?:clinica|consultorio|oficina|practica|centro|consulta|sala|recepcion))\b|\b(?:haya tenido que|hayan tenido que|tuvo que|tuvieron que|tuviera que|tuvieran que|ha tenido que|han tenido que) (?:regresar|volver|venir|repetir|reprogramar|cancelar|traer|acudir|manejar|viajar|faltar al trabajo|esperar|pagar)\b|\b(?:regresar|volver|venir|vino|regreso|volvio) (?:dos|tres|varias|otra|cuatro) (?:veces|vez)\b|\b(?:viniendo|visitandonos|atendiendose|tratandose|acudiendo) (?:con nosotros|aqui|a nuestra|a nuestro|a la clinica|al consultorio|a esta)\b",
            "Describes the reader's time at the practice or having to come back ('haya pasado un mal rato con nosotros', 'tuvo que regresar dos veces'): confirms a patient relationship",
            unless=(hedged, third_person)),
    Pattern("es.relationship.speaks-reader-s-care", r"\b(?:cuidado|cuidados|tratamiento|tratamientos|alivio|resultado|resultados) que (?:usted |ud )?(?:buscaba|necesitaba|esperaba|recibio|merecia|queria|pidio|le dimos|le dieron|obtuvo|deseaba)\b|\b(?:confirmamos|apartamos|guardamos|reservamos|agendamos|reagendamos|reprogramamos|movimos|cambiamos|cancelamos) (?:su|sus|la|el) (?:[a-z]+ )?(?:lugar|espacio|cita|turno|horario|reservacion|reserva|visita|consulta|procedimiento|cirugia|limpieza|examen|sesion)\b|\b(?:guardamos|apartamos) (?:su|un|el|la)\b|\breservamos (?:su|un)\b|\b(?:usted|ud) (?:siempre|nunca) (?:ha sido|ha estado|ha venido|fue|llega|llego|viene|vino|nos ha|se ha)\b",
            "Speaks of the reader's care, slot or habits ('le guardamos su lugar', 'usted siempre ha sido puntual'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.says-one-matching-reviewer", r"\bnadie (?:registrad[oa]|inscrit[oa]|que coincida|que corresponda|con (?:esas?|esos?|estas?|estos?|sus|tales) (?:iniciales|datos|caracteristicas|apellidos?|nombres?|senas))\b|\bregistrad[oa]s? (?:con|bajo) (?:ese|esas?|este|estas?|su|sus|tal|dicho)\b",
            "Says no one matching the reviewer is registered ('no tenemos a nadie registrado'): denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("es.relationship.looks-forward-seeing-reader", r"\bnos vemos\b(?! obligad| forzad| en la necesidad| en el deber| comprometid| afectad| reflejad)|\bhasta (?:su|la|el) proxim[oa] (?:cita|visita|consulta|chequeo|control|limpieza|revision|ajuste|sesion)\b|\b(?:atendimos|atendio|atendieron) por (?:telefono|correo)\b|\bver (?:su|sus|tu) (?:nueva |linda |bonita |hermosa )?(?:sonrisa|dientes|piel|resultados?|progreso|avance|cambio|transformacion)\b|\bsu (?:nueva |linda |bonita |hermosa )?sonrisa (?:terminada|final|renovada|nueva|quedo|luce|se ve)\b|\b(?:usted|ud|ya|ahora|ustedes) (?:ya )?(?:forma|formas|es|eres|sera|seras|forman|son) parte de (?:la|nuestra) familia\b|\b(?:fue|estuvo|se porto|se mostro|era) (?:su|sus) (?:hij[oa]|nin[oa]|pequen[oa]|bebe|mama|papa|espos[oa]|familiar|madre|padre|abuel[oa])s?\b",
            "Looks forward to seeing the reader or recalls them or their child ('nos vemos en seis meses', 'ya forma parte de la familia'): confirms a patient relationship",
            unless=(hedged,)),
]
HEDGES = (
    r"\b(?:si|sea o no|ya sea|confirmar ni negar|confirmar o negar|no podemos confirmar|"
    r"no confirma ni niega|ni confirma ni niega|no confirmamos ni negamos|"
    r"ni confirmar|no confirmamos|cualquier persona|cualquier paciente|toda persona|todo paciente|"
    r"quien sea|cualquiera que|todo aquel que|"
    r"quienes|todos los que|las personas que|los pacientes que|cualquier paciente que|"
    r"cuando alguien|si alguien|cuando una persona)\b"
)

TREATMENT_DISCLOSURE = [
    Pattern("es.treatment.describes-how-condition-treatment", r"\b(?:esta|estan|va|van|sigue|siguen|ha|han) (?:ya |muy |mucho |por fin |finalmente )?(?:mejor|mejorando|sanando|sanado|cicatrizando|curad[oa]|controlad[oa]|bajo control|funcionando bien|en remision|recuperandose|recuperad[oa])\b",
            "Describes how a condition or treatment is going: discloses clinical information"),
    Pattern("es.treatment.talks-reader-s-recovery", r"\b(?:se sienta|sentirse|se siente|este|estar|se encuentre) (?:mucho |ya |un poco )?mejor\b|\brecuperand[oa]s?\b|\bse (?:este|esta|estan) recuperando\b|\b(?:su|sus) (?:mama|papa|hij[oa]s?|bebe|nin[oa]s?|espos[oa]|madre|padre|abuel[oa]|pequen[oa]|familiar)\b(?= (?:se|esta|estuvo|fue|ya|salio|tuvo|recibio|sigue))|\b(?:sane|sanen|sanar|sanando|cicatrice|cicatricen|cicatrizar|desinflame|desinflamen)\b|(?<!alguien )(?<!persona )(?<!personas )(?<!pacientes )(?<!nino )(?<!ninos )\b(?:con|sin|tenga|tuvo|tiene|siente|sintio|sienta|sentia|salio con|mas|menos|mucho|tanto) (?:mucho |tanto |algo de |un poco de |nada de )?dolor\b|\b(?:que se mejore|mejorese|pronta recuperacion|pronto restablecimiento|se recupere|recuperandose|cicatrizacion|sane pronto)\b",
            "Talks about the reader's recovery ('se sienta mejor', 'pronta recuperación'): discloses clinical information",
            unless=(practice_wide,)),
    Pattern("es.treatment.mentions-test-results", r"\bresultados? (?:de (?:su |sus |la |los )?)?(?:analisis|laboratorio|biopsia|estudios|examen|examenes|prueba|pruebas|radiografia|resonancia|sangre)\b",
            "Mentions test results ('resultados de laboratorio'): discloses clinical information",
            unless=(admin_in_general, if_ever_a_patient)),
    Pattern("es.treatment.describes-how-reader-family", r"(?<!\blos )(?<!\blas )\b(?:bebe|nin[oa]|hij[oa]|pequen[oa]|mama|papa|espos[oa]|abuel[oa]|madre|padre|familiar)s? (?:ya )?(?:este|esta|estan|siga|sigue|se sienta|se siente|se encuentre|haya|ha)(?: ya| mucho| un poco| muy)? (?:mejor|mejorando|comiendo|durmiendo|respirando|caminando|hablando|recuperad[oa]|sanad[oa]|sin fiebre|sin dolor)\b|\b(?:comiendo|durmiendo|respirando|caminando|descansando|subiendo de peso|aumentando de peso) (?:mejor|bien|normal|mas)\b",
            "Describes how the reader or a family member is doing ('el bebé ya esté comiendo mejor'): discloses clinical information",
            unless=(hedged,)),
    Pattern("es.treatment.describes-how-treatment-worked", r"\bresultados? que (?:usted |ud )?(?:esperaba|buscaba|queria|deseaba)\b|\bdado (?:el |los |buen |buenos |mal |malos )?resultados?\b|\b(?:vuelto|volvio|volvieron|vuelva|vuelvan) a (?:salir|aparecer|brotar|doler|sangrar|inflamarse|hincharse|infectarse|empeorar|picar)\b|\breaccion (?:que (?:usted |ud )?(?:tuvo|presento|sufrio|le dio|le causo)|a la (?:crema|pomada|medicina|vacuna|anestesia|inyeccion|locion)|al (?:medicamento|tratamiento|antibiotico|producto|anestesico)|alergica|en la piel)\b|\b(?:tuvo|sufrio|padecio|presento|sintio) (?:con|a|despues de|tras|durante) (?:la|el|su|sus)\b",
            "Describes how a treatment worked or what the reader suffered ('no haya dado el resultado', 'la reacción que tuvo'): discloses clinical information",
            unless=(hedged,)),
]

RECORDS_BILLING = [
    Pattern("es.records.mentions-receipt-something-sent", r"\b(?:el|la|su|sus|ese|este|esa|esta) recibos?\b|\b(?:le|les) (?:enviamos|mandamos|enviaremos|mandaremos|enviaron|mandaron)\b(?: [a-z]+){0,3} (?:a su correo|a su domicilio|a su casa|por correo)\b",
            "Mentions a receipt or something sent to the reader ('el recibo', 'le enviamos a su correo'): discloses account details",
            unless=(third_person,)),
    Pattern("es.records.mentions-reader-s-records", rf"(?<!por )\b{SU} (?:{words('expediente', 'expedientes', 'historial', 'historial medico', 'historia clinica', 'archivo', 'archivos', 'registro', 'registros', 'notas', 'cuenta', 'factura', 'facturas', 'saldo', 'seguro', 'seguro medico', 'aseguradora', 'poliza', 'reclamo', 'reclamos', 'reclamacion', 'copago', 'copagos', 'deducible', 'pago', 'pagos', 'cobro', 'cobros', 'cargo', 'cargos', 'estado de cuenta', 'plan', 'plan de seguro', 'cobertura', 'beneficios', 'deuda', 'adeudo', 'balance', 'recibo', 'perfil', 'portal', 'tarjeta', 'autorizacion', 'referencia', 'formularios', 'documentos', 'medicaid', 'medicare', 'ficha', 'ficha medica', 'ficha clinica', 'carpeta', 'historia medica', 'historial de pagos', 'plan de pagos', 'explicacion de beneficios', 'numero de cuenta', 'numero de poliza', 'metodo de pago', 'informacion de seguro', 'datos de seguro', 'tarjeta del seguro')})\b",
            "Mentions the reader's records, account, bill or insurance ('su expediente', 'su cuenta', 'su seguro', 'su saldo'): confirms a patient relationship",
            unless=(third_person, if_ever_a_patient)),
    Pattern("es.records.quotes-practice-s-records", r"\b(?:nuestros|los|nuestro|el|nuestra|la) (?:registros?|expedientes?|archivos?|sistema|historial|notas|base de datos|agenda)(?: [a-z]+){0,2} (?:muestra|muestran|mostro|indica|indican|indico|dice|dicen|refleja|reflejan|confirma|confirman|senala|senalan|no muestra|no muestran|no indica|no tiene|no tienen)\b|(?<!guardan )(?<!guarda )(?<!almacenan )(?<!almacena )\b(?:segun|de acuerdo con|de acuerdo a|conforme a|revisando|revisamos|al revisar|tras revisar|consultamos|verificamos|en) (?:nuestros|sus|su|nuestro|el|los|nuestra|las) (?:registros?|expedientes?|archivos?|sistema|historial|notas|base de datos|agenda)\b(?! para (?:reducir|mejorar|ajustar|ofrecer|agilizar|evitar|que|dar))(?! de (?:mensajes|llamadas|citas|telefono|telefonos|turnos|reservas|espera|comunicacion|atencion|recordatorios|avisos|notificaciones|alertas|senalizacion|buzon|voz|contestador|telefonia))(?! (?:telefonico|informatico|de agenda|de reservas|de turnos))",
            "Quotes the practice's records ('según nuestros registros'): discloses patient information",
            unless=(staff_at_the_desk,)),
    Pattern("es.records.talks-specific-bill-claim", r"(?<!evitar )(?<!evite )(?<!evitan )(?<!evitarse )\b(?:el|la|ese|esa|este|esta) (?:reclamo|reclamacion|factura|saldo|copago|cobro|cargo|deducible|estado de cuenta)\b|\b(?:le|les|te) (?:cobramos|cobraron|cobro|facturamos|facturo|reembolsamos|enviamos a cobranza)\b|\b(?<!\bsi )(?:usted|ud) (?:debe|pago|adeuda|tiene un saldo|tenia un saldo)\b|\b(?:el seguro|la aseguradora|su seguro|medicaid|medicare) (?:nego|rechazo|cubrio|pago|no cubre|no cubrio|no pago|aprobo)\b|\bcobranzas?\b|(?<!sobre )(?<!politica de )(?<!politicas de )\bcitas? (?:perdidas?|faltadas?)\b|\bno se presento\b",
            "Talks about a specific bill, claim or insurance decision: discloses billing information",
            unless=(third_person, in_disclaimer, policy_fee, billing_in_general)),
    Pattern("es.records.says-money-was-returned", r"\b(?:le|les|te) (?:devolvimos|devolveremos|devolvemos|reintegramos|reintegraremos|acreditamos|acreditaremos|abonamos|ajustamos|descontamos|anulamos|condonamos|bonificamos)\b(?! (?:la|su|tu|cualquier) (?:llamada|mensaje|correo)| (?:el|su|tu) (?:mensaje|correo|llamado))|\b(?:lo que|el monto que|la cantidad que|el dinero que) (?:usted |ud )?(?:pago|pagaba|abono|adelanto|deposito|se le cobro|le cobramos|le cobraron|debia)\b|\b(?:pago|pagado|cobrado|cobramos|cobraron|cobro|facturamos|facturado) (?:de mas|doble|dos veces|por error|de forma incorrecta|incorrectamente)\b",
            "Says money was returned to or charged to the reader ('le devolvimos lo que pagó de más'): discloses billing information",
            unless=(hedged,)),
    Pattern("es.records.refers-problem-reader-s", r"\b(?:malentendido|confusion|problema|problemas|error|errores|inconveniente|inconvenientes|retraso|demora|lio|situacion|complicacion|complicaciones) (?:con|en|de) (?:el|la|los|las|su|sus) (?:seguro|seguros|seguro dental|seguro medico|factura|facturas|facturacion|cobro|cobros|pago|pagos|cuenta|aseguradora|reclamo|reclamos|reclamacion|copago|saldo|estado de cuenta|autorizacion|autorizacion previa|referido|referencia|poliza|cobertura|deducible|reembolso)\b",
            "Refers to a problem with the reader's insurance or bill ('el malentendido con el seguro'): discloses billing information",
            unless=(hedged,)),
    Pattern("es.records.describes-billing-insurance-work", r"\b(?:refacturar|refacturamos|refacturaremos|volver a (?:facturar|enviar|presentar|mandar) (?:el|la|su|a)|volvimos a (?:facturar|enviar|presentar|mandar)|vamos a (?:facturar|apelar|cobrar) (?:a|al|el|la|su))\b|\b(?:facturar|facturamos|facturaremos|cobrar|cobramos|apelar|apelamos|apelaremos|reenviar|reenviamos|reenviaremos) (?:a |al |el |la |su )?(?:seguro|aseguradora|reclamo|reclamacion|delta dental|aetna|cigna|metlife|guardian|humana|united|unitedhealthcare|blue cross|medicaid|medicare|medi-cal|anthem|kaiser|molina|ambetter|tricare)\b|\b(?:recibimos|registramos|aplicamos|procesamos|devolvimos|rechazamos) (?:su|sus|el|la) (?:pago|pagos|abono|deposito|cheque|reembolso|copago)\b|\b(?:mandamos|enviamos|mandaremos|enviaremos)(?: [a-z]+){0,3} (?:la explicacion de beneficios|el estado de cuenta|la factura|el recibo|el reembolso|la carta del seguro)\b",
            "Describes billing or insurance work on the reader's account ('vamos a volver a facturar al seguro', 'recibimos su pago'): discloses billing information",
            unless=(hedged,)),
]

SPECIFIC_DATE = [
    Pattern("es.date.gives-calendar-date", r"\b\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b(?! de \d{4})|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
            "Gives a calendar date ('14 de marzo'): identifies the reviewer's visit",
            unless=(announced_date, practice_calendar)),
]
PERSONAL_IDENTIFIER = [
    Pattern("es.identifier.gives-date-time", r"\b(?:el|este|el pasado|el proximo|este pasado) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\b(?:el )?\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:esta|ayer en la|ayer por la|hoy en la|hoy por la|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) por la) (?:manana|tarde|noche)\b|\b(?:ayer|anteayer|antier|la semana pasada(?! (?:dejamos|tenemos|contamos|abrimos|hay|ofrecemos|agregamos|sumamos|pusimos|atendemos|estamos))|el mes pasado(?! (?:dejamos|tenemos|contamos|abrimos|hay|ofrecemos|agregamos|sumamos|pusimos|atendemos|estamos))|el otro dia|hace (?:unos|dos|tres|varios|\d+) (?:dias|semanas))\b|\ba las \d{1,2}(?::\d{2})?\b|\b(?:ese|aquel) dia\b|\ba (?:eso de )?las (?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b|\ba (?:eso de )?la una\b|\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) \d{1,2}\b|\b(?:esa|aquella) (?:manana|tarde|noche|semana|visita|cita)\b",
            "Gives a date or time (tied to a visit it identifies the reviewer's appointment)",
            unless=(announced_date, practice_schedule, staff_at_work, practice_calendar)),
]
VISIT_CONTEXT = rf"\b(?:(?:la|esa|esta|su) (?:espera|demora|tardanza)|ocurrir|suceder|{SU}{GAP} {CARE}|(?:la|esa|esta|el|ese|este) (?:cita|visita|consulta|limpieza|cirugia|examen|revision|procedimiento|operacion|tratamiento)|vino|visito|estuvo|llego|atendid[oa]|vist[oa]|espero|esperar|esperado|papeleo|recepcion|sala de espera|paso|ocurrio|sucedio|ocurrido|sucedido|le haya|le hayan)\b"

MEDICAL_ADVICE = [
    Pattern("es.advice.gives-dose", r"\b\d+(?:[.,]\d+)? ?(?:mg|mcg|miligramos?|microgramos?|gramos?|ml|mililitros?|cc|unidades|ui|tabletas?|pastillas?|capsulas?|gotas|inhalaciones|cucharadas?|cucharaditas?|dosis)\b",
            "Gives a dose ('500 mg'): medical advice"),
    Pattern("es.advice.gives-dosing-schedule", r"\b(?:una|dos|tres|cuatro|\d+) (?:vez|veces) (?:al|por|cada) (?:dia|semana|noche)\b|(?<!se limpian )(?<!se revisan )(?<!limpiamos )(?<!revisamos )(?<!se desinfectan )(?<!desinfectamos )(?<!se actualiza )(?<!se actualizan )(?<!actualizamos )(?<!limpieza a )(?<!limpiezas a )(?<!rondas a )\bcada (?:\d+|dos|tres|cuatro|seis|ocho|doce)(?: a \d+)? (?:horas|dias)\b|\b(?:antes de dormir|en ayunas|con (?:las )?comidas|despues de (?:las )?comidas|antes de (?:las )?comidas|(?<!equipo )(?<!nos )(?<!personal )(?<!que )cada manana|(?<!equipo )(?<!nos )(?<!personal )(?<!que )cada noche(?! en (?:el centro|la clinica|el laboratorio|nuestr[oa]))|(?<!semana )(?<!sabados )(?<!domingos )(?<!viernes )(?<!fines )por la noche(?! (?:es cuando|hay|suele haber|viene|vienen|llega|llegan|abrimos|atendemos|estamos)))\b",
            "Gives a dosing schedule ('dos veces al día', 'cada 8 horas'): medical advice",
            unless=(practice_schedule, practice_routine)),
    Pattern("es.advice.tells-reader-which-care", r"\b(?:debe|deberia|tiene que|necesita|le recomendamos|le sugerimos|recomendamos|sugerimos|por favor|vaya a|acuda a) (?:ver a|visitar a|consultar a|consultar con|acudir a|ir a|ir con|llamar a)? ?(?:un|una|su) (?:especialista|medic[oa]|dermatolog[oa]|dentista|doctora?|pediatra|cirujan[oa]|urgencias|sala de emergencias|ortodoncista|cardiolog[oa]|terapeuta)\b",
            "Tells the reader which care to seek ('debe ver a un especialista'): medical advice"),
    Pattern("es.advice.tells-reader-take-stop", r"(?:^|(?<=[.!?;:,] )|\b(?:por favor|le recomendamos|le sugerimos|recomendamos|sugerimos|debe|deberia|tiene que|necesita|puede|no olvide|asegurese de|siga|continue|solo|y) )(?:pongase|apliquese|tomese(?!(?: el| su| tu| un)? tiempo)|cepillese|enjuaguese|pongale|aplicarse|tomarse(?!(?: el| su| tu| un)? tiempo)|untese|tome|tomar|deje de tomar|deje de usar|dejar de tomar|suspenda|suspender|aplique|aplicar|use|usar|utilice|duplique|duplicar|aumente|aumentar|disminuya|reduzca|reducir|ponga|ponerse|poner(?! los ojos en blanco)|descanse|descansar|evite|evitar|enjuague|enjuaguese|enjuagar|haga gargaras|beba|beber|tome mas|coma|comer|cepillese|use hilo dental|aplique hielo|ponga hielo|eleve|elevar|masajee|frote|cambie a|siga tomando|continue tomando|empiece a tomar|comience a tomar|inyecte|mida|revise su|terminar|termine|completar|complete|acabar|acabe|seguir con|siga con|continuar con|continue con)\b(?! con (?:prisas?|calma|tiempo|presion|cuidado|seriedad)\b| a la ligera\b| en serio\b)(?! (?:el|la|los|las|su|sus|un|una|nuestr[oa]s?) (?:formulario|portal|sitio|pagina|enlace|link|correo|telefono|numero|chat|aplicacion|app|linea|buzon|estacionamiento|entrada|elevador|ascensor)\b)(?= (?:el|la|los|las|su|sus|un|una|con|mas|menos|hielo|calor|agua|sal|medicamento|medicina|pastillas?|crema|pomada|gotas|dosis|antibioticos?|ibuprofeno|paracetamol|tylenol|aspirina|enjuague|compresas?|reposo|insulina|inhalador|\d))(?! (?:el|la) (?:tramite|proceso|formulario|registro|pago|papeleo|cuestionario)\b)",
            "Tells the reader to take, stop, apply or change something ('tome', 'aplique', 'deje de tomar'): medical advice"),
    Pattern("es.advice.recommends-what-reader-should", r"\b(?:sugerimos|recomendamos|aconsejamos|indicamos|sugeriria|recomendaria|aconsejaria|importante|mejor|mejor es|conviene|procure) (?:que )?(?:no )?(?:(?:duerma|dormir|tome|tomar|descanse|descansar|beba|beber|coma|comer|deje de|dejar de|siga tomando|seguir tomando|lave|lavese|lavarse|cepille|cepillarse|enjuague|enjuagarse|repose|reposar|eleve|elevar|suspenda|suspender|mastique|masticar|haga gargaras|hacer gargaras|se ponga|se aplique|se tome|ponerse|aplicarse|tomarse|aplique|aplicar|humedezca)\b(?! en cuenta| nota| asiento| el autobus| un taxi)|(?:use|usar|utilice|utilizar|evite|evitar|mantenga|mantener|ponga|poner|reduzca|reducir|aumente|aumentar|coloque|colocar|limpie|limpiar|camine|caminar|cambie|cambiar de)\b(?= (?:el |la |los |las |su |sus |un |una |mas |menos )?(?:hielo|calor|frio|compresas?|crema|pomada|gel|gotas|hilo dental|enjuague bucal|protector solar|protector bucal|bloqueador|medicamentos?|medicinas?|pastillas?|antibioticos?|ibuprofeno|paracetamol|ferula|faja|collarin|muletas|cabestrillo|vendajes?|venda|gasas?|lentes|anteojos|lentillas|pie|pierna|brazo|rodilla|cabeza|zona|herida|area afectada|dieta|sal|azucar|alimentos|comidas?|ejercicio|esfuerzo|sol|alcohol|cafeina|tabaco|dosis|retenedor|alineadores?|aparato|cepillo|pasta dental|inhalador|insulina)\b))",
            "Recommends what the reader should do for their body ('le sugerimos que duerma con la cabeza elevada'): medical advice"),
    Pattern("es.advice.tells-reader-how-care", r"(?:^|(?<=[.!?;:,] )|\b(?:por favor|y|o) )(?:duerma|repose|lavese|mastique|humedezca|no coma|no beba|no mastique|no se toque|no se rasque|no se moje|no haga ejercicio|no levante|evite comer|evite beber|evite el sol)\b(?= (?:el|la|los|las|su|sus|un|una|con|del|en|de|mas|menos|hielo|calor|agua|alimentos|comida|nada|objetos|peso|\d))",
            "Tells the reader how to care for themselves ('duerma con la cabeza elevada', 'no mastique de ese lado'): medical advice"),
]

REVIEW_INCENTIVE = [
    Pattern("es.incentive.asks-reader-change-remove", r"\b(?:cambiara|actualizara|eliminara|borrara|quitara|retirara|modificara|editara|subiera|mejorara|reconsiderara|corrigiera|cambias|cambies|actualizas|actualices|eliminas|elimines|borras|borres|quitas|quites|retiras|retires|modificas|modifiques|editas|edites|subes|subas|mejoras|mejores|reconsideras|reconsideres|corriges|corrijas|bajas|bajes|cambie|cambiar|cambia|actualice|actualizar|actualiza|elimine|eliminar|elimina|borre|borrar|borra|quite|quitar|quita|retire|retirar|retira|modifique|modificar|modifica|edite|editar|edita|suba|subir|sube|mejore|mejorar|reconsidere|reconsiderar|corrija|corregir|baje|bajar) (?:su|la|esta|esa|tu|el|este|ese|sus|las) (?:\w+ )?(?:resena|resenas|calificacion|calificaciones|opinion|comentario|comentarios|estrellas|puntuacion|valoracion|publicacion)\b|\b(?:resena|calificacion|opinion|comentario|publicacion) (?:eliminad[oa]|borrad[oa]|retirad[oa]|cambiad[oa]|actualizad[oa]|modificad[oa])\b|\b(?:cambiala|cambiela|cambienla|borrala|borrela|quitala|quitela|eliminala|eliminela|editala|editela|actualizala|actualicela|subela|subala|modificala|modifiquela)\b(?= a (?:cinco|5|mas) estrellas|.{0,40}\b(?:resena|estrellas|calificacion)\b)",
            "Asks the reader to change or remove the review ('cambie su reseña'): never allowed"),
    Pattern("es.incentive.ties-something-review-rating", r"\b(?:a cambio de|como agradecimiento por|por (?:una|su) (?:mejor|nueva|mejorada|actualizada) (?:resena|calificacion)|(?:5|cinco) estrellas (?:a cambio|y le|y recibira|para recibir))\b",
            "Ties something to a review or rating: an incentive for reviews is forbidden (FTC)"),
    Pattern("es.incentive.offers-something-value", r"\b(?:descuento|descuentos|tarjeta de regalo|tarjetas de regalo|certificado de regalo|cupon|cupones|(?:(?<=\bun )|(?<=\bel )|(?<=\blos )|(?<=\bunos )|(?<=\bsu )|(?<=\btu )|(?<=\bsus )|(?<=\btus )|(?<=\beste )|(?<=\bese )|(?<=\bestos )|(?<=\besos ))vales?\b|\bvales? (?:de|por|para)\b|bono|bonificacion|reembolso(?! (?:atrasado|pendiente|demorado|retrasado|que no llega))|reembolsar|reembolsamos|reembolsaremos|(?<!tarjeta de )(?<!tarjetas de )credito(?! y debito)|creditos|saldo a favor|(?<!linea )(?<!llamada )(?<!numero )(?<!lineas )(?<!estacionamiento )(?<!parking )(?<!parqueo )(?<!aparcamiento )(?<!wifi )(?<!internet )(?<!cafe )(?<!agua )(?:gratis|gratuit[oa]s?)|sin costo(?! compartido)|sin cargo|(?<!servicio )(?<!tramite )(?<!proceso )no tiene (?:ningun )?(?:costo|cargo)|no (?:se )?(?:le |te )?(?:cobra|cobramos|cobraremos|cobrara)|(?<!minutos )(?<!minuto )(?<!margen )(?<!periodo )(?<!tiempo )de cortesia|(?:una|como|la) cortesia(?= de la casa| para| a\b| de nuestra)|(?<!mejor )(?<!son un )(?<!es un )(?<!fue un )(?<!ha sido un )regalo|regalos|obsequio|obsequios|compensacion|compensar|compensarle|condonar|condonamos|perdonar el|\d+ ?% de descuento|precio especial|precios especiales|tarifa especial|oferta especial|rebaja|rebajas|un detallito|lo refleja en su (?:resena|calificacion|opinion)|reflejarlo en su (?:resena|calificacion|opinion))\b|(?<![\w$])\$ ?\d+(?:[.,]\d+)?(?!\w)|\b\d+ (?:dolares|pesos)\b|\btarjetas? (?:de )?(?:amazon|visa|walmart|target|starbucks|prepagadas?)\b",
            "Offers something of value ('descuento', 'reembolso', 'gratis', 'tarjeta de regalo'): not allowed in a public reply",
            unless=(offered_to_anyone, for_everyone, price_for_everyone, free_consultation,
                    waived_for_a_kind_of_case)),
    Pattern("es.incentive.prize-box", r"(?<!desde el )(?<!desde la )(?<!desde nuestro )(?<!desde nuestra )\b(?:caja|cofre|baul) de (?:premios|sorpresas|tesoros|juguetes)\b|\bpremios? (?:para|de) (?:los )?(?:ninos|pequenos|valientes)\b",
            "Mentions the prize box or treats for children: rewards tied to a visit are not allowed in a public reply",
            unless=(kept_for_everyone,)),
    Pattern("es.incentive.offers-raffle-prize-reward", r"\b(?:rifa|rifas|rifamos|rifaremos|sorteo|sorteos|sorteamos|sortearemos)\b|\b(?:gana|ganar|ganara|gane|recibe|recibir|recibira|reciba|llevese|llevara) (?:un|una|el|la|nuestro|nuestra) (?:premio|regalo|obsequio|kit|canasta|tableta|tarjeta)\b|\b(?:quienes|los que|todos los que|cada persona que|cada paciente que|las personas que) (?:nos )?(?:dejen|escriban|publiquen|compartan|pongan|den|actualicen|cambien)(?: [a-z0-9]+){0,2} (?:resenas?|estrellas|calificacion|calificaciones|opiniones?|comentarios?)\b",
            "Offers a raffle, prize or reward tied to reviews ('la rifa', 'quienes dejen cinco estrellas'): an incentive for reviews is forbidden (FTC)"),
]

WARN_TONE = [
    Pattern("es.tone.argumentative-tone", r"\b(?:resena|opinion|comentario|acusacion|acusaciones) (?:falsa|falso|falsas|falsos|fraudulenta|inventada|mentirosa|difamatoria)\b|\b(?:usted |ud )?(?:miente|esta mintiendo|mintio|es mentira|es un mentiroso|es una mentirosa|eso nunca paso|eso no es cierto|no es verdad|nunca ocurrio|es su culpa|fue su culpa|difamacion|calumnia|nuestros abogados|accion legal)\b",
            "Argumentative tone ('reseña falsa', 'miente'): the approver should soften it (warning only)"),
]

# Issue 11's classes of wording (`es_classes.py`).
PATIENT_RELATIONSHIP += es_classes.PATIENT_RELATIONSHIP
TREATMENT_DISCLOSURE += es_classes.TREATMENT_DISCLOSURE
RECORDS_BILLING += es_classes.RECORDS_BILLING
MEDICAL_ADVICE += es_classes.MEDICAL_ADVICE
REVIEW_INCENTIVE += es_classes.REVIEW_INCENTIVE
# The reader as the one the practice served (`es_served.py`).
PATIENT_RELATIONSHIP += es_served.PATIENT_RELATIONSHIP
TREATMENT_DISCLOSURE += es_served.TREATMENT_DISCLOSURE
RECORDS_BILLING += es_served.RECORDS_BILLING
PERSONAL_IDENTIFIER += es_served.PERSONAL_IDENTIFIER
REVIEW_INCENTIVE += es_served.REVIEW_INCENTIVE
MEDICAL_ADVICE += es_served.MEDICAL_ADVICE
FOREIGN_CONTACT = es_classes.FOREIGN_CONTACT

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
# "Su" of "cualquier persona" or "todo el mundo" earlier in the sentence is theirs: "recomendamos
# a todo el mundo llamar antes de su primera cita", "el médico de su preferencia".
# Free parking or coffee is no offer for a review: "la calle lateral es gratis después de las 6".
REVIEW_INCENTIVE = also_unless(free_amenity, REVIEW_INCENTIVE)
# Things in general: "la mayoría de los resultados de laboratorio están listos en tres días".
TREATMENT_DISCLOSURE = also_unless(said_of_people_in_general, TREATMENT_DISCLOSURE)
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
# An age identifies someone in any sentence, about a visit or not.
PERSONAL_IDENTIFIER += es_classes.PERSONAL_IDENTIFIER
PERSONAL_IDENTIFIER += es_served.NAMED_BY_TITLE
