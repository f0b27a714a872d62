"""Content bundles: the city's guides and city profiles, signed with the city's Ed25519 key.

A bundle is one ZIP file (``lotse-content.zip``) holding

* ``manifest.json`` — ``format`` (1), ``version`` (a whole number that only grows), ``date``,
  ``changes`` (what changed, for staff; a text or ``{de: …, en: …}``), ``key_id`` (which key signed
  it, to tell "wrong key" from "changed after signing") and ``files``: every other file's SHA-256;
* ``manifest.sig`` — the Ed25519 signature of the exact bytes of ``manifest.json``;
* ``guides/<id>.<lang>.yaml``, ``cities/<city>.yaml`` and ``guides/codes/step-codes.yaml`` (the step
  codes, for a new guide or step) — nothing else (no other folders, no ``..``).

The bundle replaces the built-in files of the same name; every other built-in file stays (the
built-in content is the floor). ``lotse --make-key FILE`` makes a key, ``lotse --make-bundle DIR --key
FILE`` checks ``DIR`` together with the built-in content and signs it; the program reads bundles
with ``read_bundle`` (see ``content_source`` for fetching and switching). Signing and checking use
the well-kept ``cryptography`` package; nothing here is hand-made cryptography.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from assistant.core.errors import LotseError

FORMAT = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
SOURCE_FILE = "bundle.yaml"  # in the folder given to --make-bundle: version and what changed
BUNDLE_NAME = "lotse-content.zip"  # the file name in a content folder (network share)
FILE_RE = re.compile(
    r"(guides/[a-z0-9][a-z0-9-]*\.[a-z]{2,3}(?:-[a-z0-9]{1,8})*|cities/[a-z0-9][a-z0-9-]*|guides/codes/step-codes)\.yaml"
)
MAX_BUNDLE_BYTES = 8 * 1024 * 1024
MAX_FILE_BYTES = 1024 * 1024
MAX_FILES = 200
MAX_TOTAL_BYTES = 32 * 1024 * 1024  # all files unpacked together


class BundleError(LotseError):
    """A bundle that is not used. ``code`` says why, for staff and logs:

    unreadable (not a bundle / truncated), bad-form (wrong names, sizes, manifest), bad-signature
    (changed after signing), wrong-key (signed by another key), older (not newer than the one in
    use), broken-content (a guide or city profile fails the content check), no-source (nothing to
    fetch: server down, folder missing), no-key (lotse.conf names no public key), store (the
    bundle could not be written on this PC)."""

    def __init__(self, code: str, detail: str, *, source: str = "") -> None:
        super().__init__(detail, source=source)
        self.code = code


@dataclass(frozen=True)
class Manifest:
    version: int
    date: str
    changes: Any
    files: Mapping[str, str]
    key_id: str = ""

    def changes_in(self, lang: str) -> str:
        if isinstance(self.changes, Mapping):
            return str(self.changes.get(lang) or self.changes.get("de") or "")
        return str(self.changes or "")


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    files: Mapping[str, bytes] = field(default_factory=dict)


# --- keys ----------------------------------------------------------------------------------------


def make_key() -> tuple[bytes, str]:
    """A new key pair: (private key as PEM bytes, public key as the base64 text for lotse.conf)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return pem, public_text(key.public_key())


