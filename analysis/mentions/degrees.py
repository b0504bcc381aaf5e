"""A bare degree sign after a number, read by the words before it as an alcoholic strength
(percent), a temperature or an angle; a mixin of the number rules (:mod:`.amounts`).
Degrees with minutes of arc (``69°58′36,9″``) are read before, by
:func:`.units.arc_minutes_after`."""

from __future__ import annotations

import re

from .context import _Expr

_DEG_NAMED = re.compile(r"°[ \u00a0]?(?:[CСFRКK]|по)")
_ALCOHOL_BEFORE = re.compile(r"(?:спирт|водк|вин[аоу]|коньяк|настойк|крепост|alcohol|spirit|alkohol|арақ)", re.I)
_TEMPERATURE_BEFORE = re.compile(
    r"(?:температур|мороз|жар[аы]|термометр|temperatur|suhu|thermometer|ауа[ \u00a0]райы)", re.I
)
_ANGLE_BEFORE = re.compile(r"(?:угол|угла|углом|наклон|уклон|angle|sudut|бұрыш)", re.I)


class _DegreeRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def _degrees(self, x: _Expr, end: int) -> int:
        """A bare degree sign after the number (minutes of arc after it are read before, by
        :func:`.units.arc_minutes_after`), read by the words before it: an alcoholic strength
        (``спирта в 70°``, percent), a temperature (``температура воздуха −4,2°``) or an
        angle (``угол 30°``).  The next atom if emitted, else 0."""
        text = self.text
        if _DEG_NAMED.match(text, end):
            return 0  # "°C", "° по Реомюру": the unit rules
        before = text[max(0, x.start - 60) : x.start]
        if _ALCOHOL_BEFORE.search(before[-30:]):
            self.emit(x.start, end + 1, x.value, "percent", "%")
        elif _TEMPERATURE_BEFORE.search(before):  # degF in an English temperature context
            self.emit(x.start, end + 1, x.value, "quantity", "degF" if self.lang == "en" else "degC")
        elif _ANGLE_BEFORE.search(before):
            self.emit(x.start, end + 1, x.value, "quantity", "deg")
        else:
            return 0
        return self._atom_after(end + 1)
