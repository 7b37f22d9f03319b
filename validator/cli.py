"""The command line: thin commands that call the pipeline and hand results to a renderer."""

from __future__ import annotations

import inspect
import os
import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .archive.commands import archive_app, index_command

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from rich.console import Console

    from .records import Check, Extraction, Report

# The pipeline, the rules and rich are imported by the commands that use them: `factcheck
# --version` and `--help` answer at once.

app = typer.Typer(
    help="Check the figures of Chinese financial news articles before publication.\n\n"
         "Read articles (Jekyll posts, HTML, Markdown or text; UTF-8, GB18030/GBK or Big5), "
         "turn every figure into a typed claim, and cross-check the claims with rule modules.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_VIOLATIONS, EXIT_USAGE = 0, 1, 2
# A progress bar is worth drawing from this many files on.
_PROGRESS_FROM = 8


class Format(str, Enum):
    rich = "rich"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    gitlab = "gitlab"
    markdown = "markdown"
    html = "html"


class ClaimsFormat(str, Enum):
    rich = "rich"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Files or directories (searched recursively, in sorted order); - reads standard input.",
                   show_default=False, metavar="PATH"),
]
ClaimsFormatOption = Annotated[ClaimsFormat, typer.Option("--format", "-f", help="rich for people, json for machines.")]
JobsOption = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, show_default=False,
    help="Worker processes reading and checking documents (default: every core). The output is the same for any number.")]
MaxSecondsOption = Annotated[float, typer.Option(
    "--max-seconds", min=0.1, help="Time budget per document: a document past it is reported as not checked.")]
MaxBytesOption = Annotated[int, typer.Option(
    "--max-bytes", min=1, help="Size budget per document: a larger file is reported as not checked.")]
DEFAULT_MAX_SECONDS, DEFAULT_MAX_BYTES = 120.0, 20_000_000  # validator.reading's defaults, kept in step by a test


def _missing(paths: list[str]) -> list[str]:
    return [path for path in paths if path != "-" and not os.path.exists(path)]


def _nothing_to_read(extractions) -> bool:
    """An empty folder is a mistake worth an exit status, not a clean report."""
    if extractions:
        return False
    sys.stderr.write("factcheck: no articles found (looked for .txt, .md, .markdown, .html, .htm)\n")
    return True


def _report_missing(paths: list[str]) -> None:
    for path in paths:  # plain text: a long path must not be wrapped across lines
        sys.stderr.write(f"factcheck: no such file or directory: {path}\n")


def _console(table: bool = False) -> Console:
    """Text is left for the terminal to wrap (a path or a message is never cut in two);
    tables get room when the output goes to a file or a pipe instead of a terminal.
    NO_COLOR means no escape codes at all, not only no colour (bold and dim are codes too)."""
    from rich.console import Console

    plain = {"color_system": None} if os.environ.get("NO_COLOR") else {}
    console = Console(soft_wrap=not table, highlight=False, **plain)
    if table and not console.is_terminal:
        console = Console(width=160, highlight=False, **plain)
    return console


def _read(paths: list[str], jobs: int | None, max_seconds: float, max_bytes: int) -> Iterator[Extraction]:
    """The documents read into claims, one at a time, with a progress bar on standard error
    when it is a terminal and there are enough files to wait for."""
    from .documents import iter_paths
    from .reading import default_jobs, iter_extractions

    every_path = list(iter_paths(paths))
    options = {"jobs": jobs or default_jobs(), "max_seconds": max_seconds, "max_bytes": max_bytes}
    if len(every_path) < _PROGRESS_FROM or not sys.stderr.isatty() or os.environ.get("NO_COLOR"):
        yield from iter_extractions(every_path, **options)
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("reading", total=len(every_path))
        yield from iter_extractions(every_path, **options,
                                    on_progress=lambda done: progress.update(task, completed=done))


