"""Where guides and city profiles come from: built into the program, and the city's signed bundle.

``lotse.conf`` names the source (``[content] folder`` — a network share holding ``lotse-content.zip``
— and/or ``url`` — an HTTPS address of the bundle — with the city's ``public_key``). ``update()``
runs in the background after the home screen is up: it fetches the bundle, checks the signature,
refuses a version not newer than the one in use (rollback), checks every guide and city profile
together with the built-in ones (schema, links, language parity — ``content_check``), writes the
files to a fresh folder and then switches ``active.json`` to it in one rename. The folder that was
in use stays (the last good bundle); older ones are removed. Anything wrong leaves everything as it
was and is written to ``status.json`` and the log, for staff (``lotse --check-deployment`` shows it).

The built-in content is the floor: a bundle replaces built-in files of the same name only, and
without a good bundle the program uses what it was built with.

The store lives in ``$LOTSE_CONTENT_HOME`` or the user's cache folder (``…/Lotse/content``): it is
nothing personal, so session ends and "Alles vergessen" leave it alone. Qt-free.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core import store
from assistant.core.bundle import BUNDLE_NAME, Bundle, BundleError, Manifest, load_public_key, read_bundle
from assistant.core.errors import StateFileError
from assistant.resources import resource

log = logging.getLogger("lotse.content")
ENV_VAR = "LOTSE_CONTENT_HOME"
ACTIVE, STATUS = "active.json", "status.json"


def content_home() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    from assistant.core.paths import cache_home

    return cache_home() / "content"


@dataclass(frozen=True)
class ContentSource:
    """What lotse.conf says: where to look, and the key that must have signed what is found."""

    public_key: str
    folder: str = ""
    url: str = ""


@dataclass(frozen=True)
class InstalledContent:
    """A bundle in use: its folder (guides/, cities/) and manifest."""

    folder: Path
    manifest: Manifest

    @property
    def version(self) -> int:
        return self.manifest.version


@dataclass
class UpdateResult:
    """``installed`` (a newer bundle is now in use), ``current`` (nothing newer), ``refused`` (a
    bundle was found but not used: see ``problems``) or ``failed`` (nothing could be fetched)."""

    state: str
    version: int = 0  # the version in use afterwards (0 = built-in only)
    problems: list[BundleError] = field(default_factory=list)
    manifest: Manifest | None = None

    def staff_text(self) -> str:
        return "; ".join(f"{p.code}: {p}" for p in self.problems)


# --- the store -----------------------------------------------------------------------------------


class ContentStore:
    def __init__(self, home: Path | None = None) -> None:
        self.home = home or content_home()
        self._lock = threading.Lock()

    def active(self) -> InstalledContent | None:
        """The bundle in use, or None (built-in only; also when the store is damaged)."""
        try:
            data = store.read_json(self.home / ACTIVE)
        except StateFileError as exc:
            log.warning("content store: %s", exc)
            return None
        if not isinstance(data, Mapping) or not isinstance(data.get("folder"), str):
            return None
        folder = self.home / Path(data["folder"]).name  # only ever a folder directly in the store
        try:
            raw = store.read_json(folder / "manifest.json")
            from assistant.core.bundle import _manifest

            return InstalledContent(folder, _manifest(raw, source=folder.name))
        except (StateFileError, BundleError) as exc:
            log.warning("content store: bundle folder %s unusable: %s", folder.name, exc)
            return None

    def status(self) -> dict[str, Any]:
        try:
            data = store.read_json(self.home / STATUS, default={})
        except StateFileError:
            return {}
        return data if isinstance(data, dict) else {}

    def install(self, bundle: Bundle) -> InstalledContent:
        """Check the bundle against the one in use and with the built-in content, then switch to it."""
        with self._lock:
            current = self.active()
            if current is not None and bundle.manifest.version == current.version:
                raise BundleError("same", f"version {current.version} is in use already", source="bundle")
            if current is not None and bundle.manifest.version < current.version:
                raise BundleError(
                    "older",
                    f"version {bundle.manifest.version} is older than version {current.version} in use",
                    source="bundle",
                )
            errors = [f for f in check_layers(bundle.files, current) if f.level == "error"]
            if errors:
                raise BundleError("broken-content", "; ".join(str(e) for e in errors[:5]), source="bundle")
            self.home.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.home))
            try:
                for name, data in bundle.files.items():
                    target = staging / name  # names are checked by read_bundle (bundle.FILE_RE)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                m = bundle.manifest
                store.write_json(
                    staging / "manifest.json",
                    {
                        "format": 1,
                        "version": m.version,
                        "date": m.date,
                        "changes": m.changes,
                        "files": dict(m.files),
                        "key_id": m.key_id,
                    },
                )
                final = self.home / f"v{m.version}-{os.urandom(4).hex()}"
                os.replace(staging, final)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            store.write_json(self.home / ACTIVE, {"folder": final.name, "version": m.version})  # the switch
            self._prune(keep={final.name, current.folder.name if current else ""})
            return InstalledContent(final, m)

    def _prune(self, keep: set[str]) -> None:
        """Remove bundle folders other than ``keep`` — only folders this store makes (v<N>-<hex>)."""
        for child in self.home.iterdir():
            if (
                child.is_dir()
                and not child.is_symlink()
                and child.name not in keep
                and (re.fullmatch(r"v\d+-[0-9a-f]{8}", child.name) or child.name.startswith(".incoming-"))
            ):
                shutil.rmtree(child, ignore_errors=True)

    def record(self, result: UpdateResult) -> None:
        try:
            store.write_json(
                self.home / STATUS,
                {
                    "checked": time.strftime("%Y-%m-%d %H:%M:%S"),
                    "state": result.state,
                    "version": result.version,
                    "problems": [{"code": p.code, "detail": str(p)} for p in result.problems],
                },
            )
        except OSError as exc:
            log.warning("content store: cannot write %s (%s)", STATUS, exc.__class__.__name__)


# --- the content in use --------------------------------------------------------------------------


@contextmanager
def merged(files: Mapping[str, bytes], *, base: Path | None = None) -> Iterator[Path]:
    """A temporary folder (guides/, cities/) with the built-in content and ``files`` laid over it."""
    base = base or resource("guides").parent
    with tempfile.TemporaryDirectory(prefix="lotse-check-") as tmp:
        root = Path(tmp)
        for sub in ("guides", "cities", "guides/codes"):
            (root / sub).mkdir()
            for path in (base / sub).glob("*.yaml"):
                shutil.copyfile(path, root / sub / path.name)
        for name, data in files.items():
            (root / name).write_bytes(data)
        yield root


def check_layers(files: Mapping[str, bytes], current: InstalledContent | None = None) -> list[Any]:
    """``content_check`` findings for the built-in content with ``files`` (bundle names) laid over it,
    and every step code that would change against the built-in codes or the bundle in use."""
    from assistant.core.content_check import check_all

    with merged(files) as root:
        return check_all(root / "guides", cities=root / "cities") + code_changes(root, current)


def code_changes(root: Path, current: InstalledContent | None = None) -> list[Any]:
    """Errors for step codes in ``root/guides`` that differ from the built-in ones or the bundle's in use."""
    from assistant.core import step_codes
    from assistant.core.content_check import ERROR, Finding

    new = step_codes.load_codes(step_codes.codes_file(root / "guides"))
    olds = [step_codes.builtin_file()] + ([step_codes.codes_file(current.folder / "guides")] if current else [])
    out = [
        Finding(ERROR, "step-codes.yaml", "", problem)
        for old in olds
        if old.is_file()
        for problem in step_codes.changed_codes(new, step_codes.load_codes(old))
    ]
    step_codes._load.cache_clear()  # the temporary file goes away with its folder
    return out


