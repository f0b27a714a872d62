""""Was brauche ich?": the city's curated task list (search) and FIT-Connect Routing answers.

* ``search_tasks`` runs on every keystroke without the network: rapidfuzz over the normalised
  task titles and everyday words of the city profile, with the profile's synonym list expanding
  the query (so "Ausweiß verloren", "Persnalausweis", "Wohnung anmelden" find their task).
* ``routes`` asks ``GET /routes?leikaKey=…&ars=…``. The last good answer per (key, region) is kept
  with its date in the user folder (public data only) and shown when offline; without one, the
  city profile's own text is the answer. ``routes: []`` is a normal answer: ``no_data=True``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from datetime import datetime, timezone
from typing import Any, Mapping

from assistant.core import store
from assistant.core.errors import StateFileError
from assistant.core.paths import user_file
from assistant.portal import parse
from assistant.portal.api import (
    BadAnswer, Cancelled, Duration, InfoSource, Link, OfficeInfo, PortalError, Rejected, ServiceInfo, Task, TaskMatch,
    Unavailable,
)

LEIKA_RE = re.compile(r"^99\d{12}$")
ARS_RE = re.compile(r"^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$")
CACHE_MAX_ENTRIES = 200
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise(s: str) -> str:
    """casefold, umlauts → ae/oe/ue, ß → ss, accents dropped, punctuation → space."""
    s = (s or "").casefold().translate(_UMLAUTS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


class TaskIndex:
    """Fuzzy search over tasks. Build once per city/language (cheap: a few ms for 2,000 tasks)."""

    def __init__(self, tasks: list[Task] | tuple[Task, ...], synonyms: Mapping[str, tuple[str, ...]] | None = None) -> None:
        self.tasks = list(tasks)
        self._choices: list[str] = []
        self._owner: list[int] = []
        self._is_title: list[bool] = []
        for i, t in enumerate(self.tasks):
            for j, s in enumerate((t.title, *t.words)):
                n = normalise(s)
                if n:
                    self._choices.append(n)
                    self._owner.append(i)
                    self._is_title.append(j == 0)
        # synonym table: every variant (normalised) → its canonical word(s)
        self._syn: dict[str, set[str]] = {}
        for canon, variants in (synonyms or {}).items():
            c = normalise(canon)
            for v in variants:
                self._syn.setdefault(normalise(v), set()).add(c)
        self._syn_keys = list(self._syn)

    def expand(self, query: str) -> str:
        """The normalised query plus canonical forms of words found (fuzzily) in the synonym list."""
        from rapidfuzz import fuzz, process

        q = normalise(query)
        extra: list[str] = []
        for tok in q.split():
            if len(tok) < 3:
                continue
            hit = self._syn.get(tok)
            if hit is None and self._syn_keys:
                best = process.extractOne(tok, self._syn_keys, scorer=fuzz.ratio, score_cutoff=84)
                hit = self._syn.get(best[0]) if best else None
            if hit:
                extra += [h for h in hit if h not in q]
        return " ".join([q, *extra]).strip()

    def search(self, text: str, limit: int = 8) -> list[TaskMatch]:
        from rapidfuzz import fuzz, process

        q = normalise(text)
        if not q:
            return []
        if len(q) < 3:  # one or two letters: words that start with them, titles first
            seen: dict[int, float] = {}
            for k, c in enumerate(self._choices):
                if any(w.startswith(q) for w in c.split()):
                    i = self._owner[k]
                    seen[i] = max(seen.get(i, 0.0), 80.0 if self._is_title[k] else 70.0)
            ranked = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
            return [TaskMatch(self.tasks[i], s) for i, s in ranked]
        query = self.expand(q)
        hits = process.extract(query, self._choices, scorer=fuzz.WRatio, limit=limit * 6, score_cutoff=55)
        if query != q:  # the words exactly as typed count too (the synonyms may mislead)
            hits += process.extract(q, self._choices, scorer=fuzz.WRatio, limit=limit * 6, score_cutoff=55)
        best: dict[int, float] = {}
        for _, score, k in hits:
            i = self._owner[k]
            score = score + (3.0 if self._is_title[k] else 0.0)
            if score > best.get(i, 0.0):
                best[i] = score
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [TaskMatch(self.tasks[i], min(100.0, s)) for i, s in ranked]


class Catalogue:
    """The CatalogueClient of api.py. ``endpoint`` None: answers come from the profile (and the cache)."""

    def __init__(self, config: Any, endpoint: Any | None, *, http: Any | None = None) -> None:
        self.config = config
        self.endpoint = endpoint
        self._index: TaskIndex | None = None
        self._http = http
        self._lock = threading.Lock()

    # --- tasks ---

    def tasks(self) -> list[Task]:
        return list(self.config.tasks)

    def index(self) -> TaskIndex:
        if self._index is None:
            self._index = TaskIndex(self.config.tasks, self.config.synonyms)
        return self._index

    def search_tasks(self, text: str, limit: int = 8) -> list[TaskMatch]:
        return self.index().search(text, limit)

    # --- routes ---

    def _client(self):
        if self._http is None:
            from assistant.portal.http import Http

            self._http = Http(self.endpoint.base_url)
        return self._http

    def routes(self, leika_key: str, ars: str | None = None, *, cancel: threading.Event | None = None) -> ServiceInfo:
        leika_key = (leika_key or "").strip()
        ars = (ars or self.config.ars or "").strip()
        if not LEIKA_RE.match(leika_key):
            raise Rejected(f"not a service key: {leika_key!r}", reason="bad-key")
        if not ARS_RE.match(ars):
            raise Rejected(f"not a region key: {ars!r}", reason="bad-region")
        if self.endpoint is None:
            problem: PortalError = Unavailable("no service information endpoint in this city")
            return self._fallback(leika_key, ars, problem)
        try:
            resp = self._client().get("routes", params={"leikaKey": leika_key, "ars": ars, "limit": 50}, cancel=cancel)
            from assistant.portal.http import json_of

            data = json_of(resp, self._client().host)
            info = self._parse(data, leika_key, ars, InfoSource.LIVE, datetime.now(timezone.utc).replace(microsecond=0))
        except Cancelled:
            raise
        except PortalError as exc:
            return self._fallback(leika_key, ars, exc)
        self._cache_put(leika_key, ars, data, info.fetched_at)
        return info

    def _task(self, leika_key: str) -> Task | None:
        return self.config.task_for_key(leika_key)

    @parse.guarded
    def _parse(self, data: Any, leika_key: str, ars: str, source: InfoSource, fetched_at: datetime | None) -> ServiceInfo:
        src = self.endpoint.base_url if self.endpoint else ""
        d = parse.obj(data, "route result", src)
        routes = parse.arr(d.get("routes"), "routes", src)
        task = self._task(leika_key)
        hours = self.config.office_hours.get(task.id, "") if task else ""
        fees = self.config.fees.get(task.id, "") if task else ""
        offices: list[OfficeInfo] = []
        docs: list[str] = []
        further: list[str] = []
        legal: list[str] = []
        deadline: list[str] = []
        links: list[Link] = []
        duration: Duration | None = None
        lang = self.config.lang
        for r in routes:
            r = parse.obj(r, "route", src)
            name = parse.text(r.get("destinationName"), "destinationName", src) or parse.text(
                r.get("destinationShortName"), "destinationShortName", src)
            phones, emails = [], []
            for p in parse.items(r.get("contactPersons"), "contactPersons", src):
                if isinstance(p, Mapping):
                    if parse.text(p.get("tel")):
                        phones.append(parse.text(p.get("tel")))
                    if parse.text(p.get("email")):
                        emails.append(parse.text(p.get("email")))
            offices.append(OfficeInfo(
                name=name,
                short_name=parse.text(r.get("destinationShortName"), "destinationShortName", src),
                address=_address(r.get("address")),
                postal_address=_address(r.get("postalAddress")),
                phones=tuple(dict.fromkeys(phones)),
                emails=tuple(dict.fromkeys(emails)),
                opening_hours=hours,
                contact_form_url=_https(r.get("contactFormUrl")),
            ))
            for field_name, bucket in (("requiredDocuments", docs), ("furtherInformation", further),
                                       ("legalBasis", legal), ("deadline", deadline)):
                t = _described(r.get(field_name), lang)
                if t and t not in bucket:
                    bucket.append(t)
            pd = r.get("processingDuration")
            if isinstance(pd, Mapping) and duration is None:
                duration = Duration(
                    minimum=parse.integer(pd.get("minDuration", pd.get("min")), "minDuration", src),
                    maximum=parse.integer(pd.get("maxDuration", pd.get("max")), "maxDuration", src),
                    unit=parse.text(pd.get("unit"), "unit", src) or "day",
                )
            for key, title in (("contactFormUrl", "Kontaktformular"), ("accessibilityUrl", "Barrierefreiheit"),
                               ("privacyPolicyUrl", "Datenschutz"), ("imprintUrl", "Impressum")):
                url = _https(r.get(key))
                if url and all(lk.url != url for lk in links):
                    links.append(Link(title, url))
            cp = r.get("customParameters")
            if not fees and isinstance(cp, Mapping):
                for k, v in cp.items():
                    if "gebuehr" in normalise(str(k)) or "fee" in str(k).lower():
                        fees = parse.text(v) if not isinstance(v, (dict, list)) else ""
                        break
        if not routes and task is not None and task.text:
            further.append(task.text)
        return ServiceInfo(
            leika_key=leika_key, ars=ars, offices=tuple(offices) or self._profile_offices(task),
            required_documents="\n\n".join(docs), fees=fees, processing_time=duration,
            deadline="\n\n".join(deadline), further_information="\n\n".join(further), legal_basis="\n\n".join(legal),
            links=tuple(links), source=source, fetched_at=fetched_at, no_data=not routes,
        )

    def _profile_offices(self, task: Task | None) -> tuple[OfficeInfo, ...]:
        if task is None:
            return ()
        lines = self.config.office_lines.get(task.id) or ()
        if not lines:
            return ()
        return (OfficeInfo(name=lines[0], address="\n".join(lines[1:]), opening_hours=self.config.office_hours.get(task.id, "")),)

    def _fallback(self, leika_key: str, ars: str, problem: PortalError) -> ServiceInfo:
        cached = self._cache_get(leika_key, ars)
        if cached is not None:
            data, fetched = cached
            try:
                info = self._parse(data, leika_key, ars, InfoSource.CACHE, fetched)
                return _with_problem(info, problem)
            except BadAnswer:
                pass
        task = self._task(leika_key)
        return ServiceInfo(
            leika_key=leika_key, ars=ars, offices=self._profile_offices(task),
            fees=self.config.fees.get(task.id, "") if task else "",
            further_information=task.text if task else "", source=InfoSource.PROFILE, fetched_at=None,
            no_data=task is None or not task.text, problem=problem,
        )

    # --- cache (public answers only: no personal data) ---

    def _cache_path(self):
        return user_file(f"portal-cache/catalogue-{self.config.city_id}.json")

    def _cache_get(self, leika_key: str, ars: str) -> tuple[Any, datetime] | None:
        with self._lock:
            try:
                raw = store.read_json(self._cache_path(), default={})
            except StateFileError:
                return None
        entry = raw.get(f"{leika_key}|{ars}") if isinstance(raw, dict) else None
        if not isinstance(entry, dict) or "data" not in entry:
            return None
        try:
            return entry["data"], datetime.fromisoformat(entry["fetched_at"])
        except (KeyError, TypeError, ValueError):
            return None

    def _cache_put(self, leika_key: str, ars: str, data: Any, fetched_at: datetime | None) -> None:
        with self._lock:
            try:
                raw = store.read_json(self._cache_path(), default={})
            except StateFileError:
                raw = {}
            if not isinstance(raw, dict):
                raw = {}
            raw.pop(f"{leika_key}|{ars}", None)
            raw[f"{leika_key}|{ars}"] = {"fetched_at": (fetched_at or datetime.now(timezone.utc)).isoformat(), "data": data}
            while len(raw) > CACHE_MAX_ENTRIES:
                raw.pop(next(iter(raw)))
            try:
                store.write_json(self._cache_path(), raw)
            except OSError:
                pass  # a full disk must not break the answer we already have


def _with_problem(info: ServiceInfo, problem: PortalError) -> ServiceInfo:
    from dataclasses import replace

    return replace(info, problem=problem)


def _address(value: Any) -> str:
    if not isinstance(value, Mapping):
        return ""
    street = " ".join(x for x in (_t(value.get("street")), _t(value.get("houseNumber"))) if x)
    town = " ".join(x for x in (_t(value.get("zip")), _t(value.get("city"))) if x)
    return ", ".join(x for x in (street, _t(value.get("additional")), town) if x)


def _t(v: Any) -> str:
    return "" if isinstance(v, (dict, list)) else parse.text(v)


def _https(v: Any) -> str:
    return v.strip() if isinstance(v, str) and v.strip().startswith("https://") else ""


def _described(value: Any, lang: str) -> str:
    if not isinstance(value, Mapping):
        return ""
    d = value.get("description")
    if not isinstance(d, Mapping):
        return ""
    for k in (lang, "de", *d.keys()):
        if isinstance(d.get(k), str) and d[k].strip():
            return parse.plain(d[k])
    return ""
