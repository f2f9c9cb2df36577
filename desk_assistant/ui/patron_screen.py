"""The patron-facing screen: a second display, or a window the librarian turns toward the
patron (View → Patron screen, F9). It shows only a :class:`PatronView` — a welcome, the
options being explained, the next step with its date and code, the rating faces — in the
patron's language and large type. Its texts are in the patron's language whatever the
librarian's screen shows, so they are looked up here by that language rather than
through the window's translator.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.patron_view import RATING_LABELS, PatronView, Stage
from desk_assistant.i18n import QT_TRANSLATE_NOOP, format_date, text
from desk_assistant.ui.look import unbroken_codes

WELCOME = QT_TRANSLATE_NOOP("PatronScreen", "Welcome to %1")
WELCOME_LINE = QT_TRANSLATE_NOOP("PatronScreen", "We are happy to help you.")
OPTIONS = QT_TRANSLATE_NOOP("PatronScreen", "What we can do for you")
CHOSEN = QT_TRANSLATE_NOOP("PatronScreen", "your choice")
NEXT_STEP = QT_TRANSLATE_NOOP("PatronScreen", "Your next step")
DUE = QT_TRANSLATE_NOOP("PatronScreen", "By: %1")
CODE = QT_TRANSLATE_NOOP("PatronScreen", "Your reference code: %1")
RATING = QT_TRANSLATE_NOOP("PatronScreen", "How was our service today?")
RATING_LINE = QT_TRANSLATE_NOOP("PatronScreen", "Touch a face, or tell the librarian 1 to 4.")
SKIP = QT_TRANSLATE_NOOP("PatronScreen", "Skip")
TITLE = QT_TRANSLATE_NOOP("PatronScreen", "Desk Assistant — patron screen")
TABLET_SIZE = QSize(1024, 640)  # a window turned toward the patron, when no second display


def face(rating: int, size: int = 96) -> QPixmap:
    """A face for a rating 1-4: from a frown to a broad smile, in colours that do not rely
    on colour alone (the mouth says it too)."""
    colours = {1: "#C62828", 2: "#EF6C00", 3: "#9E9D24", 4: "#2E7D32"}
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#212121"), size / 24)
    painter.setPen(pen)
    painter.setBrush(QColor(colours[rating]))
    margin = size / 16
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.setBrush(QColor("#212121"))
    for x in (0.36, 0.64):
        painter.drawEllipse(QPointF(size * x, size * 0.40), size / 18, size / 18)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    curve = {1: -0.16, 2: -0.07, 3: 0.08, 4: 0.18}[rating]  # the mouth's bend
    path = QPainterPath(QPointF(size * 0.30, size * 0.68))
    path.quadTo(QPointF(size * 0.5, size * (0.68 + curve)), QPointF(size * 0.70, size * 0.68))
    painter.drawPath(path)
    painter.end()
    return pixmap


class PatronScreen(QWidget):
    """The window turned toward the patron. ``rated(n)``: a face touched (0: skipped)."""

    rated = Signal(int)
    closed = Signal()  # closed on its own (its window's close button)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("patronScreen")
        self.view = PatronView(Stage.WELCOME, "id")
        self._build()
        self.show_view(self.view)

    def _build(self) -> None:
        self.setStyleSheet(
            "#patronScreen { background: #FAFAFA; }"
            "QLabel { color: #1A1A1A; }"
            "#patronLibrary { font-size: 22pt; color: #37474F; }"
            "#patronTitle { font-size: 34pt; font-weight: bold; }"
            "#patronBody { font-size: 24pt; }"
            "#patronCode { font-size: 30pt; font-weight: bold; }"
            "QPushButton, QToolButton { font-size: 16pt; padding: 10px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(18)
        self.library_label = QLabel(self)
        self.library_label.setObjectName("patronLibrary")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("patronTitle")
        self.body_label = QLabel(self)
        self.body_label.setObjectName("patronBody")
        self.code_label = QLabel(self)
        self.code_label.setObjectName("patronCode")
        for label in (self.library_label, self.title_label, self.body_label, self.code_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
        self.faces = QWidget(self)
        row = QHBoxLayout(self.faces)
        row.setSpacing(24)
        self.face_buttons: dict[int, QToolButton] = {}
        for rating in range(1, 5):
            button = QToolButton(self.faces)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setObjectName(f"face{rating}")
            button.setIcon(QIcon(face(rating)))
            button.setIconSize(QSize(96, 96))
            # Never shorter than the face and its words (a short window clipped the words).
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the desk keeps the keyboard
            button.clicked.connect(lambda _=False, n=rating: self.rated.emit(n))
            row.addWidget(button, 1)  # four faces of one width, whatever their words
            self.face_buttons[rating] = button
        layout.addWidget(self.faces)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("faceSkip")
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip_button.clicked.connect(lambda: self.rated.emit(0))
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_view(self, view: PatronView) -> None:
        self.view = view
        lang = view.language

        def t(english: str) -> str:
            return text("PatronScreen", english, lang)

        def e(value: str) -> str:
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        self.setWindowTitle(t(TITLE))
        self.library_label.setText(e(view.library))
        # The welcome names the library itself; the other pages name it above them.
        self.library_label.setVisible(bool(view.library) and view.stage is not Stage.WELCOME)
        body, code = "", ""
        if view.stage is Stage.WELCOME:
            title = t(WELCOME).replace("%1", e(view.library) if view.library else "")
            title = title.rstrip(" ,")
            body = e(t(WELCOME_LINE))
        elif view.stage is Stage.OPTIONS:
            title = t(OPTIONS)
            items = "".join(
                f"<li>{e(o.label)}{' — <b>' + e(t(CHOSEN)) + '</b>' if o.chosen else ''}</li>"
                for o in view.options
            )
            body = f"<ul>{items}</ul>"
        elif view.stage is Stage.NEXT_STEP:
            title = t(NEXT_STEP)
            body = e(view.next_step)
            if view.due is not None:
                body += "<br/>" + e(t(DUE).replace("%1", format_date(view.due, lang)))
            if view.code:
                code = unbroken_codes(e(t(CODE).replace("%1", view.code)))
        else:
            title = t(RATING)
            body = e(t(RATING_LINE))
        self.title_label.setText(e(title))
        self.body_label.setText(body)
        self.code_label.setText(code)
        self.code_label.setVisible(bool(code))
        rating = view.stage is Stage.RATING
        self.faces.setVisible(rating)
        self.skip_button.setVisible(rating)
        for value, button in self.face_buttons.items():
            button.setText(f"{value}\n{t(RATING_LABELS[value])}")
        self.skip_button.setText(t(SKIP))

    def texts(self) -> list[str]:
        """Every text the patron can see now (for the tests that walk every state)."""
        shown = [self.windowTitle()]
        labels: list[QLabel | QAbstractButton] = [*self.findChildren(QLabel)]
        labels += self.findChildren(QAbstractButton)
        shown += [widget.text() for widget in labels if widget.isVisibleTo(self)]
        return shown

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        super().closeEvent(event)
        self.closed.emit()

    def place(self) -> None:
        place_toward_patron(self)


def place_toward_patron(window: QWidget) -> None:
    """A window turned toward the patron: on a second display when there is one (full
    screen), else a tablet-sized window."""
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        window.setGeometry(screens[1].geometry())
        window.showFullScreen()
    else:
        window.resize(TABLET_SIZE)
        window.show()
