""" "Meine Meldungen": the reports sent from this computer (this mode's only), and each one's state as
the city gives it. Mixed into ``ReportPage``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from assistant.portal.api import ReportStatus
from assistant.portal.flows import report as rf
from assistant.ui import words
from assistant.ui.portal.common import FlowScreen
from assistant.ui.portal.texts import stamp_text

if TYPE_CHECKING:
    from assistant.ui.portal.hosts import ReportHost
else:
    ReportHost = object  # the page itself brings the names (hosts.py)


class MyReports(ReportHost):
    """Needs the page's ``session``, ``status``/``status_item`` and the FlowPage steps."""

    def my_reports(self, s: FlowScreen) -> None:
        from assistant.portal.reports import saved_reports

        s.title(self.tr("Meine Meldungen"))
        items, problem = saved_reports(self.session.config.city_id, self.mode())
        if problem is not None:
            s.text(self.tr("Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt."))
        if self.session.practice:
            s.text(self.tr("Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen."))
        if not items:
            s.text(self.tr("Hier sind noch keine Meldungen gespeichert."))
        for item in items:
            number = item.get("request_id") or self.tr("noch ohne Vorgangsnummer")
            when = rf.saved_sent_at(item)
            sent = stamp_text(when) if when is not None else ""
            title = self.tr("Vorgangsnummer %1").replace("%1", number) + (
                f" – {item.get('service_name')}" if item.get("service_name") else ""
            )
            sub = self.tr("Gesendet am %1").replace("%1", sent) if sent else None
            s.choice(title, functools.partial(self.open_status, item), subtitle=sub)
        s.choice(words.back(), lambda: self.go_back(), key="back")

    def open_status(self, item: dict[str, str]) -> None:
        self.status_item = item

        def work(cancel):
            return rf.look_up_status(item, self.session.clients().reports_client(), cancel=cancel)

        def got(status: ReportStatus | None) -> None:
            self.status = status
            self.go(self.status_screen)

        self.run(work, self.tr("Der Stand wird bei der Stadt nachgefragt …"), got)

    def status_screen(self, s: FlowScreen) -> None:
        st, item = self.status, self.status_item or {}
        if st is None:
            s.title(words.your_report())
            s.text(
                self.tr("Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder.")
            )
            s.choice(words.back(), lambda: self.go_back(), primary=True, key="back")
            return
        s.title(self.tr("Meldung mit der Vorgangsnummer %1").replace("%1", st.request_id))
        if st.service_name or item.get("service_name"):
            s.text(st.service_name or item.get("service_name", ""))
        if st.address or item.get("address"):
            s.text(words.place().replace("%1", st.address or item.get("address", "")))
        state = {
            "open": self.tr("Die Stadt bearbeitet die Meldung."),
            "closed": self.tr("Die Stadt hat die Meldung erledigt."),
        }.get(rf.status_state(st.status), st.status)
        s.heading(state)
        if st.status_notes:
            s.text(self.tr("Die Stadt schreibt: %1").replace("%1", st.status_notes))
        if st.updated:
            s.text(self.tr("Zuletzt geändert: %1").replace("%1", stamp_text(st.updated)))
        if st.expected and st.status.lower() != "closed":
            s.text(self.tr("Voraussichtlich erledigt: %1").replace("%1", stamp_text(st.expected)))
        s.choice(self.tr("Zurück zu meinen Meldungen"), lambda: self.go_back(), primary=True, key="back-to-reports")
