"""What patrons say of the service: a rating at the close, and the SKM survey.

**Ratings** (on by default; the supervisor may turn them off): at the close the patron, or
the librarian for them, gives 1-4, or skips with one key ("no answer", counted as such). A
rating is stored with what the service was — need, outcome, segment, language, desk and
the hour — and never with the interaction it followed nor the staff member who served:
per staff member only a month's totals are kept, and they are shown only for a month in
which that person served at least :data:`STAFF_THRESHOLD` patrons, so that no rating can
be traced back to a patron by its time.

**The SKM** (PermenPANRB 14/2017): the supervisor starts and ends a survey period; during
it, patrons answer the nine elements after service (every field optional but an answer
to at least one element), with their profile if they wish and a suggestion that must not
carry a phone number or an e-mail address. The index is computed as the regulation says
(:mod:`desk_assistant.domain.skm`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import contact_in_text
from desk_assistant.domain.roles import Role
from desk_assistant.domain.shift import InteractionRecord
from desk_assistant.domain.skm import (
    AGE_BANDS,
    EDUCATION,
    OCCUPATIONS,
    SEXES,
    Element,
    SkmReport,
    compute,
    sample_needed,
)
from desk_assistant.errors import ValidationError
from desk_assistant.services.auth import AuthService
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.feedback import FeedbackRepository, Period

STAFF_THRESHOLD = 20  # patrons a staff member served in a month before their month shows
SUGGESTION_MAX = 500
RATINGS_KEY = "satisfaction_ratings"  # "0": the supervisor turned them off
BREAKDOWNS = ("need", "outcome", "segment", "desk")
_PROFILE_CHOICES = {
    "sex": SEXES,
    "age_band": AGE_BANDS,
    "education": EDUCATION,
    "occupation": OCCUPATIONS,
}


@dataclass(frozen=True)
class Satisfaction:
    """Ratings of one part (a need, a desk…; "" for all)."""

    value: str
    answered: int
    average: float | None  # None: nobody answered
    no_answer: int


class FeedbackService:
    def __init__(
        self,
        repo: FeedbackRepository,
        state: AppState,
        audit: AuditLog,
        clock: Clock,
        auth: AuthService,
    ) -> None:
        self.repo = repo
        self.state = state
        self.audit = audit
        self.clock = clock
        self.auth = auth

    # --- ratings at the close ----------------------------------------------------------

    def ratings_on(self) -> bool:
        return self.state.get(RATINGS_KEY, "1") != "0"

    def set_ratings_on(self, on: bool, who: str) -> None:
        self.auth.require(Role.SUPERVISOR)
        self.state.set(RATINGS_KEY, "1" if on else "0")
        self.audit.record(
            self.clock(), who, self.auth.role.value, "settings_change", {"ratings": on}
        )

    def rate(self, record: InteractionRecord, rating: int | None) -> None:
        """The patron's rating of the service just ended (None: skipped, "no answer")."""
        value = 0 if rating is None else int(rating)
        if not 0 <= value <= 4:
            raise ValidationError("feedback.rating_range")
        self.repo.add_rating(
            record.ended_at,
            record.desk,
            record.staff,
            record.need.value if record.need else None,
            record.outcome.value,
            record.segment.value,
            record.language,
            value,
        )

    def satisfaction(self, since: date, until: date, by: str = "") -> list[Satisfaction]:
        return [
            Satisfaction(value, answered, total / answered if answered else None, skipped)
            for value, answered, total, skipped in self.repo.ratings(since, until, by)
        ]

    def staff_satisfaction(self, since: date, until: date) -> list[tuple[str, str, Satisfaction]]:
        """(month, staff member, their ratings), only for months in which they served at
        least STAFF_THRESHOLD patrons (the supervisor's)."""
        self.auth.require(Role.SUPERVISOR)
        rows = self.repo.staff_months(since.isoformat()[:7], until.isoformat()[:7])
        return [
            (month, staff, Satisfaction(staff, r, t / r if r else None, served - r))
            for month, staff, served, r, t in rows
            if served >= STAFF_THRESHOLD
        ]

    # --- the SKM survey ----------------------------------------------------------------

    def survey(self) -> Period | None:
        """The survey period running now, if any."""
        return self.repo.current_period()

    def start_survey(self, who: str) -> Period:
        self.auth.require(Role.SUPERVISOR)
        if self.repo.current_period() is not None:
            raise ValidationError("skm.already_running")
        period = self.repo.start_period(self.clock(), who)
        self.audit.record(self.clock(), who, self.auth.role.value, "skm_started", {})
        return period

    def end_survey(self, who: str) -> Period:
        self.auth.require(Role.SUPERVISOR)
        period = self.repo.current_period()
        if period is None:
            raise ValidationError("skm.not_running")
        # Two desks apart from the library server may each have started one: both end.
        for running in self.repo.running_periods():
            self.repo.end_period(running.id, self.clock(), who)
        self.audit.record(self.clock(), who, self.auth.role.value, "skm_ended", {})
        return period

    def answer_survey(
        self,
        answers: Mapping[Element, int],
        desk: str,
        profile: Mapping[str, str] | None = None,
        suggestion: str = "",
    ) -> None:
        """A patron's answers (anyone at the desk may take them; no one is named)."""
        period = self.repo.current_period()
        if period is None:
            raise ValidationError("skm.not_running")
        given = {Element(e): int(v) for e, v in answers.items() if v}
        if not given:
            raise ValidationError("skm.no_answer")
        if any(not 1 <= v <= 4 for v in given.values()):
            raise ValidationError("feedback.rating_range")
        chosen = {k: v for k, v in (profile or {}).items() if v}
        for key, value in chosen.items():
            if key in _PROFILE_CHOICES and value not in _PROFILE_CHOICES[key]:
                raise ValidationError("skm.bad_profile", field=key)
        text = " ".join(suggestion.split())
        if len(text) > SUGGESTION_MAX:
            raise ValidationError("skm.suggestion_long", limit=SUGGESTION_MAX)
        if contact_in_text(text):
            raise ValidationError("skm.suggestion_contact")
        self.repo.add_response(period.id, self.clock().date(), desk, given, chosen, text)

    def skm_report(self, since: date, until: date) -> SkmReport:
        """The SKM of the answers given from ``since`` to ``until`` (the supervisor's, or a
        scheduled export's)."""
        self.auth.require(Role.SCHEDULED)
        responses = self.repo.responses(since, until)
        result = compute((r.answers for r in responses), (r.suggestion for r in responses))
        population = self.repo.population(since, until + timedelta(days=1))
        profiles = Counter((key, value) for r in responses for key, value in r.profile.items())
        return SkmReport(
            since, until, result, population, sample_needed(population), dict(profiles),
            self.clock(), tuple(r.answers for r in responses),
        )  # fmt: skip

    def survey_span(self, since: date | None, until: date | None) -> tuple[date, date]:
        """The days an SKM report covers: those given, else the latest survey period's
        (up to today while it runs), else this year up to today."""
        today = self.clock().date()
        periods = self.repo.periods()
        if periods:
            last = periods[-1]
            first_day = last.started_at.date()
            last_day = last.ended_at.date() if last.ended_at else today
        else:
            first_day, last_day = today.replace(month=1, day=1), today
        return since or first_day, until or last_day

    def export_skm(
        self, fmt: str, since: date, until: date, path: Path, who: str, lang: str, library: str
    ) -> int:
        """The SKM report as a PDF or a workbook (recorded); returns the respondents."""
        from desk_assistant.exports.skm import write_skm_pdf, write_skm_xlsx

        report = self.skm_report(since, until)
        write = write_skm_pdf if fmt == "pdf" else write_skm_xlsx
        write(report, path, lang, library)
        self.audit.record(
            self.clock(),
            who,
            self.auth.role.value,
            "export",
            {
                "what": "skm",
                "format": fmt,
                "since": since.isoformat(),
                "until": until.isoformat(),
                "rows": report.result.respondents,
            },
        )
        return report.result.respondents
