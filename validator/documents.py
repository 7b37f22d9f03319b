"""Documents: files on disk (or standard input) read into text that maps back to the file.

A document is a Jekyll post (YAML front matter, then an HTML body), an HTML page, or
Markdown / plain text. Reading one means: find the encoding, split off the front matter,
turn the body into paragraphs of NFKC-normalised text, and remember for every character of
that text which stretch of the decoded file it came from, so a figure found in the text
can be reported at the line and column an editor sees.
"""

from __future__ import annotations

import bisect
import codecs
import email.utils
import html
import os
import re
import sys
import traceback
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import cache
from html.entities import html5 as HTML5_ENTITIES
from typing import Literal, NamedTuple

import yaml
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag
from bs4 import XMLParsedAsHTMLWarning
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction
from charset_normalizer import from_bytes

from . import lexicon
from .records import IgnoreDirective, Record, Span
from .script import simplified


class SourceText(Record):
    """Plain text in which every character knows the stretch of the file it came from.

    ``starts[i]``/``ends[i]`` are offsets into the decoded file content (BOM removed) of the
    first source character of ``text[i]`` and just past its last one: an entity ``&amp;``
    gives one character spanning six, an NFKC expansion gives several characters sharing one.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]


class Block(Record):
    """A paragraph or a heading of the body, as a range of ``Document.body.text``."""

    start: int
    end: int
    kind: Literal["paragraph", "heading"]


class Document(Record):
    path: str
    title: str | None = None
    title_text: SourceText | None = None
    published: datetime | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    body: SourceText = SourceText(text="", starts=(), ends=())
    blocks: tuple[Block, ...] = ()
    line_starts: tuple[int, ...] = (0,)
    directives: tuple[IgnoreDirective, ...] = ()
    error: str | None = None

    def locate(self, text: SourceText, start: int, end: int) -> Span:
        """The file span of ``text.text[start:end]`` (end exclusive, end > start)."""
        if not 0 <= start < end <= len(text.text):
            raise ValueError(f"cannot locate [{start}:{end}] in a text of {len(text.text)} characters")
        line, column = self._line_and_column(text.starts[start])
        end_line, end_column = self._line_and_column(text.ends[end - 1])
        if (end_line, end_column) <= (line, column):
            # Text that could not be mapped character by character (a folded YAML title)
            # still points an editor at one character, never at an empty stretch.
            end_line, end_column = line, column + 1
        return Span(line=line, column=column, end_line=end_line, end_column=end_column)

    def _line_and_column(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1


# ---------------------------------------------------------------------------------------
# Finding the files

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
STDIN = "-"


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named by the arguments: directories recursively in sorted order, ``-`` as is."""
    seen: set[str] = set()
    for argument in paths:
        for path in _expand(argument):
            # ./fixtures/seeds and fixtures/seeds name the same files: one spelling keeps the
            # report's paths and check ids the same whichever the user typed.
            key = path if path == STDIN else os.path.normpath(path)
            if key not in seen:
                seen.add(key)
                yield key


def _expand(argument: str) -> list[str]:
    # A path that is not a directory is passed on untouched, even a missing one or one
    # with another suffix: the reader then says what is wrong with it.
    if argument == STDIN or not os.path.isdir(argument):
        return [argument]
    found: list[tuple[list[str], str]] = []

    def unreadable(error: OSError) -> None:
        # Report the directory rather than silently skipping the articles inside it.
        if error.filename:
            found.append((os.path.relpath(error.filename, argument).split(os.sep), error.filename))

    # Linked folders are followed (a newsroom links last year's posts in), each real folder
    # once: a link back up the tree would otherwise be walked for ever.
    walked: set[str] = set()
    for root, dirnames, filenames in os.walk(argument, onerror=unreadable, followlinks=True):
        real = os.path.realpath(root)
        if real in walked:
            dirnames[:] = []
            continue
        walked.add(real)
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in SUFFIXES:
                continue
            path = os.path.join(root, name)
            found.append((os.path.relpath(path, argument).split(os.sep), path))
    found.sort()
    return [path for _, path in found]


# ---------------------------------------------------------------------------------------
# Reading one document


class _Unreadable(Exception):
    """A problem with the file itself; the message is one sentence for an editor."""