def check_folder_main(folder: str | None, *, lang: str | None = None) -> int:
    """``lotse --check-content [DIR]``: the shipped content, or ``DIR`` (guides/, cities/ — or a folder
    of guide files) laid over it, exactly as a bundle made from ``DIR`` would be used."""
    from assistant.core.content_check import main as check_main

    if not folder:
        return check_main(lang=lang)
    root = Path(folder)
    if not root.is_dir():
        print(f"{root}: no such folder")
        return 1
    files = {
        f"{sub}/{p.name}": p.read_bytes()
        for sub in ("guides", "cities", "guides/codes")
        for p in sorted((root / sub).glob("*.yaml"))
    }
    if not files:
        files = {f"guides/{p.name}": p.read_bytes() for p in sorted(root.glob("*.yaml"))}
    print(f"{root}: {len(files)} file(s), checked together with the program's built-in content")
    with merged(files) as tmp:
        code = check_main(lang=lang, folder=tmp / "guides", cities=tmp / "cities")
        changed = code_changes(tmp)
    for f in changed:
        print(f)
    return 1 if changed else code


# --- fetching ------------------------------------------------------------------------------------


def fetch_folder(folder: str) -> bytes:
    path = Path(folder) / BUNDLE_NAME
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BundleError("no-source", f"cannot read {path} ({exc.__class__.__name__})", source=folder) from exc


