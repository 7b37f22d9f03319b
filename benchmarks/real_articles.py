"""Measure factcheck on the real-article corpora with ../shared/tools/realeval.py.

    .venv/bin/python benchmarks/real_articles.py [--shared ../shared] [--no-mutations] [--json-dir DIR]

Runs realeval on every corpus of ``SHARED/corpus`` (``real`` and ``feeds``) with this checkout's
``factcheck`` and prints realeval's summary line for each, then the relations still missed,
counted by kind. The corpora are third-party text kept outside the repository: when they are
not there, the benchmark says so and exits 0 (nothing to measure is not a failure of the code).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default: ../shared)")
    parser.add_argument("--no-mutations", action="store_true", help="skip the altered-figure runs (minutes)")
    parser.add_argument("--json-dir", help="keep realeval's JSON of every miss here")
    args = parser.parse_args()
    shared = Path(args.shared)
    tool = shared / "tools" / "realeval.py"
    corpora = [path for path in sorted((shared / "corpus").glob("*")) if (path / "answer_key.jsonl").exists()]
    if not tool.exists() or not corpora:
        print(f"no real-article corpus under {shared}: nothing measured")
        return 0
    factcheck = Path(sys.executable).parent / "factcheck"
    out_dir = Path(args.json_dir) if args.json_dir else Path(tempfile.mkdtemp(prefix="realeval-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for corpus in corpora:
        report = out_dir / f"{corpus.name}.json"
        command = [sys.executable, str(tool), str(corpus), "--factcheck", str(factcheck), "--show", "0",
                   "--json", str(report)] + (["--no-mutations"] if args.no_mutations else [])
        finished = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        summary = finished.stdout.strip().splitlines()[-1] if finished.stdout.strip() else finished.stderr.strip()
        print(f"{corpus.name}: {summary}")
        missed = json.loads(report.read_text(encoding="utf-8"))["missed"]
        by_kind = collections.Counter(line.split()[1].rstrip(":") for line in missed)
        print("  still missed, by kind: " + ", ".join(f"{kind} {count}" for kind, count in by_kind.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