def read_document(path: str, *, debug: bool = False) -> Document:
    """Read one file (``-`` is standard input); never raises: a failure sets ``error``, in
    one line; with ``debug`` an unexpected failure's traceback also goes to standard error."""
    try:
        return _read(path)
    except _Unreadable as problem:
        return Document(path=path, error=str(problem))
    except RecursionError:
        if debug:
            _print_traceback(path)
        return Document(path=path, error="not checked: its markup is nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop a run over hundreds
        if debug:
            _print_traceback(path)
        said = " ".join(str(exc).split())
        return Document(path=path, error=f"file could not be read ({type(exc).__name__}: {said})")


def _print_traceback(path: str) -> None:
    sys.stderr.write(f"factcheck: traceback of the failure reading {path}:\n{traceback.format_exc()}")


def read_documents(paths: Iterable[str]) -> list[Document]:
    return [read_document(path) for path in iter_paths(paths)]


def _read(path: str) -> Document:
    content = _decode(_read_bytes(path))
    line_starts = _line_starts(content)
    lines = _line_spans(content, line_starts)
    front = _front_matter(content, lines)
    meta = _front_matter_fields(content, front) if front else {}

    body_start = front.body_start if front else 0
    body_end = _feed_boilerplate_start(content, lines, body_start)
    suffix = os.path.splitext(path)[1].lower()
    comments = _directive_comments(content, body_start, body_end)
    html_title = None
    plain = not (suffix in HTML_SUFFIXES or _has_markup(content, body_start, body_end, comments))
    if not plain:
        # A blank line only separates paragraphs in Markdown-ish posts, not in real HTML.
        paragraphs, html_title = _html_paragraphs(
            content, body_start, body_end, blank_line_breaks=suffix not in HTML_SUFFIXES
        )
    else:
        paragraphs = _plain_paragraphs(content, body_start, body_end, skipped=comments)

    title_chars = _front_matter_title(content, lines, front, meta.get("title")) if front else None
    if title_chars:
        title_chars = _unescape_entities(title_chars)
    if not title_chars:
        title_chars = html_title
    title_text = _source_text(title_chars) if title_chars else None
    if suffix in MARKDOWN_SUFFIXES:
        paragraphs = [_without_emphasis(paragraph) for paragraph in paragraphs]
    body, blocks = _assemble(_without_trailing_boilerplate(paragraphs))
    document = Document(
        path=path,
        title=title_text.text if title_text else None,
        title_text=title_text,
        published=_published(meta.get("date"), path),
        categories=_names(meta.get("categories", meta.get("category"))),
        tags=_names(meta.get("tags", meta.get("tag"))),
        body=body,
        blocks=blocks,
        line_starts=tuple(line_starts),
    )
    directives = _front_matter_directives(content, lines, front, meta) + _comment_directives(
        document, comments, markdown_paragraphs=plain and suffix in MARKDOWN_SUFFIXES)
    return document.model_copy(update={"directives": directives}) if directives else document


def _read_bytes(path: str) -> bytes:
    try:
        if path == STDIN:
            if sys.stdin is None:
                raise _Unreadable("standard input is closed")
            stream = getattr(sys.stdin, "buffer", None)
            return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        if os.path.isdir(path):
            os.listdir(path)  # raises PermissionError for a directory we may not open
            raise _Unreadable("is a directory, not a file")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise _Unreadable("no such file or directory") from None
    except PermissionError:
        raise _Unreadable("permission denied") from None
    except OSError as exc:
        raise _Unreadable(f"file could not be read ({(exc.strerror or str(exc)).lower()})") from None


def _line_starts(content: str) -> list[int]:
    # \r\n, a lone \r and \n all end a line, as every editor counts them.
    return [0] + [match.end() for match in re.finditer(r"\r\n|\r|\n", content)]


def _line_spans(content: str, line_starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each line, the end before its line break."""
    spans = []
    for index, start in enumerate(line_starts):
        end = line_starts[index + 1] if index + 1 < len(line_starts) else len(content)
        if end > start and content[end - 1] == "\n":
            end -= 1
        if end > start and content[end - 1] == "\r":
            end -= 1
        spans.append((start, end))
    return spans


# ---------------------------------------------------------------------------------------
# Bytes to text

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_CHINESE_ENCODINGS = (("gb18030",), ("big5", "cp950", "big5hkscs"))  # each family by preference
_CHINESE_PUNCTUATION = frozenset("，。、“”‘’：；（）《》〈〉！？…—「」『』【】")
# The most frequent characters of Chinese text in both scripts, with the words of financial
# news: only used to break a tie between GB18030 and Big5 on a text of a few characters.
_FREQUENT_HANZI = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理"
    "心她本前开但因只从想实這個們為國說時會對發後過經麼現當沒動還進實樣從開裡來學種"
    "元亿億万萬增长長同比营營收利润潤银銀行公司业業务務贷貸款资資产產金融科技财財报報季度净淨率"
    "额額市场場投客户戶数數据據累计計环環亏虧损損盈毛负負债債规規模总總余餘占佔降升提减減少加达達"
    "超约約近美港币幣股份东東价價值存良本充足拨撥备備覆盖蓋入支出成费費研微企集团團保险險证證券基"
    "信托託"
)
_CHINESE_ENOUGH = 0.6  # share of common characters below which a CJK decode is not believed
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters text never holds


def _decode(raw: bytes) -> str:
    if not raw:
        raise _Unreadable("file is empty")
    text = _decode_bytes(raw)
    if "\x00" in text:
        raise _Unreadable("file is not text (it contains NUL bytes)")
    if len(_CONTROL.findall(text)) > len(text) // 100:
        raise _Unreadable("file is not text (it contains control characters)")
    if not text.strip():
        raise _Unreadable("file is empty (it contains only blank space)")
    return text


def _decode_bytes(raw: bytes) -> str:
    for bom, encoding, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Unreadable(
                    f"file starts with a {name} byte-order mark but is not valid {name} "
                    f"(bad bytes at offset {exc.start + len(bom)})"
                ) from None
    if b"\x00" in raw:
        raise _Unreadable("file is not text (it contains NUL bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        _reject_damaged_utf8(raw, exc)
    return _decode_legacy(raw)


def _reject_damaged_utf8(raw: bytes, error: UnicodeDecodeError) -> None:
    """A UTF-8 file with a stray bad byte would otherwise be read as garbage in GB18030."""
    lenient = raw.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    multibyte = sum(1 for char in lenient if ord(char) > 0x7F) - damaged
    if multibyte >= 20 * damaged:
        line = raw.count(b"\n", 0, error.start) + 1
        raise _Unreadable(f"file is not valid UTF-8 (a byte on line {line} cannot be decoded)")


def _decode_legacy(raw: bytes) -> str:
    # charset-normalizer alone picked Big5 for about half of the 2-10 character GBK samples
    # tried while writing this, so GB18030 and Big5 are decided by how Chinese each decode
    # looks; charset-normalizer is the fallback for files that are not Chinese at all.
    candidates = []
    for family in _CHINESE_ENCODINGS:
        for encoding in family:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            candidates.append((_chinese_score(text, family[0]), text))
            break
    # max() keeps the first of equals: on a tie GB18030 wins, as mainland newsrooms use it.
    best = max(candidates, key=lambda candidate: candidate[0]) if candidates else None
    if best and best[0][0] >= _CHINESE_ENOUGH:
        return best[1]
    guess = from_bytes(raw).best()
    if guess is not None:
        return str(guess)
    if best:
        return best[1]
    raise _Unreadable("file is not text in any encoding tried (UTF-8, UTF-16, GB18030, Big5)")


def _chinese_score(text: str, family: str) -> tuple[float, int]:
    """Share of the non-ASCII characters that are common in this encoding's script, and how
    many are among the most frequent: a wrong decode yields rare characters and symbols."""
    chars = [char for char in text if ord(char) > 0x7F and not char.isspace()]
    if not chars:
        return 0.0, 0
    common = _common_hanzi(family)
    good = sum(1 for char in chars if char in common or char in _CHINESE_PUNCTUATION)
    frequent = sum(1 for char in chars if char in _FREQUENT_HANZI)
    return round(good / len(chars), 2), frequent


@cache
def _common_hanzi(family: str) -> frozenset[str]:
    # Level 1 of GB2312 (3755 characters) and of Big5 (5401 characters) are each
    # standard's list of frequently used characters; the codecs can enumerate them.
    if family == "gb18030":
        leads, trails, encoding, last = range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312", 0xD7F9
    else:
        leads, trails, encoding, last = (
            range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], "big5", 0xC67E
        )
    chars = set()
    for lead in leads:
        for trail in trails:
            if lead << 8 | trail > last:
                break
            try:
                chars.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


# ---------------------------------------------------------------------------------------
# Front matter


class _FrontMatter(NamedTuple):
    first_line: int  # index of the first YAML line
    end_line: int  # index of the closing '---' line
    yaml_start: int
    yaml_end: int
    body_start: int


def _front_matter(content: str, lines: list[tuple[int, int]]) -> _FrontMatter | None:
    # Feed mirrors often write a newline (or a few) before the opening '---': the front matter
    # is still the first thing in the file.
    opening = 0
    while opening < len(lines) and not content[lines[opening][0]:lines[opening][1]].strip():
        opening += 1
    if opening == len(lines) or content[lines[opening][0]:lines[opening][1]].rstrip() != "---":
        return None
    for index in range(opening + 1, len(lines)):
        start, end = lines[index]
        if content[start:end].rstrip() in ("---", "..."):
            body_start = lines[index + 1][0] if index + 1 < len(lines) else len(content)
            first = opening + 1
            yaml_start = lines[first][0] if first < len(lines) else start
            return _FrontMatter(first, index, yaml_start, start, body_start)
    raise _Unreadable(
        f"front matter opened by '---' on line {opening + 1} is never closed by another '---' line")


def _front_matter_fields(content: str, front: _FrontMatter) -> dict:
    try:
        fields = yaml.safe_load(content[front.yaml_start:front.yaml_end])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + front.first_line + 1}" if mark else ""
        problem = f" ({exc.problem})" if exc.problem else ""
        raise _Unreadable(f"front matter is not valid YAML{where}{problem}") from None
    except yaml.reader.ReaderError as exc:  # a character YAML refuses: its position, not a mark
        line = content.count("\n", front.yaml_start, front.yaml_start + exc.position) + front.first_line + 1
        raise _Unreadable(f"front matter is not valid YAML at line {line} "
                          f"(unacceptable character #x{exc.character:04x}: {exc.reason})") from None
    except yaml.YAMLError as exc:
        # Error messages are one line: PyYAML's spread over several.
        raise _Unreadable(f"front matter is not valid YAML ({' '.join(str(exc).split())})") from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. "date: 2022-13-45"
        raise _Unreadable(f"front matter has a value that cannot be read ({exc})") from None
    if fields is None:
        return {}
    if not isinstance(fields, dict):
        raise _Unreadable("front matter is not a list of 'name: value' lines")
    return fields


# These are Chinese newsrooms: a date printed without a timezone is Beijing time.
_BEIJING = timezone(timedelta(hours=8))
_DATE = re.compile(
    r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*"
)


def _published(value: object, path: str = "") -> datetime | None:
    """The publication time of the front matter's date, else of a Jekyll file name."""
    return _published_value(value) or _jekyll_file_date(path)


def _published_value(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=_BEIJING)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=_BEIJING)
    if not isinstance(value, str):
        return None
    match = _DATE.fullmatch(value)
    if not match:
        return _rfc2822_date(value)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        if zone is None:
            tzinfo = _BEIJING
        elif zone == "Z":
            tzinfo = timezone.utc
        else:
            digits = zone[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
            tzinfo = timezone(offset if zone[0] == "+" else -offset)
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
            int((fraction or "0").ljust(6, "0")), tzinfo=tzinfo,
        )
    except ValueError:
        return None


def _rfc2822_date(value: str) -> datetime | None:
    """Tue, 17 May 2022 06:44:15 GMT: the date of RSS feeds and mail, read by the standard library."""
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    # A date without a zone ("-0000" or none) is, like every other zone-less date here, Beijing time.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=_BEIJING)


_JEKYLL_NAME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})-")