def public_text(public_key: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def key_id(public_b64: str) -> str:
    return hashlib.sha256(public_b64.strip().encode("ascii")).hexdigest()[:16]


def load_public_key(text: str) -> Any:
    """The public key from its base64 text (44 characters); ValueError if it is not one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError) as exc:
        raise ValueError("must be an Ed25519 public key in base64 (44 characters, from lotse --make-key)") from exc


def load_private_key(path: Path) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise BundleError(
            "no-key", f"cannot read the private key ({exc.__class__.__name__})", source=path.name
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError("no-key", "not an Ed25519 key (make one with lotse --make-key)", source=path.name)
    return key


# --- making --------------------------------------------------------------------------------------


def source_files(folder: Path) -> dict[str, bytes]:
    """The guide and city files of a source folder, by their name inside a bundle."""
    files: dict[str, bytes] = {}
    for sub in ("guides", "cities", "guides/codes"):
        for path in sorted((folder / sub).glob("*.yaml")):
            name = f"{sub}/{path.name}"
            if not FILE_RE.fullmatch(name):
                raise BundleError("bad-form", f"file name not allowed in a bundle: {name}", source=folder.name)
            files[name] = path.read_bytes()
    if not files:
        raise BundleError("bad-form", "no guides/*.yaml or cities/*.yaml in the folder", source=str(folder))
    return files


def read_source_info(folder: Path) -> tuple[int, str, Any]:
    """(version, date, changes) from ``bundle.yaml`` in a source folder."""
    import yaml

    from assistant.core.datafile import load_yaml

    path = folder / SOURCE_FILE
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BundleError(
            "bad-form",
            f"{SOURCE_FILE} is missing or unreadable ({exc.__class__.__name__}); "
            "it needs 'version: N' and 'changes: …'",
            source=str(folder),
        ) from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("version"), int) or data["version"] < 1:
        raise BundleError("bad-form", f"{SOURCE_FILE}: 'version' must be a whole number from 1", source=str(folder))
    if not data.get("changes"):
        raise BundleError("bad-form", f"{SOURCE_FILE}: say in 'changes' what changed", source=str(folder))
    when = str(data.get("date") or date.today().isoformat())
    return data["version"], when, data["changes"]


def make_bundle(folder: Path, key_path: Path, out: Path) -> Manifest:
    """Check ``folder`` with the built-in content, sign it and write the bundle to ``out``."""
    from assistant.core.content_source import check_layers

    key = load_private_key(key_path)
    version, when, changes = read_source_info(folder)
    files = source_files(folder)
    errors = [f for f in check_layers(files) if f.level == "error"]
    if errors:
        raise BundleError("broken-content", "; ".join(str(e) for e in errors[:5]), source=str(folder))
    manifest = {
        "format": FORMAT,
        "version": version,
        "date": when,
        "changes": changes,
        "key_id": key_id(public_text(key.public_key())),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
    }
    body = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, body)
        zf.writestr(SIGNATURE, key.sign(body))
        for name, data in files.items():
            zf.writestr(name, data)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_bytes(buf.getvalue())
    os.replace(tmp, out)
    return _manifest(manifest, source=out.name)


# --- reading -------------------------------------------------------------------------------------


def read_bundle(data: bytes, public_key: Any, *, source: str = "") -> Bundle:
    """Open and verify a bundle; raises BundleError (with its ``code``) for anything wrong."""
    from cryptography.exceptions import InvalidSignature

    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("bad-form", f"larger than {MAX_BUNDLE_BYTES} bytes", source=source)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError("unreadable", "not a complete bundle (broken or cut-off download)", source=source) from exc
    names = [i.filename for i in infos]
    if len(infos) > MAX_FILES or len(set(names)) != len(names):
        raise BundleError("bad-form", "too many or repeated files", source=source)
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise BundleError("bad-form", f"more than {MAX_TOTAL_BYTES} bytes unpacked", source=source)
    for info in infos:
        if info.filename not in (MANIFEST, SIGNATURE) and not FILE_RE.fullmatch(info.filename):
            raise BundleError("bad-form", f"file not allowed in a bundle: {info.filename!r}", source=source)
        if info.file_size > MAX_FILE_BYTES:
            raise BundleError("bad-form", f"{info.filename} is too large", source=source)
    try:
        body, signature = zf.read(MANIFEST), zf.read(SIGNATURE)
        contents = {n: zf.read(n) for n in names if n not in (MANIFEST, SIGNATURE)}
    except KeyError as exc:
        raise BundleError("bad-form", "manifest.json or manifest.sig is missing", source=source) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # CRC errors, cut-off data
        raise BundleError("unreadable", "not a complete bundle (broken or cut-off download)", source=source) from exc
    try:
        raw = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raw = None
    try:
        public_key.verify(signature, body)
    except InvalidSignature:
        signed_by = raw.get("key_id") if isinstance(raw, dict) else None
        if signed_by and signed_by != key_id(public_text(public_key)):
            raise BundleError(
                "wrong-key", "signed with another key than the one in lotse.conf", source=source
            ) from None
        raise BundleError(
            "bad-signature", "the signature does not match: the bundle was changed after signing", source=source
        ) from None
    manifest = _manifest(raw, source=source)
    if set(manifest.files) != set(contents):
        raise BundleError("bad-form", "the files do not match the manifest", source=source)
    for name, digest in manifest.files.items():
        if hashlib.sha256(contents[name]).hexdigest() != digest:
            raise BundleError("bad-signature", f"{name} was changed after signing", source=source)
    return Bundle(manifest, contents)


def _manifest(raw: Any, *, source: str) -> Manifest:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleError("bad-form", f"manifest.json is not format {FORMAT}", source=source)
    version, files = raw.get("version"), raw.get("files")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("bad-form", "manifest.json: version must be a whole number from 1", source=source)
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise BundleError("bad-form", "manifest.json: files must map names to SHA-256", source=source)
    return Manifest(
        version=version,
        date=str(raw.get("date") or ""),
        changes=raw.get("changes") or "",
        files=files,
        key_id=str(raw.get("key_id") or ""),
    )


# --- command line --------------------------------------------------------------------------------


def main_make_key(path: str, *, lang: str = "de") -> int:
    target = Path(path)
    if target.exists():
        print(
            (
                "{0} gibt es schon; es wird nichts überschrieben."
                if lang == "de"
                else "{0} exists already; nothing is overwritten."
            ).format(target),
            file=sys.stderr,
        )
        return 1
    pem, public = make_key()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    if lang == "de":
        print(f"Geheimer Schlüssel: {target} (gut aufbewahren, nie weitergeben).")
        print("Diese Zeile gehört in den Abschnitt [content] von lotse.conf auf jedem PC:")
    else:
        print(f"Private key: {target} (keep it safe, never share it).")
        print("Put this line into the [content] section of lotse.conf on every PC:")
    print(f"public_key = {public}")
    return 0


def main_make_bundle(folder: str, key: str, out: str, *, lang: str = "de") -> int:
    try:
        m = make_bundle(Path(folder), Path(key), Path(out))
    except BundleError as exc:
        print(("Kein Paket gemacht: {0}" if lang == "de" else "No bundle made: {0}").format(exc), file=sys.stderr)
        return 1
    print(
        f"Paket {out}: Version {m.version} vom {m.date}, {len(m.files)} Dateien, signiert."
        if lang == "de"
        else f"Bundle {out}: version {m.version} of {m.date}, {len(m.files)} files, signed."
    )
    return 0
