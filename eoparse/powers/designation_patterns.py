"""The words of designating acts, kept apart from the code that reads them.

Read by :mod:`eoparse.powers.designations` and its helpers
(:mod:`~eoparse.powers.sanctions`, :mod:`~eoparse.powers.succession`,
:mod:`~eoparse.powers.terrorists`, :mod:`~eoparse.powers.designators`,
:mod:`~eoparse.powers.listed`).  They run on the normalised text (one
paragraph per line, single spaces, straight quotes) and are searched within
one sentence or clause at a time.  Every quantifier is bounded and no
unbounded quantifier is nested in another, so each pattern is linear on
hostile input (``tests/test_linear_time.py`` runs them all).
"""

from __future__ import annotations

import regex

_V = regex.VERBOSE

# -- where a designation ends ---------------------------------------------------------

CATEGORY_END = regex.compile(
    r"""
        [;:]                                          # the clause ends
      | \.?["')]?$                                    # the sentence ends (searches stop there)
      | ,\ (?:and\ )?(?:effective|pursuant\ to|consistent\ with|under\ |in\ accordance
            |with\ respect|subject\ to|except\ that|and\ (?:delegate|I\ hereby))
      | \ and\ (?:delegate|direct|authorize)\b
      | \.\ (?:This|The|Such|For|It)\ designation
    """,
    _V,
)
"""What ends the category of a designation: the clause, the sentence, a legal basis
(searched from the category's first word; the code bounds how far)."""

# -- the President designates ---------------------------------------------------------

DESIGNATE = regex.compile(
    r"""
    \b(?:
        (?P<president>I)\ (?:hereby\ |also\ |further\ ){0,2}designate   # I hereby designate
      | (?P<order>this\ order)\ (?:hereby\ )?designates                  # this order designates
    )\b
    (?:,\ (?P<aside>[^,;:]{3,160}),)?        # ", for the purposes of that section,"
    \ (?=\S)
    """,
    _V,
)
"""The designating verb of the President (or of the order itself); what it designates
follows: ``X as Y`` (:data:`AS_SPLIT`), ``X to exercise …`` (:data:`TO_SPLIT`), or the
category first (``as "public international organizations": (a) …``)."""

EXTENDED = regex.compile(
    r"""
    \bI\ (?:hereby\ |also\ |further\ ){0,2}extend\ to\x20
    (?P<designee>[^;:]{3,300}?),?\x20                       # "the European Central Bank"
    (?P<designation>the\ (?:same\ )?privileges,?\ (?:exemptions,?\ )?(?:and\ )?immunities\b
      [^.;:]{0,300})                                       # "… provided to public …"
    """,
    _V,
)
"""``I hereby extend to the European Central Bank the privileges, exemptions, and immunities
provided to public international organizations``: the privileges of the International
Organizations Immunities Act given without the word ``designate``."""

AS_SPLIT = regex.compile(
    r"""
    ,?\ (?P<how>as|to\ act\ as|to\ serve\ as|to\ be)\x20
    (?!such\b|appropriate\b|necessary\b|soon\b|(?:a\ |the\ )?result\b|provided\b|well\b
      |(?:prescribed|required|described|defined|set\ forth|specified|needed|determined
        |authorized|permitted|amended)\b)
    """,
    _V,
)
"""Where a designee ends and its category begins: ``X as Y`` (not ``as appropriate``)."""

TO_SPLIT = regex.compile(
    r"""
    \ (?=to\ (?:exercise|perform|have|make|receive|carry\ out|administer|issue|approve
        |certify|represent|act\ for|discharge|be\ responsible|serve)\b)
    """,
    _V,
)
"""``the Executive Secretary to exercise the authority to classify …``: an official
designated to exercise an authority."""

DESIGNEE_AFTER = regex.compile(
    r"\ (?=(?:the|a|an)\ (?:period|date|day|area|following)\b)",
    _V,
)
"""``I designate as a period of armed conflict the period beginning …``: the designee
after the category."""

