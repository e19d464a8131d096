"""An association's colours, made safe to read (WCAG 2.1 AA contrast).

An officer picks a brand colour for its look, not for its contrast. The frontend keeps the
colour where it is decoration (the header band) and picks black or white text on it,
whichever reads better; where the colour itself carries text (links, buttons on white),
it is darkened step by step until it reaches 4.5:1 against white.
"""

from __future__ import annotations

import colorsys
import hashlib
import re

AA_TEXT = 4.5
WHITE = "#ffffff"
INK = "#1a1a1a"
_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def parse(value):
    """``#1f4e79`` / ``1f4e79`` / ``#abc`` → (r, g, b) in 0–255, or ``None``."""
    match = _HEX.match((value or "").strip())
    if not match:
        return None
    digits = match[1]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))


def to_hex(rgb):
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background):
    """Black-ish or white text, whichever contrasts more with the background."""
    bg = parse(background) if isinstance(background, str) else background
    return WHITE if contrast(bg, parse(WHITE)) >= contrast(bg, parse(INK)) else INK


def readable_on(colour, background="#ffffff", ratio=AA_TEXT):
    """The colour, darkened just enough to be read as text on the (light) background."""
    rgb = parse(colour) if isinstance(colour, str) else colour
    back = parse(background) if isinstance(background, str) else background
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    while contrast(rgb, back) < ratio and lightness > 0:
        lightness = max(0.0, lightness - 0.02)
        rgb = tuple(c * 255 for c in colorsys.hls_to_rgb(h, lightness, s))
    return to_hex(rgb)


def tint(colour, amount=0.92):
    """A pale version of the colour for backgrounds behind dark text."""
    rgb = parse(colour) if isinstance(colour, str) else colour
    return to_hex(tuple(c + (255 - c) * amount for c in rgb))


def default_for(host):
    """A calm colour of its own for an association that has not chosen one: a hue from
    its host name at a fixed, dark lightness."""
    hue = int(hashlib.sha256(host.encode()).hexdigest()[:4], 16) / 0xFFFF
    return to_hex(tuple(c * 255 for c in colorsys.hls_to_rgb(hue, 0.30, 0.55)))


def palette(site, host):
    """CSS custom properties for an association, from ``/api/v2/site/`` colours if it has
    any (``colours``/``colors``: ``primary``, ``secondary``), else a default of its own."""
    chosen = site.get("colours") or site.get("colors") or {}
    if not isinstance(chosen, dict):
        chosen = {}
    primary = parse(chosen.get("primary") or "") and chosen["primary"]
    primary = primary or default_for(host)
    accent = parse(chosen.get("secondary") or chosen.get("accent") or "") and (
        chosen.get("secondary") or chosen.get("accent")
    )
    accent = accent or primary
    primary_hex = to_hex(parse(primary))
    accent_hex = to_hex(parse(accent))
    pale = tint(primary_hex)
    # Links and figures sit on white and on the pale tint: readable on the darker of both.
    return {
        "brand": primary_hex,
        "brand-text": text_on(primary_hex),
        "link": readable_on(primary_hex, pale),
        "accent": accent_hex,
        "accent-text": text_on(accent_hex),
        "accent-readable": readable_on(accent_hex, pale),
        "tint": pale,
    }
