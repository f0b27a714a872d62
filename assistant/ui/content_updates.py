"""The thin Qt side of content updates (the work is ``assistant.core.content_source``).

After the home screen is up (and every 4 hours after), the city's bundle is fetched, checked and
installed in the background (``ui.worker``); the window never waits for it. A newer bundle is read in the background too and
handed to the window, which uses it at once on the home screen and otherwise from the next home
screen: a person in the middle of a guide finishes it on the version they started.

A bundle that is not used changes nothing for the person at the screen. Staff learn why: in the log,
in ``lotse --check-deployment`` (status.json) and, in a library, at the foot of the helper view.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer

from assistant.core.content_layers import city_folder, load_library, use_codes
from assistant.core.content_source import ContentSource, ContentStore, UpdateResult, update
from assistant.ui.worker import Failure, Job, Op

log = logging.getLogger("lotse.content")
RECHECK_MS = 4 * 60 * 60 * 1000  # a counter PC may run for days: look again every 4 hours


class ContentUpdates(QObject):
    def __init__(
        self, window: Any, roles: Any, *, content: ContentStore | None = None, ca_bundle: str | None = None
    ) -> None:
        super().__init__(window)
        self.window, self.roles = window, roles
        self.options = roles.deployment.content
        self.content = content or window.ctx.sources.get("content_store") or ContentStore()
        self.ca_bundle = ca_bundle  # tests: the certificate of the loopback server
        self.result: UpdateResult | None = None
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.start)
        if window.ctx.loaded and window.screen_id != "loading":
            QTimer.singleShot(0, self.start)
        else:  # content_loaded comes just before the home screen is built: start right after it
            window.content_loaded.connect(lambda: QTimer.singleShot(0, self.start))

    def start(self) -> None:
        if self.job is not None and not self.job.done:
            return
        o = self.options
        source = ContentSource(public_key=o.public_key, folder=o.folder, url=o.url)
        src = self.window.ctx.sources
        city = self.window.ctx.city
        city_id = src.get("city_id") or (city.id if city is not None else None) or "bochum"

        def work(token: Any) -> tuple[UpdateResult, Any, Any, Any]:  # worker thread: no widgets
            result = update(source, self.content, cancel=token, ca_bundle=self.ca_bundle)
            if result.state != "installed":
                return result, None, None, None
            from assistant.core.city import load_city
            from assistant.core.errors import ContentError

            installed = self.content.active()
            try:
                city = load_city(city_id, src.get("cities") or city_folder(city_id, installed))
            except ContentError:
                city = None
            return result, load_library(installed), city, installed

        self.job = Op(work).success(self._done).failure(self._failed).run_in_background(self.window)
        self.timer.start()

    def _done(self, value: tuple[UpdateResult, Any, Any, Any]) -> None:
        result, library, city, installed = value
        self.result = result
        if result.problems:
            self.tell_staff(
                self.tr(
                    "Neue Inhalte der Stadt wurden nicht übernommen. Es gelten die bisherigen. Grund (für die IT): {0}"
                ).format(result.staff_text())
            )
        if library is None:
            return
        ctx = self.window.ctx

        def use() -> None:
            ctx.library = library
            use_codes(installed)  # codes never change (checked), so a guide in progress keeps its codes
            if city is not None:
                ctx.city = city
                self.roles.apply_city(ctx)

        self.window.offer_content(use)

    def _failed(self, failure: Failure) -> None:
        log.warning("content update failed: %s", failure.text)
        self.tell_staff(self.tr("Neue Inhalte der Stadt konnten nicht geprüft werden: {0}").format(failure.text))

    def tell_staff(self, text: str) -> None:
        """Only for staff: the log, and the helper view where there is one — never the person's screen."""
        log.warning("%s", text)
        self.roles.tell_staff(text)
