"""Guardrail speed: cold start, replies/s and p50/p99 latency per reply, large replies.

    .venv/bin/python benchmarks/guard_bench.py [--count 10000]

1. Cold start: a fresh process imports the guardrail and checks one reply (target <= 0.3 s).
2. In process, one core: `check()` over N realistic replies (safe and unsafe, English and
   Spanish; target >= 10,000 replies/s).
3. `review-assistant guard --jsonl` as a subprocess on the same N cases, start-up included.
4. 1 MB and 2 MB replies (time must not grow faster than size) and a 50 MB one (bounded:
   only the first 64 KB of a reply that far over the limit is checked).
"""

from __future__ import annotations

import argparse
import json
import random
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

PRACTICE = {"name": "Lakeside Family Dental", "phone": "(555) 014-2290",
            "email": "office@lakesidedental.example"}
CONTACTS = ["Please call our office at (555) 014-2290.", "Call us at 555-014-2290.",
            "Write to office@lakesidedental.example.", "Llámenos al 555.014.2290.",
            "Escríbanos a office@lakesidedental.example."]
SAFE_EN = [
    "Thank you for taking the time to share your feedback.",
    "We're sorry to hear you were disappointed, and we'd welcome the chance to talk.",
    "We can't discuss anyone's care online because we protect everyone's privacy.",
    "Our team works hard to make every family feel welcome.",
    "We cannot confirm or deny whether anyone is a patient, as privacy law requires.",
    "Billing questions are best handled by phone, where we can protect your privacy.",
    "We appreciate the kind words and will share them with our staff.",
]
UNSAFE_EN = [
    "Thanks for coming in last Tuesday for your cleaning!",
    "We're glad your root canal healed well.",
    "Our records show you missed two appointments.",
    "Your Aetna plan doesn't cover whitening.",
    "Take 400 mg of ibuprofen every 6 hours.",
    "Update your review and we'll give you a $25 gift card.",
    "Dr. Lowe enjoyed seeing you at your checkup.",
]
SAFE_ES = [
    "Gracias por tomarse el tiempo de compartir sus comentarios.",
    "Lamentamos que no haya quedado satisfecho y nos gustaría hablar con usted.",
    "No podemos confirmar ni negar si alguien es paciente.",
    "Nuestro equipo trabaja para que cada familia se sienta bienvenida.",
]
UNSAFE_ES = [
    "Gracias por su visita del martes pasado.",
    "Le esperamos en su próxima consulta.",
    "Según nuestros registros, su seguro no cubre el blanqueamiento.",
    "Tome ibuprofeno 400 mg cada 8 horas.",
    "Le ofrecemos un descuento si cambia su reseña.",
]
REVIEWS = ["Great dentist, my crown fits perfectly", "Waited an hour for my cleaning",
           "Billing mess after my root canal", "Muy amables, pero esperé mucho",
           "Friendly staff", "Never called me back about my biopsy results"]


def make_cases(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        spanish = rng.random() < 0.35
        unsafe = rng.random() < 0.4
        pool = (UNSAFE_ES if unsafe else SAFE_ES) if spanish else (UNSAFE_EN if unsafe else SAFE_EN)
        sentences = rng.sample(pool, k=min(len(pool), rng.randint(1, 3)))
        reply = " ".join([*sentences, rng.choice(CONTACTS[3:] if spanish else CONTACTS[:3])])
        cases.append({"id": f"b{i}", "reply": reply, "review": rng.choice(REVIEWS),
                      "reviewer_name": rng.choice(["Ana", "Bill", "Chris M.", "Dana"]),
                      "practice": PRACTICE})
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
    for case in cases[:200]:  # warm the caches (lexicon load, regex compile)
        check(case["reply"], case)
    latencies = []
    started = time.perf_counter()
    for case in cases:
        t0 = time.perf_counter()
        check(case["reply"], case)
        latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    latencies.sort()
    p50 = statistics.median(latencies) * 1e6
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1e6
    rate = len(cases) / elapsed
    verdict = "meets" if rate >= THROUGHPUT_TARGET else "MISSES"
    print(f"in process : {len(cases):,} replies in {elapsed:.2f} s = "
          f"{rate:,.0f} replies/s on one core; p50 {p50:.0f} µs, p99 {p99:.0f} µs "
          f"({verdict} the {THROUGHPUT_TARGET:,} replies/s target)")


def bench_cli(cases: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.jsonl"
        path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
        script = shutil.which("review-assistant", path=str(ROOT / ".venv" / "bin"))
        command = ([script, "guard"] if script else
                   [sys.executable, "-m", "slack_app.cli.guard"])
        started = time.perf_counter()
        done = subprocess.run([*command, "--jsonl", str(path)], capture_output=True, cwd=ROOT,
                              check=False)
        elapsed = time.perf_counter() - started
    if done.returncode != 0:  # e.g. another subcommand module missing in a partial tree
        command = [sys.executable, "-m", "slack_app.cli.guard"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "cases.jsonl"
            path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
            started = time.perf_counter()
            done = subprocess.run([*command, "--jsonl", str(path)], capture_output=True,
                                  cwd=ROOT, check=True)
            elapsed = time.perf_counter() - started
    lines = done.stdout.count(b"\n")
    print(f"guard --jsonl ({' '.join(Path(command[0]).name for _ in [0])}"
          f"{' ' + ' '.join(command[1:]) if len(command) > 1 else ''}): {lines:,} replies in "
          f"{elapsed:.2f} s including start-up = {lines / elapsed:,.0f} replies/s")


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
            verdict = check(reply, {"practice": PRACTICE, "review": "root canal"})
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