def _jekyll_file_date(path: str) -> datetime | None:
    """Jekyll takes a post's date from its file name (2022-05-17-title.md) when it prints none."""
    match = _JEKYLL_NAME.match(os.path.basename(path))
    if not match:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)), tzinfo=_BEIJING)
    except ValueError:
        return None


def _names(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple, set)):
        return tuple(str(item) for item in value if item is not None)
    return (str(value),)


_TITLE_KEY = re.compile(r"title[ \t]*:(?:[ \t]+|$)")
_YAML_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85",
    "_": "\xa0", "L": "\u2028", "P": "\u2029",
}
_YAML_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


def _front_matter_title(
    content: str, lines: list[tuple[int, int]], front: _FrontMatter, value: object
) -> list[_Char] | None:
    if value is None:
        return None
    title_line = next(
        (lines[index] for index in range(front.first_line, front.end_line)
         if _TITLE_KEY.match(content, lines[index][0], lines[index][1])),
        None,
    )
    if title_line is None:  # e.g. a flow mapping: no line of its own to point into
        value_start, raw = front.yaml_start, None
    else:
        value_start = _TITLE_KEY.match(content, *title_line).end()
        raw = _scalar_chars(content, value_start, title_line[1])
    if isinstance(value, str):
        title = value
    elif raw is not None and content[value_start] not in "\"'":
        title = "".join(char for char, _, _ in raw)  # a number or date: as printed, not as parsed
    else:
        title = str(value)
    if raw is None or "".join(char for char, _, _ in raw) != title:
        # Folded or multi-line titles: every character points at the start of the value.
        raw = [(char, value_start, value_start) for char in title]
    return [_Char(char, start, end) for char, start, end in raw]


