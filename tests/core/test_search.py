"""Search tolerates case, accents and typos, and never answers with a look-alike."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.catalog import load_catalog
from desktop.core.search import (
    AMBIGUOUS,
    FOUND,
    NOTHING,
    OPERATOR,
    edit_distance,
    lookup,
    normalize,
    one_edit_apart,
    search,
)

CATALOG = load_catalog()


def best(query: str) -> str | None:
    matches = search(CATALOG, query)
    return matches[0].insurer.name if matches else None


def best_id(query: str) -> str | None:
    matches = search(CATALOG, query)
    return matches[0].insurer.id if matches else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("malakof", "Malakoff Humanis"),
        ("MALAKOFF MEDERIC", "Malakoff Humanis"),
        ("Malakoff Médéric", "Malakoff Humanis"),
        ("humanis", "Malakoff Humanis"),
        ("harmonie mutuele", "Harmonie Mutuelle"),
        ("HARMONIE", "Harmonie Mutuelle"),
        ("aesio", "Aésio Mutuelle"),
        ("AÉSIO MUTUELLE", "Aésio Mutuelle"),
        ("la mutuelle generale", "La Mutuelle Générale"),
        ("La Mutuelle Générale", "La Mutuelle Générale"),
        ("mutaéro", "Mutaero"),
        ("mutuaero", "Mutaero"),
        ("generali", "Generali"),
        ("  macif  ", "Macif"),
        ("Mutame et plus", "Mutame & Plus"),
        ("mieux etre", "Mutuelle Mieux-Être"),
        ("MGEN", "MGEN"),
        ("eovi mcd", "Eovi MCD Mutuelle"),
        ("viasante", "Viasanté Mutuelle"),
        ("ag2r", "AG2R La Mondiale"),
        ("harmo", "Harmonie Mutuelle"),
    ],
)
def test_finds_the_insurer(query: str, expected: str) -> None:
    assert best(query) == expected


# Full official names and the usual short names find their entry.
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Mutuelle Générale de l'Éducation Nationale", "mgen"),
        ("MUTUELLE GENERALE DE L EDUCATION NATIONALE", "mgen"),
        ("Ma mutuelle MGEN", "mgen"),
        ("Mutuelle Générale de la Police", "mgp"),
        ("MGP", "mgp"),
        ("Mutuelle Nationale Territoriale", "mnt"),
        ("MNT", "mnt"),
        ("Mutuelle des Services Publics", "mutuelle-des-services-publics"),
        ("MSP", "mutuelle-des-services-publics"),
        ("LMG", "la-mutuelle-generale"),
        ("Crédit Agricole Assurances", "ca-assurances"),
        ("Association Générale de Prévoyance Militaire", "agpm"),
        ("Harmonie Fonction Publique", "harmonie-fonction-publique"),
        ("HFP", "harmonie-fonction-publique"),
        (
            "Mutuelle Nationale des Fonctionnaires des Collectivités Territoriales",
            "mnfct",
        ),
    ],
)
def test_official_and_short_names_find_their_entry(query: str, expected: str) -> None:
    assert best_id(query) == expected


# Real French insurers, institutions, bancassurers, brokers, groups and federations that are
# NOT in the facts, typed as people type them (capitals, no accents, one typo). Each finds
# nothing, or its own entry when the facts hold it under another name.
NOT_IN_THE_FACTS: list[tuple[str, str | None]] = [
    # mutuelles
    ("MAIF", None),
    ("maaf", None),
    ("MATMUT", None),
    ("Matmutt", None),
    ("MNH", None),
    ("Mutuelle MNH", None),
    ("mutuelle nationale des hospitaliers", None),
    ("MGEFI", None),
    ("Smatis", None),
    ("Mutuelle Entrain", None),
    ("Solimut Mutuelle de France", None),
    ("Mutuelle de Poitiers Assurances", None),
    ("La France Mutualiste", None),
    ("Mutuelle Verte", None),
    ("Mutuale", None),
    ("Mutuelle des Motards", None),
    ("LMDE", None),
    ("La Mutuelle des Etudiants", None),
    ("Mutuelle Saint-Christophe", None),
    ("Mutuelle Alsace Lorraine Jura", None),
    ("MALJ", None),
    ("Mutuelle Just", None),
    ("Miltis", None),
    ("Unimeo", None),
    ("Mutuelle Familiale de Normandie", None),
    ("Mutuelle des Pays de Vilaine", None),
    ("Integrance", None),
    ("Precocia", None),
    ("MACSF", None),
    ("Mutuelle des cheminots", None),
    ("Mutuelle de l'Oise", None),
    ("Mutuelle de la Justice", None),
    ("Territoria Mutuelle", None),
    ("Muta Santé", None),
    ("Mutuelle Ociane", None),
    # institutions de prévoyance
    ("APICIL", None),
    ("Pro BTP", None),
    ("probtp", None),
    ("Ircem", None),
    ("Lourmel", None),
    ("OCIRP", None),
    ("Apgis", None),
    ("Uniprevoyance", None),
    ("IRP Auto", None),
    ("B2V", None),
    ("Kerialis", None),
    # insurers
    ("Allianz", None),
    ("alianz", None),
    ("GROUPAMA", None),
    ("Groupamma", None),
    ("Gan Assurances", None),
    ("Swiss Life", None),
    ("SwissLife", None),
    ("MMA", None),
    ("GMF", None),
    ("Aviva", None),
    ("Abeille Assurances", None),
    ("Suravenir", None),
    ("CNP Assurances", None),
    ("La Mondiale", "ag2r-la-mondiale"),
    # bancassurers
    ("Credit Mutuel", None),
    ("Assurances du Crédit Mutuel", None),
    ("Crédit Agricole", "ca-assurances"),
    ("Caisse d'Epargne", None),
    ("Banque Populaire", None),
    ("LCL", None),
    ("BNP Paribas Cardif", None),
    ("Cardif", None),
    ("Sogecap", None),
    ("Natixis Assurances", None),
    ("La Banque Postale", "la-banque-postale-assurance-sante"),
    # brokers and managers
    ("Gras Savoye", None),
    ("Marsh", None),
    ("Henner", None),
    ("Alptis", None),
    ("Solly Azar", None),
    ("Kiassure", None),
    ("Siaci Saint Honore", None),
    # groups and federations
    ("Mutualité Française", None),
    ("mutualite francaise", None),
    ("FNMF", None),
    ("Fédération Nationale de la Mutualité Française", None),
    ("France Assureurs", None),
    ("CTIP", None),
    ("FFSA", None),
    ("Groupe VYV", None),
    ("VYV", None),
    ("Aéma Groupe", None),
    ("aema", None),
    ("Groupe Covéa", None),
    ("Mutuelles de France", None),
    ("mutuelle de france", None),
]


def test_the_not_in_the_facts_table_is_big_enough() -> None:
    assert len(NOT_IN_THE_FACTS) >= 60
    assert sum(expected is None for _, expected in NOT_IN_THE_FACTS) >= 60


@pytest.mark.parametrize(("query", "own_entry"), NOT_IN_THE_FACTS)
def test_real_insurers_not_in_the_facts_find_nothing_or_their_own_entry(
    query: str, own_entry: str | None
) -> None:
    found = [m.insurer.id for m in search(CATALOG, query)]
    if own_entry is None:
        assert found == [], f"{query!r} must find nothing, found {found}"
    else:
        assert found[:1] == [own_entry], f"{query!r} must find {own_entry}, found {found}"


# Misspellings of listed insurers (capitals, missing accents, one typo) still find them.
MISSPELLINGS = [
    ("malakof humanis", "malakoff-humanis"),
    ("MALAKOF", "malakoff-humanis"),
    ("Harmoni Mutuelle", "harmonie-mutuelle"),
    ("harmonie mutuele", "harmonie-mutuelle"),
    ("aesio mutuele", "aesio-mutuelle"),
    ("mutuelle generalle", "la-mutuelle-generale"),
    ("MUTUELLE GENERALE", "la-mutuelle-generale"),
    ("mutuaero", "mutaero"),
    ("Mutame et Plus", "mutame-plus"),
    ("mieux etre", "mutuelle-mieux-etre"),
    ("eovi mcd", "eovi-mcd-mutuelle"),
    ("viasante", "viasante-mutuelle"),
    ("ag2r la mondial", "ag2r-la-mondiale"),
    ("klésia", "klesia-prevoyance"),
    ("Interialle", "interiale"),
    ("interiale", "interiale"),
    ("mutuelle des service publics", "mutuelle-des-services-publics"),
    ("apivya", "apivia-macif-mutuelle"),
    ("thelem assurance", "thelem-assurances"),
    ("prevoir", "prevoir"),
    ("previfrance", "previfrance"),
    ("pasteur mutualite", "groupe-pasteur-mutualite"),
    ("Mutuelle Michelin", "mutuelle-nationale-du-personnel-michelin"),
    ("mutelios", "mutelios"),
    ("IPECA", "ipeca-prevoyance"),
    ("ipéca", "ipeca-prevoyance"),
    ("agrica prevoyance", "agrica-prevoyance"),
    ("ALAN SANTE", "alan"),
    ("mutuelle mutami", "mutami"),
    ("Mutuelle Générale de la Pollice", "mgp"),
    ("malakoff mederic", "malakoff-humanis"),
    ("Mutuelle Entraide Familliale", "mutuelle-entraide-familiale"),
    ("Mutuelle Générale de l'Éducation Nationnale", "mgen"),
    ("mutuelle valeo", "mutuelle-valeo"),
    ("Roederrer", "roederer"),
    ("assu2000", "assu-2000"),
    ("energie mutuelle", "energie-mutuelle"),
    ("mutuelle ratp", "groupe-mutualiste-ratp"),
    ("identites mutuelle", "identites-mutuelle"),
    ("mutuelle des affaires etrangeres", "maee"),
    ("mobilite mutuelle", "mobilite-mutuelle"),
    ("mutuelle generale des cheminots", "mutuelle-generale-des-cheminots"),
    ("unite fraternelle des regions", "unite-fraternelle-des-regions"),
    ("neoliane", "neoliane"),
    ("Verspieran", "verspieren"),
    ("willis towers watson", "wtw-france"),
    ("mutuelle nationale territoriale", "mnt"),
    ("Radiance", "radiance-mutuelle"),
]


def test_the_misspellings_table_is_big_enough() -> None:
    assert len(MISSPELLINGS) >= 30


@pytest.mark.parametrize(("query", "expected"), MISSPELLINGS)
def test_misspellings_of_listed_insurers_find_them(query: str, expected: str) -> None:
    assert best_id(query) == expected


@pytest.mark.parametrize(
    ("query", "operator"),
    [
        ("Viamedis", "Viamedis"),
        ("VIAMÉDIS", "Viamedis"),
        ("via medis", "Viamedis"),
        ("almerys", "Almerys"),
        ("Almeris", "Almerys"),
        ("carte tiers payant Almerys", "Almerys"),
        ("SP Santé", "SP Santé"),
        ("Actil", "Actil"),
        ("isante", "iSanté"),
        ("Santeclair", "Santéclair"),
        ("Kalixia", "Kalixia"),
        ("Carte Blanche", "Carte Blanche"),
        ("Itelis", "Itelis"),
        ("Oxantis", "Oxantis"),
    ],
)
def test_an_operator_name_gets_its_own_answer(query: str, operator: str) -> None:
    found = lookup(CATALOG, query)
    assert found.kind == OPERATOR and found.matches == ()
    assert found.operator is not None and found.operator.name == operator
    message = found.operator.message
    assert "pas celui de votre mutuelle" in message
    assert "carte" in message
    assert search(CATALOG, query) == []


def test_the_breached_operators_point_to_the_card_question() -> None:
    found = lookup(CATALOG, "viamedis")
    assert found.operator is not None and found.operator.breached
    assert "question sur la carte" in found.operator.message


def test_an_operator_name_beside_the_insurer_name_is_ignored() -> None:
    assert best_id("Malakoff Humanis Viamedis") == "malakoff-humanis"


@pytest.mark.parametrize(
    "query",
    ["ma mutuelle", "mon AMC", "votre carte", "tiers payant", "mutuelle française", "ex", "de"],
)
def test_everyday_words_alone_find_nothing(query: str) -> None:
    assert lookup(CATALOG, query).kind == NOTHING


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ma mutuelle Macif", "macif"),
        ("mon AMC Mutaero", "mutaero"),
        ("carte tiers payant Harmonie", "harmonie-mutuelle"),
        ("Mutelios ex", "mutelios"),
    ],
)
def test_everyday_words_do_not_change_the_answer(query: str, expected: str) -> None:
    assert best_id(query) == expected


def test_no_typo_on_short_words() -> None:
    # One letter away from listed acronyms and short names.
    for query in ("MGEM", "MNH", "MGPM", "MACIF1", "ALAM", "SMAH", "MSB", "AMAF", "Aprul"):
        assert search(CATALOG, query) == [], query


def test_generali_is_not_taken_for_generale() -> None:
    names = [m.insurer.name for m in search(CATALOG, "generali")]
    assert names == ["Generali"]


def test_a_group_name_is_not_answered_by_one_member() -> None:
    for query in ("Groupe VYV", "Aéma", "Aéma Groupe", "Henner"):
        assert search(CATALOG, query) == [], query


def test_close_matches_are_shown_together_and_labelled_ambiguous() -> None:
    found = lookup(CATALOG, "cheminots generale familiale")
    assert found.kind == NOTHING  # most words must match one name
    found = lookup(CATALOG, "genera")  # being typed: Générale, Generali or Génération?
    assert found.kind == AMBIGUOUS
    assert {m.insurer.id for m in found.close} >= {"la-mutuelle-generale", "generali"}
    scores = [m.score for m in found.close]
    assert max(scores) - min(scores) < 0.05
    # a label the facts give to two insurers: both are offered, the person chooses
    found = lookup(CATALOG, "MACIF APIVIA")
    assert found.kind == AMBIGUOUS
    assert {m.insurer.id for m in found.close} == {"macif", "apivia-macif-mutuelle"}


def test_a_clear_best_match_is_found_alone() -> None:
    found = lookup(CATALOG, "mutuelle generale")
    assert found.kind == FOUND
    assert [m.insurer.id for m in found.close] == ["la-mutuelle-generale"]
    # --json keeps the others, best first.
    assert found.matches[0].insurer.id == "la-mutuelle-generale"
    scores = [m.score for m in found.matches]
    assert scores == sorted(scores, reverse=True)


def test_ties_are_broken_by_exactness_then_evidence_not_alphabet() -> None:
    # "KLESIA LA MUTUELLE FAMILIALE" is an alias of Klesia; La Mutuelle Familiale is the name.
    found = lookup(CATALOG, "La Mutuelle Familiale")
    assert found.matches[0].insurer.id == "la-mutuelle-familiale"
    assert found.matches[0].exactness == 2


def test_an_insurer_that_says_it_was_not_affected_never_comes_first_unless_named() -> None:
    assert best_id("Mercer") == "mercer"  # APPA (not affected) uses Mercer: not an alias
    assert best_id("MHV") == "mhv"
    assert "appa" not in [m.insurer.id for m in search(CATALOG, "Mercer")]
    for insurer in CATALOG.insurers:
        if insurer.strongest.kind != "insurer_says_not_affected":
            continue
        for name in (insurer.name, *insurer.aliases):
            top = lookup(CATALOG, name).matches[0]
            assert top.insurer.id == insurer.id, name


def test_every_listed_name_finds_its_own_entry_first() -> None:
    for insurer in CATALOG.insurers:
        top = lookup(CATALOG, insurer.name).matches
        assert top and top[0].insurer.id == insurer.id, insurer.name


def test_every_alias_is_offered_for_its_entry() -> None:
    for insurer in CATALOG.insurers:
        for alias in insurer.aliases:
            offered = [m.insurer.id for m in lookup(CATALOG, alias).close]
            assert insurer.id in offered, alias


def test_at_most_five_suggestions_best_first() -> None:
    matches = search(CATALOG, "mutuelle generale")
    assert 1 <= len(matches) <= 5
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("query", ["mutuelle", "la", "m", "", "   ", "!!!", "😀"])
def test_nothing_to_search(query: str) -> None:
    assert search(CATALOG, query) == []


def test_normalize_folds_case_accents_and_ligatures() -> None:
    assert normalize("  SŒUR Élodie-Ça  ") == "soeur elodie ca"


def test_edit_distance_counts_swaps_as_one() -> None:
    assert edit_distance("malakoff", "mlaakoff", 3) == 1
    assert edit_distance("abc", "abc", 0) == 0
    assert edit_distance("abcdef", "xyz", 2) == 3  # stops past the limit


@settings(max_examples=3 * settings.default.max_examples, deadline=None)  # 300 in ci
@given(st.text(max_size=60))
def test_any_text_is_searched_without_error(query: str) -> None:
    matches = search(CATALOG, query)
    assert len(matches) <= 5


def test_one_edit_apart_agrees_with_the_edit_distance() -> None:
    """Every pair of words of up to 4 letters from "abc": the quick test (used thousands of
    times when the index is built) says exactly what the full distance says."""
    words = [
        "".join(letters) for size in range(5) for letters in itertools.product("abc", repeat=size)
    ]
    disagree = [
        (left, right)
        for left in words
        for right in words
        if one_edit_apart(left, right) != (edit_distance(left, right, 1) <= 1)
    ]
    assert disagree == []
    assert one_edit_apart("mutuele", "mutuelle") and not one_edit_apart("mutuele", "mutualite")
