"""The patron's side at the desk: the patron screen in every state, the rating by key and
by face, and nothing the patron must not see."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_assistant.domain.patron_view import Stage
from tests.ui.test_desk_view import GREETING_ID, press, prompt
from tests.ui.test_unavailable import close_interaction, key, tab, to_unavailable, type_text

SECRETS = ("Budi", "Santoso", "0812", "3456", "7890", "budi@", "SW", "Meja 1", "catatan")


BORROW = (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_1,
          Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)  # fmt: skip


def serve_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A patron borrows a book (see the desk tests), to the next patron's greeting."""
    for k in BORROW:
        press(qtbot, window, k)
    assert prompt(window) == GREETING_ID


def ratings(services):  # type: ignore[no-untyped-def]
    return services._store.db.execute("SELECT rating FROM satisfaction ORDER BY id").fetchall()


def assert_nothing_private(screen) -> None:  # type: ignore[no-untyped-def]
    for shown in screen.texts():
        for secret in SECRETS:
            assert secret not in shown, (secret, shown)


def walk(qtbot, window, lang: str) -> dict[Stage, list[str]]:  # type: ignore[no-untyped-def]
    """One patron, start to rating, with the patron screen on; every state's texts."""
    screen = window.patron.screen
    seen: dict[Stage, list[str]] = {Stage.WELCOME: screen.texts()}
    assert_nothing_private(screen)
    to_unavailable(qtbot, window)
    type_text(qtbot, "Laskar Pelangi")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_1)  # hold
    key(qtbot, Qt.Key.Key_6)  # call back
    assert screen.view.stage is Stage.OPTIONS
    seen[Stage.OPTIONS] = screen.texts()
    assert_nothing_private(screen)
    key(qtbot, Qt.Key.Key_Return)
    tab(qtbot)
    key(qtbot, Qt.Key.Key_Space)  # consent
    tab(qtbot)
    type_text(qtbot, "Budi Santoso")
    tab(qtbot)
    type_text(qtbot, "0812-3456-7890")
    tab(qtbot)
    type_text(qtbot, "budi@example.com")
    tab(qtbot)
    type_text(qtbot, "W")  # WhatsApp
    assert_nothing_private(screen)  # typed at the desk, never shown to the patron
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.view.stage is Stage.NEXT_STEP
    seen[Stage.NEXT_STEP] = screen.texts()
    assert_nothing_private(screen)
    code = window.desk_view.flow.next_step.code
    assert any(code.replace("-", "\u2011") in t for t in seen[Stage.NEXT_STEP])
    close_interaction(qtbot, window)
    assert screen.view.stage is Stage.RATING
    seen[Stage.RATING] = screen.texts()
    assert_nothing_private(screen)
    return seen


def test_the_patron_screen_in_every_state_and_both_languages(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    window.patron.screen_action.trigger()  # View → Patron screen (F9)
    screen = window.patron.screen
    assert screen is not None and screen.isVisible()
    desk = window.desk_view
    assert desk.patron_label.text() == "Layar pemustaka: sambutan"
    seen = walk(qtbot, window, "id")
    assert any("Selamat datang" in t for t in seen[Stage.WELCOME])
    assert any("Yang dapat kami lakukan untuk Anda" in t for t in seen[Stage.OPTIONS])
    assert any("pilihan Anda" in t for t in seen[Stage.OPTIONS])  # the chosen ones marked
    assert any("Kode rujukan Anda" in t for t in seen[Stage.NEXT_STEP])
    assert any("Bagaimana layanan kami hari ini?" in t for t in seen[Stage.RATING])
    assert desk.patron_label.text() == "Layar pemustaka: wajah penilaian"
    # The librarian says it, the patron touches a face: stored, and back to the welcome.
    qtbot.mouseClick(screen.face_buttons[4], Qt.MouseButton.LeftButton)
    assert ratings(services) == [(4,)]
    assert screen.view.stage is Stage.WELCOME
    # In English (F6 at the desk): the patron screen speaks the patron's language.
    press(qtbot, window, Qt.Key.Key_F6)
    assert any("Welcome to" in t for t in screen.texts())
    assert desk.patron_label.text() == "Patron screen: welcome"
    window.patron.screen_action.trigger()  # off again
    assert not screen.isVisible() and desk.patron_label.isHidden()


def test_the_rating_by_one_key_and_a_skip_counts(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    desk = window.desk_view
    for rating_key in (Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_Escape):
        serve_one(qtbot, window)
        # The legend says exactly the keys: 1–4 for the rating, 0/Esc for no answer.
        legend = " ".join(desk.keys_label.text().replace("\xa0", " ").split())
        assert legend.startswith("1–4: penilaian pemustaka · 0/Esc: tidak menjawab · Enter")
        assert "Bagaimana layanan kami hari ini?" in desk.banner.text()
        press(qtbot, window, rating_key)
        assert not desk.rating.pending and "penilaian" not in desk.keys_label.text()
    assert ratings(services) == [(3,), (0,), (0,)]
    # Greeting the next patron straight away also says "no answer": one key, no wrong turn.
    serve_one(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Return)
    assert ratings(services)[-1] == (0,) and prompt(window) != GREETING_ID


def test_no_rating_asked_when_the_supervisor_turned_it_off(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import act_as

    act_as(services)
    services.feedback.set_ratings_on(False, "Kepala")
    services.auth.lock()
    serve_one(qtbot, window)
    assert not window.desk_view.rating.pending
    assert "penilaian" not in window.desk_view.keys_label.text()
    assert ratings(services) == []


def test_a_rating_that_cannot_be_written_is_said_and_the_desk_goes_on(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    errors: list[str] = []
    window.desk_view.error_raised.connect(errors.append)
    serve_one(qtbot, window)
    services._store.db.execute("PRAGMA query_only = 1")  # as a read-only drive behaves
    press(qtbot, window, Qt.Key.Key_4)
    services._store.db.execute("PRAGMA query_only = 0")
    assert errors and "hanya-baca" in errors[-1]  # said in plain words
    assert not window.desk_view.rating.pending  # the desk is not stuck on the rating
    serve_one(qtbot, window)  # and the next patron is served as usual
    press(qtbot, window, Qt.Key.Key_3)
    assert ratings(services) == [(3,)]