_TITLE_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);")


def _unescape_entities(chars: list[_Char]) -> list[_Char]:
    """Feeds copy HTML titles into the front matter as they are (营收&nbsp;增长): each entity
    reads as its character, which spans the entity's source text."""
    text = "".join(char.char for char in chars)
    if "&" not in text:
        return chars
    out: list[_Char] = []
    position = 0
    for match in _TITLE_ENTITY.finditer(text):
        replacement = html.unescape(match.group())
        if replacement == match.group():
            continue
        out.extend(chars[position:match.start()])
        first, last = chars[match.start()], chars[match.end() - 1]
        out.extend(_Char(char, first.start, last.end) for char in replacement)
        position = match.end()
    out.extend(chars[position:])
    return out


def _scalar_chars(content: str, start: int, end: int) -> list[tuple[str, int, int]] | None:
    """The characters of a one-line YAML scalar with the offsets of their source text."""
    if start >= end:
        return None
    quote = content[start]
    if quote == '"':
        return _double_quoted_chars(content, start + 1, end)
    if quote == "'":
        chars, position = [], start + 1
        while position < end:
            if content[position] == "'":
                if content.startswith("''", position) and position + 1 < end:
                    chars.append(("'", position, position + 2))
                    position += 2
                    continue
                return chars
            chars.append((content[position], position, position + 1))
            position += 1
        return None  # continues on the next line
    if quote in "|>":
        return None
    comment = content.find(" #", start, end)
    value_end = comment if comment >= 0 else end
    while value_end > start and content[value_end - 1] in " \t":
        value_end -= 1
    return [(content[position], position, position + 1) for position in range(start, value_end)]


def _double_quoted_chars(content: str, position: int, end: int) -> list[tuple[str, int, int]] | None:
    chars = []
    while position < end:
        char = content[position]
        if char == '"':
            return chars
        if char != "\\":
            chars.append((char, position, position + 1))
            position += 1
            continue
        code = content[position + 1] if position + 1 < end else ""
        if code in _YAML_ESCAPES:
            chars.append((_YAML_ESCAPES[code], position, position + 2))
            position += 2
        elif code in _YAML_HEX_ESCAPES:
            digits = content[position + 2:position + 2 + _YAML_HEX_ESCAPES[code]]
            if len(digits) != _YAML_HEX_ESCAPES[code] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                return None
            escape_end = position + 2 + len(digits)
            chars.append((chr(int(digits, 16)), position, escape_end))
            position = escape_end
        else:
            return None
    return None  # continues on the next line


# ---------------------------------------------------------------------------------------
# Directives: what an editor silenced, and where

# <!-- factcheck: ignore share-of-total, growth-prior -->: the rule ids as written, checked later.
_DIRECTIVE_COMMENT = re.compile(r"<!--\s*factcheck\s*:\s*ignore(?![\w-])(.*?)-->", re.DOTALL)
_FRONT_MATTER_IGNORE = "factcheck_ignore"
_FRONT_MATTER_IGNORE_LINE = re.compile(rf"{_FRONT_MATTER_IGNORE}[ \t]*:")