@app.command()
def claims(paths: PathsArgument, format: ClaimsFormatOption = ClaimsFormat.rich, jobs: JobsOption = None,
           max_seconds: MaxSecondsOption = DEFAULT_MAX_SECONDS, max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES) -> None:
    """Print every figure the extractor reads, per document, with its interval and context.

    Example: factcheck claims fixtures/seeds/ --format json
    """
    from . import render

    missing = _missing(paths)
    _report_missing(missing)
    from .spill import Spill

    read = _read([path for path in paths if path not in missing], jobs, max_seconds, max_bytes)
    with Spill() as spill:
        # Documents wait on disk, to come out in path order without all being held at once.
        for extraction in read:
            spill.add_extraction(extraction)
        empty = _nothing_to_read(spill.extractions) if not missing else False
        if format is ClaimsFormat.json:
            render.write_claims_json(sys.stdout.write, spill.extractions_by_path())
            sys.stdout.write("\n")
        else:
            console = _console(table=True)
            for extraction in spill.extractions_by_path():
                console.print(render.claims_tables([extraction]))
    raise typer.Exit(EXIT_USAGE if missing or empty else EXIT_OK)


RULE_HELP = "A rule id; repeat the option or separate ids with commas."


@app.command("run")
def run_command(
    paths: PathsArgument,
    format: Annotated[Format, typer.Option(
        "--format", "-f",
        help="rich (the editors' report), json, sarif (code scanning), junit, github (annotations), "
             "gitlab (Code Quality), markdown (a pull-request comment) or html (a standalone page).")] = Format.rich,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="FILE",
                                               help="Write the report to FILE instead of standard output.")] = None,
    show_passed: Annotated[bool, typer.Option("--show-passed", "-v", help="List passed checks too.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print the summary only (rich format).")] = False,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help="Violations that make the exit status 1: error (default), warning, info or never.",
        show_default=False)] = None,
    select: Annotated[list[str] | None, typer.Option("--select", metavar="RULE",
                                                     help="Run only these rules. " + RULE_HELP)] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", metavar="RULE",
                                                     help="Do not run these rules. " + RULE_HELP)] = None,
    severity: Annotated[list[str] | None, typer.Option(
        "--severity", metavar="RULE=LEVEL", help="Report a rule's violations at another level (error, warning, info).")] = None,
    allow_unreadable: Annotated[bool, typer.Option(
        "--allow-unreadable", help="Do not fail when a document could not be read (it is still reported).")] = False,
    baseline: Annotated[str | None, typer.Option(
        "--baseline", metavar="FILE", help="Report only violations not listed in FILE (written by --write-baseline).")] = None,
    write_baseline: Annotated[str | None, typer.Option(
        "--write-baseline", metavar="FILE", help="Record today's violations in FILE; later runs with --baseline FILE report only new ones.")] = None,
    against: Annotated[str | None, typer.Option(
        "--against", metavar="FILE|URL",
        help="Also check against the archive of published articles built by `factcheck index --db` "
             "(a SQLite file or a postgresql:// URL).")] = None,
    jobs: JobsOption = None,
    max_seconds: MaxSecondsOption = DEFAULT_MAX_SECONDS,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Check every document and print the report.

    Exit status: 0 when the gate passes, 1 when it fails — a violation at or above --fail-on
    (default: error), or a document that could not be read (unless --allow-unreadable) — and 2
    when the command could not run as asked (bad option or configuration, no such path; the
    other paths are still checked). Settings also come from [tool.factcheck] in the nearest
    pyproject.toml or factcheck.toml; the command line wins.

    Example: factcheck run posts/ --format sarif --output factcheck.sarif
    """
    from rules import all_rules

    from . import config, suppressions
    from .baseline import BaselineError, baseline_text, read_baseline, silence_known
    from .pipeline import build_report, check_in_groups
    from .reading import default_jobs
    from .spill import Spill

    every_rule = all_rules()
    try:
        settings = config.resolve((rule.ID for rule in every_rule), select=select, ignore=ignore,
                                  severity=severity, fail_on=fail_on.value if fail_on else None)
        known_violations = read_baseline(baseline) if baseline else None
    except (config.ConfigError, BaselineError) as problem:
        sys.stderr.write(f"factcheck: {problem}\n")
        raise typer.Exit(EXIT_USAGE)

    missing = _missing(paths)
    _report_missing(missing)
    rules = settings.rules(every_rule)
    directives: dict[str, tuple] = {}

    def noting_directives(extractions: Iterable[Extraction]) -> Iterator[Extraction]:
        for extraction in extractions:
            if extraction.directives:
                directives[extraction.path] = extraction.directives
            yield extraction

    def finish(check: Check) -> Check:
        return suppressions.silence_by_articles(settings.with_severity(check), directives)

    read = noting_directives(_read([path for path in paths if path not in missing], jobs, max_seconds, max_bytes))
    with Spill() as spill:
        if against is None:
            run = check_in_groups(read, rules, spill, finish, jobs=jobs or default_jobs())
            head, streamed = run.head(), run.checks()
        else:
            extractions = list(read)
            checks, consulted = _checks_against(extractions, rules, against)
            head = suppressions.silence_in_articles(
                build_report(extractions, [settings.with_severity(check) for check in checks], archived=consulted),
                directives)
            streamed = None
        empty = _nothing_to_read([d for d in head.documents if not d.archived]) if not missing else False
        problems = suppressions.unknown_rule_problems(directives, (rule.ID for rule in every_rule))
        for problem in problems:
            sys.stderr.write(f"factcheck: {problem}\n")
        if streamed is not None and format is Format.json and not (write_baseline or known_violations is not None):
            # The audit of an archive: checks go from disk to the output one at a time.
            _emit_json_streamed(head, streamed, output)
            report = head
        else:
            report = head if streamed is None else head.model_copy(update={"checks": tuple(streamed)})
            if write_baseline:
                _write(write_baseline, baseline_text(report))
                known_violations = read_baseline(write_baseline)
            if known_violations is not None:
                report = silence_known(report, known_violations)
            _emit(report, format, output, show_passed=show_passed, quiet=quiet)
    if missing or empty or problems:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(gate_status(report, settings.fail_on, allow_unreadable=allow_unreadable))


def _checks_against(extractions: list[Extraction], rules: list, against: str) -> tuple[list, list[Extraction]]:
    """The rules over the documents and the archive's related claims (--against)."""
    from .archive import ArchiveError, checks_against, open_archive

    try:
        with open_archive(against) as archive:
            return checks_against(extractions, archive, rules)
    except ArchiveError as problem:
        sys.stderr.write(f"factcheck: {problem}\n")
        raise typer.Exit(EXIT_USAGE) from None


