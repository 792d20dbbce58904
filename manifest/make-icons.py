#!/usr/bin/env python3
"""Draws MentorBot's two Teams icons, deterministically, with the standard library only.

    python3 manifest/make-icons.py            # (re)writes manifest/color.png and manifest/outline.png
    python3 manifest/make-icons.py --check    # exits 1 if the committed PNGs differ from what this draws

The glyph is two people side by side: a mentor and, slightly lower and smaller, a mentee.
Teams' rules (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package):
  color.png   192x192, full colour; the symbol sits in the middle, the background may be solid.
  outline.png 32x32, white on a transparent background, nothing but white pixels (alpha carries the shape).
Shapes are signed-distance functions sampled SUPERSAMPLE^2 times per pixel, so edges are anti-aliased
without any imaging library, and the output is the same on every machine.
"""

import math
import struct
import sys
import zlib
from pathlib import Path

SUPERSAMPLE = 6
HERE = Path(__file__).resolve().parent

BACKGROUND = (0x0E, 0x7C, 0x66)  # deep teal: the accentColor in manifest.json
MENTOR = (0xFF, 0xFF, 0xFF)
MENTEE = (0xFF, 0xD1, 0x66)  # warm yellow, so the colour icon is not just white on teal
WHITE = (0xFF, 0xFF, 0xFF)


def circle(cx, cy, r):
    return lambda x, y: math.hypot(x - cx, y - cy) - r


def shoulders(cx, top, rx, ry, bottom):
    """The upper part of an ellipse centred at (cx, top + ry), cut flat at y = bottom."""
    cy = top + ry

    def sdf(x, y):
        # Approximate ellipse distance (exact enough for anti-aliasing at these sizes).
        k = math.hypot((x - cx) / rx, (y - cy) / ry)
        ellipse = (k - 1.0) * min(rx, ry)
        return max(ellipse, y - bottom)

    return sdf


def union(*shapes):
    return lambda x, y: min(s(x, y) for s in shapes)


def minus(shape, cut, gap):
    return lambda x, y: max(shape(x, y), -(cut(x, y) - gap))


# Unit square, y downwards. The mentee is cut out of the mentor with a small gap so both read as people.
MENTEE_SHAPE = union(circle(0.665, 0.45, 0.085), shoulders(0.665, 0.575, 0.155, 0.19, 0.80))
MENTOR_SHAPE = minus(union(circle(0.375, 0.31, 0.115), shoulders(0.375, 0.46, 0.215, 0.27, 0.80)), MENTEE_SHAPE, 0.045)


def coverage(shape, px, py, size, inset):
    """Fraction of pixel (px, py) inside the shape, the unit square mapped onto [inset, size - inset].

    The glyph itself spans about x 0.16-0.82 and y 0.20-0.80 of the unit square, so a negative inset
    still leaves a transparent margin."""
    span = size - 2 * inset
    inside = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            x = (px + (sx + 0.5) / SUPERSAMPLE - inset) / span
            y = (py + (sy + 0.5) / SUPERSAMPLE - inset) / span
            if shape(x, y) <= 0:
                inside += 1
    return inside / (SUPERSAMPLE * SUPERSAMPLE)


def blend(under, over, alpha):
    return tuple(round(u + (o - u) * alpha) for u, o in zip(under, over))


def color_icon(size=192, inset=30):
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            pixel = BACKGROUND
            pixel = blend(pixel, MENTOR, coverage(MENTOR_SHAPE, px, py, size, inset))
            pixel = blend(pixel, MENTEE, coverage(MENTEE_SHAPE, px, py, size, inset))
            row.append(pixel + (255,))
        rows.append(row)
    return rows


def outline_icon(size=32, inset=-1):
    glyph = union(MENTOR_SHAPE, MENTEE_SHAPE)
    return [[WHITE + (round(255 * coverage(glyph, px, py, size, inset)),) for px in range(size)] for py in range(size)]


def png(rows):
    """An 8-bit RGBA PNG, filter type 0 on every row, fixed compression: the same bytes every time."""
    height, width = len(rows), len(rows[0])

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main(argv):
    icons = {"color.png": png(color_icon()), "outline.png": png(outline_icon())}
    if "--check" in argv:
        stale = [name for name, data in icons.items() if not (HERE / name).exists() or (HERE / name).read_bytes() != data]
        if stale:
            print("Out of date (run python3 manifest/make-icons.py): " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    for name, data in icons.items():
        (HERE / name).write_bytes(data)
        print(f"wrote {HERE / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
