# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""Spanish rule data. Text is folded first: lower case, accents removed ("visitó" -> "visito"),
single spaces. Messages are in English (the approver reads English) and quote the Spanish."""

from __future__ import annotations

from guardrails.rules import Pattern, words

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
    "brackets", "muela", "diente", "dientes", "encias", "piel", "caso", "progreso",
    "evolucion", "espera", "tiempo de espera", "tiempo con nosotros", "experiencia con nosotros",
    "experiencia en nuestra", "experiencia en nuestro", "doctor", "doctora", "dentista",
    "medico", "medica", "proveedor", "enfermera", "higienista", "terapeuta", "cirujano",
)

PATIENT_RELATIONSHIP = [
    Pattern(r"\b(?:usted|ud) (?:ya |nunca |no )?(?:llego|vino|se presento|falto|cancelo|reprogramo|reagendo|confirmo|espero|estuvo|salio|se fue|nos llamo|le dijo|le pidio|hablo con)\b|\b(?:tuvimos que|hubo que|tuvieron que) (?:reprogramar|reagendar|cancelar|mover|cambiar) (?:su|sus|la|el|le|lo)\b|\b(?:tuvimos que|hubo que) (?:reprogramar|reagendarle|reagendar|reprogramarle)\b",
            "Says when the reader came, cancelled or was rescheduled ('usted llegó tarde'): confirms a patient relationship",
            hedgeable=True),
    Pattern(r"\b(?:recuerda|recuerdan|recordamos|extrana|extranan|extranamos|pregunta|preguntan|preguntamos|preguntaron|pregunto|piensa en|pensamos en|saluda a|saludan a|saludamos a)(?: [a-z]+){0,3} (?:a usted|a ud|a su|a sus|de usted|de ud|de su|de sus|por usted|por su|por sus|en usted|en su|en sus)\b",
            "Says staff remember or ask about the reader or their family: confirms a patient relationship"),
    Pattern(rf"\b{SU}{GAP} {CARE}\b",
            "Mentions the reader's visit or care ('su visita', 'su cita', 'su tratamiento'...): confirms the reviewer is a patient"),
    Pattern(r"\b(?:cuando|mientras|desde que|despues de que|antes de que|la vez que|cada vez que|la proxima vez que) (?:usted |ud |uds |ustedes )?(?:vino|vinieron|visito|visitaron|estuvo|estuvieron|llego|llegaron|nos visito|estaba|fue atendid[oa]|fue vist[oa]|tuvo|espero|venga|vuelva|regrese)\b",
            "Refers to a time the reader came in ('cuando vino'): confirms a patient relationship",
            hedgeable=True),
    Pattern(r"\b(?:fue|fueron|ha sido|han sido|haya sido|sea|es|era|esta siendo) (?:atendid[oa]s?|tratad[oa]s?|vist[oa]s?|examinad[oa]s?|operad[oa]s?|diagnosticad[oa]s?|internad[oa]s?|dad[oa]s? de alta)\b",
            "Says the reader was seen or treated ('fue atendido'): confirms a patient relationship",
            hedgeable=True),
    Pattern(r"\b(?:le|lo|la|les|los|las|te) (?:atendimos|atendemos|atenderemos|atendio|atendieron|vimos|vemos|veremos|vio|vieron|tratamos|trataremos|trato|trataron|examinamos|examino|operamos|opero|recibimos|recibiremos|esperamos|esperaremos|espera|cuidamos|cuidaremos|tuvimos|agendamos|programamos|citamos|recetamos|diagnosticamos|extranamos|extrañamos)\b|\b(?:atenderle|atenderlo|atenderla|atenderte|atenderles|verle|verlo|verla|verte|verles|tratarle|tratarlo|tratarla|cuidarle|cuidarlo|cuidarla|cuidar de usted|recibirle|recibirlo|recibirla|tenerle|tenerlo|tenerla|examinarle|revisarle|haberle atendido|haberlo atendido|haberla atendido|haberle visto|haberle tenido|haberle recibido)\b",
            "Says the practice saw, treated or awaits the reader ('le atendimos', 'le esperamos'): confirms a patient relationship",
            hedgeable=True),
    Pattern(r"\b(?:gracias|agradecemos|le agradecemos|muchas gracias|mil gracias) (?:de nuevo |nuevamente |otra vez )?(?:por|que) (?:venir|vernos|visitarnos|su visita|elegirnos|confiarnos|confiar en nosotros|traer|traernos|escogernos|preferirnos|confiar|su confianza|su preferencia|su lealtad|ser (?:nuestr[oa]|un[oa]) paciente|acudir|asistir|habernos (?:visitado|elegido|escogido|preferido)|haber venido|habernos dado|permitirnos (?:atenderle|cuidarle|ser)|dejarnos (?:atenderle|cuidarle)|(?:ser|formar) parte de (?:nuestra |la )?(?:familia|clinica|practica|consulta|oficina|nuestros pacientes|los pacientes)|nos eligiera|nos visitara|viniera|nos haya)\b",
            "Thanks the reader for coming or choosing the practice ('gracias por su visita'): confirms a patient relationship"),
    Pattern(r"\b(?:usted|ud|tu|su (?:hij[oa]|mama|papa|espos[oa]|familia|bebe|nin[oa]|madre|padre|abuel[oa])s?) (?:es|era|fue|ha sido|sera|sigue siendo|no es|no era|no fue|nunca ha sido|nunca fue|ya no es)(?: [a-z]+){0,3} (?:paciente|pacientes|cliente|clientes)\b|\b(?:nuestr[oa]s?|un[oa] de nuestr[oa]s) (?:[a-z]+ )?(?:paciente|pacientes|cliente|clientes)(?: (?:como usted|favorit[oa]s?|consentid[oa]s?|leales?|frecuentes?))?\b(?=.{0,40}\b(?:usted|ud|le|su|como usted|gracias)\b)|\bcomo (?:nuestr[oa]|su) (?:paciente|dentista|doctora?|medic[oa]|proveedor)\b|\bpaciente (?:nuestr[oa]|de nosotros|de la clinica|aqui|con nosotros)\b|\bcomo su (?:dentista|doctora?|medic[oa]|pediatra|dermatolog[oa]|enfermer[oa]|higienista|equipo medico|equipo dental)\b",
            "Says whether the reader is a patient ('nuestro paciente'): confirms or denies a patient relationship",
            hedgeable=True),
    Pattern(r"\b(?:no|nunca|jamas) (?:tenemos|encontramos|hay|existe|aparece|aparecen|figura|figuran|esta|estan|consta|constan|hemos encontrado|pudimos encontrar|podemos encontrar|localizamos|ha sido|fue|ha venido|vino|hemos (?:visto|atendido|tratado)|lo hemos|la hemos|le hemos)\b(?: [a-z]+){0,4} (?:registro|registros|expediente|expedientes|historial|sistema|archivo|archivos|nombre|paciente|pacientes|atendid[oa]|vist[oa]|tratad[oa]|visita|cita|citas)\b",
            "Says the practice has no record of the reader ('no tenemos registro de usted'): denying patient status is also disclosure",
            hedgeable=True),
    Pattern(r"\b(?:el|la|los|las) (?:cuidado|cuidados|atencion|tratamiento|tratamientos|salud|cita|citas|visita|visitas|consulta|consultas|diagnostico|expediente|recuperacion|dientes|sonrisa) de (?:su|sus|tu|tus|usted)\b|\b(?:tuvo|tuvieron|haya tenido|hayan tenido|tuviera|tuvo usted) que esperar\b|\b(?:en|de|desde) (?:la|nuestra) sala de espera\b|\b(?:en|desde) (?:el|nuestro) (?:consultorio|sillon|sillon dental)\b|\b(?:se acuerda|se acuerdan|nos acordamos|recuerda|recuerdan|recordamos|extrana|extranan|extranamos) (?:mucho |muy bien |siempre )?(?:de usted|de ti|a usted)\b|\b(?:le|te|les) (?:manda|mandan|envia|envian|mandamos|enviamos) (?:saludos|sus saludos|un abrazo|muchos saludos)\b",
            "Refers to the reader's care, waiting room or staff remembering them: confirms a patient relationship"),
    Pattern(r"\b(?:haya|hayan|ha|han|hubiera|tuvo que|tuvieron que|haya tenido que) (?:esperado|esperar)\b|\b(?:haya|hayan|por haber|de haber) (?:elegido|escogido|preferido|confiado|visitado|venido)\b|\b(?:eligio|escogio|prefirio|visito) (?:nuestra|nuestro|nuestros|a nosotros)\b|\b(?:nadie|ninguna persona|ningun paciente|alguien|ninguna paciente) (?:con|bajo|llamad[oa]) (?:ese|este|su|el|tal) nombre\b|\b(?:durante|despues de|antes de) (?:su|sus|la|el) (?:[a-z]+ )?(?:cita|visita|consulta|limpieza|cirugia|revision|operacion|procedimiento|tratamiento|examen)\b",
            "Refers to the reader waiting, choosing the practice, or being in its records: confirms or denies a patient relationship"),
    Pattern(r"\b(?:el|la|los|las|nuestr[oa]s?|su) (?:doctor|doctora|dentista|higienista|enfermer[oa]s?|recepcionista|personal|asistente|medic[oa]|equipo|recepcion|cajer[oa]) (?:[a-z]+ )?(?:haya sido|hayan sido|fue|fueron|estuvo|estuvieron|se porto|se portaron|se comporto|trato|trataron|atendio|atendieron|parecio)(?: [a-z]+){0,3} con (?:usted|ud|ustedes)\b|\b(?:su|sus) (?:lealtad|preferencia|fidelidad)\b|\b(?:atender|cuidar|ver|tratar|recibir|examinar|atenderle|conocer) a (?:su|sus|usted|ud)\b|\b(?:lleva|llevan|ha estado|han estado|esta|estan) con nosotros (?:desde|por|hace)\b|\bcon nosotros desde\b|\b(?:felicidades|felicitaciones|enhorabuena) por (?:su|sus|el|la)\b",
            "Describes the reader's interaction with staff or history with the practice: confirms a patient relationship"),
    Pattern(r"\bbienvenid[oa]s? (?:de nuevo|de vuelta|otra vez|nuevamente|a (?:nuestra|la) familia|a nuestra (?:clinica|practica|consulta|oficina))\b|\bfamilia (?:de pacientes|dental|de la clinica)\b",
            "Welcomes the reader (back) to the practice ('bienvenido de nuevo'): confirms a patient relationship"),
    Pattern(r"\b(?:vuelva|regrese|venga|vuelve|regresa|ven) (?:pronto|de nuevo|otra vez|a vernos|a visitarnos|a su)\b|\b(?:volver|verle|verlo|verla|verte|tenerle|tenerlo|tenerla) (?:de nuevo|otra vez|pronto|nuevamente|en su|en la proxima|de vuelta)\b|\ba (?:vernos|visitarnos)\b|\b(?:en|para) su proxima\b|\bproxima (?:cita|visita|consulta|limpieza|revision)\b",
            "Invites the reader back for care ('le esperamos en su próxima consulta'): confirms a patient relationship"),
    Pattern(r"\b(?:su|tu) experiencia (?:con|en) (?:el|la|nuestr[oa]s?|nosotros|dr|dra|doctor|doctora)\b|\b(?:en|durante|despues de|antes de) (?:la|esa|esta) (?:cita|visita|consulta|cirugia|limpieza|revision|operacion|procedimiento)\b",
            "Refers to the reader's visit or time at the practice: confirms a patient relationship"),
]
HEDGES = (
    r"\b(?:si|sea o no|ya sea|confirmar ni negar|confirmar o negar|no podemos confirmar|"
    r"ni confirmar|no confirmamos|cualquier persona que|quien sea|cualquiera que|todo aquel que|"
    r"quienes|todos los que|las personas que|los pacientes que|cualquier paciente que)\b"
)

TREATMENT_DISCLOSURE = [
    Pattern(r"\b(?:esta|estan|va|van|sigue|siguen|ha|han) (?:ya |muy |mucho |por fin |finalmente )?(?:mejor|mejorando|sanando|sanado|cicatrizando|curad[oa]|controlad[oa]|bajo control|funcionando bien|en remision|recuperandose|recuperad[oa])\b",
            "Describes how a condition or treatment is going: discloses clinical information"),
    Pattern(r"\b(?:se sienta|sentirse|se siente|este|estar|se encuentre) (?:mucho |ya |un poco )?mejor\b|\brecuperand[oa]s?\b|\bse (?:este|esta|estan) recuperando\b|\b(?:su|sus) (?:mama|papa|hij[oa]s?|bebe|nin[oa]s?|espos[oa]|madre|padre|abuel[oa]|pequen[oa]|familiar)\b(?= (?:se|esta|estuvo|fue|ya|salio|tuvo|recibio|sigue))|\b(?:sane|sanen|sanar|sanando|cicatrice|cicatricen|cicatrizar|desinflame|desinflamen)\b|\b(?:con|sin|tenga|tuvo|tiene|siente|sintio|sienta|sentia|salio con|mas|menos|mucho|tanto) (?:mucho |tanto |algo de |un poco de |nada de )?dolor\b|\b(?:que se mejore|mejorese|pronta recuperacion|pronto restablecimiento|se recupere|recuperandose|cicatrizacion|sane pronto)\b",
            "Talks about the reader's recovery ('se sienta mejor', 'pronta recuperación'): discloses clinical information"),
    Pattern(r"\bresultados? (?:de (?:su |sus |la |los )?)?(?:analisis|laboratorio|biopsia|estudios|examen|examenes|prueba|pruebas|radiografia|resonancia|sangre)\b",
            "Mentions test results ('resultados de laboratorio'): discloses clinical information"),
]

RECORDS_BILLING = [
    Pattern(r"\b(?:el|la|su|sus|ese|este|esa|esta) recibos?\b|\b(?:le|les) (?:enviamos|mandamos|enviaremos|mandaremos|enviaron|mandaron)\b(?: [a-z]+){0,3} (?:a su correo|a su domicilio|a su casa|por correo)\b",
            "Mentions a receipt or something sent to the reader ('el recibo', 'le enviamos a su correo'): discloses account details"),
    Pattern(rf"\b{SU} (?:{words('expediente', 'expedientes', 'historial', 'historial medico', 'historia clinica', 'archivo', 'archivos', 'registro', 'registros', 'notas', 'cuenta', 'factura', 'facturas', 'saldo', 'seguro', 'seguro medico', 'aseguradora', 'poliza', 'reclamo', 'reclamos', 'reclamacion', 'copago', 'copagos', 'deducible', 'pago', 'pagos', 'cobro', 'cobros', 'cargo', 'cargos', 'estado de cuenta', 'plan', 'plan de seguro', 'cobertura', 'beneficios', 'deuda', 'adeudo', 'balance', 'recibo', 'perfil', 'portal', 'tarjeta', 'autorizacion', 'referencia', 'formularios', 'documentos', 'medicaid', 'medicare')})\b",
            "Mentions the reader's records, account, bill or insurance ('su expediente', 'su cuenta', 'su seguro', 'su saldo'): confirms a patient relationship"),
    Pattern(r"\b(?:nuestros|los|nuestro|el|nuestra|la) (?:registros?|expedientes?|archivos?|sistema|historial|notas|base de datos|agenda)(?: [a-z]+){0,2} (?:muestra|muestran|mostro|indica|indican|indico|dice|dicen|refleja|reflejan|confirma|confirman|senala|senalan|no muestra|no muestran|no indica|no tiene|no tienen)\b|\b(?:segun|de acuerdo con|de acuerdo a|conforme a|revisando|revisamos|al revisar|tras revisar|consultamos|verificamos|en) (?:nuestros|sus|su|nuestro|el|los|nuestra) (?:registros?|expedientes?|archivos?|sistema|historial|notas|base de datos|agenda)\b",
            "Quotes the practice's records ('según nuestros registros'): discloses patient information"),
    Pattern(r"\b(?:el|la|ese|esa|este|esta) (?:reclamo|reclamacion|factura|saldo|copago|cobro|cargo|deducible|estado de cuenta)\b|\b(?:le|les|te) (?:cobramos|cobraron|cobro|facturamos|facturo|reembolsamos|enviamos a cobranza)\b|\b(?:usted|ud) (?:debe|pago|adeuda|tiene un saldo|tenia un saldo)\b|\b(?:el seguro|la aseguradora|su seguro|medicaid|medicare) (?:nego|rechazo|cubrio|pago|no cubre|no cubrio|no pago|aprobo)\b|\bcobranzas?\b|\bcitas? (?:perdidas?|faltadas?)\b|\bno se presento\b",
            "Talks about a specific bill, claim or insurance decision: discloses billing information"),
]

SPECIFIC_DATE = [
    Pattern(r"\b\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b(?! de \d{4})|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
            "Gives a calendar date ('14 de marzo'): identifies the reviewer's visit"),
]
PERSONAL_IDENTIFIER = [
    Pattern(r"\b(?:el|este|el pasado|el proximo|este pasado) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\b(?:el )?\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:esta|ayer en la|ayer por la|hoy en la|hoy por la|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) por la) (?:manana|tarde|noche)\b|\b(?:ayer|anteayer|antier|la semana pasada|el mes pasado|el otro dia|hace (?:unos|dos|tres|varios|\d+) (?:dias|semanas))\b|\ba las \d{1,2}(?::\d{2})?\b",
            "Gives a date or time (tied to a visit it identifies the reviewer's appointment)"),
]
VISIT_CONTEXT = rf"\b(?:{SU}{GAP} {CARE}|(?:la|esa|esta|el|ese|este) (?:cita|visita|consulta|limpieza|cirugia|examen|revision|procedimiento|operacion|tratamiento)|vino|visito|estuvo|llego|atendid[oa]|vist[oa]|espero|esperar|esperado|papeleo|recepcion|sala de espera|paso|ocurrio|sucedio|le haya|le hayan)\b"

MEDICAL_ADVICE = [
    Pattern(r"\b\d+(?:[.,]\d+)? ?(?:mg|mcg|miligramos?|microgramos?|gramos?|ml|mililitros?|cc|unidades|ui|tabletas?|pastillas?|capsulas?|gotas|inhalaciones|cucharadas?|cucharaditas?|dosis)\b",
            "Gives a dose ('500 mg'): medical advice"),
    Pattern(r"\b(?:una|dos|tres|cuatro|\d+) (?:vez|veces) (?:al|por|cada) (?:dia|semana|noche)\b|\bcada (?:\d+|dos|tres|cuatro|seis|ocho|doce)(?: a \d+)? (?:horas|dias)\b|\b(?:antes de dormir|en ayunas|con (?:las )?comidas|despues de (?:las )?comidas|antes de (?:las )?comidas|cada manana|cada noche|por la noche)\b",
            "Gives a dosing schedule ('dos veces al día', 'cada 8 horas'): medical advice"),
    Pattern(r"\b(?:debe|deberia|tiene que|necesita|le recomendamos|le sugerimos|recomendamos|sugerimos|por favor|vaya a|acuda a) (?:ver a|visitar a|consultar a|consultar con|acudir a|ir a|ir con|llamar a)? ?(?:un|una|su) (?:especialista|medic[oa]|dermatolog[oa]|dentista|doctora?|pediatra|cirujan[oa]|urgencias|sala de emergencias|ortodoncista|cardiolog[oa]|terapeuta)\b",
            "Tells the reader which care to seek ('debe ver a un especialista'): medical advice"),
    Pattern(r"(?:^|(?<=[.!?;:,] )|\b(?:por favor|le recomendamos|le sugerimos|recomendamos|sugerimos|debe|deberia|tiene que|necesita|puede|no olvide|asegurese de|siga|continue|solo|y) )(?:pongase|apliquese|tomese|cepillese|enjuaguese|pongale|aplicarse|tomarse|untese|tome|tomar|deje de tomar|deje de usar|dejar de tomar|suspenda|suspender|aplique|aplicar|use|usar|utilice|duplique|duplicar|aumente|aumentar|disminuya|reduzca|reducir|ponga|ponerse|poner|descanse|descansar|evite|evitar|enjuague|enjuaguese|enjuagar|haga gargaras|beba|beber|tome mas|coma|comer|cepillese|use hilo dental|aplique hielo|ponga hielo|eleve|elevar|masajee|frote|cambie a|siga tomando|continue tomando|empiece a tomar|comience a tomar|inyecte|mida|revise su)\b(?= (?:el|la|los|las|su|sus|un|una|con|mas|menos|hielo|calor|agua|sal|medicamento|medicina|pastillas?|crema|pomada|gotas|dosis|antibioticos?|ibuprofeno|paracetamol|tylenol|aspirina|enjuague|compresas?|reposo|insulina|inhalador|\d))",
            "Tells the reader to take, stop, apply or change something ('tome', 'aplique', 'deje de tomar'): medical advice"),
]

REVIEW_INCENTIVE = [
    Pattern(r"\b(?:cambiara|actualizara|eliminara|borrara|quitara|retirara|modificara|editara|subiera|mejorara|reconsiderara|corrigiera|cambie|cambiar|cambia|actualice|actualizar|actualiza|elimine|eliminar|elimina|borre|borrar|borra|quite|quitar|quita|retire|retirar|retira|modifique|modificar|modifica|edite|editar|edita|suba|subir|sube|mejore|mejorar|reconsidere|reconsiderar|corrija|corregir|baje|bajar) (?:su|la|esta|esa|tu|el|este|ese|sus|las) (?:\w+ )?(?:resena|resenas|calificacion|calificaciones|opinion|comentario|comentarios|estrellas|puntuacion|valoracion|publicacion)\b|\b(?:resena|calificacion|opinion|comentario|publicacion) (?:eliminad[oa]|borrad[oa]|retirad[oa]|cambiad[oa]|actualizad[oa]|modificad[oa])\b",
            "Asks the reader to change or remove the review ('cambie su reseña'): never allowed"),
    Pattern(r"\b(?:a cambio de|como agradecimiento por|por (?:una|su) (?:mejor|nueva|mejorada|actualizada) (?:resena|calificacion)|(?:5|cinco) estrellas (?:a cambio|y le|y recibira|para recibir))\b",
            "Ties something to a review or rating: an incentive for reviews is forbidden (FTC)"),
    Pattern(r"\b(?:descuento|descuentos|tarjeta de regalo|tarjetas de regalo|certificado de regalo|cupon|cupones|vale|vales|bono|bonificacion|reembolso|reembolsar|reembolsamos|reembolsaremos|credito|creditos|saldo a favor|(?<!linea )(?<!llamada )(?<!numero )(?<!lineas )(?<!estacionamiento )(?<!parqueo )(?<!aparcamiento )(?<!wifi )(?<!internet )(?<!cafe )(?<!agua )(?:gratis|gratuit[oa]s?)|sin costo|sin cargo|de cortesia|cortesia|regalo|regalos|obsequio|obsequios|compensacion|compensar|compensarle|condonar|condonamos|perdonar el|\d+ ?% de descuento)\b|(?<![\w$])\$ ?\d+(?:[.,]\d+)?(?!\w)|\b\d+ (?:dolares|pesos)\b|\btarjetas? (?:de )?(?:amazon|visa|walmart|target|starbucks|prepagadas?)\b",
            "Offers something of value ('descuento', 'reembolso', 'gratis', 'tarjeta de regalo'): not allowed in a public reply"),
]

WARN_TONE = [
    Pattern(r"\b(?:resena|opinion|comentario|acusacion|acusaciones) (?:falsa|falso|falsas|falsos|fraudulenta|inventada|mentirosa|difamatoria)\b|\b(?:usted |ud )?(?:miente|esta mintiendo|mintio|es mentira|es un mentiroso|es una mentirosa|eso nunca paso|eso no es cierto|no es verdad|nunca ocurrio|es su culpa|fue su culpa|difamacion|calumnia|nuestros abogados|accion legal)\b",
            "Argumentative tone ('reseña falsa', 'miente'): the approver should soften it (warning only)"),
]
