"""The function words of each language the detector knows (articles, pronouns, prepositions,
courtesy words: the words every sentence needs, whatever its topic), accent-folded, and the
distinctive ones that outweigh shared words."""

from __future__ import annotations

SUPPORTED = ("en", "es")

def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Function words, accent-folded (matching runs on folded text). A word shared by several
# languages counts for each of them; distinctive words decide.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with",
            "per", "non", "via",
            "from", "by", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should",
            "may", "might", "must", "shall", "we", "us", "our", "ours", "you", "your", "yours", "i",
            "me", "my", "he", "she", "it", "its", "they", "them", "their", "this", "that", "these",
            "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where",
            "why", "how", "not", "no", "yes", "if", "so", "than", "then", "very", "just", "also",
            "please", "thank", "thanks", "hello", "hi", "dear", "sorry", "glad", "happy", "hope",
            "would", "welcome", "appreciate", "feedback", "review", "call", "reach", "team",
            "office", "any", "all", "every", "each", "anyone", "more", "most", "much", "many",
            "some", "such", "only", "into", "out", "up", "over", "again", "our", "we're", "you're",
            "it's", "don't", "can't", "won't", "we'd", "we'll", "i'm", "let", "let's",
        ]
    ),
    "es": frozenset(
        [
            "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "de", "del",
            "al", "a", "en", "con", "por", "para", "sin", "sobre", "entre", "es", "son", "fue",
            "fueron", "ser", "estar", "esta", "estan", "estamos", "esto", "este", "estos", "estas",
            "ese", "esa", "eso", "que", "quien", "cual", "cuando", "donde", "como", "muy", "mas",
            "menos", "ya", "tambien", "no", "si", "su", "sus", "usted", "ustedes", "le", "les",
            "lo", "nos", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis", "yo", "tu",
            "gracias", "hola", "estimado", "estimada", "lamentamos", "sentimos", "agradecemos",
            "comentario", "comentarios", "favor", "llame", "llamenos", "comuniquese", "oficina",
            "equipo", "todo", "todos", "cada", "hay", "ha", "han", "hemos", "puede", "podemos",
            "queremos", "nos", "cualquier", "siempre",
            # Spain's "vosotros" forms: "Os agradecemos vuestras palabras".
            "os", "vosotros", "vosotras", "vuestro", "vuestra", "vuestros", "vuestras",
        ]
    ),
    "fr": frozenset(
        [
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "est", "sont",
            "etait", "avec", "pour", "par", "sans", "sur", "dans", "nous", "vous", "votre", "vos",
            "notre", "nos", "je", "tu", "il", "elle", "ils", "elles", "ce", "cette", "ces", "qui",
            "que", "quoi", "ne", "pas", "plus", "merci", "bonjour", "cher", "chere",
            "desole", "desoles", "avons", "etes", "sommes", "aux", "au", "c'est", "n'hesitez",
            "nous-memes", "tout", "tous", "toute", "equipe", "cabinet", "appeler", "d'un", "d'une",
            "l'equipe", "qu'il",
        ]
    ),
    "de": frozenset(
        [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "und",
            "oder", "aber", "ist", "sind", "war", "waren", "mit", "fur", "von", "zu", "zum", "zur",
            "auf", "aus", "bei", "nach", "wir", "uns", "unser", "unsere", "sie", "ihr", "ihre",
            "ich", "du", "er", "es", "nicht", "kein", "keine", "sehr", "danke", "vielen", "bitte",
            "hallo", "liebe", "lieber", "leid", "gerne", "auch", "noch", "wie", "was", "wer",
            "wenn", "dass", "ihnen", "team", "praxis", "rufen", "an",
        ]
    ),
    "pt": frozenset(
        [
            "o", "a", "os", "as", "um", "uma", "uns", "umas", "e", "ou", "mas", "de", "do", "da",
            "dos", "das", "em", "no", "na", "nos", "nas", "com", "por", "para", "pelo", "pela",
            "sem", "sobre", "e", "sao", "foi", "foram", "ser", "estar", "esta", "estao", "nos",
            "voce", "voces", "seu", "sua", "seus", "suas", "nosso", "nossa", "nossos", "nossas",
            "obrigado", "obrigada", "ola", "muito", "mais", "nao", "sim", "que", "quem", "quando",
            "onde", "como", "ja", "tambem", "lamentamos", "equipe", "consultorio", "ligue",
            "agradecemos", "comentario", "ao", "aos", "sempre", "ajudar", "ajuda", "entao",
            "temos", "tem", "isso",
        ]
    ),
    "it": frozenset(
        [
            "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o", "ma", "di", "del",
            "della", "dei", "delle", "degli", "da", "dal", "dalla", "in", "nel", "nella", "con",
            "per", "su", "tra", "fra", "e", "sono", "era", "erano", "essere", "noi", "voi", "lei",
            "suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "vostro", "che", "chi",
            "quando", "dove", "come", "molto", "piu", "non", "si", "grazie", "ciao", "gentile",
            "ci", "ti", "siamo", "abbiamo", "vi", "anche", "tutto", "tutti", "ogni", "nostra",
            "studio", "chiami",
        ]
    ),
    # Catalan, which an office may slip into a Spanish reply's sign-off ("Moltes gràcies i
    # fins aviat!"); the words it shares with Spanish tie, and a tie goes to Spanish.
    "ca": frozenset(
        [
            "els", "les", "uns", "unes", "i", "dels", "als", "amb", "per", "sense", "som",
            "molt", "moltes", "molts", "gracies", "merces", "fins", "aviat",
            "vostra", "vostre", "nostra", "nostre", "nosaltres", "vosaltres", "sisplau", "adeu",
            "tambe", "doncs", "perque", "aquest", "aquesta", "ens", "sap", "greu", "rebre",
            "volem", "ningu", "tracte", "hem", "heu", "seva", "vam", "aixo", "avui", "ahir",
            "dema", "tenim", "podem", "voleu", "disculpes", "sentim", "lamentem", "truqui",
        ]
    ),
    # Galician, close to Spanish and Portuguese ("Moitas grazas por tomarse o tempo").
    "gl": frozenset(
        [
            "moitas", "moitos", "grazas", "unha", "unhas", "moi", "tamen", "coa", "cos",
            "coas", "polo", "pola", "polos", "polas", "vostede", "vostedes", "noso", "nosa",
            "nosos", "nosas", "agardamos", "tempo", "ata", "axuda", "axudar", "chamar",
            "chame", "ningunha", "algunha", "isto", "iso", "onde",
        ]
    ),
    # Dutch: none of the words English or Spanish share ("de", "en", "is", "te", "al", "met").
    "nl": frozenset(
        [
            "het", "een", "voor", "uw", "wij", "ons", "onze", "zijn", "er", "niet", "bij",
            "naar", "dank", "bedankt", "graag", "jullie", "dit", "dat", "wordt", "worden",
            "kunt", "kunnen", "heeft", "hebben", "ook", "maar", "nog", "wel", "omdat", "zodat",
            "altijd", "uit", "hier", "deze", "mee", "praktijk", "bezoek",
        ]
    ),
}
# Words so distinctive that one of them outweighs shared ones.
STRONG_WORDS: dict[str, frozenset[str]] = {
    "en": _word_set("the and you your we our thank thanks with please"),
    "es": _word_set("usted gracias nuestro nuestra los del muy lamentamos llame "
                    "estimado comuniquese ustedes vuestro vuestra vuestros vuestras vosotros "
                    "vosotras"),
    # Not "les" or "tres" ("très"): Spanish has them too ("Les pedimos paciencia", "tres sábados").
    "fr": _word_set("vous votre nous merci avec pas desole sommes"),
    "de": _word_set("und der die das ist wir nicht danke bitte ihnen sehr"),
    "pt": _word_set("voce obrigado obrigada nao nosso nossa muito pela pelo sempre ajudar ajuda "
                    "entao tambem temos voces estao sao"),
    "it": _word_set("il della grazie gli sono nostro nostra molto siamo abbiamo"),
    "ca": _word_set("moltes gracies aviat amb els dels vostra vostre nosaltres vosaltres sisplau "
                    "merces doncs adeu ens greu rebre volem ningu lamentem truqui"),
    "nl": _word_set("het uw wij onze bedankt graag niet naar jullie wordt hebben ook voor "
                    "praktijk bezoek"),
    "gl": _word_set("moitas moitos grazas unha unhas moi tamen coa pola polo vostede ningunha "
                    "algunha axuda"),
}