PASSIVE = regex.compile(
    r"""
    \b(?P<verb>(?:is|are)\ (?:hereby\ |also\ |further\ ){0,2}designated)
    (?:\ and\ (?:empowered|authorized|directed))?                     # "designated and empowered"
    (?:,?\ (?:pursuant\ to|under|consistent\ with|for\ (?:the\ )?purposes\ of)\ [^,;:]{3,150},
      |,\ (?:without|with|subject\ to|in\ accordance\ with)\b[^;:]{3,200}?,)?  # an aside
    \ (?:as\ |to\ (?=[a-z])|(?=(?:the|a|an)\ [A-Za-z]))             # as / to + verb / the …
    (?!such\b|on\b|by\b|in\b|under\b|pursuant\b)
    """,
    _V,
)
"""``X is hereby designated as Y``, ``… is designated to have authority …``, ``… is
designated the Functional Manager …`` (the subject and category are read around it)."""

SUBORDINATE = regex.compile(
    r"\b(?:that|which|who|whom|whose|where|when|whether|if|unless|until|once|because|although)\b",
    _V,
)
"""A word that opens a subordinate clause: a designation inside one is narrated, not made."""

LEADING = regex.compile(
    r"""
    ^(?:\ |\(\w{1,5}\)\ ?|(?:Section|Sec\.)\ [\w.\-]{1,8}\ (?:[A-Z][^.]{0,80}\.\ )?
        |(?:Accordingly|Therefore|Further|Furthermore|In\ addition|Additionally),\ )*
    """,
    _V,
)
"""What may precede a designee in its clause: labels, a section heading, a connective."""

DIRECT_VERB = regex.compile(r"\bdesignate\ (?=\S)", _V)
"""``… shall designate X as Y``: an official told (or allowed) to designate."""

CLAUSE_WORDS = regex.compile(
    r"\b(?:shall|may|will|must|can|deems?|determines?|considers?|finds?|needs?|is|are|was|were)\b",
    _V,
)
"""A verb: ``as the Board may need`` is a clause of comparison, not a category."""

INLINE_QUOTE = regex.compile(
    r"""
    \b(?:amended|revised|replaced|added|inserted|adding|inserting|substituting)\b
    [^"\n]{0,300}?:\ ?"
    """,
    _V,
)
"""Amendatory text quoted in the paragraph that amends: ``… is amended to read as follows:
"Except …``."""

MODAL = regex.compile(
    r"""\b(?:shall|may|is\ (?:hereby\ )?(?:directed|authorized)\ to|are\ (?:hereby\ )?
        (?:directed|authorized)\ to)\b""",
    _V,
)
"""A duty or a power: what makes a ``designate`` a directed designation."""

STAFFING = regex.compile(
    r"""
    \b(?:chair(?:man|person|s)?|co-?chairs?|vice\ chair|member|members|staff|employee|employees
      |officer\ or\ employee|official|officials|individual|individuals|representatives?
      |liaisons?|alternates?|designees?|executive\ (?:director|secretary)|director|coordinator
      |point\ of\ contact|lead|leads|head|officer|team|person|persons|one\ or\ more|nominees?)\b
    """,
    _V | regex.IGNORECASE,
)
"""Words of staffing: to designate a chair, members or an official to a body is not a
designation (the README's conventions), only an assignment of roles."""

# -- the categories ---------------------------------------------------------------------

FTO = regex.compile(
    r"""
    (?i:foreign\ terrorist\ organizations?)\b
    | (?<=\bas\ (?:an?\ )?)terrorist\ organizations?\b
    """,
    _V,
)
"""A Foreign Terrorist Organization (8 U.S.C. 1189)."""

SDGT = regex.compile(r"(?i:specially\ designated\ global\ terrorists?)\b", _V)
"""A Specially Designated Global Terrorist (IEEPA and Executive Order 13224)."""

TERRORIST_DESIGNATION = regex.compile(
    r"""
    \b(?:designation\ of|designate|designating)\ (?P<designee>[^;:]{2,300}?)
    ,?\ as\ (?:an?\ )?
    (?=(?i:foreign\ terrorist|specially\ designated\ global|terrorist\ organization))
    """,
    _V,
)
"""``the designation of X as a Foreign Terrorist Organization …``."""

TERRORIST_ACTION = regex.compile(
    r"""
    \b(?:take\ (?:all\ )?(?:appropriate|necessary|such)\ (?:action|steps|measures)
      |recommend|recommendation|designate|designating|make\ (?:a\ |the\ )?determination)\b
    """,
    _V,
)
"""What an official is told to do about a terrorist designation (not a report on it)."""

