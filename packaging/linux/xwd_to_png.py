"""Convert an ``xwd -root`` screen dump (TrueColor, 24 or 32 bits per pixel) to PNG with Pillow.

xwd -root -silent > screen.xwd && python packaging/linux/xwd_to_png.py screen.xwd screen.png
"""

from __future__ import annotations

import struct
import sys

from PIL import Image


def convert(source: str, target: str) -> tuple[int, int]:
    with open(source, "rb") as f:
        data = f.read()
    fields = struct.unpack(">25I", data[:100])
    header_size, width, height, byte_order = fields[0], fields[4], fields[5], fields[7]
    bits_per_pixel, bytes_per_line, colours = fields[11], fields[12], fields[19]
    start = header_size + colours * 12
    mode = {32: "BGRX", 24: "BGR"}[bits_per_pixel] if byte_order == 0 else "XRGB"
    image = Image.frombuffer("RGB", (width, height), data[start:], "raw", mode, bytes_per_line, 1)
    image.save(target)
    return width, height


if __name__ == "__main__":
    width, height = convert(sys.argv[1], sys.argv[2])
    print(f"{width}x{height}")
