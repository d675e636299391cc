"""Ingest: files and folders of letters -> Letter (source path, decoded text, sha256).

Reads .txt and .md (UTF-8 with or without BOM, cp1252 as a fallback), .pdf (its text layer,
through pypdf) and .html/.htm (the official publication on zoek.officielebekendmakingen.nl,
or any HTML page: block elements become lines) and .xml (the official XML of a publication, root
``officiele-publicatie``: kg/read/officialxml.py). Anything that cannot become a letter's text
raises UnreadableLetter with a one-line reason.
"""
from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from ..domain.errors import UnreadableLetter, UsageError
from ..domain.model import Letter
from .officialxml import SUPERSCRIPT, read_official_xml

SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
            ".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html",
            ".xml": "application/xml"}
MAX_BYTES = 50 * 1024 * 1024
# the most text one letter may hold: about 4,000 pages, four times the longest letter seen; a letter
# over it would take minutes and gigabytes to read, so it is refused at once (the file may be larger:
# PDF and HTML hold far more than their text)
MAX_TEXT_CHARS = 8 * 1024 * 1024
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def letter_paths(paths: Iterable[Path | str], problems: list[tuple[Path, str]] | None = None) -> list[Path]:
    """The letter files named by ``paths``: files as given, folders searched recursively.

    What cannot be read as a letter file goes into ``problems`` as (path, reason), and the
    walk goes on: a folder that cannot be opened, a symbolic link loop, a link to nothing,
    a named pipe, device or socket (opening one would wait forever). A path that does not
    exist at all is a usage error.
    """
    problems = [] if problems is None else problems
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(_walk(path, path, {_identity(path)}, problems)))
        elif path.is_file():
            found.append(path)
        elif os.path.lexists(path):
            problems.append((path, _not_a_file(path)))
        else:
            raise UsageError(f"{shown(path)}: no such file or folder")
    named = dict(problems)  # a path named twice (given, and found in a folder given) is named once
    problems[:] = list(named.items())
    return list(dict.fromkeys(found))


def _not_a_file(path: Path) -> str:
    """Why ``path``, which exists as a name but is no regular file or folder, is skipped."""
    if path.is_symlink() and not path.exists():
        return "symbolic link to a file or folder that does not exist; skipped"
    return f"is {_kind(path)}, not a letter file; skipped"


def _identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_dev, info.st_ino


def _kind(path: Path) -> str:
    """What a path that is neither a file nor a folder is, in words."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _walk(root: Path, folder: Path, ancestors: set[tuple[int, int]],
          problems: list[tuple[Path, str]]) -> Iterator[Path]:
    """Letter files below ``folder`` (hidden names skipped); links followed, loops named once and cut."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        problems.append((folder, f"cannot read folder ({exc.strerror or exc}); skipped"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            if getattr(exc, "errno", None) == errno.ELOOP:
                problems.append((path, "symbolic link loop; skipped"))
            else:
                problems.append((path, f"cannot read ({exc.strerror or exc}); skipped"))
            continue
        if is_dir:
            try:
                identity = _identity(path)
            except OSError as exc:
                problems.append((path, f"cannot read folder ({exc.strerror or exc}); skipped"))
                continue
            if identity in ancestors:
                problems.append((path, "symbolic link loop (a folder inside itself); skipped"))
                continue
            yield from _walk(root, path, ancestors | {identity}, problems)
        elif path.suffix.lower() not in SUFFIXES:
            continue
        elif is_file:
            yield path
        else:
            problems.append((path, _not_a_file(path)))


