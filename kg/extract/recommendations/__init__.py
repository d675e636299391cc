"""Recommendations a letter reports from a report, and the government's response to each.

Two ways letters give recommendations:

* **Lists** under an ``Aanbevelingen`` heading: an optional sub-heading naming the addressee
  (``Aan de secretaris-generaal ..., als eigenaar van de IND:``, ``Aanbeveling gericht aan de
  IND:``; it may be the last sentence of the paragraph before), then one paragraph per
  recommendation made of imperative sentences (``Waarborg ...``, ``Herijk ...``), each followed by
  the response; a block of recommendations without text between them shares the response
  that follows the block.
* **Running text**: ``X beveelt Y aan om ...`` (also ``bevelen``), ``Een tweede aanbeveling ... is
  om ...``, ``X doet de aanbeveling om ...``, ``X heeft ... aanbevolen ...``, ``X adviseert ...``
  (``Zo adviseert de Raad X in te richten``: the author, then the advice), ``X stelt (voorts)
  voor ... te ...``, ``X pleit ervoor dat``, ``X roept Y op om``, ``X vraagt om ... te ...`` (the
  last four not when the government or parliament asks), ``De eerste aanbeveling, om ..., wordt
  overgenomen`` (the sentence answers itself), ``Verder beveelt X aan dat ...``, with follow-on
  sentences in the same paragraph (``Verder moeten er, onder andere, ...``). A sentence that
  lists several measures gives one recommendation per measure (split on ``;``, on ``,
  bovendien``/``, en tot slot``, after ``onder andere,`` on commas between clauses that each have
  a verb, and between two infinitive clauses joined by ``en``). The response is read from the
  paragraphs up to the next recommendation paragraph; when a paragraph gives several
  recommendations, each response sentence goes to the recommendation it shares the most words
  with, a sentence about "the recommendations" goes to all of them, and one with no words in
  common or pointing back at one (``Ik neem die aanbeveling over.``) to the recommendation(s) of
  the sentence just before it in its paragraph.

Numbered recommendations (``1. Zorg ...``, ``Aanbeveling 2:``) answered under headings ``Reactie op
aanbeveling 1`` or ``Ad 1`` take the sentences under the heading of their number as their response; a list
may go on to another addressee (``En aan ProRail:``). A paragraph that is one quoted recommendation
(``«Richt een Nationale Veiligheidsraad op.»``, after the letter spoke of recommendations) is answered by
the paragraphs after it. More running forms: ``De derde aanbeveling is/luidt/betreft ...``, ``Ten aanzien
van aanbeveling 2, het invoeren van ..., merk ik op``, ``De WRR doet drie aanbevelingen. De eerste is om
...``, ``Ten slotte vraagt de raad het kabinet ... te ...``, and a recommendation named inside its answer
(``Het advies om X te versterken neem ik graag over``; dropped when it repeats one given before).

The stance is the strongest cue of kg/data/stance_cues.json among the response sentences
(see ``stance_of``; a cue is only tried on a sentence holding one of the strings its pattern needs);
no cue means ``noted``. The response's evidence is the sentence with that cue. ``Ik neem de
aanbevelingen over, met uitzondering van de aanbeveling om X`` (or ``van aanbeveling 5``) declines X
and adopts the others. An acceptance restricted in its sentence (the data's ``restriction``: ``zij het
dat``, ``mits``) is partial; a rejection with a ``contrast`` word after an adoption is partial, after
agreement with the analysis only (``about_analysis``, ``analysis_object``) or said first a rejection.
Across the sentences of one answer (and its semicolon clauses), an adoption beside a rejection, or a measure of the
government's own said with ``wel`` beside one, is partial (``_split``); an answer that only describes the action asked
for, echoing its words, accepts it (cue ``doet-het-gevraagde``).

Scope: a sentence naming items by position or number (``De eerste twee adviezen``, ``aanbevelingen a en
b``) answers those items and the rest of its paragraph goes on about them (``_responses``); such a
specific answer, when it gives a stance, beats sentences answering all recommendations or matched by
shared words. More forms: an imperative paragraph, numbered, lettered or bare, answered by the paragraph
after it; ``Daarnaast stelt de raad voor ... te``, ``Volgens de IOB moeten ...``; ``neemt de
aanbevelingen om X en om Y over``; a ``Reactie`` heading does not end the answer region.

Given inside another sentence: ``het advies ..., waarin de raad aanbeveelt dat ...`` (a subordinate clause,
``_SUBORDINATE``) and ``In lijn met de aanbeveling van X zal ...``, ``Zoals X aanbeveelt, zal ...`` (the action is
the recommendation and the sentence its answer, ``_IN_LINE``). A response sentence sharing no word with any item
answers the item the sentence before it in its paragraph is about (``_lead_items``); once answered, a paragraph
opening with what the report says on another point ends the answer (``_response``).

Answered in the item's own paragraph (``_OWN_ANSWER``): ``Aanbeveling 2 – «Rapporteer ...» Deze aanbeveling neem ik
over.`` (``_answered_after_label``), ``Aan ProRail: Zorg ... . ProRail neemt dit over.``. After a sentence counting the
recommendations: numbered heading lines and ``Aan X: <imperative>`` lines answered by the paragraph after, and inline
lists (``doet drie aanbevelingen: (1) ...; (2) ...``); the counting sentence is then no recommendation. An answer
naming a recommendation by paraphrase goes to the item holding its words (``_paraphrased_items``), or to none.

The parts of this package, each importing only those before it in this list: cues.py (the stance cues of the
data file), stance.py (the stance of one sentence), common.py (items, groups and the helpers all parts share),
pointers.py (how an answer points at the items it answers), authors.py (who recommends, and to whom),
triggers.py (the running-text triggers), measures.py (a recommendation split into its measures), answered.py
(items answered in their own paragraph or the next), labelled.py (bullets, numbered labels and quotations),
lists.py (lists under an 'Aanbevelingen' heading), running.py (running text), collective.py (a summary, or the
answers to all recommendations), responses.py (each item's response and stance) and extractor.py (``run``).
"""
from __future__ import annotations

from ...domain.keys import STANCES
from .collective import group_cues
from .common import EXTRACTOR_ID, NAME, VERSION, _aanbeveling_sections, is_imperative
from .cues import Cue, CueBook, cue_book, needed_strings
from .extractor import EXTRACTOR, run
from .measures import split_measures
from .pointers import referred_items
from .stance import StanceMatch, stance_of

# the names of the module this package was that code outside it uses: kg.extract registers EXTRACTOR, the tests
# read the others
__all__ = ["EXTRACTOR", "EXTRACTOR_ID", "NAME", "STANCES", "VERSION", "Cue", "CueBook", "StanceMatch",
           "_aanbeveling_sections", "cue_book", "group_cues", "is_imperative", "needed_strings", "referred_items",
           "run", "split_measures", "stance_of"]
