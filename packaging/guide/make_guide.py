"""Write resources/guide-installation.pdf: one A4 page, in French, that a helper can print and
give to someone who installs Vigie Mutuelle at home.

    .venv/bin/python packaging/guide/make_guide.py [OUT.pdf]

The file names come from pyproject.toml's version, the screens from packaging/windows/
vigie-mutuelle.iss (French wizard: Bienvenue, Prêt à installer, Terminé). Fails if the text
does not fit on one page.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "guide-installation.pdf"
FONTS = ROOT / "resources" / "fonts"
BLUE = HexColor("#0B3D78")


def version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("no version in pyproject.toml")
    return found.group(1)


def styles() -> dict[str, ParagraphStyle]:
    pdfmetrics.registerFont(TTFont("Atkinson", FONTS / "AtkinsonHyperlegible-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("Atkinson-Bold", FONTS / "AtkinsonHyperlegible-Bold.ttf"))
    registerFontFamily("Atkinson", normal="Atkinson", bold="Atkinson-Bold")
    body = ParagraphStyle("body", fontName="Atkinson", fontSize=13.5, leading=17.5, spaceAfter=3)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName="Atkinson-Bold", fontSize=24, leading=28, textColor=BLUE
        ),
        "h": ParagraphStyle(
            "h",
            parent=body,
            fontName="Atkinson-Bold",
            fontSize=15.5,
            leading=19,
            spaceBefore=7,
            spaceAfter=4,
            textColor=BLUE,
        ),
        "body": body,
        "step": ParagraphStyle("step", parent=body, leftIndent=7 * mm, bulletIndent=0),
    }


def content(v: str) -> list[tuple[str, str]]:
    """(style, text) pairs; text uses reportlab's mini-markup (<b>)."""
    return [
        ("title", "Installer Vigie Mutuelle"),
        (
            "body",
            "Vigie Mutuelle marche <b>sans Internet</b> et ne garde rien sur vous. "
            "Il suffit d'un fichier, copié une fois sur l'ordinateur (clé USB, courriel).",
        ),
        ("h", "Sur Windows 10 ou Windows 11"),
        (
            "body",
            f"Le fichier : <b>VigieMutuelle-{v}-setup.exe</b>. "
            "Aucun mot de passe d'administrateur n'est demandé.",
        ),
        (
            "step",
            "1. Double-cliquez sur le fichier. Si Windows affiche « Windows a protégé votre "
            "ordinateur », cliquez sur « Informations complémentaires », puis sur "
            "« Exécuter quand même ».",
        ),
        ("step", "2. Écran « Bienvenue » : cliquez sur <b>Suivant</b>."),
        ("step", "3. Écran « Prêt à installer » : cliquez sur <b>Installer</b>."),
        (
            "step",
            "4. Dernier écran : cliquez sur <b>Terminer</b>. L'icône « Vigie Mutuelle » "
            "(un bouclier blanc sur fond bleu) est sur le bureau et dans le menu Démarrer.",
        ),
        (
            "body",
            "<b>Pour l'enlever</b> : Paramètres, Applications, « Vigie Mutuelle », "
            "Désinstaller. Les lettres que vous avez enregistrées restent dans vos Documents.",
        ),
        ("h", "Sur Linux (Ubuntu 24.04, Linux Mint 22, Debian 12 ou plus récents)"),
        (
            "body",
            f"Le fichier : <b>vigie-mutuelle_{v}_amd64.deb</b>. "
            "Le mot de passe de l'ordinateur est demandé.",
        ),
        (
            "step",
            "1. Double-cliquez sur le fichier : l'installateur de logiciels s'ouvre. "
            "S'il ne s'ouvre pas, utilisez la commande ci-dessous.",
        ),
        ("step", "2. Cliquez sur <b>Installer</b> et tapez le mot de passe."),
        ("step", "3. Ouvrez le menu des applications et cliquez sur « Vigie Mutuelle »."),
        (
            "body",
            "Autre façon, dans un terminal : "
            f"<b>sudo apt install ./vigie-mutuelle_{v}_amd64.deb</b>",
        ),
        (
            "body",
            "<b>Pour l'enlever</b> : dans le gestionnaire de logiciels, ou dans un terminal "
            ": <b>sudo apt remove vigie-mutuelle</b>.",
        ),
        ("h", "Sur Mac"),
        (
            "body",
            "Il n'y a pas encore d'installateur pour Mac. Demandez à la personne qui vous "
            "aide : elle peut préparer les lettres avec vous sur un autre ordinateur.",
        ),
        ("h", "Un problème ?"),
        (
            "body",
            "Rien n'est perdu : recommencez simplement l'installation. Vigie Mutuelle ne "
            "vous demande jamais de mot de passe ni de carte bancaire.",
        ),
    ]


def main(out: Path = OUT) -> int:
    style = styles()
    story = []
    for kind, text in content(version()):
        text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:")
        story.append(Paragraph(text, style[kind]))
    story.insert(1, Spacer(1, 2 * mm))
    pages: list[int] = []
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=14 * mm,
        title="Installer Vigie Mutuelle",
        author="Vigie Mutuelle",
        lang="fr-FR",
    )
    doc.build(story, onLaterPages=lambda canvas, _: pages.append(canvas.getPageNumber()))
    if pages:
        raise SystemExit(f"{out.name}: the guide must fit on one page, it takes {pages[-1]}")
    print(f"{out}: 1 page, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
