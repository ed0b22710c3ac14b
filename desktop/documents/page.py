"""The one page model every document uses (reportlab): A4, margins, embedded fonts, sender
block, recipient block in the window of a DL envelope, fold marks, place and date, subject,
signature space, enclosures, "Page 1 sur 2". Document modules only supply their content.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from desktop.core.datafile import Source
from desktop.documents.fonts import (
    BOLD,
    DIGIT_SCALE,
    REGULAR,
    SYMBOLS,
    atkinson_has,
    digit_font,
    draw_text,
    register_fonts,
    runs,
    text_width,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
# Every character stays inside this box (from the page edges).
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 12 * mm
TEXT_RIGHT = 20 * mm  # body text keeps a wider right margin than the window
# Safe area of the right-hand window of a DL envelope (facts §9), from the top-left corner; the
# right edge is 190 mm, not 195, because a folded A4 sheet slides 10 mm sideways in a 220 mm
# envelope (tools/envelope_check.py: a 100 x 45 mm window 20 mm from the right edge shows the
# sheet from x = 100 mm when pushed left to x = 190 mm when pushed right).
WINDOW_LEFT, WINDOW_RIGHT = 110 * mm, 190 * mm
WINDOW_TOP, WINDOW_BOTTOM = 55 * mm, 80 * mm
WINDOW_INSET = 1.5 * mm
# Where a DL window can show the folded sheet, whichever way it slides in the envelope (window
# at y 50–95 mm of the envelope, sheet 0 to 11 mm down; x 90–200 mm): only the recipient block
# may print in this zone (x0, top, x1, bottom from the top-left corner).
WINDOW_ZONE = (90 * mm, 39 * mm, 200 * mm, 100 * mm)
FOLDS_FROM_TOP = (99 * mm, 198 * mm)
LETTER_SIZE = 12.5
SHEET_SIZE = 16.0
SENDER_SIZE = 11.0
SENDER_RIGHT = WINDOW_ZONE[0] - 1 * mm  # the sender never slides into the window
FOOTER_SIZE = 11.0
SIGNATURE_SPACE = 22 * mm
RECIPIENT_SIZES = (12.0, 11.5, 11.0, 10.5, 10.0)

_NBSP = "\u00a0"


# --- text ------------------------------------------------------------------------------------


def typography(text: str) -> str:
    """French spacing: no-break space before : ; ! ? » and after «; U+202F becomes U+00A0."""
    text = text.replace("\u202f", _NBSP)
    for mark in ":;!?»":
        text = text.replace(" " + mark, _NBSP + mark)
    return text.replace("« ", "«" + _NBSP)


def unbreakable(text: str) -> str:
    """Keep a phone number or a reference on one line."""
    return text.replace(" ", _NBSP)


def rich(text: str, style: ParagraphStyle | None = None) -> str:
    """Paragraph markup for plain text: escaped, French spacing, DejaVu for missing glyphs,
    digits in the plain-zero font at ``style``'s size (:mod:`desktop.documents.fonts`)."""
    font = style.fontName if style is not None else REGULAR
    size = style.fontSize if style is not None else LETTER_SIZE
    digits = f'<font name="{digit_font(font)}" size="{size * DIGIT_SCALE:.2f}">'
    out: list[str] = []
    for is_digits, run in runs(typography(text)):
        if is_digits:
            out.append(f"{digits}{run}</font>")
            continue
        for char in run:
            if char in "\n\t" or atkinson_has(char) or char == " ":
                out.append(escape(char))
            else:
                out.append(f'<font name="{SYMBOLS}">{escape(char)}</font>')
    return "".join(out).replace("\n", "<br/>")


def source_name(source: Source) -> str:
    """``Franceinfo, 7 février 2024``: who published it and when, never the web address (the
    screen "D'où viennent ces informations ?" lists the addresses)."""
    publisher = source.title.split(" — ")[0].strip()
    when = source.date_fr if source.date else "page non datée"
    return f"{publisher}, {when}"


