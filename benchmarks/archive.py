"""The archive at newsroom scale: index a generated archive, then check one article against it.

    .venv/bin/python benchmarks/archive.py [--articles 50000] [--db archive.sqlite | --db postgresql://…]
                                           [--work DIR] [--repeat 20]

1. generates ``--articles`` results articles (benchmarks/synthetic.py) under ``--work``;
2. times ``factcheck index WORK/corpus --db DB`` end to end (one process), and a second,
   incremental ``index`` over the same unchanged files;
3. writes one new article (the next quarter of an archived company) and times
   ``factcheck run NEW --against DB`` end to end, and, in process, the part that reads the
   archive and runs the rules (``checks_against``), as the median of ``--repeat`` runs.

Prints the figures and the archive's size; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import article, generate  # noqa: E402

FACTCHECK = str(Path(sys.executable).parent / "factcheck")


def _timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--db", help="archive to build (default: WORK/archive.sqlite)")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed)")
    parser.add_argument("--repeat", type=int, default=20)
    arguments = parser.parse_args()

    work = arguments.work or Path(tempfile.mkdtemp(prefix="factcheck-archive-bench-"))
    corpus = work / "corpus"
    db = arguments.db or str(work / "archive.sqlite")
    try:
        if not corpus.exists():
            started = time.perf_counter()
            generate(corpus, arguments.articles)
            print(f"generated {arguments.articles} articles in {time.perf_counter() - started:.1f} s")

        seconds, result = _timed([FACTCHECK, "index", str(corpus), "--db", db])
        print(f"index (first):       {seconds:8.1f} s  {arguments.articles / seconds:7.1f} articles/s   "
              f"{result.stdout.strip()}")
        if result.returncode not in (0, 1):
            sys.exit(result.stderr)
        seconds, result = _timed([FACTCHECK, "index", str(corpus), "--db", db])
        print(f"index (unchanged):   {seconds:8.1f} s  {result.stdout.strip()}")
        _, result = _timed([FACTCHECK, "archive", "stats", "--db", db])
        print(result.stdout.rstrip())
        if not db.startswith("postgres"):
            print(f"archive file: {os.path.getsize(db) / 1e6:.0f} MB")

        # The next quarter of an archived company: it shares entity and metrics with ten articles.
        company = random.Random(1).randrange(max(1, arguments.articles // 10))
        name, text = article(company, 10, random.Random(2), inject_error=False, quarters=11)
        new = work / "new" / name
        new.parent.mkdir(parents=True, exist_ok=True)
        new.write_text(text, encoding="utf-8")

        runs = [_timed([FACTCHECK, "run", str(new), "--against", db, "--format", "json"]) for _ in range(3)]
        print(f"run --against (end to end, process start included): "
              f"{statistics.median(seconds for seconds, _ in runs):.2f} s")

        from rules import all_rules
        from validator.archive import checks_against, open_archive
        from validator.pipeline import read_claims

        extractions, rules = read_claims([str(new)]), all_rules()
        keys = {(claim.entity, claim.metric_key) for extraction in extractions for claim in extraction.claims
                if claim.entity and claim.metric_key}
        timings, lookups, consulted, checks = [], [], [], []
        with open_archive(db) as archive:
            for _ in range(arguments.repeat):
                started = time.perf_counter()
                archive.related(keys)
                lookups.append(time.perf_counter() - started)
                started = time.perf_counter()
                checks, consulted = checks_against(extractions, archive, rules)
                timings.append(time.perf_counter() - started)
            stats = archive.stats()
        print(f"archive lookup alone ({len(keys)} (entity, metric) keys): "
              f"median {statistics.median(lookups) * 1000:.1f} ms")
        across = sum(1 for check in checks if len({location.path for location in check.locations}) > 1)
        print(f"checks_against one article, {stats.claims} archived claims: "
              f"median {statistics.median(timings) * 1000:.1f} ms over {arguments.repeat} runs; "
              f"{len(consulted)} archived articles consulted, {across} cross-report checks")
    finally:
        if arguments.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
