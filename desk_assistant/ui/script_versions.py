"""The Scripts view's versions: every stored version of the packs, import and export,
roll back, what a version changed, and practice mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.script_pack import PackError
from desk_assistant.errors import DeskAssistantError
from desk_assistant.services.packs import PackService
from desk_assistant.ui.look import columns_follow_text
from desk_assistant.ui.paths import in_documents
from desk_assistant.ui.retranslating import Retranslating


def button_row(*items: QWidget | None) -> QHBoxLayout:
    """A horizontal row of widgets; ``None`` stands for a stretch."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item)
    return row


class ScriptVersions(Retranslating, QGroupBox):
    """The versions box of the Scripts view.

    Signals:
        activated(): another stored version became the active pack (rolled back or on).
        imported(): a pack file was imported as a new version.
        problems_found(object): an import was refused: its problems, or one message.
        practice_toggled(bool): practice mode on or off at the desk.
    """

    activated = Signal()
    imported = Signal()
    problems_found = Signal(object)
    practice_toggled = Signal(bool)
    open_requested = Signal(int)

    def __init__(
        self,
        packs: PackService,
        language: Callable[[], str],
        who: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.packs, self.language, self.who = packs, language, who
        layout = QVBoxLayout(self)
        self.versions = QTableWidget(0, 6, self)
        self.versions.setObjectName("versionsTable")
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.verticalHeader().hide()
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.setMaximumHeight(170)
        columns_follow_text(self.versions)
        layout.addWidget(self.versions)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.activate_button = QPushButton(self)
        self.activate_button.setObjectName("activateVersion")
        self.changes_button = QPushButton(self)
        self.changes_button.setObjectName("changesButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openVersion")
        self.practice_button = QPushButton(self)
        self.practice_button.setObjectName("practiceButton")
        self.practice_button.setCheckable(True)
        layout.addLayout(
            button_row(
                self.import_button,
                self.export_button,
                self.changes_button,
                self.open_button,
                None,
            )
        )
        # A second row, so the view fits 1366 px even at double text size.
        layout.addLayout(button_row(self.activate_button, None, self.practice_button))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.activate_button.clicked.connect(lambda: self.activate_selected())
        self.changes_button.clicked.connect(self.show_changes)
        self.open_button.clicked.connect(self._open_selected)
        self.practice_button.toggled.connect(self.practice_toggled.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Script packs and versions"))
        self.versions.setAccessibleName(self.tr("Stored versions of the script packs"))
        self.versions.setHorizontalHeaderLabels(
            [
                self.tr("Pack"),
                self.tr("Version"),
                self.tr("Installed"),
                self.tr("By"),
                self.tr("Active"),
                self.tr("Note"),
            ]
        )
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.activate_button.setText(self.tr("Make the chosen version active (roll back)"))
        self.practice_button.setText(self.tr("Practice mode (nothing recorded)"))
        self.changes_button.setText(self.tr("What changed?"))
        self.open_button.setText(self.tr("Open in the editor"))

    def refresh(self) -> None:
        active = self.packs.active_row()
        versions = self.packs.versions()
        self.versions.setRowCount(len(versions))
        for row, stored in enumerate(versions):
            values = [
                stored.pack_id,
                str(stored.version),
                stored.installed_at[:16].replace("T", " "),
                stored.installed_by,
                "✓" if active and active.row_id == stored.row_id else "",
                stored.note,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, stored.row_id)
                self.versions.setItem(row, column, item)
        self.versions.resizeColumnsToContents()

    def _open_selected(self) -> None:
        row_id = self.selected_row_id()
        if row_id is not None:
            self.open_requested.emit(row_id)

    def select_active(self) -> None:
        """Select the active version's row (after a publish, the list is re-sorted)."""
        active = self.packs.active_row()
        for row in range(self.versions.rowCount()):
            item = self.versions.item(row, 0)
            if active is not None and item and item.data(Qt.ItemDataRole.UserRole) == active.row_id:
                self.versions.selectRow(row)
                return

    def selected_row_id(self) -> int | None:
        item = self.versions.item(self.versions.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def activate_selected(self, confirm: bool = True) -> bool:
        """Make the chosen version the active one, after saying which it is (the desk uses
        it from the next patron)."""
        row_id = self.selected_row_id()
        chosen = next((v for v in self.packs.versions() if v.row_id == row_id), None)
        if chosen is None:
            return False
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Make this version active?"),
                self.tr(
                    "Make %1 version %2 the active script? Installed %3 by %4. Note: %5. "
                    "The desk uses it from the next patron."
                )
                .replace("%1", chosen.pack_id)
                .replace("%2", str(chosen.version))
                .replace("%3", chosen.installed_at[:16].replace("T", " "))
                .replace("%4", chosen.installed_by)
                .replace("%5", chosen.note or "—"),
                parent=self,
            )
            box.setObjectName("activateBox")
            yes = box.addButton(self.tr("&Make it active"), QMessageBox.ButtonRole.AcceptRole)
            no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(no)
            box.exec()
            if box.clickedButton() is not yes:
                return False
        self.packs.activate(chosen.row_id, self.who())
        self.activated.emit()
        return True

    def changes(self, row_id: int) -> str:
        """What a version changed against the version of the same pack before it: each
        text before → after, in the screen's language."""
        lang = self.language()
        before, changes = self.packs.what_changed(row_id, lang)
        if not changes:
            return self.tr("No text changed.")
        lines = [
            self.tr("Compared with version %1.").replace("%1", str(before.version))
            if before
            else self.tr("The first version of this pack.")
        ]
        for place, old, new in changes:
            lines.append("")
            lines.append(" · ".join(place))
            lines.append("  " + self.tr("before: %1").replace("%1", old or self.tr("(none)")))
            lines.append("  " + self.tr("after: %1").replace("%1", new or self.tr("(removed)")))
        return "\n".join(lines)

    def show_changes(self) -> None:
        row_id = self.selected_row_id()
        if row_id is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("What changed"))
        dialog.resize(900, 560)
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("What changed"))
        text.setPlainText(self.changes(row_id))
        layout.addWidget(text)
        dialog.exec()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a script pack"),
            in_documents(),
            self.tr("Script packs (*.yaml *.yml)"),
        )
        if path:
            self.import_pack(Path(path))

    def import_pack(self, path: Path) -> bool:
        try:
            self.packs.import_file(path, self.who())
        except PackError as exc:
            self.problems_found.emit(exc.problems)
            return False
        except DeskAssistantError as exc:
            self.problems_found.emit(exc.user_message(self.language()))
            return False
        self.imported.emit()
        return True

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the script pack"),
            in_documents(f"{self.packs.active.id}.yaml"),
            self.tr("Script packs (*.yaml *.yml)"),
        )
        if path:
            self.packs.export(Path(path), self.selected_row_id())
