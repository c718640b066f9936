# ruff: noqa: E501  (sentence tables: one sentence a line reads better than a wrapped one)
"""Guardrail speed: cold start, replies/s and p50/p99 latency per reply, large replies.

    .venv/bin/python benchmarks/guard_bench.py [--count 10000]

1. Cold start: a fresh process imports the guardrail and checks one reply (target <= 0.3 s).
2. In process, one core: `check()` over N realistic drafts (a greeting, 2-6 sentences, the
   contact line, a sign-off; 35% Spanish, 40% with one unsafe sentence; every reply and
   review unique, so nothing a cache keyed by them could reuse), after warming up on other
   replies; wall-clock replies/s with p50/p99, and the same in CPU time (target >= 10,000
   replies/s).
3. `review-assistant guard --jsonl` as a subprocess on the same N cases, start-up included
   (target >= 2,000 replies/s).
4. 1 MB and 2 MB replies (time must not grow faster than size) and a 50 MB one (bounded:
   only the first 64 KB of a reply that far over the limit is checked).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guardrails import check  # noqa: E402

PRACTICES = [
    {"name": "Lakeside Family Dental", "phone": "(555) 014-2290",
     "email": "office@lakesidedental.example"},
    {"name": "Riverbend Family Medicine", "phone": "555-015-2204",
     "email": "admin@riverbendfm.example"},
    {"name": "Clínica Dental Alameda", "phone": "+1 555 016 7734",
     "email": "citas@clinicaalameda.example"},
]
GREETINGS_EN = ["", "", "Hi there,", "Hello,", "Dear reviewer,", "Thank you for your review."]
GREETINGS_ES = ["", "", "Hola,", "Estimado/a:", "¡Gracias por su reseña!"]
# Sentences an LLM drafter or an office manager writes; {a|b} picks one wording.
SAFE_EN = [
    "Thank you for taking the time to share {your feedback|your thoughts|these kind words}.",
    "We're {sorry|so sorry|truly sorry} to hear {you were disappointed|this fell short of what you expected}, and we'd welcome the chance to talk.",
    "We can't discuss anyone's care online because we protect {everyone's privacy|the privacy of every person who contacts us}.",
    "Our team works hard to make every family feel {welcome|at ease|respected}.",
    "We cannot confirm or deny whether anyone is a patient, as {privacy law requires|federal privacy law requires}.",
    "Billing questions are best handled by phone, where we can protect your privacy.",
    "We appreciate the {kind words|thoughtful note|honest feedback} and will share {them|it} with our staff.",
    "Comments like this help us {keep improving|see where we can do better|grow as a practice}.",
    "Our office is open {Monday through Friday|six days a week|early on weekdays}, and parking is free behind the building.",
    "We hold ourselves to a high standard of courtesy, and we take every concern seriously.",
    "Our {front desk|office manager|team} would be glad to listen and see what we can do.",
    "We want everyone who contacts us to feel heard and treated with respect.",
    "Every treatment plan we recommend is explained in plain language.",
    "It means a lot to {our whole team|everyone here} to read feedback like this.",
    "We're always working to shorten wait times for everyone who visits.",
    "If you'd like to talk about your concerns, we're here to help.",
]
UNSAFE_EN = [
    "Thanks for coming in last {Tuesday|Friday|week} for your {cleaning|checkup|follow-up}!",
    "We're glad your {root canal|crown|knee} {healed well|is feeling better}.",
    "Our records show you missed {two|three} appointments.",
    "Your {Aetna|Cigna|Delta Dental} plan doesn't cover {whitening|the second visit}.",
    "Take {400|600} mg of ibuprofen every {6|8} hours.",
    "Update your review and we'll give you a ${25|50} gift card.",
    "Dr. {Lowe|Patel|Nguyen} enjoyed seeing you at your checkup.",
    "Enjoy that bright new smile!",
    "As I mentioned when we spoke on the phone, the balance has been cleared.",
    "Give {Noah|Emma|Liam} a high-five from all of us.",
    "It's patients like you who make this job a joy.",
    "See you at your next {visit|appointment|cleaning}!",
]
SAFE_ES = [
    "Gracias por tomarse el tiempo de compartir {sus comentarios|su opinión}.",
    "Lamentamos que no haya quedado {satisfecho|satisfecha} y nos gustaría hablar con usted.",
    "No podemos confirmar ni negar si alguien es paciente.",
    "Nuestro equipo trabaja para que cada familia se sienta {bienvenida|escuchada|respetada}.",
    "Por respeto a la privacidad de todos, no comentamos detalles en línea.",
    "Sus comentarios nos ayudan a {mejorar|seguir mejorando} cada día.",
    "Nuestra oficina abre de lunes a {viernes|sábado} y hay estacionamiento gratuito.",
    "Queremos que cada persona que nos contacta se sienta {escuchada|atendida con respeto}.",
    "Con gusto {nuestra gerente|nuestro equipo} conversará con usted.",
    "Tomamos muy en serio cada comentario que recibimos.",
]
UNSAFE_ES = [
    "Gracias por su visita del {martes|jueves} pasado.",
    "Le esperamos en su próxima {consulta|cita|limpieza}.",
    "Según nuestros registros, su seguro no cubre el {blanqueamiento|tratamiento}.",
    "Tome ibuprofeno {400|600} mg cada {6|8} horas.",
    "Le ofrecemos un descuento si cambia su reseña.",
    "Que su hombro siga recuperándose con la terapia.",
    "Como le comenté en la llamada, ya corregimos el cobro.",
]
CONTACTS_EN = ["Please call our office at {phone}.", "Call us at {phone} any weekday.",
               "Please write to {email} and our manager will reply.",
               "You can reach our office manager directly at {phone}."]
CONTACTS_ES = ["Llámenos al {phone}.", "Escríbanos a {email} y le responderemos pronto.",
               "Puede comunicarse con nuestra gerente al {phone}."]
SIGNOFFS_EN = ["", "", "Warm regards, the {practice} team", "Sincerely, Maria, office manager"]
SIGNOFFS_ES = ["", "", "Atentamente, el equipo de {practice}", "Saludos, Maria"]
REVIEW_SENTENCES = [
    "Great {dentist|doctor|team}, my crown fits perfectly.", "Waited {an hour|45 minutes} for my cleaning.",
    "Billing mess after my root canal.", "Muy amables, pero esperé {mucho|una hora}.",
    "Friendly staff and a clean office.", "Never called me back about my biopsy results.",
    "The front desk was rude when I asked about {pricing|my bill}.", "Dr. Patel is the best!",
    "Me atendieron rápido y con cariño.", "Parking was a nightmare.",
    "They charged me twice for the same visit.", "My son loves coming here.",
]


def _fill(template: str, rng: random.Random, **values: str) -> str:
    """One wording of a template: "{a|b}" picks a or b; "{phone}" etc. take `values`."""
    def pick(m: re.Match[str]) -> str:
        options = m.group(1).split("|")
        return values[options[0]] if len(options) == 1 else rng.choice(options)
    return re.sub(r"\{([^{}]*)\}", pick, template)


def make_reply(rng: random.Random, spanish: bool, unsafe: bool, practice: dict) -> str:
    """A draft as one reads in the queue: an optional greeting, 2-6 sentences (one of them
    unsafe when `unsafe`), the practice's contact line and an optional sign-off."""
    safe, bad = (SAFE_ES, UNSAFE_ES) if spanish else (SAFE_EN, UNSAFE_EN)
    body = [_fill(s, rng) for s in rng.sample(safe, k=rng.randint(2, 6))]
    if unsafe:
        body[rng.randrange(len(body))] = _fill(rng.choice(bad), rng)
    greeting = rng.choice(GREETINGS_ES if spanish else GREETINGS_EN)
    contact = _fill(rng.choice(CONTACTS_ES if spanish else CONTACTS_EN), rng,
                    phone=practice["phone"], email=practice["email"])
    signoff = _fill(rng.choice(SIGNOFFS_ES if spanish else SIGNOFFS_EN), rng,
                    practice=practice["name"])
    reply = " ".join((*body, contact))
    if greeting:
        reply = f"{greeting}\n{reply}" if greeting.endswith((",", ":")) else f"{greeting} {reply}"
    return f"{reply}\n\n{signoff}" if signoff else reply


