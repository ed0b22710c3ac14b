"""Draw the Vigie Mutuelle icon and write it in every format the installers need.

Our own drawing (no operator's or insurer's logo): a white shield with a thick check mark on a
deep-blue rounded square. Each size is drawn on its own, 8 times larger then reduced, so that the
small sizes (16 and 24 px) keep thick strokes and stay readable.

    .venv/bin/python packaging/icons/make_icons.py      # writes resources/icons/

Outputs (committed): vigie-mutuelle-<N>.png for N in PNG_SIZES, vigie-mutuelle.ico (16 to 256 px)
and vigie-mutuelle.icns (16 to 1024 px, for the macOS recipe).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[2] / "resources" / "icons"
NAME = "vigie-mutuelle"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = (11, 61, 120, 255)  # #0B3D78: white on it is 11:1
WHITE = (255, 255, 255, 255)
SCALE = 8


def _shield(size: float, top: float, margin: float) -> list[tuple[float, float]]:
    """Outline of a shield: flat top, straight sides, then two curves meeting at the point."""
    left, right = margin, size - margin
    shoulder = top + (size - top) * 0.42
    bottom = size - margin * 0.55
    middle = size / 2
    points = [(left, top), (right, top), (right, shoulder)]
    steps = 24
    for i in range(1, steps + 1):  # right side curves down to the point
        t = i / steps
        points.append((right - (right - middle) * t**1.4, shoulder + (bottom - shoulder) * t))
    for i in range(steps - 1, -1, -1):  # left side, mirrored, back up
        t = i / steps
        points.append((left + (middle - left) * t**1.4, shoulder + (bottom - shoulder) * t))
    return points


def draw(pixels: int) -> Image.Image:
    """One icon of ``pixels`` x ``pixels``; small sizes get relatively thicker shapes."""
    small = pixels <= 24
    big = pixels * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    corner = big * (0.12 if small else 0.2)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=corner, fill=BLUE)
    margin = big * (0.14 if small else 0.2)
    top = big * (0.12 if small else 0.16)
    pen.polygon(_shield(big, top, margin), fill=WHITE)
    # The check mark, in the blue, inside the shield.
    width = big * (0.15 if small else 0.1)
    tick = [(big * 0.33, big * 0.47), (big * 0.46, big * 0.61), (big * 0.69, big * 0.35)]
    pen.line(tick, fill=BLUE, width=round(width), joint="curve")
    for x, y in (tick[0], tick[-1]):  # round ends
        r = width / 2
        pen.ellipse((x - r, y - r, x + r, y + r), fill=BLUE)
    return image.resize((pixels, pixels), Image.Resampling.LANCZOS)


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in (*PNG_SIZES, 1024)}
    for size in PNG_SIZES:
        images[size].save(out / f"{NAME}-{size}.png", optimize=True)
    images[256].save(
        out / f"{NAME}.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    images[1024].save(out / f"{NAME}.icns", append_images=[images[512], images[256]])
    for path in sorted(out.iterdir()):
        print(f"{path.name}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
