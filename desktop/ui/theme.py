"""One place for sizes (px at 100 % zoom) and colours, and the stylesheet generated from them."""

from __future__ import annotations

from dataclasses import dataclass

ZOOM_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0)


@dataclass(frozen=True)
class Sizes:
    body: int = 20
    button: int = 22
    heading: int = 30
    subheading: int = 24
    caption: int = 20  # never smaller than body text
    button_height: int = 56
    focus_ring: int = 3
    border: int = 2
    spacing: int = 16
    margin: int = 32


@dataclass(frozen=True)
class Colours:
    text: str = "#1a1a1a"
    background: str = "#ffffff"
    panel: str = "#f3f2f1"
    primary: str = "#1d3f8f"
    primary_text: str = "#ffffff"
    primary_hover: str = "#142c66"
    secondary_text: str = "#1a1a1a"
    border: str = "#4a4a4a"
    focus: str = "#a34700"
    error: str = "#a00000"
    selected: str = "#dce6f7"
    link: str = "#1d3f8f"
    warning_panel: str = "#fff4d6"
    possible_panel: str = "#ece8f6"  # "peut-être": its own colour, distinct from "probablement"
    possible_edge: str = "#5a3d8a"
    disabled_text: str = "#6f6f6f"  # a button that cannot be used now (exempt from 7:1)


SIZES = Sizes()
COLOURS = Colours()


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def px(size: int, zoom: float) -> int:
    return round(size * zoom)


def stylesheet(zoom: float, sizes: Sizes = SIZES, c: Colours = COLOURS) -> str:
    """The whole application's stylesheet at this zoom."""

    def z(size: int) -> int:
        return px(size, zoom)

    return f"""
    QWidget {{ font-size: {z(sizes.body)}px; color: {c.text}; background: {c.background}; }}
    QLabel {{ background: transparent; }}
    QLabel[role="heading"] {{ font-size: {z(sizes.heading)}px; font-weight: bold; }}
    QLabel[role="subheading"] {{ font-size: {z(sizes.subheading)}px; font-weight: bold; }}
    QLabel[role="step"] {{ font-size: {z(sizes.caption)}px; }}
    QLabel[role="error"] {{ color: {c.error}; font-weight: bold; }}
    QLabel[role="source"] {{ font-size: {z(sizes.caption)}px; }}
    QFrame[role="panel"] {{ background: {c.panel}; border-left: {z(6)}px solid {c.primary}; }}
    QFrame[role="panel"] QLabel {{ background: {c.panel}; }}
    QFrame[role="warning"] {{ background: {c.warning_panel}; border-left: {z(6)}px solid {c.focus}; }}
    QFrame[role="warning"] QLabel {{ background: {c.warning_panel}; }}
    QFrame[role="possible"] {{ background: {c.possible_panel}; border-left: {z(6)}px solid {c.possible_edge}; }}
    QFrame[role="possible"] QLabel {{ background: {c.possible_panel}; }}
    QFrame[role="errorsummary"] {{ border: {z(4)}px solid {c.error}; }}
    QFrame[role="topbar"], QFrame[role="topbar"] QLabel {{ background: {c.panel}; }}
    QPushButton {{
        font-size: {z(sizes.button)}px; min-height: {z(sizes.button_height)}px;
        padding: 0 {z(20)}px; border: {z(sizes.border)}px solid {c.border};
        border-radius: {z(6)}px; background: {c.background}; color: {c.secondary_text};
        text-align: left;
    }}
    QPushButton[role="primary"] {{
        background: {c.primary}; color: {c.primary_text}; border-color: {c.primary};
        font-weight: bold; text-align: center;
    }}
    QPushButton[role="primary"]:hover {{ background: {c.primary_hover}; }}
    QPushButton[role="nav"] {{ text-align: center; }}
    QPushButton:disabled {{ color: {c.disabled_text}; border-style: dashed; }}
    QPushButton:checked {{ background: {c.selected}; border: {z(4)}px solid {c.primary}; font-weight: bold; }}
    QPushButton:focus {{ outline: none; border: {z(sizes.focus_ring)}px solid {c.focus}; }}
    QPushButton[role="primary"]:focus {{ border: {z(sizes.focus_ring)}px solid {c.focus}; }}
    QLineEdit, QPlainTextEdit {{
        font-size: {z(sizes.body)}px; padding: {z(10)}px {z(10)}px; border: {z(sizes.border)}px solid {c.border}; background: {c.background};
    }}
    QLineEdit[invalid="true"] {{ border: {z(4)}px solid {c.error}; }}  /* before :focus, which wins */
    QLineEdit:focus, QPlainTextEdit:focus {{ border: {z(sizes.focus_ring)}px solid {c.focus}; }}
    QScrollArea {{ border: none; }}
    QScrollBar:vertical {{ width: {z(20)}px; }}
    """
