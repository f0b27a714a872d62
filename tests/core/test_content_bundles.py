"""Signed content bundles, end to end: made and signed with the program's own tools, fetched from a real
HTTPS server on 127.0.0.1 (certificate made at test time) or from a folder, checked and switched.
Every case says the state afterwards: which version is in use, what status.json tells staff, and
that the program's guides and city profile are the expected ones."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from assistant.core.bundle import BUNDLE_NAME, BundleError, load_public_key, make_bundle, make_key, read_bundle
from assistant.core.city import load_city
from assistant.core.content_layers import city_folder, load_library
from assistant.core.content_source import ContentSource, ContentStore, check_folder_main, update
from tests.core.content_server import BundleServer, source_folder
from tests.ports import free_port

NEW_TITLE = "Ist mein Computer wirklich bereit?"
BUILT_IN_TITLE = "Ist mein Computer bereit?"


@pytest.fixture
def key(tmp_path):
    pem, public = make_key()
    path = tmp_path / "city.key"
    path.write_bytes(pem)
    return path, public


@pytest.fixture
def server(tmp_path):
    s = BundleServer(tmp_path)
    yield s
    s.close()


@pytest.fixture
def content(tmp_path):
    return ContentStore(tmp_path / "content")


def bundle_bytes(tmp_path: Path, key_path: Path, version: int, **kw) -> bytes:
    src = source_folder(tmp_path / f"src-{version}", version, **kw)
    out = tmp_path / f"bundle-{version}.zip"
    make_bundle(src, key_path, out)
    return out.read_bytes()


def state(content: ContentStore) -> tuple[int, str, list[str]]:
    """(version in use, last update state, problem codes) — what staff would see."""
    active = content.active()
    status = content.status()
    return (active.version if active else 0, status.get("state", ""), [p["code"] for p in status.get("problems", [])])


def guide_title(content: ContentStore) -> str:
    return load_library(content.active()).get("computer-ready", "de").title


def first_fee(content: ContentStore) -> str:
    """The first fee in the city profile in use (the ID card's)."""
    return _fee_anywhere(load_city("bochum", city_folder("bochum", content.active())).data)


def _fee_anywhere(data) -> str:
    if isinstance(data, dict):
        if "fees" in data and isinstance(data["fees"], dict):
            return data["fees"]["de"]
        for v in data.values():
            found = _fee_anywhere(v)
            if found:
                return found
    if isinstance(data, list):
        for v in data:
            found = _fee_anywhere(v)
            if found:
                return found
    return ""


def tampered(good: bytes, name: str, old: bytes, new: bytes) -> bytes:
    """The bundle with ``old`` replaced by ``new`` in one of its files, after signing."""
    zin = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, data.replace(old, new) if info.filename == name else data)
    return out.getvalue()


def from_share(tmp_path: Path, public: str, content: ContentStore, data: bytes | None) -> object:
    """Put ``data`` into a share folder as lotse-content.zip (None: remove it) and update from the share."""
    share = tmp_path / "share"
    share.mkdir(exist_ok=True)
    if data is None:
        (share / BUNDLE_NAME).unlink(missing_ok=True)
    else:
        (share / BUNDLE_NAME).write_bytes(data)
    return update(ContentSource(public_key=public, folder=str(share)), content)


def over_https(server, public, content):
    return update(ContentSource(public_key=public, url=server.url), content, ca_bundle=str(server.ca))


def test_good_bundle_over_https_is_used(tmp_path, key, server, content):
    key_path, public = key
    built_in_fee = _fee_anywhere(load_city("bochum").data)
    server.body = bundle_bytes(tmp_path, key_path, 2, fee="46 Euro (ab 24 Jahren)")
    result = over_https(server, public, content)
    assert result.state == "installed" and result.version == 2, result.problems
    assert state(content) == (2, "installed", [])
    assert guide_title(content) == NEW_TITLE
    assert first_fee(content) == "46 Euro (ab 24 Jahren)" != built_in_fee
    assert load_library(content.active()).get("computer-ready", "en").title  # untouched language stays
    assert result.manifest.changes_in("de").startswith("Gebühr Personalausweis")
    # the same version again: nothing to do, nothing wrong
    assert over_https(server, public, content).state == "current"
    assert state(content) == (2, "current", [])


