"""Grants: classes of miss that paragraph sample 22 showed once read (after its first
blind score at bdc3048), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_narrowed_agencies_keep_their_printed_words_where_the_order_defines_them() -> None:
    # row 15 (EO 13836 3(c)); sample 20 row 4 (EO 13803 7(b)): agencies an order calls
    # "(agencies)" and then narrows are kept as printed by every labelled set, not written
    # out as the executive departments and agencies
    assert rows(
        "Sec. 1. Purpose. This order assists executive departments and agencies (agencies) in "
        "bargaining.\n\nSec. 3. Group. (c) Agencies with at least 1,000 employees shall "
        "participate in the Group. Agencies participating in the Group shall provide "
        "assistance. Agencies shall report."
    ) == [
        ("3(c)", "agencies with at least 1,000 employees"),
        ("3(c)", "agencies participating in the Group"),
        ("3(c)", "executive departments and agencies"),
    ]
