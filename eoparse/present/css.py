"""The stylesheet inlined into eoparse's notebook HTML.

Every rule is scoped under ``.eoparse`` so it cannot restyle the notebook
around it, and sets its own colours so the output reads the same on a dark
notebook theme.  Colour is never the only signal: kinds carry letter tags
(``G3``), changes carry text badges (``+ added``) and ``<ins>``/``<del>``
keep their underline and strike-through.
"""

from __future__ import annotations

KIND_COLOURS: dict[str, tuple[str, str]] = {
    # kind: (highlight background, tag border)
    "authority": ("#cfe2ff", "#1f5fbf"),
    "reference": ("#e8d9ff", "#6a3fb5"),
    "emergency": ("#ffd5cc", "#b3361b"),
    "designation": ("#cdeed3", "#23703a"),
    "grant": ("#fff0a6", "#8a6d00"),
}


def _kind_rules() -> str:
    rules = []
    for kind, (background, border) in KIND_COLOURS.items():
        rules.append(f".eoparse mark.eo-{kind}{{background:{background};}}")
        rules.append(
            f".eoparse .eo-tag.eo-{kind}, .eoparse .eo-key.eo-{kind}"
            f"{{background:{background};border-color:{border};}}"
        )
    return "\n".join(rules)


STYLE = (
    """
.eoparse{font-family:-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;
  font-size:14px;line-height:1.45;color:#1b1b1b;background:#ffffff;padding:10px 14px;
  border:1px solid #d0d0d0;border-radius:4px;max-width:1200px;text-align:left;}
.eoparse h2{font-size:19px;margin:2px 0 6px 0;color:#111;border:0;}
.eoparse h3{font-size:16px;margin:14px 0 4px 0;color:#111;border:0;}
.eoparse p{margin:4px 0;}
.eoparse code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px;
  background:#f1f1f1;color:#1b1b1b;padding:0 3px;border-radius:3px;}
.eoparse table.eo-table{border-collapse:collapse;margin:4px 0 8px 0;width:100%;
  font-size:13px;table-layout:auto;}
.eoparse table.eo-table th, .eoparse table.eo-table td{border:1px solid #c8c8c8;
  padding:3px 6px;vertical-align:top;text-align:left;color:#1b1b1b;background:#fff;}
.eoparse table.eo-table th{background:#eeeeee;font-weight:600;}
.eoparse table.eo-table td.eo-num, .eoparse table.eo-table th.eo-num{text-align:right;
  white-space:nowrap;}
.eoparse table.eo-facts{width:auto;}
.eoparse table.eo-facts th{width:11em;}
.eoparse .eo-quote{color:#333;font-size:12.5px;}
.eoparse .eo-muted{color:#5a5a5a;font-size:12.5px;}
.eoparse details{margin:4px 0;}
.eoparse summary{cursor:pointer;font-weight:600;color:#111;}
.eoparse summary.eo-h3{font-size:16px;margin:12px 0 4px 0;}
.eoparse ul.eo-outline{list-style:none;padding-left:18px;margin:2px 0;}
.eoparse ul.eo-outline > li{margin:1px 0;}
.eoparse .eo-label{font-weight:600;}
.eoparse .eo-path{color:#5a5a5a;font-size:12px;margin-left:4px;}
.eoparse .eo-text{white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;
  font-size:14px;line-height:1.6;border-top:1px solid #d0d0d0;padding-top:6px;}
.eoparse mark{color:#111;padding:1px 0;}
.eoparse mark.eo-multi{box-shadow:inset 0 -2px 0 #444;}
.eoparse .eo-tag, .eoparse .eo-key{display:inline-block;font-family:"DejaVu Sans",Arial,
  sans-serif;font-size:10.5px;font-weight:700;line-height:1.2;border:1px solid #666;
  border-radius:3px;padding:0 3px;margin:0 1px;vertical-align:super;color:#111;}
.eoparse .eo-key{vertical-align:baseline;font-size:12px;}
.eoparse .eo-tag a, .eoparse td a{color:#0b3d91;text-decoration:none;}
.eoparse .eo-badge{display:inline-block;font-size:12px;font-weight:700;border:1px solid;
  border-radius:3px;padding:0 5px;white-space:nowrap;}
.eoparse .eo-added{background:#d8f5d8;border-color:#23703a;color:#0d4d1e;}
.eoparse .eo-removed{background:#ffdada;border-color:#a4262c;color:#7a1015;}
.eoparse .eo-changed{background:#fff1b8;border-color:#8a6d00;color:#4d3d00;}
.eoparse .eo-same{background:#eeeeee;border-color:#777;color:#333;}
.eoparse ins{background:#d8f5d8;color:#0d4d1e;text-decoration:underline;
  text-decoration-thickness:2px;}
.eoparse del{background:#ffdada;color:#7a1015;text-decoration:line-through;}
.eoparse table.eo-fixed{table-layout:fixed;}
.eoparse table.eo-fixed td{overflow-wrap:anywhere;}
.eoparse .eo-words{font-family:Georgia,"DejaVu Serif",serif;font-size:13.5px;
  white-space:pre-wrap;}
.eoparse .eo-cite{white-space:nowrap;}
.eoparse .eo-gap{color:#5a5a5a;font-style:italic;}
.eoparse .eo-warn{color:#7a1015;}
"""
    + _kind_rules()
    + "\n"
)
"""The CSS, scoped under ``.eoparse``."""
