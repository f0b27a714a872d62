"""Reading the data files (guides, city profiles) quickly: they are read on every start.

* ``load_yaml``: PyYAML's libyaml parser (``CSafeLoader``, ≈ 20 × faster) where PyYAML was built
  with it, else the pure-Python ``SafeLoader``. Both build the same data; errors are ``yaml.YAMLError``.
* ``quick_valid``: says whether data fits a JSON schema, for the keywords our schemas use, without
  importing ``jsonschema`` (≈ 0.3 s and 9 MiB at start-up). It answers ``None`` for a schema with
  any other keyword; callers then ask ``jsonschema``. It gives no messages: where data does not
  fit, callers run ``jsonschema`` for the full explanation (``guide.schema_errors``), so what a
  person reads is the same as before. ``--check-content`` always runs ``jsonschema`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

# Keywords that only describe (they never make data invalid).
_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"})


def load_yaml(text: str) -> Any:
    """Parse YAML text safely (no Python objects); raises ``yaml.YAMLError``."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_errors() -> tuple[type[BaseException], ...]:
    """What reading and parsing a data file may raise (PyYAML is imported only when asked)."""
    import yaml

    return (OSError, ValueError, RecursionError, yaml.YAMLError)


class _Unknown(Exception):
    """The schema uses a keyword this checker does not know."""


@lru_cache(maxsize=64)
def _pattern(p: str) -> re.Pattern[str]:
    return re.compile(p)


def _is_type(value: Any, kind: str) -> bool:
    # JSON types as jsonschema (draft 2020-12) sees them: a bool is no number, 1.0 is an integer
    if kind == "string":
        return isinstance(value, str)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        return isinstance(value, (int, float))
    raise _Unknown(f"type {kind}")


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(v, b[k]) for k, v in a.items())
    if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
        return False
    return bool(a == b)


class _Checker:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise _Unknown(f"$ref {ref}")
        node: Any = self.root
        for part in [p for p in ref[1:].split("/") if p]:
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                raise _Unknown(f"$ref {ref}")
            node = node[part]
        return node

    def valid(self, value: Any, schema: Any) -> bool:
        if schema is True:
            return True
        if schema is False:
            return False
        if not isinstance(schema, Mapping):
            raise _Unknown("schema is not an object")
        for key, arg in schema.items():
            if key in _ANNOTATIONS:
                continue
            if key == "$ref":
                ok = self.valid(value, self.resolve(arg))
            elif key == "type":
                ok = any(_is_type(value, k) for k in ([arg] if isinstance(arg, str) else arg))
            elif key == "const":
                ok = _equal(value, arg)
            elif key == "enum":
                ok = any(_equal(value, option) for option in arg)
            elif key == "allOf":
                ok = all(self.valid(value, s) for s in arg)
            elif key == "anyOf":
                ok = any(self.valid(value, s) for s in arg)
            elif key == "oneOf":
                ok = sum(1 for s in arg if self.valid(value, s)) == 1
            elif key == "not":
                ok = not self.valid(value, arg)
            elif key in ("pattern", "minLength", "maxLength"):
                ok = not isinstance(value, str) or (
                    _pattern(arg).search(value) is not None
                    if key == "pattern"
                    else len(value) >= arg
                    if key == "minLength"
                    else len(value) <= arg
                )
            elif key in (
                "required",
                "properties",
                "additionalProperties",
                "propertyNames",
                "minProperties",
                "maxProperties",
            ):
                ok = not isinstance(value, dict) or self.valid_object(value, key, arg, schema)
            elif key in ("items", "minItems", "maxItems"):
                ok = not isinstance(value, list) or (
                    all(self.valid(v, arg) for v in value)
                    if key == "items"
                    else len(value) >= arg
                    if key == "minItems"
                    else len(value) <= arg
                )
            else:
                raise _Unknown(key)
            if not ok:
                return False
        return True

    def valid_object(self, value: dict[str, Any], key: str, arg: Any, schema: Mapping[str, Any]) -> bool:
        if key == "required":
            return all(name in value for name in arg)
        if key == "properties":
            return all(self.valid(value[name], sub) for name, sub in arg.items() if name in value)
        if key == "additionalProperties":
            if "patternProperties" in schema:
                raise _Unknown("patternProperties")
            known = schema.get("properties", {})
            return all(self.valid(v, arg) for name, v in value.items() if name not in known)
        if key == "propertyNames":
            return all(self.valid(name, arg) for name in value)
        if key == "minProperties":
            return len(value) >= int(arg)
        return len(value) <= int(arg)  # maxProperties


def quick_valid(data: Any, schema: Mapping[str, Any]) -> bool | None:
    """True if ``data`` fits ``schema``, False if not, None if the schema uses a keyword not known here."""
    try:
        return _Checker(schema).valid(data, schema)
    except _Unknown:
        return None


def schema_errors(data: Any, schema: Mapping[str, Any]) -> list[str]:
    """Every violation of ``schema`` by ``data``, as 'where: what' lines (jsonschema, only to explain)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    out = []
    for err in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        if err.validator == "additionalProperties":
            out.append(f"{where}: {err.message} (misspelt or unknown)")
        else:
            out.append(f"{where}: {err.message}")
    return out
