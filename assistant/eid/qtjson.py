"""Decode a command frame the way AusweisApp2 1.26.2 (Qt 5.15's QJsonDocument) does, including its
error texts, so the practice card answers bad input with the same ``INVALID`` errors.

Qt 5's parser only accepts an object or an array at the top, reports the byte offset where it gave
up, and has quirks the recordings show (``{"cmd": "GET_INFO"`` → ``unterminated string (offset: 18)``:
a string that ends at the very end of the document counts as unterminated). This is a small port of
that logic; very deep nesting is reported earlier than Qt would (Python's recursion limit).
"""

from __future__ import annotations

from typing import Any

from assistant.core.json_types import JsonObject

_WS = b" \t\n\r"
_MAX_DEPTH = 400

ERRORS = {
    "UnterminatedObject": "unterminated object",
    "MissingNameSeparator": "missing name separator",
    "UnterminatedArray": "unterminated array",
    "MissingValueSeparator": "missing value separator",
    "IllegalValue": "illegal value",
    "TerminationByNumber": "invalid termination by number",
    "IllegalNumber": "illegal number",
    "IllegalEscapeSequence": "invalid escape sequence",
    "UnterminatedString": "unterminated string",
    "MissingObject": "object is missing after a comma",
    "DeepNesting": "too deeply nested document",
    "GarbageAtEnd": "garbage at the end of the document",
}


class _Fail(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class _Parser:
    def __init__(self, data: bytes) -> None:
        self.b = data
        self.i = 0
        self.n = len(data)
        self.depth = 0

    def eat_space(self) -> bool:
        while self.i < self.n and self.b[self.i] in _WS:
            self.i += 1
        return self.i < self.n

    def next_token(self) -> str:
        if not self.eat_space():
            return ""
        t = chr(self.b[self.i])
        self.i += 1
        if t in "[{:,]}":
            self.eat_space()
            return t
        if t == '"':
            return t
        return ""

    def document(self) -> Any:
        if self.b.startswith(b"\xef\xbb\xbf"):
            self.i = 3
        t = self.next_token()
        value: list[Any] | JsonObject
        if t == "[":
            value = self.array()
        elif t == "{":
            value = self.object()
        else:
            raise _Fail("IllegalValue")
        self.eat_space()
        if self.i < self.n:
            raise _Fail("GarbageAtEnd")
        return value

    def _nest(self) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _Fail("DeepNesting")

    def object(self) -> JsonObject:
        self._nest()
        obj: JsonObject = {}
        t = self.next_token()
        while t == '"':
            key, value = self.member()
            obj[key] = value
            t = self.next_token()
            if t != ",":
                break
            t = self.next_token()
            if t == "}":
                raise _Fail("MissingObject")
        if t != "}":
            raise _Fail("UnterminatedObject")
        self.depth -= 1
        return obj

    def member(self) -> tuple[str, Any]:
        key = self.string()
        if self.next_token() != ":":
            raise _Fail("MissingNameSeparator")
        if not self.eat_space():
            raise _Fail("UnterminatedObject")
        return key, self.value()

    def array(self) -> list[Any]:
        self._nest()
        items: list[Any] = []
        if not self.eat_space():
            raise _Fail("UnterminatedArray")
        if self.b[self.i] == ord("]"):
            self.next_token()
        else:
            while True:
                if not self.eat_space():
                    raise _Fail("UnterminatedArray")
                items.append(self.value())
                t = self.next_token()
                if t == "]":
                    break
                if t != ",":
                    raise _Fail("MissingValueSeparator" if self.eat_space() else "UnterminatedArray")
        self.depth -= 1
        return items

    def _literal(self, rest: bytes) -> None:
        if self.n - self.i < len(rest) + 1:
            raise _Fail("IllegalValue")
        for ch in rest:
            c = self.b[self.i]
            self.i += 1
            if c != ch:
                raise _Fail("IllegalValue")

    def value(self) -> Any:
        c = chr(self.b[self.i])
        self.i += 1
        if c == "n":
            self._literal(b"ull")
            return None
        if c == "t":
            self._literal(b"rue")
            return True
        if c == "f":
            self._literal(b"alse")
            return False
        if c == '"':
            return self.string()
        if c == "[":
            return self.array()
        if c == "{":
            return self.object()
        if c == ",":
            raise _Fail("IllegalValue")
        if c in "]}":
            raise _Fail("MissingObject")
        self.i -= 1
        return self.number()

    def number(self) -> int | float:
        b, n = self.b, self.n
        start = self.i
        is_int = True
        if self.i < n and b[self.i] == ord("-"):
            self.i += 1
        if self.i < n and b[self.i] == ord("0"):
            self.i += 1
        else:
            while self.i < n and 48 <= b[self.i] <= 57:
                self.i += 1
        if self.i < n and b[self.i] == ord("."):
            is_int = False
            self.i += 1
            while self.i < n and 48 <= b[self.i] <= 57:
                self.i += 1
        if self.i < n and b[self.i] in b"eE":
            is_int = False
            self.i += 1
            if self.i < n and b[self.i] in b"-+":
                self.i += 1
            while self.i < n and 48 <= b[self.i] <= 57:
                self.i += 1
        if self.i >= n:
            raise _Fail("TerminationByNumber")
        text = b[start : self.i].decode("ascii")
        if is_int:
            try:
                v = int(text)
                if -(2**63) <= v < 2**63:
                    return v
            except ValueError:
                pass
        try:
            return float(text)  # like Qt's toDouble: also "1." and ".5"
        except ValueError:
            raise _Fail("IllegalNumber") from None

    def string(self) -> str:
        b, n = self.b, self.n
        parts: list[str] = []
        start = self.i
        while self.i < n:
            c = b[self.i]
            if c == ord('"'):
                break
            if c == ord("\\"):
                parts.append(b[start : self.i].decode("utf-8", "replace"))
                self.i += 1
                if self.i >= n:
                    raise _Fail("IllegalEscapeSequence")
                e = chr(b[self.i])
                self.i += 1
                if e == "u":
                    if self.i > n - 4:
                        raise _Fail("IllegalEscapeSequence")
                    code = 0
                    for _ in range(4):  # Qt stops at the first non-hex digit
                        h = chr(b[self.i])
                        if h not in "0123456789abcdefABCDEF":
                            raise _Fail("IllegalEscapeSequence")
                        code = code * 16 + int(h, 16)
                        self.i += 1
                    parts.append(chr(code))
                else:  # any other escaped character stands for itself (Qt 5 is lenient here)
                    parts.append(_ESCAPES.get(e, e))
                start = self.i
            else:
                self.i += 1
        parts.append(b[start : self.i].decode("utf-8", "replace"))
        self.i += 1
        if self.i >= n:
            raise _Fail("UnterminatedString")
        text = "".join(parts)
        # join surrogate pairs from \uD83D\uDE00 escapes; a lone surrogate becomes U+FFFD
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def loads(text: str) -> tuple[Any, str | None]:
    """``(value, None)`` for a document Qt 5 accepts, else ``(None, "<error> (offset: N)")``."""
    data = text.encode("utf-8", "surrogatepass")
    p = _Parser(data)
    try:
        return p.document(), None
    except _Fail as fail:
        return None, f"{ERRORS[fail.code]} (offset: {p.i})"
    except (RecursionError, IndexError):
        return None, f"{ERRORS['DeepNesting']} (offset: {p.i})"