def make_cases(count: int, seed: int = 7) -> list[dict]:
    """`count` distinct replies (real replies are unique text: nothing a cache keyed by the
    reply could reuse), each with a review of its own; 35% Spanish, 40% with one unsafe
    sentence."""
    rng = random.Random(seed)
    cases: list[dict] = []
    seen: set[str] = set()
    while len(cases) < count:
        practice = rng.choice(PRACTICES)
        reply = make_reply(rng, rng.random() < 0.35, rng.random() < 0.4, practice)
        if reply in seen:
            continue
        seen.add(reply)
        review = " ".join(_fill(s, rng) for s in rng.sample(REVIEW_SENTENCES, rng.randint(1, 3)))
        cases.append({"id": f"b{len(cases)}", "reply": reply,
                      "review": f"{review} ({len(cases)})",
                      "reviewer_name": rng.choice(["Ana", "Bill", "Chris M.", "Dana"]),
                      "practice": {**practice, "signoff_names": ["Maria"]}})
    return cases


COLD_START_TARGET = 0.3
THROUGHPUT_TARGET = 10_000
COLD = """
import time
started = time.perf_counter()
from guardrails import check
check("Gracias por sus comentarios. Thanks for taking the time to write! "
      "Please call us at (555) 014-2290.", {"practice": {"phone": "(555) 014-2290"}})
print(time.perf_counter() - started)
"""