_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(path: Path | str) -> str:
    """A path as it may be printed: bytes that are not UTF-8 as U+FFFD, control characters escaped.

    A file name can hold a terminal escape sequence (ESC [ ...) or a right-to-left override;
    printed raw, it would recolour or rewrite the user's terminal.
    """
    text = os.fsencode(path).decode("utf-8", "replace")
    return _UNSAFE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def read_letter(path: Path | str) -> Letter:
    """Read one file into a Letter; raises UnreadableLetter when it holds no letter text."""
    path = Path(path)
    media_type = SUFFIXES.get(path.suffix.lower())
    if media_type is None:
        raise UnreadableLetter(path, f"unsupported file type '{path.suffix}' (use .txt, .md, .pdf, .html or .xml)")
    data = read_bounded(path)
    if not data.strip():
        raise UnreadableLetter(path, "file is empty")
    notes: list[str] = []
    official = None
    if media_type == "application/pdf":
        text = pdf_text(path, data)
    elif media_type == "application/xml":
        text, official = read_official_xml(path, data)
    else:
        text = decode(path, data, notes)
        if media_type == "text/html":
            text = html_text(text)
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableLetter(path, f"letter holds {len(text) / 2**20:.0f} million characters of text, over the "
                                     f"{MAX_TEXT_CHARS // 2**20} million kg reads in one letter; split it")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LONE_SURROGATE.sub("\ufffd", text)  # a broken PDF font map; RDF literals cannot hold them
    if not re.search(r"[A-Za-zÀ-ÿ]{2,}", text):
        raise UnreadableLetter(path, "no readable text in the file")
    letter = Letter(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), media_type=media_type,
                    official=official)
    return replace(letter, warnings=tuple(notes)) if notes else letter


