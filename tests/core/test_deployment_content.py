"""lotse.conf [content]: where the city's signed bundle is and the key it must be signed with."""

from __future__ import annotations

from assistant.core.bundle import make_key
from assistant.core.deployment import main, parse_deployment


def test_content_keys(tmp_path):
    _, public = make_key()
    d = parse_deployment(
        f"[content]\nfolder = \\\\rathaus\\lotse\nurl = https://example.de/lotse-content.zip\npublic_key = {public}\n"
    )
    assert d.problems == ()
    assert d.content.configured
    assert (d.content.folder, d.content.url, d.content.public_key) == (
        "\\\\rathaus\\lotse",
        "https://example.de/lotse-content.zip",
        public,
    )


def test_content_mistakes_are_named_and_nothing_is_fetched():
    d = parse_deployment("[content]\nurl = http://example.de/x.zip\npublic_key = kurz\n")
    found = {p.key: p.what for p in d.problems}
    assert "must start with https://" in found["content.url"]
    assert "public key" in found["content.public_key"]
    assert not d.content.configured
    d = parse_deployment("[content]\nfolder = /srv/lotse\n")
    assert [p.key for p in d.problems] == ["content.public_key"] and not d.content.configured
    _, public = make_key()
    d = parse_deployment(f"[content]\npublic_key = {public}\n")
    assert "no folder or url" in d.problems[0].what and not d.content.configured


def test_check_deployment_shows_the_content_state(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LOTSE_CONTENT_HOME", str(tmp_path / "content"))
    _, public = make_key()
    conf = tmp_path / "lotse.conf"
    conf.write_text(f"[content]\nfolder = {tmp_path / 'share'}\npublic_key = {public}\n", encoding="utf-8")
    from assistant.core.content_source import ContentSource, update

    update(ContentSource(public_key=public, folder=str(tmp_path / "share")))  # the share is not there
    assert main([str(conf)]) == 0
    out = capsys.readouterr().out
    assert "content in use: built-in only" in out and "PROBLEM content no-source" in out
