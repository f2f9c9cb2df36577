"""Roles and PINs: slow hashes only, a lockout that grows, recovery, idle drop."""

from __future__ import annotations

import pytest

from desk_assistant.domain.roles import Role, hash_pin, verify_pin
from desk_assistant.errors import DeskAssistantError, ValidationError
from tests.conftest import FakeClock


@pytest.fixture
def services(services):  # type: ignore[no-untyped-def]
    """Here everyone starts at the desk, as in the application."""
    services.auth.lock()
    return services


def test_pin_is_stored_only_as_a_slow_salted_hash(services) -> None:  # type: ignore[no-untyped-def]
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    stored = services._store.app_state.get("pin.supervisor")
    assert stored.startswith("scrypt$65536$8$1$") and "482915" not in stored
    assert hash_pin("482915") != hash_pin("482915")  # salted
    assert verify_pin("482915", stored) and not verify_pin("482916", stored)
    raw = services._store.db.execute("SELECT group_concat(value) FROM app_state").fetchone()[0]
    assert "482915" not in raw
    assert [e.action for e in services._store.audit.entries()] == ["pin_set"]


def test_a_pin_costs_at_least_a_tenth_of_a_second_to_try() -> None:
    import time

    stored = hash_pin("482915")
    started = time.perf_counter()
    verify_pin("000000", stored)
    assert time.perf_counter() - started >= 0.1


@pytest.mark.parametrize("pin", ["", "12", "1234", "12345", "abcd", "kata sa", "9" * 65])
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
    auth.set_pin(Role.TRAINER, "pelatih yang baik", "Kepala")  # a passphrase will do
    auth.lock()
    auth.unlock(Role.TRAINER, "pelatih yang baik", "Pelatih")
    assert auth.allowed(Role.TRAINER) and not auth.allowed(Role.SUPERVISOR)
    with pytest.raises(DeskAssistantError):
        auth.set_pin(Role.SUPERVISOR, "000000", "Pelatih")  # only a supervisor changes PINs
    assert "role_unlock" in [e.action for e in services._store.audit.entries()]


def test_wrong_pins_lock_the_role_for_longer_and_longer(services, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    auth = services.auth
    auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    for remaining in (4, 3, 2, 1):
        with pytest.raises(ValidationError) as info:
            auth.unlock(Role.SUPERVISOR, "000000", "X")
        assert info.value.message.params["remaining"] == remaining
    waits = []
    for _ in range(4):  # the fifth wrong PIN locks for 1 minute, then 2, 4, 8
        with pytest.raises(DeskAssistantError) as info:
            auth.unlock(Role.SUPERVISOR, "000000", "X")
        assert info.value.message.key == "pin.locked"
        waits.append(info.value.message.params["minutes"])
        with pytest.raises(DeskAssistantError) as info:
            auth.unlock(Role.SUPERVISOR, "482915", "Kepala")  # even the right PIN, while locked
        assert info.value.message.key == "pin.locked"
        clock.advance(auth.locked_for(Role.SUPERVISOR) + 1)
    assert waits == [1, 2, 4, 8]
    assert "dikunci" in info.value.user_message("id")
    auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    assert auth.role is Role.SUPERVISOR
    assert "role_locked" in [e.action for e in services._store.audit.entries()]
    auth.lock()
    with pytest.raises(ValidationError) as info:  # a success starts the count again
        auth.unlock(Role.SUPERVISOR, "000000", "X")
    assert info.value.message.params["remaining"] == 4


def test_the_lockout_cannot_be_lifted_by_editing_settings(services) -> None:  # type: ignore[no-untyped-def]
    auth = services.auth
    auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    for _ in range(5):
        with pytest.raises(DeskAssistantError):
            auth.unlock(Role.SUPERVISOR, "000000", "X")
    services._store.db.execute("DELETE FROM app_state WHERE key LIKE 'pin_%'")
    with pytest.raises(DeskAssistantError) as info:
        auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    assert info.value.message.key == "pin.locked"


def test_a_replaced_or_deleted_pin_row_is_no_way_in(services) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.roles import hash_pin as make

    auth = services.auth
    auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    services._store.app_state.set("pin.supervisor", make("111111"))  # someone's own PIN, by hand
    with pytest.raises(DeskAssistantError) as info:
        auth.unlock(Role.SUPERVISOR, "111111", "X")
    assert info.value.message.key == "pin.record_changed"
    services._store.db.execute("DELETE FROM app_state WHERE key = 'pin.supervisor'")
    assert not auth.first_pin_needed(Role.SUPERVISOR)  # not the first run again
    with pytest.raises(DeskAssistantError):
        auth.set_pin(Role.SUPERVISOR, "222222", "X")
    with pytest.raises(DeskAssistantError) as info:
        auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    assert info.value.message.key == "pin.missing"


def test_a_forgotten_pin_is_reset_with_the_recovery_code(services) -> None:  # type: ignore[no-untyped-def]
    auth = services.auth
    code = auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    assert len(code) == 23 and code.count("-") == 3
    assert code.replace("-", "") not in str([e.detail for e in services._store.audit.entries()])
    with pytest.raises(DeskAssistantError):
        auth.reset_pin(Role.SUPERVISOR, "AAAAA-BBBBB-CCCCC-DDDDD", "135792", "X")
    new_code = auth.reset_pin(Role.SUPERVISOR, code.lower(), "135792", "Kepala")
    assert new_code and new_code != code
    auth.unlock(Role.SUPERVISOR, "135792", "Kepala")
    assert auth.role is Role.SUPERVISOR
    assert "pin_reset" in [e.action for e in services._store.audit.entries()]
    with pytest.raises(DeskAssistantError):  # the old code is spent
        auth.reset_pin(Role.SUPERVISOR, code, "246810", "X")


def test_a_four_digit_pin_must_be_changed_at_the_next_unlock(services) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.roles import hash_pin as make

    stored = make("1234")  # as the previous version set it
    services._store.app_state.set("pin.supervisor", stored)
    services._store.audit.record(
        services.clock(), "Kepala", "desk", "pin_set", {"role": "supervisor"}
    )
    unlocked = services.auth.unlock(Role.SUPERVISOR, "1234", "Kepala")
    assert unlocked.needs_new_pin
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    services.auth.lock()
    assert not services.auth.unlock(Role.SUPERVISOR, "482915", "Kepala").needs_new_pin


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
