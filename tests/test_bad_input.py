"""Bad input never crashes a run and never hides a result.

Each odd file sits beside a good article in one run: the odd one becomes its document's
one-line error (or is read as well as it can be), the good one is still checked, the summary
counts the unreadable, and no traceback reaches the user unless --debug asks for it.
Articles are written here with invented companies and figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import opencc
import pytest

from tests.test_gate import ERROR_AND_WARNING, invoke, write
from validator import documents, reading
from validator.cli import DEFAULT_MAX_BYTES as CLI_MAX_BYTES
from validator.cli import DEFAULT_MAX_SECONDS as CLI_MAX_SECONDS
from validator.documents import read_document
from validator.extract import extract
from validator.reading import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, read_one

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
SEED = SEEDS / "000_2680b2496f00e510.txt"
FRONT = "---\ntitle: 华越银行2021年业绩\ndate: 2022-03-20\n---\n"
FORMATS = ("json", "sarif", "junit", "github", "gitlab", "markdown", "html", "rich")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(reading, "DEBUG", False)  # --debug sets it: put back after each test
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # and so does its absence
    return tmp_path


def run_json(*args: str) -> tuple[int, dict, str]:
    result = invoke("run", *args, "--format", "json", "--jobs", "1")
    return result.exit_code, json.loads(result.stdout), result.stderr


def errors_by_path(data: dict) -> dict[str, str | None]:
    return {document["path"]: document["error"] for document in data["documents"]}


def claims_by_path(data: dict) -> dict[str, int]:
    return {document["path"]: document["claims"] for document in data["documents"]}


def assert_no_traceback(*outputs: str) -> None:
    for text in outputs:
        assert "Traceback" not in text


def the_good_article_is_checked(data: dict) -> None:
    assert claims_by_path(data)["good.md"] > 0
    assert any(check["rule"] == "share-of-total" and check["outcome"] == "violation" for check in data["checks"])


# --- files that cannot be read: each its own one-line error, the run goes on --------------

UNREADABLE = {
    "empty.md": (b"", "file is empty"),
    "blank.md": (b"  \n\t\r\n   \n", "only blank space"),
    "image.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "not text"),
    "nul.txt": ("华越银行营收100亿元。\x00\x00\x00净利润".encode(), "NUL bytes"),
    "damaged.txt": ("华越银行2021年营业收入为520亿元，同比增长12%。\n".encode() * 40
                    + b"\xff\xfe\xc3(" + "净利润为80亿元。\n".encode() * 40, "not valid UTF-8 (a byte on line 41"),
    "bad-yaml.md": ("---\ntitle: [华越银行\ndate: 2022-03-20\n---\n营收100亿元。\n".encode(), "not valid YAML at line"),
    "list-yaml.md": ("---\n- 华越银行\n- 2022-03-20\n---\n营收100亿元。\n".encode(), "front matter is not a list of 'name: value'"),
    "scalar-yaml.md": ("---\n华越银行\n---\n营收100亿元。\n".encode(), "front matter is not a list of 'name: value'"),
    "unterminated.md": ("---\ntitle: 华越银行\ndate: 2022-03-20\n营收100亿元。\n".encode(), "never closed"),
    "bad-bom.txt": (b"\xef\xbb\xbf" + "营收100亿元".encode() + b"\xff\xff", "byte-order mark"),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_an_unreadable_file_is_its_documents_one_line_error_and_the_run_goes_on(workdir, name):
    content, reason = UNREADABLE[name]
    (workdir / name).write_bytes(content)
    write(workdir, "good.md", ERROR_AND_WARNING)
    status, data, stderr = run_json(".")
    error = errors_by_path(data)[name]
    assert error is not None and reason in error and "\n" not in error
    the_good_article_is_checked(data)
    assert data["summary"]["unreadable"] == 1
    assert status == 1
    assert_no_traceback(stderr, json.dumps(data))


def test_yaml_that_constructs_python_objects_runs_nothing(workdir):
    witness = workdir / "witness"
    write(workdir, "evil.md", f'---\ntitle: !!python/object/apply:os.system ["touch {witness}"]\n---\n营收100亿元。\n')
    write(workdir, "also-evil.md", f"---\ntitle: !!python/object/new:os.system ['touch {witness}']\n---\n营收100亿元。\n")
    write(workdir, "good.md", ERROR_AND_WARNING)
    status, data, _ = run_json(".")
    assert not witness.exists()
    assert "not valid YAML" in errors_by_path(data)["evil.md"]
    assert "not valid YAML" in errors_by_path(data)["also-evil.md"]
    the_good_article_is_checked(data)


@pytest.mark.parametrize("format", FORMATS)
def test_every_format_shows_the_unreadable_documents_reason_and_the_others_findings(workdir, format):
    (workdir / "empty.md").write_bytes(b"")
    write(workdir, "good.md", ERROR_AND_WARNING)
    result = invoke("run", ".", "--format", format, "--jobs", "1")
    assert result.exit_code == 1
    assert "empty.md" in result.stdout and "file is empty" in result.stdout
    assert "share-of-total" in result.stdout or "22.5" in result.stdout
    assert_no_traceback(result.stdout, result.stderr)


def test_a_failure_of_the_extractor_is_the_documents_error_in_one_line(workdir, monkeypatch):
    real_extract = reading.extract

    def failing_on_one(document):
        if document.path.endswith("odd.md"):
            raise ValueError("a figure\nthat broke the reader")
        return real_extract(document)

    monkeypatch.setattr(reading, "extract", failing_on_one)
    write(workdir, "odd.md", ERROR_AND_WARNING)
    write(workdir, "good.md", ERROR_AND_WARNING)
    status, data, stderr = run_json(".")
    assert errors_by_path(data)["odd.md"] == ("the extractor failed on this document "
                                              "(ValueError: a figure that broke the reader)")
    the_good_article_is_checked(data)
    assert data["summary"]["unreadable"] == 1 and status == 1
    assert_no_traceback(stderr)


def test_an_unreadable_file_says_permission_denied_and_the_run_goes_on(workdir, monkeypatch):
    # Root reads any file whatever its mode: the refusal is simulated where the reader opens it.
    real_open = open

    def refusing(path, *args, **kwargs):
        if str(path).endswith("secret.md"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(documents, "open", refusing, raising=False)
    write(workdir, "secret.md", ERROR_AND_WARNING)
    write(workdir, "good.md", ERROR_AND_WARNING)
    status, data, stderr = run_json(".")
    assert errors_by_path(data)["secret.md"] == "permission denied"
    the_good_article_is_checked(data)
    assert status == 1
    assert_no_traceback(stderr)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_file_without_read_permission_says_permission_denied(workdir):
    write(workdir, "secret.md", ERROR_AND_WARNING)
    os.chmod(workdir / "secret.md", 0)
    assert read_document("secret.md").error == "permission denied"


def test_a_missing_path_exits_2_with_a_clear_message_and_the_others_are_checked(workdir):
    write(workdir, "good.md", ERROR_AND_WARNING)
    result = invoke("run", "nowhere.md", "good.md", "--format", "json", "--jobs", "1")
    assert result.exit_code == 2
    assert "factcheck: no such file or directory: nowhere.md" in result.stderr
    the_good_article_is_checked(json.loads(result.stdout))
    assert_no_traceback(result.stderr)


def test_a_linked_folder_is_read_and_a_symlink_loop_ends(workdir):
    write(workdir, "archive/2021/old.md", ERROR_AND_WARNING)
    write(workdir, "posts/good.md", ERROR_AND_WARNING)
    os.symlink("../archive/2021", workdir / "posts" / "2021")
    os.symlink("..", workdir / "archive" / "2021" / "up")  # archive/2021/up/2021/up/… if followed blindly
    status, data, stderr = run_json("posts")
    assert sorted(errors_by_path(data)) == ["posts/2021/old.md", "posts/good.md"]
    assert all(count > 0 for count in claims_by_path(data).values())


def test_a_directory_with_a_symlink_loop_is_read_once(workdir):
    write(workdir, "posts/good.md", ERROR_AND_WARNING)
    os.symlink("..", workdir / "posts" / "up")  # posts/up/posts/up/… never ends if followed
    os.symlink("self.md", workdir / "posts" / "self.md")  # a file link pointing at itself
    status, data, stderr = run_json("posts")
    errors = errors_by_path(data)
    assert sorted(errors) == ["posts/good.md", "posts/self.md"]
    assert "symbolic links" in errors["posts/self.md"]
    assert claims_by_path(data)["posts/good.md"] > 0
    assert_no_traceback(stderr)


# --- files read as well as they can be -----------------------------------------------------


def claim_readings(path: Path) -> list[tuple]:
    extraction = extract(read_document(str(path)))
    assert extraction.error is None
    return [(claim.kind, claim.value, claim.unit, claim.text, claim.lower, claim.upper) for claim in extraction.claims]


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_a_mainland_legacy_copy_of_a_seed_gives_the_same_claims(tmp_path, encoding):
    copy = tmp_path / f"seed-{encoding}.txt"
    copy.write_bytes(SEED.read_text(encoding="utf-8").encode(encoding))
    assert claim_readings(copy) == claim_readings(SEED)


def test_a_big5_copy_of_a_seed_gives_the_claims_of_its_traditional_utf8_copy(tmp_path):
    traditional = opencc.OpenCC("s2tw").convert(SEED.read_text(encoding="utf-8"))
    # A character Big5 lacks becomes "?" in both copies: they hold the same text.
    big5 = traditional.encode("big5", errors="replace")
    (tmp_path / "big5.txt").write_bytes(big5)
    (tmp_path / "utf8.txt").write_text(big5.decode("big5"), encoding="utf-8")
    readings = claim_readings(tmp_path / "utf8.txt")
    assert len(readings) >= 10
    assert claim_readings(tmp_path / "big5.txt") == readings


@pytest.mark.parametrize(("prefix", "newline"), [(b"\xef\xbb\xbf", "\n"), (b"", "\r\n"), (b"\xef\xbb\xbf", "\r\n")])
def test_bom_and_crlf_copies_of_an_article_give_its_claims(tmp_path, prefix, newline):
    (tmp_path / "plain.md").write_text(ERROR_AND_WARNING, encoding="utf-8")
    (tmp_path / "copy.md").write_bytes(prefix + ERROR_AND_WARNING.replace("\n", newline).encode("utf-8"))
    assert claim_readings(tmp_path / "copy.md") == claim_readings(tmp_path / "plain.md")


def test_an_article_without_front_matter_is_read(tmp_path):
    (tmp_path / "bare.md").write_text(ERROR_AND_WARNING.split("---\n", 2)[2], encoding="utf-8")
    assert len(claim_readings(tmp_path / "bare.md")) >= 4


def test_malformed_html_is_read(tmp_path):
    (tmp_path / "a.html").write_text("<p>华越银行营业收入为520亿元<b>，同比<i>增长12%</b></i><p>净利润<div>80亿元。</span>"
                                     "<table><tr><td>零售</td></p>", encoding="utf-8")
    assert {reading[3] for reading in claim_readings(tmp_path / "a.html")} >= {"520亿元", "12%", "80亿元"}


def test_html_nested_100000_levels_deep_is_read(tmp_path):
    depth = 100_000
    (tmp_path / "deep.html").write_text("<div>" * depth + "华越银行营业收入为520亿元。" + "</div>" * depth,
                                        encoding="utf-8")
    extraction = read_one(str(tmp_path / "deep.html"))
    assert extraction.error is None
    assert [claim.text for claim in extraction.claims] == ["520亿元"]


def test_script_style_and_iframe_text_is_not_read(tmp_path):
    (tmp_path / "a.html").write_text(
        "<p>华越银行营业收入为520亿元。</p><script>var s = '营收999亿元';</script>"
        "<style>p::after { content: '净利润777亿元'; }</style><iframe>营收555亿元</iframe>"
        "<noscript>营收333亿元</noscript><p>净利润为80亿元。</p>", encoding="utf-8")
    assert [reading[3] for reading in claim_readings(tmp_path / "a.html")] == ["520亿元", "80亿元"]


# --- the budget per document -------------------------------------------------------------


def test_the_command_lines_defaults_are_the_readers():
    assert (CLI_MAX_BYTES, CLI_MAX_SECONDS) == (DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS)


def test_an_article_past_the_time_budget_is_not_checked_and_the_run_goes_on(workdir):
    # The seeds' bodies twenty times over take many seconds to read; the short article a few
    # milliseconds, with a margin for a loaded machine (the first document also pays for
    # compiling the grammar). No speed is asserted: only that the budget parts the two.
    bodies = [path.read_text(encoding="utf-8").split("---\n", 2)[2] for path in sorted(SEEDS.iterdir())]
    write(workdir, "long.md", SEED.read_text(encoding="utf-8") + "\n".join(bodies * 20))
    write(workdir, "good.md", ERROR_AND_WARNING)
    status, data, stderr = run_json(".", "--max-seconds", "2")
    error = errors_by_path(data)["long.md"]
    assert error == "not checked: it took longer than the 2 s budget per document (--max-seconds)"
    assert claims_by_path(data)["good.md"] > 0
    assert data["summary"]["unreadable"] == 1 and status == 1
    assert_no_traceback(stderr)


def test_a_seed_under_a_millisecond_budget_is_not_checked():
    extraction = read_one(str(SEED), (None, 0.001))
    assert extraction.error is not None and extraction.error.startswith("not checked: it took longer")
    assert extraction.claims == ()


def test_an_article_past_the_size_budget_is_not_checked_and_the_run_goes_on(workdir):
    (workdir / "seed.txt").write_bytes(SEED.read_bytes())
    write(workdir, "good.md", ERROR_AND_WARNING)
    status, data, _ = run_json(".", "--max-bytes", "2000")
    error = errors_by_path(data)["seed.txt"]
    assert error.startswith("not checked: ") and "MB budget per document (--max-bytes)" in error
    assert claims_by_path(data)["good.md"] > 0
    assert status == 1


def test_a_50_mb_article_is_not_checked_under_the_default_budget_and_never_read(workdir, monkeypatch):
    with open(workdir / "huge.md", "wb") as handle:  # sparse: written in no time
        handle.write(FRONT.encode("utf-8"))
        handle.truncate(50_000_000)
    write(workdir, "good.md", ERROR_AND_WARNING)
    real_read = reading.read_document

    def reading_only_small(path, **options):
        assert not path.endswith("huge.md"), "the 50 MB article was read"
        return real_read(path, **options)

    monkeypatch.setattr(reading, "read_document", reading_only_small)
    started = time.monotonic()
    status, data, _ = run_json(".")
    assert time.monotonic() - started < 20
    assert errors_by_path(data)["huge.md"] == ("not checked: 50.0 MB is over the 20 MB budget per document "
                                               "(--max-bytes)")
    the_good_article_is_checked(data)
    assert status == 1


def test_a_line_of_a_megabyte_is_read_or_stopped_by_the_budget(workdir):
    sentence = "华越银行的各项业务保持稳定发展态势，"
    line = (sentence * (1_000_000 // len(sentence.encode("utf-8")) + 1))[:350_000]  # ~1 MB of UTF-8
    write(workdir, "one-line.md", FRONT + line + "\n")
    write(workdir, "good.md", ERROR_AND_WARNING)
    started = time.monotonic()
    status, data, stderr = run_json(".", "--max-seconds", "2")
    assert time.monotonic() - started < 30
    error = errors_by_path(data)["one-line.md"]
    assert error is None or error.startswith("not checked: it took longer")
    the_good_article_is_checked(data)
    assert_no_traceback(stderr)


# --- --debug -----------------------------------------------------------------------------


def test_debug_prints_the_traceback_the_report_keeps_to_one_line(workdir, monkeypatch):
    def failing(document):
        raise ValueError("the reader tripped")

    monkeypatch.setattr(reading, "extract", failing)
    write(workdir, "a.md", ERROR_AND_WARNING)
    quiet = invoke("run", "a.md", "--format", "json", "--jobs", "1")
    loud = invoke("--debug", "run", "a.md", "--format", "json", "--jobs", "1")
    assert "Traceback" not in quiet.stderr
    assert "Traceback (most recent call last)" in loud.stderr and "ValueError: the reader tripped" in loud.stderr
    for result in (quiet, loud):
        error = json.loads(result.stdout)["documents"][0]["error"]
        assert error == "the extractor failed on this document (ValueError: the reader tripped)"


def test_debug_prints_the_traceback_of_a_failure_while_reading_the_file(workdir, monkeypatch):
    def failing(raw):
        raise LookupError("no codec")

    monkeypatch.setattr(documents, "_decode", failing)
    write(workdir, "a.md", ERROR_AND_WARNING)
    quiet = invoke("run", "a.md", "--format", "json", "--jobs", "1")
    loud = invoke("--debug", "run", "a.md", "--format", "json", "--jobs", "1")
    assert "Traceback" not in quiet.stderr
    assert "LookupError: no codec" in loud.stderr and "_decode" in loud.stderr
    assert json.loads(quiet.stdout)["documents"][0]["error"] == "file could not be read (LookupError: no codec)"


def test_debug_reaches_worker_processes(workdir, monkeypatch, capfd):
    def failing(document):
        raise ValueError("in a worker")

    monkeypatch.setattr(reading, "DEBUG", True)
    monkeypatch.setattr(reading, "extract", failing)
    write(workdir, "a.md", ERROR_AND_WARNING)
    write(workdir, "b.md", ERROR_AND_WARNING)
    extractions = reading.read_extractions(["a.md", "b.md"], jobs=2)
    assert [extraction.error for extraction in extractions] == ["the extractor failed on this document "
                                                                "(ValueError: in a worker)"] * 2
    # The workers write to the file descriptor they share with this process.
    assert capfd.readouterr().err.count("ValueError: in a worker") == 2


# A bug of factcheck itself, outside any one document: the renderer fails.
CRASHING_RUN = """
import sys
import validator.render_markdown as markdown
def broken(report):
    raise RuntimeError("the renderer\\nbroke")
markdown.report_markdown = broken
from validator.cli import app
app(sys.argv[1:], prog_name="factcheck")
"""


@pytest.mark.parametrize("debug", [False, True])
def test_a_failure_outside_any_document_is_one_line_unless_debug(workdir, debug):
    write(workdir, "a.md", ERROR_AND_WARNING)
    options = ["--debug"] if debug else []
    result = subprocess.run([sys.executable, "-c", CRASHING_RUN, *options, "run", "a.md", "-f", "markdown", "-j", "1"],
                            capture_output=True, text=True, cwd=workdir, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"})
    assert result.returncode != 0
    if debug:
        assert "Traceback" in result.stderr and "RuntimeError" in result.stderr
    else:
        assert result.stderr == ("factcheck: internal error (RuntimeError: the renderer broke); "
                                 "run again with --debug to see the traceback\n")
