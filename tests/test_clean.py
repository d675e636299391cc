"""Cleaning: page furniture gone, hyphenation mended, real hyphens kept, offsets map back."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import sample
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.domain.model import Letter, Span


def letter_of(text: str, name: str = "hand.txt") -> Letter:
    return Letter(path=Path(name), text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                  media_type="text/plain")


def body(clean_text) -> str:
    return clean_text.text[clean_text.head_end:clean_text.body_end]


@pytest.fixture(scope="module")
def amnesty():
    return clean(read_letter(sample("001")))


def test_repeated_page_blocks_are_gone_from_the_body(amnesty):
    text = body(amnesty)
    assert "Ons kenmerk" not in text
    assert "4 5 85180" not in text and "45 85180" not in text
    assert "Directoraat-Generaal\n" not in text and "\nDirectie Migratiebeleid\n" not in text
    assert "\nAsiel, Opvang en Terugkeer\n" not in text
    assert "\n22 juni 2023\n" not in text


def test_head_keeps_its_lines(amnesty):
    head = amnesty.text[:amnesty.head_end]
    assert "Datum 22 juni 2023" in head
    assert "Directie Migratiebeleid" in head


def test_sentence_broken_by_a_page_block_is_joined(amnesty):
    assert "Amnesty wijst erop dat dit niet in lijn is met het VN-Vrouwenverdrag" in amnesty.text
    assert "naar het Centrum Seksueel Geweld. Alle COA-medewerkers" in amnesty.text


def test_markdown_markup_is_removed(amnesty):
    assert "**" not in amnesty.text
    assert "training Interviewing vulnerable persons. Naast" in amnesty.text
    assert "Kabinetsreactie op de aanbevelingen uit het rapport\n" in amnesty.text


def test_line_break_hyphenation_is_mended_and_real_hyphens_stay():
    letters = {p: clean(read_letter(sample(p))).text for p in ("000", "002", "003")}
    assert "vermoeden van misstand" in letters["002"]
    assert "verblijfsvergunning behouden" in letters["002"]
    assert "de bestuursvoorzitter de heer Peters" in letters["000"]
    assert "onvoldoende zouden worden meegenomen" in letters["000"]
    assert "Immigratie- en Naturalisatiedienst" in letters["000"]
    assert "IND-medewerkers hebben te maken" in letters["003"]
    assert "naar de AA-procedure omdat" in letters["003"]
    assert "over wet- en regelgeving" in letters["003"]


def test_wrapped_lines_become_paragraphs_and_headings_stay_apart():
    text = clean(read_letter(sample("003"))).text
    assert "\nAanleiding\nIn het rapport staat dat" in text
    assert "\nConclusies\nUit het rapport van de Inspectie blijkt" in text
    assert "te komen.\nElke dag worden door asielmedewerkers" in text


def test_a_numbered_label_after_a_finished_sentence_opens_a_paragraph_in_text_without_blank_lines():
    """Hard-wrapped text with no blank lines: a line that opens with 'Aanbeveling 2:' after a sentence that
    ran to the full width of the page starts a paragraph; a wrapped sentence whose line starts with a
    capitalised word and a number (no label) goes on."""
    lines = [
        "De commissie doet twee aanbevelingen aan de minister, waarop ik hieronder een voor een inga.",
        "Aanbeveling 1: Zorg ervoor dat de gegevens van iedere aanvrager binnen een dag zijn vergeleken.",
        "Deze aanbeveling neem ik over. De dienst heeft het proces inmiddels zo ingericht dat het lukt.",
        "Aanbeveling 2: Maak afspraken met de landen waaraan Nederland de meeste verzoeken stuurt.",
        "Deze aanbeveling wordt al uitgevoerd. Zo is met de diensten van de buurlanden afgesproken dat",
        "Artikel 3 van de verordening voortaan ruimer wordt uitgelegd, zoals de commissie ook voorstelt.",
    ]
    text = clean(letter_of("\n".join(lines) + "\n")).text
    assert "inga.\nAanbeveling 1: Zorg" in text
    assert "lukt.\nAanbeveling 2: Maak" in text
    assert "afgesproken dat Artikel 3 van de verordening" in text


def test_rows_of_a_table_whose_columns_spaces_part_stand_alone():
    """A planning table copied as text (columns parted by a run of spaces) keeps one row a paragraph, and the
    sentence after it is not joined to its last row; a justified line with a double space goes on."""
    lines = [
        "Het wetsvoorstel regelt de vergunningverlening voor activiteiten in de buurt van beschermde gebieden.",
        "Ik houd de volgende planning aan:",
        "",
        "december 2026 – februari 2027   consultatie van provincies, gemeenten en maatschappelijke partners",
        "maart 2027                      uitvoeringstoets door de uitvoeringsdienst en de provincies",
        "april – mei 2027                advisering door de Afdeling advisering van de Raad van State",
        "",
        "Het wetsvoorstel zal ik voor het zomerreces bij uw Kamer indienen, zoals ik eerder heb",
        "aangegeven.  De consultatie loopt tot eind februari.",
    ]
    text = clean(letter_of("\n".join(lines) + "\n")).text
    assert "maatschappelijke partners\nmaart 2027" in text
    assert "de provincies\napril – mei 2027" in text
    assert "eerder heb aangegeven. De consultatie" in text


def test_footnotes_move_to_the_end_and_markers_are_linked():
    cleaned = clean(read_letter(sample("004")))
    assert "heeft u mij gevraagd te reageren" in cleaned.text
    notes = cleaned.text[cleaned.body_end:]
    assert notes.startswith("¹ Verzoek van het lid Kuzu in het ordedebat.")
    assert "MOTIE VAN DE LEDEN PLOUMEN EN JETTEN" in notes
    assert [ref.number for ref in cleaned.footnote_refs] == ["1", "2", "3", "4"]
    first = cleaned.footnote_refs[0]
    assert cleaned.text[first.offset - len("gevraagd"):first.offset] == "gevraagd"


def test_plain_footnote_markers_of_the_official_layout():
    text = "\n".join([
        "19 637 Vreemdelingenbeleid", "", "Nr. 1 BRIEF VAN DE MINISTER VOOR IMMIGRATIE EN ASIEL", "",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "", "Den Haag, 18 maart 2011", "",
        "In mijn brief van 13 januari jl.1 heb ik u gemeld dat het Hof een voorlopige maatregel heeft opgelegd.", "",
        "De minister voor Immigratie en Asiel,", "", "G. B. M. Leers", "", "", "X Noot", "1", "",
        "Tweede Kamer, Vergaderjaar 2010–2011, 19 637, nr. 1392"])
    cleaned = clean(letter_of(text))
    assert "13 januari jl. heb ik" in cleaned.text
    assert cleaned.text[cleaned.body_end:] == "1 Tweede Kamer, Vergaderjaar 2010–2011, 19 637, nr. 1392"
    assert [ref.number for ref in cleaned.footnote_refs] == ["1"]


@pytest.mark.parametrize("last_line, parted", [
    ("waarover uw Kamer nader wordt geïnformeerd.2", True),   # a footnote marker after the full stop
    ("waarover uw Kamer nader wordt geïnformeerd.²", True),   # a superscript one
    ("waarover uw Kamer nader wordt geïnformeerd”.3", True),  # after a closing quote
    ("zoals bepaald in de versie 2.4", False),                # a number, no sentence's end: the role line goes on
])
def test_a_paragraph_ending_in_a_footnote_marker_ends_before_the_closing(last_line, parted):
    text = "\n".join(["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "", "Den Haag, 18 maart 2011", "",
                    "Ik heb in het algemeen overleg van vorige maand de toezegging gedaan dat er voor de zomer een nieuwe "
                    "regeling komt, " + last_line, "",
                    "De Minister van Justitie,", "A.B. de Jong", "", "", "1 Kamerstuk 19 637, nr. 1179.",
                    "2 Kamerstuk 19 637, nr. 1180.", "3 Kamerstuk 19 637, nr. 1181."])
    cleaned = clean(letter_of(text))
    assert ("\nDe Minister van Justitie," in cleaned.text) is parted


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offsets_map_every_word_back_to_the_source(prefix):
    cleaned = clean(read_letter(sample(prefix)))
    source = cleaned.letter.text
    position = 0
    for word in cleaned.text.replace("\n", " ").split(" "):
        start = cleaned.text.index(word, position) if word else position
        position = start + len(word)
        if not word or any(ch in word for ch in "¹²³⁴"):
            continue
        begin, end = cleaned.source_span(Span(start, start + len(word)))
        # a mended word spans a line break and may lose its hyphen; markup and markers drop out
        original, written = _bare(source[begin:end]), _bare(word)
        assert original == written or original.replace("-", "") == written.replace("-", ""), (word, source[begin:end])


def _bare(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in "*¹²³⁴⁵⁶⁷⁸⁹⁰")


def test_page_numbers_and_label_values_in_a_pdf_layout_are_furniture():
    text = "\n".join([
        "Datum 3 mei 2022", "Onderwerp Reactie op een rapport", "",
        "Op 18 maart jl. heeft de Inspectie Justitie en Veiligheid een rapport opgeleverd over de",
        "algemene asielprocedure en de wijze waarop de IND asielaanvragen behandelt in de",
        "praktijk.", "", "Pagina 2 van 3", "", "Datum", "3 mei 2022", "", "Ons kenmerk", "4 5 85180", "",
        "Het doel van dit onderzoek was om te onderzoeken hoe de IND asielaanvragen behandelt.", "", "3", "",
        "De Staatssecretaris van Justitie en Veiligheid,", "", "E. van der Burg"])
    cleaned = clean(letter_of(text))
    assert "Pagina" not in cleaned.text and "85180" not in cleaned.text
    assert "\n3\n" not in cleaned.text
    assert "een rapport opgeleverd over de algemene asielprocedure en de wijze" in cleaned.text


def test_markup_is_only_looked_for_in_lines_holding_a_markup_character():
    """clean skips the markup pattern on lines without > # * _ [ ]; the pattern never matches those."""
    from kg.read.clean import _MARKUP, _MARKUP_CHARACTER
    root = Path(__file__).resolve().parent.parent
    lines = [line for path in sorted((root / "examples" / "letters").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    lines += ["> Retouradres", "## Kop", "**vet** en *schuin*", "__ook vet__", "[tekst](https://x.nl)"]
    marked = [line for line in lines if _MARKUP.search(line)]
    assert len(marked) >= 5
    assert all(_MARKUP_CHARACTER.search(line) for line in marked)
    assert _MARKUP_CHARACTER.search("Een gewone zin, zonder opmaak (en met haakjes).") is None


def test_runs_of_words_map_back_like_words_do():
    """A line goes as one run (or one run per stretch of single-spaced words) instead of word by word:
    every character still maps to its source character, and a space to the one before the next word."""
    text = "\n".join([
        "Datum 3 mei 2022", "Onderwerp Een test", "",
        "Dit is  een regel\tmet ruimte tussen de woorden, zoals een PDF die soms geeft bij het lezen   ",
        "en een vermoe-  ",
        "den van misbruik¹ die hier staat, met een tweede regel erbij die ook lang genoeg is om te tellen.",
        "", "¹ Kamerstukken II 2022/23, 19637, nr. 3100", ""])
    cleaned = clean(letter_of(text))
    assert "Dit is een regel met ruimte tussen" in cleaned.text
    assert "bij het lezen en een vermoeden van misbruik die hier staat" in cleaned.text
    assert [(ref.number, cleaned.text[ref.offset - 8:ref.offset]) for ref in cleaned.footnote_refs] == [
        ("1", "misbruik")]
    glued = cleaned.text.index("vermoeden") + len("vermoe")  # 'den' was glued on: no space before it
    for offset, character in enumerate(cleaned.text):
        if character == "\n":
            continue
        if character == " ":
            assert cleaned.to_source(offset) == cleaned.to_source(offset + 1) - 1, offset
        else:
            assert text[cleaned.to_source(offset)] == character, offset
    assert text[cleaned.to_source(glued):].startswith("den van")
    assert len(cleaned.segments) < len(cleaned.text.split())  # runs, not a segment a word


def test_a_repeated_answer_heading_is_no_running_header():
    """'Mijn reactie' over each answer stays a heading; a line repeated on each page ('Datum 3 maart 2024',
    'Onze referentie') is still furniture."""
    lines = ["Aanbeveling 1 gaat over de opvang en de regio's waarin kinderen worden opgevangen in het land.",
             "Mijn reactie", "Deze aanbeveling neem ik over en ik werk haar uit met de partners in de regio.",
             "Ministerie van Justitie", "Aanbeveling 2 gaat over de voogdij en de begeleiding van de kinderen.",
             "Mijn reactie", "Deze aanbeveling neem ik niet over, omdat de wet daar geen ruimte voor laat.",
             "Ministerie van Justitie"]
    text = clean(letter_of("\n\n".join(lines) + "\n")).text
    assert text.count("Mijn reactie") == 2
    assert "Ministerie van Justitie" not in text
