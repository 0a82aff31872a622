"""The model as JSON: a strict reader (no duplicate keys, no NaN, bounded depth) and a stable writer."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from json.decoder import scanstring  # type: ignore[attr-defined]  # the C scanner when there is one
from typing import Any

from .chars import UTF8_MARKS, found_after
from .checks import model_problems, remember, structural_errors
from .model import Resolution, json_keys, to_dict
from .problems import Problem, UnresError
from .schema import XML_ILLEGAL, Scalars

MAX_DEPTH = 64
MAX_BYTES = 50_000_000


def to_json(res: Resolution) -> str:
    """indented(to_dict(res)) + "\\n", written from the model itself: its JSON data are not built."""
    pieces: list[str] = []
    _write_model(res, "", pieces)
    pieces.append("\n")
    return "".join(pieces)


# json.dumps(indent=2) runs CPython's encoder in Python, one generator per container: this writes
# the same text with the C string encoder, json.dumps' own, into one list of pieces joined once
# (each character of a text copied once, not once per level). A value of any other type than those
# of a model's dict (a float, an int subclass…) is written by json.dumps itself (its lines indented
# to where it stands): the text is json.dumps' to the byte (tested).
_encode_str = json.encoder.encode_basestring  # ensure_ascii=False: the C encoder when there is one
_ATOMS = {None: "null", True: "true", False: "false"}


def indented(obj: Any, indent: str = "") -> str:
    """json.dumps(obj, ensure_ascii=False, indent=2), its lines after the first indented by `indent`."""
    pieces: list[str] = []
    _write(obj, indent, pieces)
    return "".join(pieces)


def _write(obj: Any, indent: str, out: list[str]) -> None:
    kind = type(obj)
    if kind is str:
        out.append(_encode_str(obj))
    elif kind is int:
        out.append(int.__repr__(obj))
    elif obj is None or kind is bool:
        out.append(_ATOMS[obj])
    elif kind is dict and all(type(k) is str for k in obj):
        _write_dict(obj, indent, out)
    elif kind is list:
        _write_list(obj, indent, out)
    else:
        out.append(json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n" + indent))


def _write_dict(obj: dict[str, Any], indent: str, out: list[str]) -> None:
    if not obj:
        out.append("{}")
        return
    inner = indent + "  "
    append, before, comma = out.append, "{\n" + inner, ",\n" + inner
    for key, value in obj.items():
        append(before)
        append(_encode_str(key))
        append(": ")
        if type(value) is str:  # (most values: without a call)
            append(_encode_str(value))
        else:
            _write(value, inner, out)
        before = comma
    append("\n" + indent + "}")


def _write_list(obj: list[Any], indent: str, out: list[str]) -> None:
    _write_sequence(obj, indent, out, _write)


def _write_sequence(items: tuple[Any, ...] | list[Any], indent: str, out: list[str],
                    write: Callable[[Any, str, list[str]], None]) -> None:
    """A JSON array, each item not a string written by `write` (_write for data, _write_model for a model's)."""
    if not items:
        out.append("[]")
        return
    inner = indent + "  "
    append, before, comma = out.append, "[\n" + inner, ",\n" + inner
    for value in items:
        append(before)
        if type(value) is str:
            append(_encode_str(value))
        else:
            write(value, inner, out)
        before = comma
    append("\n" + indent + "]")


# The model written as its JSON data (to_dict) would be, without making the data: a model object's
# keys are json_keys' (each written once per class with its quotes and colon), a tuple is a list;
# any other value (a float, a dict) is what to_dict makes of it, written by _write. The text is
# indented(to_dict(res)) to the byte (tested on every sample and on generated models).
_MODEL_KEYS: dict[type, tuple[tuple[str, str], ...] | None] = {}


def _model_keys(cls: type) -> tuple[tuple[str, str], ...] | None:
    """(field, its key as written: '"field": ') of a model class, in to_dict's order; None for any other."""
    try:
        return _MODEL_KEYS[cls]
    except KeyError:
        names = json_keys(cls)
        keys = _MODEL_KEYS[cls] = None if names is None else tuple((n, _encode_str(n) + ": ") for n in names)
        return keys


def _write_model(obj: Any, indent: str, out: list[str]) -> None:
    keys = _model_keys(type(obj))
    if keys is None:  # not a model object: what to_dict makes of it
        if type(obj) is tuple or type(obj) is list:
            _write_items(obj, indent, out)
        else:
            _write(to_dict(obj), indent, out)
        return
    if not keys:
        out.append("{}")
        return
    inner = indent + "  "
    append, before, comma = out.append, "{\n" + inner, ",\n" + inner
    for name, key in keys:
        value = getattr(obj, name)
        append(before)
        append(key)
        kind = type(value)
        if kind is str:  # (most values: without a call)
            append(_encode_str(value))
        elif value is None or kind is bool:
            append(_ATOMS[value])
        elif kind is int:
            append(int.__repr__(value))
        else:
            _write_model(value, inner, out)
        before = comma
    append("\n" + indent + "}")


def _write_items(items: tuple[Any, ...] | list[Any], indent: str, out: list[str]) -> None:
    _write_sequence(items, indent, out, _write_model)


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _no_duplicates(pairs):
    out = dict(pairs)  # in C; shorter than the pairs when a key is repeated, then named (the first)
    if len(out) < len(pairs):
        seen = set()
        for k, _ in pairs:
            if k in seen:
                raise ValueError(f"duplicate key {k!r}")
            seen.add(k)
    return out


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def load_json(data: bytes | str) -> Any:
    """Parses JSON strictly; raises UnresError with line:column on anything a careful reader would refuse."""
    return _load(data)[0]


def _load(data: bytes | str) -> tuple[Any, bool]:
    """load_json's data, and whether the parser read a number with a fraction or an exponent (a float)."""
    if len(data) > MAX_BYTES:  # characters, for a str: at least as many bytes
        raise UnresError(Problem("json-too-large", f"{len(data)} bytes is more than {MAX_BYTES}"))
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise UnresError(Problem("json-encoding", f"not UTF-8: byte {e.start} cannot be decoded")) from None
    else:
        text = data
    # Depth is checked before parsing so that a deep document never reaches the recursive decoder
    # (_shallow asked with the bytes given: not encoded again).
    too_deep = None if _shallow(data) else _scan_depth(text)
    if too_deep is not None:
        line, col = _line_col(text, too_deep)
        raise UnresError(Problem("json-too-deep", f"nesting deeper than {MAX_DEPTH}", line=line, column=col))
    floats: list[str] = []

    def read_float(number: str) -> float:  # called for floats only: the model has none
        floats.append(number)
        return float(number)

    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant,
                          parse_int=_bounded_int, parse_float=read_float), bool(floats)
    except json.JSONDecodeError as e:
        raise UnresError(Problem("json-syntax", e.msg, line=e.lineno, column=e.colno)) from None
    except ValueError as e:
        raise UnresError(Problem("json-syntax", str(e))) from None


