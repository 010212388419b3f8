"""The patterns of what a modal's clause says of its subject rather than who acts: a body's
duties named as the subject (``The responsibilities of the Council shall``), what a body
*is* (its members, its end), a passive's agent and a description (``such other officers as
may be designated by``).  Kept apart from the logic that reads them, as
:mod:`eoparse.powers.grants.patterns` keeps the rest; every repetition is bounded."""

from __future__ import annotations

import regex

_V = regex.VERBOSE

DUTIES_OF_BEFORE = regex.compile(
    r"""\b(?:[Rr]esponsibilities|[Dd]uties|[Ff]unctions|[Mm]ission|[Mm]issions|[Tt]asks|[Rr]ole)
        \ of\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""``The responsibilities of the Council shall``: the subject is the Council's duties."""

DUTIES_AFTER = regex.compile(
    r"""'s\ (?:responsibilities|duties|functions|mission|missions|tasks|role)
        (?:,\ [^,;:]{1,120},)?\ ?                 # ", in addition to those of NSD-42,"
    """,
    _V,
)
"""``The Council's responsibilities shall``; ``The Executive Agent's responsibilities, in
addition to those specified by NSD-42, shall``."""

STANDING = regex.compile(
    r"""
    (?:(?:also|initially|further|automatically|otherwise|henceforth|thereafter)\ )?
    (?:
        consist\b | comprise\b | be\ (?:composed|comprised|constituted)\ of\b
      | be\ (?:called(?!\ (?:by|upon)\b)|known\ as|renamed)\b  # its name: "henceforth be
                                                 # called …", not "be called by the Chair"
      | (?:terminate|expire|sunset)              # itself: "terminate 2 years after …"
        (?=[.;]|$|\ (?:on|upon|at|no|not|within|when|after|unless|one|two|three|\d)
           |,(?![^,;.]{1,60},\ (?:any|all|the|each|such|its|their)\ ))  # not "terminate,
                                                 # effective today, any investigations"
      | serve\ without\ (?:any\ )?(?:additional\ )?compensation\b | receive\ no\ compensation\b
      | receive\ (?:compensation|travel\ expenses|an?\ (?:annual\ )?bonus)\b  # entitlements
      | serve\ as\ (?:an?\ )?(?:ex[\ \-]officio\ |non-?voting\ )?members?
        (?:\ (?:of|on)\b|(?<=officio\ members?)(?=[.;,]|$))  # membership: "… of", "serve
                                                 # as ex officio members."
      | be\ deemed\b                             # "A successor office shall be deemed to be"
      | be\ open\ to\ (?:all\ )?(?:agencies|members|the\ public)\b  # "… to all agencies"
      | continue\ to\ (?:serve\ until|be\ (?:a\ )?members?\ of)\b  # "… until", "… a member of"
      | continue\ to\ be\ the\ (?:[a-z\-]{1,20}\ ){0,5}(?:official|officer)\b  # who one is
      | have\ (?:a|an)\ (?:[A-Z][\w\-]{1,20}\ ){0,3}(?:Director|Coordinator|Chair\w*|Liaison)\b
      | rotate\ (?:annually\ |biennially\ |every\ \w{1,10}\ \w{1,10}\ )?among\b  # the chair
      | be\ rotated\b                             # "The Chair shall thereafter be rotated"
      | (?:be|remain)\ subject\ to\b            # "shall be subject to the oversight of"
      | remain\ (?:in\ (?:effect|force)|independent)\b  # what it stays: "remain in effect"
      | be\ (?:a\ )?(?:ex[\ \-]officio\ |non-?voting\ )?members?\b  # "be ex officio members"
      | have\ (?:two|three|a|an)\ (?:[Cc]o-?[Cc]hair|[Vv]ice\ [Cc]hair)\w*\b  # "two co-chairs"
      | have\ (?:a|an|such)\ (?:[a-z\-]{1,20}\ ){0,2}staff\b  # "shall have a staff to be …"
      | have\ (?:paid\ |full-time\ )?staff\b       # "shall have paid staff"
      | have\ (?:[a-z\-]{1,20}\ ){0,2}(?:expertise|experience)\b  # who its members are
      | have\ no\ (?:[a-z\-]{1,20}\ ){0,3}authority\b  # "have no directive authority"
      | have\ (?:as\ (?:its\ )?members|the\ following\ members)\b  # "have as its members"
      | have\ (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\ (?:[a-z\-]{1,20}\ )?
        (?:members|missions|roles|goals|purposes|objectives)\b  # "have two primary missions:"
      | (?:not\ )?be\ (?:the\ )?(?:full-time\ )?(?:officers|officials|employees|representatives
        |heads)(?:\ or\ (?:officers|officials|employees))?\ (?:of|from)\b  # "be the heads of …"
      | be\ (?:a|an)\ (?:[a-z\-]{1,20}\ ){0,4}(?:officer|official|employee)\b  # who it is
      | be\ (?:(?:permanent\ )?(?:full|part)-time  # "be full-time, or permanent part-time,"
          (?:,?\ or\ (?:permanent\ )?(?:full|part)-time)?,?\ )?
        (?:Federal\ |federal\ )?(?:Government\ |government\ )?
        (?:officers|officials|employees)(?=[.;,]|$|\ (?:or|and|who)\b)  # "be full-time
                                                 # Federal Government employees."
      | include(?::|$)                           # "…, which shall also include:" its members
      | include\ (?:the\ following\ (?:ex[\ \-]officio\ |additional\ )?
            (?:members|officials|officers|individuals)
          |such\ other\ (?:members|officials|officers|individuals|persons|representatives)
          |(?:up\ to|not\ more\ than|no\ more\ than|at\ least)\ \w{1,12}\ (?:[a-z\-]{1,20}\ )?
            members?\b                           # "at least one full-time member each from"
          |(?:one|two|three|a|an)\ (?:senior\ |senior-level\ )?(?:representative|member
            |official|officer)s?\ (?:designated|appointed|selected|of|from|at)  # its members:
          |(?:(?:designated|appropriate)\ )?(?:senior\ |senior-level\ )?  # "one …"
            (?:representatives|members)\ (?:of|from|designated)
          |(?:[a-z]{1,12}-level\ )?(?:representatives|members)
            \ (?:or\ (?:equivalent\ )?officials,?\ )?
            (?:drawn\ from|at\ the|designated|from|of)    # "deputy-level representatives"
          |(?:members|those)\ (?:who|with)\b        # "include members who: (i) have …"
          |as\ (?:ex[\ \-]officio\ |non-?voting\ )?members\b  # "include as ex officio members"
          |the\ heads\ of\b | designees\ of\b      # "include the heads of the following"
          |the\ (?:Secretary|Attorney\ General|Director|Administrator|Deputy|Assistant|Chair
            (?:man|person)?|Vice\ President|Under\ Secretary|Executive\ Director)\b(?!['’]s)
          |the\ following\ other\ (?:members|officials|officers)\b
          |both\ (?:[a-z\-]{1,20}\ ){1,6}staff\b    # "both career and noncareer … staff"
          |(?:a\ diverse\ group\ of\ )?(?:[a-z\-]{1,20}\ ){0,2}  # who its members are:
            (?:individuals|citizens|persons|professionals|experts(?=,?\ )
              |officials\ (?:who|from|of|representing)))\b
    )
    """,
    _V,
)
"""What a body *is* rather than what anyone must do: its members, its end (``The Council
shall consist of …``, ``The Task Force shall terminate …``, ``Members of the committee
shall be officers of the United States …``).  Its chair is a grant to the chair (``shall be
chaired by the Secretary``), as the conventions have it."""

REPRESENTATION = regex.compile(r"include\ representation(?:,|\ from\b|\ at\b)", _V)
"""``The Council shall include representation, at the bureau level, from the Departments
of …``: who sits on a body (a body's composition only: ``The Secretary shall include
representation from civil society`` is a duty)."""

STANDING_FIRST = (
    *("also ", "initially ", "further ", "automatically ", "otherwise ", "henceforth "),
    *("thereafter ", "consist", "comprise"),
    *("be ", "terminate", "expire", "sunset", "serve ", "receive ", "include ", "have "),
    *("continue ", "rotate ", "remain ", "not be "),
)
"""What every :data:`STANDING` match starts with: most actions start with none of them, and
a ``str.startswith`` settles it for a fraction of a call."""


BY_AGENT = regex.compile(
    r"""\ be\ (?:[a-z]{2,15}ly\ )?
        (?:(?:[Cc]o-)?[A-Za-z][a-z]{1,19}ed|made|done|given|taken|held|paid|met|set|kept|led
          |run|sent|drawn)
        (?:(?:,\ [^,;()]{1,60}){1,3},)?  # asides, each closed by a comma ("updated, as
        \ by\ """,  # appropriate, but not less than once every 2 years, by the Secretary")
    _V,
)
"""A passive modal's agent: ``shall be performed by the Attorney General``, ``shall be
updated, as appropriate, …, by the Secretary of Agriculture``."""


RELATIVE_PRONOUNS = ("as ", "which ", "that ", "who ", "whom ")
"""How every :data:`RELATIVE_PRONOUN_BEFORE` match ends."""

RELATIVE_PRONOUN_BEFORE = regex.compile(
    rf"\b(?:{'|'.join(word.rstrip() for word in RELATIVE_PRONOUNS)})\ $", _V | regex.REVERSE
)
"""``such other officers as may be designated by the President``: a description."""
