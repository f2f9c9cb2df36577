"""Charts for the reports, drawn with matplotlib (Agg) to PNG bytes: no window needed.

matplotlib is imported when a chart is drawn, never at start-up.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desk_assistant.i18n import format_number

log = logging.getLogger(__name__)
# One drawing at a time: matplotlib's font and text caches are shared between threads.
DRAWING = threading.Lock()
_warming: threading.Thread | None = None

PALETTE = ("#1565c0", "#2e7d32", "#f9a825", "#6a1b9a", "#c62828", "#00838f", "#5d4037")


def _figure(width: float, height: float, dpi: int = 100):  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    # "tight" lays out once when saving; "constrained" solves on every draw (slower).
    return Figure(figsize=(width, height), dpi=dpi, layout="tight")


def warm_up() -> threading.Thread:
    """Load matplotlib and its fonts on a background thread, once.

    The first chart costs about 0.4 s more than the next ones (importing matplotlib,
    reading the font cache). The window calls this when it asks for the supervisor's PIN,
    so that cost is paid while the PIN is typed, not when the reports open.
    """
    global _warming
    if _warming is None:

        def load() -> None:
            try:
                with DRAWING:
                    figure = _figure(1.0, 1.0)
                    figure.subplots().set_title("0", fontsize=8)
                    _png(figure)
            except Exception:  # noqa: BLE001 (the real drawing will report it)
                log.exception("Loading matplotlib ahead of the charts failed")

        # Not a daemon: an exit while matplotlib loads waits for it rather than aborting.
        _warming = threading.Thread(target=load, name="charts-warm-up")
        _warming.start()
    return _warming


def _count_ticks(axis, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Whole-number ticks written as the reader writes numbers (Indonesian: 2.000)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: format_number(value, lang)))


def _png(figure) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def no_data(title: str, text: str, dpi: int = 100) -> bytes:
    """A chart with nothing to show: its title and a sentence, no empty axes."""
    figure = _figure(6.4, 1.6, dpi)
    axes = figure.subplots()
    axes.set_axis_off()
    axes.set_title(title, fontsize=11, loc="left")
    axes.text(0.5, 0.45, text, ha="center", va="center", fontsize=10, color="#666666")
    return _png(figure)


LABEL_WIDTH = 24  # characters a line of a bar's label, wrapped at words, never cut


def wrapped(label: str) -> str:
    """A bar's label on as many lines as it needs (a long option name stays whole)."""
    import textwrap

    return "\n".join(textwrap.wrap(label, LABEL_WIDTH, break_long_words=False)) or label


def _lines(labels: Sequence[str]) -> int:
    return sum(label.count("\n") + 1 for label in labels)


def bar_chart(
    title: str,
    values: Mapping[str, int],
    color: str = PALETTE[0],
    lang: str = "id",
    dpi: int = 100,
) -> bytes:
    """Horizontal bars, largest on top, with the number at the end of each bar."""
    items = sorted(values.items(), key=lambda item: item[1])
    labels = [wrapped(label) for label, _ in items]
    figure = _figure(6.4, max(1.6, 0.3 * _lines(labels) + 0.12 * len(labels) + 0.8), dpi)
    axes = figure.subplots()
    counts = [count for _, count in items]
    bars = axes.barh(labels, counts, color=color)
    _count_ticks(axes.xaxis, lang)
    axes.bar_label(bars, labels=[format_number(c, lang) for c in counts], padding=3, fontsize=8)
    axes.set_title(title, fontsize=11, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=9)
    axes.margins(x=0.15)
    return _png(figure)


def paired_bar_chart(
    title: str,
    labels: Sequence[str],
    first: Sequence[int],
    second: Sequence[int],
    names: tuple[str, str],
    lang: str = "id",
    dpi: int = 100,
) -> bytes:
    """Two bars per label (e.g. options offered and chosen)."""
    labels = [wrapped(label) for label in labels]
    figure = _figure(6.4, max(1.8, 0.3 * _lines(labels) + 0.2 * len(labels) + 1.0), dpi)
    axes = figure.subplots()
    positions = range(len(labels))
    height = 0.38
    upper = axes.barh(
        [p + height / 2 for p in positions], first, height, label=names[0], color=PALETTE[0]
    )
    lower = axes.barh(
        [p - height / 2 for p in positions], second, height, label=names[1], color=PALETTE[1]
    )
    for bars in (upper, lower):
        axes.bar_label(
            bars, labels=[format_number(b.get_width(), lang) for b in bars], padding=3, fontsize=8
        )
    axes.set_yticks(list(positions), labels)
    _count_ticks(axes.xaxis, lang)
    # Beside the plot, so it never covers a bar, its number or the title.
    axes.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    axes.set_title(title, fontsize=11, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=9)
    axes.margins(x=0.15)
    return _png(figure)


