"""The patron's side of the window: the patron screen (View → Patron screen, F9), what the
desk says it shows, the SKM survey's menu (File → Satisfaction survey) and its
questionnaire, and a suggestion that asks for an answer taken like a complaint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desk_assistant.domain.patron_view import STAGE_NAMES, PatronView, Stage
from desk_assistant.i18n import translate
from desk_assistant.ui.patron_screen import PatronScreen

if TYPE_CHECKING:
    from desk_assistant.ui.main_window import MainWindow
    from desk_assistant.ui.skm_kiosk import SurveyKiosk


class PatronSide(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.screen: PatronScreen | None = None
        self.survey_menu: QMenu | None = None
        self.questionnaire_action = QAction(window)
        self.start_action = QAction(window)
        self.end_action = QAction(window)
        self.report_action = QAction(window)
        self.kiosk_action = QAction(window, checkable=True)
        self.kiosk: SurveyKiosk | None = None
        self.ratings_action = QAction(window, checkable=True)
        self.screen_action = QAction(window, checkable=True)
        self.screen_action.setShortcut(QKeySequence("F9"))
        self.screen_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def add_survey_menu(self, file_menu: QMenu) -> None:
        """File → Satisfaction survey: the questionnaire, the period, the rating on or off."""
        self.survey_menu = file_menu.addMenu("")
        for action in (
            self.questionnaire_action,
            self.kiosk_action,
            self.start_action,
            self.end_action,
            self.report_action,
        ):
            self.survey_menu.addAction(action)
        self.survey_menu.addSeparator()
        self.survey_menu.addAction(self.ratings_action)
        self.survey_menu.aboutToShow.connect(self.show_survey_state)
        admin = self.window.admin
        self.questionnaire_action.triggered.connect(self.open_questionnaire)
        self.kiosk_action.toggled.connect(self.show_kiosk)
        self.report_action.triggered.connect(self.open_report)
        self.start_action.triggered.connect(admin.start_survey)
        self.end_action.triggered.connect(admin.end_survey)
        self.ratings_action.triggered.connect(admin.set_ratings)

    def add_screen_action(self, view_menu: QMenu) -> None:
        """View → Patron screen (F9)."""
        view_menu.addAction(self.screen_action)
        self.screen_action.toggled.connect(self.show_screen)
        self.window.desk_view.patron_view_changed.connect(self.view_changed)

    def retranslate(self) -> None:
        if self.survey_menu is not None:
            self.survey_menu.setTitle(self.tr("Satisfaction &survey (SKM)"))
        self.questionnaire_action.setText(self.tr("&Questionnaire for the patron…"))
        self.kiosk_action.setText(
            self.tr("Survey &kiosk on the patron screen (one patron after another)")
        )
        self.report_action.setText(self.tr("SKM &report (PDF or Excel)…"))
        self.start_action.setText(self.tr("S&tart a survey period"))
        self.end_action.setText(self.tr("&End the survey period"))
        self.ratings_action.setText(self.tr("Ask the patron's r&ating at the close"))
        self.screen_action.setText(self.tr("&Patron screen (second display)"))

    # --- the SKM survey ---------------------------------------------------------------------

    def show_survey_state(self) -> None:
        feedback = self.window.services.feedback
        running = feedback.survey() is not None
        self.questionnaire_action.setEnabled(running)
        self.start_action.setEnabled(not running)
        self.end_action.setEnabled(running)
        self.ratings_action.setChecked(feedback.ratings_on())

    def open_questionnaire(self) -> None:
        """The patron answers the survey (on the patron screen when it is on)."""
        from desk_assistant.ui.skm_dialog import SkmQuestionnaire

        window = self.window
        feedback = window.services.feedback
        if feedback.survey() is None:
            window.show_error(translate("skm.not_running", window.language()))
            return
        shift = window.desk.shift
        # In the patron's language (F6 at the desk), like the patron screen.
        patron_language = window.desk_view.language()
        dialog = SkmQuestionnaire(feedback, shift.desk if shift else "", patron_language, window)
        if self.screen is not None and self.screen.isVisible():
            dialog.setGeometry(self.screen.geometry())  # turned toward the patron
        if dialog.exec():
            window.statusBar().showMessage(
                self.tr("Thank you: the survey answers are saved."), 6000
            )
            if dialog.wants_answer():
                window.show_view("desk")
                self.take_suggestion(dialog.sent_suggestion)
        dialog.deleteLater()

    def open_report(self) -> None:
        """The SKM report: its figures at a glance, saved as a PDF or a workbook (the
        supervisor's)."""
        from desk_assistant.domain.roles import Role
        from desk_assistant.ui.skm_report_dialog import SkmReportDialog

        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        dialog = SkmReportDialog(self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_kiosk(self, on: bool) -> None:
        """The questionnaire for one patron after another, turned toward the patrons (where
        the patron screen goes), while the desk goes on serving."""
        from desk_assistant.ui.patron_screen import place_toward_patron
        from desk_assistant.ui.skm_kiosk import SurveyKiosk

        if on and self.kiosk is None:
            window = self.window

            def desk() -> str:
                shift = window.desk.shift
                return shift.desk if shift else ""

            self.kiosk = SurveyKiosk(window.services.feedback, desk, window.desk_view.language())
            self.kiosk.closed.connect(lambda: self.kiosk_action.setChecked(False))
            place_toward_patron(self.kiosk)
        elif not on and self.kiosk is not None:
            kiosk, self.kiosk = self.kiosk, None
            kiosk.close()
            kiosk.deleteLater()

    def take_suggestion(self, text: str) -> bool:
        """A suggestion that asks for an answer, followed up like a complaint: the script
        goes to its follow-up step and the form opens with the suggestion as what it is
        about, for the librarian to note the contact with the patron's consent (apart from
        the anonymous answers). False, and nothing moves, while a patron is being served."""
        desk = self.window.desk_view
        if desk.flow.touched or not desk.flow.walk_to_follow_up():
            self.window.show_error(
                self.tr("Finish serving the current patron, then take the suggestion.")
            )
            return False
        if desk.rating.pending:
            desk.rate(0)  # the last patron's rating: no answer
        desk.refresh()
        title = desk.options_panel.title_edit
        title.setText(" ".join(text.split())[:200])
        title.setFocus()
        QTimer.singleShot(0, title.setFocus)  # again once the questionnaire has closed
        return True

    # --- the patron screen ------------------------------------------------------------------

    def show_screen(self, on: bool) -> None:
        """The screen turned toward the patron: on a second display when there is one."""
        desk = self.window.desk_view
        if on:
            if self.screen is None:
                self.screen = PatronScreen()
                self.screen.rated.connect(desk.rate)
                self.screen.closed.connect(lambda: self.screen_action.setChecked(False))
            self.screen.show_view(desk.patron_view())
            self.screen.place()
        elif self.screen is not None:
            self.screen.hide()
        self.view_changed(desk.patron_view())

    def view_changed(self, view: PatronView) -> None:
        """Show the patron the view, and tell the librarian what it shows."""
        shown = self.screen is not None and self.screen.isVisible()
        if self.screen is not None and shown:
            self.screen.show_view(view)
        self._say_stage(view.stage if shown else None)

    def _say_stage(self, stage: Stage | None) -> None:
        label = self.window.desk_view.patron_label
        if stage is None:
            label.hide()
            return
        name = QCoreApplication.translate("PatronScreen", STAGE_NAMES[stage])
        label.setText(self.tr("Patron screen: %1").replace("%1", name))
        label.show()

    def close(self) -> None:
        if self.screen is not None:
            self.screen.close()
        self.kiosk_action.setChecked(False)
