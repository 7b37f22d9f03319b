"""Configuration of the gate: which rules run, at which severity, and what fails the run.

Read from ``[tool.factcheck]`` in a ``pyproject.toml`` or from a ``factcheck.toml``, the nearest
one found walking up from the current directory (in one directory, ``factcheck.toml`` wins: a
file of its own is the more specific choice; a ``pyproject.toml`` without ``[tool.factcheck]``
is passed over). Options given on the command line win over the file, key by key (a rule given
to --select runs even when the file ignores it); severity overrides merge rule by rule.

    [tool.factcheck]
    select = ["share-of-total", "growth-prior"]   # only these rules (default: every rule)
    ignore = ["repeated-figure"]                  # never these (wins over select in the file)
    fail-on = "warning"                           # error (default) | warning | info | never
    [tool.factcheck.severity]
    date-order = "error"

No rule declares tolerance settings of its own today (its widths, such as 近's 90%, are
constants of the arithmetic), so the configuration has no tolerance keys: an unknown key is
an error, never silently ignored.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Literal

from pydantic import Field

from .records import Check, Record, Severity

FailOn = Literal["error", "warning", "info", "never"]
FAIL_ON_LEVELS: tuple[str, ...] = ("error", "warning", "info", "never")
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
KEYS: tuple[str, ...] = ("select", "ignore", "severity", "fail-on")
CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"


class ConfigError(Exception):
    """A configuration that cannot be used; the message is one line for the user."""


class Settings(Record):
    """The gate's settings after the file and the command line were merged."""

    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = Field(default_factory=dict)
    fail_on: FailOn = "error"
    source: str | None = None  # the file the settings were read from, for messages

    def rules(self, every_rule: Sequence[ModuleType]) -> list[ModuleType]:
        """The rule modules to run, in their usual order."""
        chosen = set(self.select) if self.select is not None else {rule.ID for rule in every_rule}
        return [rule for rule in every_rule if rule.ID in chosen and rule.ID not in self.ignore]

    def with_severity(self, check: Check) -> Check:
        """The check with its severity overridden, when it is a violation of a rule named."""
        level = self.severity.get(check.rule)
        if check.outcome != "violation" or level is None or level == check.severity:
            return check
        return check.model_copy(update={"severity": level})


def find_config_file(start: Path) -> tuple[Path, dict] | None:
    """The nearest configuration above ``start`` (inclusive), with its factcheck table."""
    for directory in (start, *start.parents):
        dedicated = directory / CONFIG_FILE
        if dedicated.is_file():
            return dedicated, _toml(dedicated)
        pyproject = directory / PYPROJECT
        if pyproject.is_file():
            table = _toml(pyproject).get("tool", {}).get("factcheck")
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.factcheck] must be a table")
                return pyproject, table
    return None


def _toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as problem:
        raise ConfigError(f"{path} is not valid TOML ({problem})") from None
    except OSError as problem:
        raise ConfigError(f"{path} could not be read ({problem.strerror or problem})") from None


def resolve(
    known_rules: Iterable[str],
    *,
    start: Path | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    severity: Sequence[str] | None = None,
    fail_on: str | None = None,
) -> Settings:
    """The settings of one run: the nearest file's, overridden by the command line's.

    ``select``/``ignore`` from the command line replace the file's lists (a name may be given
    as ``a,b``); ``severity`` items are ``RULE=LEVEL`` and override the file's table rule by
    rule. Raises ``ConfigError`` for an unknown key, rule id or level.
    """
    known = frozenset(known_rules)
    found = find_config_file(start or Path.cwd())
    table, source = (found[1], str(found[0])) if found else ({}, None)
    where = f"{source}: " if source else ""
    unknown_keys = sorted(set(table) - set(KEYS))
    if unknown_keys:
        raise ConfigError(f"{where}unknown key '{unknown_keys[0]}' in the factcheck configuration "
                          f"(known keys: {', '.join(KEYS)})")

    file_select = _rule_list(table.get("select"), "select", known, where) if "select" in table else None
    file_ignore = _rule_list(table.get("ignore"), "ignore", known, where) if "ignore" in table else ()
    file_severity = _severity_table(table.get("severity", {}), known, where)
    file_fail_on = _fail_on(table.get("fail-on", "error"), where + "fail-on")

    chosen = _rule_list(_split(select), "--select", known, "") if select else None
    if chosen is not None:
        # A rule named on the command line runs even if the file ignores it: the command line wins.
        file_ignore = tuple(rule_id for rule_id in file_ignore if rule_id not in chosen)
    return Settings(
        select=chosen if chosen is not None else file_select,
        ignore=_rule_list(_split(ignore), "--ignore", known, "") if ignore else file_ignore,
        severity={**file_severity, **_severity_options(severity or (), known)},
        fail_on=_fail_on(fail_on, "--fail-on") if fail_on is not None else file_fail_on,
        source=source,
    )


def _split(values: Sequence[str] | None) -> list[str]:
    """--select a,b --select c: every name, in order."""
    return [name.strip() for value in values or () for name in value.split(",") if name.strip()]


def _rule_list(value: object, name: str, known: frozenset[str], where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}{name} must be a list of rule ids")
    for rule_id in value:
        _known_rule(rule_id, name, known, where)
    return tuple(dict.fromkeys(value))


def _known_rule(rule_id: str, name: str, known: frozenset[str], where: str) -> None:
    if rule_id not in known:
        raise ConfigError(f"{where}{name} names an unknown rule '{rule_id}' "
                          f"(see `factcheck rules`: {', '.join(sorted(known))})")


def _severity_table(value: object, known: frozenset[str], where: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}severity must be a table of rule = level")
    levels = {}
    for rule_id, level in value.items():
        _known_rule(rule_id, "severity", known, where)
        levels[rule_id] = _level(level, f"{where}severity of {rule_id}")
    return levels


def _severity_options(items: Iterable[str], known: frozenset[str]) -> dict[str, Severity]:
    levels = {}
    for item in items:
        rule_id, equals, level = item.partition("=")
        if not equals:
            raise ConfigError(f"--severity takes RULE=LEVEL (e.g. date-order=error), not '{item}'")
        _known_rule(rule_id.strip(), "--severity", known, "")
        levels[rule_id.strip()] = _level(level.strip(), f"--severity of {rule_id.strip()}")
    return levels


def _level(value: object, what: str) -> Severity:
    if value not in SEVERITIES:
        raise ConfigError(f"{what} must be one of {', '.join(SEVERITIES)}, not {value!r}")
    return value  # type: ignore[return-value]


def _fail_on(value: object, what: str) -> FailOn:
    if value not in FAIL_ON_LEVELS:
        raise ConfigError(f"{what} must be one of {', '.join(FAIL_ON_LEVELS)}, not {value!r}")
    return value  # type: ignore[return-value]