def trend_chart(
    title: str,
    labels: Sequence[str],
    counts: Sequence[int],
    lang: str = "id",
    dpi: int = 100,
) -> bytes:
    """Interactions per day, week or month: columns in order, a label every few."""
    figure = _figure(6.4, 2.6, dpi)
    axes = figure.subplots()
    positions = range(len(counts))
    axes.bar(list(positions), counts, color=PALETTE[0], width=0.8)
    step = max(1, -(-len(labels) // 16))  # at most 16 labels: they stay readable
    axes.set_xticks(list(positions)[::step], list(labels)[::step], rotation=45, ha="right")
    _count_ticks(axes.yaxis, lang)
    axes.set_title(title, fontsize=11, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8)
    return _png(figure)


def heatmap(
    title: str,
    counts: Mapping[tuple[int, int], int],
    day_names: Sequence[str],
    hours: Sequence[int],
    lang: str = "id",
    dpi: int = 100,
) -> bytes:
    """Interactions by weekday (rows) and hour (columns), the number in each cell."""
    figure = _figure(6.4, 3.0, dpi)
    axes = figure.subplots()
    grid = [[counts.get((day, hour), 0) for hour in hours] for day in range(7)]
    image = axes.imshow(grid, cmap="Blues", aspect="auto")
    top = max((max(row) for row in grid), default=0) or 1
    for day in range(7):
        for column in range(len(hours)):
            value = grid[day][column]
            if value:
                axes.text(
                    column,
                    day,
                    format_number(value, lang),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if value > top * 0.6 else "#0d2a6b",
                )
    axes.set_xticks(range(len(hours)), [f"{h:02d}" for h in hours])
    axes.set_yticks(range(7), day_names)
    axes.set_title(title, fontsize=11, loc="left")
    axes.tick_params(labelsize=8)
    _count_ticks(figure.colorbar(image, ax=axes, shrink=0.8).ax.yaxis, lang)
    return _png(figure)


@dataclass(frozen=True)
class ReportCharts:
    """The report's four charts, every text already in the reader's language.

    Built on the caller's thread, drawn on any thread (:meth:`draw`).
    """

    lang: str
    titles: Mapping[str, str]  # trend, heatmap, needs, outcomes, options
    day_names: Sequence[str]
    hours: Sequence[int]
    by_hour_weekday: Mapping[tuple[int, int], int]
    needs: Mapping[str, int]
    outcomes: Mapping[str, int]
    options: Sequence[str]
    offered: Sequence[int]
    chosen: Sequence[int]
    legend: tuple[str, str]
    empty: str  # said by a chart with nothing to show
    trend_labels: Sequence[str] = ()
    trend: Sequence[int] = ()
    dpi: int = 100  # 100: 640 pixels wide; more for large text

    def draw(self) -> dict[str, bytes]:
        """The PNG of each chart, by name."""
        lang, titles, dpi = self.lang, self.titles, self.dpi
        with DRAWING:
            pngs = {}
            charts: tuple[tuple[str, bool, Callable[[], bytes]], ...] = (
                (
                    "trend",
                    any(self.trend),
                    lambda: trend_chart(titles["trend"], self.trend_labels, self.trend, lang, dpi),
                ),
                (
                    "heatmap",
                    any(self.by_hour_weekday.values()),
                    lambda: heatmap(
                        titles["heatmap"],
                        self.by_hour_weekday,
                        self.day_names,
                        self.hours,
                        lang,
                        dpi,
                    ),
                ),
                (
                    "needs",
                    any(self.needs.values()),
                    lambda: bar_chart(titles["needs"], self.needs, lang=lang, dpi=dpi),
                ),
                (
                    "outcomes",
                    any(self.outcomes.values()),
                    lambda: bar_chart(titles["outcomes"], self.outcomes, PALETTE[1], lang, dpi),
                ),
                (
                    "options",
                    any(self.offered) or any(self.chosen),
                    lambda: paired_bar_chart(
                        titles["options"],
                        self.options,
                        self.offered,
                        self.chosen,
                        self.legend,
                        lang,
                        dpi,
                    ),
                ),
            )
            for key, has_data, draw in charts:
                pngs[key] = draw() if has_data else no_data(titles[key], self.empty, dpi)
            return pngs