def _directive_comments(content: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, rules as written) of every ignore comment of the body."""
    return [(match.start(), match.end(), match.group(1))
            for match in _DIRECTIVE_COMMENT.finditer(content, start, end)]


def _rule_names(written: object) -> tuple[str, ...]:
    if isinstance(written, str):
        written = re.split(r"[\s,，]+", written)
    if not isinstance(written, (list, tuple)):
        return ()
    return tuple(dict.fromkeys(str(name).strip() for name in written if str(name).strip()))


def _has_markup(content: str, start: int, end: int, comments: Sequence[tuple[int, int, str]]) -> bool:
    """Markup other than the editor's directives: one ignore comment must not turn a text
    file, whose every line is a paragraph, into HTML whose paragraphs end at blank lines."""
    directive_starts = {comment_start for comment_start, _, _ in comments}
    return any(match.start() not in directive_starts
               for match in _HTML_TAG.finditer(content, start, end))


def _front_matter_directives(
    content: str, lines: list[tuple[int, int]], front: _FrontMatter | None, meta: dict
) -> tuple[IgnoreDirective, ...]:
    if front is None or _FRONT_MATTER_IGNORE not in meta:
        return ()
    line = next((index for index in range(front.first_line, front.end_line)
                 if _FRONT_MATTER_IGNORE_LINE.match(content, *lines[index])), front.first_line)
    return (IgnoreDirective(rules=_rule_names(meta[_FRONT_MATTER_IGNORE]), line=line + 1),)


def _comment_directives(
    document: Document, comments: Sequence[tuple[int, int, str]], markdown_paragraphs: bool
) -> tuple[IgnoreDirective, ...]:
    """Each comment silences the block (paragraph or heading) that starts after it; in a
    Markdown file read as plain lines, the paragraph runs on to the next blank line."""
    body, blocks = document.body, document.blocks
    directives = []
    for comment_start, comment_end, written in comments:
        line = document._line_and_column(comment_start)[0]
        first = next((index for index, block in enumerate(blocks) if body.starts[block.start] >= comment_end), None)
        if first is None:  # nothing follows the comment: it silences nothing, said by an empty stretch
            scope = Span(line=line, column=1, end_line=line, end_column=1)
        else:
            scope = document.locate(body, blocks[first].start, blocks[first].end)
            for block in blocks[first + 1:] if markdown_paragraphs else ():
                after = document.locate(body, block.start, block.end)
                if after.line != scope.end_line + 1:  # a blank line ends a Markdown paragraph
                    break
                scope = scope.model_copy(update={"end_line": after.end_line, "end_column": after.end_column})
        directives.append(IgnoreDirective(rules=_rule_names(written), line=line, scope=scope))
    return tuple(directives)


# ---------------------------------------------------------------------------------------
# Body: trailing feed boilerplate

# The feed appends "<http://…>" and "[返回…](//…)｜[返回首页](//…)" after the article. They are
# dropped: they are navigation, not article text, their digits (infoCode=NW2022…) would read
# as figures, and lxml would take "<http://…>" for an element swallowing the lines after it.
_FEED_LINE = re.compile(
    r"[ \t]*(?:<https?://[^\s<>]*>|(?:\[[^\]\r\n]*\]\([^()\s]*\)[ \t]*[|｜]?[ \t]*)+)[ \t]*"
)


def _feed_boilerplate_start(content: str, lines: list[tuple[int, int]], body_start: int) -> int:
    cut = len(content)
    for start, end in reversed(lines):
        if start < body_start:
            break
        if start == end or content[start:end].isspace():
            continue
        if not _FEED_LINE.fullmatch(content, start, end):
            break
        cut = start
    return cut


# ---------------------------------------------------------------------------------------
# Body: characters and paragraphs


class _Char(NamedTuple):
    char: str
    start: int
    end: int
    heading: bool = False  # inside <h1>…<h6>
    bold: bool = False  # inside <strong>/<b>


def _normalise(chars: Sequence[_Char]) -> list[_Char]:
    """NFKC one character at a time, so each output character keeps its source span; then
    collapse each whitespace run to one space and strip the ends of the paragraph."""
    out: list[_Char] = []
    space: _Char | None = None
    for source in chars:
        normal = unicodedata.normalize("NFKC", source.char)
        for char in normal:
            if char.isspace():
                # The run's space points at a literal space when it has one, so that the
                # file text under it normalises to the space.
                if space is None or (space.char != " " and source.char == " "):
                    space = source
                continue
            if space is not None and out:
                out.append(space if space.char == " " else _Char(" ", *space[1:]))
            space = None
            out.append(source if normal == source.char else _Char(char, *source[1:]))
    return out


# Pages converted between scripts by some mirrors print a character's reading after it:
# 累計(jì), 會(huì ). The reading is not the article's text: it splits words (環(huán)比) that
# the extractor must see whole.
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_READING = re.compile(
    rf"(?<=[\u3400-\u9fff])\((?=[a-zü ]*[{_TONE_MARKS}])[a-zü{_TONE_MARKS}]{{1,7}} ?\)"
)


def _without_pinyin(chars: list[_Char]) -> list[_Char]:
    text = "".join(char.char for char in chars)
    if "(" not in text:
        return chars
    dropped = {index for match in _PINYIN_READING.finditer(text) for index in range(*match.span())}
    return [char for index, char in enumerate(chars) if index not in dropped] if dropped else chars


# Markdown's emphasis marks (实现营业收入**225.00亿元**, *注：以上数据经审计。*) are not the
# article's words: left in, they end up in a measure's name and in the messages that quote it.
_STRONG_EMPHASIS = re.compile(r"\*\*|__")
_ITALIC_LINE = re.compile(r"^\*(?=\S)(?!\*).*(?<=\S)\*$")


def _without_emphasis(paragraph: list[_Char]) -> list[_Char]:
    text = "".join(char.char for char in paragraph)
    dropped = {index for match in _STRONG_EMPHASIS.finditer(text) for index in range(*match.span())}
    if _ITALIC_LINE.match(text):
        dropped |= {0, len(text) - 1}
    if not dropped:
        return paragraph
    kept = [char for index, char in enumerate(paragraph) if index not in dropped]
    return _normalise(kept)


_MID_SENTENCE_MARKS = frozenset("，、,")


class _Paragraphs:
    def __init__(self) -> None:
        self.done: list[list[_Char]] = []
        self._current: list[_Char] = []

    def add(self, char: _Char) -> None:
        self._current.append(char)

    def ends_mid_sentence(self) -> bool:
        """The paragraph so far stops after a comma (，、,): its sentence goes on."""
        last = next((char.char for char in reversed(self._current) if not char.char.isspace()), "")
        return last in _MID_SENTENCE_MARKS

    def close(self) -> None:
        paragraph = _without_pinyin(_normalise(self._current))
        self._current = []
        if paragraph:
            self.done.append(paragraph)


_LINE = re.compile(r"[^\r\n]+")


def _plain_paragraphs(
    content: str, start: int, end: int, skipped: Sequence[tuple[int, int, str]] = ()
) -> list[list[_Char]]:
    hidden = {position for comment_start, comment_end, _ in skipped
              for position in range(comment_start, comment_end)}
    paragraphs = _Paragraphs()
    for line in _LINE.finditer(content, start, end):
        for position in range(line.start(), line.end()):
            if position not in hidden:
                paragraphs.add(_Char(content[position], position, position + 1))
        paragraphs.close()
    return paragraphs.done


# An entry of a further-reading list: 3.《达远货运的焦虑》,某财经网
_READING_LIST_ENTRY = re.compile(r"\d{1,2}[.、]\s?《[^》]+》")


def _without_trailing_boilerplate(paragraphs: list[list[_Char]]) -> list[list[_Char]]:
    """The body without what the feed appended after the article (责任编辑, 尽在…APP, 封面图片来源,
    a further-reading list): the article's last sentence is the one before them."""
    end = len(paragraphs)
    while end > 1 and _is_boilerplate("".join(char.char for char in paragraphs[end - 1])):
        end -= 1
    return paragraphs[:end]


