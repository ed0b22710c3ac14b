"""One place for sizes (px at 100 % zoom) and colours, and the stylesheet generated from them."""

from __future__ import annotations

from typing import Any

ZOOM_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0)
ANSWER_PADDING = 14  # px at 100 %: from an answer's left edge to its circle
ANSWER_GAP = 16  # px at 100 %: from the circle to the answer's words


class _Values:
    """Named values whose defaults are written on the class (``body: int = 20``). An instance
    may change some, ``Colours(text="#000000")``; it is read-only, and equal to one with the
    same values. Not a frozen dataclass: making one costs about 1.5 ms, and importing
    ``dataclasses`` 3.5 ms more, at every start, before the first window."""

    def __init__(self, **changes: Any) -> None:
        unknown = sorted(set(changes) - set(self.names()))
        if unknown:
            raise TypeError(f"{type(self).__name__} has no {', '.join(unknown)}")
        self.__dict__.update(changes)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The names of the values, in their order."""
        return tuple(cls.__annotations__)

    def values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.names())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.values() == other.values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self.values())


class Sizes(_Values):
    body: int = 20
    button: int = 22
    heading: int = 30
    subheading: int = 24
    caption: int = 20  # never smaller than body text
    button_height: int = 56
    bar_button_height: int = 48  # buttons of the top and bottom bars: not zoomed, >= 48 px
    radio: int = 30  # the circle of an answer
    scrollbar: int = 20  # never under 16 px
    focus_ring: int = 4
    border: int = 2
    spacing: int = 16
    margin: int = 32


class Colours(_Values):
    text: str = "#1a1a1a"
    background: str = "#ffffff"
    panel: str = "#f3f2f1"
    primary: str = "#1d3f8f"
    primary_text: str = "#ffffff"
    primary_hover: str = "#142c66"
    secondary_text: str = "#1a1a1a"
    border: str = "#4a4a4a"
    focus: str = "#0b0c0c"  # a thick black ring around a yellow fill (the GOV.UK focus)
    focus_fill: str = "#ffdd00"
    field_focus_fill: str = "#fffbe0"  # a text field with the focus: pale, the words stay clear
    error: str = "#a00000"
    chosen: str = "#1d3f8f"  # a chosen answer: dark fill, white bold words, filled circle
    chosen_text: str = "#ffffff"
    selected: str = "#dce6f7"
    warning_edge: str = "#a34700"
    scroll_track: str = "#f3f2f1"
    scroll_handle: str = "#4a4a4a"
    link: str = "#1d3f8f"
    warning_panel: str = "#fff4d6"
    possible_panel: str = "#ece8f6"  # "peut-être": its own colour, distinct from "probablement"
    possible_edge: str = "#5a3d8a"
    disabled_text: str = "#6f6f6f"  # a button that cannot be used now (exempt from 7:1)
    chosen_ring: str = "#ffdd00"  # the focus ring around a chosen answer
    card: str = "#eef3fb"  # the drawing of a mutuelle card
    card_zone: str = "#fff4d6"  # its zone where VIAMEDIS or ALMERYS is written


SIZES = Sizes()
COLOURS = Colours()
# "Contraste élevé": light text on black. Every text on its background is at least 7:1 (a
# test computes each pair); the focus is a yellow ring on a dark fill, a chosen answer a white
# fill with black bold words, an error pink-red and always said in words too.
HIGH_CONTRAST = Colours(
    text="#ffffff",
    background="#000000",
    panel="#1a1a1a",
    primary="#8fd3ff",
    primary_text="#000000",
    primary_hover="#bfe6ff",
    secondary_text="#ffffff",
    border="#c0c0c0",
    focus="#ffff00",
    focus_fill="#3a3000",
    field_focus_fill="#3a3000",
    error="#ff8f8f",
    chosen="#ffffff",
    chosen_text="#000000",
    selected="#002b4d",
    warning_edge="#ffb000",
    scroll_track="#1a1a1a",
    scroll_handle="#c0c0c0",
    link="#8fd3ff",
    warning_panel="#2a1f00",
    possible_panel="#1c1330",
    possible_edge="#c8a8ff",
    disabled_text="#a6a6a6",
    chosen_ring="#ffff00",
    card="#1a1a1a",
    card_zone="#2a1f00",
)
_active = [COLOURS]  # the colours in use: COLOURS, or HIGH_CONTRAST once chosen


def colours() -> Colours:
    """The colours in use now (drawing code asks each time it paints)."""
    return _active[0]


def use_high_contrast(on: bool) -> Colours:
    """Choose the colours of every stylesheet and drawing made from now on."""
    _active[0] = HIGH_CONTRAST if on else COLOURS
    return _active[0]


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


def stylesheet(zoom: float, sizes: Sizes = SIZES, c: Colours | None = None) -> str:
    """The whole application's stylesheet at this zoom (in the colours in use by default)."""
    c = c or colours()

    def z(size: int) -> int:
        return px(size, zoom)

    main = _main(zoom, sizes, c)
    # The focus ring is thicker than the border: a top-bar button takes it from its padding, so
    # its size stays the same (a button whose words change while it has the focus, "Écouter" /
    # "Arrêter", would ask for more height than the bar gives).
    ring = z(sizes.focus_ring) - z(sizes.border)
    bar = f"""
    QFrame[role="topbar"] QPushButton {{
        font-size: {z(sizes.body)}px; min-height: {sizes.bar_button_height}px;
        padding: {ring}px {z(10)}px;
    }}
    QFrame[role="topbar"] QPushButton[role="primary"] {{ padding: {ring}px {z(24)}px; }}
    QFrame[role="topbar"] QPushButton:focus {{ padding: 0 {z(10) - ring}px; }}
    QFrame[role="topbar"] QPushButton[role="primary"]:focus {{ padding: 0 {z(24) - ring}px; }}
    QFrame[role="topbar"] QPushButton::menu-indicator {{ width: 0; }}
    QFrame[role="topbar"] QPushButton:checked {{ font-weight: normal; }}  /* its width stays */
    QMenu {{ font-size: {z(sizes.body)}px; border: {z(sizes.border)}px solid {c.border}; }}
    QMenu::item {{
        padding: {z(10)}px {z(20)}px; min-height: {sizes.bar_button_height}px;
        border: {z(sizes.border)}px solid transparent;
    }}
    QMenu::indicator {{
        width: {z(20)}px; height: {z(20)}px; left: {z(8)}px;
        border: {z(sizes.border)}px solid {c.text}; border-radius: {z(3)}px;
    }}
    QMenu::indicator:checked {{ background: {c.text}; }}
    QMenu::item:selected {{
        background: {c.focus_fill}; color: {c.text}; border: {z(sizes.border)}px solid {c.focus};
    }}
    """
    radio = f"""
    QFrame[role="choices"] {{
        border: {z(sizes.focus_ring)}px solid transparent; padding: {z(4)}px;
    }}
    QFrame[role="choices"][invalid="true"] {{ border-left-color: {c.error}; }}
    QFrame[role="choices"]:focus {{ border-color: {c.focus}; }}
    QRadioButton[role="answer"] {{
        border: {z(sizes.border)}px solid {c.border}; border-radius: {z(6)}px;
        background: {c.background}; padding-left: {z(ANSWER_PADDING)}px; spacing: 0;
    }}
    QRadioButton[role="answer"]::indicator {{
        width: {z(sizes.radio)}px; height: {z(sizes.radio)}px;
        border: {z(3)}px solid {c.text}; border-radius: {z(sizes.radio) // 2 + z(3)}px;
        background: {c.background};
    }}
    QRadioButton[role="answer"]::indicator:checked {{
        border-color: {c.chosen_text};
        background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
            stop:0 {c.chosen}, stop:0.5 {c.chosen}, stop:0.56 {c.chosen_text},
            stop:1 {c.chosen_text});
    }}
    QRadioButton[role="answer"]:checked {{
        background: {c.chosen}; border: {z(sizes.border)}px solid {c.chosen};
    }}
    QRadioButton[role="answer"]:focus {{
        background: {c.focus_fill}; border: {z(sizes.focus_ring)}px solid {c.focus};
    }}
    QRadioButton[role="answer"]:checked:focus {{
        background: {c.chosen}; border: {z(sizes.focus_ring) + z(2)}px solid {c.chosen_ring};
    }}
    QRadioButton[role="answer"] QLabel {{
        font-size: {z(sizes.button)}px; color: {c.text}; background: transparent;
    }}
    QRadioButton[role="answer"] QLabel[chosen="true"] {{ color: {c.chosen_text}; font-weight: bold; }}
    """
    scrollbar = f"""
    QScrollBar:vertical {{
        width: {max(z(sizes.scrollbar), 16)}px; background: {c.scroll_track}; margin: 0;
        border-left: 1px solid {c.border};
    }}
    QScrollBar::handle:vertical {{
        background: {c.scroll_handle}; min-height: {z(48)}px; border-radius: {z(4)}px;
        margin: {z(2)}px;
    }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    """
    return main + bar + radio + scrollbar