NOT_TERRORIST_ACTION = regex.compile(
    r"\b(?:report|reports|considered\ for|consider\ whether|review|reviewing|concerning)\b",
    _V,
)
"""A report or a review of a designation directs no designation."""

ENDING = regex.compile(
    r"\b(?:revoke|revoking|rescind|rescinding|terminate|terminating|remove|delist)\b", _V
)
"""An action that ends a designation: ``take all appropriate action to revoke the
designation of …``."""

INCLUDING_THOSE_IN = regex.compile(
    r"""
    (?P<head>[A-Z][\w'\-]{0,30}(?:\ [A-Z][\w'\-]{0,30}){0,5}\ [a-z]{3,20}s)  # Brotherhood chapters
    \b[^;:]{0,80}?,?\ including\ those\ in\ (?P<places>[^;:]{3,200}?)
    (?=,\ as\b|,?\ consistent|[;:]|\.?$)
    """,
    _V,
)
"""``Muslim Brotherhood chapters …, including those in Lebanon, Jordan, and Egypt``."""

DESCRIBED_IN = regex.compile(r"\bdescribed\ in\ section\ (?P<section>\d{1,3})\b", _V)
"""A class designee defined elsewhere: ``any cartel … described in section 1``."""

SUCH_AS = regex.compile(r"\bsuch\ as\ (?=[A-Z])", _V)
"""The examples of a class: ``Other transnational organizations, such as Tren de …``."""

ALSO_KNOWN = regex.compile(
    r",?\ (?:also|commonly|otherwise)\ known\ as\b|,?\ \(?a\.?k\.?a\.?\b|\ \(",
    _V,
)
"""Where a name's aliases begin."""

PUBLIC_ORGANIZATION = regex.compile(
    r"(?i:international\ organization)|privileges,?\ (?:exemptions,?\ )?and\ immunities", _V
)
PLACE_WORDS = regex.compile(
    r"""
    \b(?:combat|combatant\ activities|[Zz]ones?|area\ in\ which|hazardous\ duty|theater
      |National\ (?:Monument|Marine\ Monument|Wildlife\ Refuge|Preserve|Marine\ Sanctuary)
      |marine\ sanctuary|[Ss]tate\ [Ss]ponsor|countr(?:y|ies))\b
    """,
    _V,
)
"""Words of a designated place: a combat zone, a monument, a country."""

OFFICIAL_WORDS = regex.compile(
    r"""
    ^to\ (?:exercise|perform|have|make|receive|carry|administer|issue|approve|certify
        |represent|act|discharge|be\ responsible|serve)\b
    | \b(?:[Mm]anager|[Tt]rustees?|[Oo]fficer|[Aa]uthority|[Aa]gent|[Rr]epresentatives?)\b
    """,
    _V,
)
"""A role for an official: to exercise an authority, a manager, a trustee."""

COMBAT_DATE = regex.compile(
    r"""
    \bdate\ of\ (?:the\ )?(?P<what>commencement|termination)\ of\ combatant\ activities
    (?:\ in\ (?P<zone>[^;:]{3,300}?))?(?=\.?$|[;:])
    """,
    _V,
)
"""``… as the date of the termination of combatant activities in the zone …``."""

TERMINATED = regex.compile(
    r"""
    \bdesignation\ of\ (?P<designee>[^;:]{2,200}?)\ as\ (?P<designation>[^;:]{2,200}?)
    \ (?:is|are)\ (?:hereby\ )?(?:terminated|revoked|rescinded)\b
    """,
    _V,
)
"""``The designation of X as Y is hereby terminated``."""

# -- countries the order calls designated ----------------------------------------------

DESIGNATED_COUNTRIES = regex.compile(
    r"(?<![Nn]on-)(?<!previously\ )(?<!formerly\ )\bthe\ designated\ countr(?:y|ies)\b", _V
)
"""``the designated countries``: the order calls the countries it names designated."""

