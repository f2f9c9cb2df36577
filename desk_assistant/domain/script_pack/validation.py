"""Validating a pack as a whole: every problem, with its line and its step."""

from __future__ import annotations

import string
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

from desk_assistant.domain.script_pack.model import (
    _ID_RE,
    FORMAT_VERSION,
    GREETING_PERIODS,
    MAX_CHOICES,
    MESSAGE_KINDS,
    PLACEHOLDERS,
    PLACEHOLDERS_BY_KIND,
    REQUIRED_LANGUAGE,
    Choice,
    FollowUpScript,
    LocalText,
    Option,
    Phase,
    Problem,
    Readback,
    ScriptPack,
    Step,
    UnavailableSettings,
    Variant,
)
from desk_assistant.domain.script_pack.reader import _line_of, key_line
from desk_assistant.domain.vocabulary import Need, Outcome, Segment, known
from desk_assistant.i18n import Lang, Message

# --- validation -------------------------------------------------------------------------


class _Checker:
    """Collects problems while turning parsed data into a :class:`ScriptPack`."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = (REQUIRED_LANGUAGE.value,)
        self.step_ids: set[str] = set()
        # The kind of text being checked (see PLACEHOLDERS_BY_KIND).
        self.kind = "plain"

    def add(self, key: str, line: int | None, step: str | None = None, **params: Any) -> None:
        self.problems.append(Problem(Message(key, params), line=line, step=step))

    # -- primitive fields -----------------------------------------------------------------

    def require(
        self, data: Mapping[str, Any], name: str, line: int | None, step: str | None = None
    ) -> Any:
        if name not in data or data[name] is None:
            self.add("pack.missing_field", line, step, field=name)
            return None
        return data[name]

    def expect(
        self,
        value: Any,
        kind: type | tuple[type, ...],
        name: str,
        expected: str,
        line: int | None,
        step: str | None = None,
    ) -> bool:
        if value is None:
            return False
        ok = False if isinstance(value, bool) and kind is int else isinstance(value, kind)
        if not ok:
            self.add(
                "pack.wrong_type",
                _line_of(value) or line,
                step,
                field=name,
                expected=Message(_KINDS.get(expected, "pack.kind.text"), {}),
            )
        return ok

    def identifier(self, value: Any, name: str, line: int | None, step: str | None = None) -> bool:
        if not self.expect(value, str, name, "text", line, step):
            return False
        if not _ID_RE.match(value):
            self.add("pack.bad_id", line, step, value=value)
            return False
        return True

    def unknown_fields(
        self, data: Mapping[str, Any], allowed: Iterable[str], line: int | None, step: str | None
    ) -> None:
        for name in data:
            if name not in allowed:
                self.add("pack.unknown_field", key_line(data, name, line), step, field=name)

    def local_text(
        self, value: Any, name: str, line: int | None, step: str | None = None
    ) -> LocalText | None:
        """A per-language text: a mapping of language code to non-empty string."""
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.add(
                "pack.wrong_type",
                _line_of(value) or line,
                step,
                field=name,
                expected=Message("pack.kind.local_text", {}),
            )
            return None
        line = _line_of(value) or line
        texts: dict[str, str] = {}
        for lang, text in value.items():
            if lang not in {item.value for item in Lang}:
                self.add("pack.unknown_language", line, step, lang=lang, known=known(Lang))
                continue
            if not isinstance(text, str):
                self.add(
                    "pack.wrong_type",
                    line,
                    step,
                    field=f"{name}.{lang}",
                    expected=Message("pack.kind.text", {}),
                )
                continue
            if not text.strip():
                self.add("pack.empty_text", line, step, field=name, lang=lang)
                continue
            texts[lang] = text
        for lang in self.languages:
            if lang not in value:
                self.add("pack.missing_translation", line, step, field=name, lang=lang)
        self.placeholders(texts, name, line, step)
        return LocalText(texts) if texts else None

    def placeholders(
        self, texts: Mapping[str, str], name: str, line: int | None, step: str | None
    ) -> None:
        found: dict[str, set[str]] = {}
        malformed: list[str] = []
        unknown: dict[str, list[str]] = {}
        for lang, text in texts.items():
            try:
                names = {
                    field_name
                    for _, field_name, _, _ in string.Formatter().parse(text)
                    if field_name is not None
                }
            except ValueError:
                malformed.append(lang)
                continue
            allowed = PLACEHOLDERS_BY_KIND[self.kind]
            for placeholder in sorted(names - allowed):
                unknown.setdefault(placeholder, []).append(lang)
            found[lang] = names & allowed
        # One message for a mistake made alike in every language.
        if malformed:
            self.add("pack.bad_placeholder", line, step, field=f"{name}.{'/'.join(malformed)}")
        allowed_here = PLACEHOLDERS_BY_KIND[self.kind]
        for placeholder, langs in unknown.items():
            self.add(
                "pack.placeholder_not_here"
                if placeholder in PLACEHOLDERS
                else "pack.unknown_placeholder",
                line,
                step,
                field=f"{name}.{'/'.join(langs)}",
                name=placeholder,
                allowed=", ".join(f"{{{p}}}" for p in sorted(allowed_here))
                or Message("pack.no_placeholders", {}),
            )
        if malformed or unknown:
            return
        if len({frozenset(names) for names in found.values()}) > 1:
            detail = "; ".join(
                f"{lang}: {', '.join(sorted(names)) or '—'}" for lang, names in found.items()
            )
            self.add("pack.placeholder_mismatch", line, step, field=name, detail=detail)

    # -- the pack -------------------------------------------------------------------------

    def pack(self, data: Any, source: str) -> ScriptPack | None:
        if not isinstance(data, Mapping):
            self.add("pack.not_mapping", _line_of(data) or 1)
            return None
        top_line = _line_of(data) or 1
        self.unknown_fields(data, _TOP_FIELDS, top_line, None)

        fmt = self.require(data, "format_version", top_line)
        fmt_line = key_line(data, "format_version", top_line)
        fmt_ok = self.expect(fmt, int, "format_version", "a whole number", fmt_line)
        if fmt_ok and fmt != FORMAT_VERSION:
            self.add("pack.bad_format_version", fmt_line, found=fmt, supported=FORMAT_VERSION)
            return None
        pack_id = self.require(data, "id", top_line)
        self.identifier(pack_id, "id", key_line(data, "id", top_line))
        version = self.require(data, "version", top_line)
        version_line = key_line(data, "version", top_line)
        if self.expect(version, int, "version", "a whole number", version_line) and not (
            1 <= version <= 1_000_000
        ):
            self.add("pack.bad_number", version_line, field="version", low=1, high=1_000_000)

        languages = self.require(data, "languages", top_line)
        if self.expect(
            languages, list, "languages", "a list", key_line(data, "languages", top_line)
        ):
            langs: list[str] = []
            for lang in languages:
                if lang not in {item.value for item in Lang}:
                    self.add(
                        "pack.unknown_language",
                        _line_of(languages),
                        lang=lang,
                        known=known(Lang),
                    )
                elif lang not in langs:
                    langs.append(lang)
            if REQUIRED_LANGUAGE.value not in langs:
                self.add(
                    "pack.missing_required_language",
                    _line_of(languages),
                    lang=REQUIRED_LANGUAGE.value,
                )
                langs.insert(0, REQUIRED_LANGUAGE.value)
            self.languages = tuple(langs)

        name = self.local_text(self.require(data, "name", top_line), "name", top_line)

        # Each section is checked at the line of its own key.
        def at(key: str) -> int:
            return key_line(data, key, top_line) or top_line

        phases = self.phases(self.require(data, "phases", top_line), at("phases"))
        greetings = self.greetings(self.require(data, "greetings", top_line), at("greetings"))
        steps = self.steps(self.require(data, "steps", top_line), at("steps"), phases)
        options = self.options(data.get("options"), at("options"))
        unavailable = self.unavailable_settings(data.get("unavailable"), at("unavailable"))
        follow_up = self.follow_up_script(data.get("follow_up"), at("follow_up"))
        for step in steps.values():
            if step.unavailable and (not options or unavailable is None):
                self.add("pack.unavailable_without_options", step.line, step.id)
            if step.follow_up and (
                not any(option.follow_up for option in options) or unavailable is None
            ):
                self.add("pack.follow_up_step_without_option", step.line, step.id)
        start = self.require(data, "start", top_line)
        start_line = key_line(data, "start", top_line)
        # A start step refused for a mistake of its own: that mistake is its message.
        start_ok = self.expect(start, str, "start", "text", start_line)
        if start_ok and start not in steps and start not in self.step_ids:
            self.add("pack.unknown_start", start_line, target=start)
        if steps and isinstance(start, str) and start in steps:
            self.graph(steps, start)
        # One mistake, one message: a later stage's problems (a reference to a step that
        # was refused, a step no longer reachable) are consequences of an earlier one's.
        self.problems = earliest_stage(self.problems)
        if self.problems or name is None:
            return None
        assert isinstance(pack_id, str) and isinstance(version, int)
        return ScriptPack(
            id=pack_id,
            version=version,
            name=name,
            languages=self.languages,
            phases=tuple(phases),
            greetings=greetings,
            start=start,
            steps=steps,
            options=tuple(options),
            unavailable=unavailable,
            follow_up=follow_up,
            source=source,
        )

    def phases(self, value: Any, line: int) -> list[Phase]:
        phases: list[Phase] = []
        if not self.expect(value, list, "phases", "a list", line):
            return phases
        if not value:
            self.add("pack.empty_list", line, field="phases")
        seen: set[str] = set()
        for item in value:
            item_line = _line_of(item) or _line_of(value) or line
            if not self.expect(item, Mapping, "phases[]", "{id: …, label: …}", item_line):
                continue
            self.unknown_fields(item, ("id", "label"), item_line, None)
            phase_id = self.require(item, "id", item_line)
            label = self.local_text(self.require(item, "label", item_line), "label", item_line)
            if not self.identifier(phase_id, "phases[].id", item_line):
                continue
            if phase_id in seen:
                self.add("pack.duplicate_id", item_line, value=phase_id)
                continue
            seen.add(phase_id)
            if label is not None:
                phases.append(Phase(phase_id, label))
        return phases

    def greetings(self, value: Any, line: int) -> dict[str, LocalText]:
        greetings: dict[str, LocalText] = {}
        if not self.expect(value, Mapping, "greetings", "a mapping", line):
            return greetings
        g_line = line
        self.unknown_fields(value, GREETING_PERIODS, g_line, None)
        for period in GREETING_PERIODS:
            text = self.local_text(
                self.require(value, period, g_line), f"greetings.{period}", g_line
            )
            if text is not None:
                greetings[period] = text
        return greetings

    def steps(self, value: Any, line: int, phases: list[Phase]) -> dict[str, Step]:
        steps: dict[str, Step] = {}
        if not self.expect(value, list, "steps", "a list", line):
            return steps
        if not value:
            self.add("pack.empty_list", line, field="steps")
        phase_ids = [phase.id for phase in phases]
        last_phase = phase_ids[-1] if phase_ids else None
        raw_steps: list[tuple[Mapping[str, Any], int]] = []
        for item in value:
            item_line = _line_of(item) or _line_of(value) or line
            if self.expect(item, Mapping, "steps[]", "a mapping", item_line):
                raw_steps.append((item, item_line))
        ids = [item.get("id") for item, _ in raw_steps]
        self.step_ids = {i for i in ids if isinstance(i, str)}
        seen: set[str] = set()
        for item, item_line in raw_steps:
            step_id = item.get("id")
            if step_id is None:
                self.add("pack.missing_field", item_line, field="id")
                continue
            if not self.identifier(step_id, "id", item_line):
                continue
            if step_id in seen:
                self.add("pack.duplicate_id", item_line, step_id, value=step_id)
                continue
            seen.add(step_id)
            step = self.step(item, item_line, step_id, phase_ids, last_phase, ids)
            if step is not None:
                steps[step_id] = step
        if raw_steps and not any(item.get("end") is True for item, _ in raw_steps):
            self.add("pack.no_end_step", line)
        return steps

    def step(
        self,
        data: Mapping[str, Any],
        line: int,
        step_id: str,
        phase_ids: list[str],
        last_phase: str | None,
        ids: list[Any],
    ) -> Step | None:
        problems_before = len(self.problems)
        self.kind = "step"
        self.unknown_fields(data, _STEP_FIELDS, line, step_id)
        phase = self.require(data, "phase", line, step_id)
        phase_line = key_line(data, "phase", line)
        if self.expect(phase, str, "phase", "text", phase_line, step_id) and phase not in phase_ids:
            self.add("pack.unknown_phase", phase_line, step_id, phase=phase)

        def at(key: str) -> int:
            return key_line(data, key, line) or line

        text = self.local_text(
            self.require(data, "text", line, step_id), "text", at("text"), step_id
        )
        hint = self.local_text(data.get("hint"), "hint", at("hint"), step_id)
        end = data.get("end", False)
        self.expect(end, bool, "end", "true or false", key_line(data, "end", line), step_id)
        next_step = data.get("next")
        next_line = key_line(data, "next", line)
        next_ok = next_step is not None and self.expect(
            next_step, str, "next", "text", next_line, step_id
        )
        if next_ok and next_step not in ids:
            self.add("pack.unknown_target", next_line, step_id, target=next_step)
        choices = self.choices(data.get("choices"), at("choices"), step_id, ids)
        if end is True:
            if next_step is not None or choices:
                self.add("pack.end_with_exits", line, step_id)
            if last_phase is not None and phase in phase_ids and phase != last_phase:
                self.add("pack.no_close_phase_end", line, step_id, phase=last_phase)
        else:
            if next_step is None and not choices and data.get("choices") is None:
                self.add("pack.dead_end", line, step_id)
            if next_step is not None and choices:
                self.add("pack.next_and_choices", line, step_id)
        outcome_value = data.get("outcome")
        outcome: Outcome | None = None
        if outcome_value is not None and self.expect(
            outcome_value, str, "outcome", "text", at("outcome"), step_id
        ):
            if outcome_value in {item.value for item in Outcome}:
                outcome = Outcome(outcome_value)
            else:
                self.add(
                    "pack.unknown_outcome",
                    at("outcome"),
                    step_id,
                    outcome=outcome_value,
                    known=known(Outcome),
                )
        variants = self.variants(data.get("variants"), at("variants"), step_id)
        unavailable = data.get("unavailable", False)
        self.expect(unavailable, bool, "unavailable", "true or false", at("unavailable"), step_id)
        follow_up = data.get("follow_up", False)
        self.expect(follow_up, bool, "follow_up", "true or false", at("follow_up"), step_id)
        if unavailable is True and follow_up is True:
            self.add("pack.unavailable_and_follow_up", line, step_id)
        self.kind = "plain"
        if len(self.problems) > problems_before or text is None:
            return None
        return Step(
            id=step_id,
            phase=phase,
            text=text,
            hint=hint,
            next=next_step,
            choices=tuple(choices),
            end=end is True,
            outcome=outcome,
            variants=variants,
            unavailable=unavailable is True,
            follow_up=follow_up is True,
            line=line,
        )

    def choices(self, value: Any, line: int, step_id: str, ids: list[Any]) -> list[Choice]:
        choices: list[Choice] = []
        if value is None:
            return choices
        if not self.expect(value, list, "choices", "a list", line, step_id):
            return choices
        if not value:
            self.add("pack.empty_list", line, step_id, field="choices")
        if len(value) > MAX_CHOICES:
            self.add("pack.too_many_choices", line, step_id, count=len(value))
        for item in value:
            item_line = _line_of(item) or _line_of(value) or line
            if not self.expect(item, Mapping, "choices[]", "a mapping", item_line, step_id):
                continue
            self.unknown_fields(item, ("label", "next", "need"), item_line, step_id)
            label = self.local_text(
                self.require(item, "label", item_line, step_id), "label", item_line, step_id
            )
            target = self.require(item, "next", item_line, step_id)
            target_line = key_line(item, "next", item_line)
            if self.expect(target, str, "next", "text", target_line, step_id) and target not in ids:
                self.add("pack.unknown_target", target_line, step_id, target=target)
            need_value = item.get("need")
            need: Need | None = None
            if need_value is not None and self.expect(
                need_value, str, "need", "text", item_line, step_id
            ):
                if need_value in {n.value for n in Need}:
                    need = Need(need_value)
                else:
                    self.add(
                        "pack.unknown_need",
                        key_line(item, "need", item_line),
                        step_id,
                        need=need_value,
                        known=known(Need),
                    )
            if label is not None and isinstance(target, str):
                choices.append(Choice(label=label, next=target, need=need))
        return choices

    def variants(self, value: Any, line: int, step_id: str) -> dict[Segment, Variant]:
        variants: dict[Segment, Variant] = {}
        if value is None:
            return variants
        if not self.expect(value, Mapping, "variants", "a mapping", line, step_id):
            return variants
        v_line = line
        for segment_name, variant in value.items():
            if segment_name not in {s.value for s in Segment}:
                self.add(
                    "pack.unknown_segment",
                    _line_of(variant) or v_line,
                    step_id,
                    segment=segment_name,
                    known=known(Segment),
                )
                continue
            item_line = _line_of(variant) or v_line
            if not self.expect(
                variant, Mapping, f"variants.{segment_name}", "a mapping", item_line, step_id
            ):
                continue
            self.unknown_fields(variant, ("text", "hint"), item_line, step_id)
            variants[Segment(segment_name)] = Variant(
                text=self.local_text(
                    variant.get("text"), f"variants.{segment_name}.text", item_line, step_id
                ),
                hint=self.local_text(
                    variant.get("hint"), f"variants.{segment_name}.hint", item_line, step_id
                ),
            )
        return variants

    def options(self, value: Any, line: int) -> list[Option]:
        options: list[Option] = []
        if value is None or not self.expect(value, list, "options", "a list", line):
            return options
        if not value:
            self.add("pack.empty_list", _line_of(value) or line, field="options")
        if len(value) > MAX_CHOICES:
            self.add("pack.too_many_choices", _line_of(value) or line, count=len(value))
        seen: set[str] = set()
        for item in value:
            item_line = _line_of(item) or _line_of(value) or line
            if not self.expect(item, Mapping, "options[]", "a mapping", item_line):
                continue
            self.unknown_fields(item, _OPTION_FIELDS, item_line, None)
            option_id = self.require(item, "id", item_line)
            if not self.identifier(option_id, "options[].id", item_line):
                continue
            if option_id in seen:
                self.add("pack.duplicate_id", item_line, value=option_id)
                continue
            seen.add(option_id)
            label = self.local_text(self.require(item, "label", item_line), "label", item_line)
            say = self.local_text(self.require(item, "line", item_line), "line", item_line)
            next_step = self.local_text(
                self.require(item, "next_step", item_line), "next_step", item_line
            )
            follow_up = item.get("follow_up", False)
            self.expect(follow_up, bool, "follow_up", "true or false", item_line)
            if label is not None and say is not None and next_step is not None:
                options.append(Option(option_id, label, say, next_step, follow_up is True))
        return options

    def unavailable_settings(self, value: Any, line: int) -> UnavailableSettings | None:
        if value is None or not self.expect(value, Mapping, "unavailable", "a mapping", line):
            return None
        u_line = line
        self.unknown_fields(value, ("follow_up_days", "readback"), u_line, None)
        days = self.require(value, "follow_up_days", u_line)
        if self.expect(days, int, "follow_up_days", "a whole number", u_line) and not (
            0 <= days <= 60
        ):
            self.add("pack.bad_number", u_line, field="follow_up_days", low=0, high=60)
        readback = self.require(value, "readback", u_line)
        if not self.expect(readback, Mapping, "readback", "a mapping", u_line):
            return None
        r_line = key_line(value, "readback", u_line) or u_line
        kinds = ("follow_up", "no_contact", "no_follow_up", "declined")
        self.unknown_fields(readback, (*kinds, "opener"), r_line, None)
        self.kind = "readback"
        texts = {
            kind: self.local_text(self.require(readback, kind, r_line), f"readback.{kind}", r_line)
            for kind in kinds
        }
        self.kind = "plain"
        opener = self.local_text(readback.get("opener"), "readback.opener", r_line)
        if not isinstance(days, int) or any(text is None for text in texts.values()):
            return None
        return UnavailableSettings(
            follow_up_days=days,
            readback=Readback(**texts, opener=opener),  # type: ignore[arg-type]
        )

    def follow_up_script(self, value: Any, line: int) -> FollowUpScript | None:
        if value is None or not self.expect(value, Mapping, "follow_up", "a mapping", line):
            return None
        f_line = line
        self.unknown_fields(
            value, ("call_script", "news", "request_news", "messages"), f_line, None
        )
        script = self.require(value, "call_script", f_line)
        lines: list[tuple[str, LocalText]] = []
        if self.expect(script, list, "call_script", "a list", f_line):
            if not script:
                self.add("pack.empty_list", _line_of(script) or f_line, field="call_script")
            seen: set[str] = set()
            for item in script:
                item_line = _line_of(item) or _line_of(script) or f_line
                if not self.expect(item, Mapping, "call_script[]", "a mapping", item_line):
                    continue
                self.unknown_fields(item, ("id", "text"), item_line, None)
                line_id = self.require(item, "id", item_line)
                if not self.identifier(line_id, "call_script[].id", item_line):
                    continue
                if line_id in seen:
                    self.add("pack.duplicate_id", item_line, value=line_id)
                    continue
                seen.add(line_id)
                self.kind = "call_script"
                text = self.local_text(self.require(item, "text", item_line), "text", item_line)
                self.kind = "plain"
                if text is not None:
                    lines.append((line_id, text))
        news = self.local_text(self.require(value, "news", f_line), "news", f_line)
        request_news = (
            self.local_text(value["request_news"], "request_news", f_line)
            if "request_news" in value
            else None
        )
        messages_value = self.require(value, "messages", f_line)
        messages: dict[str, LocalText] = {}
        if self.expect(messages_value, Mapping, "messages", "a mapping", f_line):
            m_line = _line_of(messages_value) or f_line
            self.unknown_fields(messages_value, MESSAGE_KINDS, m_line, None)
            for kind in MESSAGE_KINDS:
                self.kind = "message"
                text = self.local_text(
                    self.require(messages_value, kind, m_line), f"messages.{kind}", m_line
                )
                self.kind = "plain"
                if text is not None:
                    messages[kind] = text
        if news is None or len(messages) != len(MESSAGE_KINDS):
            return None
        return FollowUpScript(tuple(lines), news, messages, request_news)

    def graph(self, steps: Mapping[str, Step], start: str) -> None:
        """Every step reachable from the start, and from every step a way to an end."""
        reachable = _reach([start], lambda s: steps[s].targets() if s in steps else ())
        predecessors: dict[str, list[str]] = {step_id: [] for step_id in steps}
        for step in steps.values():
            for target in step.targets():
                predecessors.setdefault(target, []).append(step.id)
        ends = [step.id for step in steps.values() if step.end]
        can_close = _reach(ends, lambda s: predecessors.get(s, ()))
        for step in steps.values():
            if step.id not in reachable:
                self.add("pack.unreachable_step", step.line, step.id)
            elif step.id not in can_close:
                self.add("pack.no_way_to_close", step.line, step.id)


def _reach(starts: Iterable[str], edges: Any) -> set[str]:
    seen = set(starts)
    queue = deque(seen)
    while queue:
        for target in edges(queue.popleft()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


_TOP_FIELDS = (
    "format_version",
    "id",
    "version",
    "name",
    "languages",
    "phases",
    "greetings",
    "start",
    "steps",
    "options",
    "unavailable",
    "follow_up",
)
_OPTION_FIELDS = ("id", "label", "line", "next_step", "follow_up")
_STEP_FIELDS = (
    "id",
    "phase",
    "text",
    "hint",
    "next",
    "choices",
    "end",
    "outcome",
    "variants",
    "unavailable",
    "follow_up",
)


# The words of ``expect``'s callers, as the message keys that say them in each language.
_KINDS = {
    "text": "pack.kind.text",
    "a whole number": "pack.kind.whole_number",
    "a mapping": "pack.kind.mapping",
    "a list": "pack.kind.list",
    "true or false": "pack.kind.true_false",
    "{id: …, en: …}": "pack.kind.local_text",
    "{id: …, label: …}": "pack.kind.phase",
}

# The stages of validation. What a file says wrongly in itself (structure) comes first;
# then what refers to something that is not there (references); then the flow through the
# steps. Only the earliest stage with problems is reported: the later ones are, as a
# rule, consequences (a step refused for its own mistake is "missing" to every step that
# leads to it, and the steps after it "cannot be reached").
_REFERENCES = frozenset(
    {
        "pack.unknown_target",
        "pack.unknown_start",
        "pack.unknown_phase",
        "pack.unknown_need",
        "pack.unavailable_without_options",
        "pack.follow_up_step_without_option",
    }
)
# A step with no way on, or no end at all, is a mistake of the flow; the steps it leaves
# unreachable, or without a way to the close, follow from it.
_FLOW = frozenset({"pack.dead_end", "pack.no_end_step"})
_REACH = frozenset({"pack.unreachable_step", "pack.no_way_to_close"})


def _stage(problem: Problem) -> int:
    if problem.key in _REACH:
        return 4
    if problem.key in _FLOW:
        return 3
    return 2 if problem.key in _REFERENCES else 1


def earliest_stage(problems: list[Problem]) -> list[Problem]:
    """The problems of the earliest stage that has any (see above)."""
    if not problems:
        return problems
    first = min(_stage(problem) for problem in problems)
    return [problem for problem in problems if _stage(problem) == first]
