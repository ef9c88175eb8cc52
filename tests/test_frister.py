"""`lov frister`: a citizen's dated deadlines and appointments as text, JSON and an iCalendar file."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from compiler.driver.cli import main

LAW = """lov "Kontaktforløb"
begreb opgørelsesdato: dato kilde borger
begreb tilmeldt: dato "Dato for tilmelding" kilde register "Jobnet"
begreb forsikret: sandhedsværdi kilde register "A-kasse"
resultat første_samtale: dato "Første samtale, senest"
resultat cv_frist: dato "CV i Jobnet, senest"
resultat samtaler: kadence "Samtaler i kontaktforløbet"
resultat akasse_samtale: dato "Samtale i a-kassen, senest"
§ 1. første_samtale er tilmeldt + 2 uger.
§ 2. cv_frist er tilmeldt + 1 måned.
§ 3. samtaler er hver 4. uge fra første_samtale.
§ 4. akasse_samtale er tilmeldt + 2 uger, hvis forsikret.
"""


def run(tmp_path: Path, facts: dict, *args: str) -> tuple[int, str, str]:
    law = tmp_path / "lov.lov"
    law.write_text(LAW, encoding="utf-8")
    citizen = tmp_path / "borger.json"
    citizen.write_text(json.dumps(facts), encoding="utf-8")
    result = CliRunner().invoke(main, ["frister", str(law), "--input", str(citizen), *args])
    return result.exit_code, result.stdout_bytes.decode("utf-8"), result.stderr


JØRGEN = {"opgørelsesdato": "2026-01-05", "tilmeldt": "2026-01-05", "forsikret": True}


def test_text_lists_dates_in_order_with_their_provision_and_arithmetic(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, JØRGEN, "--til", "2026-03-31")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "2026-01-19  Første samtale, senest: 19. januar 2026 (§ 1)"
    assert lines[1].strip() == "tilmeldt 5. januar 2026 + 2 uger = 19. januar 2026 (§ 1)"
    dates = [line[:10] for line in lines if line[:1].isdigit()]
    assert dates == sorted(dates)
    assert "2026-02-16  Samtaler i kontaktforløbet (2. gang): 16. februar 2026 (§ 3)" in lines
    assert "2026-02-05  CV i Jobnet, senest: 5. februar 2026 (§ 2)" in lines
    assert not any(line.startswith("2026-04") for line in lines)


def test_dates_and_arithmetic_are_english_with_sprog_en(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, JØRGEN, "--til", "2026-03-31", "--sprog", "en")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "2026-01-19  Første samtale, senest: 19 January 2026 (§ 1)"
    # The period is the law's own text (`2 uger`); the dates and the words around it are English.
    assert lines[1].strip() == "tilmeldt 5 January 2026 + 2 uger = 19 January 2026 (§ 1)"
    assert "2026-02-16  Samtaler i kontaktforløbet (no. 2): 16 February 2026 (§ 3)" in lines
    code, out, _ = run(tmp_path, {**JØRGEN, "forsikret": None}, "--sprog", "en")
    assert "no date     akasse_samtale: the fact 'forsikret' is missing (§ 4)" in out


def test_a_deadline_that_cannot_be_dated_says_why(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, {**JØRGEN, "forsikret": None})
    assert code == 0
    assert "uden dato   akasse_samtale: mangler oplysningen 'forsikret' (§ 4)" in out


def test_an_ambiguous_date_shows_both_candidates(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, {**JØRGEN, "tilmeldt": "2026-01-31"}, "--format", "json")
    data = json.loads(out)
    cv = next(d for d in data["frister"] if d["resultat"] == "cv_frist")
    assert cv["kandidater"] == ["2026-02-28", "2026-03-01"] and cv["dato"] == "2026-02-28"


def test_json_is_the_schedule_as_data(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, JØRGEN, "--fra", "2026-02-01", "--til", "2026-04-30", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["fra"] == "2026-02-01" and data["til"] == "2026-04-30"
    meetings = [d for d in data["frister"] if d["resultat"] == "samtaler"]
    assert [(d["nummer"], d["dato"]) for d in meetings] == [(2, "2026-02-16"), (3, "2026-03-16"), (4, "2026-04-13")]
    assert all(d["art"] == "aftale" and d["regler"] == ["§ 3"] for d in meetings)
    assert [d["resultat"] for d in data["frister"] if d["art"] == "frist"] == ["cv_frist"]  # 19 January is before


def test_ics_is_a_calendar_file_that_parses_back_and_is_deterministic(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, JØRGEN, "--til", "2026-03-31", "--format", "ics")
    assert code == 0
    raw = out.encode("utf-8")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded as RFC 5545 requires
    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk("VEVENT")]
    starts = [e.decoded("dtstart") for e in events]
    assert datetime.date(2026, 1, 19) in starts and datetime.date(2026, 3, 16) in starts
    first = next(e for e in events if e.decoded("dtstart") == datetime.date(2026, 1, 19) and "Første" in e["summary"])
    assert "tilmeldt 5. januar 2026 + 2 uger = 19. januar 2026 (§ 1)" in str(first["description"])
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert run(tmp_path, JØRGEN, "--til", "2026-03-31", "--format", "ics")[1] == out


def test_output_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "frister.ics"
    code, out, _ = run(tmp_path, JØRGEN, "--format", "ics", "-o", str(target))
    assert code == 0 and out == ""
    assert icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")


@pytest.mark.parametrize(("args", "facts", "message"), [
    (["--fra", "2026-02-30"], JØRGEN, "--fra skal være en dato (ÅÅÅÅ-MM-DD)"),
    (["--fra", "2026-03-01", "--til", "2026-02-01"], JØRGEN, "--til 2026-02-01 ligger før --fra 2026-03-01"),
    ([], {"tilmeldt": "i går"}, "'tilmeldt' skal være en dato"),
])
def test_bad_input_exits_2_with_a_danish_message(tmp_path: Path, args: list[str], facts: dict, message: str) -> None:
    code, _, err = run(tmp_path, facts, *args)
    assert code == 2 and message in err and "Traceback" not in err