NATIONALS_OF = regex.compile(
    r"""
    \bnationals\ of\ (?P<countries>[A-Z][^;:]{2,300}?)
    (?=\ (?:would|be|is|are|who|that|shall|to|as)\b|,\ (?:who|as|and\ I)\b|[;:]|\.?$)
    """,
    _V,
)
"""``nationals of Iran, Libya, Somalia, Sudan, Syria, and Yemen``."""

ENTRY_SUSPENDED = regex.compile(r"\bentry\b[^;]{0,300}?\b(?:suspend|detrimental)", _V)
"""A sentence about suspending entry."""

# -- sanctions ----------------------------------------------------------------------------

BLOCKED = regex.compile(
    r"""
    (?<!\bwhose\ )(?<!\bwhose\ \w{1,12}\ )               # not "persons whose property … are"
    \b[Pp]roperty\ and\ (?:any\ )?interests\ in\ property\b
    (?P<middle>[^;:]{0,700}?)
    \b(?:are|is)\ (?:hereby\ )?blocked\b
    """,
    _V,
)
"""A blocking clause: ``All property and interests in property … of X are blocked``."""

PROPERTY_OF = regex.compile(
    r"""
    (?<!\bwhose\ )\b(?:[Aa]ll\ )?[Pp]roperty\ and\ (?:any\ )?interests\ in\ property\ of
    (?:(?P<colon>:)|\ (?=\S))
    """,
    _V,
)
"""``all property and interests in property of:`` or ``… of the Taliban;``: a blocking
clause whose verb (``… are blocked``) comes after the list it opens."""

ORDER_BLOCKED = regex.compile(
    r"""
    \border\ blocked\ (?:all\ )?property\ and\ (?:any\ )?interests\ in\ property
    (?:\ of\ (?=\S)                         # "… in property of the Government of Haiti"
      | [^;:]{0,700}?\ of(?P<colon>:)         # "… that are or hereafter come within …, of:"
    )
    """,
    _V,
)
"""A blocking clause whose verb comes first (``I hereby order blocked all property and
interests in property that are … within the United States …, of: (a) …; (b) …``), as the
orders of the 1990s wrote it."""

LATE_BLOCKED = regex.compile(r"\b(?:are|is)\ (?:hereby\ )?blocked\b", _V)
"""The verb of a blocking clause printed after its list."""

HOLDER_END = regex.compile(
    r""",?\ (?:that\ (?:are|is|hereafter|come|may)|which\ (?:are|is)|including\b|\(including)
        |,\ ?$""",
    _V,
)
"""Where the holder of blocked property ends in a blocking clause."""

ANNEX_LISTED = regex.compile(
    r"""
    \b(?:listed|identified|named|set\ forth|included|specified)\ (?:on|in)\ (?:the\ )?Annex\b
    | \bthe\ Annex\ (?:to|of)\ this\ (?:order|proclamation)
    """,
    _V,
)
"""A sentence or item pointing at the persons an Annex lists."""

BLOCKED_BEFORE = regex.compile(
    r"""
    \b(?:were|was|have\ been|had\ been)\ blocked\ (?:pursuant\ to|under)\b
    """,
    _V,
)
"""An item naming persons an earlier order blocked (``persons whose property … were
blocked pursuant to Executive Order 12947 … and remained blocked``): the order blocks
them anew by its own force."""

HOLDER_NAME = regex.compile(
    r"""
    [A-Z][\w'’.\-]*                                   # Government
    (?:\ (?:[A-Z(][\w'’.()\-/]*                       # of the Russian Federation
        |of|the|for|on|and(?=\ [A-Z])|de|del|la)){0,20}
    (?<!\ (?:of|the|for|on|de|del|la))                 # not ending in a particle
    """,
    _V,
)
"""The proper name a holder opens with: capitalised words and particles, up to the first
lower-case word (``Government of the Russian Federation`` of ``… directly related to …``)."""

DETERMINED = regex.compile(
    r"""
    \b(?:determined|designated|identified)\ (?:by|jointly\ by)\b
    | \b(?:determines|determine|designates)\b
    | \b(?:who|that)\ (?:are|is)\ designated\ pursuant\ to\b
    """,
    _V,
)
"""``determined by the Secretary``, ``that the Secretary … determines``: a determination."""

