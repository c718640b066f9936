"""Build the guardrail's data files from public sources (run by a developer, never at run time).

    python guardrails/data/build_data.py confusables PATH/confusables.txt
    python guardrails/data/build_data.py words EN_COMMON_WORDS.json ES_COMMON_WORDS.json
    python guardrails/data/build_data.py names SSA_COUNTS.csv.gz INE_MALE.csv INE_FEMALE.csv \
        MX_MALE.csv MX_FEMALE.csv /usr/share/dict/american-english ES_HUNSPELL.dic

Where each source comes from (package, version, licence) is in `guardrails/data/README.md`.
Standard library only; the outputs are plain text files the guardrail reads.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent
COMMON_WORDS_KEPT = 25000  # the most frequent words of each language
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Spanish names that are inflected forms of words (the dictionary lists only the base form).
ES_NAME_WORDS = frozenset(
    [
        "dolores", "angeles", "remedios", "mercedes", "socorro", "consuelo", "amparo", "rocio",
        "rosario", "soledad", "milagros", "salud", "fe", "caridad", "gracia", "asuncion",
        "concepcion", "encarnacion", "natividad", "inmaculada", "estrella", "paloma", "azul",
        "luna", "cielo", "alegria", "belen", "reyes", "nieves", "luces"
    ])
SSA_MIN_COUNT = 3000  # births with the name, 1880-2017, all years and sexes together
INE_MIN_COUNT = 1000  # residents of Spain with the name
MX_MIN_COUNT = 100  # people with the name in the Mexican sample
# SSA placeholders and particles of compound Spanish names are not given names.
NOT_NAMES = frozenset({"unknown", "baby", "infant", "boy", "girl", "male", "female", "none",
                       "de", "del", "la", "las", "los", "y", "san", "santa", "el", "lo", "ca",
                       "car", "ma", "nombre", "senor", "dios", "nada", "cabeza", "asma"})
# Names a dictionary also lists in lower case that are read as names all the same.
READ_AS_NAMES = _words(
    "maria jose juan pedro luis jorge teresa carmen diego francisco martin marta rita cesar "
    "hector victor enrique ramon simon santiago manuela luisa claudia catalina magdalena lidia "
    "tamara veronica rebeca pamela samanta diana celia sonia ester marco mario noel leo jane "
    "john henry peter paul roger rene max")


def fold(word: str) -> str:
    """Lower case without accents, as the guardrail folds replies."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def build_confusables(source: Path) -> Path:
    """Keep the lines of UTS #39 confusables.txt that map one non-ASCII character to ASCII
    letters or digits (what folding needs), with the file's own header."""
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    header = [line for line in lines[:12] if line.startswith("#")]
    kept = []
    for line in lines:
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 3:
            continue
        source_cps = fields[0].split()
        target = "".join(chr(int(cp, 16)) for cp in fields[1].split())
        if len(source_cps) != 1 or int(source_cps[0], 16) < 0x80:
            continue
        if target.isascii() and target.isalnum() and len(target) <= 2:
            kept.append(line.rstrip())
    out = DATA / "confusables.txt"
    note = ["# Subset kept by guardrails/data/build_data.py: one non-ASCII character mapped to",
            "# at most two ASCII letters or digits."]
    out.write_text("\n".join([*header, *note, *kept]) + "\n", encoding="utf-8")
    return out


def _common_words(source: Path) -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    for word in json.loads(source.read_text(encoding="utf-8")):
        folded = fold(word)
        if folded.isalpha() and folded.isascii() and folded not in seen:
            seen.add(folded)
            words.append(folded)
    return words


def build_words(english: Path, spanish: Path) -> list[Path]:
    """The most frequent words of each language, most frequent first, folded."""
    written = []
    for code, source in (("en", english), ("es", spanish)):
        out = DATA / code / "common_words.txt"
        words = _common_words(source)[:COMMON_WORDS_KEPT]
        out.write_text("\n".join(words) + "\n", encoding="utf-8")
        written.append(out)
    return written


def _name_counts_csv(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for row in csv.reader(handle):
            if len(row) >= 2 and row[1].strip().isdigit():
                for part in row[0].split():
                    counts[fold(part)] += int(row[1])
    return counts


def _dictionary_words(english_dict: Path, spanish_dic: Path) -> set[str]:
    """Words a spelling dictionary lists in lower case: "grace", "will", "rosa", "luz" are
    words as well as names; "noah" and "maria" in the English list are not."""
    words = {line.strip() for line in english_dict.read_text(encoding="utf-8").splitlines()
             if line.strip().islower() and "'" not in line}
    for line in spanish_dic.read_text(encoding="utf-8").splitlines()[1:]:
        entry = line.split("/", 1)[0].strip()
        if entry.islower():
            words.add(fold(entry))
    return ({fold(w) for w in words} | ES_NAME_WORDS) - READ_AS_NAMES


def build_names(ssa: Path, ine_male: Path, ine_female: Path, mx_male: Path,
                mx_female: Path, english_dict: Path, spanish_dic: Path) -> list[Path]:
    """Given names, one a line; a name that is also a dictionary word is marked "word"."""
    common = _dictionary_words(english_dict, spanish_dic)
    english: Counter[str] = Counter()
    with gzip.open(ssa, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            english[fold(row["first_name"])] += int(row["count"])
    spanish: Counter[str] = Counter()
    for path, minimum in ((ine_male, INE_MIN_COUNT), (ine_female, INE_MIN_COUNT),
                          (mx_male, MX_MIN_COUNT), (mx_female, MX_MIN_COUNT)):
        for name, count in _name_counts_csv(path).items():
            if count >= minimum:
                spanish[name] = max(spanish[name], count)
    written = []
    for code, counts, minimum in (("en", english, SSA_MIN_COUNT), ("es", spanish, 1)):
        names = sorted(n for n, c in counts.items()
                       if c >= minimum and n.isalpha() and len(n) >= 2 and n not in NOT_NAMES)
        out = DATA / code / "given_names.txt"
        lines = [f"{n}\tword" if n in common else n for n in names]
        header = (f"# Given names ({len(names)}), folded; 'word' marks a name that is also a "
                  "dictionary word. Built by guardrails/data/build_data.py; sources in "
                  "guardrails/data/README.md.")
        out.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
        written.append(out)
    return written


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    command, paths = argv[0], [Path(p) for p in argv[1:]]
    builders = {"confusables": (build_confusables, 1), "words": (build_words, 2),
                "names": (build_names, 7)}
    if command not in builders or len(paths) != builders[command][1]:
        raise SystemExit(__doc__)
    print(builders[command][0](*paths))


if __name__ == "__main__":
    main(sys.argv[1:])
