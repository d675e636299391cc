"""Ingest: files and folders of letters -> Letter (source path, decoded text, sha256).

Reads .txt and .md (UTF-8 with or without BOM, cp1252 as a fallback), .pdf (its text layer,
through pypdf) and .html/.htm (the official publication on zoek.officielebekendmakingen.nl,
or any HTML page: block elements become lines) and .xml (the official XML of a publication, root
``officiele-publicatie``: kg/officialxml.py). Anything that cannot become a letter's text
raises UnreadableLetter with a one-line reason.
"""
from __future__ import annotations

import hashlib
import io
import logging
import re
import warnings
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from .errors import UnreadableLetter, UsageError
from .model import Letter
from .officialxml import read_official_xml

SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
            ".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html",
            ".xml": "application/xml"}
MAX_BYTES = 50 * 1024 * 1024
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def letter_paths(paths: Iterable[Path | str]) -> list[Path]:
    """The letter files named by ``paths``: files as given, folders searched recursively."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path, None)
    return list(unique)


def read_letter(path: Path | str) -> Letter:
    """Read one file into a Letter; raises UnreadableLetter when it holds no letter text."""
    path = Path(path)
    media_type = SUFFIXES.get(path.suffix.lower())
    if media_type is None:
        raise UnreadableLetter(path, f"unsupported file type '{path.suffix}' (use .txt, .md, .pdf, .html or .xml)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableLetter(path, f"file is {size / 2**20:.0f} MB, over the {MAX_BYTES // 2**20} MB limit for one letter")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableLetter(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise UnreadableLetter(path, "file is empty")
    official = None
    if media_type == "application/pdf":
        text = pdf_text(path, data)
    elif media_type == "application/xml":
        text, official = read_official_xml(path, data)
    else:
        text = decode(path, data)
        if media_type == "text/html":
            text = html_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LONE_SURROGATE.sub("\ufffd", text)  # a broken PDF font map; RDF literals cannot hold them
    if not re.search(r"[A-Za-zÀ-ÿ]{2,}", text):
        raise UnreadableLetter(path, "no readable text in the file")
    return Letter(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), media_type=media_type,
                  official=official)


# control characters other than tab, line feed, form feed and carriage return: binary noise
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (a BOM is dropped), UTF-16 with a BOM, else cp1252; binary noise is refused."""
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
        text = data.decode("cp1252", errors="replace")
    controls = len(_CONTROL_CHARACTER.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 50) or text[:65536].count("\ufffd") > max(8, len(text[:65536]) // 50):
        raise UnreadableLetter(path, "file is binary, not text")
    return text


def pdf_text(path: Path, data: bytes) -> str:
    """The text layer of a PDF, pages separated by a form feed."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%PDF-" not in data[:1024]:
        raise UnreadableLetter(path, "not a PDF (no %PDF- header); is it another kind of file named .pdf?")
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableLetter(path, "PDF is truncated (no %%EOF marker at its end); download or save it again")
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    if not reader.decrypt(""):
                        raise UnreadableLetter(path, "PDF is encrypted; save an unencrypted copy")
                except (NotImplementedError, PdfReadError) as exc:
                    raise UnreadableLetter(path, "PDF is encrypted; save an unencrypted copy") from exc
            pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableLetter:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise UnreadableLetter(path, f"PDF cannot be read ({type(exc).__name__}: {str(exc)[:80]}); is it truncated?") from exc
    text = "\n\f\n".join(pages)
    if not re.search(r"[A-Za-zÀ-ÿ]{3,}", text):
        raise UnreadableLetter(path, "PDF has no text layer (a scan?); it needs OCR first")
    return text


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
        self.skip_at: int | None = None  # stack depth where a skipped element began
        self.sup_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr") and self.skip_at is None:
                self.parts.append("\n")
            return
        self.stack.append(tag)
        if self.skip_at is not None:
            return
        names = " ".join(value or "" for key, value in attrs if key in ("class", "id", "role"))
        if tag in _SKIP or (names and _CHROME.search(names)):
            self.skip_at = len(self.stack)
        elif tag == "sup":
            self.sup_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if self.skip_at is not None and len(self.stack) < self.skip_at:
                self.skip_at = None
                if open_tag == tag:
                    return
                continue
            if self.skip_at is None:
                if open_tag == "sup":
                    self.sup_depth = max(0, self.sup_depth - 1)
                elif open_tag in _BLOCKS:
                    self.parts.append("\n\n")
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.skip_at is not None:
            return
        if self.sup_depth and data.strip().isdigit():
            self.parts.append(data.strip().translate(_SUPERSCRIPT))
            return
        self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_text(html: str) -> str:
    """Visible text of an HTML page: block elements on lines of their own, blank lines between."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
