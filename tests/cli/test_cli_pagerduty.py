"""The pull, plan, push and send-test-event commands, end to end against the fake account."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rotaplan.cli import main
from rotaplan.store import load, save
from rotaplan.store.demo import demo_project
from tests.fakes.pagerduty import TEST_TOKEN, FakePagerDuty

ROUTING_KEY = "R" * 32


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakePagerDuty]:
    """A fake account with the demo's people; the token in the environment."""
    monkeypatch.setenv("PAGERDUTY_TOKEN", TEST_TOKEN)
    with FakePagerDuty(TEST_TOKEN) as fake:
        for person in demo_project().people:
            fake.add_user(person.name, person.email, person.time_zone)
        yield fake


def run(*args: str) -> int:
    return main(list(args))


@pytest.mark.usefixtures("umask_022")
def test_push_plan_pull_cycle(
    account: FakePagerDuty,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    file = tmp_path / "team.rotaplan"
    save(demo_project(), file)
    url = ["--api-url", account.url]
    assert run("plan", str(file), *url) == 0
    out = capsys.readouterr().out
    assert "Payments primary: create schedule" in out
    assert "5 write request(s)" in out
    assert run("push", str(file), "--yes", *url) == 0
    out = capsys.readouterr().out
    assert "[5/5] done: Payments: create escalation policy" in out
    saved = load(file)
    assert all(s.pagerduty_id for s in saved.schedules)
    assert account.writes == 5
    account.reset_counts()
    assert run("push", str(file), "--yes", *url) == 0
    assert "nothing to push" in capsys.readouterr().out
    assert account.writes == 0
    assert run("plan", str(file), "--json", *url) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["steps"] == []
    assert plan["errors"] == []
    pulled = tmp_path / "pulled.rotaplan"
    assert run("pull", "--out", str(pulled), *url) == 0
    assert "Pulled 8 people, 3 schedules and 1 escalation policies" in capsys.readouterr().out
    assert pulled.stat().st_mode & 0o777 == 0o644 or os.name != "posix"
    assert run("plan", str(pulled), *url) == 0
    assert run("pull", "--out", str(pulled), *url) == 2
    assert "use --force" in capsys.readouterr().err
    # The token is nowhere: not in files, output or log lines.
    for path in tmp_path.iterdir():
        assert TEST_TOKEN not in path.read_text(encoding="utf-8")
    assert TEST_TOKEN not in caplog.text


def test_pull_into_an_existing_file_keeps_its_time_off_and_holidays(
    account: FakePagerDuty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "team.rotaplan"
    project = demo_project()
    save(project, file)
    url = ["--api-url", account.url]
    assert run("push", str(file), "--yes", *url) == 0
    pushed = load(file)
    capsys.readouterr()
    assert run("pull", "--out", str(file), "--force", *url) == 0
    out = capsys.readouterr().out
    assert "Pulled 8 people, 3 schedules and 1 escalation policies" in out
    assert f"Kept {len(project.time_off)} time-off entries and the holiday settings" in out
    pulled = load(file)
    assert pulled.name == project.name
    assert pulled.holidays == project.holidays
    assert [(t.person, t.start, t.end) for t in pulled.time_off] == [
        (t.person, t.start, t.end) for t in project.time_off
    ]
    assert {p.id: p.color for p in pulled.people} == {p.id: p.color for p in project.people}
    assert load(file.with_name(file.name + ".bak")) == pushed
    assert run("plan", str(file), *url) == 0
    assert "nothing to push" in capsys.readouterr().out


def test_pull_leaves_an_unreadable_file_alone(
    account: FakePagerDuty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "team.rotaplan"
    file.write_text("{not json", encoding="utf-8")
    assert run("pull", "--out", str(file), "--force", "--api-url", account.url) == 2
    err = capsys.readouterr().err
    assert "it was left as it is" in err
    assert err.count("\n") == 1
    assert file.read_text(encoding="utf-8") == "{not json"
    assert account.count() == 0


def test_wrong_token_one_line(
    account: FakePagerDuty,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAGERDUTY_TOKEN", "wrong_token_value")
    assert run("pull", "--out", str(tmp_path / "x.rotaplan"), "--api-url", account.url) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "refused the token (401)" in err
    assert "wrong_token_value" not in err
    assert not (tmp_path / "x.rotaplan").exists()


def test_no_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PAGERDUTY_TOKEN", raising=False)
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    assert (
        run("pull", "--out", str(tmp_path / "x.rotaplan"), "--api-url", "http://127.0.0.1:9") == 2
    )
    assert "no PagerDuty token: set PAGERDUTY_TOKEN" in capsys.readouterr().err


def test_token_from_keyring(
    account: FakePagerDuty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PAGERDUTY_TOKEN", raising=False)
    monkeypatch.setattr(
        "keyring.get_password",
        lambda service, user: TEST_TOKEN if (service, user) == ("rotaplan", "pagerduty") else None,
    )
    assert run("pull", "--out", str(tmp_path / "x.rotaplan"), "--api-url", account.url) == 0


def test_plain_http_refused_for_remote_hosts(
    account: FakePagerDuty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("pull", "--out", str(tmp_path / "x"), "--api-url", "http://api.pagerduty.com") == 2
    assert capsys.readouterr().err == (
        "rotaplan: --api-url: plain http is allowed only for localhost; use https://\n"
    )


def test_blocked_plan_exits_1_and_push_sends_nothing(
    account: FakePagerDuty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "team.rotaplan"
    project = demo_project()
    import dataclasses

    people = tuple(
        dataclasses.replace(p, email="nobody@example.com") if p.id == "kenji" else p
        for p in project.people
    )
    save(dataclasses.replace(project, people=people), file)
    assert run("plan", str(file), "--api-url", account.url) == 1
    assert "person kenji (Kenji Sato) has no PagerDuty user" in capsys.readouterr().out
    assert run("push", str(file), "--yes", "--api-url", account.url) == 2
    assert "push blocked" in capsys.readouterr().err
    assert account.writes == 0


def test_interrupted_push_resumes(
    account: FakePagerDuty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "team.rotaplan"
    save(demo_project(), file)
    account.drop(method="POST", path="/schedules/{id}/overrides", after_processing=True)
    assert run("push", str(file), "--yes", "--api-url", account.url) == 2
    err = capsys.readouterr().err
    assert "connection dropped" in err
    assert err.count("\n") == 1
    assert run("push", str(file), "--yes", "--api-url", account.url) == 0
    stored = [o for s in account.state.schedules.values() for o in s["overrides"]]
    assert len(stored) == len({(o["start"], o["end"], o["user"]) for o in stored})
    account.reset_counts()
    assert run("push", str(file), "--yes", "--api-url", account.url) == 0
    assert account.writes == 0


def test_send_test_event_and_change_event(
    account: FakePagerDuty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("send-test-event", "--routing-key", ROUTING_KEY, "--events-url", account.url) == 0
    out = capsys.readouterr().out
    assert "Triggered a test incident" in out
    assert "Resolved it" in out
    trigger, resolve = account.state.events
    assert trigger["event_action"] == "trigger"
    assert resolve == {
        "routing_key": ROUTING_KEY,
        "event_action": "resolve",
        "dedup_key": trigger["dedup_key"],
    }
    assert account.state.open_alerts == set()
    file = tmp_path / "team.rotaplan"
    save(demo_project(), file)
    assert (
        run(
            "push",
            str(file),
            "--yes",
            "--api-url",
            account.url,
            "--events-url",
            account.url,
            "--change-event-routing-key",
            ROUTING_KEY,
        )
        == 0
    )
    change = account.state.events[-1]
    assert change["payload"]["summary"].startswith("Rotaplan updated ")
    assert "Payments primary" in change["payload"]["summary"]


def test_bad_routing_key_is_one_line_without_the_key(
    account: FakePagerDuty, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("send-test-event", "--routing-key", "short-key", "--events-url", account.url) == 2
    err = capsys.readouterr().err
    assert "refused the event (400" in err
    assert "short-key" not in err


def test_a_lone_surrogate_in_an_answer_fails_the_pull_in_one_line(
    account: FakePagerDuty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account.add_user("Broken \udcff name", "broken@example.com")
    previous = tmp_path / "x.rotaplan"
    save(demo_project(), previous)
    before = previous.read_bytes()
    assert run("pull", "--out", str(previous), "--force", "--api-url", account.url) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "GET /users" in err
    assert "not Unicode (a lone surrogate at users[" in err
    assert previous.read_bytes() == before
