"""The counter's inactivity reset, driven by a fake clock: warned ≥ 20 s ahead, never silent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.inactivity import InactivityWatch, Phase
from assistant.core.roles import POLICIES, Role, policy
from tests.fake_clock import FakeClock


@pytest.fixture
def clock():
    return FakeClock()


def test_warning_comes_after_the_idle_time_and_lasts_its_full_time(clock):
    w = InactivityWatch(idle_seconds=300, warning_seconds=30, clock=clock)
    assert w.due_in() == 300
    clock.advance(299)
    assert w.poll().phase is Phase.ACTIVE
    clock.advance(1)
    s = w.poll()
    assert s.phase is Phase.WARNING and s.seconds_left == 30
    clock.advance(29.5)
    s = w.poll()
    assert s.phase is Phase.WARNING and s.seconds_left == pytest.approx(0.5)
    clock.advance(0.5)
    assert w.poll().phase is Phase.RESET
    assert w.poll().phase is Phase.RESET  # stays until the screen is cleared
    w.reset_done()
    assert w.poll().phase is Phase.ACTIVE and w.due_in() == 300


def test_activity_postpones_the_warning(clock):
    w = InactivityWatch(idle_seconds=60, warning_seconds=20, clock=clock)
    for _ in range(10):
        clock.advance(50)
        w.activity()
        assert w.poll().phase is Phase.ACTIVE
    clock.advance(59)
    assert w.poll().phase is Phase.ACTIVE


def test_still_here_ends_the_warning_and_starts_the_time_again(clock):
    w = InactivityWatch(idle_seconds=60, warning_seconds=20, clock=clock)
    clock.advance(60)
    assert w.poll().phase is Phase.WARNING
    clock.advance(19)
    w.still_here()
    assert w.poll().phase is Phase.ACTIVE
    clock.advance(59)
    assert w.poll().phase is Phase.ACTIVE  # a whole new idle time, not the rest of the old one
    clock.advance(1)
    assert w.poll().phase is Phase.WARNING


def test_other_input_during_the_warning_does_not_count(clock):
    """Only the big button keeps the screen: a passer-by touching the mouse does not."""
    w = InactivityWatch(idle_seconds=60, warning_seconds=20, clock=clock)
    clock.advance(60)
    w.poll()
    clock.advance(10)
    w.activity()
    clock.advance(10)
    assert w.poll().phase is Phase.RESET


def test_a_late_poll_still_shows_the_full_warning_first(clock):
    """A PC that slept for an hour (or a busy event loop) never resets without the warning."""
    w = InactivityWatch(idle_seconds=60, warning_seconds=25, clock=clock)
    clock.advance(3600)
    s = w.poll()
    assert s.phase is Phase.WARNING and s.seconds_left == 25
    clock.advance(3600)
    assert w.poll().phase is Phase.RESET


def test_off_means_never(clock):
    w = InactivityWatch(idle_seconds=None, clock=clock)
    clock.advance(10**7)
    assert not w.enabled and w.poll().phase is Phase.ACTIVE and w.due_in() is None


def test_paused_while_staff_have_the_screen(clock):
    w = InactivityWatch(idle_seconds=60, warning_seconds=20, clock=clock)
    w.pause()
    clock.advance(1000)
    assert w.poll().phase is Phase.ACTIVE and w.due_in() is None
    w.resume()
    clock.advance(59)
    assert w.poll().phase is Phase.ACTIVE


def test_a_warning_shorter_than_20_seconds_is_refused(clock):
    with pytest.raises(ValueError, match="at least 20 seconds"):
        InactivityWatch(idle_seconds=60, warning_seconds=19, clock=clock)
    with pytest.raises(ValueError, match="must be positive"):
        InactivityWatch(idle_seconds=0, clock=clock)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["wait", "activity", "still", "poll"]), st.floats(min_value=0, max_value=500)),
        max_size=60,
    ),
    st.integers(min_value=20, max_value=120),
    st.integers(min_value=1, max_value=900),
)
def test_never_a_reset_without_a_full_warning_before_it(steps, warning, idle):
    clock = FakeClock()
    w = InactivityWatch(idle_seconds=idle, warning_seconds=warning, clock=clock)
    warning_since = None
    for kind, amount in steps:
        if kind == "wait":
            clock.advance(amount)
        elif kind == "activity":
            w.activity()
        elif kind == "still":
            w.still_here()
            warning_since = None
        s = w.poll()
        if s.phase is Phase.WARNING:
            assert 0 < s.seconds_left <= warning
            if warning_since is None:
                warning_since = clock.now
                assert s.seconds_left == warning
        elif s.phase is Phase.RESET:
            assert warning_since is not None, "reset without a warning"
            assert clock.now - warning_since >= warning >= 20
            w.reset_done()
            warning_since = None
        else:
            warning_since = None


def test_policies_of_the_three_roles():
    assert set(POLICIES) == set(Role)
    home, library, counter = policy(Role.HOME), policy(Role.LIBRARY), policy(Role.COUNTER)
    assert home.keeps_between_starts and home.forget_all_button and not home.sessions
    assert library.sessions and library.helper_view and library.session_button and not library.kiosk
    assert counter.sessions and counter.kiosk and not counter.keeps_between_starts
    assert policy("counter") is counter
