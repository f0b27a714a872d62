"""Walking through a guide: the path so far, Back, progress in words, resume after a restart.

A run holds only the ids of the steps shown and the answers chosen. Facts (which office, which card)
are derived from those answers, so Back can never leave a stale fact behind. Nothing a person types
(let alone a PIN) is part of a run: it is safe to write to the resume file.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assistant.core.errors import ContentError
from assistant.core.guide import Guide, Step

UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class PathStep:
    step: str
    # the index of the chosen answer (question) or the outcome name (action); None for info/checklist
    choice: int | str | None = None


@dataclass(frozen=True)
class Progress:
    number: int  # this is step `number`
    total: int  # of about `total`
    exact: bool  # False where the path still branches

    @property
    def fraction(self) -> float:
        return min(1.0, self.number / max(self.total, 1))


@dataclass
class GuideRun:
    guide: Guide
    path: list[PathStep] = field(default_factory=list)  # steps already left, oldest first
    current_id: str = ""

    def __post_init__(self) -> None:
        if not self.current_id:
            self.current_id = self.guide.start

    # --- where we are -------------------------------------------------------------------------
    @property
    def current(self) -> Step:
        return self.guide.step(self.current_id)

    @property
    def finished(self) -> bool:
        return self.current.is_end

    @property
    def can_go_back(self) -> bool:
        return bool(self.path)

    @property
    def facts(self) -> dict[str, str]:
        facts: dict[str, str] = {}
        for visit in self.path:
            step = self.guide.steps.get(visit.step)
            if step is not None and step.type == "question" and isinstance(visit.choice, int):
                if 0 <= visit.choice < len(step.answers):
                    facts.update(step.answers[visit.choice].remember)
            elif step is not None and step.type == "action" and isinstance(visit.choice, str):
                facts[re.sub(r"[^a-z0-9]", "_", step.action)] = visit.choice
        return facts

    def progress(self) -> Progress:
        fewest, typical, most = self.guide.remaining(self.current_id)
        # screens seen so far (an action page's live screens count), then this step's first screen
        number = self.guide.screens_on([v.step for v in self.path]) + 1
        here = self.current.screens - 1  # this step's further screens (an action page)
        total = number + here + max(fewest, round(typical))
        # on one of the guide's commonest paths (declared in the guide): never promise fewer screens
        # than that path has ("Schritt 1 von etwa 4" on a 12-screen path would be a broken promise)
        walked = (*(v.step for v in self.path), self.current_id)
        on_named = [p for p in self.guide.paths if p.steps[: len(walked)] == walked]
        if on_named and fewest != most:
            total = max(total, max(self.guide.screens_on(p.steps) for p in on_named))
        return Progress(number=number, total=total, exact=fewest == most)

    def previous_answer(self) -> int | str | None:
        """What the person chose here last time, if they came back with Back (kept on screen)."""
        return self._kept.get(self.current_id)

    # --- moving ---------------------------------------------------------------------------------
    _kept: dict[str, int | str | None] = field(default_factory=dict, repr=False)

    def _go(self, choice: int | str | None, target: str) -> None:
        if target not in self.guide.steps:
            raise ContentError(f"step '{self.current_id}' leads to unknown step '{target}'", source=self.guide.source)
        self.path.append(PathStep(self.current_id, choice))
        self._kept[self.current_id] = choice
        self.current_id = target

    def answer(self, index: int) -> None:
        step = self.current
        if step.type != "question" or not 0 <= index < len(step.answers):
            raise ValueError(f"step '{step.id}' has no answer {index}")
        self._go(index, step.answers[index].next)

    def forward(self) -> None:
        """Continue from an info or checklist step."""
        step = self.current
        if step.type not in ("info", "checklist") or not step.next:
            raise ValueError(f"step '{step.id}' has no plain 'next'")
        self._go(None, step.next)

    def outcome(self, name: str) -> None:
        """The result of an action step's capability ('unavailable' when it is missing or skipped)."""
        step = self.current
        if step.type != "action":
            raise ValueError(f"step '{step.id}' is not an action")
        target = step.outcomes.get(name) or step.outcomes[UNAVAILABLE]
        self._go(name if name in step.outcomes else UNAVAILABLE, target)

    def back(self) -> bool:
        if not self.path:
            return False
        last = self.path.pop()
        self.current_id = last.step
        return True

    # --- text -----------------------------------------------------------------------------------
    def fill(self, text: str, extra: Mapping[str, str] | None = None) -> str:
        """Put remembered facts into a text: 'Gehen Sie zum {office_name}.' Unknown names stay as they are."""
        values = dict(extra or {})
        values.update(self.facts)
        return string.Formatter().vformat(text, (), _Keep(values)) if "{" in text else text

    # --- saving ---------------------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        return {
            "guide": self.guide.id,
            "lang": self.guide.lang,
            "current": self.current_id,
            "path": [[v.step, v.choice] for v in self.path],
        }

    @classmethod
    def from_state(cls, guide: Guide, state: Mapping[str, Any]) -> GuideRun:
        """Rebuild a run; raises ContentError if the state no longer fits the guide (it changed)."""
        try:
            path = [PathStep(str(s), c if isinstance(c, (int, str)) or c is None else None) for s, c in state["path"]]
            current = str(state["current"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ContentError("the saved place has a wrong form", source="resume") from exc
        if current not in guide.steps or any(v.step not in guide.steps for v in path):
            raise ContentError("the guide has changed since the place was saved", source="resume")
        return cls(guide=guide, path=path, current_id=current)

    def relocalized(self, guide: Guide) -> GuideRun:
        """The same place in another language version of this guide."""
        run = GuideRun.from_state(guide, self.to_state())
        run._kept = dict(self._kept)
        return run


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
