"""A degree sign after a number: degrees, minutes and seconds of arc (``69°58′36,9″``) as one
quantity in decimal degrees, or a bare ``°`` read by the words before it as an alcoholic
strength (percent), a temperature or an angle; a mixin of the number rules (:mod:`.amounts`)."""

from __future__ import annotations

import re

from .context import _Expr

# minutes (and seconds) of arc after the degree sign: "°58′36,9″", "° 20′", "°12'"
_DMS = re.compile(
    r"°[ \u00a0]?(\d{1,2}(?:[.,]\d+)?)[ \u00a0]?[′'](?:[ \u00a0]?(\d{1,2}(?:[.,]\d+)?)[ \u00a0]?[″\"])?"
)
_DEG_NAMED = re.compile(r"°[ \u00a0]?(?:[CСFRКK]|по)")
_ALCOHOL_BEFORE = re.compile(r"(?:спирт|водк|вин[аоу]|коньяк|настойк|крепост|alcohol|spirit|alkohol|арақ)", re.I)
_TEMPERATURE_BEFORE = re.compile(
    r"(?:температур|мороз|жар[аы]|термометр|temperatur|suhu|thermometer|ауа[ \u00a0]райы)", re.I
)
_ANGLE_BEFORE = re.compile(r"(?:угол|угла|углом|наклон|уклон|angle|sudut|бұрыш)", re.I)


class _DegreeRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def _degrees(self, x: _Expr, end: int) -> int:
        """A degree sign after the number: degrees, minutes and seconds of arc
        (``69°58′36,9″``, ``41° 20′``: one quantity in decimal degrees, the hemisphere
        outside); a bare ``°`` read by the words before it: an alcoholic strength
        (``спирта в 70°``, percent), a temperature (``температура воздуха −4,2°``) or an
        angle (``угол 30°``).  The next atom if emitted, else 0."""
        text = self.text
        m = _DMS.match(text, end)
        if m:
            if not 0 <= abs(x.value) <= 180 or x.value % 1:
                return 0
            mins = float(m.group(1).replace(",", "."))
            secs = float(m.group(2).replace(",", ".")) if m.group(2) else 0.0
            if mins >= 60 or secs >= 60:
                return 0
            self.emit(x.start, m.end(), x.value + mins / 60 + secs / 3600, "quantity", "deg")
            return self._atom_after(m.end())
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
