"""The archive's commands: ``factcheck index`` and ``factcheck archive stats``.

``run --against`` lives with ``run`` in validator/cli.py and calls ``checks_against``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Annotated

import typer


EXIT_OK, EXIT_NOT_ALL_ARCHIVED, EXIT_USAGE = 0, 1, 2

DbOption = Annotated[str, typer.Option(
    "--db", metavar="FILE|URL",
    help="The archive: a SQLite file (created if missing), or postgresql://user@host/db to share one "
         "archive between CI runners.")]

archive_app = typer.Typer(help="Inspect an archive of published articles.", no_args_is_help=True,
                          add_completion=False, rich_markup_mode=None)


def fail(message: str) -> typer.Exit:
    sys.stderr.write(f"factcheck: {message}\n")
    return typer.Exit(EXIT_USAGE)


def index_command(
    paths: Annotated[list[str], typer.Argument(help="Articles or folders of articles to archive.",
                                               metavar="PATH", show_default=False)],
    db: DbOption,
    prune: Annotated[bool, typer.Option("--prune", help="Remove archived articles that are no longer under PATH.")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print what was done as JSON.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, show_default=False,
                                             help="Worker processes extracting articles (default: every core).")] = None,
) -> None:
    """Archive the claims of published articles, so new ones can be checked against them.

    Incremental: unchanged files (same content hash) are skipped, changed ones replace their
    old claims. Each article is committed on its own: an interrupted index keeps every article
    it finished. Exit status: 0 when every article was archived, 1 when some could not be read
    (named on standard error; the others were archived), 2 when the archive cannot be used.

    Example: factcheck index published/ --db archive.sqlite
    """
    from ..reading import default_jobs
    from .indexing import index_paths
    from .store import ArchiveError, open_archive

    missing = [path for path in paths if not os.path.exists(path)]
    if missing:
        raise fail(f"no such file or directory: {missing[0]}")
    try:
        with open_archive(db, create=True) as archive:
            outcome = index_paths(paths, archive, prune=prune, jobs=jobs or default_jobs())
    except ArchiveError as error:
        raise fail(str(error)) from None
    for path, reason in outcome.failed:
        sys.stderr.write(f"factcheck: {path}: not archived: {reason}\n")
    if json_output:
        sys.stdout.write(outcome.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(f"archived into {db}: {len(outcome.added)} added, {len(outcome.updated)} updated, "
                         f"{len(outcome.skipped)} unchanged (skipped), {len(outcome.pruned)} pruned, "
                         f"{len(outcome.failed)} not readable\n")
    raise typer.Exit(EXIT_NOT_ALL_ARCHIVED if outcome.failed else EXIT_OK)


@archive_app.command("stats")
def stats_command(
    db: DbOption,
    json_output: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Documents, claims, entities and periods the archive covers.

    Example: factcheck archive stats --db archive.sqlite
    """
    from .store import ArchiveError, open_archive

    try:
        with open_archive(db) as archive:
            stats = archive.stats()
    except ArchiveError as error:
        raise fail(str(error)) from None
    if json_output:
        sys.stdout.write(json.dumps(stats.model_dump(), ensure_ascii=False, indent=2) + "\n")
        return
    periods = f"{stats.periods[0]} … {stats.periods[-1]} ({len(stats.periods)})" if stats.periods else "none"
    sys.stdout.write(f"archive {db} ({stats.backend}, schema {stats.schema_version})\n"
                     f"  documents  {stats.documents}\n  claims     {stats.claims}\n"
                     f"  entities   {stats.entities}\n  periods    {periods}\n")