def fetch_url(url: str, *, cancel: threading.Event | None = None, ca_bundle: str | None = None) -> bytes:
    """GET the bundle through the portal's HTTP layer (TLS always verified, http only to loopback)."""
    from assistant.core.bundle import MAX_BUNDLE_BYTES
    from assistant.portal.api import PortalError
    from assistant.portal.http import Http

    base, _, name = url.rstrip("/").rpartition("/")
    try:
        http = Http(base, max_bytes=MAX_BUNDLE_BYTES, retries=1, total_timeout=120.0)
    except PortalError as exc:
        raise BundleError("no-source", f"address refused ({exc})", source=url) from exc
    if ca_bundle:
        http.session.verify = ca_bundle
    http.session.headers["Accept"] = "application/zip, application/octet-stream"
    try:
        return http.get(name, cancel=cancel).body
    except PortalError as exc:
        raise BundleError(
            "no-source", f"cannot fetch the bundle ({exc.__class__.__name__}: {exc})", source=url
        ) from exc
    finally:
        http.close()


def update(
    source: ContentSource,
    content: ContentStore | None = None,
    *,
    cancel: threading.Event | None = None,
    ca_bundle: str | None = None,
) -> UpdateResult:
    """Fetch, check and (if newer and good) switch to the city's bundle. Never raises for a bad bundle."""
    content = content or ContentStore()
    current = content.active()
    result = UpdateResult("failed", current.version if current else 0)
    try:
        public_key = load_public_key(source.public_key)
    except ValueError as exc:
        result.problems.append(BundleError("no-key", str(exc), source="lotse.conf"))
        content.record(result)
        return result
    fetchers: list[tuple[str, Callable[[], bytes]]] = []
    if source.folder:
        fetchers.append((source.folder, lambda: fetch_folder(source.folder)))
    if source.url:
        fetchers.append((source.url, lambda: fetch_url(source.url, cancel=cancel, ca_bundle=ca_bundle)))
    same = False
    for where, fetch in fetchers:
        try:
            bundle = read_bundle(fetch(), public_key, source=where)
            try:
                installed = content.install(bundle)
            except OSError as exc:  # a full or read-only disk: nothing switched, the old content stays
                raise BundleError("store", f"cannot write to {content.home} ({exc.__class__.__name__})") from exc
        except BundleError as exc:
            if exc.code == "same":
                same = True  # nothing newer: nothing to do, nothing wrong
                continue
            exc.source = where
            result.problems.append(exc)
            log.warning("content bundle from %s not used: %s (%s)", where, exc.detail, exc.code)
            continue
        log.info("content bundle version %d from %s is now in use", installed.version, where)
        result.state, result.version, result.manifest = "installed", installed.version, installed.manifest
        result.problems.clear()  # another source failing does not matter now
        break
    else:
        if any(p.code != "no-source" for p in result.problems):
            result.state = "refused"
        elif same:
            result.state = "current"
            result.problems.clear()
    content.record(result)
    return result