UPON_DETERMINING = regex.compile(
    r"""
    \bauthorized\ to\ (?:impose|select|employ|take)\b[^.;]{0,300}?  # a menu of sanctions
    \bupon\ determining
    (?:\ that\ (?P<subject>[^.;:]{2,120}?)                            # whom it concerns
       \ (?P<verb>has|have|is|are|was|were|meets|meet|operates|operate)\b
      |(?:\ that)?(?P<bare>(?:\ the\ (?:person|entity|individual))?):)  # "that the person:"
    """,
    _V,
)
"""``… is hereby authorized to impose on a foreign financial institution the sanctions
described in subsection (b) …, upon determining that the foreign financial institution
has: (i) …``, ``… upon determining that the person: (i) has engaged …``: each criterion
is a directed sanctions designation."""

CRITERIA_OF_SECTION = regex.compile(
    r"""\bto\ meet\ (?:any\ of\ |one\ or\ more\ of\ )?the\ criteria\ (?:set\ forth|described
        |specified)\ in\ (?:sub)?sections?\ \([a-z]\)[^,;]{0,60}?\ of\ this\ section\b""",
    _V,
)
"""A blocking clause's person who only meets the criteria this section listed before (``… to
meet any of the criteria set forth in subsections (a)(i)-(a)(iv) of this section``), not one
with a criterion of its own (``owned or controlled by … a person meeting the criteria``)."""

INFINITIVE_CRITERION = regex.compile(
    r"""
    ,?\ (?:to\ (?:be|have|operate|engage|meet|act|own|support|provide|control|materially)
      |is|are|has|have|was|were|had|meets?)\b
    """,
    _V,
)
"""A criterion written into a determination's lead (``…, to be owned or controlled by``):
the items after it qualify one criterion instead of listing alternatives."""

INLINE_PRONG = regex.compile(
    r"[;,]\ (?:or\ |and\ )?\((?P<label>[A-Za-z]{1,5}|\d{1,2})\)\ (?=to\ |be\ )", _V
)
"""The next criterion printed in the same paragraph: ``…; or (G) to have attempted …``."""

ANNEX_AMENDED = regex.compile(
    r"""
    \b(?:the\ )?Annex\ (?:to|of)\ (?P<target>Executive\ Order\ (?:No\.\ )?\d{4,5})
    [^.;:]{0,80}?
    \ (?:is|are)\ (?:hereby\ )?(?:further\ )?
    (?:
        (?P<add>amended\ by\ (?:adding|inserting|including))
      | (?P<remove>amended\ by\ (?:deleting|removing|striking))
      | (?P<replace>replaced(?:\ and\ superseded)?(?:\ in\ its\ entirety)?
            \ by\ the\ Annex\ to\ this)
    )
    """,
    _V,
)
"""``The Annex to Executive Order 13224 … is amended by adding thereto the following
persons``; ``… is replaced and superseded in its entirety by the Annex to this order``."""

# -- who determines --------------------------------------------------------------------

CONSULTED = regex.compile(
    r"""
    \b(?:in\ consultation\ with|after\ consultation\ with|in\ coordination\ with
      |at\ the\ recommendation\ of|upon\ the\ recommendation\ of|on\ the\ recommendation\ of
      |with\ the\ concurrence\ of|in\ conjunction\ with|consulting\ with|and\ consults?\ with)\b
    """,
    _V,
)
"""Words before officials who are consulted, never designators."""

THROUGH = regex.compile(r"\b(?:acting\ )?through\ (?:the\ )?(?=[A-Z])", _V)
"""``the Secretary of the Interior, acting through the Director of BLM``: an agent."""

AS_APPLICABLE = regex.compile(r",?\ (?:as\ applicable|as\ appropriate|respectively)\b", _V)
"""``the Secretary of State or the Secretary of the Treasury, as applicable``."""

# -- orders of succession --------------------------------------------------------------

SUCCESSION = regex.compile(
    r"""
    \bin\ the\ order\ (?:listed|indicated|set\ forth|shown|specified|named|given|below)\b
    (?:,\ [^,;:]{3,120},)?
    ,?\ shall\ (?:act|perform|exercise|serve|be\ the)\b
    """,
    _V,
)
"""The lead of an order of succession: ``…, in the order listed, shall act as …``."""