def gate_status(report: Report, fail_on: str, *, allow_unreadable: bool = False) -> int:
    """1 when the gate fails: a violation that counts at or above ``fail_on``, or a document
    that was not checked because it could not be read; else 0."""
    summary = report.summary
    at_or_above = {
        "error": summary.errors,
        "warning": summary.errors + summary.warnings,
        "info": summary.errors + summary.warnings + summary.info,
        "never": 0,
    }[fail_on]
    unreadable = sum(1 for document in report.documents if document.error)
    return EXIT_VIOLATIONS if at_or_above or (unreadable and not allow_unreadable) else EXIT_OK


def _formatted(report: Report, format: Format) -> str:
    """The report in a machine format (every format but rich)."""
    from . import render

    if format is Format.json:
        return render.report_json(report)
    if format is Format.sarif:
        from .formats.sarif import report_sarif
        return report_sarif(report)
    if format is Format.junit:
        from .formats.junit import report_junit
        return report_junit(report)
    if format is Format.github:
        from .formats.github import report_github
        return report_github(report)
    if format is Format.gitlab:
        from .formats.gitlab import report_gitlab
        return report_gitlab(report)
    if format is Format.markdown:
        from .render_markdown import report_markdown
        return report_markdown(report)
    from .render_html import report_html
    return report_html(report)


