""" "Was brauche ich?": the city's curated task list (search) and FIT-Connect Routing answers.

* ``search_tasks`` runs on every keystroke without the network: rapidfuzz over the normalised
  task titles and everyday words of the city profile, with the profile's synonym list expanding
  the query (so "Ausweiß verloren", "Persnalausweis", "Wohnung anmelden" find their task). Stop,
  "what to do" and street words and general synonyms are language data
  (``resources/translations/search_<code>.yaml``, ``core.search_words``): "pasaport", "паспорт",
  "paszport" find "Reisepass beantragen"; "çukur", "яма" point to "Problem melden".
* ``routes`` asks ``GET /routes?leikaKey=…&ars=…``. The last good answer per (key, region) is kept
  with its date in the user folder (public data only) and shown when offline; without one, the
  city profile's own text is the answer. ``routes: []`` is a normal answer: ``no_data=True``.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from assistant.core import search_words, store
from assistant.core.errors import StateFileError
from assistant.core.paths import user_file
from assistant.portal import parse
from assistant.portal.api import (
    BadAnswer,
    Cancelled,
    Duration,
    InfoSource,
    Link,
    OfficeInfo,
    PortalError,
    Rejected,
    ServiceInfo,
    Task,
    TaskMatch,
    Unavailable,
)

if TYPE_CHECKING:
    from pathlib import Path

    from assistant.core.search_words import SearchWords
    from assistant.portal.api import Endpoint
    from assistant.portal.http import Http

LEIKA_RE = re.compile(r"^99\d{12}$")
ARS_RE = re.compile(r"^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$")
CACHE_MAX_ENTRIES = 200
# the apostrophe joins a word ("Sag's", Ukrainian "пам'ятаю"), it does not split it
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "'": None})
# letters people type plain where a keyboard lacks them, folded so both spellings meet: Turkish dotless
# i ("kayıp"/"kayip"), Polish ł ("złamany"/"zlamany"), Arabic alef maksura / yeh and taa marbuta / heh
# at a word's end, the Arabic stretching stroke (tatweel), Leichte Sprache's middle dot ("Bürger·büro"
# is "Bürgerbüro") and the apostrophes Ukrainian writes inside a word
_PLAIN = str.maketrans(
    {
        "\u0131": "i",  # ı
        "\u0142": "l",  # ł
        "\u0649": "\u064a",  # alef maksura → yeh
        "\u0629": "\u0647",  # taa marbuta → heh
        "\u0640": None,  # tatweel
        "\u00b7": None,  # middle dot
        "\u2027": None,  # hyphenation point
        "\u2019": None,  # right single quotation mark
        "\u02bc": None,  # modifier letter apostrophe
    }
)


# every letter of every script counts (Cyrillic, Arabic …), not only a–z: a search in the person's own
# language must find the tasks the city profile names in it (issue 13)
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(s: str) -> str:
    """casefold, umlauts → ae/oe/ue, ß → ss, accents and short vowels dropped (ç → c, й → и, the hamza
    of an alef), the letters of ``_PLAIN`` folded, apostrophes and middle dots dropped, punctuation → space."""
    s = (s or "").casefold().translate(_UMLAUTS)
    if not s.isascii():
        s = s.translate(_PLAIN)
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(_NOT_ALNUM.sub(" ", s).split())


class TaskIndex:
    """Search over tasks, word by word, on word boundaries. Build once per city and language.

    Stop words ("der", "für", "ein" …; German's and those of ``lang``, from its search-words file) are
    ignored on both sides. A query word matches a word of a
    task title or of one of its everyday phrases: exactly; with a typo (a Levenshtein distance of 1
    from 4 letters, 2 from 8); as the start of the word (the person is still typing); or as the end of
    a compound ("ausweis" finds "schwerbehindertenausweis"; "parkausweis" does **not** find
    "ausweis" — a longer compound is a different thing). A word from a synonym list (the language's
    general words and the city's own) also counts as its canonical word. A task scores the mean over
    the query words; a hit in the title ranks above the same hit in an everyday phrase.
    """

    MIN_SCORE = 60.0
    TITLE_BONUS = 5.0

    def __init__(
        self,
        tasks: list[Task] | tuple[Task, ...],
        synonyms: Mapping[str, tuple[str, ...]] | None = None,
        lang: str = "de",
        *,
        words: SearchWords | None = None,
    ) -> None:
        self.tasks = list(tasks)
        self.lang = lang
        # the language's search words (German's included): resources/translations/search_<code>.yaml
        self.words = words if words is not None else search_words.for_language(lang)
        self.stop = frozenset(normalise(w) for w in self.words.stop)
        self.weak = frozenset(normalise(w) for w in self.words.weak)
        self.street = tuple(dict.fromkeys(x for x in (normalise(w) for w in self.words.street) if x))
        self.not_street = frozenset(normalise(w) for w in self.words.not_street)
        self._owner: list[int] = []  # choice (title or phrase) → task
        self._is_title: list[bool] = []
        self._words: list[tuple[int, ...]] = []  # choice → vocabulary word ids
        vocab: dict[str, int] = {}
        for i, t in enumerate(self.tasks):
            for j, phrase in enumerate((t.title, *t.words)):
                ws = [w for w in normalise(phrase).split() if w not in self.stop]
                ws += ["".join(ws[k : k + 2]) for k in range(len(ws) - 1)]  # "Online-Ausweis" → "onlineausweis"
                if ws:
                    self._owner.append(i)
                    self._is_title.append(j == 0)
                    self._words.append(tuple(vocab.setdefault(w, len(vocab)) for w in ws))
        self._vocab = list(vocab)
        self._postings: list[list[int]] = [[] for _ in self._vocab]
        for c, word_ids in enumerate(self._words):
            for w in set(word_ids):
                self._postings[w].append(c)
        # synonym table: every variant (normalised) → its canonical word(s); the language's general words
        # (pasaport → reisepass) and the city's own (perso → personalausweis)
        self._syn: dict[str, set[str]] = {}
        for table in (self.words.synonyms, synonyms or {}):
            for canon, variants in table.items():
                canonical = normalise(canon)
                for v in variants:
                    if normalise(v):
                        self._syn.setdefault(normalise(v), set()).add(canonical)
        self._syn_keys = list(self._syn)
        self._phrases = {k: "".join(k.split()) for k in self._syn_keys if " " in k}  # "id karte" → "idkarte"
        for k, joined in self._phrases.items():
            self._syn.setdefault(joined, set()).update(self._syn[k])

    def tokens(self, text: str) -> list[str]:
        n = " " + normalise(text) + " "
        for k, joined in self._phrases.items():  # a synonym of several words counts as one word
            n = n.replace(" " + k + " ", " " + joined + " ")
        return [w for w in n.split() if w not in self.stop]

    ENDING = 3  # letters a word may add before or after a synonym: "pasaport|umu", "паспорт|а", "ال|هوية"

    def alternatives(self, token: str) -> list[str]:
        """The word as typed plus the canonical forms the synonym list gives for it: also with a typo,
        and with a short ending or beginning added (Turkish, Slavic endings; the Arabic article)."""
        from rapidfuzz.distance import Levenshtein

        out = [token]
        if len(token) >= 3:
            hit = self._syn.get(token)
            if hit is None and len(token) >= 5:
                near = [
                    k
                    for k in self._syn_keys
                    if Levenshtein.distance(token, k, score_cutoff=1) <= 1
                    or (
                        len(k) >= 4
                        and 0 < len(token) - len(k) <= self.ENDING
                        and (token.startswith(k) or token.endswith(k))
                    )
                ]
                hit = set().union(*(self._syn[k] for k in near)) if near else None
            out += sorted(h for h in (hit or ()) if h != token)
        return out

    def expand(self, query: str) -> str:
        """The normalised query plus the canonical forms of its words (for display and tests)."""
        return " ".join(a for tok in self.tokens(query) for a in self.alternatives(tok))

    def _word_scores(self, alt: str, last: bool) -> dict[int, float]:
        from rapidfuzz.distance import Levenshtein

        n = len(alt)
        typos = 0 if n < 4 else 1 if n < 8 else 2
        scores: dict[int, float] = {}
        for w, v in enumerate(self._vocab):
            if v == alt:
                sc = 100.0
            elif len(v) > n >= 4 and v.endswith(alt):
                sc = 90.0  # the end of a compound: "ausweis" in "personalausweis"
            elif len(v) > n and v.startswith(alt) and (last or n >= 4):
                sc = 95.0 if n >= 3 else 80.0  # still typing
            elif (
                typos and abs(len(v) - n) <= typos and (d := Levenshtein.distance(alt, v, score_cutoff=typos)) <= typos
            ):
                sc = 100.0 - 10.0 * d
            elif last and n >= 5 and len(v) > n and Levenshtein.distance(alt, v[:n], score_cutoff=1) <= 1:
                sc = 85.0  # still typing, with a typo
            else:
                continue
            scores[w] = sc
        return scores

    def search(self, text: str, limit: int = 8) -> list[TaskMatch]:
        tokens = self.tokens(text)
        if not tokens:
            return []
        per_token: list[dict[int, float]] = []  # token → choice → best word score
        for k, tok in enumerate(tokens):
            words: dict[int, float] = {}
            for alt in self.alternatives(tok):
                for w, sc in self._word_scores(alt, last=k == len(tokens) - 1).items():
                    if sc > words.get(w, 0.0):
                        words[w] = sc
            choices: dict[int, float] = {}
            for w, sc in words.items():
                for c in self._postings[w]:
                    if sc > choices.get(c, 0.0):
                        choices[c] = sc
            per_token.append(choices)
        n = len(tokens)
        # per task and query word: the best word of any of its phrases, and of its title alone
        any_best: dict[int, list[float]] = {}
        title_best: dict[int, list[float]] = {}
        for k, choices in enumerate(per_token):
            for c, sc in choices.items():
                i = self._owner[c]
                row = any_best.setdefault(i, [0.0] * n)
                row[k] = max(row[k], sc)
                if self._is_title[c]:
                    trow = title_best.setdefault(i, [0.0] * n)
                    trow[k] = max(trow[k], sc)
        strong = [k for k, tok in enumerate(tokens) if tok not in self.weak]
        best: dict[int, float] = {}
        for i, row in any_best.items():
            if strong and not any(row[k] >= 80.0 for k in strong):
                continue  # found only through "anmelden", "neu" …: not what was asked for
            total = sum(row)
            in_title = sum(title_best.get(i, [0.0] * n))
            # words that fit nothing count half: "Pass für Urlaub" still finds the passport
            matched = sum(1 for x in row if x > 0)
            score = total / (matched + 0.5 * (n - matched))
            best[i] = score + self.TITLE_BONUS * (in_title / total if total else 0.0) - 10.0 * (n - matched) / n
        ranked = sorted(((i, s) for i, s in best.items() if s >= self.MIN_SCORE), key=lambda kv: (-kv[1], kv[0]))
        return [TaskMatch(self.tasks[i], min(100.0, s)) for i, s in ranked[:limit]]

    def pointer(self, text: str) -> str:
        """Where to send a person whose words fit no task: "report" for a problem in the street
        ("Problem melden"), else "phone" (115 and the city's page)."""
        for w in normalise(text).split():
            if w in self.not_street or w in self.stop:
                continue
            if any(w == s or (len(s) >= 4 and (w.endswith(s) or w.startswith(s))) for s in self.street):
                return "report"
        return "phone"


def first_hit(index: TaskIndex, text: str) -> str:
    """The id of the best task, or where to point when none fits ("report" / "phone")."""
    hits = index.search(text, 1)
    return hits[0].task.id if hits else index.pointer(text)


class Catalogue:
    """The CatalogueClient of api.py. ``endpoint`` None: answers come from the profile (and the cache)."""

    def __init__(self, config: Any, endpoint: Endpoint | None, *, http: Http | None = None) -> None:
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
            self._index = TaskIndex(self.config.tasks, self.config.synonyms, self.config.lang)
        return self._index

    def search_tasks(self, text: str, limit: int = 8) -> list[TaskMatch]:
        return self.index().search(text, limit)

    # --- routes ---

    def _client(self) -> Http:
        if self._http is None:
            from assistant.portal.http import Http

            assert self.endpoint is not None  # routes() asks only with an endpoint
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
            info = self._parse(data, leika_key, ars, InfoSource.LIVE, datetime.now(UTC).replace(microsecond=0))
        except Cancelled:
            raise
        except PortalError as exc:
            return self._fallback(leika_key, ars, exc)
        self._cache_put(leika_key, ars, data, info.fetched_at)
        return info

    def _task(self, leika_key: str) -> Task | None:
        return self.config.task_for_key(leika_key)

    @parse.guarded
    def _parse(
        self, data: Any, leika_key: str, ars: str, source: InfoSource, fetched_at: datetime | None
    ) -> ServiceInfo:
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
                r.get("destinationShortName"), "destinationShortName", src
            )
            phones, emails = [], []
            for p in parse.items(r.get("contactPersons"), "contactPersons", src):
                if isinstance(p, Mapping):
                    if parse.text(p.get("tel")):
                        phones.append(parse.text(p.get("tel")))
                    if parse.text(p.get("email")):
                        emails.append(parse.text(p.get("email")))
            offices.append(
                OfficeInfo(
                    name=name,
                    short_name=parse.text(r.get("destinationShortName"), "destinationShortName", src),
                    address=_address(r.get("address")),
                    postal_address=_address(r.get("postalAddress")),
                    phones=tuple(dict.fromkeys(phones)),
                    emails=tuple(dict.fromkeys(emails)),
                    opening_hours=hours,
                    contact_form_url=_https(r.get("contactFormUrl")),
                )
            )
            for field_name, bucket in (
                ("requiredDocuments", docs),
                ("furtherInformation", further),
                ("legalBasis", legal),
                ("deadline", deadline),
            ):
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
            for key, title in (
                ("contactFormUrl", "Kontaktformular"),
                ("accessibilityUrl", "Barrierefreiheit"),
                ("privacyPolicyUrl", "Datenschutz"),
                ("imprintUrl", "Impressum"),
            ):
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
            leika_key=leika_key,
            ars=ars,
            offices=tuple(offices) or self._profile_offices(task),
            required_documents="\n\n".join(docs),
            fees=fees,
            processing_time=duration,
            deadline="\n\n".join(deadline),
            further_information="\n\n".join(further),
            legal_basis="\n\n".join(legal),
            links=tuple(links),
            source=source,
            fetched_at=fetched_at,
            no_data=not routes,
        )

    def _profile_offices(self, task: Task | None) -> tuple[OfficeInfo, ...]:
        if task is None:
            return ()
        office = self.config.offices.get(task.id)
        if office is None:
            return ()
        # each fact in its place (the screen labels them): no bare "115", no bare web address, the
        # opening hours once
        return (
            OfficeInfo(
                name=office.name,
                address=office.address,
                phones=(office.phone,) if office.phone else (),
                emails=(office.email,) if office.email else (),
                opening_hours=office.hours,
                contact_form_url=office.web,
            ),
        )

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
            leika_key=leika_key,
            ars=ars,
            offices=self._profile_offices(task),
            fees=self.config.fees.get(task.id, "") if task else "",
            further_information=task.text if task else "",
            source=InfoSource.PROFILE,
            fetched_at=None,
            no_data=task is None or not task.text,
            problem=problem,
        )

    # --- cache (public answers only: no personal data) ---

    def _cache_path(self) -> Path:
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
            raw[f"{leika_key}|{ars}"] = {"fetched_at": (fetched_at or datetime.now(UTC)).isoformat(), "data": data}
            while len(raw) > CACHE_MAX_ENTRIES:
                raw.pop(next(iter(raw)))
            # a full disk, or an answer JSON cannot hold again (Infinity, NaN), must not break the
            # answer we already have: it is then simply not kept
            with contextlib.suppress(OSError, ValueError):
                store.write_json(self._cache_path(), raw)


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
