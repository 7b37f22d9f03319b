"""The command line: thin commands that call the pipeline and hand results to a renderer."""

from __future__ import annotations

import inspect
import os
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .pipeline import build_report, read_claims, run_rules
from .corpus import Corpus
from . import render

app = typer.Typer(
    help="Check the figures of Chinese financial news articles before publication.\n\n"
         "Read articles (Jekyll posts, HTML, Markdown or text; UTF-8, GB18030/GBK or Big5), "
         "turn every figure into a typed claim, and cross-check the claims with rule modules.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_VIOLATIONS, EXIT_USAGE = 0, 1, 2


class Format(str, Enum):
    rich = "rich"
    json = "json"


PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Files or directories (searched recursively, in sorted order); - reads standard input.",
                   show_default=False, metavar="PATH"),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="rich for people, json for machines.")]


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
    tables get room when the output goes to a file or a pipe instead of a terminal."""
    console = Console(soft_wrap=not table, highlight=False)
    if table and not console.is_terminal:
        console = Console(width=160, highlight=False)
    return console


@app.command()
def claims(paths: PathsArgument, format: FormatOption = Format.rich) -> None:
    """Print every figure the extractor reads, per document, with its interval and context.

    Example: factcheck claims fixtures/seeds/ --format json
    """
    missing = _missing(paths)
    _report_missing(missing)
    extractions = read_claims(path for path in paths if path not in missing)
    empty = _nothing_to_read(extractions) if not missing else False
    if format is Format.json:
        sys.stdout.write(render.claims_json(extractions) + "\n")
    else:
        _console(table=True).print(render.claims_tables(extractions))
    raise typer.Exit(EXIT_USAGE if missing or empty else EXIT_OK)


@app.command("run")
def run_command(
    paths: PathsArgument,
    format: FormatOption = Format.rich,
    show_passed: Annotated[bool, typer.Option("--show-passed", help="List passed checks too (rich format).")] = False,
) -> None:
    """Check every document and print the report.

    Exit status: 0 when no error-level violation was found, 1 when one was, 2 when the command
    could not run as asked (bad option, no such path; the other paths are still checked).

    Example: factcheck run fixtures/seeds/ --format json > report.json
    """
    from rules import all_rules

    missing = _missing(paths)
    _report_missing(missing)
    extractions = read_claims(path for path in paths if path not in missing)
    empty = _nothing_to_read(extractions) if not missing else False
    checks = run_rules(Corpus(extractions), all_rules())
    report = build_report(extractions, checks)
    if format is Format.json:
        sys.stdout.write(render.report_json(report) + "\n")
    else:
        _console().print(render.report_renderable(report, show_passed=show_passed))
    if missing or empty:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_VIOLATIONS if report.summary.errors else EXIT_OK)


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
) -> None:
    """Check the figures of Chinese financial news articles before publication."""
