# ruff: noqa: E501  (rule tables: one pattern a line reads better than a wrapped regex)
"""Spanish rule data added for issue 11: classes of wording that generalise (who and
when, not which phrase): prior contact, status denials, presumed relationships, outcomes and
progress, advice without a drug, account actions. Appended to the tables of `es.py`."""

from __future__ import annotations

from guardrails.hooks import (
    about_everyone,
    announced_date,
    billing_in_general,
    for_everyone,
    guideline,
    hedged,
    practice_calendar,
    practice_channel,
    practice_wide,
    staff_at_work,
    third_person,
)
from guardrails.rules import Pattern, en_classes

PATIENT_RELATIONSHIP = [
    # Knowing who wrote the review ("todas supimos de inmediato quién lo escribió").
    Pattern("es.relationship.knows-who-wrote-it", r"\b(?:(?:todas|todos|todo el equipo|ya) )?(?:supimos|sabemos|sabiamos|reconocimos|adivinamos|supieron|sabian)(?: de inmediato| enseguida| al instante| perfectamente| enseguidita)? (?:quien|de quien) (?:lo |la )?(?:escribio|escribiste|escribe|es|era|viene)\b",
            "Says the practice knows who wrote the review ('supimos quién lo escribió'): confirms the reviewer is known to it",
            unless=(hedged,)),
    # The staff still remembering or talking about something of the reader's ("todavía se
    # acuerdan de esos tenis brillantes").
    Pattern("es.relationship.staff-still-remember", r"\b(?:todavia|aun|siempre) (?:se acuerda|se acuerdan|recuerda|recuerdan|habla|hablan|comenta|comentan) (?:de |del |sobre )?(?:esos|esas|ese|esa|aquel|aquella|aquellos|aquellas|sus|tus|su|tu|como|lo de)\b",
            "Says the staff still remember something of the reader's ('todavía se acuerdan de esos tenis'): confirms a patient relationship",
            unless=(hedged,)),
    # The reader's belonging said through the verb alone ("¡Nos alegra que seas parte de la
    # familia San Rafael!"): no "usted" or "tú" needed.
    Pattern("es.relationship.you-are-part-of-family", r"(?<!cualquiera )(?<!quien )(?<!todo el )(?<!toda persona )\bque (?:(?:seas|sea|sean|formes|forme|formen)|(?:sigas|siga|sigan) (?:siendo|formando)) (?:parte|miembro|miembros) de (?:nuestra|la)(?: [a-z]+){0,3} familia\b|\btener(?:te|le|la|lo|los|las) como (?:paciente|pacientes|cliente|clientes)\b",
            "Says the reader is part of the practice's family ('que seas parte de la familia'): presumes a patient relationship",
            unless=(hedged,)),
    Pattern("es.relationship.prior-contact", r"\b(?:como|tal como|segun|conforme a lo que) (?:le |te |les )?(?:comente|comentamos|comento|dije|dijimos|mencione|mencionamos|explique|explicamos|conversamos|hablamos|platicamos|quedamos|acordamos|indique|indicamos)\b|\b(?:cuando|despues de que|desde que) (?:le |te )?(?:hablamos|conversamos|platicamos|llamamos|escribimos|nos llamo|nos escribio|nos llamaste|nos escribiste)\b|(?<!gusto )(?<!gusto lo )(?<!gusto la )(?<!gusto le )(?<!gusto te )(?<!gustosamente )(?<!encantados )(?<!encantadas )(?<!felices )\b(?:hablamos|conversamos|platicamos) (?:con usted|contigo|por telefono|ayer|la semana pasada|el otro dia|esta manana)\b(?! (?:cuando|si|en cuanto|de lunes|en horario))|(?<!participan )(?<!participa )(?<!participen )(?<!presentes )\b(?:en|durante|tras|despues de|segun) (?:nuestra|la) (?:conversacion|llamada|platica|charla|reunion)(?: telefonica)?\b(?<!manana en la reunion)(?<!hoy en la reunion)(?! (?:de (?:los|cada|todos los) (?:lunes|martes|miercoles|jueves|viernes|sabados|dias|semanas|meses)|mensual|semanal|diaria|anual|de equipo|del equipo|de personal|del personal|interna|de calidad|de direccion|del (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|de (?:la manana|cada)))|\b(?:segun|en|tras|despues de|por) (?:nuestro|el) (?:mensaje|buzon de voz|mensaje de voz|correo|whatsapp|texto)(?: de voz)? (?:del|de la|de ayer|que le|que te)\b|\bpor (?:llamarnos|escribirnos|contactarnos|comunicarse con nosotros|comunicarte con nosotros|ponerse en contacto|ponerte en contacto|dar seguimiento|darnos seguimiento)(?: con nosotros)?(?: [a-z]+){0,2}? (?:por (?:correo|telefono|mensaje|whatsapp|texto|el portal)|ayer|la semana pasada|el mes pasado|el otro dia|esta manana|esta semana|anteriormente|nuevamente|de nuevo|otra vez)\b|\b(?:dar|damos|doy) seguimiento a (?:su|tu) (?:correo|llamada|mensaje|queja|solicitud|carta)\b|\b(?:devolvimos|devolvemos|escuchamos|recibimos) (?:su|tu) (?:llamada|mensaje de voz|buzon|correo electronico|carta)\b|\b(?:usted|ud|tu) (?:nos )?(?:llamo|llamaste|escribio|escribiste|envio un correo|dejo un mensaje|dejaste un mensaje)\b|\b(?:le|te) (?:llamamos|escribimos|contactamos|devolvimos la llamada|enviamos un correo)\b|\b(?:me|nos) (?:acuerdo|acordamos|acorde|acordaremos) (?:muy bien |perfectamente |bien |mucho |con carino )?de (?:usted|ustedes|ud|ti|su|sus|tu|tus|ella|el|aquella|aquel|esa|ese|nuestra|la (?:llamada|conversacion|visita|platica))\b|\b(?:recuerdo|recordamos|no olvido|no olvidamos|no he olvidado|no hemos olvidado) (?:muy bien |perfectamente |bien |con carino )?(?:a usted|a ustedes|a su|a sus|a tu|a tus|nuestra (?:llamada|conversacion|platica|charla)|su (?:visita|llamada|caso|mensaje|correo)|cuando (?:usted|nos|vino|llamo|hablamos))\b|\bnuestra (?:ultima |breve |reciente |primera |larga )?(?:llamada|conversacion|platica|charla)(?: telefonica)?\b(?! (?:informativa|informativas|sobre|para|gratuita|mensual|semanal|de (?:bienvenida|orientacion)))",
            "Refers to earlier private contact with the reader ('como le comenté en la llamada'): confirms a relationship",
            unless=(hedged, practice_channel)),
    # Contacto con el lector en un día, o sus propias llamadas y mensajes: "hablamos el
    # viernes", "estuvo con usted en recepción el martes", "sus tres llamadas llegaron".
    Pattern("es.relationship.contact-on-a-day", r"\b(?:hablamos|hable|conversamos|platicamos|nos reunimos|le llamamos|lo llamamos|la llamamos|le llame|le escribimos|te llamamos|te escribimos) (?:(?:el|este|el pasado) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la semana pasada|ayer)\b|\b(?:estuvo|estuve|estuvimos|estaba|hablo|atendio) con (?:usted|ustedes|ud|contigo)(?: [a-z]+){0,3} (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|esa (?:tarde|manana|noche|semana)|aquel dia|ese dia|la semana pasada|ayer)\b|\b(?:sus|tus) (?:[a-z]+ )?(?:llamadas|mensajes(?: de voz)?|correos(?: electronicos)?)\b[^.!?]{0,30}?\b(?:llegaron|entraron|quedaron sin respuesta|no fueron (?:respondid[oa]s|devuelt[oa]s)|se perdieron)\b|\b(?:recibimos|escuchamos|leimos|vimos) (?:todos |todas |los |las )?(?:sus|tus) (?:[a-z]+ )?(?:llamadas|mensajes|correos|mensajes de voz)\b",
            "Se refiere a un contacto con el lector en un día, o a sus propias llamadas y mensajes: confirma una relación",
            unless=(hedged,)),
    # Following up on the reader's own message ("dando seguimiento al correo que nos envió").
    Pattern("es.relationship.follows-up-reader-message", r"\b(?:dando|damos|para dar|le doy|le damos|te damos|te doy|doy|quiero dar|queremos dar) seguimiento (?:a (?:su|tu|la|el|nuestra|nuestro)|al) (?:correo|mensaje|llamada|conversacion|queja|email|carta|nota|whatsapp)\b|\b(?:el|la|su|tu) (?:correo|mensaje|email|carta|llamada|queja|nota de voz|mensaje de voz|whatsapp) (?:electronico )?que (?:usted |tu )?(?:nos )?(?:envio|enviaste|mando|mandaste|escribio|escribiste|dejo|dejaste|hizo|hiciste)\b",
            "Follows up on a message the reader sent ('dando seguimiento al correo que nos envió'): confirms a relationship",
            unless=(hedged,)),
    # Anyone at the practice recalling or enjoying time with the reader ("nuestra coordinadora
    # recuerda haber hablado con usted", "fue un gusto conocerte"), eager to meet them, or
    # expecting them to arrive ("cuando llegue").
    Pattern("es.relationship.recalls-time-with-reader", r"\b(?:recuerda|recuerdan|recordamos|recuerdo|recordaba|recordaban) (?:muy bien |perfectamente |bien )?(?:esa|aquella|la) (?:tarde|manana|noche|visita|cita|llamada|conversacion|semana)\b(?! (?:en que|cuando) (?:abrimos|inauguramos))|\b(?:recuerda|recuerdan|recordamos|recuerdo) (?:muy bien |perfectamente |bien )?(?:ese|aquel) (?:dia|momento|rato|fin de semana)\b|\b(?:recuerda|recuerdan|recordamos|recuerdo|recordaba|recordaban) (?:haber |muy bien |con carino |perfectamente )?(?:hablado|conversado|platicado|charlado|conocido|atendido|visto|saludado|recibido|ayudado|trabajado)\b|\b(?:fue|ha sido|ha sido todo|fue todo|era) un (?:gran |verdadero )?(?:gusto|placer|honor|privilegio|agrado) (?:hablar|conversar|platicar|charlar|conocer|saludar|atender|ver|recibir|ayudar|trabajar|tratar|escuchar)(?:le|te|la|lo|les|los|las)?\b|\b(?:disfrutamos|disfrute|disfruto|disfrutaron|disfrutaba|disfrutabamos) (?:mucho |muchisimo |tanto )?(?:hablar|conversar|platicar|charlar|conocer|saludar|atender|ver|recibir|ayudar|trabajar|tratar)(?:le|te|la|lo|les|los|las)?\b|\b(?:deseando|con (?:muchas )?ganas de|ansios[oa]s (?:de|por)|emocionad[oa]s (?:de|por)|no vemos la hora de|esperamos con (?:ansias|ilusion|emocion)) (?:conocer|ver|recibir|saludar|atender)(?:le|te|la|lo|les|los|las)\b|\b(?:cuando|en cuanto|apenas|al momento en que) (?:usted |ud\.? )?(?:llegue|llegues|venga|vengas|se presente|te presentes|entre|entres)\b",
            "Says someone at the practice remembers or enjoyed time with the reader, or expects them to arrive: confirms a relationship",
            unless=(hedged,)),
    # Wishes relayed to someone from the review ("dígale felicidades de parte de todos").
    Pattern("es.relationship.relays-wishes", r"\b(?:digale|diganle|dile|dale|dele|denle|mandele|mandale|mandales|enviele|enviale|salude|saludele|saludale|saluden)(?: a (?:su|tu) [a-z]+)? (?:muchas |nuestras |un gran |un fuerte |un |una )?(?:felicidades|felicitaciones|enhorabuena|abrazos?|saludos?|besos?|choca esos cinco|de nuestra parte|de parte (?:de todo el equipo|nuestra|de todos))\b",
            "Relays wishes to someone from the review ('dígale felicidades de nuestra parte'): confirms a relationship",
            unless=(hedged,)),
    # The reader's name on the schedule; the reader already unwell before the wait.
    Pattern("es.relationship.reader-on-our-list", r"\b(?:le|te|lo|la|los|las) (?:pusimos|pusieron|anotamos|agregamos|apuntamos|inscribimos|subimos|movimos|colocamos) (?:en|a) (?:el )?(?:primer lugar (?:en|de) |los primeros (?:en|de) )?(?:la|nuestra) lista\b|\bnunca (?:se ha|se habia|ha sido|fue|se hizo|se realizo) (?:operad[oa]|atendid[oa]|tratad[oa]|intervenid[oa]|visto|vist[oa]) (?:con|por|en) (?:nosotros|nuestr[oa])\b|\bnunca se ha (?:operado|atendido|tratado|hecho (?:un|una|ningun|ninguna) [a-z]+) (?:con|aqui|en)\b",
            "Speaks of the reader on the practice's list, or denies they were treated: confirms or denies a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.staff-remember-her", r"\bse (?:acuerda|acuerdan|acordaban|acordaba|acuerdan mucho|acuerdan muy bien) (?:muy bien |mucho |perfectamente |todavia |aun |siempre )?de (?:usted|ti|ella|el|ustedes|ellos|ellas|vosotros|su (?:hij[oa]|mama|papa|bebe|nin[oa]|esposo|esposa|abuel[oa]))\b|\b(?:haber sido|formar|haber formado) parte de (?:un|su|tu|este|ese|aquel) (?:dia|momento|evento|capitulo) (?:tan |muy )?(?:especial|importante|unico|grande|inolvidable|bonito|hermoso)\b|\b(?:felicidades|felicitaciones|enhorabuena) a la (?:quinceanera|cumpleanera|novia|graduada|nueva mama|mama)\b",
            "Says staff remember someone from the review, or shares their big day: confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.last-time-you-came", r"\b(?:desde )?(?:la ultima vez|la primera vez|cada vez|la vez|el dia) que (?:usted |tu )?(?:vino|viniste|vinieron|nos visito|nos visitaste|estuvo aqui|estuviste aqui|paso por aqui|pasaste por aqui|nos vio|nos viste)\b|\b(?:usted|tu) lo hizo (?:en|el) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|miercoles|jueves|viernes|sabado|domingo|verano|invierno|otono|primavera)\b",
            "Speaks of the last time the reader came ('desde la última vez que viniste'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.name-on-the-schedule", r"\b(?:su|tu) nombre (?:en|dentro de) (?:la|nuestra) (?:agenda|lista|programacion|lista de citas)\b|\b(?:usted|tu|ya) (?:ya )?(?:venia|venias|estaba|estabas|se sentia|te sentias|llego|llegaste) (?:sintiendose|sintiendote|enferm[oa]|mal|con (?:dolor|fiebre|malestar)|adolorid[oa]|indispuest[oa])\b",
            "Speaks of the reader's name on the schedule or how they felt when they came: confirms a relationship",
            unless=(hedged,)),
    # The practice trying to reach the reader ("sí le dejamos dos mensajes de voz",
    # "intentamos llamarle varias veces").
    Pattern("es.relationship.tried-to-reach", r"\b(?:le|te|les) (?:dejamos|deje|dejo|mandamos|mande|enviamos|envie) (?:un |una |dos |tres |varios |varias |algunos |\d+ )?(?:mensajes?|recados?|correos?|textos?|whatsapps?|avisos?|notas?)\b|\b(?:intentamos|intente|tratamos de|trate de|quisimos) (?:llamarle|llamarlo|llamarla|llamarte|llamarles|marcarle|marcarte|contactarle|contactarlo|contactarla|contactarte|localizarle|localizarlo|localizarla|localizarte|comunicarnos con usted|comunicarnos contigo|hablar con usted|hablarle|escribirle)\b|\b(?:le|te) (?:llamamos|marcamos|hablamos|escribimos) (?:dos|tres|varias|muchas|\d+) veces\b|\b(?:le|te) (?:marcamos|llamamos) (?:ayer|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la semana pasada|esta manana)\b",
            "Says the practice tried to reach the reader or left them messages ('le dejamos dos mensajes de voz'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.favorite-case", r"\b(?:uno|una) de (?:sus|nuestros|nuestras|mis) (?:casos|pacientes|sonrisas|resultados|transformaciones) (?:favorit[oa]s|preferid[oa]s|mas (?:bonit[oa]s|especiales|memorables|dificiles|lindos|lindas))\b|\b(?:su|nuestro|nuestra|mi) (?:caso|paciente|sonrisa|resultado) (?:favorit[oa]|preferid[oa])\b|\b(?:un|una) (?:caso|paciente|recuperacion) (?:de libro|modelo|ejemplar)\b",
            "Speaks of a clinician's favorite or model case ('uno de sus casos favoritos'): discloses care",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.status-denial", r"(?<!es o )(?<!era o )\b(?:no|nunca|jamas) (?:es|era|fue|ha sido|habia sido) (?:un[oa]? |nuestr[oa] )?(?:de nuestr[oa]s )?(?:paciente|pacientes|cliente|clientes)\b|\b(?:resena|opinion|comentario|publicacion|cuenta) (?:es|parece|seria) (?:falsa|falso|fraudulenta|inventada|inventado|fake)\b|\b(?:resena|opinion|comentario)s? (?:falsa|falso|falsas|falsos|fraudulenta|inventada)s?\b|(?<!es o )(?<!era o )\bno (?:es|era) paciente\b",
            "Says the reader is not a patient or calls the review fake ('nunca ha sido nuestro paciente'): denying patient status is also disclosure",
            unless=(hedged,)),
    Pattern("es.relationship.presumed", r"\b(?:pacientes|familias|personas|clientes|gente|mamas|papas|ninos)(?: (?:fieles|leales|consentid[oa]s|maravillos[oa]s|especiales|comprometid[oa]s|valientes|dedicad[oa]s|tan [a-z]+))? como (?:usted|ustedes|tu|ud|su familia|la suya|la tuya|(?:su|tu|sus|tus) (?:hij[oa]s?|bebes?|nin[oa]s?|pequen[oa]s?|peques|familias?))\b|\b(?:usted|ustedes|ud|uds|tu|[a-z]+(?:le|te|les|los|las)) (?:[a-z]+ ){0,4}(?:parte|miembro|miembros) de (?:nuestra|la)(?: [a-z]+){0,3} familia\b|\bbienvenid[oa]s? a (?:la|nuestra)(?: [a-z]+){0,3} familia\b|\b(?:acompanarte|acompanarlos|acompanarlas|acompanaros|acompanandote|acompanandole|acompanandola|atendiendote|atendiendole|atendiendola|atendiendolo|atenderte|atenderos|cuidarte|cuidandote|cuidandole|cuidandola|tratarte|tratandote|tratandole|recibirte|verte|saludarte|conocerte|examinarte|revisarte|haberte atendido|haberte visto|haberte acompanado|(?<!pedir )(?<!puede )(?<!pueden )(?<!pueda )(?<!puedan )(?<!solicitar )(?<!pase a )(?<!pasen a )(?<!pasa a )(?<!venga a )(?<!vengan a )(?<!ven a )(?<!acerquese a )(?<!acercate a )(?<!invitamos a )verlos|(?<!pedir )(?<!puede )(?<!pueden )(?<!pueda )(?<!puedan )(?<!solicitar )(?<!pase a )(?<!pasen a )(?<!pasa a )(?<!venga a )(?<!vengan a )(?<!ven a )(?<!acerquese a )(?<!acercate a )(?<!invitamos a )verlas)\b|\b(?:fue|ha sido|es|sera) un (?:privilegio|honor|placer|gusto|orgullo|regalo) (?:(?:apoyar|ayudar|acompanar|atender|cuidar|conocer|ver|tratar|recibir|servir|guiar)(?:le|la|lo|les|las|los|te)|(?:apoyar|ayudar|acompanar|atender|cuidar|conocer|ver|tratar|recibir|servir|guiar) a (?:usted|ustedes|su|sus|ti|tu|tus))\b(?! (?:por|al|via) (?:telefono|correo|email|e-mail|via telefonica|linea|llamada)| telefonicamente| en (?:la|nuestra) linea)",
            "Presumes the reader belongs to the practice or was cared for ('pacientes como usted', 'acompañarte', 'seguir atendiéndola'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.helped-reader", r"\b(?:haber|hayamos) (?:podido )?(?:ayudar|ayudado|apoyar|apoyado|servir|servido|acompanar|acompanado)(?:le|la|lo|les|te)?\b(?! a (?:esta|nuestra|la|toda la) comunidad)|\b(?:todo|las cosas) (?:haya |hayan |ha |han )?(?:salido|resultado) (?:bien|muy bien|de maravilla|tan bien)\b|\btodo salio bien\b",
            "Says the practice helped the reader or that things went well for them ('nos alegra haber podido ayudarle'): confirms care",
            unless=(hedged,)),
    Pattern("es.relationship.brought-to-us", r"\b(?:que )?nos (?:trajo|trajiste|trajeron|dejo|dejaste|dejaron|llevo|mando|mandaste|regalo|regalaste|regalaron|obsequio)\b|\bver (?:a )?(?:los|sus|tus) (?:ninos|hijos|nietos|gemelos|pequenos) (?:de nuevo|otra vez|pronto|nuevamente)\b",
            "Speaks of something the reader brought the practice, or of seeing their children again: confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.hard-stretch", r"\b(?:lo|que|cuan|tan) (?:dificil|duro|dura|larga|largo|pesado|pesada|estresante|agotador|agotadora|complicado|complicada|aterrador|aterradora) que (?:fue|fueron|ha sido|han sido|debio ser|debe haber sido) (?:esa|ese|esos|esas|aquella|aquel|la|el) (?:[a-z]+ ){0,2}(?:semana|semanas|dia|dias|noche|noches|mes|meses|etapa|temporada|manana|tarde)\b|\b(?:lo|la) (?:ha|has|haya|hayas) (?:llevado|enfrentado|manejado|sobrellevado|afrontado) con (?:mucha |tanta |gran )?(?:valentia|fuerza|paciencia|entereza|gracia|animo)\b",
            "Speaks of a hard stretch the reader went through, or how they handled it ('lo ha llevado con mucha valentía'): presumes a relationship",
            unless=(hedged, for_everyone)),
    Pattern("es.relationship.staff-reminisce", r"\btodavia (?:se rie|se rien|habla|hablan|recuerda|recuerdan|sonrie|sonrien|comenta|comentan)\b|\b(?:la proxima vez|para la proxima)\b(?= (?:que venga|que nos visite|tendremos|le tendremos|lo tendremos|te tendremos|le esperamos|te esperamos))|\b(?:le|te|les) (?:hicimos|abrimos|encontramos|conseguimos|dimos|hacemos|abrimos) (?:un |una )?(?:espacio|lugar|hueco|cita|turno|campito)\b",
            "Speaks of staff remembering the reader, their next visit, or making room for them ('le hicimos un espacio'): confirms a relationship",
            unless=(hedged,)),
    Pattern("es.relationship.recognised", r"\b(?:reconocemos|reconoceriamos|reconoceria|reconoce) (?:su|tu|esa) (?:risa|sonrisa|voz|cara)\b|\b(?:su|tu) (?:risa|sonrisa|voz|cara) (?:la|lo) (?:reconocemos|reconoceriamos)\b|\b(?:galletas|flores|pastel|pan|dulces|chocolates|cafe|regalo|regalos|tarjeta|postre|tamales|donas|bocadillos|detalle) que (?:nos )?(?:trajo|trajiste|trajeron|dejo|dejaste|mando|mandaste|regalo)\b",
            "Says the practice recognises the reader or remembers their gift: confirms a relationship"),
    Pattern("es.relationship.own-conduct", r"\b(?:disculpa|disculpas|disculpe|perdon|lamento|lamentamos|siento|sentimos)\b(?: [a-z]+){0,4}? (?:si|que|por como) (?:le |te |les )?(?:(?:nuestr[oa] [a-z]+|el personal|el equipo) )?(?:sone|sonamos|parecia|pareci|parecimos|fui|fuimos|estuve|estuvimos|me vi|nos vimos|me comporte|nos comportamos|haya sonado|hayamos sonado|haya parecido|hayamos parecido|haya sido|hayan sido|fue|fueron|estuvo|se porto|se vio|se mostro) (?:un poco |algo |muy |tan |demasiado |bastante )?(?:apurad[oa]s?|cortantes?|brusc[oa]s?|groser[oa]s?|sec[oa]s?|impacientes?|distraid[oa]s?|fri[oa]s?|apresurad[oa]s?|molest[oa]s?|indiferentes?|toscos?|toscas?|descortes|poco profesional|insensibles?)\b",
            "Apologises for how the staff came across to the reader ('le pido una disculpa si soné apurada'): confirms an encounter with them",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.enjoyed-their-family", r"\b(?:nos encanto|nos encanta|nos gusto|nos gusta|disfrutamos|extranamos|nos alegro|que gusto fue) (?:mucho |muchisimo )?(?:ver|conocer|atender|tener|recibir|saludar) (?:a )?(?:los|las|sus|tus|sus dos|los dos|las dos|los tres|esos|esas) (?:[a-z]+ )?(?:gemelos|gemelas|trillizos|ninos|ninas|hijos|hijas|pequenos|pequenas|nietos|nietas|bebes|chiquitos|hermanitos|hermanos|hermanas)\b|\b(?:nos encanto|nos encanta|nos gusto|disfrutamos|nos alegro) (?:mucho |muchisimo )?(?:ver|conocer|atender|tener|recibir|saludar) (?:a )?(?:la|su|tu|el) (?:bebe|nina|nino|hija|hijo|pequena|pequeno|familia)\b",
            "Says the staff enjoyed seeing particular children or family members ('nos encantó ver a los gemelos'): confirms a relationship",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.resume-care", r"\bretomar (?:las cosas|todo|donde|sus|su|el|la|los|las|nuestras|nuestro)\b|\bdonde (?:lo )?(?:dejamos|dejo|dejaste|nos quedamos)\b|\b(?:continuar|seguir) (?:donde|con (?:sus|su|tus|tu) (?:sesiones|tratamiento|terapia|citas))\b|\b(?:reanudar|reiniciar) (?:sus|su|tus|tu|las|el|la) (?:sesiones|tratamiento|terapia|citas|cuidados)\b",
            "Offers to resume or continue with the reader ('retomar donde lo dejamos'): presumes earlier care",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.occasion-went-well", r"\b(?:el|la|ese|esa|su|tu) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|noche|dia|manana|tarde|visita|cita|consulta|procedimiento|limpieza|ajuste|entrega)(?: (?:en la )?(?:noche|manana|tarde))? (?:salio|fue|resulto|estuvo|transcurrio)(?: tan| muy| super| bastante)? (?:bien|rapid[oa]|tranquil[oa]|facil|perfect[oa]|sin problemas)\b",
            "Says a particular day or visit went well ('el domingo en la noche salió tan bien'): confirms the reader was there",
            unless=(hedged, about_everyone)),
    Pattern("es.relationship.that-occasion", r"\b(?:perdon|disculpe|disculpenos|lamentamos|sentimos|lamento|siento)(?: mucho)? (?:por )?lo (?:de|del|que paso) (?:ayer|hoy|esta manana|esta tarde|la otra vez|aquel dia|ese dia|la semana pasada|el otro dia|el lunes|el martes|el miercoles|el jueves|el viernes|el sabado|el domingo)\b|\b(?:el doctor|la doctora|el dentista|la dentista|dr\.? [a-z]+|dra\.? [a-z]+|nosotros|el consultorio|la clinica|la agenda|el equipo) (?:iba|ibamos|estaba|estabamos|andaba|andabamos|se atraso|nos atrasamos|venia|veniamos) (?:muy |bastante |un poco |algo |super |tan )?(?:atrasad[oa]s?|retrasad[oa]s?|tarde|con retraso|con atraso)\b",
            "Apologises for a particular occasion or says the schedule ran late ('perdón por lo de ayer', 'el doctor iba muy atrasado'): confirms the reader was there",
            unless=(hedged,)),
    Pattern("es.relationship.by-your-side", r"\bhaber estado (?:a su lado|con usted|contigo|a tu lado|presentes)\b|\b(?:estar|estuvimos|estuvo) a su lado\b",
            "Says the practice was at the reader's side ('haber estado a su lado'): confirms care",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE = [
    # An outcome in everyday words: good numbers, a problem left behind, an everyday thing
    # again, a change exclaimed over, a new look, progress ("esos números tan buenos", "que eso
    # ya haya quedado atrás", "no hay nada como volver a leer el menú", "¡qué cambio!", "su
    # nueva figura", "todo lo que ha avanzado desde enero").
    Pattern("es.treatment.outcome-in-everyday-words", r"\b(?:las|sus|tus|esas) (?:manchas|ojeras|arrugas|cicatrices|granitos|marcas|lesiones|ronchas) (?:no )?(?:hayan|han|ha|haya|se hayan|se han) (?:aclarado|desaparecido|mejorado|sanado|bajado|borrado)\b|\bcero (?:granitos?|granos|acne|manchas|dolor|caries|molestias|migranas|brotes|crisis)\b|\bel resultado(?: final)?(?:,[^.!?]{0,40},)? (?:quedo|es|se ve|luce) (?:precioso|hermoso|perfecto|increible|espectacular|genial|bonito|divino|maravilloso)\b|\b(?:esos|estos|sus|tus) (?:numeros|valores|niveles|resultados|analisis)(?: tan)? (?:buenos|excelentes|bonitos|estables|bajos|mejores)\b|\b(?:ya )?(?:haya|hayan|ha|han) quedado atras\b|\bnada como volver a [a-z]+\b|\bque (?:cambio|transformacion|diferencia|antes y despues)\b|\b(?:las|esas|estas|sus|tus) fotos (?:del (?:ultimo dia|final|antes y (?:el )?despues|resultado)|finales|de resultados?)\b|\b(?:lo que|cuanto|como|todo lo que) (?:ha|has|han) (?:avanzado|progresado|mejorado|crecido|logrado)\b|\b(?:su|tu|sus|tus) (?:nueva|nuevo|nuevas|nuevos) (?:figura|silueta|look|imagen|lentes|anteojos|gafas|audifonos|brackets|frenos)\b|\b(?:las escaleras|los escalones|las caminatas|las noches|las comidas) (?:ya )?(?:no (?:sean|son|es|sea) un problema|(?:sean|son|esten|estan) (?:mas )?(?:faciles|llevaderas|tranquilas))|\b(?:mas felices|mas contentos|mas orgullosos) que saber que (?:[a-z]+ ){1,10}?vuelven? a\b",
            "Speaks of someone's result in everyday words (good numbers, a change, a new look, progress, doing something again): describes the outcome of care",
            unless=(hedged,)),
    # A clinician's report of progress ("la doctora dice que va justo según lo previsto"), good
    # news on an outcome ("¡felicidades por quitárselos!").
    Pattern("es.treatment.close-to-due-date", r"\b(?:estando|estar|este|esta|estes|estas|ya) (?:(?:tan|muy|ya) )*(?:cerca|proxima|a punto) (?:de|a) (?:la fecha (?:del|de) parto|dar a luz|su parto|tu parto|la fecha prevista|la fecha probable|la cesarea|su cesarea)\b",
            "Speaks of the reader being close to giving birth ('estando tan cerca de la fecha del parto'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.progress-on-schedule", r"\b(?:dice|dijo|comenta|comento|confirma|confirmo|considera|cree|ve|vio|nota|noto|esta content[oa] de) que (?:todo |la recuperacion |la cicatrizacion |la evolucion )?(?:va|vas|sigue|sigues|evoluciona|evolucionas|esta|estas|avanza|avanzas)(?: (?:justo|muy|perfectamente|tal|bastante|realmente))? (?:segun lo (?:previsto|esperado|planeado)|como se esperaba|como esperabamos|a buen ritmo|muy bien|de maravilla|bien encaminad[oa]|en (?:buen|el buen) camino|mejor de lo esperado)\b|\b(?:la recuperacion|la cicatrizacion|la evolucion|todo) (?:va|sigue|avanza) (?:justo |perfectamente )?segun lo (?:previsto|esperado)\b",
            "Reports a clinician's view of progress ('dice que va según lo previsto'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.good-news-about-a-result", r"\b(?:las|la|esas|esa) (?:noticias?) (?:fueron|fue|eran|era|resultaron|resulto) (?:muy |tan )?buenas?\b|\b(?:todo el equipo|todos aqui|todas aqui|el equipo entero|todo el personal) (?:se )?(?:alegro|alegraron|emociono|emocionaron|alivio|aliviamos|celebro|celebramos)\b",
            "Shares good news or relief about one person's result: discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.baby-in-arms", r"\b(?:ya )?(?:tienen|tiene|tienes|tengan|tenga|tener|sostener|sostienen|sostiene|cargar|cargan|carga) (?:a )?(?:su|tu|sus|tus|la|el) (?:nina|nino|bebe|bebes|hij[oa]s?|pequen[oa]|bebita|bebito|gemel[oa]s|mellizos|recien nacid[oa]) en (?:brazos|sus brazos|tus brazos|casa)\b",
            "Speaks of a baby now in the family's arms: discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.is-back-to-an-activity", r"\bya (?:duerme|duermes|come|comes|camina|caminas|corre|corres|respira|respiras|lee|lees|ve|ves|oye|oyes|escucha|escuchas|mastica|masticas) (?:de corrido|toda la noche|sin dolor|sin molestias|sin problemas|mucho mejor|mejor|sin ayuda|sin lentes|sin anteojos|solit[oa])\b|\b(?:ya )?(?:volviste|volvio|volvieron|vuelves|regresaste|regreso|pudiste volver|pudo volver) a (?:jugar|correr|caminar|nadar|bailar|entrenar|manejar|conducir|andar|cargar|competir|hacer deporte|la cancha|el gimnasio|las canchas|tu rutina|su rutina|tus actividades|sus actividades)\b",
            "Says someone is back to an activity ('ya volviste a jugar fútbol'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.congrats-on-an-outcome", r"\b(?:felicidades|felicitaciones|enhorabuena)(?: a (?:ella|el|ellos|usted|ti))? por (?:fin )?(?:quitar(?:se|te|nos)(?:los|las|lo|la)|haber(?:se|te)(?:los|las|lo|la)? quitado|despedir(?:se|te) de (?:los|las|sus|tus|el|la) [a-z]+)\b",
            "Congratulates someone on an outcome ('¡felicidades por quitárselos!'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.relief", r"\b(?:le|te|les) (?:estan|esta|estuvieron) (?:funcionando|ayudando|sirviendo|sentando bien)\b|\b(?:le|te|les) (?:funcionan|funciono|funcionaron|ayudan|ayudo|ayudaron|sientan bien|sento bien) (?:muy |tan |de maravilla|bien)\b|\bya no (?:le|te|les) (?:pica|pican|duele|duelen|molesta|molestan|arde|arden|sangra|sangran|zumba|suena)\b|\bno mas (?:dolor|picazon|comezon|molestias|lentes|muletas|frenos|brackets|dolores de cabeza)\b|\b(?:le|te) (?:queda|quedan|quedo|quedaron|sienta|sientan) (?:muy |super |increible |de maravilla|perfect[oa]s?|bien|increibles?|hermos[oa]s?)",
            "Speaks of how the reader feels or looks after care ('ya no le pica', 'le quedan increíbles'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.progress", r"\b(?:lo mucho|cuanto|lo bien|lo lejos) que (?:ha|has|han|haya|hayas|hayan) (?:avanzado|mejorado|crecido|progresado|cambiado|sanado|llegado)\b(?! (?:nuestr[oa]s?|la clinica|el consultorio|el equipo|la practica)\b)",
            "Speaks of someone's progress ('lo mucho que ha avanzado'): discloses care",
            unless=(hedged,)),
    Pattern("es.treatment.reported-outcome", r"\b(?:saber|sabemos|ver|vemos|leer|leemos|escuchar|escuchamos|enterarnos|nos enteramos|alegra|alegran|encanta|encantan|feliz|felices|contentos|contentas)(?: de (?:saber|ver|leer|escuchar))? (?:que|como)\b(?! (?:el|la|los|las|nuestr[oa]s?) (?:nuev[oa] )?(?:estacionamiento|telefonos?|lineas?|sitio|pagina|portal|oficina|clinica|consultorio|elevador|ascensor|entrada|sistema|horarios?|luz|internet|agenda|sala de espera|recepcion)\b)(?: [a-z]+){1,9}? (?:de nuevo|otra vez|nuevamente|(?<!rlo )(?<!hacer )(?<!explicar )(?<!comunicar )mejor|(?<!estamos )(?<!seguimos )(?<!continuamos )(?<!vamos )mejorando|sanando|sano|sana|recuperad[oa]|recuperando|ya no|sin dolor|como nuev[oa]|cambiado|cambio|funcionando|resultado|como antes|como siempre|ya se siente|ya puede)\b",
            "Reports a change in someone's body, health or daily life ('saber que ya ve bien otra vez'): discloses care",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # "El aparato se cambió por garantía esa misma semana": a particular item of someone's
    # care, and what was done to it.
    Pattern("es.treatment.item-serviced", r"\b(?:el|la|los|las|su|sus|ese|esa|esos|esas|este|esta) (?:nuev[oa]s? |viej[oa]s? |primer[oa]? |segund[oa] |otr[oa] )?(?:aparato|aparatos|dispositivo|dispositivos|audifono|audifonos|lentes|anteojos|gafas|armazon|armazones|micas|retenedor|retenedores|alineador|alineadores|corona|coronas|puente|dentadura|protesis|placa|implante|implantes|ferula|bota|yeso|plantillas|frenos|brackets|carilla|carillas|empaste|empastes|pedido|receta|mascarilla)(?: [a-z]+)? (?:se |le |les |ya se |ya le |se le )?(?:cambio|cambiaron|reemplazo|reemplazaron|reparo|repararon|arreglo|arreglaron|ajusto|ajustaron|rehizo|rehicieron|entrego|entregaron|envio|enviaron|devolvio|devolvieron|reembolso|ordeno|pidio|(?:fue|fueron|ha sido|han sido|ya fue|ya fueron) (?:cambiad|reemplazad|reparad|arreglad|ajustad|rehech|entregad|enviad|devuelt|reembolsad|pedid)[oa]s?)\b|\b(?:le |les |te )?(?:cambiamos|reemplazamos|reparamos|arreglamos|rehicimos|entregamos|enviamos|devolvimos) (?:el|la|los|las|su|sus|ese|esa|esos|esas) (?:nuev[oa]s? |viej[oa]s? )?(?:aparato|aparatos|dispositivo|dispositivos|audifono|audifonos|lentes|anteojos|gafas|armazon|armazones|micas|retenedor|retenedores|alineador|alineadores|corona|coronas|puente|dentadura|protesis|placa|implante|implantes|ferula|bota|yeso|plantillas|frenos|brackets|carilla|carillas|empaste|empastes|pedido|receta|mascarilla)\b",
            "Says what was done to a particular item of someone's care ('el aparato se cambió por garantía'): discloses treatment",
            unless=(hedged, practice_wide)),
]

RECORDS_BILLING = [
    # Payments or sessions left ("¡ya solo te quedan cuatro pagos!").
    Pattern("es.records.payments-left", r"\b(?:te|le|les) (?:quedan?|faltan?) (?:solo )?(?:\d+|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|pocos|pocas) (?:pagos|cuotas|mensualidades|abonos|sesiones|citas|pago|cuota|mensualidad|abono|sesion|cita)\b",
            "Tells the reader how many payments or sessions they have left: discloses account details",
            unless=(hedged,)),
    # The reader's request for their records ("su solicitud de historial clínico nos llegó").
    Pattern("es.records.request-handled", r"\b(?:su|tu) solicitud (?:de|del) (?:su |tu )?(?:historial|expediente|registros|copia|informe|resultados|reembolso)(?: clinico| medico)? (?:nos llego|llego|ya llego|fue recibida|se recibio)\b|\b(?:recibimos|ya recibimos|nos llego) (?:su|tu) solicitud (?:de|del) (?:su |tu )?(?:historial|expediente|registros|copia|informe|resultados|reembolso)\b",
            "Speaks of the reader's request for their records ('su solicitud de historial nos llegó'): discloses patient records",
            unless=(hedged,)),
    # A note in the reader's file ("revisamos la nota del expediente que menciona").
    Pattern("es.records.note-in-the-file", r"\b(?:la|las|una|esa|esta) notas? (?:del|de su|en su|en el) expediente\b|\bdel expediente que (?:menciona|menciono|comenta|comento|senala|senalo)\b",
            "Speaks of a note in the reader's file ('la nota del expediente que menciona'): discloses patient records",
            unless=(hedged,)),
    Pattern("es.records.arrangement-we-made", r"\b(?:hemos revisado|revisamos|revise|he revisado|consultamos|hemos consultado|leimos|hemos leido) (?:las|sus|tus|el|su|tu|los) (?:notas|expediente|historial|registros|grabaciones|notas clinicas|apuntes)(?: de (?:la|su|tu|esa) (?:consulta|visita|cita|sesion))?\b|\b(?:el|su|tu|ese|este) (?:plan de pagos?|acuerdo de pago|financiamiento|descuento|ajuste|reembolso|credito|presupuesto) que (?:le |te )?(?:hicimos|armamos|ofrecimos|preparamos|acordamos|dimos|aplicamos|aprobamos|organizamos)\b",
            "Speaks of a payment arrangement the practice made ('el plan de pagos que le armamos'): discloses billing information",
            unless=(hedged,)),
    # Where the reader's own request stands ("su solicitud ya está en proceso").
    Pattern("es.records.request-in-progress", r"(?<!\bvez que )(?<!\bcuando )(?<!\bsi )(?<!\bdespues de que )\b(?:su|tu|la) (?:solicitud|peticion|pedido|orden|reembolso|reclamo|referencia|autorizacion|copia|receta|transferencia)(?: de (?:expediente|registros|historial|copias))? (?:ya )?(?:esta en (?:proceso|tramite|camino)|esta siendo (?:procesad[ao]|revisad[ao])|se esta (?:procesando|tramitando|revisando)|fue (?:recibid[ao]|enviad[ao]|procesad[ao]|aprobad[ao])|ha sido (?:recibid[ao]|enviad[ao]|procesad[ao]|aprobad[ao])|ya (?:salio|llego)|va en camino)\b",
            "Says where the reader's own request, order or refund stands: confirms a relationship and discloses records",
            unless=(hedged,)),
    Pattern("es.records.sent-for-reader", r"\b(?:le |les )?(?:mandamos|enviamos|mande|envie|enviaremos|mandaremos|reenviamos|faxeamos|pasamos|entregamos) (?:ya )?(?:la|el|su|sus|los|las) (?:referencia|receta|orden|ordenes|solicitud|resultados|expediente|radiografias|estudios|historial|factura|estado de cuenta|recibo|formularios|formatos|autorizacion|pase)\b",
            "Says what the practice sent for the reader ('mandamos la referencia al cardiólogo'): discloses records",
            unless=(hedged,)),
    Pattern("es.records.quote-received", r"\b(?:el|la|su) (?:presupuesto|cotizacion|factura|cuenta|cargo|cobro|estado de cuenta|recibo) que (?:usted )?(?:recibio|le dimos|le dieron|pago|le enviamos|le llego|le entregamos)\b",
            "Speaks of a quote or bill the reader received ('el presupuesto que recibió'): discloses billing information",
            unless=(hedged,)),
    Pattern("es.records.sorted-out", r"\b(?:resolvimos|resolviamos|arreglamos|arreglabamos|aclaramos|aclarabamos|solucionamos|soluciobamos|corregimos|corregiamos) (?:lo del|lo de su|el tema del|el asunto del|su|el|la) (?:seguro|cobro|factura|cuenta|pago|reclamo|reembolso|saldo|copago|papeleo)\b",
            "Says the practice sorted out the reader's insurance or bill ('mientras resolvíamos lo del seguro'): discloses billing information",
            unless=(hedged,)),
    Pattern("es.records.account-action", r"\b(?:pusimos|pausamos|suspendimos|detuvimos|congelamos|retiramos|cancelamos|condonamos|anulamos) (?:en pausa |en espera )?(?:la |el |su )?(?:cobranza|cobro|cuenta|saldo|factura|reclamo|cargo|deuda)\b|\b(?:el|su) (?:saldo|monto|adeudo|cargo|importe) (?:pendiente|restante|vencido|atrasado)\b|\b(?:la|una|su) (?:agencia|empresa|oficina) de (?:cobros|cobranza|cobranzas|recobro)\b|\bqueda(?:ra|ria)? (?:a|en) cero\b|\b(?:la|su) (?:deuda|factura) (?:pendiente|vencida)\b|\b(?:enviamos|mandamos|pasamos) (?:la cuenta |su cuenta |su caso )?a cobranza\b",
            "Describes action on a particular account ('pausamos la cobranza', 'el saldo pendiente'): discloses billing information",
            unless=(hedged, billing_in_general)),
    Pattern("es.records.collections-paused", r"\b(?:pausar|pausamos|pausado|detener|detuvimos|detenido|suspender|suspendimos|suspendido|congelar|congelamos|cancelar|cancelamos|frenar|frenamos)\b (?:[a-z]+ ){0,2}?(?:cualquier|toda|todo|la|el|su|las|los) (?:actividad|gestion|gestiones|proceso|llamadas|avisos|cartas|acciones) de (?:cobranza|cobro|cobros|facturacion)\b",
            "Says the practice paused collection activity ('pausamos cualquier gestión de cobranza'): discloses billing information about the reader",
            unless=(hedged,)),
]

MEDICAL_ADVICE = [
    # Rinses, gargles or alternating two medicines, told to the reader ("haga enjuagues suaves
    # con agua tibia y sal", "puedes alternar paracetamol e ibuprofeno").
    Pattern("es.advice.rinses-or-alternating", r"\b(?:haga|haz|hagan|realice|realiza|realicen) (?:[a-z]+ ){0,2}?(?:enjuagues|gargaras|compresas|estiramientos|ejercicios|banos de asiento|lavados)\b|\balternar (?:el |la )?(?:paracetamol|ibuprofeno|acetaminofen|naproxeno|aspirina|frio|calor|hielo)\b",
            "Tells the reader to do rinses or exercises, or to alternate medicines: medical advice"),
    # A remedy that "suele ayudar", what helps many people, sunscreen ("un paño tibio sobre el
    # párpado suele ayudar", "a muchas mamás les ayuda comer porciones pequeñas", "FPS 30").
    Pattern("es.advice.remedy-placed-or-helping-many", r"\b(?:un|una) (?:pano|toalla|compresa) (?:tibi[oa]|fri[oa]|caliente|de hielo|de agua (?:tibia|caliente|fria)) (?:sobre|en|encima de|contra) (?:el|la|los|las|su|sus|tu|tus)\b|\b(?:a )?(?:muchas|muchos|la mayoria de las?|algunas|algunos) (?:personas|mamas|papas|pacientes|mujeres|ninos|adultos|gente) les (?:ayuda|funciona|sirve|alivia)\b(?! (?:traer|anotar|preparar|llegar|hacer una lista|llamar|escribir|llevar una lista|agendar|reservar|preguntar))|\bfps ?\d{2}\b",
            "Says what helps a symptom ('un paño tibio suele ayudar', 'a muchas mamás les ayuda...'): medical advice",
            unless=(practice_wide,)),
    # An instruction to keep using a device or a treatment ("siga usando la faja de
    # compresión día y noche").
    Pattern("es.advice.keep-using", r"\b(?:siga|sigue|continue|continua|no deje de|no dejes de) (?:usando|tomando|aplicando|haciendo|poniendose|poniendote|llevando|usar|tomar|aplicar|hacer|ponerse|llevar) (?:la|el|los|las|su|tu|sus|tus) (?:[a-z]+ )?(?:faja|compresion|ferula|bota|cabestrillo|retenedor|alineadores|ligas|gotas|crema|pomada|ejercicios|estiramientos|protector|parche|lentes|collarin|rodillera|medias)\b",
            "Tells the reader to keep using a device or a treatment ('siga usando la faja'): medical advice"),
    # A breathing exercise ("inhala contando hasta cuatro").
    Pattern("es.advice.breathing-exercise", r"\b(?:inhala|inhale|inhalen|exhala|exhale|exhalen|respira|respire|respiren)(?: [a-z]+){0,3} (?:contando|hasta|por|durante|en) (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho)\b|\b(?:prueba|pruebe|practica|practique|intenta|intente) (?:la |las |una |unas )?(?:respiracion|respiraciones|meditacion|relajacion)\b",
            "Gives a breathing exercise ('inhala contando hasta cuatro'): medical advice"),
    # A remedy recommended by name ("le recomendamos hielo las primeras 48 horas").
    Pattern("es.advice.we-recommend-remedy", r"\b(?:le |te |les |os )?(?:recomendamos|recomiendo|sugerimos|sugiero|aconsejamos|aconsejo) (?:(?:usar|aplicar|ponerse|poner|tomar|hacer) )?(?:el |la |los |las |un |una |unos |unas |mucho |mucha |bastante )?(?:hielo|calor|reposo|descanso|compresas?|liquidos|hidratacion|gargaras|bolsas? de hielo|agua tibia|agua con sal|te de|manzanilla|miel|estiramientos|caminatas?|ibuprofeno|paracetamol|acetaminofen|analgesicos?|antiinflamatorios?)\b",
            "Recommends a remedy ('le recomendamos hielo las primeras 48 horas'): medical advice",
            unless=(hedged,)),
    # Orders about posture, sleep or a medicine ("evite dormir boca abajo", "tómela siempre a
    # la misma hora").
    Pattern("es.advice.orders-for-the-body", r"\b(?:evite|evita|eviten|evitar) (?:dormir|cargar|levantar|rascarse|rascarte|frotarse|frotarte|tocarse|tocarte|exponerse|exponerte|forzar|agacharse|agacharte|morder|masticar|estar (?:de pie|sentad[oa]))\b|\bdormir boca (?:abajo|arriba)\b|\bsuba (?:el monitor|la pantalla|la almohada|las piernas|los pies)\b|\b(?:tomela|tomelo|tomelas|tomelos|tomala|tomalo|tomalas|tomalos|apliquela|apliquelo|apliquelas|apliquelos|aplicala|aplicalo|pongasela|pongaselo|ponsela|ponselo)\b",
            "Tells the reader what to do with their body or a medicine ('evite dormir boca abajo', 'tómela siempre a la misma hora'): medical advice"),
    # Remedies said to be the reader's allies ("reposo, hielo y elevación son sus mejores aliados").
    Pattern("es.advice.remedies-are-allies", r"\b(?:reposo|hielo|calor|frio|elevacion|hidratacion|liquidos|compresas(?: frias| tibias)?|descanso|dieta blanda)(?:,? (?:y |e )?(?:reposo|hielo|calor|frio|elevacion|hidratacion|liquidos|compresas|descanso|dieta blanda))* (?:son|es|seran|sera) (?:sus|tus|su|tu|el|los|la|las) (?:mejores? aliad[oa]s?|mejores? amig[oa]s?|clave)\b|\b(?:tomar|beber) (?:muchos |abundantes |suficientes )?liquidos(?: y (?:descansar|reposar|dormir))?(?:,? [a-z]+){0,2} (?:sigue siendo|siguen siendo|es|son) (?:lo mejor|la mejor (?:opcion|medicina|receta)|lo ideal|lo que mas ayuda) (?:para|contra|en)\b",
            "Recommends home remedies ('reposo, hielo y elevación son sus mejores aliados'): medical advice"),
    Pattern("es.advice.eases-symptom", r"\b(?:suele|suelen|puede|pueden|ayuda a|ayudan a|va a|van a|deberia|deberian)\b (?:[a-z]+ ){0,2}?(?:aliviar|calmar|bajar|desinflamar|quitar|reducir|disminuir|mejorar|suavizar)\b(?: [a-z]+){0,3}? (?:ese|esa|este|esta|la|el|su|cualquier|esos|esas) (?:tipo de |clase de )?(?:molestia|molestias|dolor|inflamacion|hinchazon|ardor|comezon|picazon|sensibilidad|punzadas?|punzada|irritacion|presion|rigidez|nausea|congestion)\b|\b(?:enjuagues?|buches|gargaras|lavados) (?:con |de )?(?:agua )?(?:tibia|salada|con sal|y sal|sal|bicarbonato|manzanilla)\b|\bde venta libre\b|\bsegun (?:las )?indicaciones\b",
            "Recommends something that eases a symptom ('los enjuagues con agua tibia y sal suelen aliviar ese tipo de molestia'): medical advice"),
    Pattern("es.advice.fluids-and-rest", r"\b(?:tome|tomen|toma|beba|bebe|beban) (?:mucha |bastante |suficiente |mas )?(?:agua|liquidos|suero|te)\b|\b(?:trate|intente|procure|trata|intenta|procura) (?:de )?(?:descansar|dormir|reposar|no forzar|no cargar|no masticar)\b",
            "Tells the reader to drink fluids or rest ('tome mucha agua y trate de descansar'): medical advice"),
    Pattern("es.advice.remedy-helps", r"\b(?:reposo|descanso|descansar|hielo|ice|calor|compresas?|un pano (?:frio|tibio|caliente)|liquidos|hidratacion|estiramientos|dormir bien|comida blanda|dieta blanda|te caliente|miel|manzanilla)\b(?: y (?:[a-z]+ ){0,3}?[a-z]+)? (?:suele |suelen |pueden |puede |ayudan a |ayuda a )?(?:ayudar|ayuda|ayudan|aliviar|alivia|alivian|calmar|calma|calman|funciona|funcionan|hacen maravillas|hace maravillas)\b|\b(?:una |la |un |el )?(?:compresa|crema|pomada|locion|hielo|calor|reposo|humectante)(?: (?:fria|tibia|caliente|sin perfume|suave|hidratante))?(?: y (?:una |la |un |el )?[a-z]+(?: [a-z]+){0,2})? (?:suele|suelen|puede|pueden) (?:calmar|aliviar|ayudar|bajar|desinflamar|mejorar)(?:lo|la|los|las)?\b|\b(?:nada de|sin|evite|evita|no use|no usar|no fume|no fumar|no escupir|no enjuagar) (?:[a-z]+ ){0,3}(?:popote|popotes|pajita|pajitas|sorbete|sorbetes|fumar|cigarro|alcohol|ejercicio|escupir|enjuagar|comida dura|comidas duras|irritantes|sol)\b|\bcomida (?:blanda|blandita|suave|fria|tibia)\b|\b(?:hielo|ice) (?:por ratos|a ratos|cada|durante|\d+ minutos|veinte minutos)\b",
            "Recommends a home remedy or aftercare ('hielo por ratos', 'nada de popote', 'comida blanda'): medical advice"),
    # Un hábito de salud que ayuda, sin remedio nombrado: "las ligas funcionan mejor si se usan
    # 22 horas al día", "mantenerlo elevado y evitar correr suele ayudar".
    Pattern("es.advice.habit-helps", r"\b(?:funciona|funcionan|ayuda|ayudan|sirve|sirven|rinde|rinden) (?:mucho |muchisimo )?(?:mejor|mas) (?:si|cuando) (?:se )?(?:usa|usan|lleva|llevan|mantiene|mantienen|toma|toman|aplica|aplican|evita|evitan|come|comen|bebe|beben|duerme|descansa|cambia|cambian)\b|\b(?:mantenerlo|mantenerla|mantener (?:el|la|los|las) [a-z]+) (?:elevad[oa]s?|en alto|en reposo|limpi[oa]s?|sec[oa]s?|hidratad[oa]s?)\b|\b(?:puede|pueden|debe|deben|conviene|es bueno|ayuda) (?:mantener(?:lo|la)? (?:elevad[oa]s?|en alto)|evitar correr|evitar (?:el )?ejercicio|descansar (?:el|la) [a-z]+)",
            "Recommends a health habit that helps ('las ligas funcionan mejor si se usan 22 horas al día'): medical advice"),
    # "Después de los 50 conviene vacunarse contra el herpes zóster".
    Pattern("es.advice.it-is-advisable", r"\b(?:conviene|es recomendable|se recomienda|es bueno|es importante) (?:que )?(?:vacunarse|hacerse|realizarse|tomar|tomarse|usar|aplicarse|revisarse|hidratarse|beber|evitar|dejar de)\b",
            "Recommends something to do for one's health ('conviene vacunarse'): medical advice"),
    # "Un antihistamínico... suele ser seguro para controlar los síntomas".
    Pattern("es.advice.safe-to-take", r"\b(?:suele ser|suelen ser|es|son|resulta|resultan) (?:muy |bastante |generalmente |normalmente )?(?:segur[oa]s?|eficaz|eficaces|util|utiles|buen[oa]s? opci(?:on|ones)) (?:para (?:controlar|aliviar|tratar|calmar|manejar|bajar)|de tomar)\b",
            "Says a medicine is safe or useful to take: medical advice"),
    Pattern("es.advice.tool-when-it-starts", r"\b(?:herramientas?|tecnicas?|estrategias?|trucos?|ejercicios?) (?:cuando|si|en cuanto|apenas) (?:[a-z]+ ){0,3}(?:empiezan|empieza|comienzan|comienza|aparecen|aparece|llegan|llega|suben|sube)\b",
            "Recommends a technique for when symptoms start ('una buena herramienta cuando empiezan los recuerdos'): medical advice"),
    # The same orders with "tú", opening a sentence: "Usa la crema solo una noche sí y otra no".
    Pattern("es.advice.tells-reader-take-stop-tu", r"(?:^|(?<=[.!?;:] )|(?<=[.!?;:]))(?:usa|aplica|aplicate|toma(?!(?: el| su| tu| un)? tiempo)|tomate(?!(?: el| su| tu| un)? tiempo)|ponte|evita|descansa|bebe|suspende|deja de tomar|deja de usar|sigue tomando|sigue usando|empieza a usar|empieza a tomar)(?= (?:el|la|los|las|tu|tus|un|una|mas|menos|hielo|calor|agua|medicamento|medicina|pastillas?|crema|pomada|gotas|dosis|antibioticos?|ibuprofeno|paracetamol|compresas?|reposo|inhalador|\d))(?! (?:el|la|los|las|tu|tus|un|una) (?:formulario|portal|sitio|pagina|enlace|link|correo|telefono|numero|chat|aplicacion|app|linea|buzon|estacionamiento|entrada|elevador|ascensor|mismo|misma)\b)",
            "Tells the reader to take, use or stop something ('usa la crema'): medical advice"),
    Pattern("es.advice.prognosis-and-care", r"\b(?:rigidez|dolor|inflamacion|hinchazon|chasquido|picazon|comezon|ardor|molestia|molestias|sensibilidad|sarpullido|moreton|entumecimiento|sangrado)\b(?: [a-z]+){0,6}? (?:deberia|deberian|suele|suelen|va a|van a|tiende a|tienden a) (?:pasar|bajar|desaparecer|mejorar|calmarse|quitarse|irse|resolverse|disminuir|ceder)\b|\b(?:dale|dele|denle) (?:unos|un par de|algunos|otros|unas|otras) (?:dias|semanas|horas)\b|\b(?:mantenga|manten|mantengan) (?:la|el|su|tu) (?:zona|area|herida|vendaje|sitio|boca|piel|ojo|ojos|incision) (?:limpi[oa]|sec[oa]|cubiert[oa]|elevad[oa]|hidratad[oa])\b|\b(?:asegurese|asegurate|aseguren|no olvide|no olvides|recuerde|recuerda) (?:de )?(?:terminar|completar|tomar|seguir|continuar|usar|aplicar)\b(?: [a-z]+){0,3} (?:tratamiento|antibiotico|antibioticos|medicamento|medicina|pastillas|crema|gotas|dosis|receta)\b",
            "Says how a symptom will go, how long to wait or how to look after it ('suele pasar solo', 'mantén la zona limpia'): medical advice"),
]

REVIEW_INCENTIVE = [
    Pattern("es.incentive.that-star", r"\b(?:esa|la|una|su|tu) (?:quinta|5a|ultima) estrella\b",
            "Asks for the missing star: asking to change a rating is never allowed"),
]

FOREIGN_CONTACT = [
    Pattern("es.contact.letters-for-digits", en_classes.LETTER_PHONE, en_classes.LETTER_PHONE_MESSAGE),
    Pattern("es.contact.social-handle", en_classes.SOCIAL_HANDLE + r"|\b" + en_classes.SOCIAL_NETWORK + r"(?: pagina| cuenta| perfil| usuario| canal)?(?: es| como| en|:)? (?=[a-z0-9.]*_)[a-z0-9_.]{3,30}\b", en_classes.HANDLE_MESSAGE),
    Pattern("es.contact.service-line", r"\b(?:llamar|llame|llama|llamen|marque|marca|marcar|enviar un mensaje de texto|envie un mensaje|escriba|escribir|comuniquese|contactar)(?: o (?:enviar un mensaje de texto|escribir|llamar))?(?: (?:al|a la linea|a la linea del))? (?:988|911|211|311|112|061)\b|\b(?:linea|la linea) (?:988|911)\b",
            "Gives a phone line other than the practice's own (988, 911): only the practice's own contact may appear"),
]

PERSONAL_IDENTIFIER = [
    # The reader's own age: "¡Qué ejemplo tan grande a sus 78 años!"
    Pattern("es.identifier.at-your-age", r"\b(?:a|con) (?:sus|tus) (?:\d{1,3}|[a-z]+) (?:anos|anitos|primaveras)\b",
            "Gives the reader's age ('a sus 78 años'): identifies the reviewer"),
    # A small child's age said fondly ("¡Un añito ya!").
    Pattern("es.identifier.little-years", r"\b(?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d{1,2}) anitos\b|\bun anito\b|\bno todos los (?:chicos|chicas|ninos|ninas|jovenes|adolescentes|muchachos|muchachas) de (?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete) anos\b",
            en_classes.AGE_MESSAGE, unless=(hedged,)),
    # Birthday wishes: the reader's (or a relative's) birthday is a personal detail.
    Pattern("es.identifier.birthday", r"\bfeliz(?: \d{1,3}(?:\.? ?(?:o|er|ero|avo)\b)?| (?:primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|onceavo|doceavo))? (?:cumpleanos|cumple|aniversario de vida)\b(?! (?:a nuestra|a la (?:clinica|consulta|oficina)|al equipo))|\bfelices \d{1,3}(?: anos)?\b",
            "Wishes someone a happy birthday ('¡Feliz cumpleaños!'): a personal detail of the reader or their family",
            unless=(hedged,)),
    Pattern("es.identifier.age", r"(?<!clinica )(?<!consultorio )(?<!practica )(?<!centro )(?<!equipo )(?<!oficina )\b(?:a los|con|cumplir|cumplio|cumple|tener|tiene|tenia) (?:\d{1,2}|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte) (?:anos|anitos|meses)(?: de edad)?\b(?! (?:o mas|en adelante|y mas|o menos|de experiencia|de anticipacion|de antelacion|de adelanto|antes)| de edad en adelante)|\b(?:su|tu|sus|tus) (?:hij[oa]|nin[oa]|bebe|pequen[oa]|nieto|nieta) de (?:\d{1,2}|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte) (?:anos|meses)\b|\b(?:los |las )?(?:\d{1,2}|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince) anos (?:son|es) (?:una |la )?(?:[a-z]+ )?(?:edad|etapa)\b",
            en_classes.AGE_MESSAGE, unless=(hedged, guideline)),
]


# What someone does for a symptom or a recovery at home (self-care advice, a "consejo:").
SELF_CARE = r"(?:crema|cremas|locion|humectante|humectantes|pomada|vaselina|bloqueador|protector solar|almohada|almohadas|humidificador|compresa|compresas|bolsa de hielo|enjuague|enjuagues|gargaras|agua con sal|agua tibia|agua fria|popote|pajita|sorbete|cepillo suave|hilo dental|suero|electrolitos|estiramientos|estirar|enfriar|enfriarla|enfriarlo|sorbos|remojar|bano tibio|un te|miel|jengibre|manzanilla|masaje|masajes|siesta|reposo|hielo|elevar|elevada|elevado|en alto|comida blanda|sin perfume|sin fragancia|hidratarse|hidratacion|cepillo de cerdas suaves|cerdas suaves|circulos suaves|compresas tibias|compresas frias|lagrimas artificiales|gotas lubricantes|colirio|descansar la vista|descansos visuales|descansos de pantalla|pausas visuales|regla 20|parpadear|respiracion 4-7-8|respiraciones profundas|respiracion profunda|ejercicios de respiracion|un paseo|caminar un poco|aire fresco)"

# --- fresh6's classes (round 4), each in wordings of our own: tests/guardrails/
# structure_classes_fresh6.py -----------------------------------------------------------------
PATIENT_RELATIONSHIP += [
    # Someone else's next visit: "ya queremos ver a esos dos otra vez en seis meses".
    Pattern("es.relationship.see-them-again", r"\b(?:ver|volver a ver|verlos|verlas|tener|recibir|saludar)(?: a)? (?:es[oa]s|l[oa]s|sus|tus|ambos|ambas|los dos|las dos|los tres)(?: [a-z]+){0,2}? (?:otra vez|de nuevo|nuevamente|pronto|en (?:un|dos|tres|cuatro|seis|doce|\d+) (?:meses|semanas|anos)|en (?:su|sus) proxim[oa]s?|el proximo (?:mes|ano)|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|primavera|verano|otono|invierno))\b|\bnos vemos con (?:l[oa]s|sus|tus|su|tu|es[oa]s?) [a-z]+\b",
            "Speaks of seeing particular people again ('ver a esos dos otra vez en seis meses'): presumes they are patients",
            unless=(hedged, about_everyone, for_everyone)),
    # The reviewer in the third person without a pointing word: "leer esto de alguien que
    # faltó a tres citas".
    Pattern("es.relationship.reviewer-described", r"\b(?:de|por) (?:alguien|una persona|un paciente|una paciente|un cliente|una clienta|una senora|un senor|una mama|un papa|un expaciente|una expaciente) que (?:(?:nunca|no|ya|jamas|tampoco|siempre) )?(?:falto|cancelo|se presento|termino|completo|pago|debe|debia|rechazo|se nego|vino|acudio|llego|asistio|regreso|dejo|abandono|reprogramo|recibio|se quejo|ignoro|suspendio|interrumpio)\b",
            "Describes the reviewer in the third person with what they did ('de alguien que faltó a tres citas'): confirms they are a patient",
            unless=(hedged,)),
    # A clinician's own schedule changed for the reader: "pedirle una disculpa por haber movido
    # nuestras sesiones", "ya reorganicé mi agenda de los martes".
    Pattern("es.relationship.own-schedule-changed", r"\b(?:movido|cambiado|reprogramado|cancelado|pospuesto|recorrido|aplazado|suspendido|movimos|cambiamos|reprogramamos|cancelamos|pospusimos|aplazamos|mover|cambiar|reprogramar|cancelar|posponer) (?:tantas veces |varias veces |otra vez )?(?:nuestras|nuestros|sus|tus) (?:sesiones|citas|consultas|reuniones|encuentros)\b|\b(?:reorganice|reacomode|libere|aparte|bloquee|cambie|movi|ajuste|despeje|abri|reserve|he reorganizado|he liberado|he apartado|he bloqueado|he cambiado|he movido|he ajustado|he despejado) (?:[a-z]+ ){0,2}?(?:mi|mis) (?:agenda|horario|horarios|mananas|tardes|calendario|dias|lunes|martes|miercoles|jueves|viernes|sabados)\b|\b(?:disculpa|disculpas|perdon|lamento|lamentamos|siento|sentimos)(?: mucho)? (?:por )?(?:las|los|tantas|tantos|esas|esos) (?:reprogramaciones|cancelaciones|cambios de (?:cita|citas|horario|sesion|sesiones))\b",
            "Speaks of a clinician's own schedule changed for the reader or of their sessions moved ('haber movido nuestras sesiones', 'reorganicé mi agenda'): confirms a relationship",
            unless=(hedged, for_everyone)),
    # A part in the reader's story: "ser una pequeña parte del suyo", "formar parte de su historia".
    Pattern("es.relationship.part-in-their-story", r"\b(?:ser|sido|formar|formado|haber sido|haber formado|fuimos|somos) (?:una |un )?(?:pequena |pequenita |humilde |gran |granito de )?(?:parte|arena) (?:del suyo|de la suya|del tuyo|de la tuya|de su|de tu|de sus|de tus)\b(?! (?:comunidad|barrio|ciudad|vecindario|colonia|pueblo|decision de (?:escribir|compartir)))|\b(?:papel|granito de arena) en (?:su|tu) (?:historia|camino|proceso|recuperacion|vida|tratamiento|sonrisa|salud)\b",
            "Speaks of the practice's part in the reader's story ('formar parte de su historia'): presumes they are a patient",
            unless=(hedged,)),
    # A particular order held up: "perdón por la demora del laboratorio", "el proveedor no tenía
    # los progresivos en existencia".
    Pattern("es.relationship.order-delay", r"\b(?:perdon|disculpe|disculpas|disculpenos|lamentamos|sentimos|lamento|siento)(?: mucho)? (?:por )?(?:la|el|esa|ese) (?:demora|retraso|atraso|tardanza|espera|problema) (?:del|de la|con el|con la|con los|con las|en el|en la|de los|de las) (?:laboratorio|proveedor|pedido|envio|fabricante|farmacia|entrega|lentes|anteojos|armazon|audifonos|aparato|corona|protesis|retenedor|receta|resurtido)\b|\b(?:el|la|nuestro|nuestra) (?:laboratorio|proveedor|proveedora|fabricante|distribuidor|farmacia) (?:tuvo|tenia|no tenia|no tuvo|estaba|se quedo sin|se atraso|se retraso|nos fallo|no surtio|no entrego) (?:un |una |los |las |el |la |con |sin )?(?:retraso|demora|atraso|existencia|agotad[oa]s?|problema|faltante|progresivos|lentes|micas|armazones|audifonos|piezas|material|[a-z]+ en existencia)\b",
            "Speaks of a particular order held up ('la demora del laboratorio', 'el proveedor no tenía los progresivos'): confirms the reader ordered care",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # A result reported, also as its own sentence after the question: "¿El estudio del
    # corazón? Salió normal.", "los análisis salieron normales".
    Pattern("es.treatment.result-normal", r"\b(?:salio|salieron|resulto|resultaron|dio|dieron|salio todo|todo salio|quedo|quedaron|estan|esta|estuvo|estuvieron|vino|vinieron) (?:todo |todos |completamente |perfectamente |muy )?(?:normal|normales|negativo|negativa|negativos|negativas|limpio|limpia|limpios|limpias|benigno|benigna|benignos|benignas|sin (?:nada|hallazgos|novedad|cambios))\b|(?<=[?!.] )(?:todo )?(?:limpio|limpia|normal|normales|negativo|negativa|benigno|benigna|sin novedad|sin hallazgos)[!.,]",
            "Reports a test result ('salió normal', 'los análisis salieron normales'): discloses care",
            unless=(hedged, about_everyone, practice_wide)),
    # A clinician looked at someone's results: "el doctor revisó lo de la semana pasada".
    Pattern("es.treatment.clinician-reviewed", r"\b(?:el doctor|la doctora|el dentista|la dentista|el medico|la medica|el especialista|la especialista|la enfermera|el enfermero|el terapeuta|la terapeuta|el cirujano|la cirujana|dr\.? [a-z]+|dra\.? [a-z]+)(?: [a-z]+)? (?:ya )?(?:reviso|vio|checo|miro|analizo|leyo|estudio|valoro|reviso bien) (?:lo de|lo del|los resultados|sus|su|tu|tus|el estudio|la radiografia|las radiografias|los analisis|las placas|el caso|la biopsia|la resonancia|el ultrasonido)\b",
            "Says a clinician reviewed someone's results ('el doctor revisó lo de la semana pasada'): discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE += [
    # Self-care advice without a drug or an imperative: "una crema espesa sin perfume justo
    # después de la ducha hace una gran diferencia", "tomarla con popote suele ayudar".
    Pattern("es.advice.self-care-helps", r"\b(?:" + SELF_CARE + r")\b(?: [a-z]+){0,14}? (?:(?:suele|suelen|puede|pueden|tambien|realmente|siempre|normalmente) )*(?:ayuda|ayudan|ayudar|hace (?:una |la )?(?:gran |enorme |mucha |toda la )?diferencia|hacen (?:una |la )?(?:gran |enorme |mucha |toda la )?diferencia|hace maravillas|hacen maravillas|funciona (?:muy )?bien|funcionan (?:muy )?bien|facilita|facilitan|hace mas faciles?|hacen mas faciles?|hacer mas faciles?|hacer (?:una )?(?:gran )?diferencia|alivia|alivian|sirve mucho|sirven mucho|(?:le |te |les )?(?:vendra|vendran|va a venir|van a venir|sentara|sentaran|caera|caeran) (?:muy |super )?(?:genial|bien|de maravilla|perfecto)|dar (?:bastante |mucho |algo de |gran |un gran )?alivio|dan (?:bastante |mucho |algo de |gran |un gran )?alivio|da (?:bastante |mucho |algo de |gran |un gran )?alivio|aliviar)\b",
            "Recommends self-care that eases a symptom or helps a recovery ('una crema sin perfume después de la ducha hace una gran diferencia', 'tomarla con popote suele ayudar'): medical advice",
            unless=(practice_wide,)),
    Pattern("es.advice.self-care-tip", r"\b(?:un |pequeno |breve )?(?:consejo|consejos|tip|tips|sugerencia|recomendacion|truco)(?: (?:de|para|que)(?: [a-z]+){1,3}?)?[:-] (?:[a-z]+ ){0,12}?" + SELF_CARE + r"\b",
            "Gives a self-care tip ('Consejo: alternar compresas tibias y frías los primeros días'): medical advice",
            unless=(hedged, practice_wide)),
]


# --- our own wordings beyond fresh6 (LLM-style warm drafts) ---------------------------------
PATIENT_RELATIONSHIP += [
    Pattern("es.relationship.proud-of-reader", r"\borgullos[oa]s? (?:de usted|de ustedes|de ti|de su (?:esfuerzo|progreso|avance|dedicacion|compromiso|valentia|constancia)|de tu (?:esfuerzo|progreso|avance|dedicacion|compromiso|valentia|constancia)|del (?:esfuerzo|trabajo|progreso|avance|empeno|compromiso) que (?:usted |tu )?(?:ha|has|hizo|hiciste|puso|pusiste|ha puesto|has puesto))\b",
            "Says the practice is proud of the reader or of their effort ('orgullosos del esfuerzo que ha puesto'): presumes they are a patient",
            unless=(hedged,)),
    Pattern("es.relationship.next-phase", r"\b(?:agendar|programar|empezar|iniciar|comenzar|reservar|pasar a|lista para|listo para) (?:la|el|su|tu) (?:segunda|segundo|siguiente|proxima|proximo|ultima|ultimo|tercera|tercer) (?:fase|etapa|parte|ronda|paso)\b",
            "Speaks of the next phase of someone's plan ('agendar la segunda fase'): presumes they are a patient",
            unless=(hedged, about_everyone)),
]

RECORDS_BILLING += [
    Pattern("es.records.noted-on-file", r"\b(?:anotamos|registramos|agregamos|apuntamos|dejamos anotado|dejamos registrado|tomamos nota de|quedo anotado|queda anotado) (?:que (?:usted )?(?:prefiere|necesita|es alergic[oa]|tiene|quiere|pidio|pide)|(?:su|tu) (?:preferencia|preferencias|alergia|alergias|solicitud|peticion|necesidad|necesidades))\b|\ben (?:su|tu) (?:expediente|historial|ficha|archivo|cuenta|perfil)\b",
            "Says the practice noted something in the reader's file (a preference, an allergy): discloses records",
            unless=(hedged,)),
]


# --- regulator-style wording ----------------------------------------------------------------
RECORDS_BILLING += [
    Pattern("es.records.request-submitted", r"\b(?:la|su|esa|esta) (?:solicitud|peticion|forma|formulario|reclamacion|apelacion) de (?:su |copia de(?: su)? )?(?:expediente|registros|historial|reembolso|receta|resurtido|referencia|traslado|cita|cancelacion|seguro|facturacion)(?: medico| clinico)? que (?:usted |ud |tu )?(?:envio|enviaste|mando|mandaste|presento|presentaste|hizo|hiciste|lleno|llenaste|firmo|firmaste|entrego|entregaste|dejo|dejaste)\b",
            "Speaks of a records or billing request the reader submitted ('la solicitud de expediente que envió'): discloses records",
            unless=(hedged,)),
]


# --- dev24's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
PATIENT_RELATIONSHIP += [
    # The practice moved the reader to another time: "ya le cambiamos a las 8:30 los miércoles".
    Pattern("es.relationship.practice-moved-reader", r"\b(?:te|le|la|lo|les|los|las) (?:cambiamos|pasamos|movimos|reprogramamos|reagendamos|adelantamos|atrasamos|pusimos|anotamos|agendamos|apuntamos|reservamos|acomodamos|metimos|cambie|pase|movi|reprograme|reagende|anote|agende|apunte|acomode)(?: (?:ya|de nuevo|otra vez))? (?:a|para|en) (?:las? \d|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|turno|horario|primer|proximo|siguiente)|los (?:lunes|martes|miercoles|jueves|viernes|sabados)|la (?:manana|tarde|primera|proxima|siguiente)|un (?:horario|turno|espacio|hueco)|otro (?:horario|turno|dia|espacio))",
            "Says the practice moved the reader to another time ('ya le cambiamos a las 8:30'): confirms a relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # Something that fits or looks good on the reader: "nos alegra que te estén quedando tan
    # bien", "le quedaron preciosos".
    Pattern("es.treatment.looks-good-on-reader", r"\b(?:te|le|les) (?:estan |esten |vayan |siguen |sigan |han |ha |hayan |haya )?(?:quedando|quedan|quedaron|queden|quedo|queda|quede|quedado)(?: (?:tan|muy|super|re|de lo mas|realmente|increiblemente|simplemente))? (?:bien|comod[oa]s?|perfect[oa]s?|genial(?:es)?|precios[oa]s?|hermos[oa]s?|natural(?:es)?|increibles?|lind[oa]s?|divin[oa]s?|espectacular(?:es)?)\b",
            "Says something fits or looks good on the reader ('nos alegra que te estén quedando tan bien'): discloses care",
            unless=(hedged, third_person, about_everyone)),
]

RECORDS_BILLING += [
    # The practice looked up a particular day's log: "revisamos la hoja de registro de ese día",
    # "la llegada quedó anotada a las 10:05".
    Pattern("es.records.checked-the-day-s-log", r"\b(?:revisamos|consultamos|miramos|verificamos|chequeamos|checamos|buscamos|sacamos|repasamos|revise|consulte|mire|verifique|(?:he|hemos) (?:mirado|revisado|consultado|verificado|checado|chequeado|buscado)) (?:la|el|las|los|nuestra|nuestro|nuestras|nuestros) (?:hojas? de (?:registro|llegada|entrada|asistencia|firmas?)|registros? de (?:llegada|entrada|asistencia|ese dia|esa manana|esa tarde)|lista de (?:llegada|asistencia)|bitacora|agenda de ese dia)\b|\b(?:la|su|tu) (?:llegada|hora de llegada|entrada|registro de entrada|hora de registro) (?:quedo|estaba|figura|figuraba|aparece|aparecia|consta|constaba|fue)(?: (?:anotada|registrada|marcada|apuntada|anotado|registrado|marcado|apuntado))? (?:a las|como las|para las) \d",
            "Says the practice looked up a particular day's sign-in log or arrival time: confirms the reader's visit",
            unless=(hedged,)),
]


# --- dev25's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
TREATMENT_DISCLOSURE += [
    # The reader can do something again, as before: "que ya pueda leer el periódico sin
    # esfuerzo, como antes", "que hayas vuelto a correr sin dolor".
    Pattern("es.treatment.can-again-as-before", r"\b(?:ya (?:pueda|puede|puedas|puedes|podra|podras|logre|logra)|(?:vuelva|vuelvas|volvio|volviste|haya vuelto|hayas vuelto|pueda volver|puede volver|pudo volver|pudiste volver|este volviendo|estes volviendo) a)\b(?! (?:llamar|escribir|contact|comunicar|enviar|visitar|consultar|pedir|agendar|reservar|pasar|vernos|visitarnos|llamarnos|escribirnos))(?: [a-z]+){1,6}? (?:sin (?:esfuerzo|dolor|molestias|problemas?|miedo|lentes|gafas|anteojos|ayuda)|como antes|de nuevo|otra vez|nuevamente|con normalidad)\b",
            "Says the reader can do something again, as before ('que ya pueda leer el periódico sin esfuerzo'): discloses care",
            unless=(hedged, third_person, about_everyone)),
    # A result worth the care it took: "esa sonrisa valió la pena cada ajuste".
    Pattern("es.treatment.worth-every-step", r"\b(?:valio|vale|valdra|valieron|valen) (?:totalmente |completamente |mucho )?la pena (?:cada|tod[oa]s (?:l[oa]s|es[oa]s)) (?:ajustes?|citas?|visitas?|sesion(?:es)?|inyeccion(?:es)?|alineadores?|consultas?|tratamientos?|pinchazos?|cambios? de (?:alambre|ligas))\b",
            "Says a result was worth the care it took ('valió la pena cada ajuste'): discloses care",
            unless=(hedged,)),
]


# --- dev26's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
MEDICAL_ADVICE += [
    # "Alternar hielo y calor por unos veinte minutos y no cargar cosas pesadas por un par de
    # días suele ayudar".
    Pattern("es.advice.alternate-cold-and-heat", r"\baltern(?:ar|ando|an|a|e|en) (?:entre )?(?:(?:hielo|frio|calor|compresas (?:frias|calientes|tibias))(?: y| con| o) (?:hielo|frio|calor|compresas (?:frias|calientes|tibias))|compresas (?:frias y calientes|calientes y frias|tibias y frias|frias y tibias))\b|\b(?:no|evite|evitar|evitando|sin) (?:cargar|levantar) (?:cosas |objetos |peso )?(?:pesad[oa]s|peso)?\b(?: [a-z]+){0,3} (?:por|durante) (?:un par de dias|unos dias|algunos dias|\d+ (?:horas|dias)|(?:uno|dos|tres|veinticuatro|cuarenta y ocho) (?:horas|dias))\b",
            "Recommends alternating cold and heat or holding off on lifting for a while: medical advice"),
]

PATIENT_RELATIONSHIP += [
    # Missing the reader: "ya te extrañábamos por aquí", "le echábamos de menos".
    Pattern("es.relationship.missed-the-reader", r"\b(?:te|le|los|las|les) (?:extranamos|extranabamos|hemos extranado|habiamos extranado|echamos de menos|echabamos de menos|hemos echado de menos)\b|\bque por fin (?:te|se) (?:animaste|animo|decidiste|decidio)\b",
            "Says the practice missed the reader or is glad they finally came ('ya te extrañábamos por aquí'): confirms a relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # News that the reader can now do something: "saber que ya puede seguir la plática en la
    # mesa con toda la familia".
    Pattern("es.treatment.news-the-reader-can-now", r"\b(?:saber|escuchar|leer|ver|enterarnos de|enterarnos|oir) que (?:ya|por fin|al fin|ahora) (?:puede|pueda|puedes|puedas|podra|podras|logra|logre)\b(?! (?:llamar|escribir|contact|comunicar|enviar|visitar|consultar|pedir|agendar|reservar|pasar|vernos|visitarnos|llamarnos|escribirnos|usar (?:el|nuestro|la) (?:portal|app|aplicacion|sistema|pagina)|pagar))",
            "Tells the reader the news that they can now do something ('saber que ya puede seguir la plática en la mesa'): discloses care",
            unless=(hedged, third_person, about_everyone)),
]


# --- fresh23's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
REVIEW_INCENTIVE += [
    # Un regalo en la misma oración que la reseña: "si publica una actualización de su reseña,
    # le regalamos una sesión de masaje".
    Pattern("es.incentive.gift-beside-review", r"\b(?:resenas?|opiniones?|opinion|calificacion|calificaciones|estrellas|comentarios?)\b[^.!?]{0,80}\b(?:le|te|les) (?:regalamos|regalaremos|damos|daremos|obsequiamos|obsequiaremos|ofrecemos|ofreceremos|enviamos|enviaremos|mandamos|mandaremos)\b(?! (?:las |nuestras |muchas )?gracias| (?:una |nuestras |nuestra )?disculpas?| la bienvenida| nuestro agradecimiento| respuesta| seguimiento)",
            "Offers the reader something in the same sentence as their review: forbidden in exchange for a review"),
    # "Súbenos a 5 estrellitas y el próximo va por la casa": a rating asked for, something free.
    Pattern("es.incentive.asks-for-stars", r"\b(?:subenos|subanos|suban|subirnos|ponnos|ponganos|ponernos|danos|denos|darnos|regalanos|reganos|dejanos|dejenos) (?:a |las |unas |tus |sus |esas )?(?:5|cinco|mas|todas las) (?:estrellas|estrellitas)\b|\b(?:va|corre|sale|queda|iria|correria) (?:por|por cuenta de|a cuenta de) la casa\b|\binvita la casa\b",
            "Asks for more stars or offers something 'on the house' ('súbenos a 5 estrellitas y el próximo va por la casa'): an incentive for reviews is forbidden (FTC)"),
]

PERSONAL_IDENTIFIER += [
    # A numbered room or bed, and a weekday with its day of the month: "la enfermera que estaba
    # de turno en el cuarto 3 la noche del sábado 14".
    Pattern("es.identifier.room", r"\b(?:en|del|al|desde|de) (?:el |la )?(?:cuarto|habitacion|consultorio|sala|cubiculo|box|camilla|cama) (?:numero |no\.? |#\s?)?\d{1,4}[a-z]?\b",
            "Gives a numbered room or bed ('en el cuarto 3'): identifies someone's visit"),
    Pattern("es.date.weekday-and-day", r"(?:(?<=\bel )|(?<=\bdel )|(?<=\beste )|(?<=\bese )|(?<=\bal ))(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) \d{1,2}\b(?! ?(?:a\.? ?m|p\.? ?m|a \d|-|:|h\b|horas|hrs|y \d))",
            "Gives a weekday with its day of the month ('la noche del sábado 14'): identifies someone's visit",
            unless=(announced_date, practice_calendar)),
]

MEDICAL_ADVICE += [
    # A medicine without prescription said to help: "un antihistamínico sin receta como la
    # loratadina puede ayudarle con los síntomas".
    Pattern("es.advice.otc-medicine-helps", r"\b(?:un|una|el|la|algun|alguna) (?:buen[oa] )?(?:antihistaminico|analgesico|antiinflamatorio|ibuprofeno|paracetamol|acetaminofen|acetaminofeno|loratadina|cetirizina|naproxeno|jarabe|descongestionante|antiacido|pomada|crema|gotas|spray nasal|aerosol nasal)(?: [a-z]+){0,5}? (?:puede|podria|suele|le puede|te puede|le podria|te podria|deberia) (?:ayudar(?:le|te)?|servir(?:le|te)?|funcionar|venir(?:le|te)? bien)\b",
            "Recommends a medicine or remedy that helps ('un antihistamínico sin receta puede ayudarle'): medical advice"),
]

TREATMENT_DISCLOSURE += [
    # "¡Qué bien que ya puede leer el pizarrón sin entrecerrar los ojos!"
    Pattern("es.treatment.glad-the-reader-can-now", r"\b(?:que bien|que maravilla|nos da gusto|nos encanta|que emocion) (?:saber )?que (?:ya|por fin|al fin|ahora) (?:puede|pueda|puedes|puedas|podra|podras|logra|logre)\b(?! (?:llamar|escribir|contact|comunicar|enviar|visitar|consultar|pedir|agendar|reservar|pasar|vernos|visitarnos|llamarnos|escribirnos|usar (?:el|nuestro|la) (?:portal|app|aplicacion|sistema|pagina)|pagar))|\bsin (?:entrecerrar|forzar) (?:los ojos|la vista)\b",
            "Is glad the reader can now do something ('qué bien que ya puede leer el pizarrón'): discloses care",
            unless=(hedged, third_person, about_everyone)),
]


# --- dev27's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
TREATMENT_DISCLOSURE += [
    # A negative pregnancy test after treatment: "recibir una beta negativa después de tanto
    # esfuerzo es devastador".
    Pattern("es.treatment.a-negative-beta", r"\b(?:una|la|esa|su|tu) (?:prueba )?beta (?:negativa|positiva)\b|\b(?:la|esa|su|tu) beta (?:salio|dio|fue|resulto) (?:negativa|positiva)\b|\b(?:la|esa|su|tu) (?:transferencia|inseminacion|puncion|ciclo) (?:no (?:funciono|resulto|prendio|pego|se logro)|fallo)\b",
            "Speaks of a pregnancy test or a cycle's result ('una beta negativa'): discloses care",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # "Ya le dimos prioridad en la lista de cancelaciones".
    Pattern("es.relationship.reader-given-priority", r"\b(?:le|la|lo|te|les|los|las) (?:dimos|damos|pusimos|anotamos|agregamos|subimos|movimos|pasamos|dejamos) (?:prioridad |preferencia |primero |en primer lugar )?(?:en|a|al principio de|arriba en|al frente de) (?:la|nuestra) lista (?:de (?:cancelaciones|espera|prioridad|llamadas))?\b",
            "Says the practice put the reader on its list ('ya le dimos prioridad en la lista de cancelaciones'): confirms a relationship",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # "El seguro lo procesó como procedimiento quirúrgico", "el código corresponde a la biopsia".
    Pattern("es.records.insurer-processed", r"\b(?:el seguro|la aseguradora|su seguro|su aseguradora|el plan|medicare|medicaid) (?:lo|la|los|las|le)? ?(?:proceso|pago|nego|rechazo|cubrio|aprobo|denego|clasifico|codifico|cobro) (?:como|por|el|la|su)\b|\bel codigo corresponde a\b",
            "Says how an insurer processed a claim or what a billing code stood for: discloses billing information",
            unless=(hedged,)),
]


# --- fresh25's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
MEDICAL_ADVICE += [
    # What others find relief with: "muchas mujeres encuentran alivio con una bolsa de agua
    # caliente y reduciendo la cafeína".
    Pattern("es.advice.what-others-do", r"\b(?:muchas|muchos|algunas|algunos|varias|varios|la mayoria de las?|bastantes) (?:personas|mujeres|hombres|pacientes|familias|madres|padres|gente|ninos|nin[oa]s)\b(?: [a-z]+){0,4}? (?:encuentran|sienten|logran|consiguen|notan|tienen) (?:alivio|mejoria|util|utiles|muy util|menos (?:dolor|molestias))\b",
            "Tells the reader what others find relief with ('muchas mujeres encuentran alivio con...'): medical advice",
            unless=(hedged,)),
]


# --- dev28's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
TREATMENT_DISCLOSURE += [
    # "¡Qué bueno que ya ves de lejos sin problema!"
    Pattern("es.treatment.glad-the-reader-now-does", r"\b(?:que bueno|que bien|que gusto|que alegria|nos alegra|me alegra|nos da gusto|nos encanta|que maravilla) (?:saber )?que (?:ya|por fin|al fin|ahora) (?:ves|ve|veas|vea|oyes|oye|oigas|oiga|escuchas|escucha|caminas|camina|(?:duermes|duerme)(?! de corrido)|respiras|respira|manejas|maneja|lees|lee|corres|corre|masticas|mastica|sonries|sonrie|comes|come|subes|sube|bajas|baja|te sientes|se siente)\b",
            "Is glad the reader now sees, hears or sleeps ('qué bueno que ya ves de lejos sin problema'): discloses care",
            unless=(hedged, third_person, about_everyone)),
]


# --- dev29's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
PATIENT_RELATIONSHIP += [
    # A denial through the records: "no consta ningún pedido ni ficha a su nombre... puede
    # tratarse de otro establecimiento"; trust over the years: "gracias por confiarnos la salud
    # dental de toda su familia durante estos años".
    Pattern("es.relationship.no-file-in-the-name", r"\b(?:no (?:consta|aparece|figura|existe|tenemos|hay|encontramos)|no nos consta) (?:ningun |ninguna |ninguno )?(?:[a-z]+ ){0,4}?(?:ficha|expediente|registro|historia|historial|pedido|cita|cuenta|paciente)s?(?: [a-z]+){0,3}? (?:a su nombre|a nombre de|con su nombre|con ese nombre|bajo su nombre|bajo ese nombre)\b|\b(?:puede|podria|debe|deberia) (?:tratarse|ser|referirse a) (?:de )?(?:otr[oa]|otra) (?:establecimiento|clinica|consultorio|oficina|practica|centro|persona)\b",
            "Says there is no file in the reader's name or that they must mean another office: denying is disclosing",
            unless=(hedged,)),
    Pattern("es.relationship.trusted-us-for-years", r"\b(?:confiarnos|confiarnosla|confiarnoslo|haber confiado|haberno?s confiado|confio|confiaron|nos ha confiado|nos han confiado)\b(?: [a-z]+){0,8}? (?:durante|por|en) (?:estos|tantos|todos estos|muchos|los ultimos) (?:anos|meses)\b",
            "Thanks the reader for trusting the practice over the years: confirms a relationship",
            unless=(hedged,)),
]

MEDICAL_ADVICE += [
    # "Probá la regla 20-20-20".
    Pattern("es.advice.twenty-twenty-twenty", r"\bregla (?:del? )?20-20-20\b|\b20-20-20\b",
            "Gives an eye-strain rule ('la regla 20-20-20'): medical advice"),
]

PERSONAL_IDENTIFIER += [
    # "Llegar a los 84 con esas ganas de caminar es admirable".
    Pattern("es.identifier.reaching-an-age", r"\b(?:llegar|llego|llegue|llegaste|llegaron) a los (?:\d{2}|ochenta|noventa|setenta|sesenta|cincuenta|cuarenta)\b(?! (?:dias|minutos|metros|kilometros|grados|pacientes|anos de servicio))",
            "Gives someone's age ('llegar a los 84'): identifies someone from the review",
            unless=(hedged, guideline)),
]


# --- fresh26's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
PATIENT_RELATIONSHIP += [
    # "Desde que comenzó con nosotros", "cuando vienes", "los pacientes que, como tú, lleváis
    # tanto tiempo con nosotros".
    Pattern("es.relationship.since-the-reader-began", r"\bdesde que (?:usted |tu )?(?:comenzo|comenzaste|empezo|empezaste|inicio|iniciaste|llego|llegaste|vino|viniste) (?:con nosotros|aqui|a venir|su tratamiento|tu tratamiento|las sesiones|la terapia)\b|\bcuando (?:tu |usted )?(?:vienes|viene|vengas|venga|llegas|llega|pasas|pasa)(?: (?:a vernos|por aqui|a la clinica|al consultorio))?(?=[.!?,;]| y | a | con | por )|\b(?:l[oa]s )?(?:pacientes|clientes|familias)(?: que)?,? como (?:tu|usted|ustedes|vos|vosotros|vosotras)\b|\b(?:llevas|lleva|llevan|llevais|lleváis) (?:tanto tiempo|tantos anos|anos|mucho tiempo|tanto) con nosotros\b",
            "Speaks of the reader's time with the practice ('desde que comenzó con nosotros', 'cuando vienes'): confirms a relationship",
            unless=(hedged, third_person)),
]

MEDICAL_ADVICE += [
    # Sleep and self-care habits that help, in Spanish: "mantener un horario fijo para
    # acostarse, dejar las pantallas una hora antes... puede ayudar mucho".
    Pattern("es.advice.habits-help", r"\b(?:mantener|dejar|evitar|apagar|practicar|reducir|limitar|hacer|acostarse|levantarse|usar|tomar|beber|caminar)\b[^.!?]{3,120}?\b(?:pantallas|cafeina|horario|rutina|respiraciones?|respiracion|dormir|siesta|alcohol|azucar|sal|agua|estiramientos?|caminatas?|ejercicio|hilo dental|cepillo)\b[^.!?]{0,80}?\b(?:puede|pueden|suele|suelen) (?:ayudar|mejorar|marcar la diferencia|hacer (?:una|la) (?:gran )?diferencia)\b|\b(?:suele|suelen|puede|pueden) (?:mejorar|sanar|desinflamarse|aliviarse|calmarse) (?:usando|con|aplicando|tomando|haciendo|evitando)\b|\bsiga(?:n)? (?:usandol[oa]s?|poniendol[oa]s?|llevandol[oa]s?|usando (?:los|las|el|la|sus|su) (?:aparatos?|alineadores?|gotas|crema|retenedor(?:es)?|ferula|plantillas))\b|\b(?:tarda|tardan) (?:unas|unos|algunas|algunos|un par de|\d+) (?:semanas|dias|meses) en (?:acomodarse|adaptarse|asentarse|sanar|desinflamarse|ajustarse)\b",
            "Recommends habits or use of a device, or says how long it takes to settle: medical advice",
            unless=(hedged,)),
]


# --- dev30's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
PATIENT_RELATIONSHIP += [
    # "La cita de las siete de la mañana no es fácil, así que gracias por madrugar."
    Pattern("es.relationship.the-reader-s-slot", r"\b(?:la|su|esa|tu|aquella) (?:cita|consulta|visita|sesion) de las (?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b|\bgracias por madrugar\b",
            "Speaks of the reader's own time slot ('la cita de las siete'): confirms a relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # "¡Que disfrute mucho esas caminatas matutinas!", "que los análisis hayan salido bien".
    Pattern("es.treatment.enjoy-those-activities", r"\b(?:disfrute|disfrutes|disfruten|a disfrutar)(?: mucho| muchisimo| de)? (?:esas|esos|esa|ese|estas|estos) (?:[a-z]+ )?(?:caminatas|paseos|carreras|partidos|comidas|cenas|lecturas|vistas|salidas|bailes|viajes|juegos|atardeceres|mananas|noches)\b|\b(?:haya|hayan) salido (?:muy |todos )?(?:bien|normales?|negativos?|negativas?|limpios?|perfectos?)\b",
            "Points at an everyday pleasure after care, or says results came out well: discloses care",
            unless=(hedged, about_everyone)),
    # Sus niños como unos concretos, con un requisito cumplido: "los dos niños ya están al día".
    Pattern("es.treatment.children-requirement-met", r"\b(?:ambos|los dos|los tres|sus|tus) (?:ninos|ninas|hijos|hijas|gemelos|gemelas|pequenos|chicos)(?: ya)? (?:estan|esten|quedaron|quedaran|queden|estuvieran)(?: ya| todos| por fin)? (?:al dia|listos para (?:la escuela|el colegio|clases|el campamento|la temporada)|con (?:todas )?(?:sus|las) vacunas)\b",
            "Dice que los niños del lector cumplieron un requisito de atención ('los dos niños ya están al día'): revela atención",
            unless=(hedged, practice_wide)),
    # Lo que se señala con "esas/esos" tras "disfrute" es del lector ("disfrute esas
    # vocecitas"); solo fechas, eventos y cosas para cualquiera no son de nadie.
    Pattern("es.treatment.enjoy-that-thing", r"\b(?:disfrute|disfruta|disfrutes|disfruten|disfrutad|a disfrutar)(?: mucho| muchisimo| de| al maximo)? (?:esas|esos|esa|ese|estas|estos)(?! (?:[a-z]+ )?(?:" + en_classes.BODY_WORDS["es"] + r")\b)(?! (?:[a-z]+ )?(?:dias?|fines? de semana|fiestas?|vacaciones|verano|invierno|primavera|otono|temporada|puente|semanas?|meses|mes|tardes?|regalos?|detalles?|galletas|dulces|cafe|libros?|consejos?|articulos?|videos?|fotos?|eventos?|celebraciones|clima|sol|descuentos?|promociones?|noticias)\b)(?: [a-z]+){1,2}",
            "Points at something of the reader's to enjoy ('disfrute esas vocecitas'): discloses care",
            unless=(hedged, about_everyone)),
    # Alguien de vuelta a la normalidad: "ya está comiendo helado como si nada hubiera pasado".
    Pattern("es.treatment.like-nothing-happened", r"\b(?:alegra|alegramos|gusto|encanta|encanto|feliz|felices|bueno|maravilla|emociona)\b[^.!?]{0,90}?\bcomo si nada (?:hubiera|hubiese) pasado\b",
            "Says someone is back to normal after something ('como si nada hubiera pasado'): discloses care"),
    # El uso continuo de algo que nombra la reseña ("que le estén gustando") y los ajustes del
    # aparato del lector ("revisamos su configuración").
    Pattern("es.treatment.reader-s-ongoing-use", r"\bque (?:le|te|les) (?:esten|este|sigan|siga) (?:gustando|encantando|funcionando|sirviendo)\b|\bque (?:los|las|lo|la) (?:este|esten|estes|sigas|siga|sigan) (?:disfrutando|usando|aprovechando)\b|\b(?:revisar|ajustar|revisemos|ajustemos|revisamos|ajustamos|revisaremos|ajustaremos|reprogramar|programar|cambiar) (?:su|sus|tu|tus) (?:configuracion|ajustes|programacion|programas)\b",
            "Speaks of the reader's ongoing use of a device or treatment, or of its settings ('que le estén gustando', 'revisamos su configuración'): discloses care",
            unless=(hedged, about_everyone)),
]

PERSONAL_IDENTIFIER += [
    # "¡No todos los días vemos a alguien de noventa años con tanta energía!"
    Pattern("es.identifier.someone-of-an-age", r"\b(?:alguien|una persona|un paciente|una paciente|un hombre|una mujer|un chico|una chica) de (?:\d{1,3}|diez|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien)(?: y [a-z]+)? anos\b",
            "Gives someone's age ('alguien de noventa años'): identifies someone from the review",
            unless=(hedged, guideline)),
]


# --- dev31's classes, in our own wordings: tests/guardrails/structure_classes_dev24.py ------
TREATMENT_DISCLOSURE += [
    # The tooth fairy after a child's tooth came out: "ya tiene una ventanita nueva en la
    # sonrisa... que el Ratón Pérez haya sido generoso"; imagining the reader doing it again.
    Pattern("es.treatment.tooth-fairy-and-again", r"\b(?:el )?raton perez\b|\bhada de los dientes\b|\bventanita (?:nueva )?en (?:la|su|tu) sonrisa\b|\bimaginar(?:la|lo|le|te|los|las) (?:otra vez|de nuevo|nuevamente|ya)\b",
            "Speaks of a child's tooth coming out or imagines the reader doing something again: discloses care",
            unless=(hedged, about_everyone)),
]

PERSONAL_IDENTIFIER += [
    # "¡Ocho décadas con la dentadura completa!"
    Pattern("es.identifier.decades", r"\b(?:tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d) decadas\b(?! (?:de experiencia|de servicio|atendiendo|sirviendo|en la comunidad))",
            "Gives someone's age in decades ('ocho décadas'): identifies someone from the review",
            unless=(hedged,)),
]


# --- fresh28's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
PATIENT_RELATIONSHIP += [
    # "Llegaste a las 10:15".
    Pattern("es.relationship.arrived-at-a-time", r"\b(?:llego|llegaste|llegaron|entro|entraste|se registro|te registraste|firmo|firmaste) a las (?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b",
            "Says when the reader arrived ('llegaste a las 10:15'): confirms the visit",
            unless=(hedged, third_person)),
]


# --- fresh29's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
TREATMENT_DISCLOSURE += [
    # "No hay nada como volver a escuchar con claridad las risas de los nietos."
    Pattern("es.treatment.doing-it-again-clearly", r"\bvolver a (?:escuchar|oir|ver|leer|caminar|correr|masticar|comer|dormir|sonreir|manejar|bailar|nadar|jugar|trabajar)(?: [a-z]+){0,2}? (?:con claridad|sin (?:dolor|esfuerzo|lentes|gafas|problemas|miedo|molestias)|como antes|de nuevo)\b",
            "Speaks of doing something again clearly or without pain ('volver a escuchar con claridad'): discloses care",
            unless=(hedged, about_everyone)),
]

MEDICAL_ADVICE += [
    # "Use zapato con buen soporte, no ande descalzo y estire la pantorrilla"; "prueba a
    # mantener el dormitorio fresco... son cambios pequeños que ayudan".
    Pattern("es.advice.footwear-stretches-and-small-changes", r"\b(?:no ande|no andes|evite andar|evita andar|no camine|no camines) descalz[oa]s?\b|\b(?:estire|estira|estiren) (?:la|las|el|los|su|sus|tu|tus) (?:pantorrillas?|piernas?|espalda|cuello|musculos|isquiotibiales|tobillos?|brazos?|hombros?|pies?)\b|\b(?:use|usa|usen) (?:zapatos?|calzado|plantillas|una ferula|un soporte|una faja|tenis)(?: con| de)? (?:buen |bueno |mas )?(?:soporte|amortiguacion|arco)?\b|\bprueba a (?:mantener|dejar|evitar|apagar|hacer|tomar|dormir|acostarte|levantarte|usar|poner|beber|reducir)\b|\b(?:son )?cambios (?:pequenos|sencillos|simples) que (?:ayudan|funcionan|hacen (?:una|la) (?:gran )?diferencia)\b",
            "Recommends footwear, a stretch or small changes that help: medical advice",
            unless=(hedged,)),
]


# --- fresh30's classes, in our own wordings: tests/guardrails/structure_classes_fresh18.py --
TREATMENT_DISCLOSURE += [
    # "Qué bien que los audífonos nuevos le estén ayudando en las comidas familiares".
    Pattern("es.treatment.device-helping", r"\b(?:los|las|el|la|sus|su|tus|tu|esos|esas|estos|estas) (?:nuev[oa]s )?(?:audifonos|lentes|gafas|anteojos|plantillas|ferula|aparatos?|alineadores|brackets|frenos|protesis|dentadura|retenedor(?:es)?|cpap|mascarilla|inhalador|gotas)(?: nuev[oa]s)? (?:le |te |les )?(?:esten|estan|este|esta|siguen|sigan) (?:ayudando|funcionando|sirviendo|dando resultado)\b",
            "Says a device of the reader's is helping ('los audífonos nuevos le estén ayudando'): discloses care",
            unless=(hedged, about_everyone)),
]

PATIENT_RELATIONSHIP += [
    # "La próxima vez usa la app": another visit presumed.
    Pattern("es.relationship.next-time-do", r"\bla proxima vez,? (?:use|usa|usen|intente|intenta|pruebe|prueba|venga|ven|vengan|llame|llama|traiga|trae|pida|pide|agende|agenda|descargue|descarga|entre|entra)\b",
            "Tells the reader what to do next time: presumes another visit"),
    # "Su familia ha sido parte de nuestra familia por años".
    Pattern("es.relationship.reader-part-of-our-family", r"\b(?:usted|ustedes|su familia|tu familia|sus hijos|tus hijos) (?:ha|han|has) (?:sido|formado) (?:parte|miembros?) de (?:nuestra|la)(?: [a-z]+){0,4}? familia\b|\b(?:usted|ustedes|su familia|tu familia) (?:es|son|eres) (?:parte|miembros?) de (?:nuestra|la)(?: [a-z]+){0,4}? familia\b",
            "Says the reader or their family belongs to the practice's family: confirms a patient relationship",
            unless=(hedged,)),
    # "Es un honor haber formado parte del camino de su familia".
    Pattern("es.relationship.part-of-your-journey", r"\b(?:honor|privilegio|placer|gusto|alegria|regalo) haber (?:formado|sido) parte (?:del|de la|de su|de tu) (?:camino|historia|vida|viaje|proceso|aventura|llegada|familia)\b|\b(?:honor|privilegio|placer|gusto|alegria|regalo) (?:poder )?(?:formar|ser) parte (?:del|de la) (?:camino|historia|vida|viaje|proceso|aventura|llegada) de (?:su|tu|sus|tus)\b",
            "Says the practice was part of the reader's journey: confirms a relationship",
            unless=(hedged,)),
    # "¡Nos encantó tenerlos a todos en la clínica esa tarde!"
    Pattern("es.relationship.loved-having-you", r"\b(?:nos encanto|nos encanta|fue un (?:gusto|placer)|que gusto|que alegria|nos alegro|disfrutamos) (?:mucho |muchisimo )?(?:tenerl[oae]s?|tenerte|recibirl[oae]s?|recibirte)\b(?! como)",
            "Says the practice loved having the reader there: confirms a patient relationship",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # "Ya actualizamos el expediente para que la alergia aparezca marcada".
    Pattern("es.records.updated-the-chart", r"\b(?:actualizamos|corregimos|anotamos|marcamos|agregamos una nota a|actualizado|corregido|anotado|marcado) (?:(?:el|su|tu|sus) (?:expediente|historial|historia clinica|registro|archivo|ficha)|(?:su|tu) perfil)\b",
            "Says the practice changed the reader's file or record: discloses records",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # Resultados que no eran los esperados, kilos bajados: "los resultados no eran los que
    # esperaba", "¡¡15 KILOS!!".
    Pattern("es.treatment.results-weight", r"\b(?:los|el|sus|su) (?:resultados?|estudios?|analisis|informe|reporte) no (?:eran|fueron|era|fue|salieron|salio) (?:los|lo|el|la) que (?:esperaba|esperabamos|esperaban|esperabas|queriamos|deseaba)\b|\b(?:\d{1,3}|diez|quince|veinte|treinta|cuarenta|cincuenta) ?(?:kilos|kg|kilogramos|libras)\b(?! (?:o mas|o menos|de (?:limite|capacidad)|maximo))",
            "Tells of results or a weight lost: discloses care"),
    # "Por fin noches completas de sueño otra vez".
    Pattern("es.treatment.sleep-again", r"\b(?:noches? completas?|noches? enteras?|noches? tranquilas?)(?: de (?:sueno|descanso))? (?:otra vez|de nuevo|por fin)\b|\bdorm(?:ir|ir bien|ido|iendo) toda la noche (?:otra vez|de nuevo|por fin)\b",
            "Says someone sleeps well again: discloses care"),
    # "Qué bueno que los puntos quedaron bien".
    Pattern("es.treatment.stitches", r"\b(?:los|sus|tus|esos|estos) puntos (?:quedaron|sanaron|cerraron|cicatrizaron|se ven|salieron|ya (?:sanaron|cerraron|se ven))\b",
            "Says how someone's stitches healed: discloses care"),
    # El pésame por la pérdida del lector: "lamentamos profundamente su pérdida".
    Pattern("es.treatment.condolences", r"\b(?:lamentamos|sentimos|lamento|siento)(?: [a-z]+){0,2} (?:su|tu|la) (?:perdida|partida|fallecimiento)\b(?! de (?:tiempo|un dia|dinero))|\b(?:nuestro|nuestras|nuestros|mi|mis) (?:mas )?(?:sentido|sentidas|sinceras|sinceros|profundas) (?:pesame|condolencias)\b",
            "Offers condolences on the reader's loss ('lamentamos profundamente su pérdida'): discloses care"),
    Pattern("es.treatment.mom-and-baby-well", r"\b(?:mama|mami|madre) y (?:bebe|el bebe|la bebe|bebes)(?: ya)? (?:estan|esten|siguen|sigan|se encuentran)(?: muy)? (?:bien|san[oa]s|en casa|perfectamente)\b",
            "Says a mother and baby are well: discloses care"),
]

# --- Clases de dev56-dev58 y fresh40 (familias, enojo por cobros, especialidades, lo
# implícito), con redacciones nuestras: tests/guardrails/structure_classes_dev56.py -----------
PATIENT_RELATIONSHIP += [
    # "Como paciente, usted merece...", "como paciente de tanto tiempo": the reader called a
    # patient.
    Pattern("es.relationship.as-a-patient-you", r"\bcomo (?:paciente|cliente)s?,? (?:usted|tu|ud|ustedes)\b|\bcomo (?:paciente|cliente)s? de (?:tanto|mucho|largo) tiempo\b|\b(?:usted|tu|ti) incluid[oa]s?\b|\bincluid[oa]s? (?:usted|tu|ti)\b",
            "Calls the reader a patient ('como paciente, usted merece'): confirms a patient relationship",
            unless=(hedged,)),
    # A particular past evening, wanted to see the reader: "tenía muchas ganas de verla esa
    # tarde", "aquella noche la sala estaba llena".
    Pattern("es.relationship.that-evening", r"(?<!cada )(?<!toda )\b(?:esa|aquella) (?:manana|tarde|noche|madrugada)\b(?! (?:y (?:todas|cada)|de (?:cada|todos)|fue|estuvo)\b)|\baquel (?:dia|sabado|domingo|lunes|martes|miercoles|jueves|viernes|fin de semana)\b|\b(?:la agenda|el registro|la lista|el horario) de (?:ese|aquel) (?:dia|sabado|domingo|lunes|martes|miercoles|jueves|viernes)\b|\b(?:aparece|aparecia|figura|figuraba|esta|estaba) su nombre\b|\bsu nombre (?:aparece|aparecia|figura|figuraba|esta|estaba)\b|\b(?:tenia|teniamos|tenian|tuvimos|tenia todo el equipo)(?: muchas| tantas| muchisimas)? ganas de (?:verla|verlo|verle|verte|verlos|verlas|conocerla|conocerlo|conocerte|atenderla|atenderlo|atenderte|recibirla|recibirlo|recibirte)\b",
            "Refers to a particular day the reader was expected or here: confirms a patient relationship",
            unless=(hedged, staff_at_work)),
    # "Te vamos a echar de menos por aquí los martes".
    Pattern("es.relationship.will-miss-you", r"\b(?:te|le|la|lo|los|las) (?:vamos a |van a |voy a )?(?:echar|echaremos|echamos|echare|echan) (?:mucho |muchisimo |tanto )?de menos\b|\b(?:te|le|la|lo|los|las) (?:vamos a |van a |voy a )?(?:extranar|extranaremos|extranamos|extranare|extranan)\b",
            "Says the practice will miss the reader: confirms a patient relationship",
            unless=(hedged,)),
    # "Dando seguimiento a los correos que nos envió".
    Pattern("es.relationship.messages-you-sent", r"\b(?:los|el|sus|su|las|la|esos|esas|ese|esa) (?:correos?|mensajes?|llamadas?|cartas?|whatsapps?|notas?|formularios?|quejas?|solicitud|solicitudes)(?: electronicos?)? que (?:usted |tu )?(?:nos )?(?:envio|enviaste|mando|mandaste|dejo|dejaste|escribio|escribiste|hizo|hiciste|presento|presentaste)\b",
            "Refers to messages the reader sent the practice: confirms a patient relationship",
            unless=(hedged,)),
    # "¡Usted ya es de la casa!"
    Pattern("es.relationship.one-of-the-house", r"\b(?:ya )?(?:es|eres|son|sois) (?:uno de |una de |de )?(?:la casa|los de casa|de casa)\b",
            "Says the reader is one of the house: confirms a patient relationship",
            unless=(hedged, about_everyone)),
    # "¡A ver si la próxima es igual de ágil!"
    Pattern("es.relationship.next-one-as-good", r"\b(?:a ver si|ojala|esperamos que|que) la proxima(?: vez| visita| cita| consulta)? (?:sea|es|este|vaya|salga|resulte|tambien sea|tambien vaya) (?:igual|tan|asi|aun|todavia|mejor)\b",
            "Hopes the reader's next visit goes as well: confirms a patient relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # A device fitted on the reader, and how it feels: "esperamos que los alambres nuevos no te
    # molesten", "estos meses con la bota".
    Pattern("es.treatment.new-device-feels", r"\b(?:los|las|el|la|tus|sus|esos|esas|estos|estas) (?:alambres|brackets|frenos|frenillos|alineadores|retenedor|retenedores|ligas|lentes|anteojos|gafas|audifonos|plantillas|corona|coronas|puente|protesis|dentadura|ferula|bota|yeso|muletas|cabestrillo|collarin)(?: nuev[oa]s?)?\b(?: [a-z]+){0,2}? (?:te|le|les) (?:molest|duel|aprieten|aprietan|queden|quedan|lastim|incomod|sienten|sientan)[a-z]*\b|\b(?:meses|semanas|dias) con (?:la bota|el yeso|las muletas|el cabestrillo|el collarin|los frenos|los brackets|la ferula)\b",
            "Says how a device fitted on the reader feels: discloses care",
            unless=(hedged, practice_wide)),
    # Caught in time, watched at every check: "qué suerte que se detectara a tiempo;
    # seguiremos vigilándolo de cerca".
    Pattern("es.treatment.caught-in-time", r"\bse (?:detecto|detectara|detectase|detectaran|encontro|encontrara|diagnostico|diagnosticara|descubrio|descubriera) a tiempo\b|\b(?:lo|la|los|las) (?:detectamos|detectaron|encontramos|encontraron|descubrimos|agarramos|pillamos) a tiempo\b|\b(?:seguiremos|vamos a seguir|continuaremos|seguimos) (?:vigilandol[oae]s?|controlandol[oae]s?|revisandol[oae]s?|observandol[oae]s?|monitoreandol[oae]s?)\b",
            "Speaks of a condition caught in time or watched: discloses care",
            unless=(hedged, for_everyone)),
]

MEDICAL_ADVICE += [
    # Stop or rest when a symptom turns: "si el dolor es punzante, detente y descansa".
    Pattern("es.advice.stop-if-symptom", r"\bsi (?:el|la|los|las|tu|su) (?:dolor|hinchazon|inflamacion|fiebre|sangrado|molestia|molestias|ardor|mareo|adormecimiento)\b(?: [a-z]+){0,4}?,? (?:detente|deten|detengase|para|pare|descansa|descanse|aplica|aplique|toma|tome|usa|use|pon|ponga|suspende|suspenda|pon hielo|ponga hielo)\b|\b(?:detente|detengase|descansa|descanse)(?: [a-z]+){0,3}? si (?:el|la|los|las|tu|su|te|le) ?(?:dolor|hinchazon|fiebre|sangrado|molestia|duele)\b",
            "Tells the reader what to do when a symptom changes: medical advice",
            unless=(hedged,)),
    # Breathing and diet tricks: "respira hondo: cuatro tiempos dentro", "cambie la sal por
    # hierbas frescas".
    Pattern("es.advice.breathing-and-diet", r"\b(?:respira|respire|respiren|respirad|inhala|inhale|exhala|exhale) (?:hondo|profundo|profundamente|lento|despacio|por la nariz)\b|\bcuatro tiempos (?:dentro|adentro|fuera|afuera)\b|\b(?:cambie|cambia|cambien|sustituya|sustituye|reemplace|reemplaza|intercambie) (?:la|el|los|las) (?:sal|azucar|refrescos?|sodas?|harinas?|grasas?|frituras|pan blanco|mantequilla|cafe|alcohol) por\b",
            "Recommends a breathing or diet routine: medical advice",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # "Las placas ya están en un disco y le esperan en recepción".
    Pattern("es.records.waiting-for-pickup", r"\b(?:le|te|les) (?:esperan?|estan esperando|esta esperando|aguardan?) en (?:la )?(?:recepcion|ventanilla|mostrador|el mostrador|caja)\b|\b(?:ya )?(?:estan|esta) (?:listos?|listas?) para (?:que (?:las|los|la|lo) recoja|recoger(?:l[oa]s?)?)\b",
            "Says something of the reader's is waiting at the front desk: discloses records",
            unless=(hedged, for_everyone)),
]

TREATMENT_DISCLOSURE += [
    # A birth welcomed: "¡Bienvenidos los dos pequeñines!", "bienvenida al mundo".
    Pattern("es.treatment.babies-welcomed", r"\bbienvenid[oa]s? (?:al mundo|(?:los|las) (?:dos|tres|nuev[oa]s) (?:pequenines|pequenitos|pequenitas|pequenos|pequenas|bebes|nenes|gemel[oa]s|mellizos|mellizas|trillizos))\b",
            "Welcomes the reader's newborn: discloses care"),
]

# --- Clases de dev59 y dev60 (borradores que suenan personales; respuestas rápidas) --------
PATIENT_RELATIONSHIP += [
    # "Le llamaremos esta semana para saber cómo sigue".
    Pattern("es.relationship.will-call-you", r"\b(?:le|te|les) (?:llamaremos|llamamos|vamos a llamar|escribiremos|contactaremos|marcaremos)(?: [a-z]+){0,3}? para (?:saber como|ver como|preguntar(?:le|te)? como)\b",
            "Promises to call the reader: confirms the practice has their details",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # "Ojalá esos números sigan bajando", "salió benigno".
    Pattern("es.treatment.numbers-and-result", r"\b(?:esos|sus|tus|los|estos) (?:numeros|niveles|valores|resultados|cifras)\b (?:sigan|siguen|siga|sigue|continuen|continuan) (?:bajando|mejorando|subiendo|estables|en rango)\b|\b(?:salio|fue|era|resulto|es) (?:totalmente |completamente )?(?:benign[oa]|no canceros[oa])\b",
            "Speaks of the reader's numbers or a result: discloses care",
            unless=(hedged, for_everyone)),
]

MEDICAL_ADVICE += [
    # "Ponle hielo y descansa", "gasa limpia si sangra".
    Pattern("es.advice.ice-and-gauze", r"\b(?:ponle|ponte|pon|ponga|pongale|pongase|aplica|aplicale|aplique|apliquele)(?: un poco de| una bolsa de)? (?:hielo|calor|frio|compresas?(?: frias| tibias)?|una compresa)\b|\b(?:gasa|hielo|presion|compresa|reposo)(?: [a-z]+){0,3}? si (?:sangra|duele|se hincha|arde|pica|supura)\b",
            "Tells the reader to put ice on or what to do if it bleeds: medical advice",
            unless=(hedged,)),
]

# --- Clases de dev61 (respuestas largas a quejas detalladas, una cláusula reveladora) -------
PATIENT_RELATIONSHIP += [
    # "Como su familia siempre ha sido parte de nuestra comunidad de pacientes".
    Pattern("es.relationship.family-part-of-us", r"\b(?:su|tu) (?:familia|hij[oa]s?|esposo|esposa|mama|papa|bebe)(?: [a-z]+){0,3}? (?:ha sido|han sido|es|son|forma|forman|ha formado|han formado) parte de (?:nuestra|la|nuestro|el)(?: [a-z]+){0,3}? (?:familia|comunidad|clinica|consultorio)\b|\ben (?:su|este|tu) caso,? (?:el|la|los|las|su|sus|tu|nosotros|se)\b",
            "Says the reader's family belongs to the practice, or speaks of their case: confirms a patient relationship",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # "Su solicitud llegó el día 5 y se detuvo porque faltaba la firma".
    Pattern("es.records.your-request-arrived", r"\b(?:su|tu) (?:solicitud|peticion|pedido|reclamacion|reclamo|formulario|autorizacion)(?: de [a-z]+)?(?: [a-z]+){0,2}? (?:llego|se recibio|se detuvo|quedo detenida|quedo pendiente|fue rechazada|fue procesada|fue enviada|sigue pendiente|esta pendiente)\b",
            "Says what happened to the reader's request: discloses records",
            unless=(hedged,)),
]

# --- Clases de dev64 (redacción torpe o traducida) -----------------------------------------
TREATMENT_DISCLOSURE += [
    # "Las manchas van a aclararse poco a poco con el tratamiento, ten paciencia".
    Pattern("es.treatment.marks-will-fade", r"\b(?:las|los|sus|tus|esas|esos|estas|estos|la|el|su|tu) (?:manchas|marcas|ronchas|rojeces|rojez|hinchazon|inflamacion|moretones|cicatriz|cicatrices|granitos|granos|acne|lesion|lesiones|ampollas|puntos)\b(?: [a-z]+){0,3}? (?:van a|va a|deben|deberian|debe|deberia|suelen|suele|tardaran|tardara|terminaran|terminara por|iran|ira) (?:a )?(?:aclararse|aclarar|desaparecer|sanar|bajar|mejorar|desvanecerse|irse|ceder|cicatrizar)\b",
            "Says how the reader's marks or swelling will go: discloses care",
            unless=(hedged, for_everyone, practice_wide)),
]

PATIENT_RELATIONSHIP += [
    # "Siguiendo a su correo del lunes, ya le hemos respondido en privado".
    Pattern("es.relationship.following-your-email", r"\b(?:siguiendo|en respuesta|respondiendo|contestando|con relacion|en relacion|referente|sobre) (?:a )?(?:su|tu) (?:correo|mensaje|llamada|carta|whatsapp|solicitud|consulta telefonica)\b|\b(?:ya )?(?:le|te) (?:hemos |habiamos )?(?:respondido|respondimos|contestamos|contestado|escribimos|escrito) (?:en privado|por privado|por correo|por telefono|por mensaje|directamente)\b",
            "Refers to the reader's message or a private answer to it: confirms a patient relationship",
            unless=(hedged,)),
]

# --- Clases de dev62 y dev63 (celebraciones de reseñas de cinco estrellas) -----------------
TREATMENT_DISCLOSURE += [
    # "Esa piel limpiecita se ve espectacular", "esa presión bajita es una noticia buenísima".
    Pattern("es.treatment.that-skin-looks", r"\b(?:esa|esta|esas|estas|ese|este|esos|estos) (?:piel|pielecita|sonrisa|sonrisota|dentadura|dientes|espalda|rodilla|rodillas|vista|cara|carita|rostro|cutis|melena|cabello|pelo|figura|presion|azucar|glucosa|colesterol|pancita|panza)(?: [a-z]+)? (?:se ve|se ven|luce|lucen|quedo|quedaron|esta|estan|es una|son una|bajita|bajito|controlada|controlado|perfecta|perfecto|radiante|espectacular)\b",
            "Praises the reader's skin, smile or numbers: discloses care",
            unless=(hedged, for_everyone, practice_wide)),
]

PERSONAL_IDENTIFIER += [
    # "¡A los 55 años y más radiante que nunca!"
    Pattern("es.identifier.age-and-radiant", r"\ba los \d{1,3} anos y (?:mas|tan|con|sigue|siga|sigues|todavia|aun)\b",
            "Gives the reader's age: an identifying detail"),
]

MEDICAL_ADVICE += [
    # "Y recuerda: protector solar todos los días".
    Pattern("es.advice.remember-sunscreen", r"\b(?:recuerda|recuerde|recuerden|no olvides|no olvide|no olviden)[:,]? (?:usar |use |usa |ponerte |ponerse |aplicar |aplicarte )?(?:protector solar|bloqueador(?: solar)?|filtro solar)\b",
            "Reminds the reader of a health habit: medical advice",
            unless=(hedged,)),
]

# --- Clases de dev65-dev67 -----------------------------------------------------------------
MEDICAL_ADVICE += [
    # Self-care told in the tú form: "prueba una crema hidratante sin perfume... no te rasques".
    Pattern("es.advice.try-self-care", r"\b(?:prueba|pruebe|prueben|intenta|intente|usa|use|aplica|aplique|ponte|pongase)(?: [a-z]+){0,2}? " + SELF_CARE + r"\b|\bno (?:te|se) (?:rasques|rasque|toques|toque|frotes|frote)\b|\bevit[ae] (?:las duchas|el sol|rascarte|rascarse|el agua (?:muy )?caliente|los banos (?:muy )?calientes)\b",
            "Tells the reader what to use or avoid for a symptom: medical advice",
            unless=(hedged,)),
]

# --- Clases de dev65 (salud mental, adicciones, salud reproductiva) -------------------------
PATIENT_RELATIONSHIP += [
    # "Alguien que nunca ha participado en nuestro programa", "nos alegra que sigas viniendo
    # cada semana", "gracias por confiar en Renacer para dar un paso tan importante".
    Pattern("es.relationship.program-and-coming", r"\bnunca (?:ha|han|habia|haya) (?:participado|estado|asistido|sido atendid[oa]|ido|venido) (?:a|en) (?:nuestro|nuestra|el|la|este|esta) (?:programa|clinica|consulta|grupo|centro|consultorio)\b|\b(?:sigas|siga|sigan|sigues|sigue|seguir) viniendo\b|\b(?:confiar|confiarnos|confio|confiaste|confiado) (?:en (?:nosotros|[a-z]+) )?(?:para dar|con|al dar) (?:un |este |ese |tan |el )?(?:paso|decision)(?: tan (?:importante|grande|valiente))?\b|\b(?:llevabas|llevaba|llevaban) (?:[a-z]+ ){0,2}esperando (?:para|a|por|este|ese)\b|\b(?:la|su|tu) proxima sesion\b",
            "Speaks of the reader's time in the program or their next session: confirms a patient relationship",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # "Pasar a la fase ambulatoria", "seis meses son un logro enorme", "vuelves a disfrutar las
    # comidas", "empezar las hormonas", "indetectable".
    Pattern("es.treatment.program-phase-and-milestone", r"(?:^|(?<=[.!?] )|(?<=\bque )|(?<=\bal )|(?<=\bpor ))(?:pasar|paso|pasaste|pasamos|completar|completo|completaste|terminar|termino|terminaste|empezar|empezaste|iniciar|iniciaste|llegar|llegaste) (?:a |de )?(?:la )?(?:fase|etapa) (?:ambulatoria|residencial|intensiva|de (?:desintoxicacion|mantenimiento|seguimiento)|siguiente|final)\b|\b(?:\d{1,3}|seis|tres|dos|nueve|doce|un|cinco|cuatro|ocho|siete|diez|once|noventa|treinta|sesenta) (?:dias|meses|anos|semanas) (?:es|son) (?:un (?:logro|gran paso|motivo de orgullo)|algo (?:de lo que estar orgullos[oa]|para celebrar))\b|\b(?:vuelves|vuelve|volviste|volvio) a (?:disfrutar|comer|dormir|caminar|correr|bailar|jugar|sonreir|trabajar|manejar|leer)\b|\b(?:empezar|empezaste|iniciar|iniciaste|comenzar|comenzaste) (?:las hormonas|la terapia hormonal|el tratamiento hormonal|la medicacion|el medicamento)\b|\b(?:seguir|sigue|sigues|mantenerse|mantenerte|estar) indetectable\b",
            "Speaks of the reader's phase of a program or a milestone: discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE += [
    # "Nunca se salten una dosis y, si olvidan una, no la dupliquen", "intenta respirar contando".
    Pattern("es.advice.doses-and-breathing", r"\b(?:nunca|no) (?:se )?(?:salten|salte|saltes|olvide|olvides|olviden) (?:una|la|ninguna|su|tu) dosis\b|\bno (?:la|lo|las|los) (?:dupliquen|duplique|dupliques)\b|\b(?:intenta|intente|prueba|pruebe) respirar\b|\brespirar contando\b",
            "Tells the reader how to take doses or breathe: medical advice",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # "Reenvió su apelación al seguro el lunes".
    Pattern("es.records.your-appeal", r"\b(?:su|tu) (?:apelacion|reclamacion al seguro|disputa)\b",
            "Speaks of the reader's appeal: discloses billing",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # "No es ni ha sido paciente del centro", "soy Nerea, la fisio que te ve los jueves".
    Pattern("es.relationship.never-was-or-sees-you", r"\bno (?:es|era) ni (?:ha|habia) sido (?:paciente|cliente)\b|\bque (?:te|le|la|lo) (?:ve|atiende|trata|cuida|revisa|acompana) (?:los|cada|todos los|las)\b",
            "Denies the reader is a patient, or names who sees them: confirms or denies a patient relationship"),
]

TREATMENT_DISCLOSURE += [
    # "Los brackets. Se retiran en mayo, según lo previsto."
    Pattern("es.treatment.comes-off-in", r"\bse (?:retiran|quitan|retira|quita|retiraran|quitaran|retirara|quitara) (?:en|el|para|a (?:finales|principios) de) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|\d)",
            "Says when something of the reader's comes off: discloses care",
            unless=(hedged, for_everyone, practice_wide)),
]

# --- dev71's misses (session 3): a pointing word instead of "su", repeat-relationship ---------
# idioms, the reader's trip, outcomes, advice with no "usted", staff handles, incentive rules.
_BODY_ES = "|".join(sorted(en_classes.CUES["es"]["body"] - {"puntos", "vista", "vision", "voz"}, key=lambda w: (-len(w), w)))
_CONDITION_ES = (_BODY_ES + r"|dolor|dolores|molestia|molestias|hinchazon|inflamacion|infeccion|tos|fiebre|sarpullido|roncha|ronchas|rojez|enrojecimiento|comezon|picazon|alergia|alergias|sintomas|mareo|mareos|migrana|migranas|jaqueca|recuperacion|cicatrizacion|herida|puntos|ejercicios|gotas|pastillas|medicamento|medicina|tratamiento|corona|empaste|implante|implantes|incision|moretones|hematoma|rigidez|entumecimiento|yeso|ferula|bota|collarin|sinusitis|otitis|acne|eccema|presion|azucar|glucosa")
_STATE_ES = r"(?:bien|mejor|muy bien|igual de bien|tan bien|de maravilla|mejorando|sanando|cicatrizando|desinflamando(?:se)?|deshinchando(?:se)?|respondiendo|funcionando|aguantando|resistiendo|fuerte|mas fuerte|firme|estable|bajo control|en orden|resuelt[oa]s?|curad[oa]s?|sanad[oa]s?|recuperad[oa]s?|mejorad[oa]s?|controlad[oa]s?|desaparecid[oa]s?|ayudando|haciendo efecto|dando resultado|como nuev[oa]s?|en su sitio|derech[oa]|rect[oa])"
PATIENT_RELATIONSHIP += [
    # Repeat-relationship idioms: "hasta la próxima", "no se pierda", "gracias, como siempre",
    # "después de tantos años" con el lector, "siempre serán parte de la familia".
    Pattern("es.relationship.repeat-relationship-idiom", r"\b(?:ya )?(?:le|te|los|las|la|lo|os) (?:conocemos|conoce|conocen) (?:muy bien|de sobra|de memoria|por (?:su )?nombre|de toda la vida|desde hace anos)\b|\b(?:salio|sale|surgio) (?:su|tu) nombre\b|\b(?:se|te|le|les|os) (?:extranaba|extranaban|echaba de menos|echabamos de menos|extranabamos)\b|\bsiempre es un (?:gusto|placer|honor|alegria) (?:saber de (?:usted|ustedes|ti|vosotros)|leerl[eo]s?|leerte|leeros|verl[eo]s?|verte|veros|tenerl[eo]s?|tenerte|recibirl[eo]s?|recibirte|leer (?:sus|tus) )|\b(?:su|tu|sus|tus) (?:confianza|preferencia|lealtad|fidelidad|apoyo|carino) de (?:siempre|tantos anos|todos estos anos)\b|\bhasta (?:la proxima|la siguiente|pronto|la vuelta|la otra)\b(?=\s*(?:[,!.?]|$))|\bnos vemos en la (?:proxima|siguiente)\b|\bno (?:se|te|os) (?:pierda|pierdas|pierdan|perdais)\b(?! (?:nuestr[oa]s?|la|el|los|las|esta|este|estos|estas|de|del|ningun[oa]?|su|sus)\b)|\bno (?:sea|seas|sean|seais) (?:un |una )?(?:extran[oa]s?|desconocid[oa]s?)\b|\bya (?:hacia|hace) falta (?:verle|verte|verlos|verlas|veros|tenerle|tenerte)\b|\bhace (?:mucho|tanto|demasiado)(?: tiempo)? que no (?:le|te|los|las|la|lo|os) (?:vemos|veiamos|veo|saludamos)\b|\b(?:gracias|muchas gracias|mil gracias),? (?:como siempre|como de costumbre)\b|\bcomo (?:siempre|de costumbre),? (?:gracias|muchas gracias|mil gracias)\b|\b(?:despues de|tras|en|durante) (?:tantos|todos estos|todos esos|estos|tantisimos) anos\b(?=[^.!?]*\b(?:usted|ustedes|te|ti|tu|su|sus|le|les|contigo|os|[a-z]+(?:ar|er|ir)(?:le|te|les|os|los|las))\b)|\b(?:siempre )?(?:seran|seras|sereis|seguiran(?: siendo)?|seguiras(?: siendo)?|seguireis(?: siendo)?|seguira siendo|sera siempre|siempre sera|eres|sois) (?:siempre |ya |por siempre |para siempre )?(?:parte|part?e importante) de (?:la|nuestra|esta) (?:gran )?familia\b",
            "Speaks as to someone the practice has known for a while ('hasta la próxima', 'no se pierda', 'siempre serán parte de la familia'): presumes a patient relationship",
            unless=(hedged, about_everyone)),
    # Staff who still talk about something of the reader's ("todavía hablamos de las camisetas").
    Pattern("es.relationship.staff-still-talk-about", r"\b(?:todavia|aun|seguimos|siguen|sigue) (?:nos |se )?(?:hablamos|hablan|habla|hablando|reimos|rien|rie|riendo|recordamos|recuerdan|recuerda|recordando|comentamos|comentan|comenta|comentando|mencionan|menciona) (?:de |del |sobre |acerca de )?(?:la|las|los|el|esa|esas|ese|esos|aquel|aquella|aquellos|aquellas|cuando|como|lo de)\b(?! (?:importancia|necesidad|valor|dia en que abrimos|fundacion)\b)",
            "Says the staff still talk about something of the reader's: confirms a patient relationship",
            unless=(hedged,)),
    # The reader's trip to the practice ("ojalá el viaje desde Millbrook haya valido la pena"),
    # their date moved or priority given in a clinician's calendar.
    Pattern("es.relationship.reader-trip-or-date", r"\b(?:el|su|tu|ese|este) (?:largo )?(?:viaje|trayecto|camino|recorrido|vuelo)\b[^.!?]{0,40}?\b(?:valido|valio|vale|valga|haya valido) la pena\b|\b(?:valio|haya valido|valga) la pena (?:el|su|tu) (?:viaje|trayecto|camino|recorrido)\b|\b(?:buen|feliz) (?:viaje|regreso|camino) de (?:regreso|vuelta)(?: a casa)?\b|\bque (?:lleguen?|llegues) bien a casa\b|(?<=\bpor )(?:hacer|manejar|recorrer|viajar|venir)(?: [a-z]+){0,4}? (?:para|a) (?:visitarnos|vernos|vernos hoy|venir a vernos)\b|\b(?:vino|viniste|vinieron|vinisteis|manejo|manejaste|condujo|viajo|viajaste|viajaron) (?:desde )?(?:tan lejos|hasta aca|hasta aqui|desde tan lejos)\b|\b(?:reprogramar|reagendar|cambiar|mover|pasar|recuperar) (?:su|tu|sus|tus) (?:fecha|hora|horario|turno|lugar|dia|espacio|hueco)\b|\b(?:darle|darte|darles|daros|le damos|te damos|les damos|le daremos|te daremos|les daremos) (?:la )?(?:prioridad|preferencia) en (?:la|nuestra) (?:agenda|lista|programacion|lista de espera)\b",
            "Speaks of the reader's trip to the practice or of their own date moved: confirms a visit",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # A body part or condition of the reader's with "el/la/lo del" instead of "su", doing well
    # or fixed ("nos alegra haber resuelto lo del oído", "que la recuperación siga igual de
    # bien", "que el ojo derecho siga desinflamándose").
    Pattern("es.treatment.pointed-body-doing-well", r"\b(?:resuelto|resolver|resolvimos|arreglado|arreglar|arreglamos|solucionado|solucionar|solucionamos|atendido|curado|curar|curamos|sanado|quitado|controlado) (?:lo (?:del|de la|de los|de las|de esa|de ese)|(?:el|la|los|las|ese|esa|esos|esas) (?:problema|tema|asunto) (?:del|de la|de los|de las)) (?:" + _CONDITION_ES + r")\b|\b(?:(?:nos|me|que|muy|tan|saber|ver|esperamos|deseamos|alegra|alegria|bueno|bien|gusto) )?(?:que|ojala|alegra|alegramos|alegro|saber|ver|bueno|bien|contentos|contentas|felices|gusto|esperamos|deseamos)(?= (?:el|la|los|las|ese|esa|esos|esas|este|esta|estos|estas) (?:nuev[oa]s? )?(?:" + _CONDITION_ES + r")(?: (?:nuev[oa]s?|derech[oa]s?|izquierd[oa]s?|operad[oa]s?|tratad[oa]s?|lastimad[oa]s?))?(?: (?:ya|todavia|aun))? (?:siga|sigan|sigue|siguen|este|esten|esta|estan|vaya|vayan|va|van|haya|hayan|ha|han|quede|queden|quedo|quedaron|se mantenga|se mantengan|se mantiene|se mantienen|continue|continuen|se vea|se vean|se ve|se ven|se sienta|se sientan|se siente|se sienten)(?: (?:sido|estado|quedado|ido))?(?: (?:tan|muy|igual de|asi de|cada vez))? " + _STATE_ES + r"\b)|\bcon (?:el|la|los|las|ese|esa|esos|esas) (?:" + _BODY_ES + r") (?:bien |mas |tan |ya )(?:rect[oa]s?|derech[oa]s?|san[oa]s?|fuertes?|firmes?|blanc[oa]s?|alinead[oa]s?|limpi[oa]s?|desinflamad[oa]s?|mejor|recuperad[oa]s?)\b",
            "Says a body part or condition the reply points at is doing well or was fixed ('haber resuelto lo del oído'): discloses care",
            unless=(hedged, for_everyone, about_everyone)),
    # An outcome: "que la transferencia haya salido positiva", "¡a lucir esos 🦷✨ nuevos!".
    Pattern("es.treatment.outcome-celebrated", r"\b(?:el|la|los|las|su|sus|tu|tus|ese|esa|esos|esas) (?:[a-z]+ )?(?:transferencia|beta|prueba|pruebas|analisis|estudio|estudios|resultado|resultados|biopsia|ecografia|eco|examen|examenes|numeros|niveles|cultivo|test|puncion|embarazo|cirugia|operacion|tratamiento|ciclo|extraccion|implantacion|embriones|embrion|foliculos)(?: (?:de|del) (?:[a-z]+ ){0,1}[a-z]+)? (?:haya|hayan) (?:salido|dado|resultado|sido) (?:tan |muy )?(?:positiv[oa]s?|negativ[oa]s?|bien|normal(?:es)?|perfect[oa]s?|excelentes?|de maravilla|limpi[oa]s?|benign[oa]s?|un exito|todo un exito|para celebrar)\b|\b(?:a )?(?:lucir|presumir|luzca|luzcas|presuma|presumas|luce|presume|lucen|presuman) (?:esa|ese|esas|esos|su|tu|sus|tus|la|el|las|los) (?:[^\s.!?,;]+ ){1,3}?(?:nueva|nuevo|nuevas|nuevos)\b|\b(?:el|la|los|las|su|sus|tu|tus|ese|esa|esos|esas|este|esta) (?:[a-z]+ ){0,2}?(?:resultados?|fotos?|antes y (?:el )?despues|sonrisa|cambio|cambios|transformacion|piel|dientes|numeros|avances?|progreso) (?:hablan?|habla) por si sol[oa]s?\b|\b(?:los|sus|tus|esos) resultados (?:estan|quedan|saltan) a la vista\b|\bque (?:resultado|resultados|cambio|cambiazo|transformacion|diferencia) (?:tan|mas)\b",
            "Celebrates an outcome of the reader's care ('que la transferencia haya salido positiva'): discloses care",
            unless=(hedged, about_everyone)),
]

TREATMENT_DISCLOSURE += [
    # One attempt out of several that worked ("el tercero fue el bueno").
    Pattern("es.treatment.nth-attempt-worked", r"\b(?:el|la) (?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|ultim[oa]) (?:intento |transferencia |ciclo |vez |ronda )?fue (?:el bueno|la buena|la vencida|el definitivo|la definitiva)\b|\ba la (?:tercera|cuarta|segunda|quinta) va la vencida\b",
            "Says one of the reader's attempts finally worked ('el tercero fue el bueno'): discloses care",
            unless=(hedged,)),
]

MEDICAL_ADVICE += [
    # Icing or resting said as an order with no "usted" ("esta noche, hielo quince minutos y a
    # descansar"), a reminder about the reader's regimen.
    Pattern("es.advice.regimen-reminder", r"\bhielo (?:por |durante |unos |cada )?(?:\d+|cinco|diez|quince|veinte|treinta) (?:minutos|min)\b|\b(?:esta noche|hoy|manana|al llegar a casa|en casa|por la noche)[,:]? (?:hielo|reposo|compresas|calor seco|paracetamol|ibuprofeno|antiinflamatorio|pierna en alto|pie en alto)\b|\b(?:hielo|reposo|compresas) y a (?:descansar|dormir|la cama|reposar)\b|\bno (?:te |se |os )?(?:saltes|salte|salten|salteis|olvides|olvide|olviden|olvideis|dejes|deje|dejen) (?:de (?:poner(?:te|se)?|usar|tomar|hacer|aplicar(?:te|se)?) )?(?:las|los|esas|esos|tus|sus|la|el) (?:[a-z]+ ){0,1}?(?:gotas|pastillas|medicamentos|medicinas|antibioticos|ejercicios|estiramientos|ligas|elasticos|retenedor|retenedores|alineadores|ferula|cremas?|pomada|inhalador|parches|vitaminas|dosis|compresas|enjuagues|audifonos)\b|\b(?:una|dos|tres|cuatro|\d) (?:inhalaciones|inhalacion|disparos|gotas|gota|pastillas|pastilla|tabletas|capsulas|pulverizaciones|cucharaditas|cucharadita) (?:antes|despues|cada|en cada|al dia|por la|por las|a la|al)\b",
            "Tells the reader what to do for their care with no 'usted' ('hielo quince minutos y a descansar'): medical advice",
            unless=(hedged,)),
    # A drug with a dose, also said in general ("se puede dar paracetamol según el peso").
    Pattern("es.advice.drug-with-dosing", r"\b(?:paracetamol|acetaminofen|ibuprofeno|naproxeno|aspirina|dipirona|metamizol|loratadina|cetirizina|antihistaminicos?|amoxicilina|suero oral|tempra|tylenol|advil|motrin|dalsy)\b[^.!?;]{0,60}?\b(?:peso|dosis|segun (?:el|su) peso|de acuerdo (?:al|con el|con su) peso|por kilo|por kg|mg/kg|\d+ ?(?:mg|ml)|cada (?:\d+|cuatro|seis|ocho|doce) horas|(?:una|dos|tres) veces al dia)\b|\b(?:se (?:le )?puede(?:n)? (?:dar|tomar|usar|administrar)|puede(?:s|n)? (?:dar(?:le|les)?|tomar|usar|administrar(?:le)?)|conviene (?:dar(?:le)?|tomar)|dele|denle|dale|tome|toma|tomen) (?:un poco de |algo de )?(?:paracetamol|acetaminofen|ibuprofeno|naproxeno|aspirina|dipirona|metamizol|loratadina|cetirizina|antihistaminicos?|amoxicilina|suero oral)\b|\b(?:para|contra) (?:la |el |los )?(?:fiebre|dolor|dolores|tos|gripe|resfriado|alergias?|inflamacion|colicos|denticion)\b[^.!?]{0,40}?\b(?:paracetamol|acetaminofen|ibuprofeno|naproxeno|aspirina|dipirona|metamizol|loratadina|cetirizina|antihistaminicos?|amoxicilina|suero oral)\b|\b(?:paracetamol|acetaminofen|ibuprofeno|naproxeno|aspirina|dipirona|metamizol|loratadina|cetirizina|antihistaminicos?|amoxicilina|suero oral)\b[^.!?]{0,40}?\b(?:funciona|funcionan|sirve|sirven|ayuda|ayudan|alivia|alivian|baja|bajan|hacen? (?:una )?(?:gran |enorme |verdadera )?diferencia|hacen? maravillas)\b",
            "Gives a drug and how much or how often: medical advice, also when said in general",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # An action on the reader's records with "la/las" ("ya corregimos las notas de ingreso").
    Pattern("es.records.action-on-the-records", r"\b(?:ya )?(?:hemos |ya )?(?:corregimos|corregido|actualizamos|actualizado|modificamos|modificado|arreglamos|arreglado|borramos|borrado|eliminamos|eliminado|anotamos|anotado|ajustamos|ajustado|anulamos|anulado|reembolsamos|reembolsado|reenviamos|reenviado|cancelamos|cancelado|cambiamos|cambiado|agregamos|agregado|anadimos|anadido) (?:la|las|el|los|esa|esas|ese|esos) (?:notas?|ficha|fichas|expediente|expedientes|historia clinica|historial|cuenta|saldo|factura|facturas|cargos?|cobros?|datos|reclamacion|reclamo|copago|pago|nota de ingreso|notas de ingreso|informe|receta|referencia|direccion|telefono)\b(?! (?:del sistema|de todos|de cada|electronic[oa]s?|digital(?:es)?|en linea)\b)(?![^.!?]*\b(?:su|sus|tu|tus|mas (?:claras?|claros?|faciles?|sencill[oa]s?|legibles?)|para (?:todos|todas|cada))\b)|\b(?:la|las|el|los|esa|esas|ese|esos) (?:notas?|ficha|fichas|expediente|historial|cuenta|saldo|factura|facturas|cargos?|cobros?|datos|nota de ingreso|notas de ingreso|copago|perfil) (?:ya )?(?:fue|fueron|ha sido|han sido|quedo|quedaron) (?:ya )?(?:corregid|actualizad|modificad|ajustad|anulad|borrad|eliminad|reembolsad|fusionad)[oa]s?\b",
            "Says the practice changed records with 'la' in place of 'su' ('ya corregimos las notas de ingreso'): discloses the reader's records",
            unless=(hedged, for_everyone)),
]

FOREIGN_CONTACT += [
    # A staff member's own social account ("siga al Dr. Ibarra en Facebook como
    # /drIbarraEstetica", "búsquela en Instagram").
    Pattern("es.contact.staff-social-account", r"\b(?:siga|sigue|sigan|seguir|busque|busca|busquen|buscar|encuentre|encuentra|agregue|agrega) (?:al|a la|a el) (?:dr|dra|doctor|doctora|enfermera|enfermero|lic|licenciada|licenciado|[a-z]+)\.? ?(?:[a-z]+ )?en " + en_classes.SOCIAL_NETWORK + r"\b|\b(?:buscarla|buscarlo|busquela|busquelo|buscala|buscalo|siguela|siguelo|sigala|sigalo|seguirla|seguirlo) (?:en|por) " + en_classes.SOCIAL_NETWORK + r"\b|\ben su (?:propia )?(?:cuenta|pagina|perfil|canal) (?:personal|propia)\b|\b(?:dr|dra|doctor|doctora|enfermer[oa]|higienista|fisio|terapeuta|cirujan[oa]|dermatologa?)\.? (?:[a-z]+ )?(?:tiene|publica|sube|comparte|esta en|maneja)\b(?:(?!\b(?:nuestr[oa]s?|de la (?:clinica|consulta|practica)|del (?:consultorio|centro))\b)[^.!?]){0,40}?\b" + en_classes.SOCIAL_NETWORK + r"\b|\b" + en_classes.SOCIAL_NETWORK + r"(?: como| en|:)? /[a-z0-9_.]{3,30}\b|\b" + en_classes.SOCIAL_NETWORK + r"\b[^.!?]{0,20}?\b[a-z0-9_]+ (?:punto|guion bajo) [a-z0-9_]+\b",
            en_classes.HANDLE_MESSAGE),
]

REVIEW_INCENTIVE += [
    # Removing or changing a review for something of value, said as a rule for anyone.
    Pattern("es.incentive.remove-review-rule", r"\b(?:quien|quienes|el que|la que|los que|las que|cualquiera que|todo el que|toda persona que|si|cuando) (?:[a-z]+ )?(?:elimine|eliminen|borre|borren|quite|quiten|retire|retiren|baje|bajen|cambie|cambien|modifique|modifiquen|actualice|actualicen|edite|editen|mejore|mejoren|suba|suban) (?:su|la|una|tu|esa|esta|sus|las) (?:[a-z]+ )?(?:resena|resenas|opinion|opiniones|calificacion|comentario|valoracion|estrellas)\b[^.!?]{0,90}?\b(?:recibe|reciben|recibira|recibiran|obtiene|obtienen|gana|ganan|gratis|de cortesia|de regalo|regalamos|descuento|bono|sin costo|reembolso|credito|cupon)\b",
            "Offers something of value for removing or changing a review, also as a rule for anyone: forbidden (FTC)"),
]

# Round 6 (dev72/dev73 misses): one sentence of the reader's own occasion in a generic reply.
_PRISA = r"(?:prisa|prisas|con prisa)"  # "apurada" is a structure finding
PATIENT_RELATIONSHIP += [
    # How the reader felt at their visit, with the pronoun dropped ("lamentamos que haya
    # sentido prisa", "que la doctora le atendiera con prisa"): "sorry you felt rushed".
    Pattern("es.relationship.reader-felt-rushed", r"\b(?:lamentamos|sentimos|lamento|siento|nos apena|nos duele|disculpe|perdon)\b[^.!?]{0,20}?\bque (?:se )?(?:haya|hayas|hayan|sintiera|sintieras|sintio|sentiste) (?:sentido|sentid[oa]s?|sentir)? ?(?:con |a las |de )?(?:muy |tan |un poco |algo |demasiado )?" + _PRISA + r"\b|\b(?:le|te|la|lo) (?:atendiera|atendieran|atendio|atendieron|atendimos|trato|trataron|tratamos|tratara|trataran|revisara|revisaron|reviso|examino|examinaron) (?:con|a las|de|muy de) (?:tanta |mucha |demasiada )?prisas?\b|\b(?:su|tu) (?:[a-z]+ )?(?:registro|admision|consulta|cita|visita|espera|revision|sesion|llamada)(?! (?:proceso|sistema))(?: [a-z]+)? (?:fue|estuvo|se sintio|resulto|tardo|se hizo|haya sido|haya resultado|se haya sentido|se hiciera) (?:tan |muy |demasiado |un poco |algo )?(?:lent[oa]|larg[oa]|apresurad[oa]|corta|breve|pesad[oa]|caotic[oa])\b",
            "Lamenta cómo se sintió el lector en su visita ('lamentamos que haya sentido prisa'): confirma una visita",
            unless=(hedged,)),
    # The reader's feeling about a past step, known to the practice ("sabemos que llamar a
    # una clínica le resultó abrumador", "lo molesto que fue esperar por su resurtido").
    Pattern("es.relationship.reader-felt-then", r"\b(?:le|te|les) (?:resulto|resultaron|parecio|parecieron|fue|hizo sentir) (?:muy |tan |algo |un poco |bastante |realmente )?(?:abrumador[ae]?s?|confus[oa]s?|frustrantes?|estresantes?|dificil(?:es)?|molest[oa]s?|pesad[oa]s?|angustiantes?|aterrador[ae]?s?|incomod[oa]s?|desesperantes?|complicad[oa]s?|larg[oa]s?)\b|\blo (?:molest[oa]|frustrante|dificil|estresante|incomod[oa]|abrumador|confus[oa]|pesad[oa]|larg[oa]|angustiante|doloroso|desesperante|complicado|agotador) que (?:fue|resulto|estuvo|le resulto|te resulto|le fue)\b(?! (?:escribir|compartir|contar|leer|publicar|decir)[a-z]*)",
            "Dice cómo le resultó al lector un paso pasado ('le resultó abrumador', 'lo molesto que fue esperar'): confirma un contacto",
            unless=(hedged, for_everyone)),
    # The reader's item delayed ("su informe tardó más porque el laboratorio estaba saturado").
    Pattern("es.relationship.reader-item-delayed", r"\b(?:su|tu) (?:[a-z]+ )?(?:informe|reporte|resultados?|expediente|receta|resurtido|pedido|lentes|anteojos|reembolso|estudio|analisis|radiografias?|constancia|referencia|autorizacion|factura|carta|orden|corona|alineadores|retenedor|aparatos?)(?: [a-z]+)? (?:tardo|tardaron|se retraso|se retrasaron|se demoro|se demoraron|llego tarde|llegaron tarde|se atraso|se atrasaron|demoro|demoraron)\b|\b(?:el|nuestro) (?:laboratorio|proveedor|farmacia|distribuidor) (?:estaba|estuvo|andaba) (?:muy |tan |bastante )?(?:saturad[oa]|retrasad[oa]|atrasad[oa]|lleno|desbordad[oa])\b",
            "Dice por qué se retrasó algo del lector ('su informe tardó más'): confirma una relación con el paciente",
            unless=(hedged,)),
    # The reader counted a valued member of the practice's family.
    Pattern("es.relationship.valued-member-of-family", r"\bcomo (?:un |una |uno de nuestros |una de nuestras )?(?:valios[oa]s?|querid[oa]s?|fiel(?:es)?|apreciad[oa]s?|distinguid[oa]s?)? ?(?:miembros?|parte|integrantes?) (?:valios[oa]s? |querid[oa]s? |important[ea]s? )?de (?:la|nuestra) (?:gran )?familia\b",
            "Cuenta al lector como miembro de la familia de la clínica: presume una relación con el paciente",
            unless=(hedged,)),
    # A visit compared with an earlier one ("sentimos que esta vez haya tardado más").
    Pattern("es.relationship.this-time-worse", r"\b(?:tardado|tardo|tardamos|tardaron|demorado|demoro|esperado|espero) (?:mas|tanto|mucho mas) esta vez\b|\besta vez (?:haya |ha |se haya |se ha )?(?:tardado|demorado|tardo|demoro|tardaron|(?:sido|fue|estuvo|resulto) (?:mas|tan|peor|menos))\b",
            "Compara esta visita con una anterior ('esta vez haya tardado más'): confirma una relación con el paciente",
            unless=(hedged,)),
    # The reader's own day ahead ("para que sepa qué esperar el lunes").
    Pattern("es.relationship.what-to-expect-on-day", r"\b(?:que|lo que) (?:puede |va a |debe )?esperar (?:el|este|el proximo|la proxima|manana|este proximo)(?: (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana|dia))?\b",
            "Le dice al lector qué esperar un día concreto: presume una cita",
            unless=(hedged,)),
]

TREATMENT_DISCLOSURE += [
    # A guideline as the reason for a decision about one case ("seguimos las guías vigentes
    # sobre antibióticos, y por eso no se recetaron").
    Pattern("es.treatment.guideline-decided-case", r"\b(?:guias?|lineamientos|protocolos?|recomendaciones)\b[^.!?]{0,80}?\b(?:por eso|por ello|asi que|de modo que|por lo que|y)\s*(?:no )?(?:se |le |les |te )?(?:recetaron|receto|recetamos|indicaron|indico|prescribieron|prescribio|decidimos|decidio|optamos|opto|esperamos|espero|dieron|dio|mandaron|mando|enviaron|envio|dimos)\b|\b(?:siguiendo|segun|conforme a|de acuerdo con|con base en) (?:las |los )?(?:guias?|lineamientos|protocolos?|recomendaciones)\b[^.!?]{0,40}?,? (?:no )?(?:se |le |les |te )?(?:recetaron|receto|recetamos|indicaron|indico|prescribieron|prescribio|decidimos|decidio|optamos|opto|dieron|dio|dimos)\b",
            "Da una guía como razón de una decisión sobre un caso ('y por eso no se recetaron'): revela atención",
            unless=(hedged,)),
    # The reader's body part given the practice's attention ("dedicamos toda nuestra atención
    # a su rodilla").
    Pattern("es.treatment.attention-to-their-body", r"\b(?:nuestra|nuestro|mi) (?:atencion|cuidado|tiempo|esfuerzo|dedicacion|enfoque)(?= (?:a|en|para) (?:su|tu|sus|tus) (?:" + en_classes.BODY_WORDS["es"] + r")\b)",
            "Habla de la atención dada a una parte del cuerpo del lector: revela atención",
            unless=(hedged, for_everyone)),
    # An offer to redo the work on the reader's case ("le gustaría volver a cementarla sin costo").
    Pattern("es.treatment.redo-the-work", r"\b(?:volver a (?:cementar|colocar|pegar|ajustar|hacer|tomar|fijar)(?:la|lo|las|los|sela|selo|selas|selos)|re-?cementar(?:la|lo|las|los|sela|selo)|rehacer(?:la|lo|las|los|sela|selo)|reponer(?:la|lo|las|los|sela|selo)|reemplazar(?:la|lo|las|los|sela|selo)|repararl[ao]s?)\b",
            "Ofrece rehacer el trabajo del caso del lector: revela tratamiento",
            unless=(hedged,)),
    # Praise for how someone got through their care ("lo hizo de maravilla con su primera
    # resina", "todos le aplaudimos").
    Pattern("es.treatment.did-great-with-care", r"\b(?:lo hizo|se porto|estuvo|lo hiciste|te portaste) (?:muy |super |tan )?(?:bien|increible|de maravilla|genial|excelente|valiente|como campe[oó]na?)\b[^.!?]{0,20}?\b(?:con|en|durante) (?:su|tu|la|el) (?:primer[ao]? |gran )?[a-z]+\b|\b(?:todos|todas|el equipo) (?:le|la|lo|te|les) (?:aplaudimos|aplaudio|echamos porras|echabamos porras|animamos|animabamos|estabamos animando)\b",
            "Elogia cómo alguien pasó por su atención ('lo hizo de maravilla con su primera resina'): revela tratamiento",
            unless=(hedged,)),
    # The reader back at an activity ("¡De vuelta a las caminatas, qué gran noticia!").
    Pattern("es.treatment.back-to-activity", r"\bde (?:vuelta|regreso) (?:a|en) (?:las? |los? |el |al )?(?:caminatas?|cancha|gimnasio|pista|montana|senderos?|bici|bicicleta|alberca|piscina|entrenamientos?|partidos?|carreras?|clases de baile|escaleras|futbol|tenis|golf|yoga)\b",
            "Celebra al lector de vuelta a una actividad: revela el resultado de una atención",
            unless=(hedged,)),
    # Encouragement through the next session ("ánimo con la próxima sesión").
    Pattern("es.treatment.hang-in-there-course", r"\b(?:animo|no se rinda|no te rindas|aguante|aguanta|paciencia|siga adelante|sigue adelante|no desista)\b[^.!?]{0,40}?\b(?:la|su|tu|esa|esta) (?:proxima|siguiente|ultima|segunda|tercera) (?:sesion|dosis|inyeccion|cita|ronda|infusion|aplicacion|fase)\b",
            "Anima al lector en su próxima sesión: revela un tratamiento en curso"),
]

MEDICAL_ADVICE += [
    # A product or home remedy said to fix it or to protect until a visit ("un poco de cera
    # dental sobre el borde le protegerá la lengua", "cambiar a una pasta para sensibilidad
    # por un par de semanas suele resolverlo").
    Pattern("es.advice.remedy-for-that", r"\b(?:cambiar a|usar|aplicar|poner|ponerle|enjuagar con|un poco de|una pizca de|algo de) (?:[a-z-]+ ){0,3}?(?:pasta|enjuague|cera|gasa|hielo|vaselina|agua con sal|agua tibia con sal|balsamo|crema|pomada|gotas|gel|hilo dental|bolsita de te|compresas?|calor|miel|humidificador|locion|spray)\b[^.!?]{0,60}?\b(?:suele resolver|resuelve|lo resuelve|ayuda|ayudara|deberia ayudar|protege|protegera|alivia|aliviara|calma|calmara|quita|quitara|resolvera|suele quitar|suele aliviar)\b|\b(?:pasta|enjuague|gotas|crema|pomada|gel|spray|locion|humidificador|cera|compresas?) (?:[a-z]+ ){0,3}?(?:por|durante) (?:un par de|unos|unas|algunos|algunas|dos|tres|\d+) (?:dias|semanas|noches)\b",
            "Dice qué remedio resuelve un síntoma: consejo médico"),
]

# --- dev74-dev76 and fresh45's missed classes (tests/guardrails/structure_classes_fresh45.py) ---
# Self-care things beyond SELF_CARE: hisopos, cera de ortodoncia, pantallas y hora de dormir,
# ducharse tras el polen, las gomas.
SELF_CARE_MORE = r"(?:hisopos?|bastoncillos?|cotonetes?|copitos?|velas? de oido|cera (?:de ortodoncia|dental|para (?:los )?brackets|de brackets|sobre (?:el|los|la) (?:bracket|brackets|alambre|arco))|un poco de cera|las pantallas(?= (?:antes|por la noche|una hora|en la cama))|pantallas (?:antes de|por la noche|en la cama)|(?:un |el |la )?(?:horario|hora) (?:fij[oa]|regular|constante) (?:para|de) (?:dormir|acostarse)|(?:la )?misma hora (?:para|de) (?:dormir|acostarse)|acostarse a la misma hora|la cafeina|cafeina|(?:un |el )?humidificador|ducharse|duchate|duchese|una ducha|cambiarse de ropa|cambiarte de ropa|cambiar(?:se)? la ropa|(?:las |los )?(?:gomas|ligas|elasticos|gomitas)|spray nasal|lavados? nasales?|las ventanas cerradas)"

MEDICAL_ADVICE += [
    # Una orden de usar o evitar autocuidado ("No use hisopos dentro del oído", "Pon un poco de
    # cera sobre el bracket", "evite las pantallas antes de dormir").
    Pattern("es.advice.self-care-order", r"(?:(?<=^)|(?<=[.!?;:] )|(?<=, )|(?<=y )|(?<=- )|(?<=[!?]))(?:por favor )?(?:evite|evita|eviten|no use|no uses|no usen|no utilice|no utilices|deje de usar|deja de usar|use|usa|usen|utilice|utiliza|pon|ponga|ponle|pongale|ponte|coloque|coloca|aplique|aplica|presione|presiona|intente|intenta|procure|procura|trate de|trata de|mantenga|manten|lleve|lleva|limite|limita|apague|apaga|reduzca|reduce|prueba|pruebe|tome|toma|duerma con|duerme con|olvidese de|olvidate de|aleje|aleja)\b(?: [a-z]+){0,5}? " + SELF_CARE_MORE + r"\b|\b(?:es mejor|lo mejor es|mejor|conviene|recomendamos|recomiendo|sugerimos|sugiero|aconsejamos|es importante|lo ideal es|es ideal|procure|procura|intente|intenta|trate de|trata de)(?: [a-z]+)? (?:no usar|no utilizar|no meter|no meterse|evitar|usar|utilizar|poner|ponerse|colocar|aplicar|mantener|llevar|limitar|apagar|dejar de usar|probar)\b(?: [a-z]+){0,5}? " + SELF_CARE_MORE + r"\b",
            "Le dice al lector qué autocuidado usar o evitar ('No use hisopos dentro del oído', 'pon cera sobre el bracket'): consejo médico",
            unless=(hedged, practice_wide)),
    # Autocuidado que quita o alivia un síntoma ("ducharse al volver de la calle reduce las
    # molestias del polen", "la cera evita el roce"), o hisopos que empujan la cera.
    Pattern("es.advice.self-care-stops-symptom", r"\b(?:" + SELF_CARE + "|" + SELF_CARE_MORE + r"|cera)\b(?: (?!nuestr[oa]s?\b|cada\b|todas?\b|todos\b|tiene\b|tienen\b|tenemos\b)[a-z0-9]+){0,12}? (?:(?:puede|pueden|suele|suelen|va a|van a|ayuda a|ayudan a|realmente|mucho|tambien) )*(?:reduce|reducen|reducir|disminuye|disminuyen|alivia|alivian|aliviar|evita|evitan|evitar|previene|previenen|calma|calman|quita|quitan|frena|frenan|detiene|detienen|elimina|eliminan|suaviza|suavizan|ablanda|ablandan|despeja|despejan|baja|bajan|corta|cortan)(?: mucho| bastante| muchisimo| casi)?(?: todo)?(?: (?:el|la|los|las|ese|esa|esas|esos|buena parte de|parte de))? (?:roce|rozaduras?|irritacion|congestion|estornudos|picor|picazon|comezon|llagas|molestias|sintomas|sequedad|polen|alergenos|mocos|cera|tapon|tapones|ronquidos|tos|alergias?|brotes?)\b(?!(?: [a-z]+){0,4}? (?:para (?:todas|todos|cada|cualquier)|en (?:la|nuestra|nuestras|las) (?:sala|salas|clinica|consulta|recepcion|oficina|consultorios?))\b)|\b(?:" + SELF_CARE + "|" + SELF_CARE_MORE + r")\b(?: [a-z0-9]+){0,12}? (?:es|son|sera|seria) (?:lo que (?:mas|mejor) (?:ayuda|ayudara|funciona|sirve|alivia)|lo (?:mejor|mas importante) (?:para|contra))\b|\b(?:empuja|empujan|empujar|mete|meten|meter) (?:la |esa )?cera (?:mas adentro|hacia dentro|hacia adentro|mas al fondo|mas profundo)\b",
            "Dice que un autocuidado quita o alivia un síntoma ('ducharse al volver de la calle reduce las molestias del polen'): consejo médico",
            unless=(hedged, practice_wide)),
]

PERSONAL_IDENTIFIER += [
    # Dónde vive el lector: "la familia de la calle Olmo", "ustedes allá en la avenida Juárez";
    # la dirección de la clínica y las familias en general pasan.
    Pattern("es.identifier.family-on-a-street", r"\b(?:la|esa|esta|su|tu|nuestra (?:querida )?) (?:familia|casa|pareja)(?: [a-z]+)? (?:de|en) (?:la |el )?(?:calle|avenida|av|calzada|callejon|privada|colonia|cerrada|camino|paseo|pasaje|plaza) [a-z]+\b|\b(?:los|esos|estos|sus|tus) (?:ninos|chicos|chicas|gemelos|gemelas|hermanos|hermanitos|peques|vecinos) (?:de|en) la (?:calle|avenida|calzada|privada|colonia|cerrada) [a-z]+\b|\b(?:usted|ustedes|tu|ud|uds)(?: (?:alla|aqui|ahi))? (?:en|de) la (?:calle|avenida|calzada|privada|colonia|cerrada) [a-z]+\b",
            "Dice dónde vive el lector ('la familia de la calle Olmo'): identifica a quien escribe la reseña"),
]

TREATMENT_DISCLOSURE += [
    # Alegría porque un servicio funcionó ("qué bueno que la limpieza lo haya resuelto tan rápido").
    Pattern("es.treatment.glad-it-cleared-up", r"\b(?:que alegria|que bueno|que gusto|nos alegra|me alegra|nos alegramos|que felicidad|nos encanta saber|que alivio)(?: mucho| tanto| muchisimo)? (?:saber |leer )?(?:que|de que) (?:(?!nuestr[oa]s?\b|nuev[oa]s?\b|sistema\b|portal\b|app\b|aplicacion\b|estacionamiento\b|horarios?\b|formularios?\b|recordatorios?\b|mensajes?\b|linea\b|sala\b|sillas\b|asientos\b|pagina\b|web\b|cambios?\b)[a-z]+ ){1,6}?(?:lo |la |le |los |las )?(?:haya|hayan|ha|han|hubiera) (?:resuelto|solucionado|aliviado|despejado|quitado|calmado|funcionado tan|funcionado muy|servido tanto|servido de mucho|hecho efecto)\b|\borgullos[oa]s? de (?:lo (?:valiente|tranquil[oa]|fuerte|paciente|bien)|como) (?:que )?(?:fue|estuvo|se porto|lo hizo|aguanto|se quedo|ella|el|su [a-z]+|los gemelos|las gemelas|tu [a-z]+)\b",
            "Se alegra de que un servicio funcionara o presume cómo alguien pasó su atención ('orgullosos de lo valiente que fue'): revela una atención",
            unless=(hedged, about_everyone)),
]

PATIENT_RELATIONSHIP += [
    # La familia del lector como parte de la familia de la clínica ("es un honor que su
    # familia forme parte de la gran familia de ..."), y gracias por confiar su familia.
    Pattern("es.relationship.their-family-in-ours", r"\b(?:su|tu|sus|tus|vuestra|vuestros) (?:familia|hijos|hijas|ninos|ninas|peques|pequenos|gemelos|gemelas|nietos|chicos) (?:ya )?(?:forme|formen|sea|sean|es|son|haya formado|hayan formado|formo|formaron|forma|forman|siga formando|sigan formando|haya sido|hayan sido) (?:parte )?de (?:la|nuestra) (?:gran |querida |enorme )?familia\b|\bgracias por (?:confiar|confiarnos|elegir|elegirnos|escoger|escogernos)\b(?: [a-z0-9&'.-]+){0,6}? (?:a |el cuidado de |la salud de |la sonrisa de |con |en )?(?:su|tu|sus|tus) (?:familia|hijos|hijas|ninos|ninas|peques|pequenos|gemelos|gemelas|nietos|bebe|sonrisa|salud)\b",
            "Cuenta a la familia del lector en la familia de la clínica o le agradece confiarle su familia: confirma una relación de paciente",
            unless=(hedged,)),
]

RECORDS_BILLING += [
    # Una acción sobre la cuenta del lector ("Pusimos en pausa sus estados de cuenta mientras
    # conciliamos los pagos", "detuvimos el envío de sus facturas").
    Pattern("es.records.paused-statements", r"\b(?:pusimos|ponemos|hemos puesto|dejamos|pausamos|hemos pausado|suspendimos|hemos suspendido|detuvimos|hemos detenido|congelamos|hemos congelado|frenamos|paramos|retuvimos|retenemos) (?:en pausa |en espera |en suspenso |en revision )?(?:el envio de |los envios de |el cobro de )?(?:sus|tus|los|las|su|tu) (?:estados? de cuenta|facturas?|cobros?|cargos?|recordatorios de pago|avisos de cobro|pagos?|mensualidades|cuotas|cuentas?)\b(?! (?:de (?:todas|todos|cualquier)|a (?:todas|todos)))|\b(?:sus|tus|su|tu) (?:estados? de cuenta|facturas?|cobros?|cargos?|cuenta|recordatorios de pago|avisos de cobro) (?:quedan|quedaron|queda|quedo|estan|esta|siguen|sigue|permanecen|permanece) (?:en pausa|en espera|en suspenso|suspendid[oa]s?|congelad[oa]s?|detenid[oa]s?|pausad[oa]s?)\b|\b(?:conciliamos|estamos conciliando|conciliaremos|revisamos|estamos revisando|revisaremos) (?:sus|tus) (?:pagos|cargos|cobros|facturas|estados de cuenta|abonos)\b",
            "Dice qué se hizo con los estados de cuenta o los pagos del lector ('pusimos en pausa sus estados de cuenta'): revela su cuenta",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # Buscar al lector en la agenda y decir que su nombre no está ("revisamos la agenda de
    # cinco años. Ese nombre no aparece. Ni una vez.").
    Pattern("es.relationship.name-not-found", r"\b(?:ese|este|el|dicho|tal) nombre (?:no|nunca|jamas) (?:(?:ha |han )?(?:aparece|aparecio|aparecido|figura|figuro|figurado|consta|consto|constado|esta|estuvo|sale|salio|existe)|(?:lo |la )?(?:encontramos|encontre|vimos|tenemos|hallamos))\b|\b(?:revisamos|buscamos|repasamos|consultamos|miramos|checamos|verificamos|fuimos|retrocedimos)(?: [a-z]+){0,4}? (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte|varios|muchos) (?:anos|meses) (?:atras|hacia atras)\b|\b(?:revisamos|buscamos|repasamos|consultamos|miramos|checamos|verificamos) (?:nuestra|la|nuestras|las|todos nuestros|los|nuestros) (?:agendas?|registros?|archivos?|expedientes|listas?|citas|calendarios?)(?: [a-z]+){0,2}? (?:de|desde|durante|en) (?:los|las) (?:ultimos|ultimas) (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez) (?:anos|meses|semanas)\b",
            "Busca al lector en la agenda o dice que su nombre no aparece: niega o confirma una relación de paciente",
            unless=(hedged,)),
]

PATIENT_RELATIONSHIP += [
    # "Que usted y su familia sigan siendo parte de la gran familia del Grupo...", "que su
    # familia siga con nosotros después de tantos años".
    Pattern("es.relationship.still-part-of-our-family", r"\b(?:usted|ustedes|tu|su familia|tu familia|sus hijos|tus hijos)(?: y (?:su|tu|sus|tus) (?:familia|hijos|hijas|ninos|esposa|esposo|familiares|seres queridos))? (?:siga|sigan|sigas|continue|continuen|continues|ha seguido|han seguido|has seguido) (?:siendo |formando )?(?:parte|miembros?) de (?:nuestra|la)(?: [a-z]+){0,4}? familia\b|\bque (?:(?:usted|ustedes|tu|su familia|tu familia|sus hijos|tus hijos)(?: y (?:su|tu|sus|tus) [a-z]+)? )?(?:siga|sigan|sigas|continue|continuen|continues) (?:con nosotros|confiando en nosotros|eligiendonos|viniendo|visitandonos|aqui)(?: [a-z]+){0,3}? (?:despues de|tras|durante|por|luego de|a lo largo de) (?:tantos|todos estos|muchos|tantisimos) anos\b",
            "Dice que el lector o su familia siguen siendo parte de la familia de la práctica, o siguen viniendo después de tantos años: confirma una relación de paciente",
            unless=(hedged,)),
]
