"""Recommendations in a table turned into text (``_table_groups``): a header row of cells parted by '|' that names
the recommendations' column ('Aanbeveling', 'Advies') and perhaps their addressee ('Gericht aan', 'Adressaat') and
the answer ('Reactie', 'Kabinetsreactie', 'Standpunt'), one paragraph a row, as a PDF's or a web page's table reads
when copied, and as kg reads the tables of an HTML or XML publication. Each row under the header, of as many cells,
is one recommendation, answered by its own answer cell."""
from __future__ import annotations

import re

from ...domain.model import Document, Sentence, Span
from .common import _BULLET_NUMBER, _Group, _Item, _label

# the header of a column, as a whole cell
_RECOMMENDATION_COLUMN = re.compile(r"(?:aanbeveling(?:en)?|advie(?:s|zen))(?:\s+\S+){0,2}", re.IGNORECASE)
_ANSWER_COLUMN = re.compile(r"(?:(?:kabinets|beleids)?reactie|standpunt|appreciatie|opvolging|stand\s+van\s+zaken)"
                            r"(?:\s+\S+){0,2}", re.IGNORECASE)
_ADDRESSEE_COLUMN = re.compile(r"(?:gericht\s+aan|adressaat|aan\s+wie|aan|voor\s+wie)", re.IGNORECASE)
_NUMBER_COLUMN = re.compile(r"(?:nr\.?|nummer|#)", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,2}[.)]?")
_SENTENCE = re.compile(r"\S[^.!?]*(?:[.!?]+(?=\s|$)|$)")  # a sentence of a cell: up to its stop
RULE = "row of a table of recommendations"


def _cells(text: str, start: int) -> list[tuple[Span, str]]:
    """The cells of a row, each (span in the letter, text without its spaces), an empty one too (a Markdown row's
    '|' at its start and end make one each, in the header as in every row)."""
    cells = []
    offset = 0
    for cell in text.split("|"):
        stripped = cell.strip()
        at = start + offset + (cell.index(stripped) if stripped else 0)
        cells.append((Span(at, at + len(stripped)), stripped))
        offset += len(cell) + 1
    return cells


def _columns(cells: list[tuple[Span, str]]) -> dict[str, int] | None:
    """Which column holds what, when a row of cells is the header of a table of recommendations."""
    if len(cells) < 2:
        return None
    columns: dict[str, int] = {}
    for index, (_, text) in enumerate(cells):
        if not text:
            continue
        for name, pattern in (("recommendation", _RECOMMENDATION_COLUMN), ("answer", _ANSWER_COLUMN),
                              ("addressee", _ADDRESSEE_COLUMN), ("number", _NUMBER_COLUMN)):
            if name not in columns and pattern.fullmatch(text.rstrip(":")):
                columns[name] = index
                break
    return columns if "recommendation" in columns else None


def _table_groups(document: Document, used: frozenset[int] = frozenset()) -> tuple[list[_Group], frozenset[int]]:
    """One group per row of each table of recommendations, the row's answer cell its response; and the paragraphs
    of the tables (header and rows), which no other reader reads again."""
    paragraphs = document.paragraphs
    groups: list[_Group] = []
    taken: set[int] = set()
    index = 0
    while index < len(paragraphs):
        header = document.text[paragraphs[index].span.start:paragraphs[index].span.end]
        columns = _columns(_cells(header, paragraphs[index].span.start)) if "|" in header and index not in used \
            else None
        if columns is None:
            index += 1
            continue
        width = header.count("|") + 1
        row = index + 1
        while row < len(paragraphs) and row not in used:
            span = paragraphs[row].span
            text = document.text[span.start:span.end]
            if "\n" in text.strip() or text.count("|") + 1 != width:
                break
            cells = _cells(text, span.start)
            item = _row_item(cells, columns, len(groups))
            if item is not None:
                groups.append(_Group(items=(item,), response=_answer(cells, columns, row), aligned=False))
            row += 1
        if row > index + 1:
            taken.update(range(index, row))
        index = row
    return groups, frozenset(taken)


_NO_CELL = (Span(0, 0), "")  # a column the table does not have


def _row_item(cells: list[tuple[Span, str]], columns: dict[str, int], group: int) -> _Item | None:
    """A row's recommendation (three words at least), with its addressee and number where the table gives them."""
    span, text = cells[columns["recommendation"]]
    number = cells[columns["number"]][1] if "number" in columns else ""
    marker = _BULLET_NUMBER.match(text)
    if marker is not None and text[marker.end():marker.end() + 1].isspace():  # '2. Wijs ... toe.': numbered in its cell
        number = number or marker.group("number")
        skipped = len(text) - len(text[marker.end():].lstrip())
        span, text = Span(span.start + skipped, span.end), text[skipped:]
    if len(text.split()) < 3:
        return None
    addressee_span, addressee = cells[columns["addressee"]] if "addressee" in columns else _NO_CELL
    return _Item(text=text, span=span, addressee=addressee or None,
                 addressee_span=addressee_span if addressee else None, rule=RULE, group=group,
                 label=_label(number.rstrip(".)")) if _NUMBER.fullmatch(number) or number.isalpha() else None)


def _answer(cells: list[tuple[Span, str]], columns: dict[str, int], paragraph: int) -> tuple[Sentence, ...]:
    """The sentences of a row's answer cell ('Deels overgenomen. Het doel delen wij, ...')."""
    if "answer" not in columns:
        return ()
    span, text = cells[columns["answer"]]
    return tuple(Sentence(span=Span(span.start + found.start(), span.start + found.end()), text=found.group(0),
                          paragraph=paragraph) for found in _SENTENCE.finditer(text))
