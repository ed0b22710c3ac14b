"""Drive the guided check through the real widgets, by mouse and by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.ui.screens.insurer_name import InsurerNamePage
from tests.ui.helpers import choose, press_back, press_continue, visible_texts


def start(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.current.page_id == "welcome"
    assert not window.back_button.isVisible()
    assert window.continue_button.text() == "Commencer"
    press_continue(qtbot, window)
    assert window.current.page_id == "has_mutuelle"


def type_insurer(qtbot, window, text: str) -> InsurerNamePage:  # type: ignore[no-untyped-def]
    page = window.current
    assert isinstance(page, InsurerNamePage)
    page.field.clear()
    qtbot.keyClicks(page.field, text)
    return page


def why_button(window):  # type: ignore[no-untyped-def]
    return next(
        b
        for b in window.current.findChildren(QPushButton)
        if b.accessibleName() == "Pourquoi ? D'où vient cette information ?"
    )


def test_welcome_promises_offline_and_nothing_kept(window) -> None:  # type: ignore[no-untyped-def]
    text = visible_texts(window.current)
    assert "sans Internet" in text
    assert "n'envoie rien" in text
    assert "ne garde rien" in text


def test_mouse_path_to_a_probable_result(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    assert "Partie 1 sur 3 : vérifier — question 1 sur 5" in visible_texts(window.current)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "malakof")
    first = page.suggestions.buttons["slot0"]
    assert first.isVisible() and first.text() == "Malakoff Humanis"
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    press_continue(qtbot, window)
    assert window.current.page_id == "card"
    choose(qtbot, window, "viamedis")
    press_continue(qtbot, window)
    assert window.current.page_id == "former"
    choose(qtbot, window, "non")
    press_continue(qtbot, window)
    assert window.current.page_id == "result"
    text = visible_texts(window.current)
    assert "Le piratage a probablement touché vos données." in text
    assert "Votre mutuelle : Malakoff Humanis." in text
    assert len(text.split()) < 60  # the verdict first, the details one button away
    qtbot.mouseClick(why_button(window), Qt.MouseButton.LeftButton)
    assert window.current.page_id == "result_why"
    text = visible_texts(window.current)
    assert "Malakoff Humanis" in text
    assert "numéro de sécurité sociale" in text  # what the piratage touched
    assert "coordonnées bancaires" in text  # what it did not
    assert "février 2024" in text  # the date of the source
    assert "https://" not in text and "%" not in text  # addresses only on the sources screen
    press_continue(qtbot, window)  # "Revenir au résultat"
    assert window.current.page_id == "result"
    press_continue(qtbot, window)
    assert window.current.page_id == "next_steps"
    assert "arnaques" in visible_texts(window.current)


def key(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_keyboard_only_path(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # Commencer
    assert window.current.page_id == "has_mutuelle"
    assert QApplication.focusWidget() is window.current.choice  # the question, no answer
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.current.choice.buttons["oui"]
    assert window.current.choice.value() == ""  # reaching an answer does not choose it
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.current.choice.buttons["ne_sait_pas"]
    key(qtbot, Qt.Key.Key_Space)  # Space chooses
    assert window.current.choice.value() == "ne_sait_pas"
    key(qtbot, Qt.Key.Key_Return)  # Enter continues
    assert window.current.page_id == "card"
    assert window.context.answers.check.has_mutuelle == "ne_sait_pas"
    key(qtbot, Qt.Key.Key_Down)  # from the question, Down chooses the first answer
    key(qtbot, Qt.Key.Key_Down)  # and the next
    assert window.current.choice.value() == "almerys"
    key(qtbot, Qt.Key.Key_Return)
    assert window.current.page_id == "former"
    key(qtbot, Qt.Key.Key_Up)  # Up from the question chooses the last answer
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    assert window.current.choice.value() == "oui"
    key(qtbot, Qt.Key.Key_Return)
    assert window.current.page_id == "former_name"
    field = QApplication.focusWidget()
    assert field is window.current.field
    qtbot.keyClicks(field, "MUTUELLE GENERALE")
    # Tab to the first suggestion, choose it with Space, continue with Enter.
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    suggestion = QApplication.focusWidget()
    assert suggestion.text() in {"La Mutuelle Générale", "Mutuelle Société Générale"}
    key(qtbot, Qt.Key.Key_Return)  # not chosen yet: Enter says so, and stays
    assert window.current.page_id == "former_name"
    assert "Choisissez votre mutuelle" in window.current.errors.lines.text()
    suggestion.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    assert window.current.page_id == "result"
    assert "Votre ancienne mutuelle : " in visible_texts(window.current)
    why_button(window).setFocus()
    key(qtbot, Qt.Key.Key_Return)  # Enter presses the focused "Pourquoi ?" button
    assert window.current.page_id == "result_why"
    assert "Almerys" in visible_texts(window.current)


def test_enter_in_the_search_field_takes_the_single_match(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "malakoff humanis")
    shown = page.suggestions.shown_buttons()
    assert [b.text() for b in shown] == ["Malakoff Humanis"]
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert window.current.page_id == "card"
    assert window.context.answers.check.insurer_id == "malakoff-humanis"


def test_enter_in_the_search_field_with_several_matches_chooses_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "mutua")  # Mutua Gestion, Mutualia…
    assert len(page.suggestions.shown_buttons()) > 1
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert window.current.page_id == "insurer_name"
    assert page.suggestions.value() == ""


def test_not_in_list_says_we_do_not_know(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "MAIF")
    assert not page.suggestions.buttons["slot0"].isVisible()
    assert "Nous ne trouvons pas ce nom" in page.status.text()
    qtbot.mouseClick(page.not_found, Qt.MouseButton.LeftButton)
    assert window.current.page_id == "card"
    choose(qtbot, window, "aucun")
    press_continue(qtbot, window)
    choose(qtbot, window, "non")
    press_continue(qtbot, window)
    text = visible_texts(window.current)
    assert "Nous ne savons pas." in text
    assert "à l'abri" in text
    assert "vous n'êtes pas concerné" not in text
    qtbot.mouseClick(why_button(window), Qt.MouseButton.LeftButton)
    assert "n'est pas dans notre liste" in visible_texts(window.current)


def test_no_mutuelle_path(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "non")
    press_continue(qtbot, window)
    assert window.current.page_id == "former"
    choose(qtbot, window, "non")
    press_continue(qtbot, window)
    assert "Sans mutuelle" in visible_texts(window.current)


def test_errors_are_summarised_and_nothing_moves(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    press_continue(qtbot, window)
    page = window.current
    assert page.page_id == "has_mutuelle"
    assert page.choice.error.isVisible()  # beside the answers
    assert "Choisissez une réponse" in page.choice.error.text()
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    press_continue(qtbot, window)  # nothing typed on the name page
    assert window.current.page_id == "insurer_name"
    assert "Tapez le nom" in window.current.errors.lines.text()
    type_insurer(qtbot, window, "harmonie")
    press_continue(qtbot, window)  # typed but not chosen
    assert "Choisissez votre mutuelle dans la liste" in window.current.errors.lines.text()


def test_going_back_keeps_every_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "aesio")
    qtbot.mouseClick(page.suggestions.buttons["slot0"], Qt.MouseButton.LeftButton)
    press_continue(qtbot, window)
    choose(qtbot, window, "almerys")
    press_back(qtbot, window)  # back from the card, before continuing
    assert window.current.page_id == "insurer_name"
    assert window.current.field.text() == "aesio"
    assert window.current.suggestions.buttons["slot0"].isChecked()
    press_back(qtbot, window)
    assert window.current.choice.value() == "oui"
    press_continue(qtbot, window)
    press_continue(qtbot, window)
    assert window.current.page_id == "card"
    assert window.current.choice.value() == "almerys"  # chosen before going back


def test_typed_text_survives_going_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "une mutuelle inconnue ")
    page.field.insert("😀 עברית")  # pasted: QTest cannot type characters outside the BMP
    press_back(qtbot, window)
    press_continue(qtbot, window)
    assert window.current.field.text() == "une mutuelle inconnue 😀 עברית"


def test_sources_screen_lists_sources_with_dates(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "mutuelle bleue")
    qtbot.mouseClick(page.suggestions.buttons["slot0"], Qt.MouseButton.LeftButton)
    press_continue(qtbot, window)
    choose(qtbot, window, "pas_de_carte")
    press_continue(qtbot, window)
    choose(qtbot, window, "ne_sait_pas")
    press_continue(qtbot, window)
    result_text = visible_texts(window.current)
    assert "Le piratage a peut-être touché vos données." in result_text
    qtbot.mouseClick(why_button(window), Qt.MouseButton.LeftButton)
    button = next(
        b
        for b in window.current.findChildren(QPushButton)
        if b.accessibleName() == "Toutes les sources et leurs adresses"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current.page_id == "sources"
    text = visible_texts(window.current)
    assert "Granit" in text and "octobre 2026" in text
    assert "https://" in text
    assert "Notre liste a été établie le 25 novembre 2026" in text
    press_continue(qtbot, window)  # "Revenir"
    assert window.current.page_id == "result_why"
    press_continue(qtbot, window)  # "Revenir au résultat"
    assert window.current.page_id == "result"
    press_back(qtbot, window)  # back to where she came from, not to the sources again
    assert window.current.page_id == "former"


def test_restart_forgets_everything(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    type_insurer(qtbot, window, "Dupont-Secret")
    window.current.store()
    window.restart()
    assert window.current.page_id == "welcome"
    assert window.context.answers.check.insurer_typed == ""
    press_continue(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    assert window.current.field.text() == ""


def test_erase_all_asks_then_clears(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    type_insurer(qtbot, window, "Dupont ").field.insert("Lœwenbrück")  # œ: pasted, not typed
    answers: list[bool] = [False, True]
    monkeypatch.setattr(window, "ask_erase", lambda: answers.pop(0))
    erase = window.top_bar.erase
    assert erase.accessibleName() == "Tout effacer"
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)  # "Non, continuer"
    assert window.current.page_id == "insurer_name"
    assert window.current.field.text() == "Dupont Lœwenbrück"
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)  # "Oui, tout effacer"
    assert window.current.page_id == "welcome"
    assert window.context.answers.check.insurer_typed == ""
    assert window.history == []


def test_suggestions_come_into_view_at_200_percent(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(2.0)
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "harmonie")
    qtbot.wait(10)  # the scroll happens once the suggestions are laid out
    viewport = window.scroll.viewport()
    for widget in (page.field, page.suggestions.buttons["slot0"]):
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
        assert top >= 0 and bottom <= viewport.height(), (top, bottom, viewport.height())
