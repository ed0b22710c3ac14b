"""Plain words: glosses for difficult words, and one name for the event in the verdicts."""

from __future__ import annotations

import re

from desktop.core import verdict
from desktop.core.plain_words import EXPLAINED_BY, GLOSSES, explain_first, is_explained, shows

OTHER_NAMES = re.compile(r"\b(volée?s?|exposée?s?|piratée?s?|fuite|attaques?)\b", re.IGNORECASE)


def test_every_gloss_explains_its_word() -> None:
    assert set(GLOSSES) == set(EXPLAINED_BY)
    for word, (_, gloss) in GLOSSES.items():
        assert is_explained(gloss, word), word


def test_the_first_appearance_only_gets_the_gloss() -> None:
    texts = ["Selon la CNIL, rien.", "Écrivez à la CNIL.", "Source : la CNIL."]
    done = explain_first(texts)
    assert done[0] == "Selon la CNIL (le service de l'État qui protège vos données), rien."
    assert done[1:] == texts[1:]


def test_an_explained_word_is_left_alone_and_words_are_whole() -> None:
    texts = ["La CNIL, qui protège vos données.", "NIRVANA n'est pas un NIR."]
    done = explain_first(texts)
    assert done[0] == texts[0]
    assert done[1] == "NIRVANA n'est pas un NIR (votre numéro de sécurité sociale)."
    assert not shows("NIRVANA", "NIR")


def test_operator_gloss_follows_the_whole_phrase_and_explains_tiers_payant() -> None:
    (done,) = explain_first(["Son opérateur de tiers payant est Actil."])
    assert done.startswith("Son opérateur de tiers payant (l'entreprise qui gère le tiers payant")
    assert done.count("(") == 1  # "tiers payant" is explained by the same brackets


def test_verdicts_name_the_event_le_piratage_and_keep_their_evidence_levels() -> None:
    texts = [
        *verdict.HEADLINES.values(),
        *verdict.EXPLANATIONS.values(),
        *verdict.SENTENCES.values(),
        verdict.FORMER_PRESS_HEADLINE,
        verdict.NAMED_HEADLINE,
        verdict.FORMER_NAMED_HEADLINE,
    ]
    assert [t for t in texts if OTHER_NAMES.search(t)] == []
    headlines = verdict.HEADLINES
    assert len(set(headlines.values())) == len(headlines)  # every level says something else
    assert "probablement" in headlines[verdict.PROBABLE]
    assert "peut-être" in headlines[verdict.POSSIBLE]
    assert "ce n'est pas confirmé" in headlines[verdict.PRESS]


def test_a_word_inside_brackets_is_explained_without_brackets_in_brackets() -> None:
    [text] = explain_first(["Votre mutuelle a informé ses adhérents (opérateur : Viamedis)."])
    assert "((" not in text and text.count("(") == 1
    assert text.endswith("Opérateur : " + GLOSSES["opérateur"][1] + ".")


def test_a_later_appearance_outside_brackets_takes_the_explanation() -> None:
    first, second = explain_first(["Ils (opérateur : Almerys).", "Un opérateur gère la carte."])
    assert first == "Ils (opérateur : Almerys)."
    assert second.startswith("Un opérateur (" + GLOSSES["opérateur"][1] + ")")


def test_a_word_is_found_in_any_case() -> None:
    assert shows("la cnil répond", "CNIL") and shows("Le Tiers Payant", "tiers payant")
    assert explain_first(["Écrivez à la cnil."])[0].startswith(
        "Écrivez à la cnil (le service de l'État qui protège vos données)"
    )


def test_an_explanation_with_a_no_break_space_counts() -> None:
    """French typography puts no-break spaces in phrases: "paie\u00a0directement" explains."""
    assert is_explained("Votre mutuelle paie\u00a0directement.", "tiers payant")
    assert explain_first(["Le tiers payant : votre mutuelle paie\u00a0directement."]) == [
        "Le tiers payant : votre mutuelle paie\u00a0directement."
    ]


def test_an_explanation_across_two_paragraphs_counts() -> None:
    """The phrase may run from one paragraph into the next ("…le paie" / "pour vous")."""
    paragraphs = ["Le tiers payant : votre mutuelle le paie", "pour vous."]
    assert explain_first(paragraphs) == paragraphs


def test_a_closed_bracket_before_the_word_is_not_inside() -> None:
    text = "Votre carte (la verte) dit AMC."
    assert explain_first([text]) == [
        "Votre carte (la verte) dit AMC (le numéro de votre mutuelle)."
    ]
