"""The Akoma Ntoso vocabulary of unres: namespaces, the values of @refersTo, @class and @name, the
vote terms, FRBR authors, and the rules that make eIds. The writer and both readers take every
name from here, so a name changed here changes what is written and what is read back together.

Reading tables (value → model) are inverted from the writing tables (model → value) here, once;
names only the UN's files use are added beside them, marked as such.
"""

from __future__ import annotations

from functools import cache

from ..langs import all_langs

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN4UN_NS = "http://un.org/akn4un"
A = f"{{{AKN_NS}}}"  # the Clark prefix of an AKN element's tag
NS = {"a": AKN_NS, "u": AKN4UN_NS}  # prefixes of the readers' paths

GENERATOR = "#unres"  # identification/@source of every file unres writes: how its own files are known

# -- FRBR ---------------------------------------------------------------------------------------
AUTHORS = {"GA": "unga", "HRC": "unga-hrc", "SC": "unsc", "ECOSOC": "unecosoc"}  # body → author in IRIs
BODY_OF_AUTHOR = {author: body for body, author in AUTHORS.items()} | {
    "ecosoc": "ECOSOC",  # the UN's files
}


def language_of_639_2(code: str) -> str | None:
    """The model's language code of an FRBRlanguage/@language (ISO 639-2), or None."""
    return _languages_639_2().get(code)


@cache
def _languages_639_2() -> dict[str, str]:
    return {lg.iso639_2: lg.code for lg in all_langs()} | {
        "chi": "zh", "fre": "fr",  # the bibliographic codes, which some of the UN's files use
    }

# The body of a resolution whose IRI names none, by its symbol (the longest prefix first).
SYMBOL_PREFIXES = (("A/HRC/RES/", "HRC"), ("A/RES/", "GA"), ("S/RES/", "SC"), ("E/RES/", "ECOSOC"))
NO_DATE = "0001-01-01"  # FRBRdate where the document gives none (the XSD wants one)

# -- the vote -------------------------------------------------------------------------------------
# One TLCConcept per vote type of the model (schema 1.1 added the last three; the UN's own files
# mark such adoptions in prose only, so these names are unres's).
OUTCOMES = {"without_vote": "adoptedWithoutVote", "recorded": "adoptedRecordedVote",
            "consensus": "adoptedByConsensus", "unknown": "adoptionUnknown",
            "acclamation": "adoptedByAcclamation", "silence_procedure": "adoptedBySilenceProcedure",
            "unanimous": "adoptedUnanimously"}
VOTE_TYPE_OF_OUTCOME = {outcome: kind for kind, outcome in OUTCOMES.items()}
SIDE_IDS = {"in_favour": "inFavour", "against": "against", "abstaining": "abstaining"}
# The members that took no side (schema 1.1): listed like a side, under a term of their own.
OTHER_IDS = {"non_voting": "nonVoting", "absent": "absent"}
LIST_IDS = SIDE_IDS | OTHER_IDS
SIDE_OF_ID = {side_id: side for side, side_id in SIDE_IDS.items()}
LIST_OF_ID = {list_id: name for name, list_id in LIST_IDS.items()}
MEMBER_STATE = "memberState"  # the TLC a voter without an ISO code refers to
MEMBER_PREFIX = "member_"  # + ISO 3166-1 alpha-3: the TLC of a member state


def member_ref(iso3: str | None) -> str:
    """The @refersTo of a voter: its member state's TLC, or any member state's."""
    return f"#{MEMBER_PREFIX}{iso3}" if iso3 else "#" + MEMBER_STATE


def iso_of_ref(ref: str | None) -> str | None:
    """The ISO code in a voter's @refersTo (`#member_FRA`), or None."""
    return ref[len(_MEMBER_REF):] if ref and ref.startswith(_MEMBER_REF) else None


_MEMBER_REF = "#" + MEMBER_PREFIX  # (made once: read for every member of a vote)


# -- TLC concepts (the @refersTo of metadata, "#" + concept) --------------------------------------
class Concept:
    SYMBOL = "symbol"
    JOB_NUMBER = "jobNumber"
    ISSUE_DATE = "dateOfIssuance"
    ADOPTION_DATE = "dateOfAdoption"
    SESSION = "session"
    START_DATE = "startDate"
    END_DATE = "endDate"
    ADOPTION = "adoption"
    MEETING = "meeting"
    AGENDA_ITEM = "agendaItem"
    ORIGINAL_LANGUAGE = "originalLanguage"
    ORIGIN = "origin"
    ALL = (SYMBOL, JOB_NUMBER, ISSUE_DATE, ADOPTION_DATE, SESSION, START_DATE, END_DATE, ADOPTION, MEETING,
           AGENDA_ITEM, ORIGINAL_LANGUAGE, ORIGIN)
    # The UN's files: the docAuthority that names the adopting body refers to one of these.
    UN_BODY_AUTHORITIES = ("#issuingBody", "#subsidiaryBody")


def ref(concept: str) -> str:
    return "#" + concept


# -- the workflow (meta/workflow/step/@outcome, as the UN's files name the steps) ------------------------
class Step:
    DRAFT = "draftResolution"  # @as: the draft's symbol; akn4un:sponsors: its sponsors
    ADDITIONAL_SPONSORS = "draftResolutionAdditionalSponsors"  # akn4un:sponsors: those who joined later
    ADOPTED = "adopted"  # @as: the record of the adoption meeting (S/PV.9527)
    ALL = (DRAFT, ADDITIONAL_SPONSORS, ADOPTED)