SUCCESSION_OFFICE = regex.compile(
    r"""
    (?:
        (?:functions\ and\ duties|duties|powers|functions)\ of,?\ (?:the\ )?(?:[Oo]ffice\ of,?\ )?
      | act\ as,?\ (?!and\b)
      | \ as\ (?=Acting\ )
    )
    (?:the\ )?
    (?P<office>[A-Z][^,;:()]{2,120}?)
    (?=\ \(|,|;|:|\ during\b|\ if\b|\ in\ the\ event|\ when\b|\ and\ perform|\ until\b|\ as\b
       |\ subject\b|\ pursuant\b|\.?$)
    """,
    _V,
)
"""The office whose duties the successors perform."""

DEFINED_OFFICE = regex.compile(
    r"""
    (?:\bthe\ |^)
    (?P<office>(?:[A-Z][\w\-]{1,30}\ (?:(?:of|for|and|the)\ ){0,3}){1,8}[A-Z][\w\-]{1,30})$
    """,
    _V,
)
"""The office an order writes out before defining its short form: ``the Secretary of
Homeland Security`` before ``(Secretary)``."""

LIST_REFERENCE = regex.compile(
    r"""
    \b(?:named|listed|designated|set\ forth|identified|enumerated)\ (?:below\ )?in\s
    (?:(?P<sub>sub)?section|paragraph)\ (?P<label>\d{1,3}[a-z]?(?:\([a-z0-9]{1,5}\)){0,3}
        |\([a-z0-9]{1,5}\))
    (?P<here>\ of\ this\ section)?
    """,
    _V,
)
"""``the officers named in section 2``, ``… in subsection (a) of this section``."""

OATH = regex.compile(r"\boath\b|\blength\ of\ service\b|\bseniority\b|\bdate\ of\ appointment", _V)
"""A class of officers ranked among themselves (by oath, service, seniority)."""

ITEM_LABEL = regex.compile(r"""^["'\s]{0,3}(?:\(\s?\w{1,5}\s?\)|\d{1,3}\.|[—–\-•*]+)\s*""", _V)
"""The label that opens a list item: ``(a)``, ``(iv)``, ``3.``, a dash or a bullet."""

ITEM_TAIL = regex.compile(
    r"""(?:[;,.:]?\ {0,3}\b(?:and|or|and/or)|[;,.:]|["'])\ {0,3}["']?\ {0,3}$""", _V
)
"""What closes a list item: ``; and``, ``;``, ``.``, a closing quote."""


__all__ = [
    "ALSO_KNOWN",
    "ANNEX_AMENDED",
    "ANNEX_LISTED",
    "AS_APPLICABLE",
    "AS_SPLIT",
    "BLOCKED",
    "BLOCKED_BEFORE",
    "CATEGORY_END",
    "CLAUSE_WORDS",
    "COMBAT_DATE",
    "CONSULTED",
    "DEFINED_OFFICE",
    "DESCRIBED_IN",
    "DESIGNATE",
    "DESIGNATED_COUNTRIES",
    "DESIGNEE_AFTER",
    "DETERMINED",
    "DIRECT_VERB",
    "ENDING",
    "ENTRY_SUSPENDED",
    "FTO",
    "HOLDER_END",
    "HOLDER_NAME",
    "INCLUDING_THOSE_IN",
    "INFINITIVE_CRITERION",
    "INLINE_PRONG",
    "INLINE_QUOTE",
    "ITEM_LABEL",
    "ITEM_TAIL",
    "LATE_BLOCKED",
    "LEADING",
    "LIST_REFERENCE",
    "MODAL",
    "NATIONALS_OF",
    "NOT_TERRORIST_ACTION",
    "OATH",
    "OFFICIAL_WORDS",
    "PASSIVE",
    "PLACE_WORDS",
    "PROPERTY_OF",
    "PUBLIC_ORGANIZATION",
    "SDGT",
    "STAFFING",
    "SUBORDINATE",
    "SUCCESSION",
    "SUCCESSION_OFFICE",
    "SUCH_AS",
    "TERMINATED",
    "TERRORIST_ACTION",
    "TERRORIST_DESIGNATION",
    "THROUGH",
    "TO_SPLIT",
]
