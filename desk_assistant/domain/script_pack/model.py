"""A script pack's model: what the desk says, step by step, in each language; and the
problems a pack file can have."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from desk_assistant.domain.vocabulary import Need, Outcome, Segment
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import DEFAULT_LANG, Lang, Message, translate

FORMAT_VERSION = 1
MAX_PACK_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 24
MAX_NODES = 100_000
MAX_CHOICES = 9
REQUIRED_LANGUAGE = Lang.ID
GREETING_PERIODS = ("morning", "midday", "afternoon", "evening")
# Placeholders a text may use; the desk fills them in (see ``ScriptPack.render``).
PLACEHOLDERS = frozenset(
    {"greeting", "library", "staff", "code", "item", "date", "next_step", "patron", "news"}
)
# Which placeholders each kind of text may use: what the desk has to put there when it
# shows or sends that text. One table for the validator and the documentation
# (docs/script-pack-format.md); a text of another kind shows its braces as typed.
PLACEHOLDERS_BY_KIND: dict[str, frozenset[str]] = {
    # a step's line, hint and choices, and their segment variants (said at the desk)
    "step": frozenset({"greeting", "staff", "library"}),
    # the read-back of the next step
    "readback": frozenset({"next_step", "date", "code"}),
    # the lines of the call-back script
    "call_script": frozenset(
        {"greeting", "staff", "library", "patron", "code", "item", "news", "date"}
    ),
    # messages to the patron: never the item's title (someone else may read them)
    "message": frozenset({"greeting", "staff", "library", "patron", "code", "news", "date"}),
    # names, labels, options' lines and next steps, the news: shown as written
    "plain": frozenset(),
}
MESSAGE_KINDS = ("whatsapp", "sms", "email_subject", "email_body")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


# --- problems ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: what, and where (line and step, when known)."""

    message: Message
    line: int | None = None
    step: str | None = None

    def render(self, lang: Lang | str = DEFAULT_LANG, with_line: bool = True) -> str:
        where = []
        if self.line is not None and with_line:
            where.append(translate("pack.where_line", lang, line=self.line))
        if self.step is not None:
            where.append(translate("pack.where_step", lang, step=self.step))
        text = self.message.render(lang)
        return f"{', '.join(where)}: {text}" if where else text

    @property
    def key(self) -> str:
        return self.message.key


class PackError(DeskAssistantError):
    """A pack could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("pack.invalid", count=len(problems))

    def details(self, lang: Lang | str = DEFAULT_LANG) -> list[str]:
        return [problem.render(lang) for problem in self.problems]


# --- the model --------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalText:
    """A text in each of the pack's languages."""

    by_lang: Mapping[str, str]

    def get(self, lang: Lang | str) -> str:
        """The text in ``lang``, else in Indonesian, else in any language."""
        lang = str(lang)
        if lang in self.by_lang:
            return self.by_lang[lang]
        return self.by_lang.get(REQUIRED_LANGUAGE.value) or next(iter(self.by_lang.values()))


@dataclass(frozen=True)
class Phase:
    id: str
    label: LocalText


@dataclass(frozen=True)
class Choice:
    label: LocalText
    next: str
    need: Need | None = None


@dataclass(frozen=True)
class Variant:
    """What a step says differently for one audience segment."""

    text: LocalText | None = None
    hint: LocalText | None = None


@dataclass(frozen=True)
class Step:
    id: str
    phase: str
    text: LocalText
    hint: LocalText | None = None
    next: str | None = None
    choices: tuple[Choice, ...] = ()
    end: bool = False
    outcome: Outcome | None = None
    variants: Mapping[Segment, Variant] = field(default_factory=dict)
    unavailable: bool = False
    # The step takes the patron's contact details for a follow-up (a complaint, a request):
    # the interaction cannot close until the promise is recorded.
    follow_up: bool = False
    line: int | None = None

    def targets(self) -> Iterator[str]:
        if self.next is not None:
            yield self.next
        for choice in self.choices:
            yield choice.next

    def text_for(self, segment: Segment) -> LocalText:
        variant = self.variants.get(segment)
        return variant.text if variant is not None and variant.text is not None else self.text

    def hint_for(self, segment: Segment) -> LocalText | None:
        variant = self.variants.get(segment)
        return variant.hint if variant is not None and variant.hint is not None else self.hint


@dataclass(frozen=True)
class Option:
    """One thing the librarian can offer when material is unavailable."""

    id: str
    label: LocalText
    line: LocalText
    next_step: LocalText
    follow_up: bool


@dataclass(frozen=True)
class Readback:
    """What the close reads back, by kind of next step."""

    follow_up: LocalText
    no_contact: LocalText
    no_follow_up: LocalText
    declined: LocalText
    # Said before the next step at the desk ("Jadi, langkah selanjutnya:"); the slip, which
    # has its own heading, states the next step without it. Not before ``declined``.
    opener: LocalText | None = None


@dataclass(frozen=True)
class UnavailableSettings:
    follow_up_days: int
    readback: Readback


@dataclass(frozen=True)
class FollowUpScript:
    """What to say when calling a patron back, and the message templates."""

    call_script: tuple[tuple[str, LocalText], ...]
    news: LocalText
    messages: Mapping[str, LocalText]
    # The default news of a complaint or request (``news`` speaks of material).
    request_news: LocalText | None = None

    def default_news(self, request: bool) -> LocalText:
        return self.request_news if request and self.request_news is not None else self.news


@dataclass(frozen=True)
class ScriptPack:
    """A validated pack. ``source`` is the exact text it was loaded from."""

    id: str
    version: int
    name: LocalText
    languages: tuple[str, ...]
    phases: tuple[Phase, ...]
    greetings: Mapping[str, LocalText]
    start: str
    steps: Mapping[str, Step]
    options: tuple[Option, ...] = ()
    unavailable: UnavailableSettings | None = None
    follow_up: FollowUpScript | None = None
    source: str = field(default="", repr=False, compare=False)

    def option(self, option_id: str) -> Option:
        return next(option for option in self.options if option.id == option_id)

    @property
    def follow_up_options(self) -> frozenset[str]:
        return frozenset(option.id for option in self.options if option.follow_up)

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def phase_index(self, phase_id: str) -> int:
        return next(i for i, phase in enumerate(self.phases) if phase.id == phase_id)
