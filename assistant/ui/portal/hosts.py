"""What the parts of a flow page use of each other, for the type checker.

``BookingPage`` is put together from ``BookingScreens``, ``BookingConfirmation`` and
``MyAppointments``; ``ReportPage`` from ``ReportQuestions``, ``ReportScreens`` and ``MyReports``.
While type checking, each part derives from its page's host below (at run time from ``object``),
so a part that uses a name its page does not have is an error instead of an AttributeError.
"""

from __future__ import annotations

from assistant.portal.api import (
    Appointment,
    BookingResult,
    OfficesAndServices,
    Question,
    ReportReceipt,
    ReportStatus,
    SavedAppointment,
    ServiceDefinition,
)
from assistant.portal.drafts import BookingDraft, ReportDraft
from assistant.portal.flows.booking import BookingFlow
from assistant.portal.flows.report import ReportFlow
from assistant.ui.portal.common import FlowPage, FlowScreen


class BookingHost(FlowPage):
    """booking.BookingPage, as its parts see it."""

    draft: BookingDraft
    catalog: OfficesAndServices | None
    result: BookingResult | None
    action: bool
    saved: list[SavedAppointment]  # "Meine Termine" (my_appointments)
    current: SavedAppointment | None
    current_appt: Appointment | None

    @property
    def flow(self) -> BookingFlow:
        raise NotImplementedError

    def book(self) -> None: ...

    def checked_no_booking(self) -> None: ...

    def _show_notice(self, s: FlowScreen) -> None: ...

    def confirmation_lines(self, a: Appointment) -> list[str]:  # booking_confirmation
        raise NotImplementedError

    def _confirmation_actions(self, s: FlowScreen, a: Appointment) -> None: ...  # booking_confirmation


class ReportHost(FlowPage):
    """report_flow.ReportPage, as its parts see it."""

    draft: ReportDraft
    definition: ServiceDefinition | None
    receipt: ReportReceipt | None
    sent_service: str
    sent_address: str
    status_item: dict[str, str] | None  # the entry of "Meine Meldungen" looked up (my_reports)
    status: ReportStatus | None

    @property
    def flow(self) -> ReportFlow:
        raise NotImplementedError

    def send(self, force: bool = False) -> None: ...

    def questions(self) -> list[Question]:  # report_questions
        raise NotImplementedError

    def where(self, s: FlowScreen) -> None: ...  # report_screens

    def my_reports(self, s: FlowScreen) -> None: ...  # my_reports