def _is_boilerplate(text: str) -> bool:
    stripped = simplified(text.strip())  # 責任編輯, 盡在新浪財經APP: a re-post in traditional characters
    return (stripped.startswith(lexicon.BOILERPLATE_OPENINGS)
            or any(promotion in stripped.replace(" ", "") for promotion in lexicon.BOILERPLATE_PROMOTIONS)
            or bool(_READING_LIST_ENTRY.match(stripped)))


# A photo's caption ends with its credit (…领先群雄。图/本报资料照片, 图／记者王敏摄): like a
# heading, it states figures a reader takes in without the body's sentences around them.
_CAPTION_CREDIT = re.compile(r"[。.，,\s]\s*[图圖]\s*[/／:：|]\s*[^。，,；;]{1,16}$")
_LONGEST_CAPTION = 80


def _is_caption(paragraph: str) -> bool:
    text = paragraph.strip()
    return len(text) <= _LONGEST_CAPTION and _CAPTION_CREDIT.search(text) is not None


def _assemble(paragraphs: list[list[_Char]]) -> tuple[SourceText, tuple[Block, ...]]:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    blocks = []
    for paragraph in paragraphs:
        if chars:  # the separator points where the previous paragraph ended
            chars.append("\n")
            starts.append(ends[-1])
            ends.append(ends[-1])
        begin = len(chars)
        for char in paragraph:
            chars.append(char.char)
            starts.append(char.start)
            ends.append(char.end)
        heading = any(char.heading for char in paragraph) or all(
            char.bold for char in paragraph if char.char != " "
        ) or _is_caption("".join(char.char for char in paragraph))
        blocks.append(Block(start=begin, end=len(chars), kind="heading" if heading else "paragraph"))
    text = SourceText(text="".join(chars), starts=tuple(starts), ends=tuple(ends))
    return text, tuple(blocks)


def _source_text(chars: list[_Char]) -> SourceText | None:
    chars = _normalise(chars)
    if not chars:
        return None
    return SourceText(
        text="".join(char.char for char in chars),
        starts=tuple(char.start for char in chars),
        ends=tuple(char.end for char in chars),
    )


# ---------------------------------------------------------------------------------------
# Body: HTML
#
# BeautifulSoup (with lxml) decides which text is kept and where paragraphs break. It does
# not say where a string stood in the file, so _Aligner finds each string in the raw HTML,
# walking forward from a cursor and stepping over tags, comments and entities.

_HTML_TAG = re.compile(r"<(?:!--|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)")
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li tr blockquote center section article table ul ol pre hr "
    "header footer aside nav main figure figcaption dl dt dd address caption thead tbody "
    "tfoot form fieldset details summary body html".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_BOLD = frozenset(("b", "strong"))
_CELLS = frozenset(("td", "th"))
# Elements whose content the HTML tokenizer reads as raw text: no tags, no text nodes of
# ours (their strings are never aligned, and the aligner skips them as markup).
_RAW_TEXT = frozenset("script style iframe noembed noframes xmp textarea title plaintext".split())
_DROPPED = _RAW_TEXT | frozenset(
    "noscript template head svg math select object embed canvas audio video".split()
)
_NOT_TEXT = (Comment, CData, ProcessingInstruction, Declaration, Doctype)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n\s*")