# -- attributes of the akn4un namespace: what the model has and AKN has no attribute for -------------
class Un:
    """Local names in the akn4un namespace: the writer writes them `akn4un:` + name, the readers
    find them by `clark(name)`."""

    SESSION_TYPE = "sessionType"  # on session: regular, special, emergency_special
    ITEM = "item"  # on an agenda item's inline: the item's number read ("71")
    SUB_ITEM = "subItem"  # and its sub-item ("b", "ب")
    PROCEDURE = "procedure"  # on the conclusions' vote: meeting or in_writing
    SPONSORS = "sponsors"  # inside a workflow step: one organization per sponsor
    VOTERS = "voters"  # inside a count: one organization per voter

    @staticmethod
    def clark(name: str) -> str:
        return f"{{{AKN4UN_NS}}}{name}"

    @staticmethod
    def prefixed(name: str) -> str:
        return f"akn4un:{name}"


NORMALIZED_SYMBOL = "normalizedSymbol"  # FRBRWork/FRBRalias/@name of the symbol's canonical spelling
NO_VOCABULARY = ""  # keyword/@dictionary (required) of a subject that names no vocabulary

UN = "un"  # the TLCOrganization of the United Nations


def body_ref(body: str | None) -> str:
    """The @refersTo (and vote/@by) of the adopting body's TLCOrganization; the UN's when none is known."""
    return "#" + (body or UN).lower()


# -- @class and @name values unres writes (and its reader reads back) ------------------------------
class Class:
    OPENING = "italic"  # the span around an opening phrase (as the UN marks it)
    UNLABELLED = "unlabelled"  # a session, meeting or label that the model has without printed words
    NO_TEXT = "noText"  # a vote with an outcome but no sentence
    SESSION = "session"
    SESSION_DATES = "sessionDates"
    AGENDA_ITEM = "agendaItem"
    PREAMBULAR = "preambular"  # a part's preambular hcontainer
    FORMULA = "formula"  # a part's enacting formula, in its intro
    VOTE = "vote"
    VOTE_SIDE = "voteSide"
    EMPTY = "empty"  # the placeholder p of an annex without paragraphs, tr of a table or row without any
    CONTINUED = "continued"  # a ref that goes on a link cut by the end of the opening phrase
    # The UN's files: the paragraph styles of headings ("H1", "H23", "H1G", "HChG", "BLUEHeadingH2"),
    # which mark a heading typed as a paragraph's content
    UN_HEADING = r"^(?:H\d|HCh|\w*Heading)"


class Name:
    RESOLUTION = "resolution"  # statement/@name
    ANNEX = "annex"
    ENACTING_FORMULA = "enactingFormula"
    PREAMBULAR_PARAGRAPH = "preambularParagraph"  # a preambular container without an opening phrase
    CROSS_HEADING = "crossHeading"  # a heading-only hcontainer
    BODY = "body"
    ORIGINAL_LANGUAGE = "originalLanguage"
    SESSION = "session"
    AGENDA_ITEM = "agendaItem"
    AGENDA_ITEM_TITLE = "agendaItemTitle"
    VOTE_SIDE = "voteSide"
    ANNEX_PARAGRAPH = "annexParagraph"  # an annex paragraph with a number, headings or a list
    ANNEX_HEADING = "annexHeading"  # a heading printed before an annex paragraph
    ANNEX_LABEL = "annexLabel"
    TABLE = "table"  # an hcontainer holding a table among operative paragraphs (model 1.3; the UN: a container)
    # The UN's files
    UN_AGENDA_ITEM = "agenda item"
    UN_AGENDA_ITEM_TITLE = "agenda item name"
    UN_ADOPTION_MEETING = "adoptionMeeting"  # the Security Council's cover: "at its 9252nd meeting"


# -- the UN's own words in meta (English whatever the document's language) ---------------------------
# voting/@outcome values beside the concept names of OUTCOMES: the vote type, and how votes were cast.
UN_OUTCOMES = {"Adopted by consensus": ("consensus", None), "VOTING BY MAIL": (None, "in_writing")}
# The adoption step's @by: how the Security Council adopted ("Adopted unanimously, 9252nd meeting").
ADOPTED_BY = {"Adopted unanimously": "unanimous", "Adopted without vote": "without_vote"}
AGENDA_KEYWORD = "agenda"  # classification keyword/@refersTo of an agenda item, not a subject
# What the sponsors' step/@by says when a body, not States, submitted the draft.
SUBMITTED_BY = "submitted by"
# Classes of the span that marks an opening phrase, per language: the UN marks them bold in Chinese
# and Arabic, italic elsewhere.
OPENING_CLASSES = {"zh": ("italic", "bold"), "ar": ("italic", "bold")}
OPENING_CLASSES_DEFAULT = ("italic",)


# -- eIds (AKN naming convention: the path of a component, `__` between steps) ------------------------
def para_eid(prefix: str, number: str | None, position: int, used: set[str]) -> str:
    """A paragraph's eId follows its printed number; a missing or repeated number falls back to the
    paragraph's position, so that every eId stays unique."""
    eid = f"{prefix}para_{number}" if number is not None else f"{prefix}para_unnumbered_{position}"
    if eid in used:
        eid = f"{prefix}para_{position}_dup"
    used.add(eid)
    return eid


def part_eid(position: int) -> str:
    # A part's eId is its position: labels such as "ألف" are not name characters for every reader.
    return f"part_{position}"


def list_eid(parent: str) -> str:
    return f"{parent}__list_1"


def point_eid(parent: str, position: int) -> str:
    return f"{list_eid(parent)}__point_{position}"


def note_eid(position: int) -> str:
    return f"authorialNote_{position}"


def meta_note_eid(position: int) -> str:
    """A footnote no authorialNote prints, among the meta block's notes."""
    return f"note_{position}"


def annex_eid(position: int) -> str:
    return f"att_{position}"


def table_eid(parent: str, position: int) -> str:
    return f"{parent}__table_{position}"
