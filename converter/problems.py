"""Problems: what every check in unres reports, located and coded."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    pointer: str | None = None  # JSON Pointer into the model, when there is one
    line: int | None = None
    column: int | None = None
    file: str | None = None
    # "error" or "warning". A registered code has the severity of converter/codes.py wherever it
    # is reported (a reader and the rules once gave one code two severities): the registry's
    # overrides the argument, which only codes outside the registry (tests' own) use.
    severity: str = "error"
    # A source error the file itself records as its source's: `unres convert` wrote the file from a
    # source that breaks this rule (converter/recorded.py). Reported, with its severity, but it does
    # not fail the file in `unres validate` (unless --strict).
    recorded: bool = False

    def __post_init__(self) -> None:
        from .codes import BY_CODE

        registered = BY_CODE.get(self.code)
        if registered is not None and registered.severity != self.severity:
            object.__setattr__(self, "severity", registered.severity)

    def located(self, file: str | None = None, line: int | None = None, column: int | None = None) -> Problem:
        return replace(
            self,
            file=file if file is not None else self.file,
            line=line if line is not None else self.line,
            column=column if column is not None else self.column,
        )

    def where(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        place = ":".join(parts)
        if self.pointer is not None:
            place += f" {self.pointer or '/'}"
        return place

    def __str__(self) -> str:
        return f"{self.where()}: {self.severity} [{self.code}] {self.message}{self.recorded_note()}"

    def recorded_note(self) -> str:
        return " (recorded in the file as its source's, by unres convert)" if self.recorded else ""

    def as_dict(self) -> dict:
        return {
            "file": self.file, "line": self.line, "column": self.column, "pointer": self.pointer,
            "severity": self.severity, "code": self.code, "message": self.message, "recorded": self.recorded,
        }


class UnresError(Exception):
    """Raised when input cannot be turned into a resolution at all; carries located problems."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))