def heading_px(zoom: float, sizes: Sizes = SIZES) -> int:
    """The heading: 30 px at 100 %, then it grows with the body text but keeps only a little
    more of its extra size, so that at 200 % the question and its first answers fit in view
    (52 px over 40 px body text)."""
    return px(sizes.body, zoom) + round((sizes.heading - sizes.body) * min(zoom, 1.25))


def _main(zoom: float, sizes: Sizes, c: Colours) -> str:
    def z(size: int) -> int:
        return px(size, zoom)

    def pad(border: int) -> int:
        """A button's side padding under a border this thick: a thicker border (focus, chosen)
        takes its width from the padding, since Qt keeps the size hint of the thin border
        (in a dialog's button row the words were cut)."""
        return max(0, z(20) - (border - z(sizes.border)))

    return f"""
    QWidget {{ font-size: {z(sizes.body)}px; color: {c.text}; background: {c.background}; }}
    QLabel {{ background: transparent; }}
    QLabel[role="heading"] {{
        font-size: {heading_px(zoom, sizes)}px; font-weight: bold;
        border-bottom: {z(sizes.focus_ring)}px solid transparent;
    }}
    QLabel[role="subheading"] {{ font-size: {z(sizes.subheading)}px; font-weight: bold; }}
    QLabel[role="step"] {{ font-size: {z(sizes.caption)}px; }}
    QLabel[role="error"] {{ color: {c.error}; font-weight: bold; }}
    QLabel[role="source"] {{ font-size: {z(sizes.caption)}px; }}
    QFrame[role="panel"] {{ background: {c.panel}; border-left: {z(6)}px solid {c.primary}; }}
    QFrame[role="panel"] QLabel {{ background: {c.panel}; }}
    QFrame[role="warning"] {{ background: {c.warning_panel}; border-left: {z(6)}px solid {c.warning_edge}; }}
    QFrame[role="warning"] QLabel {{ background: {c.warning_panel}; }}
    QFrame[role="possible"] {{ background: {c.possible_panel}; border-left: {z(6)}px solid {c.possible_edge}; }}
    QFrame[role="possible"] QLabel {{ background: {c.possible_panel}; }}
    QFrame[role="region"] {{ border: {z(sizes.focus_ring)}px solid transparent; }}
    QFrame[role="region"]:focus, QFrame[role="panel"]:focus, QFrame[role="warning"]:focus,
    QFrame[role="possible"]:focus {{ border: {z(sizes.focus_ring)}px solid {c.focus}; }}
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
    QPushButton:checked {{
        background: {c.selected}; border: {z(4)}px solid {c.primary}; font-weight: bold;
        padding: 0 {pad(z(4))}px;
    }}
    QPushButton:focus {{
        outline: none; border: {z(sizes.focus_ring)}px solid {c.focus};
        background: {c.focus_fill}; color: {c.text}; padding: 0 {pad(z(sizes.focus_ring))}px;
    }}
    QPushButton:checked:focus {{
        border: {z(sizes.focus_ring) + z(2)}px solid {c.focus};
        padding: 0 {pad(z(sizes.focus_ring) + z(2))}px;
    }}
    QPushButton[role="primary"]:focus {{
        border: {z(sizes.focus_ring)}px solid {c.focus}; background: {c.focus_fill};
        color: {c.text}; padding: 0 {pad(z(sizes.focus_ring))}px;
    }}
    QLabel[role="heading"]:focus {{ border-bottom-color: {c.focus}; }}
    QFrame[role="panel"]:focus {{
        border: {z(sizes.focus_ring)}px solid {c.focus}; border-left-width: {z(6)}px;
    }}
    QLineEdit, QPlainTextEdit {{
        font-size: {z(sizes.body)}px; padding: {z(6)}px {z(10)}px; border: {z(sizes.border)}px solid {c.border}; background: {c.background};
    }}
    QLineEdit[invalid="true"] {{ border: {z(4)}px solid {c.error}; }}  /* before :focus, which wins */
    QLineEdit:focus, QPlainTextEdit:focus {{
        border: {z(sizes.focus_ring)}px solid {c.focus}; background: {c.field_focus_fill};
    }}
    QScrollArea {{ border: none; }}
    """