_STRUCTURE = re.compile(r'["\[\]{}]')
_TOKEN = re.compile(r'\s*(?:(["\[\]{}:,])|([^\s,:\[\]{}"]+))')


def _too_deep(text: str) -> int | None:
    """The offset of the first bracket nested deeper than MAX_DEPTH, if any.

    Linear in time and constant in memory but for one string at a time: the search jumps from
    one bracket or quote to the next, and json's own string scanner (C) steps over each string.
    A string the scanner refuses (unterminated, a raw control character) ends the scan; the
    parser then reports it."""
    if _shallow(text):  # nearly every file: told in C, without the scan (three times the parse)
        return None
    return _scan_depth(text)


def _scan_depth(text: str) -> int | None:
    depth = 0
    m = _STRUCTURE.search(text)
    while m is not None:
        char, pos = m.group(), m.end()
        if char == '"':
            try:
                pos = scanstring(text, pos, True)[1]
            except ValueError:
                return None
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
        else:
            depth -= 1
        m = _STRUCTURE.search(text, pos)
    return None


# Every byte but the quote and the brackets (a UTF-8 sequence holds no ASCII byte).
_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b'"[]{}')


def _shallow(text: bytes | str) -> bool:
    """True when no bracket of `text` (a JSON text, or its UTF-8) outside its strings is nested
    deeper than MAX_DEPTH; False when that is not known (then _too_deep scans). Known without a
    loop over the text in Python for a text without a backslash, whose strings end at the next
    quote: its brackets outside strings form a well-nested sequence whose innermost pairs, removed
    in at most MAX_DEPTH / 2 rounds, leave nothing (a round removes the empty "[]", then the empty
    "{}": at most two levels). Whatever stays (an unbalanced bracket, one of another kind) leaves
    the answer to the scan; the scan ignores what is not a bracket or a string, and so does this."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    if b"\\" in raw:
        return False
    # The quotes and brackets, then the brackets outside strings (an unterminated string's rest
    # dropped). A string without a bracket leaves two quotes side by side: when removing such pairs
    # leaves no quote, every pair was a string's two quotes (the first quote can only go with the
    # second, and so on), and what stays is the brackets outside strings, without a piece made of
    # each string; otherwise the pieces between quotes are taken.
    structure = raw.translate(None, _NOT_STRUCTURE)
    brackets = structure.replace(b'""', b"")
    if b'"' in brackets:
        brackets = b"".join(structure.split(b'"')[::2])
    for _ in range(MAX_DEPTH // 2):
        if not brackets:
            return True
        inner = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if len(inner) == len(brackets):
            return False
        brackets = inner
    return not brackets


def tokens(text: str) -> Iterator[tuple[str, int, str | None]]:
    """The tokens of a JSON text in linear time: (kind, offset, value) with kind "str" (value: the
    decoded string), "open", "close", "colon", "comma" (value: the character) or "atom" (a number,
    true, false, null; value None). Stops at the first string json's scanner refuses."""
    pos = 0
    while (m := _TOKEN.match(text, pos)) is not None:
        punct = m.group(1)
        if punct == '"':
            try:
                value, pos = scanstring(text, m.end(), True)
            except ValueError:
                return
            yield "str", m.start(1), value
            continue
        pos = m.end()
        if punct is None:
            yield "atom", m.start(2), None
        else:
            yield _PUNCT[punct], m.start(1), punct


