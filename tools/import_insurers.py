"""Build resources/data/insurers.json from the facts folder (insurers.csv, insurers-more.csv).

Run from anywhere:  python tools/import_insurers.py [--facts DIR] [--out FILE]

DIR defaults to ../shared/facts next to the project folder. The facts folder is the only source
of truth; this script only reshapes it: it classifies each source by the strength of its
evidence (see the facts README), attaches the date the facts give for it (none when they give
none: "page non datée"), keeps the caveats of the notes with their sources, and drops what is
not a name a person would type (URLs, groups, holdings). Re-run it when the facts change and
review the diff; tests/core/test_import.py fails when the shipped file and a fresh import differ.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

COMPILED_ON = "2026-11-25"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "data" / "insurers.json"
DEFAULT_FACTS = ROOT.parent / "shared" / "facts"
FACT_FILES = ("insurers.csv", "insurers-more.csv")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Insurers whose evidence in insurers.csv is their own notice to members (breach-facts.md §1).
# A notice the facts rate below "medium" is the insurer's own page, but not explicit.
OWN_NOTICE = {
    "Malakoff Humanis",
    "AMAE",
    "Aésio Mutuelle",
    "La Mutuelle Générale",
    "Alan",
    "MGP",
    "Mutuelle LMP",
    "Mutame & Plus",
    "Mutuelle Valéo",
    "Mutami",
    "Mutuelle des Services Publics",
    "Mutaero",
    "SMH",
    "Mutuelle Mieux-Être",
}
NOTICE_CONFIDENCES = {"high", "medium-high", "medium"}

# Aliases of insurers.csv rewritten into names a person would type ("" entries are notes).
ALIAS_FIXES = {
    "AMAE": ["AMAE mutuelle"],
    "Aésio Mutuelle": ["Aésio", "Aesio"],
    "Adréa Mutuelle": ["Adréa"],
    "Apréva": ["Apréva Mutuelle"],
    "Eovi MCD Mutuelle": ["Eovi-MCD", "Eovi"],
    "AG2R La Mondiale": ["AG2R", "AG2R La Montagne"],
    "Viasanté Mutuelle": ["Viasanté", "Viansanté"],
    "Macif": ["Macif Santé Prévoyance"],
    "KLESIA Prévoyance": ["Klesia", "HCR Bien-Être", "HCR Santé"],
    "Roederer": ["Cabinet Roederer"],
    "Assu 2000": ["Assu2000"],
}
# Never an alias of one insurer, whichever file gives them: groups and holdings cover several
# members (Groupe VYV: Harmonie, MGEN, MNT...; Aéma: Aésio and Macif), a manager serves many
# insurers (Henner), a bare word is shared by many names ("GENERALE"), a two-letter code is a
# fixture code ("VS").
NOT_ALIASES = {
    "groupe-vyv",
    "vyv",
    "aema",
    "aema-groupe",
    "henner-et-malakoff-humanis",
    "generale",
    "vs",
    "groupe-ag2r-la-mondiale",
}
# Names of the facts written in English: the French name of the source instead, or the English
# words left out (nothing in English is shown to the person).
DISPLAY_NAMES = {
    "Klesia-managed FMP company schemes": "FMP",
    "Total (company scheme)": "Total",
}
# Full official names of acronyms the facts use without expanding them (public knowledge;
# a name to search by, not a fact about the breach).
FULL_NAMES = {
    "MGEN": ["Mutuelle Générale de l'Éducation Nationale"],
    "AGPM": ["Association Générale de Prévoyance Militaire"],
    "CCMO Mutuelle": ["Caisse Chirurgicale et Médicale de l'Oise"],
    "SMACL (santé)": ["Société Mutuelle d'Assurance des Collectivités Locales"],
}

# Plain-French caveats, paraphrased from the notes of the facts. Each is kept with the sources
# of the row it comes from; ``pick`` keeps only the sources whose URL contains that text.
CAVEATS_FR: dict[str, list[tuple[str, str]]] = {
    "Malakoff Humanis": [
        ("Le courrier a aussi été envoyé aux anciens clients et à leurs ayants droit.", "")
    ],
    "La Mutuelle Générale": [
        (
            "Viamedis était son opérateur jusqu'au 31 décembre 2023, Almerys ensuite. "
            "Les deux l'ont prévenue de l'attaque.",
            "cfecgc",
        )
    ],
    "Mutami": [
        (
            "Sont concernés les contrats de 2016 au 31 décembre 2023. "
            "Les contrats commencés à partir du 1er janvier 2024 ne le sont pas.",
            "mutami",
        ),
        (
            "Depuis le 1er janvier 2024, son opérateur de tiers payant est Actil ; une liste "
            "d'octobre 2026 le confirme.",
            "mutuelles.json",
        ),
    ],
    "Mutame & Plus": [
        (
            "Seules environ 1 800 personnes sont concernées, avec l'un de ces quatre contrats : "
            "ProtecTerritoriale, MSTCDG27, Caen la Mer Habitat, MST-Perros-Guirec. "
            "Les autres adhérents ne le sont pas.",
            "",
        )
    ],
    "Mutuelle Valéo": [
        (
            "Almerys était son ancien opérateur. Les données étaient encore gardées, "
            "pour respecter les durées légales.",
            "",
        )
    ],
    "Alan": [
        (
            "Sont concernés les adhérents, actuels ou anciens, assurés jusqu'au 26 janvier 2024, "
            "et leurs ayants droit.",
            "alan.com",
        ),
        (
            "Alan dit aussi que la liste des personnes touchées vient d'Almerys et de Viamedis.",
            "alan.com",
        ),
    ],
    "KLESIA Prévoyance": [
        (
            "Cela concerne les contrats HCR Bien-Être (hôtels, cafés, restaurants). "
            "Pour les autres contrats Klesia, nous ne savons pas.",
            "latribune",
        )
    ],
    "Mutuelle Mieux-Être": [
        (
            "Cette mutuelle travaille avec plusieurs opérateurs. "
            "Regardez si Viamedis ou Almerys est écrit sur votre carte.",
            "",
        )
    ],
    "SMH": [("Viamedis gérait le tiers payant chez les opticiens et les audioprothésistes.", "")],
    "AG2R La Mondiale": [
        ("Viasanté, qui fait partie du groupe, a utilisé les deux opérateurs.", "silicon")
    ],
    "Adréa Mutuelle": [("Adréa fait aujourd'hui partie d'Aésio Mutuelle.", "droits-salaries")],
    "Apréva": [("Apréva fait aujourd'hui partie d'Aésio Mutuelle.", "")],
    "Eovi MCD Mutuelle": [("Eovi-MCD fait aujourd'hui partie d'Aésio Mutuelle.", "")],
    "Mutuelle LMP": [
        ("Almerys est son opérateur depuis 2023. C'est lui qui envoie les cartes.", "")
    ],
    "Audiens": [
        (
            "Une seule source, peu sûre, qui cite aussi par erreur un réseau de soins "
            "parmi les clients.",
            "",
        )
    ],
    "Generali": [
        (
            "Une seule source de presse. Nous n'avons pas trouvé de déclaration de Generali "
            "elle-même.",
            "rocamadour",
        )
    ],
    "Harmonie Mutuelle": [
        (
            "Nous n'avons pas trouvé de déclaration d'Harmonie Mutuelle elle-même. Le Groupe VYV, "
            "dont elle fait partie, est copropriétaire de Viamedis.",
            "rocamadour",
        )
    ],
    "Macif": [("Nous n'avons pas trouvé de déclaration de la Macif elle-même.", "centrepresse")],
    "CA Assurances": [
        (
            "D'après Silicon, elle passe uniquement par Viamedis, et ses propres systèmes n'ont "
            "pas été visés.",
            "silicon",
        )
    ],
    "AXA": [
        (
            "AXA est un grand assureur : certains de ses contrats santé peuvent passer par "
            "un autre opérateur.",
            "journaldugeek",
        )
    ],
    "Intériale": [
        (
            "Une liste d'octobre 2026 la place, pour l'optique, chez un autre opérateur "
            "(SP Santé) : l'opérateur peut dépendre du domaine de soins.",
            "mutuelles.json",
        )
    ],
    "Roederer": [
        (
            "D'après la même liste d'octobre 2026, Roederer passe aussi par un autre portail "
            "(Santéclair) : l'opérateur peut dépendre du contrat.",
            "GetGranit",
        )
    ],
    "Mutuelle Carcept Prévoyance": [
        (
            "D'autres données de test du même dépôt donnent un autre opérateur (iSanté).",
            "serviceeligibility",
        )
    ],
}
# Notes of insurers-more.csv saying the same 2026 data lists the insurer under another portal.
OTHER_PORTAL = re.compile(
    r"(?i)also (?:in|under) (?:the )?((?:SP Santé|Santéclair)(?: and (?:SP Santé|Santéclair))?)"
)
GRANIT_VIAMEDIS_CAVEAT = (
    "Cette liste vient du portail des opticiens : elle ne dit rien de la pharmacie ni de "
    "l'hôpital, où l'opérateur peut être un autre."
)

# Sources named in the facts that say an insurer was NOT affected (breach-facts.md §1).
NOT_AFFECTED = [
    {
        "name": "MHV",
        "aliases": ["Mutuelle MHV"],
        "url": "https://mhv.fr/complementaire-sante/cyberattaque-operateurs-tiers-payant",
        "title": "MHV : cyberattaque des opérateurs de tiers payant",
        "caveat": "",
    },
    {
        "name": "APPA",
        "aliases": [],
        "url": "https://appa-asso.org/2024/02/13/cyberattaques-viamedis-et-almerys",
        "title": "APPA : cyberattaques Viamedis et Almerys",
        "caveat": "Son tiers payant est géré par Mercer, avec l'opérateur SP Santé.",
    },
]

# Date of each source as the facts give it (YYYY, YYYY-MM or YYYY-MM-DD; "" = not given).
# Every source of insurers.csv dates from February 2024 (facts README: "named in February
# 2024"); a more precise day is used when the notes give it.
SOURCE_DATES = {
    "rocamadouractualites.com": "2024-02-08",  # repost of actu.fr, 8 Feb 2024
    "amae-mutuelle.fr": "2024-02-01",  # members informed 1 Feb 2024
    "imazpress.com": "2024-02-05",  # Aésio e-mailed members on 5 Feb 2024
    "droits-salaries.com": "2020-10",  # the merger agreement of October 2020
    "alan.com": "2024-02-02",
    "mutuelle-msp.fr": "2024-02-06",
    "mutaero.net": "2024-02-08",
    "mutuelle.smh.fr": "2024-01-29",
    "newsassurancespro.com": "2024-02",  # "early Feb 2024, around 5 Feb"
    "groupe-vyv.fr": "2023-03-28",
}
FEBRUARY_2024 = "2024-02"
GRANIT_DATE = "2026-10-07"
# Sources that are not evidence for February 2024 (a 2020 merger agreement): kept as the source
# of a caveat only.
NOT_EVIDENCE = ("droits-salaries.com",)

PUBLISHERS = {
    "lemondeinformatique.fr": "Le Monde Informatique",
    "rocamadouractualites.com": "actu.fr (reprise)",
    "it-connect.fr": "IT-Connect",
    "silicon.fr": "Silicon",
    "imazpress.com": "Imaz Press",
    "droits-salaries.com": "Droits des salariés (accord d'entreprise)",
    "latribunedelhotellerie.com": "La Tribune de l'Hôtellerie",
    "centrepresseaveyron.fr": "Centre Presse Aveyron",
    "cfecgc-orange.org": "CFE-CGC Orange (avis de La Mutuelle Générale)",
    "journaldugeek.com": "Journal du Geek",
    "cafebabel.fr": "Cafébabel",
    "newsassurancespro.com": "News Assurances Pro",
    "assurance-logiciel.com": "assurance-logiciel.com (fiche Almerys)",
    "acuite.fr": "Acuité",
    "groupe-vyv.fr": "Groupe VYV (communiqué Oxantis)",
    "mutuelle-umc.fr": "Mutuelle UMC : conditions générales",
    "mutuelle-mutami.fr": "Mutami : avis de sécurité aux adhérents",
}
GRANIT_TITLES = {
    "viamedis.json": "Granit : organismes proposés par le portail Viamedis (relevé d'octobre 2026)",
    "oxantis.json": "Granit : organismes proposés par le portail Oxantis (relevé d'octobre 2026)",
    "mutuelles.json": "Granit : organismes proposés par les portails de tiers payant (octobre 2026)",
    "almerys.json": "Granit : fiche Almerys, qui cite un article d'Acuité (octobre 2026)",
}

# Notices of one insurer that name other insurers ("Named on the Mutami page").
OTHER_INSURER_PAGES = {"mutuelle-mutami.fr"}

KIND_RANK = [
    "insurer_notice",
    "press_2024",
    "named_by_insurer_2024",
    "group_2024",
    "insurer_page",
    "operator_list_later",
    "white_label",
    "undated_page",
    "old_test_data",
]

# Insurers that News Assurances Pro (Feb 2024) names itself; for the others it names the group.
NAMED_BY_NEWSASSURANCESPRO = {
    "Malakoff Humanis",
    "La Mutuelle Générale",
    "Macif",
    "AG2R La Mondiale",
    "Aésio Mutuelle",
    "Intériale",
}


def host(url: str) -> str:
    name = url.split("/")[2]
    return name[4:] if name.startswith("www.") else name


def _month(name: str) -> int:
    return MONTHS.index(name[:3].title()) + 1


def test_data_period(notes: str) -> tuple[str, str]:
    """(from, to) of a row of the Cegedim fixture, as its notes give it; ("", "") if they do not."""
    day = re.search(r"modified (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", notes)
    if day:
        date = f"{day[3]}-{_month(day[2]):02d}-{int(day[1]):02d}"
        return "", date
    months = re.search(r"modified ([A-Z][a-z]{2}) (\d{4}) ?- ?([A-Z][a-z]{2}) (\d{4})", notes)
    if months:
        return (
            f"{months[2]}-{_month(months[1]):02d}",
            f"{months[4]}-{_month(months[3]):02d}",
        )
    years = re.search(r"(?:\(|open |^|\. )(20\d\d) ?- ?(20\d\d)\b", notes)
    if years:
        return years[1], years[2]
    since = re.search(r"from ([A-Z][a-z]{2}) (20\d\d)\)", notes)
    if since:
        return "", f"{since[2]}-{_month(since[1]):02d}"
    return "", ""


def source_dates(url: str, notes: str, *, in_first_file: bool) -> tuple[str, str]:
    """(date_from, date) of one source; date "" when the facts do not date it."""
    if "GetGranit" in url:
        return "", GRANIT_DATE
    if "serviceeligibility" in url:
        return test_data_period(notes)
    dated = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", url) or re.search(
        r"/(20\d\d)(\d\d)(\d\d)\d+", url
    )
    if dated:
        return "", "-".join(dated.groups())
    name = host(url)
    if name in SOURCE_DATES:
        return "", SOURCE_DATES[name]
    return "", FEBRUARY_2024 if in_first_file else ""


def source_title(url: str) -> str:
    if "GetGranit" in url:
        return GRANIT_TITLES[url.rsplit("/", 1)[-1]]
    if "serviceeligibility" in url:
        return "Données de test Cegedim"
    name = host(url)
    return PUBLISHERS.get(name, name)


def source(url: str, notes: str, *, in_first_file: bool) -> dict[str, str]:
    date_from, date = source_dates(url, notes, in_first_file=in_first_file)
    item = {"url": url, "title": source_title(url), "date": date}
    if date_from:
        item["date_from"] = date_from
    return item


def row_operators(raw: str) -> list[str]:
    return ["viamedis", "almerys"] if raw == "both" else [raw]


def classify_more(
    url: str, name: str, row: dict[str, str], ops: list[str]
) -> tuple[str, list[str]] | None:
    """Kind of evidence and operators one source of insurers-more.csv gives, or None to skip it."""
    almerys_first = ["almerys"] if "almerys" in ops else ["viamedis"]
    if "serviceeligibility" in url:
        return "old_test_data", ["almerys"]  # the fixture has no Viamedis record
    if "oxantis.json" in url or "groupe-vyv.fr" in url:
        return "white_label", ["viamedis"]
    if "viamedis.json" in url:
        return "operator_list_later", ["viamedis"]
    if "almerys.json" in url or "acuite.fr" in url:
        return "operator_list_later", ["almerys"]
    if "mutuelles.json" in url:
        # Granit's export of every portal: it confirms the Viamedis list when the row has it,
        # and otherwise names another operator (Mutami: Actil; Intériale: SP Santé).
        return ("operator_list_later", ["viamedis"]) if "viamedis.json" in row["sources"] else None
    if "newsassurancespro" in url:
        kind = "press_2024" if name in NAMED_BY_NEWSASSURANCESPRO else "group_2024"
        return kind, almerys_first
    if "assurance-logiciel" in url:
        return "operator_list_later", almerys_first
    if "journaldugeek" in url:
        return "press_2024", ops
    if "mutuelle-umc" in url:
        return "undated_page", ops  # the mutuelle's own terms, undated and probably old
    raise SystemExit(f"Unknown kind of source {url}: classify it in classify_more()")


def is_name(alias: str) -> bool:
    """False for what is not a name a person would type: a URL, a note, a group."""
    return bool(
        alias
        and "..." not in alias
        and not re.search(r"https?:|www\.|\.(fr|com|net|org)\b", alias)
        and not alias.lower().startswith(("now ", "successor", "misspelt"))
        and slug(alias) not in NOT_ALIASES
    )


def split_aliases(raw: str) -> list[str]:
    aliases = []
    for alias in raw.split(";"):
        alias = re.sub(r"\([^)]*\)", "", alias).strip(" ,")
        if is_name(alias):
            aliases.append(alias)
    return aliases


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def confidence(notes: str) -> str:
    match = re.search(r"Confidence ([a-z-]+)", notes)
    return match.group(1) if match else "unknown"


def role(notes: str) -> str:
    if re.search(r"(?i)\bbroker", notes):
        return "broker"
    if re.search(r"(?i)\bmanager\b|gestionnaire", notes):
        return "manager"
    return "insurer"


def merge_evidence(entry: dict, kind: str, ops: list[str], src: dict, conf: str) -> None:
    for item in entry["evidence"]:
        if item["kind"] == kind and item["operators"] == ops:
            if src["url"] not in [s["url"] for s in item["sources"]]:
                item["sources"].append(src)
            return
    entry["evidence"].append({"kind": kind, "operators": ops, "confidence": conf, "sources": [src]})


def add_caveat(entry: dict, text: str, sources: list[dict]) -> None:
    if any(c["text"] == text for c in entry["caveats"]):
        return
    entry["caveats"].append({"text": text, "sources": sources})


def add_aliases(entry: dict, aliases: list[str]) -> None:
    known = {slug(entry["name"]), *(slug(a) for a in entry["aliases"])}
    for alias in aliases:
        if slug(alias) not in known and is_name(alias):
            entry["aliases"].append(alias)
            known.add(slug(alias))


def find_entry(entries: dict[str, dict], name: str) -> dict | None:
    keys = {slug(part) for part in [name, *name.split(" / ")]}
    for entry in entries.values():
        known = {slug(entry["name"]), *(slug(a) for a in entry["aliases"])}
        if keys & known:
            return entry
    return None


def new_entry(name: str, notes: str) -> dict:
    return {
        "id": slug(name),
        "name": name,
        "aliases": [],
        "operators": [],
        "role": role(notes),
        "caveats": [],
        "evidence": [],
    }


def row_caveats(entry: dict, name: str, row: dict[str, str], in_first_file: bool) -> None:
    urls = row["sources"].split()
    for text, pick in CAVEATS_FR.get(name, []):
        chosen = [u for u in urls if pick in u]
        if chosen:
            add_caveat(
                entry, text, [source(u, row["notes"], in_first_file=in_first_file) for u in chosen]
            )
    other = OTHER_PORTAL.search(row["notes"])
    granit = [u for u in urls if "GetGranit" in u]
    if other and granit and name not in CAVEATS_FR:
        portal = other[1].replace(" and ", " et ")
        add_caveat(
            entry,
            f"D'après la même liste d'octobre 2026, le tiers payant passe aussi par un autre "
            f"portail ({portal}) : cela peut dépendre du contrat.",
            [source(u, row["notes"], in_first_file=False) for u in granit],
        )
    if any("viamedis.json" in u for u in urls):
        viamedis_list = [u for u in urls if "viamedis.json" in u]
        add_caveat(
            entry,
            GRANIT_VIAMEDIS_CAVEAT,
            [source(u, row["notes"], in_first_file=False) for u in viamedis_list],
        )


def read_first_file(facts: Path, entries: dict[str, dict]) -> None:
    with (facts / "insurers.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, notes = row["name"], row["notes"]
            conf = confidence(notes)
            if name in OWN_NOTICE:
                kind = "insurer_notice" if conf in NOTICE_CONFIDENCES else "insurer_page"
            elif all(host(url) in OTHER_INSURER_PAGES for url in row["sources"].split()):
                kind = "named_by_insurer_2024"  # named on another mutuelle's notice, not press
            else:
                kind = "press_2024"
            entry = new_entry(name, notes)
            add_aliases(entry, ALIAS_FIXES.get(name, split_aliases(row["aliases"])))
            add_aliases(entry, FULL_NAMES.get(name, []))
            for url in row["sources"].split():
                if host(url) in NOT_EVIDENCE:
                    continue
                src = source(url, notes, in_first_file=True)
                merge_evidence(entry, kind, row_operators(row["operator"]), src, conf)
            row_caveats(entry, name, row, True)
            entries[entry["id"]] = entry


def read_more_file(facts: Path, entries: dict[str, dict]) -> None:
    with (facts / "insurers-more.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, notes = DISPLAY_NAMES.get(row["name"], row["name"]), row["notes"]
            entry = find_entry(entries, name)
            if entry is None:
                entry = new_entry(name, notes)
                entries[entry["id"]] = entry
            add_aliases(entry, split_aliases(row["aliases"]))
            add_aliases(entry, FULL_NAMES.get(name, []))
            ops = row_operators(row["operator"])
            for url in row["sources"].split():
                found = classify_more(url, entry["name"], row, ops)
                if found:
                    src = source(url, notes, in_first_file=False)
                    merge_evidence(entry, found[0], found[1], src, confidence(notes))
            row_caveats(entry, entry["name"], row, False)


def add_not_affected(entries: dict[str, dict]) -> None:
    for extra in NOT_AFFECTED:
        entry = new_entry(extra["name"], "")
        entry["aliases"] = list(extra["aliases"])
        src = {
            "url": extra["url"],
            "title": extra["title"],
            "date": source_dates(extra["url"], "", in_first_file=False)[1],
        }
        if extra["caveat"]:
            add_caveat(entry, extra["caveat"], [src])
        entry["evidence"].append(
            {
                "kind": "insurer_says_not_affected",
                "operators": [],
                "confidence": "high",
                "sources": [src],
            }
        )
        entries[entry["id"]] = entry


def build(facts: Path) -> dict:
    entries: dict[str, dict] = {}
    read_first_file(facts, entries)
    read_more_file(facts, entries)
    add_not_affected(entries)
    for entry in entries.values():
        entry["evidence"].sort(
            key=lambda item: KIND_RANK.index(item["kind"]) if item["kind"] in KIND_RANK else 99
        )
        entry["operators"] = sorted(
            {op for item in entry["evidence"] for op in item["operators"]},
            key=["viamedis", "almerys"].index,
        )
    empty = [e["name"] for e in entries.values() if not e["evidence"]]
    if empty:
        raise SystemExit(f"No evidence left for {empty}: check the facts")
    return {
        "schema": "vigie-mutuelle/insurers/2",
        "compiled_on": COMPILED_ON,
        "compiled_from": "shared/facts/insurers.csv, shared/facts/insurers-more.csv",
        "insurers": sorted(entries.values(), key=lambda e: slug(e["name"])),
    }


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def missing_facts(facts: Path) -> str:
    """A clear message when the facts folder is not there, or "" when it is complete."""
    absent = [name for name in FACT_FILES if not (facts / name).is_file()]
    if not absent:
        return ""
    if not facts.is_dir():
        return (
            f"Facts folder not found: {facts}\n"
            "The importer reads insurers.csv and insurers-more.csv from the team's facts folder "
            "(../shared/facts beside the project). Pass its place with --facts DIR."
        )
    return f"Facts folder {facts} lacks {', '.join(absent)}. Pass the right one with --facts DIR."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--facts", type=Path, default=DEFAULT_FACTS, help=f"facts folder (default {DEFAULT_FACTS})"
    )
    parser.add_argument("--out", type=Path, default=OUT, help=f"file to write (default {OUT})")
    args = parser.parse_args(argv)
    problem = missing_facts(args.facts)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    data = build(args.facts)
    args.out.write_text(render(data), encoding="utf-8")
    print(f"wrote {args.out} ({len(data['insurers'])} insurers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