def _html_paragraphs(
    content: str, start: int, end: int, blank_line_breaks: bool
) -> tuple[list[list[_Char]], list[_Char] | None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(content[start:end], "lxml")
    aligner = _Aligner(content, start, end)
    paragraphs = _Paragraphs()
    aligned: dict[int, list[tuple[int, int]]] = {}  # id(string) -> spans, for the <h1> title

    # Iterative walk (deeply nested pages must not hit the recursion limit); None closes
    # the paragraph of the block element whose children were just walked.
    stack: list[tuple[object, bool, bool, bool] | None] = [(soup, True, False, False)]
    while stack:
        item = stack.pop()
        if item is None:
            paragraphs.close()
            continue
        node, keep, heading, bold = item
        if isinstance(node, NavigableString):
            if isinstance(node, _NOT_TEXT):
                continue
            # Every text string is aligned, kept or not, so the cursor moves past it.
            spans = aligned[id(node)] = aligner.align(str(node))
            if keep:
                _add_text(paragraphs, str(node), spans, heading, bold, blank_line_breaks)
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in _RAW_TEXT:
            continue
        keep = keep and name not in _DROPPED and not _hidden(node) and not _footnote_mark(node)
        if name == "br":
            if keep and (paragraphs.ends_mid_sentence() or node.find_parent(_CELLS) is not None):
                # 二零二四年<br>港币百万元 in a header cell: the row stays one line.
                # 同比增长10.0%，<br>上年同期为…: a line broken inside a sentence, which runs on.
                paragraphs.add(_Char(" ", aligner.cursor, aligner.cursor))
            elif keep:
                paragraphs.close()
            continue
        heading = heading or name in _HEADINGS
        bold = bold or name in _BOLD
        if keep and name in _BLOCKS:
            paragraphs.close()
            stack.append(None)
        elif keep and name in _CELLS:
            # Keeps the cells of a table row from running into one number ("2021" "139").
            paragraphs.add(_Char(" ", aligner.cursor, aligner.cursor))
        stack.extend((child, keep, heading, bold) for child in reversed(node.contents))
    paragraphs.close()
    return paragraphs.done, _html_title(soup, aligner, aligned)


def _add_text(
    paragraphs: _Paragraphs, text: str, spans: list[tuple[int, int]],
    heading: bool, bold: bool, blank_line_breaks: bool,
) -> None:
    breaks = {match.start() for match in _BLANK_LINE.finditer(text)} if blank_line_breaks else set()
    for index, (char, (start, end)) in enumerate(zip(text, spans)):
        if index in breaks:
            paragraphs.close()
        paragraphs.add(_Char(char, start, end, heading, bold))


# A footnote's mark (经调整净利润<sup>1</sup>为, 8.80亿元<sup>2</sup>, <sup>注1</sup>): not the
# article's words, and its digit would run into the figure or the measure beside it. An exponent
# after a Latin letter or a digit (m<sup>2</sup>, 10<sup>8</sup>) is kept.
_FOOTNOTE_MARK = re.compile(r"\s*(?:注|註|note\s*)?[\[(（]?(?:\d{1,2}|[*†‡#a-z])[\])）]?\s*", re.IGNORECASE)


def _footnote_mark(tag: Tag) -> bool:
    if (tag.name or "").lower() != "sup" or not _FOOTNOTE_MARK.fullmatch(tag.get_text()):
        return False
    before = tag.previous_sibling
    text = str(before) if isinstance(before, NavigableString) else (before.get_text() if isinstance(before, Tag) else "")
    last = text.rstrip()[-1:] if text.strip() else ""
    return not (last.isascii() and last.isalnum())


def _hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(str(tag.get("style") or "")))


def _html_title(soup: BeautifulSoup, aligner: _Aligner, aligned: dict) -> list[_Char] | None:
    """The page's <title>, else its first <h1>: for HTML files without front matter."""
    title = soup.find("title")
    if title is not None and aligner.title_content is not None:
        text = title.get_text()
        content_start, content_end = aligner.title_content
        spans = _Aligner(aligner.raw, content_start, content_end, markup={}).align(text)
        chars = [_Char(char, start, end) for char, (start, end) in zip(text, spans)]
        if _normalise(chars):
            return chars
    heading = soup.find("h1")
    if heading is None:
        return None
    chars = []
    for string in heading.find_all(string=True):
        spans = aligned.get(id(string))
        if spans is not None:
            chars.extend(_Char(char, start, end) for char, (start, end) in zip(str(string), spans))
    return chars or None


_TAG_NAME = re.compile(r"[A-Za-z][^\s/>]*")
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_SEARCH_WINDOW = 20_000  # how far ahead a string lxml moved or altered is looked for


