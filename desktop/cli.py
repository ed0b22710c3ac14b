"""The command line: the same engine as the window, without windows.

vigie-mutuelle                       start the window
vigie-mutuelle check "NOM" [--json]  look an insurer up
vigie-mutuelle render KIND --answers FILE.json --out FILE.pdf [--force]
vigie-mutuelle screenshots DIR [--zoom PERCENT] [--size 800x600] [--contrast]
vigie-mutuelle selftest
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    import argparse  # not for the window: see main

    parser = argparse.ArgumentParser(
        prog="vigie-mutuelle",
        description="Vigie Mutuelle : vérifier si sa mutuelle était concernée par les "
        "piratages Viamedis et Almerys, et préparer ses lettres.",
    )
    commands = parser.add_subparsers(dest="command", metavar="commande", title="commandes")
    check = commands.add_parser("check", help="chercher une mutuelle dans la liste")
    check.add_argument("name")
    check.add_argument("--json", action="store_true", help="réponse en JSON")
    render = commands.add_parser("render", help="produire un document PDF")
    render.add_argument("kind")
    render.add_argument("--answers", required=True, help="fichier de réponses JSON")
    render.add_argument("--out", required=True, help="fichier PDF à écrire")
    render.add_argument("--force", action="store_true", help="remplacer un fichier existant")
    shots = commands.add_parser("screenshots", help="image PNG de chaque écran")
    shots.add_argument("folder")
    shots.add_argument("--zoom", type=int, default=100, help="taille du texte, de 100 à 200")
    shots.add_argument("--size", default="1024x768", help="taille de la fenêtre, par ex. 800x600")
    shots.add_argument("--contrast", action="store_true", help="en « Contraste élevé »")
    commands.add_parser("selftest", help="vérifier que tout fonctionne, sans écran")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        return gui_main()  # the icon's start: no parser to build, the window comes first
    from desktop.commands.safe_io import french_argparse, quiet_broken_pipe

    with french_argparse():
        args = _parser().parse_args(argv)
    try:
        code = _run(args)
        sys.stdout.flush()
    except BrokenPipeError:  # `vigie-mutuelle check … | head`: the reader has gone
        return quiet_broken_pipe()
    return code


def _run(args: argparse.Namespace) -> int:
    if args.command == "check":
        from desktop.commands.check import run_check
        from desktop.commands.safe_io import shown

        return run_check(shown(args.name), as_json=args.json)
    if args.command == "render":
        from desktop.commands.render import run_render

        return run_render(args.kind, args.answers, args.out, force=args.force)
    if args.command == "screenshots":
        from desktop.commands.screenshots import run_screenshots

        return run_screenshots(args.folder, args.zoom, args.size, high_contrast=args.contrast)
    if args.command == "selftest":
        from desktop.commands.selftest import run_selftest

        return run_selftest()
    return gui_main()


def gui_main() -> int:
    from desktop.ui.main import run_window

    return run_window(sys.argv[:1])


if __name__ == "__main__":
    raise SystemExit(main())