def test_bad_signature_is_refused_and_nothing_changes(tmp_path, key, server, content):
    key_path, public = key
    # someone raises the version after signing
    server.body = tampered(bundle_bytes(tmp_path, key_path, 2), "manifest.json", b'"version": 2', b'"version": 9')
    result = over_https(server, public, content)
    assert result.state == "refused" and [p.code for p in result.problems] == ["bad-signature"]
    assert state(content) == (0, "refused", ["bad-signature"])
    assert guide_title(content) == BUILT_IN_TITLE  # the built-in content is the floor


def test_a_changed_file_is_refused(tmp_path, key, content):
    key_path, public = key
    bad = tampered(bundle_bytes(tmp_path, key_path, 2, fee="46 Euro"), "cities/bochum.yaml", b"46 Euro", b"4 Euro")
    with pytest.raises(BundleError) as err:
        read_bundle(bad, load_public_key(public))
    assert err.value.code == "bad-signature"


def test_bundle_signed_with_another_key_is_refused(tmp_path, key, server, content):
    key_path, public = key
    other_pem, _ = make_key()
    other = tmp_path / "other.key"
    other.write_bytes(other_pem)
    server.body = bundle_bytes(tmp_path, other, 2)
    result = over_https(server, public, content)
    assert [p.code for p in result.problems] == ["wrong-key"]
    assert state(content) == (0, "refused", ["wrong-key"])
    assert guide_title(content) == BUILT_IN_TITLE


def test_older_version_is_refused_and_the_newer_stays(tmp_path, key, server, content):
    key_path, public = key
    server.body = bundle_bytes(tmp_path, key_path, 3, title="Version drei")
    assert over_https(server, public, content).state == "installed"
    server.body = bundle_bytes(tmp_path, key_path, 2, title="Version zwei")
    result = over_https(server, public, content)
    assert [p.code for p in result.problems] == ["older"]
    assert state(content) == (3, "refused", ["older"])
    assert guide_title(content) == "Version drei"