class _Aligner:
    """Finds BeautifulSoup's strings, in document order, in the raw HTML of ``raw[start:end]``."""

    def __init__(self, raw: str, start: int, end: int, markup: dict[int, int] | None = None):
        self.raw = raw
        self.end = end
        self.cursor = start
        self.title_content: tuple[int, int] | None = None
        self.markup = self._scan_markup(start) if markup is None else markup
        self._markup_starts = sorted(self.markup)

    def align(self, text: str) -> list[tuple[int, int]]:
        """(start, end) in the file for each character of ``text``; never past the file."""
        if not text:
            return []
        found = self._match(text, self.cursor)
        if found is None and not text.isspace():  # whitespace lxml dropped is not worth a hunt
            found = self._search(text)
        if found is None:
            return self._approximate(text)
        spans, self.cursor = found
        return spans

    def _match(self, text: str, position: int) -> tuple[list[tuple[int, int]], int] | None:
        raw, end, spans, index = self.raw, self.end, [], 0
        while index < len(text):
            if position in self.markup:
                position = self.markup[position]
                continue
            if position >= end:
                return None
            char = raw[position]
            if char == "&":
                entity = self._entity(position)
                if entity and text.startswith(entity[1], index):
                    spans.extend([(position, entity[0])] * len(entity[1]))
                    index += len(entity[1])
                    position = entity[0]
                    continue
            if char == "\r" and text[index] == "\n":  # the parser turns \r\n and \r into \n
                after = position + 1
                if after < end and raw[after] == "\n":
                    after += 1
                spans.append((position, after))
                position, index = after, index + 1
                continue
            if char != text[index]:
                return None
            spans.append((position, position + 1))
            position, index = position + 1, index + 1
        return spans, position

    def _entity(self, position: int) -> tuple[int, str] | None:
        """(end, decoded text) of the character reference at ``position``, as HTML5 reads it."""
        match = _ENTITY.match(self.raw, position, self.end)
        if not match:
            return None
        token = match.group()
        if token[1] == "#":
            # HTML5 drops a reference to a control character (&#1); lxml keeps the character.
            digits = token[2:].rstrip(";")
            number = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
            return match.end(), html.unescape(token) or chr(number)
        name = token[1:]
        if name.endswith(";") and name in HTML5_ENTITIES:
            return match.end(), HTML5_ENTITIES[name]
        # Without its semicolon a legacy name still counts, as its longest prefix: "&ampb" is "&b".
        name = name.rstrip(";")
        for length in range(len(name), 1, -1):
            if name[:length] in HTML5_ENTITIES:
                return position + 1 + length, HTML5_ENTITIES[name[:length]]
        return None

    def _search(self, text: str) -> tuple[list[tuple[int, int]], int] | None:
        # Candidates are where the first character, or an entity that may decode to it, stands.
        first = re.compile(re.escape(text[0]) + "|&" + ("|\r" if text[0] == "\n" else ""))
        limit = min(self.end, self.cursor + _SEARCH_WINDOW)
        for candidate in first.finditer(self.raw, self.cursor, limit):
            position = candidate.start()
            if self._inside_markup(position):
                continue
            found = self._match(text, position)
            if found is not None:
                return found
        return None

    def _approximate(self, text: str) -> list[tuple[int, int]]:
        """Character by character, each looked for a few places ahead, else at the cursor."""
        spans = []
        for char in text:
            position, tried, found = self.cursor, 0, None
            while position < self.end and tried < 8 and found is None:
                if position in self.markup:
                    position = self.markup[position]
                    continue
                found = self._match(char, position)
                position, tried = position + 1, tried + 1
            if found is None:
                spans.append((self.cursor, self.cursor))
            else:
                spans.extend(found[0])
                self.cursor = found[1]
        return spans

    def _inside_markup(self, position: int) -> bool:
        index = bisect.bisect_right(self._markup_starts, position) - 1
        return index >= 0 and position < self.markup[self._markup_starts[index]]

    # --- the markup of the raw HTML, tokenized as an HTML5 parser (and lxml >= 5) does

    def _scan_markup(self, start: int) -> dict[int, int]:
        spans: dict[int, int] = {}
        position = start
        while (opening := self.raw.find("<", position, self.end)) >= 0:
            closing = self._markup_end(opening)
            if closing is None:  # a literal "<"
                position = opening + 1
                continue
            spans[opening] = closing
            position = closing
        return spans

    def _markup_end(self, position: int) -> int | None:
        raw, end = self.raw, self.end
        after = raw[position + 1:position + 2] if position + 1 < end else ""
        if raw.startswith("<!--", position):
            for empty in ("<!-->", "<!--->"):
                if raw.startswith(empty, position):
                    return position + len(empty)
            closing = raw.find("-->", position + 4, end)
            return end if closing < 0 else closing + 3
        if after in ("!", "?"):  # doctype, CDATA or a processing instruction: a bogus comment
            return self._through(">", position + 2)
        if after == "/":
            following = raw[position + 2:position + 3] if position + 2 < end else ""
            if following == ">":
                return position + 3
            if following.isascii() and following.isalpha():
                return self._tag_end(position + 2)
            return None if not following else self._through(">", position + 2)
        if not (after.isascii() and after.isalpha()):
            return None
        tag_end = self._tag_end(position + 1)
        name = _TAG_NAME.match(raw, position + 1).group().lower()
        if name == "plaintext":
            return end
        if name not in _RAW_TEXT:
            return tag_end
        closing = re.compile(rf"</{re.escape(name)}(?=[\s/>])", re.IGNORECASE).search(raw, tag_end, end)
        content_end = closing.start() if closing else end
        if name == "title" and self.title_content is None:
            self.title_content = (tag_end, content_end)
        return self._tag_end(closing.start() + 2) if closing else end

    def _tag_end(self, position: int) -> int:
        """Just past the ">" closing a tag; a quoted attribute value may contain ">"."""
        raw, end = self.raw, self.end
        while position < end:
            char = raw[position]
            if char == ">":
                return position + 1
            if char == "=":
                position += 1
                while position < end and raw[position] in " \t\n\r\f":
                    position += 1
                if position < end and raw[position] in "\"'":
                    closing = raw.find(raw[position], position + 1, end)
                    if closing < 0:
                        return end
                    position = closing + 1
                continue
            position += 1
        return end  # a tag cut off by the end of the file is dropped by the parser

    def _through(self, char: str, position: int) -> int:
        found = self.raw.find(char, position, self.end)
        return self.end if found < 0 else found + 1
