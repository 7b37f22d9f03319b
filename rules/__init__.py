"""The rule modules. Each module in this package is one rule family.

A rule module declares:

- ``ID`` — the public id (``share-of-total``), used in config, suppressions and reports;
- ``SEVERITY`` — the default severity of its violations (``error``, ``warning``, ``info``);
- ``SUMMARY`` — one line;
- a docstring — the rationale, then a 错误 (wrong) and a 正确 (right) example as an article
  would print them; ``factcheck explain ID`` prints it;
- ``check(corpus) -> Iterable[Check]`` — a pure function of the run's claims that returns
  every relation it evaluated, passed or violated.

Adding a rule is adding a module: ``all_rules()`` finds it.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def all_rules() -> list[ModuleType]:
    """Every rule module of this package, in id order."""
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "ID") and hasattr(module, "check"):
            modules.append(module)
    return sorted(modules, key=lambda module: module.ID)


def rule_by_id(rule_id: str) -> ModuleType | None:
    return next((module for module in all_rules() if module.ID == rule_id), None)