_PUNCT = {"[": "open", "{": "open", "]": "close", "}": "close", ":": "colon", ",": "comma"}


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 18:
        raise ValueError(f"number {text[:20]}… is too large")
    return int(text)


def from_json(data: bytes | str) -> Resolution:
    """Reads a model; raises UnresError listing every structural error (schema, structural rules)."""
    return read(data)[0]


def read(data: bytes | str, name: str = "", lang: str | None = None) -> tuple[Resolution, list[Problem]]:
    """(model, problems) from JSON; raises UnresError listing every structural error. A rule the
    document breaks (a count that does not match its list) is among the problems returned: the
    model says what the file says.

    The reader of the "json" input format (see formats.py); `name` and `lang` are not needed."""
    obj, scalars, suspects = load_data(data)
    obj, warnings = clean_strings(obj) if suspects else (obj, [])
    problems, res = model_problems(obj, scalars)
    if res is None:
        raise UnresError(problems)
    if blocking := structural_errors(problems):
        raise UnresError(blocking)
    remember(res, obj, problems)  # for convert, which judges the model it writes: judged once
    return res, warnings + problems


# Invisible formatting characters: the zero-width space, the bidi marks, embeddings, overrides and
# isolates (which can make a text read otherwise than it is stored) and the byte-order mark. The
# text reader removes them with a warning; so does the JSON reader. They are the characters of
# text/clean.py's _CONTROL but for the C0 controls, which the schema refuses in every text (XML
# cannot carry them): a file holding them is invalid, not repaired.
_INVISIBLE = "\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# Lone UTF-16 surrogates ("\ud800" in JSON) decode to a str no UTF-8 file or XML can carry.
_SUSPECT = re.compile(f"[\ud800-\udfff{_INVISIBLE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_SAME = 5


# What a JSON text must hold for one of its strings to hold one of those characters: its UTF-8
# bytes, or an escape (\u200b, \ud800). UTF-8 cannot hold a surrogate: load_json refuses it. Each
# pattern starts with one byte: the marks' (chars.UTF8_MARKS) is found by memchr (chars.found_after).
_BOM_UTF8 = b"\xef\xbb\xbf"
_EF_UTF8 = re.compile(rb"\xef(?:\xbb\xbf|\xbf[\xbe\xbf])")  # U+FEFF, and U+FFFE, U+FFFF (XML cannot carry them)


def may_hold_suspects(source: bytes | str) -> bool:
    """Whether a string of the JSON text `source` may hold an invisible character or a lone
    surrogate: False for nearly all files, which clean_strings need not walk."""
    return text_gates(source)[0]


def text_gates(source: bytes | str) -> tuple[bool, bool]:
    """What a JSON text that load_json has read tells of its strings and keys without a walk over its
    data: (whether one may hold an invisible character or a lone surrogate, whether one may hold a
    character XML 1.0 cannot carry). Such a character reaches a string raw or through an escape,
    which starts with a backslash; load_json's strict parse refuses a raw control character in a
    string, and UTF-8 cannot hold a surrogate: of the bytes' characters, only U+FFFE and U+FFFF."""
    if isinstance(source, str):
        return ("\\u" in source or _SUSPECT.search(source) is not None,
                "\\" in source or XML_ILLEGAL.search(source) is not None)
    escapes = b"\\" in source  # (a search for one byte is much cheaper than for two)
    ef = {m.group() for m in _EF_UTF8.finditer(source)}
    return ((escapes and b"\\u" in source) or _BOM_UTF8 in ef or found_after(source, b"\xe2", UTF8_MARKS),
            escapes or bool(ef - {_BOM_UTF8}))


def load_data(data: bytes | str) -> tuple[Any, Scalars, bool]:
    """load_json's data; what its text tells of its scalars (schema.Scalars: a float read, a character
    XML cannot carry maybe held; what schema.scan_scalars would find, without the walk over the
    data); and whether a string may hold what clean_strings removes or refuses (text_gates)."""
    obj, floats = _load(data)
    suspects, xml_illegal = text_gates(data)
    return obj, Scalars(floats, xml_illegal), suspects


def clean_strings(obj: Any, source: bytes | str | None = None) -> tuple[Any, list[Problem]]:
    """obj with invisible formatting characters removed from its strings (one warning), or
    UnresError (json-surrogate, with pointers) when a string or key holds a lone surrogate.
    `source`, the JSON text obj was read from, spares the walk when it cannot hold one."""
    if source is not None and not may_hold_suspects(source):
        return obj, []
    cleaned: list[str] = []
    bad: list[Problem] = []

    def clean(node: Any, where: str) -> Any:
        if isinstance(node, str):
            if _SUSPECT.search(node) is None:
                return node
            if (m := _SURROGATE.search(node)) is not None:
                bad.append(Problem("json-surrogate", f"a lone surrogate ({ascii(m.group())[1:-1]}) at character "
                                   f"{m.start()}: no UTF-8 text can hold it", pointer=where))
                return node
            cleaned.append(where)
            return _INVISIBLE_RE.sub("", node)
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if _SURROGATE.search(key):
                    bad.append(Problem("json-surrogate", f"a lone surrogate in the key {ascii(key)}", pointer=where))
                out[key] = clean(value, f"{where}/{key.replace('~', '~0').replace('/', '~1')}")
            return out
        if isinstance(node, list):
            return [clean(v, f"{where}/{i}") for i, v in enumerate(node)]
        return node

    result = clean(obj, "")
    if bad:
        raise UnresError(bad[:MAX_SAME] + ([Problem("json-surrogate", f"{len(bad) - MAX_SAME} more strings with "
                                                    "a lone surrogate")] if len(bad) > MAX_SAME else []))
    warnings = [Problem("json-invisible-characters", f"invisible formatting characters (bidi controls, zero-width "
                        f"spaces, byte-order marks) removed from {len(cleaned)} string(s)", pointer=cleaned[0],
                        severity="warning")] if cleaned else []
    return result, warnings
