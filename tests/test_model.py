"""The model classes' __init__ (made again by model._fast_inits, issue 24): the objects it builds are
those the dataclass's own __init__ builds — the same class, fields, equality, hash — and frozen."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from unres import model
from unres.jsonio import from_json

import strategies

ROOT = Path(__file__).resolve().parents[1]
CLASSES = [v for v in vars(model).values()
           if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == model.__name__]


def _rebuilt_both_ways(obj):
    """obj built again from its fields by the class's __init__ and by the dataclass's own."""
    cls = type(obj)
    values = [getattr(obj, f.name) for f in dataclasses.fields(cls)]
    own = getattr(cls, "__dataclass_init__", None)
    if own is None:
        return None
    theirs = object.__new__(cls)
    own(theirs, *values)
    return cls(*values), theirs


def _model_objects(node):
    if dataclasses.is_dataclass(node):
        yield node
        for f in dataclasses.fields(node):
            yield from _model_objects(getattr(node, f.name))
    elif isinstance(node, tuple):
        for item in node:
            yield from _model_objects(item)


def test_every_model_class_but_those_with_a_default_factory_has_the_fast_init_with_the_same_signature():
    for cls in CLASSES:
        factory = any(f.default_factory is not dataclasses.MISSING for f in dataclasses.fields(cls))
        assert hasattr(cls, "__dataclass_init__") is not factory, cls
        if not factory:
            assert inspect.signature(cls.__init__) == inspect.signature(cls.__dataclass_init__), cls
            assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"


@pytest.mark.parametrize("cls", [c for c in CLASSES if hasattr(c, "__dataclass_init__")], ids=lambda c: c.__name__)
def test_defaults_and_keywords_build_what_the_dataclass_builds(cls):
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    kwargs = {name: f"v-{name}" for name in required}
    mine = cls(**kwargs)
    theirs = object.__new__(cls)
    cls.__dataclass_init__(theirs, **kwargs)
    assert type(mine) is cls and mine == theirs and hash(mine) == hash(theirs)
    for f in dataclasses.fields(cls):
        assert getattr(mine, f.name) is getattr(theirs, f.name), (cls, f.name)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(mine, f.name, None)
    assert not hasattr(mine, "__dict__")
    with pytest.raises(TypeError):
        cls(*[None] * (len(dataclasses.fields(cls)) + 1))  # too many arguments, as before


def _assert_same_objects(res):
    for obj in _model_objects(res):
        both = _rebuilt_both_ways(obj)
        if both is None:
            continue
        mine, theirs = both
        assert type(mine) is type(obj) and mine == theirs == obj and hash(mine) == hash(theirs)
        assert all(getattr(mine, f.name) is getattr(obj, f.name) for f in dataclasses.fields(obj))


def test_every_sample_s_objects_are_those_the_dataclass_builds():
    for path in sorted((ROOT / "samples").glob("*.json")):
        _assert_same_objects(from_json(path.read_bytes()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.resolutions())
def test_generated_models_objects_are_those_the_dataclass_builds(res):
    _assert_same_objects(res)
