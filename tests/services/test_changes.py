"""The services say what they changed; a listener that fails never undoes the change."""

from __future__ import annotations

from desk_assistant.domain.followup import Status
from desk_assistant.services.changes import Topic
from tests.packs import make_followup


def test_each_kind_of_change_is_announced_once_it_is_stored(services) -> None:  # type: ignore[no-untyped-def]
    heard: list[Topic] = []
    unsubscribe = services.changes.subscribe(heard.append)
    followup = make_followup(services)
    services.followups.change_status(followup.id, Status.IN_PROGRESS, "SW")
    services.desk.start_shift("SW", "Meja 1")
    services.auth.lock()
    assert heard == [Topic.FOLLOWUPS, Topic.SHIFT, Topic.ROLE]
    unsubscribe()
    services.desk.end_shift()
    assert heard == [Topic.FOLLOWUPS, Topic.SHIFT, Topic.ROLE]


def test_a_failing_listener_does_not_undo_the_change(services, caplog) -> None:  # type: ignore[no-untyped-def]
    def broken(topic: Topic) -> None:
        raise RuntimeError("the screen is gone")

    services.changes.subscribe(broken)
    followup = make_followup(services)
    with caplog.at_level("ERROR"):
        changed = services.followups.change_status(followup.id, Status.RESOLVED, "SW")
    assert changed.status is Status.RESOLVED
    assert services.followups.get(followup.id).status is Status.RESOLVED
    assert "A listener of followups changes failed" in caplog.text