def source_names(sources: Sequence[Source]) -> str:
    """``CNIL, 26 septembre 2023 ; Leto, page non datée`` (each source once)."""
    return " ; ".join(dict.fromkeys(source_name(s) for s in sources))


def source_text(sources: Sequence[Source]) -> str:
    """``Sources : CNIL, 26 septembre 2023 ; Leto, page non datée`` in French."""
    label = "Source" if len({source_name(s) for s in sources}) == 1 else "Sources"
    return f"{label} : {source_names(sources)}"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bold: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle


def make_styles(size: float) -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=size,
        bulletFontSize=size,
        leading=size * 1.3,
        spaceAfter=size * 0.6,
        alignment=TA_LEFT,
    )
    small_size = max(11.0, size * 0.75)
    return Styles(
        body=body,
        bold=ParagraphStyle("bold", parent=body, fontName=BOLD),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.15,
            leading=size * 1.45,
            spaceBefore=size * 0.6,
            keepWithNext=1,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.45,
            leading=size * 1.8,
            spaceAfter=size,
        ),
        small=ParagraphStyle(
            "small",
            parent=body,
            fontSize=small_size,
            leading=small_size * 1.3,
            spaceAfter=small_size * 0.4,
        ),
        right=ParagraphStyle("right", parent=body, leftIndent=WINDOW_LEFT - MARGIN_LEFT),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(rich(text, style), style)