def bench_cold_start(runs: int = 7) -> None:
    """Import plus the first check, in fresh processes (median and worst of `runs`)."""
    times = sorted(float(subprocess.run([sys.executable, "-c", COLD], capture_output=True,
                                        cwd=ROOT, check=True, text=True).stdout)
                   for _ in range(runs))
    median = statistics.median(times)
    verdict = "meets" if median <= COLD_START_TARGET else "MISSES"
    print(f"cold start : import + first check() in a fresh process: median {median:.3f} s, "
          f"worst {times[-1]:.3f} s over {runs} runs ({verdict} the {COLD_START_TARGET} s "
          "target)")


def bench_in_process(cases: list[dict]) -> None:
    """Wall-clock rate and latencies, and the same in CPU time of this thread: on a shared
    machine other processes stretch wall time (a reply preempted for a time slice shows up
    as a 4 ms p99), CPU time is what one core spends on the guardrail."""
    # A server has been running a while: warm up on other replies (word lists loaded,
    # patterns compiled), then time replies it has never seen.
    measured = {case["reply"] for case in cases}
    for case in make_cases(1000, seed=8):
        if case["reply"] not in measured:
            check(case["reply"], case)
    wall, cpu = [], []
    started, started_cpu = time.perf_counter(), time.thread_time()
    for case in cases:
        t0, c0 = time.perf_counter(), time.thread_time()
        check(case["reply"], case)
        cpu.append(time.thread_time() - c0)
        wall.append(time.perf_counter() - t0)
    elapsed, elapsed_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
    rate, rate_cpu = len(cases) / elapsed, len(cases) / elapsed_cpu
    verdict = "meets" if rate >= THROUGHPUT_TARGET else "MISSES"
    print(f"in process : {len(cases):,} replies in {elapsed:.2f} s = {rate:,.0f} replies/s on "
          f"one core; p50 {_percentile(wall, 50):.0f} µs, p99 {_percentile(wall, 99):.0f} µs "
          f"({verdict} the {THROUGHPUT_TARGET:,} replies/s target)")
    print(f"  CPU time : {elapsed_cpu:.2f} s = {rate_cpu:,.0f} replies/s of CPU; p50 "
          f"{_percentile(cpu, 50):.0f} µs, p99 {_percentile(cpu, 99):.0f} µs "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def _percentile(seconds: list[float], percent: int) -> float:
    ordered = sorted(seconds)
    return ordered[min(len(ordered) - 1, len(ordered) * percent // 100)] * 1e6


CLI_TARGET = 2_000


def bench_cli(cases: list[dict]) -> None:
    """`review-assistant guard --jsonl` on the cases, start-up included; wall clock and the
    child's CPU time."""
    script = shutil.which("review-assistant", path=str(ROOT / ".venv" / "bin"))
    commands = [[script, "guard"]] if script else []
    commands.append([sys.executable, "-m", "slack_app.cli.guard"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.jsonl"
        path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
        for command in commands:  # the module alone if the script cannot run here
            before, started = os.times(), time.perf_counter()
            done = subprocess.run([*command, "--jsonl", str(path)], capture_output=True,
                                  cwd=ROOT, check=False)
            elapsed, after = time.perf_counter() - started, os.times()
            if done.returncode == 0:
                break
        else:
            raise SystemExit(f"guard --jsonl failed: {done.stderr.decode()[-500:]}")
    cpu = (after.children_user + after.children_system
           - before.children_user - before.children_system)
    lines = done.stdout.count(b"\n")
    name = " ".join([Path(command[0]).name, *command[1:]])
    verdict = "meets" if lines / elapsed >= CLI_TARGET else "MISSES"
    print(f"guard --jsonl ({name}): {lines:,} replies in {elapsed:.2f} s including start-up = "
          f"{lines / elapsed:,.0f} replies/s ({cpu:.2f} s CPU = {lines / cpu:,.0f}/s; {verdict} "
          f"the {CLI_TARGET:,} replies/s target)")


LARGE_UNITS = {
    "safe prose": "We appreciate every note from our community and read each one carefully. "
                  "Nos importa mucho su opinión. ",
    "dense unsafe": "Thanks for your visit, Tom! Take 500 mg twice a day, call 555-222-3333, "
                    "we can't discuss whether you are a patient and your Aetna claim ",
}


def bench_large() -> None:
    for label, unit in LARGE_UNITS.items():
        for megabytes in (1, 2, 50):
            size = megabytes * 1_000_000
            reply = (unit * (size // len(unit) + 1))[:size] + " Call (555) 014-2290."
            started = time.perf_counter()
            verdict = check(reply, {"practice": PRACTICES[0], "review": "root canal"})
            elapsed = time.perf_counter() - started
            rules = sorted({f.rule for f in verdict.findings})
            print(f"{megabytes} MB {label:<12}: {elapsed:.2f} s ({len(verdict.findings)} findings: "
                  f"{', '.join(rules)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    cases = make_cases(args.count)
    bench_cold_start()
    blocked = sum(not check(c["reply"], c).passed for c in cases[:1000])
    print(f"cases      : {args.count:,} (of the first 1,000, {blocked} blocked)")
    bench_in_process(cases)
    bench_cli(cases)
    bench_large()


if __name__ == "__main__":
    main()
