"""The patterns of a grant's deadline and timing, kept apart from the logic that reads
them (:mod:`eoparse.powers.grants.deadlines`).  Every repetition is bounded, so each runs in
linear time (``tests/test_linear_time.py`` walks them all)."""

from __future__ import annotations

import regex

from eoparse.grammar.dates import DAY_DIGITS, MONTH_NAME, YEAR_DIGITS

_V = regex.VERBOSE

_NUMBER = r"""(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen
    |twenty|thirty|forty-five|sixty|ninety|a)"""

FRONTED_SPAN = regex.compile(
    rf"""(?i:(?P<n>{_NUMBER}))\ (?P<unit>days?|weeks?|months?)
        \ (?:after|from|following)\ the\ date\ of\ this\ order(?=,)""",
    _V,
)
"""A span that opens the clause without ``within``: ``(c) 45 days after the date of this
order, the Secretary shall identify …``."""

DEADLINE = regex.compile(
    rf"""
    \b(?P<within>(?:within|no\ later\ than|not\ later\ than|no\ more\ than|not\ more\ than
        |in(?=\ [\w\-]{{1,12}}\ (?:calendar\ |business\ )?(?:days?|weeks?|months?|years?)
            \ (?:from|after)\ ))              # "in 9 months from the date of …": an event's
        \ (?P<n>{_NUMBER})
        \ (?P<unit>(?:calendar\ |business\ )?(?:days?|weeks?|months?|years?))
        (?:\ (?:of|after|from|following|before)\ (?:the\ )?
            (?:[^.;,]|\.(?=\S)|(?<=[A-Z]\.[A-Z])\.(?!\S)){{3,160}}?  # "(19 U.S.C. 2241(b))" on
            (?=[;,]|\.(?!\S)(?<![A-Z]\.[A-Z]\.)|$  # the event runs to its comma, to a word that
              |(?<!\b(?:of|by|in|under|for|at|on|with|from|upon|after|before|following
                  |pursuant|according|due|prior|subject|fails?|failed|unable|able))  # opens
                                                   # what follows ("… that fails to achieve")
               \ (?:to|and(?!\ \()|the)\ # ("of the completion of the review directed by
              |(?<=\bthis\ order)\ ))?)   # (b) and (c) of …,"), or to "this order"
    | \b(?P<period>(?:by|before|at)\ the\ end\ of\ the\ (?P<pn>\d{{1,4}})-?
        (?P<punit>day|week|month|year)\ period)  # "By the end of the 270-day period": its span
    | \b(?P<by>(?:no\ later\ than|not\ later\ than|by|before|on\ or\ before|prior\ to
        |(?<!ed\ |en\ |\bwas\ |\bwere\ |\bis\ |\bare\ )on)                  # not "existed on"
        \ (?P<date>{MONTH_NAME}\ {DAY_DIGITS},\ {YEAR_DIGITS}))
    | (?<![\w-])                               # not the "annually" of "semi-annually"
      (?P<recur>(?P<every>annually|quarterly|monthly|semi-?annually|bi-?annually|biennially
          |every\ (?P<rn>\d{{1,3}}|two|three|four|five|six)
            \ (?P<runit>days|weeks|months|years)
          |(?:(?:no|not)\ (?:less|fewer)\ (?:often\ )?than\ |at\ least\ )?  # "no less than
            (?:twice|two\ times|three\ times|four\ times)      # twice each year": how often
            \ (?:(?:each|a|per|every|in\ each)\ (?:calendar\ |fiscal\ )?(?:year|month|quarter)
              |annually|yearly)
          |each\ (?:fiscal\ )?year|every\ year
          |(?:at\ least\ )?once\ (?:a|per|each|every)\ (?:calendar\ |fiscal\ )?  # "at least
            (?:year|quarter|month|week)                                 # once per quarter"
          |(?:(?:no|not)\ later\ than|by|before|on\ or\ before)  # "By October 1 of each
            \ {MONTH_NAME}\ {DAY_DIGITS},?\ of\ (?:each|every)\ (?:fiscal\ |calendar\ )?year  # year
            (?:,?\ through\ (?:and\ including\ )?{YEAR_DIGITS})?  # "… and including 2010"
          |on\ an?\ (?:annual|quarterly|monthly|biennial|yearly)\ basis)
        (?:\ thereafter)?)\b
    | \b(?P<ahead>at\ least\ {_NUMBER}\ (?:calendar\ |business\ )?(?:days?|weeks?|months?|years?)
        \ (?:before|prior\ to)\ [^.;,]{{3,160}}?        # a lead time before an event, up to
        (?=[.;,]|$|\ (?:and\ )?(?:shall|may|must)\ ))  # its comma or the next modal
    | \b(?P<limit>(?:no|not)\ later\ than\ (?!\d)[^.;,]{{3,80}}?)(?=[.;,]|$)
    """,
    _V | regex.IGNORECASE,
)
"""A deadline or a recurrence: ``within 14 days of the date of this order`` (or ``in 9
months from the date of the first meeting``: ``in`` only with its event), ``on November
15, 1999``, ``annually``, ``every 180 days thereafter``, ``not later than the end of the
fiscal year``, ``at least 90 days before the records are released`` (a lead time: its days
are no period from a start, so :func:`~eoparse.powers.grants.deadlines.read_deadline`
gives none)."""

TIMING = regex.compile(
    r"""
    \b(?:immediately|promptly|forthwith|expeditiously|without\ (?:undue\ )?delay
      |as\ soon\ as\ (?:is\ )?(?:practicable|possible|feasible)
      |on\ an?\ (?:ongoing|continuing|regular|periodic|rolling)\ basis|periodically)\b
    """,
    _V | regex.IGNORECASE,
)
"""Timing that sets no limit: ``immediately``, ``promptly``, ``as soon as practicable``."""

TRIGGER = regex.compile(
    r"""
    (?:[Uu]pon|[Ff]ollowing|[Aa]fter|[Ww]henever|[Ww]hen|[Oo]nce|[Pp]rior\ to)
    \ [^,;:]{3,200}
    (?=,\ )
    """,
    _V,
)
"""A clause-initial event a duty waits on: ``Following any designation of X, the Secretary
shall``, ``Whenever information is identified …, the Secretary shall``."""

THAT_MODAL = regex.compile(
    r"""
    \bthat\ [^.;:,]{0,200}?                  # "may determine that certain employees
    (?<!\band)\ (?:must|shall|will|should|would)\b   # must report on December 24, 2018";
                                            # no comma: "Recognizing that …, X shall"
    (?:(?!\b(?:must|shall|will|should|would|may)\b)[^.;:]){0,200}  # no modal after it
    \Z                                      # up to the date (the search's end)
    """,
    _V,
)
"""A ``that``-clause with a modal of its own (its subject's, not a second verb of the
grant's: ``ensure that … and shall begin``) that runs up to a date: the date is what the
clause says, not a limit of the grant that holds it (``Recognizing that the States will
act, the Secretary shall report on …`` holds the grant's modal after it)."""