def read_bounded(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes: the size is checked before reading,
    and no more than the limit is read even when the file grows meanwhile; a named pipe or
    device is refused without opening it (a read could wait forever)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableLetter(path, f"is {_kind(path)}, not a letter file")
        if info.st_size > limit:
            raise UnreadableLetter(path, f"file is {info.st_size / 2**20:.0f} MB, over the {limit // 2**20} MB "
                                         f"limit for one letter")
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise UnreadableLetter(path, f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise UnreadableLetter(path, f"file grew over the {limit // 2**20} MB limit for one letter while it was read")
    return data


# control characters other than tab, line feed, form feed and carriage return: binary noise
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def decode(path: Path, data: bytes, notes: list[str] | None = None) -> str:
    """UTF-8 (a BOM is dropped), UTF-16 with a BOM, else cp1252; binary noise is refused.

    A file that is UTF-8 but for a few bad bytes (a pasted cp1252 quote, a cut multi-byte
    character) is read as UTF-8 with those bytes as U+FFFD, and a warning goes into ``notes``:
    reading the whole file as cp1252 would garble every accented letter. Only a file whose
    non-ASCII bytes are mostly not UTF-8 is read as cp1252.
    """
    if data.startswith(b"%PDF-"):
        raise UnreadableLetter(path, "file is a PDF with a text name; rename it to .pdf")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableLetter(path, "file starts as UTF-16 text but does not decode as UTF-16") from None
    sample = data[:65536]
    if b"\x00" in sample:
        raise UnreadableLetter(path, "file is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _mixed(data, notes)
    controls = len(_CONTROL_CHARACTER.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 50) or text[:65536].count("\ufffd") > max(8, len(text[:65536]) // 50):
        raise UnreadableLetter(path, "file is binary, not text")
    return text


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _mixed(data: bytes, notes: list[str] | None) -> str:
    """Bytes that are not valid UTF-8: UTF-8 with replacements when most non-ASCII bytes are UTF-8, else cp1252."""
    high = len(_HIGH_BYTE.findall(data))
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if in_sequences * 2 >= high:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - data.decode("utf-8-sig", errors="ignore").count("\ufffd")
        if notes is not None:
            notes.append(f"{bad} byte{'s' if bad != 1 else ''} that are not UTF-8 read as U+FFFD (the rest is UTF-8)")
        return text
    return data.decode("cp1252", errors="replace")


def pdf_text(path: Path, data: bytes) -> str:
    """The text layer of a PDF, pages separated by a form feed."""
    from pypdf import PdfReader

    if b"%PDF-" not in data[:1024]:
        raise UnreadableLetter(path, "not a PDF (no %PDF- header); is it another kind of file named .pdf?")
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableLetter(path, "PDF is truncated (no %%EOF marker at its end); download or save it again")
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                _open_encrypted(path, reader)
            pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableLetter:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        reason = f"{type(exc).__name__}: {str(exc)[:80]}"
        raise UnreadableLetter(path, f"PDF cannot be read ({reason}); is it truncated?") from exc
    text = "\n\f\n".join(pages)
    if not re.search(r"[A-Za-zÀ-ÿ]{3,}", text):
        raise UnreadableLetter(path, "PDF has no text layer (a scan?); it needs OCR first")
    return text


def _open_encrypted(path: Path, reader) -> None:
    """Open a PDF with only an owner password (RC4 or AES); one that needs a password to open is refused."""
    from pypdf.errors import DependencyError, PdfReadError

    try:
        opened = reader.decrypt("")
    except DependencyError as exc:  # pragma: no cover - cryptography is a dependency of kg
        raise UnreadableLetter(path, f"PDF is AES-encrypted and the 'cryptography' package is missing ({exc})") from exc
    except (NotImplementedError, PdfReadError) as exc:
        raise UnreadableLetter(path, f"PDF uses an encryption kg cannot read ({exc}); "
                                     "save an unencrypted copy") from exc
    if not opened:
        raise UnreadableLetter(path, "PDF is encrypted with a password to open it; save an unencrypted copy")


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Keep pypdf's log lines and warnings about damaged files off the terminal: the library never prints."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "header", "footer", "blockquote", "dt", "dd", "dl", "pre", "hr",
           "title", "main"}
_SKIP = {"script", "style", "head", "nav", "noscript", "template", "button", "form", "svg", "iframe"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
# page chrome of zoek.officielebekendmakingen.nl and similar sites, by class or id
_CHROME = re.compile(r"\b(nav|menu|breadcrumbs?|header|footer|skiplinks?|cookie\w*|toolbar|sidebar|"
                     r"metadata|meta-?data|share|print|search|zoek\w*|pagination|back-to-top|naar-?boven)\b", re.I)


class _TextCollector(HTMLParser):
    """Collects the visible text of a page; block elements start new lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.open: dict[str, int] = {}  # how many of each tag the stack holds: 'is it open?' in O(1)
        self.skip_at: int | None = None  # stack depth where a skipped element began
        self.sup_depth = 0
        self.cells = 0  # the cells of the table row being read so far

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr") and self.skip_at is None:
                self.parts.append(" " if self._in_cell() else "\n")
            return
        self.stack.append(tag)
        self.open[tag] = self.open.get(tag, 0) + 1
        if self.skip_at is not None:
            return
        names = " ".join(value or "" for key, value in attrs if key in ("class", "id", "role"))
        if tag in _SKIP or (names and _CHROME.search(names)):
            self.skip_at = len(self.stack)
        elif tag == "sup":
            self.sup_depth += 1
        elif tag in _BLOCKS:
            self.parts.append(" " if self._in_cell() else "\n\n")  # a cell's paragraphs go on in its row
            if tag == "tr":
                self.cells = 0
        elif tag in ("td", "th"):  # a row's cells on its line, parted by '|' (kg/extract/recommendations/tables.py)
            self.parts.append(" | " if self.cells else " ")
            self.cells += 1

    def _in_cell(self) -> bool:
        """Inside a cell of a table: its row is written on one line."""
        return bool(self.open.get("td") or self.open.get("th"))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open.get(tag):
            return
        while self.stack:
            open_tag = self.stack.pop()
            self.open[open_tag] -= 1
            if self.skip_at is not None and len(self.stack) < self.skip_at:
                self.skip_at = None
                if open_tag == tag:
                    return
                continue
            if self.skip_at is None:
                if open_tag == "sup":
                    self.sup_depth = max(0, self.sup_depth - 1)
                elif open_tag in _BLOCKS:
                    self.parts.append(" " if self._in_cell() else "\n\n")
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.skip_at is not None:
            return
        if self.sup_depth and data.strip().isdigit():
            self.parts.append(data.strip().translate(SUPERSCRIPT))
            return
        self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_text(html: str) -> str:
    """Visible text of an HTML page: block elements on lines of their own, blank lines between."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "\n".join(line.strip() for line in "".join(collector.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
