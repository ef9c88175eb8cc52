"""A citizen's deadlines and appointments as an iCalendar file (RFC 5545) a calendar imports.

Written with the `icalendar` library (escaping, line folding at 75 octets, CRLF line ends). The
file is deterministic: each event's UID is derived from the law's SHA-256, the result, the number
of the appointment and the date, and DTSTAMP is the citizen's evaluation date (never the clock).
"""

from __future__ import annotations

import datetime
import hashlib

import icalendar

from compiler.evaluate.deadlines import Schedule
from dsl import model as m

PRODID = "-//lov//Frister og aftaler//DA"


def calendar(law: m.Law, schedule: Schedule, stamp: datetime.date) -> bytes:
    """The schedule as an iCalendar file: one all-day event per date (for an ambiguous date, an
    event on the earlier candidate that names both)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if law.title:
        cal.add("x-wr-calname", law.title)
    when = datetime.datetime(stamp.year, stamp.month, stamp.day, tzinfo=datetime.timezone.utc)
    for d in schedule.dates:
        event = icalendar.Event()
        key = f"{law.sha256}|{d.result}|{d.number or 0}|{d.date.isoformat()}"
        event.add("uid", hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@lov")
        event.add("dtstamp", when)
        event.add("dtstart", d.date)
        event.add("dtend", d.date + datetime.timedelta(days=1))
        title = d.description or d.result
        if d.number is not None:
            title += f" ({d.number}.)"
        if d.candidates is not None:
            title += " — tvetydig dato"
        event.add("summary", title)
        lines = [f"{d.result}: {', '.join(d.rules)}"]
        if d.candidates is not None:
            lines.append("Kalenderen kan ikke fastlægge datoen: " + " eller ".join(x.isoformat() for x in d.candidates))
        lines += [f"Beregning: {step}" for step in d.steps]
        event.add("description", "\n".join(lines))
        event.add("categories", ["frist" if d.number is None else "aftale"])
        cal.add_component(event)
    return bytes(cal.to_ical())
