"""What the patron-facing screen shows: only what the patron should see.

The screen turned toward the patron (a second display, or a window turned toward them)
follows the interaction in the patron's language and large type: a welcome, the options
being explained (their labels only), at the close the next step with the promised date
and the reference code, and the one-key rating. It is built here from the interaction and
from nothing else, so it can never carry a name, a phone number, an e-mail address, the
staff member's name, notes or anything else staff-only: :class:`PatronView` has no field
for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desk_assistant.domain.flow import InteractionFlow
from desk_assistant.i18n import QT_TRANSLATE_NOOP


class Stage(StrEnum):
    WELCOME = "welcome"  # a new patron (or nobody yet)
    OPTIONS = "options"  # the material is not available: the options being explained
    NEXT_STEP = "next_step"  # the close: what happens next, when, and the code
    RATING = "rating"  # how was the service today? 1-4 or skip


# The one-key rating at the close (1-4); shown with faces on the patron screen.
RATING_LABELS = {
    1: QT_TRANSLATE_NOOP("PatronScreen", "Very dissatisfied"),
    2: QT_TRANSLATE_NOOP("PatronScreen", "Dissatisfied"),
    3: QT_TRANSLATE_NOOP("PatronScreen", "Satisfied"),
    4: QT_TRANSLATE_NOOP("PatronScreen", "Very satisfied"),
}
STAGE_NAMES = {
    Stage.WELCOME: QT_TRANSLATE_NOOP("PatronScreen", "welcome"),
    Stage.OPTIONS: QT_TRANSLATE_NOOP("PatronScreen", "the options being explained"),
    Stage.NEXT_STEP: QT_TRANSLATE_NOOP("PatronScreen", "the next step, date and code"),
    Stage.RATING: QT_TRANSLATE_NOOP("PatronScreen", "the rating faces"),
}


@dataclass(frozen=True)
class OptionShown:
    label: str
    chosen: bool


@dataclass(frozen=True)
class PatronView:
    stage: Stage
    language: str
    library: str = ""
    options: tuple[OptionShown, ...] = ()
    next_step: str = ""  # as the patron's slip says it
    due: date | None = None
    code: str = ""


def patron_view(
    flow: InteractionFlow | None,
    language: str,
    library: str,
    option_states: dict[str, bool] | None = None,
    rating: bool = False,
) -> PatronView:
    """The patron screen for ``flow`` now. ``option_states``: the options the librarian is
    explaining (id -> chosen), None while the checklist is closed; ``rating``: the close's
    rating is awaited (the previous patron's: the next one is not greeted yet)."""
    if rating:
        return PatronView(Stage.RATING, language, library)
    if flow is None:
        return PatronView(Stage.WELCOME, language, library)
    step = flow.next_step
    if step is not None and not step.case.declined:
        return PatronView(
            Stage.NEXT_STEP,
            language,
            library,
            next_step=flow.next_step_text(language),
            due=step.case.due,
            code=step.code or "",
        )
    if option_states is not None and flow.pack.unavailable is not None:
        shown = tuple(
            OptionShown(option.label.get(language), option_states[option.id])
            for option in flow.pack.options
            if option.id in option_states
        )
        return PatronView(Stage.OPTIONS, language, library, options=shown)
    return PatronView(Stage.WELCOME, language, library)
