"""Documents to extractions, one document at a time, in worker processes when asked.

Each document is read and extracted on its own, under a budget of bytes and seconds: a
document past it (a pasted 50 MB feed) becomes an extraction carrying the reason it was not
checked, and the run goes on. With ``jobs`` above one, documents are spread over worker
processes; results come back in path order whatever the workers' pace, so a run's output is
byte-identical for any number of workers.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from .documents import STDIN, iter_paths, read_document
from .extract import extract
from .records import Extraction

# Defaults for a newsroom's articles: the longest real ones are a few hundred KB.
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_MAX_SECONDS = 120.0

# Set by `factcheck --debug`: a document's failure still becomes its one-line error, and its
# traceback is also printed on standard error for whoever is chasing the cause.
DEBUG = False


class _OverBudget(BaseException):
    """Not an Exception: no ``except Exception`` of the reader or the extractor may swallow it."""


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def read_extractions(paths: Iterable[str], *, jobs: int = 1, max_bytes: int | None = DEFAULT_MAX_BYTES,
                     max_seconds: float | None = DEFAULT_MAX_SECONDS,
                     on_progress: Callable[[int], None] | None = None) -> list[Extraction]:
    """Every document named by ``paths`` read into claims, sorted by path; ``on_progress`` is
    told how many documents are done after each one."""
    read = iter_extractions(paths, jobs=jobs, max_bytes=max_bytes, max_seconds=max_seconds,
                            on_progress=on_progress)
    return sorted(read, key=lambda extraction: extraction.path)


def iter_extractions(paths: Iterable[str], *, jobs: int = 1, max_bytes: int | None = DEFAULT_MAX_BYTES,
                     max_seconds: float | None = DEFAULT_MAX_SECONDS,
                     on_progress: Callable[[int], None] | None = None) -> Iterator[Extraction]:
    """The documents read into claims one at a time, standard input first and then the files in
    the order given, so a caller can keep each one or let it go: a run over an archive need not
    hold every extraction at once."""
    every_path = list(iter_paths(paths))
    budget = (max_bytes, max_seconds)
    # Standard input belongs to this process: it is read here, never in a worker.
    files = [path for path in every_path if path != STDIN]
    done = 0
    for path in every_path:
        if path == STDIN:
            done += 1
            yield read_one(path, budget)
            if on_progress is not None:
                on_progress(done)
    if jobs <= 1 or len(files) <= 1:
        read: Iterable[Extraction] = (read_one(path, budget) for path in files)
        yield from _counted(read, done, on_progress)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        # Small chunks keep every worker busy to the end; the order of results is the
        # order of the paths, whatever finishes first.
        chunk = max(1, min(32, len(files) // (jobs * 8)))
        # The flag travels with each document: a worker need not share this process's memory.
        read = pool.map(read_one, files, [budget] * len(files), [DEBUG] * len(files), chunksize=chunk)
        yield from _counted(read, done, on_progress)


def _counted(extractions: Iterable[Extraction], done: int,
             on_progress: Callable[[int], None] | None) -> Iterator[Extraction]:
    for extraction in extractions:
        done += 1
        yield extraction
        if on_progress is not None:
            on_progress(done)


def read_one(path: str, budget: tuple[int | None, float | None] = (None, None),
             debug: bool | None = None) -> Extraction:
    """One document read into claims; any failure becomes the document's error, and with
    ``debug`` (default: the module's DEBUG) its traceback is printed on standard error."""
    debug = DEBUG if debug is None else debug
    max_bytes, max_seconds = budget
    too_big = _over_size(path, max_bytes)
    if too_big:
        return _failed(path, None, too_big)
    document = None
    try:
        with _time_limit(max_seconds):
            document = read_document(path, debug=debug)
            return extract(document)
    except _OverBudget:
        return _failed(path, document, f"not checked: it took longer than the {max_seconds:g} s budget "
                                       "per document (--max-seconds)")
    except Exception as failure:  # noqa: BLE001 — recorded on the document, never lost
        if debug:
            sys.stderr.write(f"factcheck: traceback of the failure on {path}:\n{traceback.format_exc()}")
        return _failed(path, document, _reason(failure))


def _reason(failure: Exception) -> str:
    """The failure in one line an editor can act on."""
    if isinstance(failure, RecursionError):
        return "not checked: its markup is nested too deeply to read"
    said = " ".join(str(failure).split())  # one line, whatever the exception printed
    return f"the extractor failed on this document ({type(failure).__name__}: {said})"


def _over_size(path: str, max_bytes: int | None) -> str | None:
    if max_bytes is None:
        return None
    try:
        size = os.stat(path).st_size
    except OSError:
        return None  # the reader says what is wrong with it
    if size <= max_bytes:
        return None
    return f"not checked: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB budget per document (--max-bytes)"


def _failed(path: str, document, reason: str) -> Extraction:
    return Extraction(path=document.path if document is not None else path,
                      title=document.title if document is not None else None,
                      published=None, entity=None, report_period=None, error=reason)


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise _OverBudget in this thread after ``seconds``: a timer signal, so only where one
    can be delivered (the main thread of a process on Unix); elsewhere no limit."""
    usable = (seconds is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