def test_truncated_download_is_refused(tmp_path, key, server, content):
    key_path, public = key
    server.body = bundle_bytes(tmp_path, key_path, 2)
    server.body = server.body[: len(server.body) // 2]  # the server itself holds half a file
    result = over_https(server, public, content)
    assert [p.code for p in result.problems] == ["unreadable"]
    assert state(content) == (0, "refused", ["unreadable"])


def test_connection_cut_mid_download_is_refused(tmp_path, key, server, content):
    key_path, public = key
    server.body = bundle_bytes(tmp_path, key_path, 2)
    server.cut = len(server.body) // 2  # says the full length, sends half, hangs up
    result = over_https(server, public, content)
    assert result.state == "failed" and [p.code for p in result.problems] == ["no-source"]
    assert state(content) == (0, "failed", ["no-source"])
    assert guide_title(content) == BUILT_IN_TITLE


def test_server_down(key, content):
    _, public = key
    result = update(ContentSource(public_key=public, url=f"https://127.0.0.1:{free_port()}/lotse-content.zip"), content)
    assert result.state == "failed" and [p.code for p in result.problems] == ["no-source"]
    assert state(content) == (0, "failed", ["no-source"])


def test_server_down_keeps_the_last_good_bundle(tmp_path, key, content):
    key_path, public = key
    assert from_share(tmp_path, public, content, bundle_bytes(tmp_path, key_path, 4)).state == "installed"
    result = from_share(tmp_path, public, content, None)  # the bundle is gone from the share
    assert result.state == "failed"
    assert state(content) == (4, "failed", ["no-source"])
    assert guide_title(content) == NEW_TITLE


def test_bundle_with_a_broken_guide_is_refused(tmp_path, key, server, content):
    key_path, public = key
    # signed anyway (a city skipping the check): the program checks again before using it
    src = source_folder(tmp_path / "src", 2)
    guide = src / "guides" / "computer-ready.de.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("start: intro", "start: nowhere"), encoding="utf-8")
    import assistant.core.content_source as cs

    real = cs.check_layers
    try:
        cs.check_layers = lambda files: []  # only for making it: --make-bundle itself refuses (next test)
        make_bundle(src, key_path, tmp_path / "broken.zip")
    finally:
        cs.check_layers = real
    server.body = (tmp_path / "broken.zip").read_bytes()
    result = over_https(server, public, content)
    assert [p.code for p in result.problems] == ["broken-content"]
    assert "start: unknown step 'nowhere'" in str(result.problems[0])
    assert state(content) == (0, "refused", ["broken-content"])
    assert guide_title(content) == BUILT_IN_TITLE


def test_make_bundle_refuses_broken_content_and_language_mismatch(tmp_path, key):
    key_path, _ = key
    src = source_folder(tmp_path / "src", 2)
    (src / "guides" / "computer-ready.en.yaml").unlink()
    en = (Path(__file__).resolve().parents[2] / "resources" / "guides" / "computer-ready.en.yaml").read_text(
        encoding="utf-8"
    )
    # an English version with one step fewer than the German one: language parity fails
    (src / "guides" / "computer-ready.en.yaml").write_text(
        en.replace("start: intro", "start: intro\n# x"), encoding="utf-8"
    )
    de = src / "guides" / "computer-ready.de.yaml"
    de.write_text(
        de.read_text(encoding="utf-8").replace(
            "steps:\n", "steps:\n  extra:\n    type: end\n    title: Extra\n    help: Hilfe.\n    todo: [Nichts.]\n", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(BundleError) as err:
        make_bundle(src, key_path, tmp_path / "out.zip")
    assert err.value.code == "broken-content" and "extra" in str(err.value)
    assert not (tmp_path / "out.zip").exists()


def test_path_traversal_in_the_archive_is_refused(tmp_path, key, content):
    _, public = key
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": 1, "version": 5, "files": {}}))
        zf.writestr("manifest.sig", b"x" * 64)
        zf.writestr("guides/../../evil.yaml", b"x")
    result = from_share(tmp_path, public, content, out.getvalue())
    assert [p.code for p in result.problems] == ["bad-form"]
    assert not (tmp_path / "evil.yaml").exists() and not list(tmp_path.rglob("evil.yaml"))
    assert state(content) == (0, "refused", ["bad-form"])


def test_folder_source_network_share(tmp_path, key, content):
    key_path, public = key
    result = from_share(tmp_path, public, content, bundle_bytes(tmp_path, key_path, 2))
    assert result.state == "installed" and state(content) == (2, "installed", [])
    assert guide_title(content) == NEW_TITLE
    # a newer bundle switches; the one before stays as the last good one, older ones go
    from_share(tmp_path, public, content, bundle_bytes(tmp_path, key_path, 3, title="Drei"))
    from_share(tmp_path, public, content, bundle_bytes(tmp_path, key_path, 4, title="Vier"))
    assert guide_title(content) == "Vier"
    kept = sorted(p.name.split("-")[0] for p in content.home.iterdir() if p.is_dir())
    assert kept == ["v3", "v4"]


def test_folder_and_url_the_folder_failing_does_not_matter(tmp_path, key, server, content):
    key_path, public = key
    server.body = bundle_bytes(tmp_path, key_path, 2)
    result = update(
        ContentSource(public_key=public, folder=str(tmp_path / "no-share"), url=server.url),
        content,
        ca_bundle=str(server.ca),
    )
    assert result.state == "installed" and state(content) == (2, "installed", [])


def test_unverifiable_certificate_is_refused(tmp_path, key, server, content):
    key_path, public = key
    server.body = bundle_bytes(tmp_path, key_path, 2)
    result = update(ContentSource(public_key=public, url=server.url), content)  # the system CAs: unknown issuer
    assert [p.code for p in result.problems] == ["no-source"]
    assert state(content) == (0, "failed", ["no-source"])


def test_damaged_store_falls_back_to_built_in(tmp_path, key, content):
    key_path, public = key
    from_share(tmp_path, public, content, bundle_bytes(tmp_path, key_path, 2))
    (content.home / "active.json").write_text("{not json", encoding="utf-8")
    assert content.active() is None
    assert guide_title(content) == BUILT_IN_TITLE


def test_check_content_with_a_folder(tmp_path, capsys):
    src = source_folder(tmp_path / "src", 2)
    assert check_folder_main(str(src)) == 0
    guide = src / "guides" / "computer-ready.de.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("start: intro", "start: nowhere"), encoding="utf-8")
    assert check_folder_main(str(src)) == 1
    assert "start: unknown step 'nowhere'" in capsys.readouterr().out
    assert check_folder_main(str(tmp_path / "missing")) == 1


def new_guide_folder(tmp_path: Path, codes_text: str) -> Path:
    """A source folder with a new guide (German and English) and the step codes for it."""
    from assistant.resources import resource

    src = source_folder(tmp_path / "src-new", 5)
    for lang in ("de", "en"):
        text = resource("guides", f"computer-ready.{lang}.yaml").read_text(encoding="utf-8")
        text = text.replace("id: computer-ready", "id: neues-thema").replace("order: 20", "order: 30")
        (src / "guides" / f"neues-thema.{lang}.yaml").write_text(text, encoding="utf-8")
    (src / "guides" / "codes").mkdir()
    (src / "guides" / "codes" / "step-codes.yaml").write_text(codes_text, encoding="utf-8")
    return src


def test_a_new_guide_brings_its_step_codes(tmp_path, key, content):
    from assistant.core import step_codes
    from assistant.core.content_layers import use_codes
    from assistant.resources import resource

    key_path, public = key
    builtin = resource("guides", "codes", "step-codes.yaml").read_text(encoding="utf-8")
    ready = step_codes.load_codes().numbers["computer-ready"]
    lines = "".join(f"      {sid}: {n}\n" for sid, n in ready.items())
    src = new_guide_folder(tmp_path, builtin + f"  neues-thema:\n    letter: N\n    steps:\n{lines}")
    make_bundle(src, key_path, tmp_path / "new.zip")
    assert from_share(tmp_path, public, content, (tmp_path / "new.zip").read_bytes()).state == "installed"
    try:
        use_codes(content.active())
        assert step_codes.load_codes().find("N 1") == ("neues-thema", "intro")
        assert step_codes.load_codes().find("P 1") == ("eid-pin", "welcome")  # the others stay as they were
    finally:
        use_codes(None)
    assert step_codes.load_codes().find("N 1") is None


def test_a_bundle_that_changes_a_step_code_is_refused(tmp_path, key, content):
    from assistant.resources import resource

    key_path, public = key
    builtin = resource("guides", "codes", "step-codes.yaml").read_text(encoding="utf-8")
    changed = builtin.replace("      welcome: 1\n", "      welcome: 99\n", 1)
    assert changed != builtin
    src = source_folder(tmp_path / "src", 2)
    (src / "guides" / "codes").mkdir()
    (src / "guides" / "codes" / "step-codes.yaml").write_text(changed, encoding="utf-8")
    assert check_folder_main(str(src)) == 1
    with pytest.raises(BundleError) as err:
        make_bundle(src, key_path, tmp_path / "x.zip")
    assert err.value.code == "broken-content" and "eid-pin/welcome had the code P 1" in str(err.value)


def test_a_store_that_cannot_be_written_leaves_everything_as_it_was(tmp_path, key):
    key_path, public = key
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the store's folder should be", encoding="utf-8")
    content = ContentStore(blocked / "content")
    result = from_share(tmp_path, public, content, bundle_bytes(tmp_path, key_path, 2))
    assert result.state == "refused" and [p.code for p in result.problems] == ["store"]
    assert content.active() is None and guide_title(content) == BUILT_IN_TITLE