def _emit(report: Report, format: Format, output: str | None, *, show_passed: bool, quiet: bool) -> None:
    if format is Format.rich:
        from rich.console import Console

        from . import render

        renderable = render.report_renderable(report, show_passed=show_passed, quiet=quiet)
        if output is None:
            _console().print(renderable)
        else:
            with open(output, "w", encoding="utf-8") as handle:
                Console(file=handle, width=120, color_system=None, highlight=False).print(renderable)
        return
    text = _formatted(report, format)
    if output is None:
        sys.stdout.write(text.rstrip("\n") + "\n")
    else:
        _write(output, text.rstrip("\n") + "\n")
    if format is Format.github and os.environ.get("GITHUB_STEP_SUMMARY"):
        # Annotations show a few findings per step; the job summary shows them all.
        from .render_markdown import report_markdown
        try:
            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
                handle.write(report_markdown(report).rstrip("\n") + "\n")
        except OSError as problem:  # the annotations are out already: the gate still decides
            sys.stderr.write(f"factcheck: cannot append to GITHUB_STEP_SUMMARY ({problem.strerror or problem})\n")


def _emit_json_streamed(head: Report, checks: Iterable[Check], output: str | None) -> None:
    """The JSON report written as its checks are read back from disk (``render.write_report_json``)."""
    from . import render

    try:
        handle = sys.stdout if output is None else open(output, "w", encoding="utf-8")
    except OSError as problem:
        sys.stderr.write(f"factcheck: cannot write {output} ({problem.strerror or problem})\n")
        raise typer.Exit(EXIT_USAGE)
    try:
        render.write_report_json(handle.write, head, checks)
        handle.write("\n")
    finally:
        if handle is not sys.stdout:
            handle.close()


def _write(path: str, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as problem:
        sys.stderr.write(f"factcheck: cannot write {path} ({problem.strerror or problem})\n")
        raise typer.Exit(EXIT_USAGE)


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. share-of-total.")]) -> None:
    """Print a rule's documentation: what it checks, why, and a wrong and a right example."""
    from rules import all_rules, rule_by_id

    rule = rule_by_id(rule_id)
    if rule is None:
        known = ", ".join(module.ID for module in all_rules())
        sys.stderr.write(f"factcheck: no rule '{rule_id}'. Known rules: {known}\n")
        raise typer.Exit(EXIT_USAGE)
    console = _console()
    console.print(f"{rule.ID} — {rule.SUMMARY} (default severity: {rule.SEVERITY})", style="bold")
    console.print(inspect.cleandoc(rule.__doc__ or ""), markup=False)


app.command("index")(index_command)
app.add_typer(archive_app, name="archive")


@app.command("rules")
def list_rules() -> None:
    """List every rule with its id, default severity and summary."""
    from rules import all_rules

    console = _console()
    for rule in all_rules():
        console.print(f"{rule.ID:<22} {rule.SEVERITY:<8} {rule.SUMMARY}", markup=False)


def _version(value: bool) -> None:
    if value:
        print(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Also print on standard error the traceback of a document that could not be read "
                        "(the report keeps its one-line reason).")] = False,
) -> None:
    """Check the figures of Chinese financial news articles before publication."""
    if debug:
        from . import reading

        reading.DEBUG = True
    else:
        # Typer has just installed its own hook, which prints a traceback with its locals.
        sys.excepthook = _one_line_failure


def _one_line_failure(kind: type[BaseException], failure: BaseException, trace) -> None:
    """A failure no document caught (a bug of factcheck itself) in one line, not a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.stderr.write("factcheck: interrupted\n")
        return
    said = " ".join(str(failure).split())
    sys.stderr.write(f"factcheck: internal error ({kind.__name__}: {said}); "
                     "run again with --debug to see the traceback\n")
