"""A checklist kept when the program is quit mid-interaction, offered back at the next start.

It holds what was typed (the checklist's fields, contact details included when the patron
consented and they were typed) and where the interaction stood. It is kept in the
database only until the next start offers it back: reopened or discarded, it is gone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from desk_assistant.domain.followup import CaseForm, Channel, Reason
from desk_assistant.domain.vocabulary import Segment

Walk = tuple[tuple[str, str | None, bool], ...]


@dataclass(frozen=True)
class Draft:
    form: CaseForm
    request: bool  # a complaint or request's form, not unavailable material
    walk: Walk
    segment: Segment

    @property
    def subject(self) -> str:
        """What the checklist is about, as typed (to name it when offering it back)."""
        return " ".join(self.form.title.split())

    def to_json(self) -> str:
        form = self.form
        return json.dumps(
            {
                "form": {
                    "reason": form.reason.value,
                    "title": form.title,
                    "author": form.author,
                    "call_number": form.call_number,
                    "options": list(form.options),
                    "explained": list(form.explained),
                    "declined": form.declined,
                    "consent": form.consent,
                    "name": form.name,
                    "phone": form.phone,
                    "email": form.email,
                    "channel": form.channel.value if form.channel else None,
                    "due": form.due.isoformat() if form.due else None,
                },
                "request": self.request,
                "walk": [list(visit) for visit in self.walk],
                "segment": self.segment.value,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Draft | None:
        """The draft written by :meth:`to_json`; None when there is none or it is unreadable."""
        if not text:
            return None
        try:
            data = json.loads(text)
            raw = data["form"]
            form = CaseForm(
                reason=Reason(raw["reason"]),
                title=str(raw["title"]),
                author=str(raw["author"]),
                call_number=str(raw["call_number"]),
                options=tuple(str(o) for o in raw["options"]),
                explained=tuple(str(o) for o in raw.get("explained", ())),
                declined=bool(raw["declined"]),
                consent=bool(raw["consent"]),
                name=str(raw["name"]),
                phone=str(raw["phone"]),
                email=str(raw["email"]),
                channel=Channel(raw["channel"]) if raw["channel"] else None,
                due=date.fromisoformat(raw["due"]) if raw["due"] else None,
            )
            walk = tuple(
                (str(step), str(need) if need else None, bool(unavailable))
                for step, need, unavailable in data["walk"]
            )
            return cls(form, bool(data["request"]), walk, Segment(data["segment"]))
        except (ValueError, KeyError, TypeError):
            return None