def bullets(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """A list with en-dash bullets, the text indented."""
    indent = style.fontSize * 1.2
    item_style = ParagraphStyle("item", parent=style, leftIndent=indent, bulletIndent=0)
    return [Paragraph(rich(item, style), item_style, bulletText="–") for item in items]


class CheckItem(Flowable):  # type: ignore[misc]
    """A tick box drawn as a square (the font has no ☐), then the text."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.box = style.fontSize * 0.9
        self.gap = style.fontSize * 0.7
        self.paragraph = Paragraph(rich(text, style), style)
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The paragraph's own height; the frame adds the style's space after (once)."""
        width = avail_width - self.box - self.gap
        _, height = self.paragraph.wrap(width, avail_height)
        self.width, self.height = avail_width, height
        return self.width, self.height

    def draw(self) -> None:
        first_baseline = self.height - self.style.fontSize
        self.canv.setLineWidth(1.4)
        self.canv.rect(0, first_baseline - 1, self.box, self.box, stroke=1, fill=0)
        self.paragraph.drawOn(self.canv, self.box + self.gap, 0)


# --- page numbering --------------------------------------------------------------------------


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Writes "Page n sur N" once the number of pages is known (only when N > 1).

    Pages drawn after :data:`UNNUMBERED` is set (a note to keep) are not counted.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = REGULAR  # no stray, unembedded Helvetica
        kwargs["initialFontSize"] = LETTER_SIZE
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.vm_unnumbered = False
        self.vm_pagesize = A4

    def showPage(self) -> None:
        self._pages.append({**self.__dict__, "_vm_numbered": not self.vm_unnumbered})
        self._startPage()

    def save(self) -> None:
        total = sum(1 for page in self._pages if page["_vm_numbered"])
        number = 0
        for state in self._pages:
            self.__dict__.update(state)
            number += 1 if state["_vm_numbered"] else 0
            if state["_vm_numbered"] and total > 1:
                width = self.vm_pagesize[0]
                label = f"Page {number} sur {total}"
                left = width / 2 - text_width(label, REGULAR, FOOTER_SIZE) / 2
                draw_text(self, left, MARGIN_BOTTOM, label, REGULAR, FOOTER_SIZE)
            super().showPage()
        super().save()


# --- letters ---------------------------------------------------------------------------------


@dataclass
class Letter:
    """Everything a typed letter holds; wording is supplied by each document module."""

    title: str  # PDF metadata
    sender: list[str]  # sender's NF Z 10-011 block, top left, name line first
    recipient: list[str]  # NF Z 10-011 lines, printed in the window
    place_date: str  # "À Saint-Étienne, le 25 novembre 2026"
    subject: str  # after "Objet :"
    sender_extra: list[str] = field(default_factory=list)  # phone, under the sender block
    sender_name_rows: int = 1  # rows of the sender block holding the name (in bold)
    references: list[str] = field(default_factory=list)  # "Référence : …"
    salutation: str = "Madame, Monsieur,"
    body: list[str] = field(default_factory=list)  # paragraphs; "- " starts a bullet
    closing: str = ""
    signature: str = ""  # typed name under the signature space
    enclosures: list[str] = field(default_factory=list)
    cosign_intro: str = ""  # others who sign the same letter (adults of the family)
    cosigners: list[str] = field(default_factory=list)
    note_title: str = ""  # optional page to keep, not posted and not numbered: printed first
    note: list[Flowable] = field(default_factory=list)


def recipient_font_size(lines: Sequence[str]) -> float:
    """Largest size (10–12 pt, smaller only if it must) that fits the window safe area."""
    register_fonts()
    width = WINDOW_RIGHT - WINDOW_LEFT - 2 * WINDOW_INSET
    height = WINDOW_BOTTOM - WINDOW_TOP - 2 * WINDOW_INSET
    widest = max(text_width(line, REGULAR, 1.0) for line in lines)
    for size in RECIPIENT_SIZES:
        if widest * size <= width and _block_height(len(lines), size) <= height:
            return size
    by_width = width / widest
    by_height = height / _block_height(len(lines), 1.0)
    return min(by_width, by_height)


def _block_height(count: int, size: float) -> float:
    return (count - 1) * size * 1.18 + size * 1.0


def _draw_recipient(canvas: Canvas, lines: Sequence[str]) -> None:
    size = recipient_font_size(lines)
    leading = size * 1.18
    height = _block_height(len(lines), size)
    # Centre the block vertically inside the safe area.
    top = WINDOW_TOP + ((WINDOW_BOTTOM - WINDOW_TOP) - height) / 2
    baseline = PAGE_HEIGHT - top - size * 0.78
    for line in lines:
        draw_text(canvas, WINDOW_LEFT + WINDOW_INSET, baseline, line, REGULAR, size)
        baseline -= leading


def _draw_sender(
    canvas: Canvas, block: Sequence[str], extra: Sequence[str], name_rows: int = 1
) -> None:
    """Top left, kept left of the window zone so it never shows in the window; the name line
    in bold, then the address; phone number(s) after a gap, outside the address block."""
    widest = max(text_width(line, BOLD, 1.0) for line in [*block, *extra])
    size = min(SENDER_SIZE, (SENDER_RIGHT - MARGIN_LEFT) / widest)
    leading = size * 1.25
    baseline = PAGE_HEIGHT - MARGIN_TOP - 3 * mm - size
    for index, line in enumerate(block):
        font = BOLD if index < name_rows else REGULAR
        draw_text(canvas, MARGIN_LEFT, baseline, line, font, size)
        baseline -= leading
    baseline -= leading * 0.5
    for line in extra:
        draw_text(canvas, MARGIN_LEFT, baseline, line, REGULAR, size)
        baseline -= leading


def _draw_fold_marks(canvas: Canvas) -> None:
    canvas.setLineWidth(0.5)
    for from_top in FOLDS_FROM_TOP:
        y = PAGE_HEIGHT - from_top
        canvas.line(4 * mm, y, 9 * mm, y)


def _paragraph(text: str, styles: Styles) -> list[Flowable]:
    return bullets([text[2:]], styles.body) if text.startswith("- ") else [para(text, styles.body)]


def _ending(letter: Letter, styles: Styles) -> list[Flowable]:
    """The last paragraph, the closing, the signature and the enclosures, kept on one page:
    a page never holds only the closing formula and the signature."""
    last: list[Flowable] = _paragraph(letter.body[-1], styles) if letter.body else []
    ending = [*last, para(letter.closing, styles.body)] if letter.closing else last
    ending += [Spacer(1, SIGNATURE_SPACE), para(letter.signature, styles.right)]
    if letter.enclosures:
        ending += [
            Spacer(1, 3 * mm),
            para("Pièces jointes :", styles.bold),
            *bullets(letter.enclosures, styles.body),
        ]
    return [KeepTogether(ending)]


def _cosigners(letter: Letter, styles: Styles) -> list[Flowable]:
    if not letter.cosigners:
        return []
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    first = True
    for name in letter.cosigners:
        block: list[Flowable] = [para(letter.cosign_intro, styles.bold)] if first else []
        block += [para(f"{name}, signature :", styles.body), Spacer(1, 18 * mm)]
        story.append(KeepTogether(block))
        first = False
    return story


def letter_story(letter: Letter, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if letter.note:
        story += [para(letter.note_title, styles.title), *letter.note]
        story += [NextPageTemplate("first"), PageBreak()]
    story += [
        para(letter.place_date, styles.right),
        Spacer(1, styles.body.fontSize * 0.4),
        para(f"Objet : {letter.subject}", styles.bold),
    ]
    story += [para(reference, styles.body) for reference in letter.references]
    story += [Spacer(1, styles.body.fontSize * 0.5), para(letter.salutation, styles.body)]
    for text in letter.body[:-1]:
        story += _paragraph(text, styles)
    return story + _ending(letter, styles) + _cosigners(letter, styles)


def render_letter(letter: Letter) -> bytes:
    """A typed letter ready to sign, fold in three and post in a DL window envelope.

    The page starts under the window zone (:data:`WINDOW_ZONE`): place and date, subject and
    text never show through the window. A note to keep, when there is one, comes first.
    """
    styles = make_styles(LETTER_SIZE)
    body_width = PAGE_WIDTH - MARGIN_LEFT - TEXT_RIGHT
    first_top = WINDOW_ZONE[3] + 1 * mm
    bottom = MARGIN_BOTTOM + 8 * mm

    def first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.vm_unnumbered = False
        _draw_sender(canvas, letter.sender, letter.sender_extra, letter.sender_name_rows)
        _draw_recipient(canvas, letter.recipient)
        _draw_fold_marks(canvas)

    def note_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.vm_unnumbered = True

    def frame(top: float, name: str) -> Frame:
        height = PAGE_HEIGHT - top - bottom
        return Frame(MARGIN_LEFT, bottom, body_width, height, id=name, **_NO_PADDING)

    first = PageTemplate(
        "first", [frame(first_top, "first")], onPage=first_page, autoNextPageTemplate="next"
    )
    note = PageTemplate("note", [frame(MARGIN_TOP + 4 * mm, "note")], onPage=note_page)
    templates = [note, first] if letter.note else [first]
    templates.append(PageTemplate("next", [frame(MARGIN_TOP + 8 * mm, "next")]))
    return _build(letter.title, templates, letter_story(letter, styles), A4)


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


# --- sheets (checklists, plans, logs) --------------------------------------------------------


def sheet_styles() -> Styles:
    return make_styles(SHEET_SIZE)


def render_sheet(title: str, story: list[Flowable], *, wide: bool = False) -> bytes:
    """A large-print sheet (16 pt and more), portrait A4 or landscape A4 when ``wide``."""
    size = landscape(A4) if wide else A4
    width, height = size
    bottom = MARGIN_BOTTOM + 8 * mm
    frame = Frame(
        MARGIN_LEFT,
        bottom,
        width - MARGIN_LEFT - TEXT_RIGHT,
        height - MARGIN_TOP - bottom,
        id="sheet",
        **_NO_PADDING,
    )

    def every_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.vm_pagesize = size

    return _build(title, [PageTemplate("sheet", [frame], onPage=every_page)], story, size)


def _build(title: str, templates: list[PageTemplate], story: list[Flowable], size: Any) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        title=title,
        author="Vigie Mutuelle",
        creator="Vigie Mutuelle",
        lang="fr-FR",
        pageTemplates=templates,
        invariant=True,
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
