"""Reports: titled works a letter responds to or cites, and the findings it attributes to them.

A report is a ``rapport``, ``onderzoek``, ``bundel``, ``artikel``, ``advies`` (also a
``voorlichting``), ``doorlichting``, ``bericht``, ``publicatie`` or ``ambtsbericht`` that the letter names:

* by a title in quotes of any kind right after the genre noun (``het rapport 'X'``, ``de
  bundel "X" van de SVMA``, ``het bericht «X»``, ``een bericht ... met de titel «X»``), also
  when the author stands in between (``het rapport van Amnesty International 'X'``);
* by an unquoted title in capitals (``de rapporten Werk aan Uitvoering (WaU)``);
* by a quoted title that opens with its genre noun (``de «Evaluatie SDE++ 2020-2023»``);
* by a title in apposition to its author, closed by its year or by a comma before what the report
  does (``het advies van de Rob, Rust, reinheid en regelmaat (2021)``, ``de verkenning van het SCP,
  Verschil in Nederland, wijst op ...``), or after ``getiteld`` (``..., getiteld Het vertrek van X,``);
* in the subject line (``Kabinetsreactie rapport Seksueel geweld: blinde vlek``); a subject line
  that names it by its author (``Reactie op het advies van de Rli over ...``) or by what it is about
  (``Kabinetsreactie op de evaluatie van de SDE++``) names the titled report of that author or
  subject in the letter, and is no title;
* by a one-word title in camel case (``het rapport iOverheid``), a title right after its author
  without a comma (``het rapport van het SCP Burgerperspectieven 2022``), or a title with its date
  in brackets (``het rapport van de Rekenkamer over X (X: resultaten, april 2024)``);
* by a title of the register of named periodic publications, which holds no genre noun (``de Zorgbalans``, ``het
  Sociaal en Cultureel Rapport 2024``, ``de Staat van eerlijk, gezond en veilig werk``), with its year or number and
  the author the register knows (kg/data/report_cues.json 'titles');
* by a capitalised compound of a genre noun that names itself (``het Peilingsonderzoek taal en
  rekenen``, ``de Jaarrapportage spoorveiligheid``, ``het Verantwoordingsonderzoek 2013``) or an
  annual report with its year (``het jaarverslag 2016 van ...``) (kg/data/report_cues.json);
* without a title, by its author (``het rapport van de Commissie van onderzoek COA``, ``het rapport
  van Netbeheer Nederland``, ``het advies dat de Raad voor de rechtspraak ... heeft uitgebracht``) or as a specific
  document (``het thematische ambtsbericht``, ``het algemeen ambtsbericht over Irak``, with its country or topic),
  when no titled report of the same kind is already known in the letter.

Not a report: an edition still to come named by an unquoted title (``de eerstvolgende voortgangsrapportage X``,
``de Staat van het Beleid, die u volgend voorjaar toekomt``), a study whose first or interim results are reported
(``de eerste bevindingen van de evaluatie van X``), the government's policy paper by its name (``de Nota Ruimte``).

An appositive title may follow an author with its acronym (``het advies van de Raad voor de
leefomgeving en infrastructuur (Rli), Natuurinclusief Nederland, waarop ...``), hold a colon or
question mark, and be closed by its date (``..., van november 2023``). A report named by its author
is the titled report of that author (a rapport and an onderzoek are one study), or an anonymous
titled report given in the next sentence or two, never a named series.

One ``ReportFact`` per report per letter: later mentions of the same title (compared as a
slug, or as a title with its subtitle: ``X`` and ``X. Y``) add authors and a date to the first; a
report named by its author before the letter gives its title is the titled one. Authors are the
organisation and person mentions of earlier extractors that stand in the author slot (``van X``,
``X heeft ... opgeleverd``, ``X (20 mei 2019) in haar onderzoeksrapport``); when none was found
there, a capitalised name in that slot is used as a slug. A relative clause with a verb of delivering names them
(``..., dat de NPCF op 20 maart 2008 heeft gepubliceerd``, ``dat A, B en C ... hebben uitgebracht``), as does a list
before the genre noun (``hebben de Inspectie X en de Inspectie Y het rapport ... gepubliceerd``), who carried the
study out or studied it (``heeft de evaluatie ‘X’ uitgevoerd``, ``heeft onderzocht ...; het rapport ‘X’``) and the
next sentence (``Het onderzoek is uitgevoerd door X``). The date is the one the letter gives for its appearing:
before the genre noun in a sentence of publishing (also past a subtitle that splits the sentence), after the title
and its author (``van de RSJ van 14 juli 2009``), in a relative clause (``dat op 12 oktober 2017 is verschenen``) or
in the next sentence (``Het rapport is op 12 februari 2013 verschenen``). A report is ``responded`` when the
subject line or a sentence says that the letter reacts to it (``Beleidsreactie``, ``reageer ik op``, ``ga ik
in op``, ``kabinetsreactie op``).

``FindingFact``s are the conclusions the letter attributes to a report or its author:
``Amnesty International concludeert dat ...``, ``Uit het rapport van de Inspectie blijkt dat
...``, ``Het rapport concludeert dat ...``.

The parts, each importing only those above it: cues.py (kg/data/report_cues.json, compiled),
vocabulary.py (the name, the genre nouns and shared patterns), records.py (a mention, a report),
titles.py (quotes and the text of a title), authors.py (author slots and the names in them),
cued.py (reports found by the cues), registered.py (reports named by a title of the register, and where they stand
among the others), untitled.py (reports named without a title), subject.py (the
subject line), body.py (the genre nouns of the body and their titles), collect.py (one report per
report: keys, filters, merges, dates), findings.py (``FindingFact``) and extractor.py (``run``).
"""
from __future__ import annotations

from .collect import _RESPONDS, _responds
from .cued import _holds_one
from .cues import ReportCues, report_cues
from .extractor import EXTRACTOR, run
from .titles import _QUOTE, _next_quote, find_quotes
from .vocabulary import _GENRE_SCAN, EXTRACTOR_ID, NAME, VERSION

# what code outside the package reads, the private names too (tests reach for them)
__all__ = ["NAME", "VERSION", "EXTRACTOR_ID", "EXTRACTOR", "run", "ReportCues", "report_cues", "find_quotes",
           "_GENRE_SCAN", "_QUOTE", "_next_quote", "_RESPONDS", "_responds", "_holds_one"]
