"""Build resources/data/insurers.json from ../shared/facts/insurers*.csv.

Run from the project root:  python tools/import_insurers.py [FACTS_DIR]

The facts folder is the only source of truth; this script only reshapes it, classifies each
source by the strength of its evidence (see ../shared/facts/README.md) and attaches the date of
each source, taken from the facts notes. Re-run it when the facts change and review the diff.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

COMPILED_ON = "2026-11-25"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "data" / "insurers.json"

# Insurers whose evidence in insurers.csv is their own notice to members (breach-facts.md §1).
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

# Aliases in insurers.csv that are descriptions, not names a person would type.
ALIAS_FIXES = {
    "AMAE": ["AMAE mutuelle"],
    "Harmonie Mutuelle": [],  # "Groupe Vyv" also covers MGEN, MNT...: not an alias
    "Aésio Mutuelle": ["Aésio", "Aesio", "Aéma"],
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

# Plain-French caveats shown under the result, paraphrased from the facts notes.
CAVEATS_FR = {
    "Malakoff Humanis": "Le courrier a aussi été envoyé aux anciens clients et à leurs ayants droit.",
    "La Mutuelle Générale": (
        "Viamedis était son opérateur jusqu'au 31 décembre 2023, Almerys ensuite. "
        "Les deux l'ont prévenue de l'attaque."
    ),
    "Mutami": (
        "Sont concernés les contrats de 2016 au 31 décembre 2023. "
        "Les contrats commencés à partir du 1er janvier 2024 ne le sont pas."
    ),
    "Mutame & Plus": (
        "Seules environ 1 800 personnes sont concernées, avec l'un de ces quatre contrats : "
        "ProtecTerritoriale, MSTCDG27, Caen la Mer Habitat, MST-Perros-Guirec. "
        "Les autres adhérents ne le sont pas."
    ),
    "Mutuelle Valéo": (
        "Almerys était son ancien opérateur. Les données étaient encore gardées, "
        "pour respecter les durées légales."
    ),
    "Alan": (
        "Sont concernés les adhérents, actuels ou anciens, assurés jusqu'au 26 janvier 2024, "
        "et leurs ayants droit."
    ),
    "KLESIA Prévoyance": (
        "Cela concerne les contrats HCR Bien-Être (hôtels, cafés, restaurants). "
        "Pour les autres contrats Klesia, nous ne savons pas."
    ),
    "Mutuelle Mieux-Être": (
        "Cette mutuelle travaille avec plusieurs opérateurs. "
        "Regardez si Viamedis ou Almerys est écrit sur votre carte."
    ),
    "SMH": "Viamedis gérait le tiers payant chez les opticiens et les audioprothésistes.",
    "AG2R La Mondiale": "Viasanté, qui fait partie du groupe, a utilisé les deux opérateurs.",
    "Adréa Mutuelle": "Adréa fait aujourd'hui partie d'Aésio Mutuelle.",
    "Apréva": "Apréva fait aujourd'hui partie d'Aésio Mutuelle.",
    "Eovi MCD Mutuelle": "Eovi-MCD fait aujourd'hui partie d'Aésio Mutuelle.",
    "Mutuelle LMP": "Almerys est son opérateur depuis 2023. C'est lui qui envoie les cartes.",
    "Audiens": "Une seule source, peu sûre.",
    "Generali": "Une seule source de presse.",
    "Intériale": "Une liste de 2026 la place chez un autre opérateur (SP Santé).",
}

# Sources named in the facts that say an insurer was NOT affected (breach-facts.md §1).
NOT_AFFECTED = [
    {
        "name": "MHV",
        "aliases": ["Mutuelle MHV"],
        "url": "https://mhv.fr/complementaire-sante/cyberattaque-operateurs-tiers-payant",
        "title": "MHV : cyberattaque des opérateurs de tiers payant",
    },
    {
        "name": "APPA / Mercer",
        "aliases": ["APPA"],
        "url": "https://appa-asso.org/2024/02/13/cyberattaques-viamedis-et-almerys",
        "title": "APPA : cyberattaques Viamedis et Almerys",
    },
]

# Date of each source, from the facts notes (YYYY, YYYY-MM or YYYY-MM-DD; "" = unknown).
SOURCE_DATES = {
    "lemondeinformatique.fr": "2024-02",
    "rocamadouractualites.com": "2024-02-08",  # repost of actu.fr, 8 Feb 2024
    "it-connect.fr": "2024-02",
    "amae-mutuelle.fr": "2024-02-01",
    "silicon.fr": "2024-02",
    "imazpress.com": "2024-02-05",
    "droits-salaries.com": "2020-10",
    "latribunedelhotellerie.com": "2024-02",
    "alan.com": "2024-02-02",
    "mgp.fr": "2024-02",
    "mutuellelmp.fr": "2024-02",
    "mutame-plus.fr": "2024-02",
    "mutuelle-valeo.fr": "2024-02",
    "mutuelle-mutami.fr": "2024-02",
    "mutuelle-msp.fr": "2024-02-06",
    "mutaero.net": "2024-02-08",
    "mutuelle.smh.fr": "2024-01-29",
    "mieux-etre.fr": "2024-02",
    "cafebabel.fr": "2024-02",
    "newsassurancespro.com": "2024-02-05",
    "assurance-logiciel.com": "2024",
    "acuite.fr": "",  # undated; 2021 or later
    "groupe-vyv.fr": "2023-03-28",
    "mutuelle-umc.fr": "",
    "mhv.fr": "2024-02",
    "appa-asso.org": "2024-02-13",
}
GRANIT_DATE = "2026-10-07"
CEGEDIM_DATE = "2019"

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
}

KIND_RANK = [
    "insurer_notice",
    "press_2024",
    "group_2024",
    "operator_list_later",
    "white_label",
    "old_test_data",
]


def host(url: str) -> str:
    name = url.split("/")[2]
    return name[4:] if name.startswith("www.") else name


def source_date(url: str, notes: str) -> str:
    if "GetGranit" in url:
        return GRANIT_DATE
    if "serviceeligibility" in url:
        match = re.search(r"modified (\d{1,2}) (\w{3}) (\d{4})", notes)
        if match:
            months = [
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            ]
            day, month, year = match.groups()
            return f"{year}-{months.index(month) + 1:02d}-{int(day):02d}"
        return CEGEDIM_DATE
    dated = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", url) or re.search(
        r"/(20\d\d)(\d\d)(\d\d)\d+", url
    )
    if dated:
        return "-".join(dated.groups())
    name = host(url)
    if name in SOURCE_DATES:
        return SOURCE_DATES[name]
    raise SystemExit(f"No date known for source {url}: add it to SOURCE_DATES")


GRANIT_TITLES = {
    "viamedis.json": "Granit : organismes proposés par le portail Viamedis (relevé d'octobre 2026)",
    "oxantis.json": "Granit : organismes proposés par le portail Oxantis (relevé d'octobre 2026)",
    "mutuelles.json": "Granit : organismes proposés par les portails de tiers payant (octobre 2026)",
    "almerys.json": "Granit : fiche Almerys, qui cite un article d'Acuité (octobre 2026)",
}


def source_title(url: str) -> str:
    if "GetGranit" in url:
        return GRANIT_TITLES[url.rsplit("/", 1)[-1]]
    if "serviceeligibility" in url:
        return "Données de test Cegedim (2017-2019)"
    name = host(url)
    return PUBLISHERS.get(name, name)


# Insurers that News Assurances Pro (Feb 2024) names itself; for the others it names the group.
NAMED_BY_NEWSASSURANCESPRO = {
    "Malakoff Humanis",
    "La Mutuelle Générale",
    "Macif",
    "AG2R La Mondiale",
    "Aésio Mutuelle",
    "Intériale",
}


def classify_more(url: str, name: str, row_operators: list[str]) -> tuple[str, list[str]] | None:
    """Kind of evidence and operators one source of insurers-more.csv gives, or None to skip it."""
    almerys_first = ["almerys"] if "almerys" in row_operators else ["viamedis"]
    if "serviceeligibility" in url:
        return "old_test_data", ["almerys"]  # the fixture has no Viamedis record
    if "oxantis.json" in url or "groupe-vyv.fr" in url:
        return "white_label", ["viamedis"]
    if "viamedis.json" in url:
        return "operator_list_later", ["viamedis"]
    if "almerys.json" in url or "acuite.fr" in url:
        return "operator_list_later", ["almerys"]
    if "mutuelles.json" in url:
        # Granit's export of every portal: for Almerys rows it only shows another operator.
        return None if "almerys" in row_operators else ("operator_list_later", ["viamedis"])
    if "newsassurancespro" in url:
        kind = "press_2024" if name in NAMED_BY_NEWSASSURANCESPRO else "group_2024"
        return kind, almerys_first
    if "assurance-logiciel" in url:
        return "operator_list_later", almerys_first
    if "journaldugeek" in url:
        return "press_2024", row_operators
    return "operator_list_later", row_operators


def operators(raw: str) -> list[str]:
    return ["viamedis", "almerys"] if raw == "both" else [raw]


def split_aliases(raw: str) -> list[str]:
    aliases = []
    for alias in raw.split(";"):
        alias = re.sub(r"\([^)]*\)", "", alias).strip(" ,")
        if (
            alias
            and "..." not in alias
            and not alias.lower().startswith(("now ", "successor", "misspelt"))
        ):
            aliases.append(alias)
    return aliases


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def confidence(notes: str) -> str:
    match = re.search(r"Confidence ([a-z-]+)", notes)
    return match.group(1) if match else "unknown"


def role(notes: str) -> str:
    if re.search(r"\bBroker\b|broker\)|Broker/manager|Broker-manager|Broker group", notes):
        return "broker"
    if "Delegated manager" in notes:
        return "manager"
    return "insurer"


def merge_evidence(entry: dict, kind: str, ops: list[str], url: str, notes: str, conf: str) -> None:
    for item in entry["evidence"]:
        if item["kind"] == kind and item["operators"] == ops:
            if url not in [s["url"] for s in item["sources"]]:
                item["sources"].append(
                    {"url": url, "title": source_title(url), "date": source_date(url, notes)}
                )
            return
    entry["evidence"].append(
        {
            "kind": kind,
            "operators": ops,
            "confidence": conf,
            "sources": [{"url": url, "title": source_title(url), "date": source_date(url, notes)}],
        }
    )


def find_entry(entries: dict[str, dict], name: str, aliases: list[str]) -> dict | None:
    keys = {slug(part) for part in [name, *name.split(" / ")]}
    for entry in entries.values():
        known = {slug(entry["name"]), *(slug(a) for a in entry["aliases"])}
        if keys & known:
            return entry
    return None


def build(facts: Path) -> dict:
    entries: dict[str, dict] = {}
    with (facts / "insurers.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            kind = "insurer_notice" if name in OWN_NOTICE else "press_2024"
            aliases = ALIAS_FIXES.get(name, split_aliases(row["aliases"]))
            entry = {
                "id": slug(name),
                "name": name,
                "aliases": aliases,
                "operators": operators(row["operator"]),
                "role": role(row["notes"]),
                "caveat": CAVEATS_FR.get(name, ""),
                "evidence": [],
            }
            for url in row["sources"].split():
                merge_evidence(
                    entry,
                    kind,
                    operators(row["operator"]),
                    url,
                    row["notes"],
                    confidence(row["notes"]),
                )
            entries[entry["id"]] = entry
    with (facts / "insurers-more.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, notes = row["name"], row["notes"]
            aliases = split_aliases(row["aliases"])
            entry = find_entry(entries, name, aliases)
            if entry is None:
                entry = {
                    "id": slug(name),
                    "name": name,
                    "aliases": [],
                    "operators": operators(row["operator"]),
                    "role": role(notes),
                    "caveat": CAVEATS_FR.get(name, ""),
                    "evidence": [],
                }
                entries[entry["id"]] = entry
            known = {slug(entry["name"]), *(slug(a) for a in entry["aliases"])}
            for alias in aliases:
                if slug(alias) not in known:
                    entry["aliases"].append(alias)
                    known.add(slug(alias))
            for url in row["sources"].split():
                found = classify_more(url, entry["name"], operators(row["operator"]))
                if found:
                    merge_evidence(entry, found[0], found[1], url, notes, confidence(notes))
    for extra in NOT_AFFECTED:
        entry = {
            "id": slug(extra["name"]),
            "name": extra["name"],
            "aliases": extra["aliases"],
            "operators": [],
            "role": "insurer",
            "caveat": "",  # the evidence sentence already says it
            "evidence": [
                {
                    "kind": "insurer_says_not_affected",
                    "operators": [],
                    "confidence": "high",
                    "sources": [
                        {
                            "url": extra["url"],
                            "title": extra["title"],
                            "date": source_date(extra["url"], ""),
                        }
                    ],
                }
            ],
        }
        entries[entry["id"]] = entry
    for entry in entries.values():
        entry["evidence"].sort(
            key=lambda item: KIND_RANK.index(item["kind"]) if item["kind"] in KIND_RANK else 99
        )
        entry["operators"] = sorted(
            {op for item in entry["evidence"] for op in item["operators"]},
            key=["viamedis", "almerys"].index,
        )
    return {
        "schema": "vigie-mutuelle/insurers/1",
        "compiled_on": COMPILED_ON,
        "compiled_from": "shared/facts/insurers.csv, shared/facts/insurers-more.csv",
        "insurers": sorted(entries.values(), key=lambda e: slug(e["name"])),
    }


def main() -> None:
    facts = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "facts"
    data = build(facts)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['insurers'])} insurers)")


if __name__ == "__main__":
    main()
