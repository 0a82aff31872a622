"""The registry of problem codes: every code unres reports, what it means, where it is checked.

Pure data. tests/test_codes.py scans converter/ and schema/akn-resolution.sch for the codes they
emit and fails on a code that is not listed here or a code listed here that nothing emits;
`python -m unres.codes` writes the tables of schema/SPEC.md from this registry (a test checks that
SPEC.md is in step).

`kind` says what a problem means for a conversion:
- STRUCTURAL: the input cannot be read, or the output cannot be written validly (it would fail
  the JSON Schema, the official XSD or the profile's shape, or lose data);
- SOURCE: a fact about the document itself (a rule of how resolutions are written that this
  one breaks: a number out of sequence, a count that does not match its list). The output can
  still be written and says the same as the source.

`severity` is the code's severity wherever it is reported: by a reader that meets the problem
while reading, by the rules, by `convert` and by `validate` alike (Problem takes it from here).

What the two mean for the commands:
- `convert` writes an output whenever it is structurally valid: only a STRUCTURAL error stops it
  (with `--strict`, any error does). A SOURCE error is reported with its severity, and the
  output, which says what the source says, is written and records it (recorded.py): `validate`
  reports a recorded error with its severity without failing the file (unless `--strict`).
- `validate` reports the codes of a profile (PROFILES). `unres`, for the formats unres writes
  (its JSON model, its Akoma Ntoso), is every check: a slip in a resolution kept as JSON is an
  error to fix. `un-input`, a lint of the UN's files, is every check but the conventions of unres's
  own Akoma Ntoso, which the UN's AKN4UN is not written to follow, and checks the model repeats
  (UN_INPUT_OMITS): what it reports are slips in the document. `structural` is what `convert`
  guarantees of every output it writes (STRUCTURAL codes only): `validate --profile structural`
  passes every file `convert` wrote, whatever its source says. `--select`/`--ignore` (and
  `[tool.unres]` in pyproject.toml) narrow or widen a profile (converter/selection.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
Kind = Literal["structural", "source"]
STRUCTURAL: Kind = "structural"
SOURCE: Kind = "source"

# Where a code is checked, in the order SPEC.md lists them.
STAGES: dict[str, str] = {
    "rules": "semantic rules of the model (converter/rules.py)",
    "schema": "the JSON Schema (schema/resolution.schema.json): `schema-<keyword>`",
    "text": "the text reader (converter/text/)",
    "json": "the JSON reader (converter/jsonio.py)",
    "xml": "the XML parser every XML reader uses (converter/safexml.py)",
    "akn": "the Akoma Ntoso reader (converter/akn/reader.py)",
    "extract": "the PDF and Word readers (converter/extract/)",
    "xsd": "the official OASIS Akoma Ntoso 3.0 XSD (converter/akn/xsd.py)",
    "profile": "the Schematron profile (schema/akn-resolution.sch)",
    "files": "reading inputs and writing outputs (converter/cli.py, converter/validation.py)",
    "usage": "the arguments of the command line and of the Python API (converter/cli.py, converter/formats.py)",
    "batch": "running a batch (converter/batch.py, converter/cli.py, converter/validation.py)",
    "convert": "what `unres convert` writes (converter/conversion.py, converter/cli.py, converter/recorded.py)",
    "align": "`unres validate --align` (converter/validation.py)",
}


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    kind: Kind
    stage: str  # a key of STAGES
    meaning: str
    example: str = ""  # a violation, for the rules' table


E: Severity = "error"
W: Severity = "warning"

CODES: tuple[Code, ...] = (
    # -- semantic rules ------------------------------------------------------------------------
    Code("operative-number-sequence", E, SOURCE, "rules",
       "Operative paragraphs are numbered `1..n` without gaps or repeats — or none is numbered. The numbering "
       "may start again at 1 under a heading (sections numbered on their own); unnumbered paragraphs may follow "
       "one whose text ends with a colon (the text it quotes) or, ending with a colon, lead in to "
       "paragraph 1 (\"Resolves that:\").",
       "numbers 1, 2, 4"),
    # The writer puts the opening in an italic span at the start of the text: it cannot if the
    # opening is not that start.
    Code("opening-not-prefix", E, STRUCTURAL, "rules",
       "An opening phrase is the beginning of its paragraph's text.",
       "opening \"Decides\" on \"Encourages Member States…\""),
    Code("part-label-sequence", E, SOURCE, "rules",
       "The parts are labelled in order from the first label of one sequence (A, B, C…; ألف، باء، جيم…; I, "
       "II…; أولا، ثانيا…; 一、二…), or from the first part the symbol names.",
       "parts A, C"),
    # Akoma Ntoso has a wrapUp only after a list.
    Code("wrap-up-without-list", E, STRUCTURAL, "rules",
       "Only a paragraph with sub-paragraphs has a wrap-up.",
       "`wrap_up` on a paragraph without a list"),
    Code("subparagraph-label-sequence", E, SOURCE, "rules",
       "The labels of one list (in operative and annex paragraphs) run in order in their own sequence "
       "(above); bullets may repeat.",
       "(a), (c)"),
    # A reference without its note cannot be written as an authorialNote.
    Code("footnote-ref-dangling", E, STRUCTURAL, "rules",
       "Every reference has a footnote with its marker.",
       "ref \"7\", no footnote 7"),
    Code("footnote-unreferenced", E, SOURCE, "rules",
       "Every footnote is referenced at least once.",
       "footnote 2 never referenced"),
    Code("footnote-duplicate-marker", E, SOURCE, "rules",
       "Footnote markers are unique.",
       "two footnotes \"1\""),
    Code("footnote-order", E, SOURCE, "rules",
       "Footnotes are listed in the order of their first references (preamble, operative paragraphs with "
       "their sub-paragraphs, wrap-ups, the vote, annexes: paragraphs, then table cells) — the order in "
       "which Akoma Ntoso and the printed page carry them.",
       "footnote 2 listed before footnote 1"),
    # A note is written where its mark stands: outside the text there is no such place.
    Code("footnote-ref-offset", E, STRUCTURAL, "rules",
       "An offset lies within its text (`0..len(text)`).",
       "offset 500 in a 61-character text"),
    # A link outside its text cannot be written as a ref element.
    Code("link-range", E, STRUCTURAL, "rules",
       "A link's run lies within its text (`offset + length <= len(text)`).",
       "offset 40, length 30 in a 61-character text"),
    # Akoma Ntoso refs cannot overlap.
    Code("link-overlap", E, STRUCTURAL, "rules",
       "The links of a text are in text order and do not overlap.",
       "links 10+8 and 15+4"),
    Code("vote-count-mismatch", E, SOURCE, "rules",
       "A list's count equals the length of its member list, when a list is given (sides, non-voting, absent).",
       "count 4, three members"),
    Code("vote-member-duplicate", E, SOURCE, "rules",
       "No member appears twice in one vote (in one list or across lists).",
       "Chile in favour and against"),
    Code("vote-unknown-member", E, SOURCE, "rules",
       "Every `iso3` in a vote is the code of a Member State or of a former one.",
       "`XKX`"),
    Code("vote-unresolved-member", W, SOURCE, "rules",
       "Every listed name resolves to a State.",
       "\"Atlantis\""),
    Code("vote-member-period", E, SOURCE, "rules",
       "A former Member State is listed (in a vote or as a sponsor) only for an adoption date within its membership.",
       "`SUHH` in a vote of 2023"),
    Code("vote-exceeds-body", E, SOURCE, "rules",
       "The members listed (sides, non-voting, absent) fit the body: HRC 47, SC 15, ECOSOC 54, GA 193.",
       "16 votes in the Security Council"),
    Code("vote-unanimous-dissent", E, SOURCE, "rules",
       "A `unanimous` vote has nobody against and nobody abstaining.",
       "unanimous, 2 abstaining"),
    Code("sponsor-unknown-state", E, SOURCE, "rules",
       "Every sponsor's `iso3` is the code of a Member State, a former one or an observer State.",
       "`XKX`"),
    Code("symbol-body-mismatch", E, SOURCE, "rules",
       "The symbol agrees with the body: `A/RES/` GA, `A/HRC/RES/` HRC, `S/RES/` SC, `E/RES/` ECOSOC.",
       "HRC resolution with `S/RES/…`"),
    Code("symbol-number-mismatch", E, SOURCE, "rules",
       "The symbol and the resolution number say the same (session, number, year; a part suffix of the "
       "number is the symbol's), read by the body's grammar — `دإط-10/22` is `A/RES/ES-10/22`, `2805 (2025)`"
       " is `S/RES/2805(2025)`.",
       "`A/RES/79/12` with number `79/13`"),
    Code("symbol-session-mismatch", E, SOURCE, "rules",
       "The session's `type` and `number` agree with what the symbol says.",
       "`A/RES/ES-10/22` in a regular session"),
    # normalized_symbol is derived from the symbol: a wrong one is an inconsistent output.
    Code("symbol-normalized", E, STRUCTURAL, "rules",
       "`normalized_symbol` is the symbol's canonical spelling.",
       "`S/RES/2805(2025)` normalized as itself"),
    # item and sub_item are derived from the printed number.
    Code("agenda-item-mismatch", E, STRUCTURAL, "rules",
       "An agenda item's `item` and `sub_item` are what its `number` prints.",
       "`\"71 (b)\"` with item 72"),
    # A table is written after the paragraph its position names.
    Code("annex-table-position", E, STRUCTURAL, "rules",
       "A table's position is at most the number of its annex's paragraphs, and an annex lists its tables "
       "in the order of their positions (the document's).",
       "position 5 in an annex of 2 paragraphs"),
    Code("table-position", E, STRUCTURAL, "rules",
       "A table among operative paragraphs (1.3) stands after at most all of them — the resolution's, or its "
       "part's — and tables are listed in the order of their positions.",
       "position 9 in a resolution of 8 operative paragraphs"),
    # Akoma Ntoso dates are xs:date: the XSD refuses a day that does not exist.
    Code("date-invalid", E, STRUCTURAL, "rules",
       "Every date is a real calendar date.",
       "`2024-02-30`"),
    Code("session-dates-order", E, SOURCE, "rules",
       "A session starts on or before the day it ends.",
       "starts 2024-07-20, ends 2024-07-12"),
    # Akoma Ntoso cannot carry it.
    Code("xml-illegal-character", E, STRUCTURAL, "rules",
       "No string holds a character XML 1.0 cannot carry (see Conventions).",
       "a lone surrogate `\\ud800` in a title"),
    # 3.0 slices nothing and would be written back as 3.0.
    Code("integer-type", E, STRUCTURAL, "rules",
       "Every integer field holds an integer, not a number with a fraction part.",
       "`\"count\": 3.0`"),
    Code("adoption-outside-session", W, SOURCE, "rules",
       "The adoption date lies within the session's dates.",
       "adopted 2024-08-01, session ends 2024-07-12"),
    # -- JSON Schema: one code per keyword the schema uses -----------------------------------------
    Code("schema-type", E, STRUCTURAL, "schema", "A value has the wrong JSON type (an integer field holds 3.0, "
       "a string field a number…)."),
    Code("schema-required", E, STRUCTURAL, "schema", "A required property is missing (the pointer names it)."),
    Code("schema-additionalProperties", E, STRUCTURAL, "schema", "An object has a property the schema does not "
       "define."),
    Code("schema-enum", E, STRUCTURAL, "schema", "A value is not one of those allowed (a language, a vote type)."),
    Code("schema-const", E, STRUCTURAL, "schema", "A value differs from the one it must have (`schema_version`)."),
    Code("schema-pattern", E, STRUCTURAL, "schema", "A string does not have its required form (a symbol, a date, "
       "text with control characters)."),
    Code("schema-minLength", E, STRUCTURAL, "schema", "A string is shorter than allowed."),
    Code("schema-maxLength", E, STRUCTURAL, "schema", "A string is longer than allowed."),
    Code("schema-minItems", E, STRUCTURAL, "schema", "A list has fewer items than required (an operative "
       "paragraph)."),
    Code("schema-maxItems", E, STRUCTURAL, "schema", "A list has more items than allowed."),
    Code("schema-minimum", E, STRUCTURAL, "schema", "A number is below its minimum (a negative count or offset)."),
    Code("schema-maximum", E, STRUCTURAL, "schema", "A number is above its maximum."),
    Code("schema-anyOf", E, STRUCTURAL, "schema", "A value matches none of the forms it may take."),
    Code("schema-oneOf", E, STRUCTURAL, "schema", "A value matches none, or more than one, of the forms it may "
       "take."),
    # -- the text reader ---------------------------------------------------------------------------
    Code("text-empty", E, STRUCTURAL, "text", "The input has no text."),
    Code("text-too-large", E, STRUCTURAL, "text", "The text is longer than the reader's limit (20 million "
       "characters)."),
    Code("text-language", E, STRUCTURAL, "text", "No UN language could be recognised."),
    Code("text-no-formula", E, STRUCTURAL, "text", "No enacting formula, and no resolution heading where it would "
       "be: not read as a resolution."),
    # One code, one severity: the warning once shared text-no-formula's code.
    Code("text-formula-missing", W, SOURCE, "text", "No enacting formula: the text starts after the resolution's "
       "heading (early Security Council resolutions); the preamble is written without one."),
    Code("text-no-paragraphs", E, STRUCTURAL, "text", "No paragraph after the enacting formula."),
    # Reading the bytes, not a fact about the resolution.
    Code("text-encoding", W, STRUCTURAL, "text", "The input is not UTF-8 (nor UTF-16 with its mark): read in "
       "the legacy encoding of a UN language its bytes fit (GB18030, Big5, Windows-1251, KOI8-R, Windows-1256, "
       "ISO-8859-6, Windows-1252), which the warning names."),
    Code("text-encoding-unknown", E, STRUCTURAL, "text", "The input is not UTF-8 and no legacy encoding of the six "
       "languages reads it."),
    Code("text-language-mismatch", E, STRUCTURAL, "text", "`--lang` names a language whose script the text is not "
       "written in (`--lang en` on a Chinese text): refused, as the model would say the wrong language."),
    Code("text-control-characters", W, STRUCTURAL, "text", "Control and invisible formatting characters (bidi "
       "controls, zero-width space, byte-order mark) were removed."),
    Code("text-markdown", W, STRUCTURAL, "text", "The text was read as a PDF-to-Markdown extraction (its signs: "
         "emphasis, heading lines, escapes, note marks, list bullets, page rules): the markup the reader knows was "
         "taken off before reading, a sign of another form left in the text; the warning's line is the first sign's."),
    Code("text-presentation-forms", W, STRUCTURAL, "text", "Ligatures or shaped Arabic letters were read as the "
       "letters they stand for."),
    Code("text-invisible-in-number", W, SOURCE, "text", "A soft hyphen or word joiner inside a paragraph "
       "number or label was removed (it would hide the number and merge paragraphs)."),
    Code("text-header-unknown", W, SOURCE, "text", "A header line was not understood."),
    Code("text-preamble-before-formula", W, SOURCE, "text", "Preambular paragraphs stand before the enacting "
       "formula (early Security Council texts); they are read as the first ones."),
    Code("text-heading-dropped", W, SOURCE, "text", "A heading stands where the model has no place for it "
       "(in the preamble, before a sub-paragraph, after the last paragraph) and is left out."),
    Code("text-embedded-draft", W, SOURCE, "text", "A paragraph recommends a draft: the draft is kept as that "
       "paragraph's text."),
    Code("text-number-lost", W, SOURCE, "text", "An operative paragraph printed without its number (an "
       "extraction lost it) is read as the next in sequence."),
    # The reader still gives one reading there: the warning says where a person should look (text/guessed.py).
    Code("text-boundary-guessed", W, SOURCE, "text", "Nothing in the layout tells whether a preambular paragraph "
         "starts at this line (no indent, blank line or line width where a line ending with a clause's comma is "
         "followed by one opening with a paragraph's head, in a script or language where case does not tell; a "
         "line that opens like no paragraph where a page break may stand unseen; in text of blocks whose pages do "
         "not show, a block read on after one ending with a clause's comma; or, in text of blocks of a script "
         "without case, a block read as a new paragraph because it opens with an adverb and a head after an "
         "unfinished one; or a paragraph number alone under the enacting formula, not 1, that the text under it "
         "does not go on from; or, in double-spaced text whose few wider gaps were set aside as no separators, a "
         "paragraph read on over such a gap; or, in a script without spaces, a line opening with a paragraph's head "
         "read as the next paragraph, not as the rest of a note that holds only a title; or, among numbered "
         "paragraphs, a block that is only a paragraph number that no rule took for a paragraph's number, read on "
         "into the paragraph before; or, between numbered paragraphs, a block with no final punctuation read as the "
         "heading of the next paragraph): the message gives the reading taken, a new paragraph, the same one or the "
         "next one's heading."),
    Code("text-part-empty", W, SOURCE, "text", "A part has no operative paragraph."),
    Code("text-part-label", W, SOURCE, "text", "A part (section) is headed by its title alone: it is given the label "
         "of its position in the language's sequence of sections (I, II…), which the text does not print."),
    Code("text-no-closing", W, SOURCE, "text", "No closing block (adoption date, meeting, vote): the text may be "
       "cut off."),
    Code("text-closing-unknown", W, SOURCE, "text", "A line of the closing block was not understood."),
    Code("text-closing-uncertain", W, SOURCE, "text", "A meeting printed with a comma before the adoption date "
         "(\"45th plenary meeting,\") follows an unfinished line: it may end the last paragraph, and is read so; the "
         "closing block starts at the date; or, in a script without spaces, a closing statement's words open a "
         "line after a full unfinished line (\"…协商\" / \"一致通过的…\"): they are read as the paragraph's text."),
    Code("text-note-in-paragraph", W, SOURCE, "text", "A line holding a note's marker alone stands under a "
         "paragraph's end, the marker still glued to a word above it: a note whose mark was not found is read as "
         "running text."),
    Code("text-note-unplaced", W, SOURCE, "text", "A line that opens as the next note does (its marker, then a "
         "sentence ending with a full stop), or a note's text under its marker alone on the line above, is read as "
         "running text: no mark of that note was found in the text, and the paragraph it stands in keeps it as its "
         "own text."),
    Code("text-note-mark-guessed", W, SOURCE, "text", "An endnote's marker set apart after a word that counts "
         "(\"recommendation 1 ,\") was not taken as its mark, and the mark was taken further on; or a note's mark "
         "sought between its neighbours' is either the last digit of a document's symbol (\"67/201\") or a digit "
         "glued to another number (\"principle 71,\"); or, in a script without "
         "spaces, a mark glued after a word that counts it (\"目标3，\") was passed over for digits set apart further "
         "on (\" 3 \"); or, in a text of ideographs that sets its numbers apart, a number set apart before a "
         "full-width comma (\"为 2、\") was taken as a mark, the last place left: the text does not decide which of "
         "the two is the mark, or whether the number is the text's own."),
    Code("text-note-unfinished", W, SOURCE, "text", "A note ends unfinished (no full stop) at its page's foot, and "
         "the next page's foot does not give its rest: the rest may stand in the running text of the next page."),
    Code("text-endnotes-clash", W, SOURCE, "text", "Notes printed after the closing share their markers with "
         "notes read earlier, and the text does not decide which are the notes: the later ones are kept as closing "
         "lines."),
    Code("text-part-closing", W, SOURCE, "text", "A part's closing block (its meeting and date) differs from the "
         "resolution's, which the model holds: the part's is reported, not kept."),
    Code("text-adoption-date", W, SOURCE, "text", "The closing's adoption date differs from the header's."),
    Code("text-vote-unknown", W, SOURCE, "text", "The vote statement was not understood."),
    Code("text-unaccounted", W, STRUCTURAL, "text", "Letters or digits of the running text (from the enacting formula "
         "to the closing block, the annexes, the notes, the markers of marks) are in no field of the model, and no "
         "other warning reported them left out (converter/text/account.py): the message counts them and names the "
         "lines whose letters the model lacks, or the marks that reached no footnote reference; or a number alone "
         "between two paragraphs, away from a page's edge, that the reader left out as a page's number though it may "
         "be a paragraph's (page-number-in-body)."),
    # -- the JSON reader ---------------------------------------------------------------------------
    Code("json-too-large", E, STRUCTURAL, "json", "The file is larger than the reader's limit (50 MB)."),
    Code("json-encoding", E, STRUCTURAL, "json", "The file is not UTF-8."),
    Code("json-syntax", E, STRUCTURAL, "json", "Not JSON, or JSON a careful reader refuses: duplicate keys, "
       "NaN or Infinity, numbers of more than 18 digits."),
    Code("json-too-deep", E, STRUCTURAL, "json", "Objects and lists nested deeper than the reader's limit (64)."),
    Code("json-surrogate", E, STRUCTURAL, "json", "A string or key holds a lone UTF-16 surrogate (`\\ud800`): "
         "no UTF-8 text or XML can carry it."),
    Code("json-invisible-characters", W, STRUCTURAL, "json", "Invisible formatting characters (bidi controls, "
         "zero-width space, byte-order mark) were removed from strings, as the text reader removes them."),
    # -- the XML parser ----------------------------------------------------------------------------
    Code("xml-too-large", E, STRUCTURAL, "xml", "The file is larger than the parser's limit (50 MB)."),
    Code("xml-syntax", E, STRUCTURAL, "xml", "Not well-formed XML."),
    # SOURCE: the file is broken, yet `convert` writes what libxml2's repair of it could read (a
    # converter must not lose a document over one misplaced tag); `validate` reports xml-syntax.
    Code("xml-repaired", E, SOURCE, "xml", "Not well-formed XML, read as libxml2's recovery repairs it (`convert`); "
       "the message gives the first break and the characters of text the repair lost."),
    Code("xml-doctype", E, STRUCTURAL, "xml", "A DOCTYPE or entity declaration (refused: they can read local "
       "files or expand without bound)."),
    Code("xml-entity", E, STRUCTURAL, "xml", "An entity reference (refused)."),
    Code("xml-xinclude", E, STRUCTURAL, "xml", "An XInclude element (refused)."),
    Code("xml-too-deep", E, STRUCTURAL, "xml", "Elements nested deeper than the parser's limit (256)."),
    Code("xml-too-many-elements", E, STRUCTURAL, "xml", "More elements than the parser's limit (200,000; the "
         "largest UN resolution has about 3,000)."),
    # -- the Akoma Ntoso reader --------------------------------------------------------------------
    Code("akn-not-resolution", E, STRUCTURAL, "akn", "The document is not an Akoma Ntoso statement."),
    Code("akn-language", E, STRUCTURAL, "akn", "`FRBRlanguage` is missing or not one of the six UN languages."),
    Code("akn-no-operative", W, SOURCE, "akn", "`mainBody` has no operative paragraph."),
    Code("akn-agenda", W, SOURCE, "akn", "An agenda item's number was not understood; the item is left out."),
    Code("akn-preamble-list-flattened", W, SOURCE, "akn", "A list in a preambular paragraph was read as running "
       "text (the model's preambular paragraphs have no items)."),
    Code("akn-preamble-in-body", W, SOURCE, "akn", "An unnumbered paragraph at the head of `mainBody`, before "
         "paragraph 1, that ends as a preambular paragraph does (with a comma) was read as the preamble's last "
         "paragraph (a slip of the UN's markup)."),
    Code("akn-paragraph-continued", W, SOURCE, "akn", "An unnumbered paragraph among numbered operative "
         "paragraphs (a second alinea, a quotation's lines) was read into the text of the numbered paragraph "
         "before, which it goes on with, as the text reader reads it (the items a paragraph ending with a colon "
         "announces stay paragraphs without a number: announced-items)."),
    Code("akn-session-number", W, SOURCE, "akn", "The session's `@value` contradicts its printed label (\"الدورة "
         "الخامسة والخمسون\" with value 50): the number the label says is read, as the printed resolution states it."),
    Code("akn-meeting-in-body", W, SOURCE, "akn", "The last paragraph of `mainBody` is the adoption meeting (the "
         "language's meeting pattern reads it whole): read as the meeting where the conclusions state none, else "
         "left out as their repetition; no operative paragraph either way."),
    Code("akn-empty-container", W, SOURCE, "akn", "An empty preambular container was skipped."),
    Code("akn-empty-paragraph", W, SOURCE, "akn", "An empty operative paragraph was skipped."),
    Code("akn-heading-dropped", W, SOURCE, "akn", "A heading after the last operative paragraph heads nothing "
       "and is left out."),
    Code("akn-dropped", W, SOURCE, "akn", "An element of the UN's file the model has no place for (a table in the "
       "operative part or a preambular paragraph, a point's heading, a second vote of a collection's part) is "
       "left out; the message says what and how many characters."),
    Code("akn-characters", W, SOURCE, "akn", "The characters of the body (whitespace aside) in the file and in the "
       "model differ by more than what was reported as akn-dropped; the message gives the count."),
    Code("akn-point-num", W, SOURCE, "akn", "A point has no label (read as a bullet)."),
    Code("akn-number-lost", W, SOURCE, "akn", "The first operative paragraphs have no number, paragraph n the "
         "first numbered: they are given the numbers 1 … n-1 the file lost."),
    Code("akn-empty-point", W, SOURCE, "akn", "A point has no text: it is kept (dropping it would renumber its "
         "list), its label standing in for the text the model requires."),
    Code("akn-part-label", W, SOURCE, "akn", "A part (section) has no label in the file: it is given the label of "
         "its position in the language's sequence (A, B…; ألف، باء…; a section headed by its title alone: "
         "I, II…), which the file does not print."),
    Code("akn-note-marker", W, SOURCE, "akn", "An `authorialNote` has no marker."),
    Code("akn-note-moved", W, SOURCE, "akn", "A footnote the preface marks outside the title (on the letter of a "
         "part published apart, \"B¹\") is read as a note on the title: its mark moves to the title's end."),
    Code("akn-vote-count", W, SOURCE, "akn", "A vote count is not a number."),
    Code("akn-malformed", E, STRUCTURAL, "akn", "A file written by unres (`identification/@source=\"#unres\"`) "
         "lacks what unres always writes there (a vote side's name or count, a whole number, an agenda item's "
         "number)."),
    Code("akn-date", W, SOURCE, "akn", "A date is not a real calendar day; it is left out."),
    Code("akn-original-language", W, SOURCE, "akn", "The original language is not a language code; it is left "
         "out."),
    Code("akn-control-characters", W, STRUCTURAL, "akn", "Invisible formatting characters (bidi controls, zero-width "
         "space, byte-order mark) were removed from the text, as the text reader removes them; the warning "
         "counts them."),
    # -- the PDF and Word readers -------------------------------------------------------------------
    Code("pdf-unreadable", E, STRUCTURAL, "extract", "The file is not a PDF PDFium can open (no `%PDF` header, "
         "damaged, or encrypted)."),
    Code("pdf-no-text", E, STRUCTURAL, "extract", "The PDF has no text layer (a scan): it must be OCR'd first."),
    Code("docx-unreadable", E, STRUCTURAL, "extract", "The file is not a Word (.docx) package, or its document "
         "part cannot be read."),
    Code("input-doc-legacy", E, STRUCTURAL, "extract", "A legacy Word file (.doc) is not read: save it as .docx "
         "or PDF."),
    Code("usage-pdf-text-input", E, STRUCTURAL, "usage", "`--pdf-text` was given an input that is neither PDF nor "
         "Word."),
    # -- the official XSD --------------------------------------------------------------------------
    Code("akn-xsd", E, STRUCTURAL, "xsd", "The document breaks the OASIS Akoma Ntoso 3.0 XSD."),
    # -- the Schematron profile --------------------------------------------------------------------
    Code("profile-statement", E, STRUCTURAL, "profile",
       'The document is `akomaNtoso/statement[@name="resolution"]`, or a `documentCollection` whose components '
       "are such statements (a resolution in parts, as the UN publishes some: A/RES/77/256 A-B)."),
    Code("profile-main-body", E, STRUCTURAL, "profile",
       "`mainBody` has at least one `paragraph` (directly or in a `part`)."),
    Code("profile-formula-first", E, STRUCTURAL, "profile",
       'A preamble that has `formula[@name="enactingFormula"]` opens with it (the model allows none: early '
       "Security Council resolutions have none)."),
    Code("profile-paragraph-sequence", E, SOURCE, "profile",
       "Operative paragraph numbers run 1..n (in each part from 1); all numbered or none."),
    Code("profile-part", E, STRUCTURAL, "profile",
       "A `part` has its label in `num` and paragraphs of its own; with parts, `mainBody` has no paragraph "
       "outside them."),
    Code("profile-heading", E, STRUCTURAL, "profile",
       'A heading is an `hcontainer[@name="crossHeading"]` holding only a non-blank `heading`, before an '
       "operative paragraph."),
    Code("profile-note-marker", E, STRUCTURAL, "profile", "Every `authorialNote` has a marker."),
    Code("profile-note-text", E, STRUCTURAL, "profile", "Every `authorialNote` has text."),
    Code("profile-vote-count", E, SOURCE, "profile",
       "A count equals the voters listed under it; a stated side number equals the members listed."),
    Code("profile-member-link", E, STRUCTURAL, "profile",
       "A member's `refersTo` names an existing `TLCOrganization`."),
    Code("profile-refers-to-hash", E, STRUCTURAL, "profile",
       "Every `refersTo` starts with `#` (the UN's files often omit it)."),
    Code("profile-frbr-expression", E, STRUCTURAL, "profile", "The Expression IRI extends the Work IRI."),
    Code("profile-frbr-manifestation", E, STRUCTURAL, "profile", "The Manifestation IRI extends the Expression "
       "IRI."),
    Code("profile-frbr-language", E, STRUCTURAL, "profile", "The Expression IRI names the `FRBRlanguage`."),
    Code("profile-frbr-date", E, STRUCTURAL, "profile",
       "The Work date and IRI carry the adoption date of the conclusions."),
    # -- files -------------------------------------------------------------------------------------
    Code("io-missing", E, STRUCTURAL, "files", "No such file or folder."),
    Code("io-read", E, STRUCTURAL, "files", "The file cannot be read (permissions, a folder, a device error)."),
    Code("io-kind", E, STRUCTURAL, "files", "Not a file kind unres reads (by its suffix)."),
    Code("io-write", E, STRUCTURAL, "files", "The output cannot be written."),
    Code("io-overwrite", E, STRUCTURAL, "files", "The output would replace an input of the same run: refused."),
    Code("io-collision", E, STRUCTURAL, "files", "Two inputs of one run would be written to the same output "
       "file: the second is refused."),
    Code("io-empty-folder", W, STRUCTURAL, "files", "A folder given holds no file unres reads: nothing in it was "
         "checked or converted."),
    Code("io-no-input", E, STRUCTURAL, "files", "No file unres reads among the paths given: nothing was checked "
         "or converted (exit 2)."),
    # -- usage -------------------------------------------------------------------------------------
    Code("usage-output-folder", E, STRUCTURAL, "usage", "Several inputs (or a folder) need an output folder "
       "(`-o DIR`)."),
    Code("usage-format-unknown", E, STRUCTURAL, "usage", "No such output format (the API's `convert`)."),
    Code("usage-argument", E, STRUCTURAL, "usage", "An argument of the Python API has the wrong type or value "
         "(the message names it and what it takes)."),
    Code("usage-output-suffix", E, STRUCTURAL, "usage", "`-o FILE` names a file of another format than `--to` "
         "writes (`--to json -o res.xml`)."),
    Code("usage-selector", E, STRUCTURAL, "usage", "A code given to `--select`, `--extend-select` or `--ignore` (or "
         "in `[tool.unres]`) is no code and no prefix of one."),
    Code("usage-config", E, STRUCTURAL, "usage", "The `[tool.unres]` table of pyproject.toml cannot be read or "
         "holds an unknown key or value."),
    # -- batches -----------------------------------------------------------------------------------
    Code("internal-error", E, STRUCTURAL, "batch", "unres itself failed on this input (an exception, or a "
         "worker process that died on it); the rest of the batch goes on. A bug: please report it with the "
         "file."),
    # -- convert -----------------------------------------------------------------------------------
    Code("convert-strict", E, STRUCTURAL, "convert", "`--strict`: the output is not written, as the document "
         "breaks a rule (an error of its source, reported above it)."),
    Code("convert-record-stale", W, SOURCE, "convert", "The file records an error of its source (`unres convert` "
         "wrote it so) that it no longer has: the record would excuse the same error made again there; remove it."),
    # -- --align -----------------------------------------------------------------------------------
    Code("align-mismatch", E, SOURCE, "align", "A language version differs in structure from a strict majority "
       "of the versions of its symbol (the message says what it has and what they have)."),
    Code("align-no-majority", E, SOURCE, "align", "The language versions of a symbol differ in structure with no "
       "strict majority (three against three): reported once, against the first version, saying how they "
       "split."),
)

BY_CODE: dict[str, Code] = {c.code: c for c in CODES}

# -- profiles of `unres validate` ------------------------------------------------------------------
PROFILES: dict[str, str] = {
    "unres": "the formats unres writes (the JSON model, unres's Akoma Ntoso): every check, so that a slip "
             "in a resolution kept as JSON is an error to fix",
    "un-input": "a lint of the UN's files (their AKN4UN XML, text from their PDFs): every check but the "
                "conventions of unres's own Akoma Ntoso, so that what it reports are slips in the document",
    "structural": "what `convert` guarantees of every output it writes: only the structural checks (a "
                  "file that fails them cannot be read or written validly), none about the source",
}

# What `un-input` leaves out, and why: rules of unres' own Akoma Ntoso that the UN's AKN4UN is not
# written to follow, and checks the model repeats. Each fact is checked on the model the reader
# builds, which knows the UN's markup.
UN_INPUT_OMITS: dict[str, str] = {
    "profile-refers-to-hash": "AKN4UN writes refersTo without the leading #",
    "profile-main-body": "AKN4UN puts a resolution in parts in `section`s (in the model: schema-minItems)",
    "profile-paragraph-sequence": "AKN4UN marks wrap-ups and headings as unnumbered paragraphs (in the model: "
                                  "operative-number-sequence)",
    "profile-part": "AKN4UN puts parts in `section`s",
    "profile-heading": "AKN4UN writes `crossHeading`, unres an hcontainer",
    "profile-vote-count": "the same slip as vote-count-mismatch on the model, which names the side",
    "profile-member-link": "AKN4UN names voters by refersTo without a TLCOrganization",
}

# Stages whose codes every profile reports: a file that cannot be read, a run that fails, and
# --align (asked for by its own option).
_ALWAYS = frozenset({"files", "usage", "batch", "align"})


def in_profile(code: str, profile: str) -> bool:
    """Whether `unres validate --profile PROFILE` reports a code (before --select and --ignore)."""
    c = BY_CODE.get(code)
    if c is None or c.stage in _ALWAYS:
        return True
    if profile == "unres":
        return True
    if profile == "un-input":
        return code not in UN_INPUT_OMITS
    if profile == "structural":
        return c.kind == STRUCTURAL
    raise ValueError(f"no profile {profile!r}")


def markdown_table(stage: str) -> str:
    """The SPEC.md table of one stage's codes."""
    rows = [c for c in CODES if c.stage == stage]
    if stage == "rules":
        lines = ["| code | level | kind | rule | example of a violation |", "|---|---|---|---|---|"]
        lines += [f"| `{c.code}` | {c.severity} | {c.kind} | {c.meaning} | {c.example} |" for c in rows]
    else:
        lines = ["| code | level | kind | meaning |", "|---|---|---|---|"]
        lines += [f"| `{c.code}` | {c.severity} | {c.kind} | {c.meaning} |" for c in rows]
    return "\n".join(lines)


BEGIN, END = "<!-- codes:{stage} (generated by `python -m unres.codes` from converter/codes.py) -->", \
    "<!-- /codes:{stage} -->"


def render_spec(spec: str) -> str:
    """SPEC.md with every generated block replaced by the registry's table for its stage."""
    for stage in STAGES:
        begin, end = BEGIN.format(stage=stage), END.format(stage=stage)
        start = spec.find(begin)
        if start < 0:
            continue
        stop = spec.index(end, start)
        spec = spec[:start] + begin + "\n" + markdown_table(stage) + "\n" + spec[stop:]
    return spec


def main() -> None:
    from .schema import schema_path

    path = schema_path("SPEC.md")
    old = path.read_text(encoding="utf-8")
    new = render_spec(old)
    if new != old:
        path.write_text(new, encoding="utf-8")
        print(f"rewrote the code tables of {path}")
    else:
        print(f"{path} is in step with the registry")


if __name__ == "__main__":
    main()
