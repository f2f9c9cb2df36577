"""The one-key rating at the close: which keys rate, what the legend and the banner say.

After *Finish* the desk waits for the patron's rating of the service just ended: 1-4
rate; 0 and Esc say "no answer"; any other key of the desk (Enter greeting the next
patron, say) also says "no answer" and then does its own work — skipping never costs
more than one key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desk_assistant.domain.shift import InteractionRecord
from desk_assistant.services.feedback import FeedbackService
from desk_assistant.ui.key_legend import KEY_SEPARATOR, Legend, number_keys
from desk_assistant.ui.labels import rating_label
from desk_assistant.ui.patron_screen import RATING as QUESTION

RATING_KEYS = {
    int(Qt.Key.Key_1): 1,
    int(Qt.Key.Key_2): 2,
    int(Qt.Key.Key_3): 3,
    int(Qt.Key.Key_4): 4,
    int(Qt.Key.Key_0): 0,
    int(Qt.Key.Key_Escape): 0,
}


class RatingPrompt:
    """The interaction whose rating is awaited (None: none is)."""

    def __init__(self, feedback: FeedbackService | None) -> None:
        self.feedback = feedback
        self.record: InteractionRecord | None = None

    @property
    def pending(self) -> bool:
        return self.record is not None

    def ask(self, record: InteractionRecord) -> None:
        """After a patron was served, when the supervisor has the rating on."""
        if self.feedback is not None and self.feedback.ratings_on():
            self.record = record

    def value_of(self, key: int) -> int | None:
        """The rating a key gives (0: no answer), None for any other key."""
        return RATING_KEYS.get(key)

    def give(self, rating: int) -> None:
        """Store the rating (0: no answer); the prompt ends even if storing fails (the
        error passes on, for the desk to say)."""
        record, self.record = self.record, None
        if record is not None and self.feedback is not None:
            self.feedback.rate(record, rating or None)

    @staticmethod
    def legend() -> Legend:
        return [
            (number_keys(4), QCoreApplication.translate("DeskView", "the patron's rating")),
            (KEY_SEPARATOR.join(("0", "Esc")), QCoreApplication.translate("DeskView", "no answer")),
        ]

    @staticmethod
    def banner() -> str:
        """The question the patron screen asks, in the same words, with the four answers."""
        faces = "   ".join(f"{n} {rating_label(n)}" for n in range(1, 5))
        return QCoreApplication.translate("PatronScreen", QUESTION) + "   " + faces
