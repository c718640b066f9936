# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""Spanish rule data: the reader as the one the practice served (the English side and its
reasons: `en_served.py`). The care or attention they received ("el trato que recibió"), having
kept them waiting, how a staff member treated them, the practice's message to them and their
answer, the work done on them ("el puente que le colocamos"), their contact details changed,
thanks for coming back, feeling like before, and a weekday after "del" in a sentence about
a wait or an incident. Appended to the tables of `es.py`; text is folded (no accents)."""

from __future__ import annotations

from guardrails.hooks import about_everyone, hedged, not_the_reader_by_title, practice_wide
from guardrails.rules import Pattern

SERVICE = (r"(?:atencion|servicio|trato|tratamiento|cuidado|cuidados|consulta|ayuda|respuesta|"
           r"explicacion|bienvenida|limpieza|procedimiento|examen|revision|cita|visita|"
           r"seguimiento|informacion|orientacion)")
STAFF = (r"(?:personal|recepcionista|recepcion|doctor|doctora|dentista|higienista|enfermer[oa]|"
         r"asistente|terapeuta|medic[oa]|tecnic[oa]|equipo|optometrista|coordinador|coordinadora|"
         r"gerente|administrador|administradora|cirujan[oa]|especialista)s?")
OUR_MESSAGE = (r"(?:mensaje|mensajes|recordatorio|recordatorios|correo|correos|llamada|llamadas|"
               r"encuesta|carta|invitacion|texto|factura|estado de cuenta|formulario|formularios|"
               r"resultados?|aviso)")
PERFORMED = (r"(?:corona|coronas|puente|puentes|empaste|empastes|relleno|rellenos|implante|"
             r"implantes|carilla|carillas|dentadura|protesis|retenedor|retenedores|alineadores|"
             r"frenos|brackets|lentes|anteojos|gafas|audifono|audifonos|yeso|ferula|ferulas|puntos|"
             r"inyeccion|inyecciones|vacuna|vacunas|radiografia|radiografias|estudio|estudios|"
             r"analisis|biopsia|extraccion|endodoncia|limpieza|ajuste|ajustes|procedimiento|"
             r"cirugia|tratamiento|receta|medicamento|medicamentos|plantillas|ortesis|botox|relleno)")
WEEKDAY = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"

PATIENT_RELATIONSHIP = [
    Pattern("es.relationship.care-received", rf"\b{SERVICE} que (?:usted |ud |tu )?(?:recibio|recibiste|haya recibido|hayas recibido|ha recibido|has recibido|hubiera recibido|recibieron|le (?:dimos|brindamos|ofrecimos|dieron|dio|brindaron|hicimos|dimos)|te (?:dimos|brindamos|dieron|dio|ofrecimos|hicimos))\b|\b(?:no )?(?:haya|hayas|ha|has|hubiera|hubieras|hubiese) recibido (?:la|el|una|un|los|las|ninguna|ningun|suficiente|buena|mala|poca) (?:[a-z]+ )?{SERVICE}\b|\b(?:haberle|haberte|haberlos|haberlas|haberla|haberlo) (?:hecho|dejado) esperar\b|\b(?:le|te|lo|la|los|las) (?:haya|hayan|hubiera|hubieran|hubiese|ha|han|hayamos|hemos|hubieramos) (?:tratado|atendido|hecho esperar|dejado esperar|ignorado|apurado|apresurado|maltratado|desatendido|contestado mal|hablado mal)\b",
            "Speaks of the care or treatment the reader received from the practice ('el trato que recibió'): confirms they are a patient",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.staff-conduct", rf"\b{STAFF} (?:no debio|no debieron|debio haber|debieron haber|no deberia haber|no deberian haber|nunca quiso|nunca quisieron|no quiso|no quisieron|no tuvo la intencion|no tuvieron la intencion|fue (?:grosera?|descortes|brusca?|cortante|irrespetuos[oa]|impaciente|fri[oa]))\b|\b(?:ignorad[oa]s?|apurad[oa]s?|apresurad[oa]s?|maltratad[oa]s?|desatendid[oa]s?|juzgad[oa]s?|presionad[oa]s?|menospreciad[oa]s?|no escuchad[oa]s?|ninguneado|ninguneada) (?:por|en) (?:nuestr[oa]s?|el|la|los|las|un[oa] de nuestr[oa]s) {STAFF}\b",
            "Speaks of how a staff member treated the reader: confirms they were seen",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.answered-our-message", rf"\b(?:responder|respondernos|contestar|contestarnos|respondio|contesto|respondiste|contestaste|haber respondido|haber contestado)(?: a)? (?:nuestr[oa]s?|mi|el|la|los|las) (?:[a-z]+ )?{OUR_MESSAGE}\b(?! (?:no urgentes|urgentes|del portal|de (?:los |nuestros )?pacientes|de (?:las |todas las )?familias|de todos|en (?:un|una|dos|tres|\d+|el mismo|menos de|cuanto)\b))|\b{OUR_MESSAGE} que (?:le|te|les) (?:enviamos|mandamos|dejamos|dimos|entregamos|enviaron|mandaron|dejaron|hicimos)\b",
            "Refers to a message the practice sent the reader or their answer to it: confirms a relationship",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.incident-with-reader", r"\b(?:la persona|el miembro|la integrante|el integrante|el empleado|la empleada|el personal|los empleados|las personas|los miembros)(?: del equipo| del personal| de nuestro equipo)? (?:que estuvo |que estuvieron )?involucrad[oa]s?\b|\b(?:la|esa|esta|el|ese|este) (?:confusion|error|equivocacion|malentendido|problema) (?:con|de|en)(?: el| la| los| las|l)? (?:laboratorio|factura|facturacion|seguro|agenda|cita|receta|farmacia|referencia|expediente|pago|resultados?|orden|registro|recepcion)\b|\b(?:lo|la|le|te) (?:mandaron|enviaron|llevaron|trasladaron|internaron|mandamos|enviamos|mandaran|enviaran|llevaran|trasladaran|internaran|hayan mandado|hayan enviado|hayan llevado) (?:a|al|a la) (?:urgencias|sala de emergencias|emergencias|hospital)\b",
            "Speaks of a particular incident in the reader's care (the staff member involved, a mix-up, being sent to the ER): confirms they are a patient",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.reader-did-well", r"\b(?:se porto|se portaron|te portaste|se comporto|lo hizo|lo hiciste|lo hicieron|aguanto|aguantaste|aguantaron|estuvo|estuviste) (?:muy |super |tan |realmente )?(?:bien|de maravilla|increible|excelente|valiente|tranquil[oa]|como (?:un|una) (?:campeon|campeona|profesional|roble))\b",
            "Praises how the reader (or their child) got through something at the practice: confirms they were there",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.as-we-talked", r"\b(?:como|segun|tal como|tal y como|conforme a lo que) (?:lo |ya lo |ya )?(?:hablamos|platicamos|conversamos|acordamos|quedamos|comentamos|vimos|discutimos|hablado|platicado|conversado|acordado|quedado)\b|\blo que (?:hablamos|platicamos|conversamos|acordamos|comentamos)\b",
            "Refers to an earlier conversation with the reader ('como lo hablamos el martes'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.found-a-home-here", r"\b(?:haya|hayas|ha|has|hayan|han|por fin|ya)? ?(?:encontrado|encontro|encontraste|encontraron|elegido|eligio|elegiste) (?:en nosotros |aqui )?(?:a )?(?:su|tu|sus|tus|un|una) (?:nuev[oa] )?(?:clinica|consultorio|dentista|doctor|doctora|medic[oa]|hogar dental|casa dental|equipo de confianza|lugar|practica)\b",
            "Says the reader found their practice or provider here: confirms a patient relationship",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.one-of-our-patients-yours", r"\bnuestr[oa]s (?:pacientes|clientes|familias)\b[^.!?]{0,40}\b(?:incluid[oa]s? (?:la|el|los|las) (?:suy[oa]s?|tuy[oa]s?)|como (?:usted|tu)|incluid[oa] usted|usted incluid[oa]|y (?:la|el) suy[oa])\b",
            "Counts the reader among the practice's patients ('nuestros pacientes, incluida la suya'): confirms a relationship"),
    Pattern("es.relationship.competitors-review", r"\b(?:de|por|desde) (?:la|un|una|algun|alguna|nuestra) (?:competencia|competidor|competidora|ex ?emplead[oa]|bot|clinica rival)\b|\b(?:no es|no era|no fue|nunca fue) (?:un[oa] )?(?:paciente|cliente) (?:real|verdader[oa]|autentic[oa]|legitim[oa])\b",
            "Calls the review a competitor's or the reviewer no real patient: denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("es.relationship.remembers-reader", r"\b(?:se acuerda|se acuerdan|nos acordamos|me acuerdo|se acordo|se acordaron|nos acordaremos|(?<!se )la recordamos|(?<!se )lo recordamos|(?<!se )los recordamos|(?<!se )las recordamos|te recordamos con|le recordamos con|(?:le|la|lo|te|les|los|las|os) (?:recuerda|recuerdan|recuerdo|recordaba|recordaban|recordabamos|tiene presente|tienen presente|tenemos presente)(?! (?:que|de|a|el|la|los|las|su|sus|tu|tus|nuestr[oa]s?|llamar|escribir|comunicarse|contactar|programar|agendar|nuestro horario|por|porque|cuanto|como|lo|quienes|quien|cual|cuales|donde|cuando|para|cada|siempre por|una vez mas)\b)|sabemos (?:exactamente |muy bien |perfectamente )?quien (?:es|eres|fue|escribio))\b(?:(?: mucho| muy bien| perfectamente| siempre| con carino| con mucho carino)* de (?:usted|ustedes|ti|su|tu|sus|tus|la|el)\b)?",
            "Says the staff remember the reader or know who wrote the review: confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.honoured-part-of-it", r"\b(?:honor|placer|privilegio|gusto|orgullo|alegria|bendicion)(?: para nosotros)? (?:ser|formar|haber sido|haber formado) parte de (?:un|una|su|tu|este|esta|ese|esa)\b(?=[^.!?]{0,60}\b(?:usted|ustedes|su|tu|ti|te|le|sus|tus)\b)|\b(?:alguien|una persona|un paciente|una paciente|quien|un cliente|una clienta|una familia) que (?:nos )?(?:visita|conoce|acompana|ha visitado|ha acompanado|viene|lleva|confia en nosotros) (?:desde hace|hace|por|durante)(?: mas de)? (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|muchos|muchas|varios|varias|tantos|tantas)\b",
            "Speaks of being part of the reader's moment, or of the reviewer as someone who has come for years: confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.came-back", r"\b(?:haya|hayas|ha|has|hayan|han|hubiera) (?:vuelto|regresado|retornado)(?: a)? (?:con nosotros|a vernos|a la clinica|al consultorio|a nuestr[oa] (?:clinica|consultorio|practica|optica|oficina)|aqui|por aqui)\b|\b(?:de vuelta|de regreso) (?:con nosotros|por aqui|en (?:la|nuestra) (?:clinica|consultorio))\b",
            "Says the reader came back to the practice ('qué gusto que haya vuelto con nosotros'): confirms a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.thanks-for-returning", r"\b(?:gracias|agradecemos|le agradecemos|te agradecemos) (?:de nuevo |nuevamente |otra vez |mucho |muchisimo )?(?:por|que) (?:volver|regresar|seguir (?:confiando|viniendo|eligiendonos|con nosotros|prefiriendonos|visitandonos)|continuar (?:con nosotros|confiando|viniendo)|haber vuelto|haber regresado|quedarse con nosotros|quedarte con nosotros|vuelva|regrese|vuelvas|regreses)\b",
            "Thanks the reader for coming back or staying with the practice: confirms a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.the-wait-reader-had", r"\b(?:la|esa|esta|aquella|una) (?:larga |prolongada |excesiva |tremenda )?(?:espera|demora|tardanza|espera tan larga)s? (?:que (?:usted |ud |tu )?(?:tuvo|tuviste|vivio|viviste|sufrio|sufriste|paso|pasaste|experimento|experimentaste|soporto|soportaste|enfrento|enfrentaste|ha tenido|has tenido|haya tenido|hayas tenido|tuvieron|vivieron)|(?:de|en) (?:su|tu|sus|tus) (?:cita|visita|consulta|turno|llegada))\b",
            "Speaks of the wait the reader had ('la espera que tuvo'): confirms they came in",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.that-particular-day", r"\b(?:fue|era|habia sido) (?:una|un) (?:noche|dia|manana|tarde|turno|fin de semana|semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:muy |bastante |especialmente |particularmente |realmente |sumamente |tan )?(?:ocupad[oa]|agitad[oa]|caotic[oa]|pesad[oa]|complicad[oa]|dificil|intens[oa]|larg[oa]|llen[oa])\b|\b(?:ese|aquel|este|esa|aquella|esta) (?:dia|noche|manana|tarde|turno|fin de semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:estabamos|estuvimos|teniamos|tuvimos|ibamos|andabamos|fue|era|estuvo) (?:muy |bastante |realmente |especialmente )?(?:cortos de personal|con poco personal|sin personal suficiente|con falta de personal|atrasados|retrasados|saturados|desbordados|llenos|muy ocupados|ocupad[oa]|caotic[oa]|agitad[oa]|complicad[oa]|pesad[oa]|una locura)\b|\b(?:estabamos|estuvimos|teniamos|tuvimos|ibamos) (?:muy |bastante |realmente )?(?:cortos de personal|con poco personal|con falta de personal|atrasados|retrasados|saturados|desbordados|muy ocupados)(?: [a-z]+){0,2}? (?:ese|aquel|esa|aquella|el) (?:dia|noche|manana|tarde|turno|fin de semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b",
            "Explains what a particular day at the practice was like ('ese día estábamos cortos de personal'): confirms the reader came in",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.reader-as-patient", r"(?<!equipo )(?<!personal )(?<!doctor )(?<!doctora )(?<!dentista )(?<!medico )(?<!medica )(?<!higienista )(?<!clinica )(?<!consultorio )(?<!practica )(?<!oficina )\b(?:lleva|llevas|llevan|llevaba|llevabas|ha estado|has estado|han estado)(?: ya)? (?:[a-z]+ ){0,2}?(?:anos|meses|mucho tiempo|tanto tiempo|tiempo|toda la vida|una decada|decadas) (?:como (?:paciente|cliente|pacientes|clientes)|con nosotros|viniendo|atendiendose|atendiendote|en (?:nuestra|la|esta) (?:clinica|consulta|practica|oficina|consultorio)|en (?:nuestro|el|este) (?:consultorio|centro))\b|\bcomo (?:paciente|cliente)s? (?:fiel|fieles|de (?:tantos|muchos|varios|largo|largos) (?:anos|tiempo)|de siempre|frecuente|frecuentes|habitual|habituales|leal|leales|antigu[oa]s?|de confianza|de (?:esta|nuestra|la) (?:clinica|consulta|practica|oficina)|de (?:este|nuestro|el) (?:consultorio|centro))\b",
            "Speaks of the reader as a patient of long standing ('lleva años como paciente', 'como cliente fiel'): confirms they are a patient",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.trust-placed-in-us", r"\bla confianza que (?:usted |tu |ustedes )?(?:nos )?(?:ha|has|haya|hayas|han|hayan|nos ha|nos has) (?:depositado|puesto|demostrado|tenido|brindado|dado|otorgado)\b|\b(?:no )?(?:tenemos|hay|existe|encontramos) (?:ninguna |ningun )?(?:constancia|registro|registros|evidencia|prueba)(?: alguna)? de que\b",
            "Thanks the reader for the trust they placed in the practice, or says whether a record shows they came ('la confianza que ha depositado', 'no tenemos constancia de que...'): confirms or denies a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.staff-ask-after-reader", r"\b(?:siempre |todavia |aun |sigue |siguen )?(?:pregunta|preguntan|pregunto|preguntaron|preguntando) (?:por usted|por ti|por ustedes|por vosotros|como (?:esta|estas|sigue|sigues|le va|te va))\b|\b(?:conocer|ver|recibir|abrazar|cargar|saludar) (?:al|a la|a su|a tu|a sus|a tus) (?:nuev[oa] |pequen[oa] )?(?:bebe|bebes|pequen[oa]|recien nacid[oa]|peque|nene|nena|baby|hermanit[oa]|bebito|bebita|personita|pequenit[oa]|nuev[oa] integrante)\b|\b(?:su|tu|vuestra) (?:familia|casa) (?:que )?(?:crece|creciendo|esta creciendo|va a crecer)\b|\b(?:su|tu|vuestra) (?:creciente|nueva) familia\b|(?<!correccion )(?<!pedido )(?<!cambio )(?<!actualizacion )(?<!solucion )(?<!respuesta )(?<!arreglo )(?<!reemplazo )\b(?:viene|vienen|venga|esta|este) en camino\b",
            "Says staff ask after the reader or look forward to their baby ('siempre pregunta por usted', 'conocer al bebé que viene en camino'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.having-you-here", r"\b(?:teneros|tenerle|tenerla|tenerlo|tenerte|tenerles|veros|verte|verle|verla|verlo|verles) (?:por aqui|aqui|con nosotros|de nuevo|otra vez|en (?:la|el|nuestra|nuestro) (?:clinica|consulta|consultorio|centro))\b",
            "Speaks of having the reader at the practice ('siempre es un gustazo teneros por aquí'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.staff-talk-about-reader", r"\b(?:siempre |todavia |aun |a menudo |seguimos )?(?:comentamos|comenta|comentan|comentando|hablamos|habla|hablan|hablando|decimos|dice|dicen|recordamos) (?:de )?lo (?:[a-z]+ )?(?:simpatic|amable|puntual|valiente|educad|carinos|divertid|alegre|encantador|atent|dulce|risuen)[a-z]* que (?:sois|eres|es|son|fue|fuiste|fueron|fuisteis|llegais|llegas|llega|llegan)\b|\b(?:todo )?el merito es (?:suyo|tuyo|vuestro|de usted|de ustedes)\b",
            "Says staff talk about the reader, or gives them the credit for a result ('siempre comentamos lo simpáticos que sois', 'todo el mérito es suyo'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.patients-like-you", r"\b(?:pacientes|clientes|familias|personas)(?: tan [a-z]+)? como (?:usted|ustedes|vosotros|vosotras|tu)\b|\bno corresponde a (?:nadie|ninguna persona|ningun paciente|ninguna paciente) que (?:haya|hubiera) (?:pasado|venido|estado|sido atendid[oa]|acudido|visitado)\b",
            "Presumes the reader is a patient, or denies they ever came ('pacientes tan fieles como vosotros', 'no corresponde a nadie que haya pasado por nuestras consultas'): confirms or denies a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.decided-to-be-our-patient", r"\b(?:haya|hayas|hayan|ha|has|han) decidido (?:ser|hacerse|hacerte|volverse) (?:nuestr[oa]s?|parte de nuestr[oa]s?) (?:paciente|pacientes|cliente|clientes|familia)\b",
            "Thanks the reader for deciding to be a patient ('que haya decidido ser nuestra paciente'): confirms a relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE = [
    Pattern("es.treatment.work-we-did", rf"\b{PERFORMED} que (?:le|te|les) (?:colocamos|pusimos|hicimos|ajustamos|cementamos|instalamos|recetamos|extrajimos|sacamos|cambiamos|reparamos|tomamos|aplicamos|adaptamos|entregamos|mandamos|realizamos|coloco|puso|hizo|ajusto|receto|realizo|colocaron|pusieron|hicieron)\b",
            "Speaks of the work the practice did on the reader ('el puente que le colocamos'): discloses treatment",
            unless=(hedged,)),
    Pattern("es.treatment.show-it-off", r"\bya sin (?:nada de )?(?:metal|brackets|frenos|fierros|alambres|yeso|ferula|collarin|muletas)\b|\b(?:presumir|lucir|estrenar|mostrar|ensenar|presuma|presumas|luzca|luzcas|estrene|estrenes|disfrutar) (?:esa|ese|esas|esos|su|tu|sus|tus) (?:nueva |nuevo |nuevas |nuevos |hermosa |hermoso |perfecta |perfecto |linda |lindo |bonita |bonito |radiante |increible )?(?:sonrisa|sonrisas|dientes|piel|cara|rostro|vista|lentes|brackets|frenos|nariz|figura|cuerpo|cabello|ojos|mirada|labios|abdomen|dentadura)\b",
            "Tells the reader to show off a result of care ('a presumir esa sonrisa perfecta'): discloses treatment",
            unless=(hedged, about_everyone)),
    Pattern("es.treatment.results-came-out", r"\b(?:resultados?|estudios?|analisis|examenes|pruebas|laboratorios|radiografias?|biopsias?|cultivos?) (?:[a-z]+ )?(?:salio|salieron|dieron|resultaron|vinieron|llegaron|estan|estuvieron|quedaron) (?:todos |todas )?(?:perfect[oa]s?|normales?|bien|limpi[oa]s?|negativ[oa]s?|excelentes?|buen[oa]s?|positiv[oa]s?)\b",
            "Reports how someone's results came out ('todos los resultados salieron perfectos'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.procedure-went-fine", r"\b(?:se realizo|se realizaron|se llevo a cabo|se llevaron a cabo|se completo|se completaron|se hizo|se hicieron|transcurrio|transcurrieron|fue exitos[oa]|fueron exitos[oa]s|resulto exitos[oa]) (?:sin complicaciones|con exito|exitosamente|sin problemas|sin contratiempos|sin incidentes|satisfactoriamente|de manera satisfactoria|correctamente)\b|\bhace constar que\b",
            "Says a procedure went well or certifies it ('se realizó sin complicaciones'): discloses care"),
    Pattern("es.treatment.symptom-gone", r"\b(?:ya no|no|menos|sin) (?:le |te )?(?:sienta|sientas|siente|sientes|tenga|tengas|tiene|tienes|duela|duelan|moleste|molesten)(?: (?:tanta|tanto|ninguna|ningun|mas))? (?:sensibilidad|dolor|molestias?|ardor|comezon|picazon|mareos?|nauseas|hinchazon|inflamacion|rigidez|punzadas|presion|zumbido|resequedad|sequedad)\b",
            "Speaks of a symptom of the reader's going away ('ya no sienta sensibilidad'): discloses care",
            unless=(hedged, about_everyone)),
    Pattern("es.treatment.record-without", r"\b(?:\d+|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|muchos|muchas) (?:anos|meses|semanas|visitas|revisiones|limpiezas)(?: seguid[oa]s)? (?:sin|libre de|libres de) (?:una |ninguna |ningun )?(?:caries|empastes?|crisis|migranas?|dolor|dolores|recaidas?|convulsiones|ataques?|infecciones?|brotes?|episodios?|problemas|fumar|cigarros?|beber)\b",
            "Gives someone's record ('seis años sin caries'): discloses their health history",
            unless=(hedged, about_everyone)),
    Pattern("es.treatment.feeling-like-before", r"\b(?:se sienta|se siente|te sientas|te sientes|se sintio|te sentiste|sentirse|sentirte|volver a sentirse|volver a sentirte) (?:ya |otra vez |de nuevo |por fin )?(?:como antes|como nuev[oa]|como siempre|(?:usted|tu) mism[oa](?: otra vez| de nuevo)?|otra persona)\b",
            "Tells the reader they feel like before: discloses a result of care",
            unless=(hedged, about_everyone)),
    Pattern("es.treatment.what-the-reader-felt-lasted", r"\b(?:la|el|esa|ese|su|tu|aquella|aquel|tanta|tanto) (?:irritacion|rojez|enrojecimiento|molestia|molestias|dolor|hinchazon|inflamacion|ardor|picazon|comezon|sensibilidad|reaccion|mancha|manchas|moreton|moretones|sangrado|mareo|mareos|nausea|nauseas|fiebre|alergia|sarpullido|infeccion|efecto secundario|efectos secundarios|entumecimiento|adormecimiento|resequedad|descamacion)(?: [a-z]+){0,2}? (?:le|te|les) (?:durara|duro|dure|haya durado|durase|causara|causo|cause|haya causado|provoco|provocara|dio|diera|salio|saliera|molesto|molestara|afecto|afectara|quedara|quedo|siguiera|sigue|siga|persistiera|persistio)\b",
            "Speaks of a symptom the reader had and how long it lasted ('que la irritación le durara tantos días'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.back-to-an-activity", r"\b(?:vuelva|vuelvas|vuelvan|haya vuelto|hayas vuelto|hayan vuelto|este volviendo|estes volviendo|regrese|regreses|retome|retomes|pueda volver|puedas volver) a (?:calzarse|calzarte|ponerse las zapatillas|ponerte las zapatillas|correr|entrenar|caminar|jugar|nadar|bailar|trabajar|manejar|conducir|comer|dormir|hacer deporte|la cancha|las canchas|el gimnasio|sus rutinas|tus rutinas|su rutina|tu rutina|las zapatillas|los tenis|la bici|la bicicleta|montar|escalar|subir escaleras|levantar)\b",
            "Tells the reader they are back to an activity ('que vuelvas a calzarte las zapatillas'): discloses a result of care",
            unless=(hedged, about_everyone)),
    Pattern("es.treatment.result-keeps-changing", r"\b(?:la forma|el resultado|los resultados|la inflamacion|la hinchazon|la cicatriz|el contorno|la piel|la sonrisa|la mordida|el color|la textura)\b(?: [a-z]+){0,2}? (?:sigue|seguira|va a seguir|continua|continuara|seguiran|siguen) (?:definiendose|mejorando|asentandose|bajando|cambiando|afinandose|suavizandose|desinflamandose|evolucionando)\b|\b(?:todavia|aun) es (?:muy )?(?:pronto|temprano)\b|\blo mejor esta por venir\b",
            "Speaks of how someone's result is still changing ('el resultado seguirá definiéndose', 'aún es pronto'): discloses care",
            unless=(hedged, practice_wide)),
    Pattern("es.treatment.condition-under-control", r"\b(?:la|su|tu|el|sus|tus)(?: [a-z]+)? (?:presion|presion arterial|azucar|glucosa|diabetes|colesterol|asma|ansiedad|tiroides|peso|niveles|migranas?|alergias?|eczema|psoriasis|acne|reflujo)(?: [a-z]+){0,2}? (?:ya |por fin |al fin )?(?:esta|este|estan|esten|sigue|siga|se mantiene|se mantenga|quedo|quede|volvio|vuelva) (?:bajo control|controlad[oa]s?|estables?|normal(?:es)?|en rango|dentro del rango|dentro de rango|en su rango|en la meta|mejor|a la normalidad)\b|\b(?:ya |por fin |al fin )?(?:tiene|tenga|mantiene|mantenga|tienes|tengas) (?:la|el|su|tu|sus|tus) (?:presion|presion arterial|azucar|glucosa|diabetes|colesterol|asma|tiroides|peso|niveles)(?: [a-z]+){0,2}? (?:bajo control|controlad[oa]s?|estables?|en rango|dentro del rango|mejor)\b",
            "Says someone's condition is under control ('que la presión ya esté bajo control'): discloses care",
            unless=(hedged, practice_wide)),
    Pattern("es.treatment.now-without-symptoms", r"\b(?:que bueno|que alegria|que gusto|nos alegra|nos alegramos|nos da gusto|felices|contentos|contentas)\b[^.!?]{0,30}\bque (?:ya |por fin |al fin )?(?:pueda|puedas|puedan|podais|este|estes|esten|se sienta|te sientas|lleve|lleves)\b[^.!?]{0,70}\bsin (?:esos |esas |los |las |sus |tus |tantos |tantas |aquellos |aquellas )?(?:dolores?|molestias?|mareos?|nauseas|picazon|ardor|hinchazon|sintomas|miedo|ansiedad|dolor de cabeza|dolores de cabeza)\b",
            "Tells the reader they are now free of a symptom ('que ya puedas pasar la jornada sin esos dolores de cabeza'): discloses a result of care",
            unless=(hedged,)),
    Pattern("es.treatment.numbers-improving", r"\b(?:sus|tus|vuestros) (?:numeros|niveles|resultados|valores|analisis|cifras)\b|\b(?:se (?:estan|esten|estaban) notando|ya se notan?) en (?:sus|tus|vuestros) (?:numeros|niveles|resultados|valores|analisis|cifras)\b",
            "Speaks of the reader's numbers or results ('ya se estén notando en sus números'): discloses care",
            unless=(hedged, practice_wide)),
]

RECORDS_BILLING = [
    Pattern("es.records.plan-activated", r"\b(?:le|te|les) (?:activamos|aplicamos|cargamos|cobramos|abonamos|ajustamos|cancelamos|registramos|cambiamos|congelamos|condonamos|descontamos|reembolsamos|devolvimos) (?:el|la|los|las|su|sus|tu|tus|un|una) (?:plan|pago|pagos|cargo|cargos|saldo|mensualidad|mensualidades|cobro|abono|factura|cuenta|deposito|reembolso|credito|descuento)\b|\b(?:la )?(?:primera|proxima|siguiente|ultima) (?:mensualidad|cuota|parcialidad|letra) (?:es|sera|vence|queda)\b",
            "Speaks of the reader's payment plan or charges ('ya le activamos el plan de 6 meses'): discloses billing",
            unless=(hedged,)),
    Pattern("es.records.their-arrangement", r"\b(?:el|ese|este) (?:plan de pagos?|arreglo de pago|financiamiento|reembolso|deposito|copago|deducible|saldo|credito|pago)\b(?! (?:en linea|por internet|con tarjeta))(?=[^.!?]{0,40}\b(?:le|te|usted|su|tu)\b)",
            "Speaks of a particular payment arrangement of the reader's ('el plan de pagos le funciona'): discloses billing",
            unless=(hedged, about_everyone)),
    Pattern("es.records.details-changed", r"\b(?:actualizamos|cambiamos|corregimos|borramos|eliminamos|quitamos|agregamos|anadimos|modificamos|hemos actualizado|hemos cambiado|hemos corregido|hemos eliminado|hemos modificado)(?: ya)? (?:sus|su|tus|tu) (?:datos|informacion|preferencias|numero|telefono|correo|direccion|perfil|registro)(?: de (?:contacto|facturacion|pago|telefono|correo))?\b|\b(?:le|te|lo|la) (?:quitamos|sacamos|borramos|eliminamos|dimos de baja) (?:de|en) (?:nuestr[oa]|la|el) (?:[a-z]+ )?(?:lista|listas|sistema|base de datos|registro)\b",
            "Says the practice changed the reader's contact details or lists: discloses account details",
            unless=(hedged, about_everyone)),
    Pattern("es.records.it-is-on-record", r"\b(?:en|segun|de acuerdo con|conforme a) (?:las|nuestras|sus|tus|los|nuestros|sus) (?:notas|anotaciones|registros|apuntes)(?: de (?:esa|la|su|tu|aquella|esta|aquel|ese) (?:consulta|cita|visita|sesion|llamada))? (?:consta|constan|aparece|aparecen|figura|figuran|indica|indican|muestra|muestran|dice|dicen|se ve|se lee)\b|\b(?:nos )?consta (?:en (?:su|tu|el|nuestro|nuestros|la|las|los) (?:expediente|registro|registros|sistema|historial|notas|archivo|ficha|agenda|cuenta)|que (?:usted|tu|le|te|se le|se te|la|el) )",
            "Quotes the practice's notes or records about the reader ('en las notas de esa consulta consta que...'): discloses patient information",
            unless=(hedged,)),
]

PERSONAL_IDENTIFIER = [
    Pattern("es.identifier.weekday-after-del", rf"\bdel (?:pasado |proximo |ultimo )?{WEEKDAY}\b|\b(?:lo|lo que paso|lo ocurrido|lo sucedido) (?:de |del )?(?:este|ese|el|el pasado) {WEEKDAY}\b",
            "Gives a day ('la espera del martes'): tied to a visit it identifies the reviewer's appointment"),
]

# A name identifies whoever it names, about a visit or not; so does an age.
NAMED_BY_TITLE = [
    Pattern("es.identifier.person-of-an-age", r"\b(?:senora|senor|senorita|nina|nino|chica|chico|bebe|paciente|persona|mujer|hombre|abuela|abuelo|abuelita|abuelito|joven|muchacha|muchacho|hija|hijo|nieta|nieto|pequena|pequeno|dama|caballero|viejita|viejito) de (?:\d{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien)(?: y [a-z]+)? (?:anos|meses|semanas)\b"
            # Two ages of two people: "chicos de 14 y 16 años" (not a range: "de 3 a 12 años").
            r"|\b(?:ninas|ninos|chicas|chicos|hijas|hijos|nietas|nietos|pequenas|pequenos|jovenes|muchachas|muchachos|hermanas|hermanos|peques) de \d{1,3} y \d{1,3} (?:anos|meses)\b",
            "Gives someone's age ('una señora de 84 años'): an identifying detail of the reviewer or their family"),
    Pattern("es.identifier.addressed-by-title", r"\b(?:sr|sra|srta|senor|senora|senorita)\.? [a-z][a-z'-]+\b",
            "Names someone by title and surname ('Sra. López'): identifies the reviewer or their family",
            unless=(not_the_reader_by_title,)),
]

REVIEW_INCENTIVE = [
    Pattern("es.incentive.something-if-you-review", r"\b(?:gratis|gratuit[oa]s?|descuentos?|regalos?|tarjetas? de regalo|creditos?|reembolsos?|bonos?|cupon(?:es)?|sorteos?|premios?|cortesia|estacionamiento|cafe|vales?)\b[^.!?]{0,60}\b(?:si|cuando|en cuanto|a cambio de que|por) (?:nos )?(?:deja|dejas|dejan|publica|publicas|escribe|escribes|actualiza|actualizas|cambia|cambias|sube|subes|borra|borras|elimina|eliminas|quita|quitas|modifica|modificas|comparte|compartes|califica|calificas|vuelve a calificar)\b[^.!?]{0,40}\b(?:resenas?|opinion|comentario|calificacion|estrellas|testimonio|valoracion|calificarnos)\b",
            "Ties something of value to the reader posting or changing a review ('estacionamiento gratis si nos deja cinco estrellas'): the FTC forbids it"),
    Pattern("es.incentive.gift-if-you-post", r"\b(?:regalamos|damos|ofrecemos|obsequiamos|descontamos|hacemos|enviamos|mandamos|invitamos|bonificamos|reembolsamos|devolvemos)\b(?=[^.!?]{0,60}\b(?:si|cuando|a cambio de que|con tal de que|siempre que) (?:nos )?(?:publica|publicas|publican|deja|dejas|dejan|escribe|escribes|actualiza|actualizas|cambia|cambias|comparte|compartes|sube|subes|borra|borras|elimina|eliminas|quita|quitas|modifica|modificas|mejora|mejoras)\b[^.!?]{0,40}\b(?:resena|resenas|opinion|comentario|calificacion|estrellas|foto|testimonio|valoracion)\b)",
            "Offers something if the reader posts or changes a review ('le regalamos una limpieza si publica una reseña'): the FTC forbids it"),
    # Whatever is offered, tied to the reader posting or changing a review (the English side:
    # `en.incentive.if-you-review`).
    Pattern("es.incentive.if-you-review", r"\b(?:si|cuando|en cuanto|una vez que|apenas|despues de que) (?:usted |tu |ustedes )?(?:nos )?(?:sube|subes|suben|subis|publica|publicas|publican|publicais|deja|dejas|dejan|dejais|escribe|escribes|escribis|comparte|compartes|compartis|actualiza|actualizas|actualizais|cambia|cambias|cambiais|modifica|modificas|modificais|borra|borras|borrais|elimina|eliminas|eliminais|quita|quitas|quitais|edita|editas|editais|pone|pones|poneis|da|das|dais|regala|regalas|regalais|califica|calificas|calificais|puntua|puntuas|puntuais|agrega|agregas|agregais|mejora|mejoras|mejorais)\b[^.!?]{0,50}\b(?:resena|resenas|opinion|comentario|calificacion|estrellas|valoracion|testimonio|puntuacion)\b(?=[^!?]*\b(?:gratis|gratuit[oa]s?|descuento|regalo|tarjeta|credito|reembolso|cupon|vale|premio|sorteo|rifa|bono|cortesia|obsequio|sin costo|sin coste|de regalo|corre (?:de|por) (?:nuestra|cuenta)|por cuenta de la casa|invita la casa|la casa invita|\$|\d+ ?%))",
            "Ties something of value to the reader posting or changing a review ('si sube su reseña le enviaremos una tarjeta de regalo'): the FTC forbids it"),
]

# No `hedged` exception: a conditional does not make advice safe ("si te duele la espalda,
# aplica calor").
MEDICAL_ADVICE = [
    Pattern("es.advice.diet-and-exercise", r"(?<!con )(?<!opciones )\b(?:menos|mas|nada de|cero|poca|poco|poquita|poquito) (?:sal|azucar|cafe|alcohol|grasa|grasas|refresco|refrescos|harinas|dulces|sodio|frituras|pan|agua|verduras|fruta|fibra|proteina)\b|\ba (?:caminar|correr|nadar|estirar|moverse) (?:\d+|unos|media hora|diez|quince|veinte|treinta)\b",
            "Tells the reader what to eat or how to exercise ('menos sal, menos café y a caminar 30 minutos'): medical advice"),
    Pattern("es.advice.remember-to", r"\b(?:recuerde|recuerda|recuerden|no olvide|no olvides|no olviden|acuerdese|acuerdate)(?: de)? (?:usar|tomar|aplicar|ponerse|ponerte|enjuagarse|enjuagarte|cepillarse|cepillarte|descansar|evitar|beber|tomarse|tomarte|limpiar|lavar|lavarse|hidratarse|hidratarte|estirar|caminar|elevar|mantener|seguir usando|seguir tomando|usar el hilo|pasar el hilo)\b",
            "Tells the reader to remember a health habit or remedy ('recuerde usar el hilo dental'): medical advice"),
    Pattern("es.advice.remedy-to-apply", r"\b(?:aplica|aplique|apliquen|pon|ponga|ponte|pongase|usa|use|usen|coloca|coloque|toma|tome|bebe|beba|camina|camine|descansa|descanse|estira|estire|evita|evite|haz|haga|date|dese|ofrezcale|ofrezca|ofrecele|dele|dale|denle|deles)\b (?:un poco de |unos? |algo de |una |un )?(?:calor|hielo|frio|compresas?|compresa tibia|pano tibio|panos|pomada|crema|bolsa de agua|agua tibia|te de|manzanilla|gargaras|sal|descanso|reposo|ibuprofeno|paracetamol|acetaminofen|banos? de asiento|vapor|humidificador|estiramientos|caminatas?|suero(?: oral)?|electrolitos|liquidos|sorbitos|jarabe)\b",
            "Suggests a remedy to apply ('aplica calor unos 15 minutos'): medical advice, even without a drug",),
    Pattern("es.advice.keep-it-in-a-care-state", r"\b(?:mantenga|mantengala|mantengalo|mantengalos|mantengalas|manten|mantenla|mantenlo|mantenlos|mantenlas|deje|dejela|dejelo|deja|dejala|dejalo|procure mantener|procura mantener|trate de mantener|trata de mantener)(?: (?:la|el|los|las|su|sus|tu|tus) [a-z]+(?: [a-z]+)?)? (?:bien |siempre |un poco |ligeramente )?(?:elevad[oa]s?|en alto|levantad[oa]s?|con hielo|vendad[oa]s?|cubiert[oa]s?|limpi[oa]s?|sec[oa]s?|humect[oa]s?|hidratad[oa]s?|inmovilizad[oa]s?|en reposo|quiet[oa]s?|tapad[oa]s?|fuera del sol)\b",
            "Tells the reader how to keep a body part or wound ('manténgala elevada'): medical advice"),
    Pattern("es.advice.it-will-heal", r"\b(?:deberia|debe|deberian|suele|suelen|va a|van a|tiende a|tienden a|tendria que|tendrian que) (?:ir )?(?:desinflamarse|deshincharse|sanar|cicatrizar|curarse|aliviarse|ceder)\b(?![^.!?]*\b(?:nosotros|nuestr[oa]s?|personal|equipo|oficina|consultorio|clinica|contratar|contratamos|temporada|horario|obras|telefonos?|espera|esperas|filas?|demoras?)\b)",
            "Tells the reader how something will heal or settle ('debería desinflamarse en una semana'): medical advice about their condition"),
    Pattern("es.advice.if-a-symptom-then", r"\bsi (?:la |el |su |tu )?(?:fiebre|temperatura|dolor|hinchazon|inflamacion|sangrado|enrojecimiento|tos|vomito|sintomas?)(?: [a-z]+){0,3}? (?:pasa|supera|sube|empeora|aumenta|no baja|no mejora|continua|sigue|dura|vuelve)\b[^.!?]{0,40}\b(?:regrese|regresa|vuelva|vuelve|acuda|acude|llame|llama|venga|ven|vaya|ve a)\b|\b(?:mucha|mucho|abundante|abundantes) (?:agua|liquidos|reposo|descanso|hidratacion|water|bed rest)\b",
            "Tells the reader what to do if a symptom changes, or to rest and drink ('si la fiebre pasa de 39, regrese'): medical advice"),
    Pattern("es.advice.what-is-best", r"\blo (?:ideal|mejor|recomendable|indicado|aconsejable) (?:es|seria|sera) (?:poner |aplicar |usar |tomar |hacer |mantener |beber )?(?:hielo|ice|frio|calor|reposo|descanso|bed rest|compresas?|agua|liquidos|water|sleep)\b|\bnada de (?:ejercicio|exercise|deporte|gimnasio|esfuerzo|esfuerzos|levantar peso|pesas|correr|running)\b",
            "Tells the reader what is best for a symptom ('lo ideal es hielo unos 15 minutos', 'nada de ejercicio'): medical advice"),
    Pattern("es.advice.we-recommend-practicing", r"\b(?:le|te|les|os) (?:recomendamos|recomiendo|sugerimos|sugiero|aconsejamos|aconsejo) (?:practicar|probar|tomar|aplicar|aplicarse|evitar|descansar|beber|caminar|respirar|ponerse|hacer (?:ejercicio|ejercicios|estiramientos|respiraciones|compresas)|usar (?:hielo|calor|compresas|crema|protector|gotas)|intentar (?:respirar|descansar|dormir)|alternar|no (?:cargar|levantar|hacer esfuerzos|forzar)|elevar|estirar|mantener (?:la|el) (?:zona|pierna|brazo|pie|rodilla|tobillo)|ponerse (?:hielo|calor|compresas))\b",
            "Recommends something to the reader's health ('le recomendamos practicar la respiración 4-7-8'): medical advice"),
]
