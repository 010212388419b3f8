"""Grants: classes of miss that whole-order set 28 showed once read (after its first blind
score at 9aed2c7) and that no other test file pins; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_the_department_is_the_department_its_section_names() -> None:
    # EO 13950 4(b) ("The Department shall take appropriate enforcement action"), EO 13592
    # 3(c): a bare "the Department" stands for the "Department of …" named before it in its
    # section, as a bare "the Secretary" does
    assert (
        rows(
            "Sec. 4. Enforcement. (b) The Department of Labor shall establish a hotline. The "
            "Department shall take appropriate enforcement action."
        )
        == [("4(b)", "Department of Labor")] * 2
    )
    # two Departments in the section and none before: unresolved, never guessed
    found = rows(
        "Sec. 5. Support. The Department shall fund the Initiative. The Departments of "
        "Education and the Interior shall sign a memorandum."
    )
    assert found[0] != ("5", "Department of Education")
