"""Roles and PINs: hashes only, lockout after five wrong tries, idle drop."""

from __future__ import annotations

import pytest

from desk_assistant.domain.roles import Role, hash_pin, verify_pin
from desk_assistant.errors import DeskAssistantError, ValidationError
from tests.conftest import FakeClock


def test_pin_is_stored_only_as_a_slow_salted_hash(services) -> None:  # type: ignore[no-untyped-def]
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    stored = services.app_state.get("pin.supervisor")
    assert stored.startswith("scrypt$16384$8$1$") and "482915" not in stored
    assert hash_pin("482915") != hash_pin("482915")  # salted
    assert verify_pin("482915", stored) and not verify_pin("482916", stored)
    raw = services.db.execute("SELECT group_concat(value) FROM app_state").fetchone()[0]
    assert "482915" not in raw
    assert [e.action for e in services.audit.entries()] == ["pin_set"]


@pytest.mark.parametrize("pin", ["", "12", "abcd", "12 34", "1234567890123"])
def test_pin_format(services, pin: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.auth.set_pin(Role.SUPERVISOR, pin, "Kepala")
    assert info.value.message.key == "pin.format"


def test_unlock_grants_and_supervisor_covers_trainer(services) -> None:  # type: ignore[no-untyped-def]
    auth = services.auth
    auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    assert auth.role is Role.DESK and not auth.allowed(Role.SUPERVISOR)
    with pytest.raises(DeskAssistantError) as info:
        auth.require(Role.SUPERVISOR)
    assert info.value.message.key == "role.required"
    auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    assert auth.allowed(Role.SUPERVISOR) and auth.allowed(Role.TRAINER)
    auth.set_pin(Role.TRAINER, "1111", "Kepala")  # the supervisor sets the trainer's PIN
    auth.lock()
    auth.unlock(Role.TRAINER, "1111", "Pelatih")
    assert auth.allowed(Role.TRAINER) and not auth.allowed(Role.SUPERVISOR)
    with pytest.raises(DeskAssistantError):
        auth.set_pin(Role.SUPERVISOR, "0000", "Pelatih")  # only a supervisor changes PINs
    assert "role_unlock" in [e.action for e in services.audit.entries()]


def test_five_wrong_pins_lock_the_role_for_five_minutes(services, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    auth = services.auth
    auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    for remaining in (4, 3, 2, 1):
        with pytest.raises(ValidationError) as info:
            auth.unlock(Role.SUPERVISOR, "000000", "X")
        assert info.value.message.params["remaining"] == remaining
    with pytest.raises(DeskAssistantError) as info:
        auth.unlock(Role.SUPERVISOR, "000000", "X")
    assert info.value.message.key == "pin.locked"
    with pytest.raises(DeskAssistantError) as info:
        auth.unlock(Role.SUPERVISOR, "482915", "Kepala")  # even the right PIN, while locked
    assert info.value.message.key == "pin.locked"
    assert "dikunci" in info.value.user_message("id")
    clock.advance(4 * 60)
    with pytest.raises(DeskAssistantError):
        auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    clock.advance(61)
    auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    assert auth.role is Role.SUPERVISOR
    assert "role_locked" in [e.action for e in services.audit.entries()]


def test_lockout_survives_a_restart(tmp_path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.app import build_services

    first = build_services(tmp_path / "d.db", clock)
    first.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    for _ in range(4):
        with pytest.raises(ValidationError):
            first.auth.unlock(Role.SUPERVISOR, "1", "X")
    first.close()
    second = build_services(tmp_path / "d.db", clock)
    with pytest.raises(DeskAssistantError) as info:
        second.auth.unlock(Role.SUPERVISOR, "2", "X")
    assert info.value.message.key == "pin.locked"
    second.close()


def test_elevated_role_drops_when_idle(services, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    auth = services.auth
    auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    clock.advance(4 * 60)
    auth.touch()  # activity keeps it
    clock.advance(4 * 60)
    assert auth.role is Role.SUPERVISOR
    clock.advance(5 * 60 + 1)
    assert auth.role is Role.DESK
