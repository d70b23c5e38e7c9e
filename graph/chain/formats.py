"""How a traced chain is printed: a Unicode tree for people, JSON and CSV for tools, Mermaid for
wikis (GitHub renders it)."""

from __future__ import annotations

from ..console.cells import safe_row
from ..errors import UsageError
from ..vocab.labels import relation_label
from .trace import Chain, ChainLink, ChainNode

_EVIDENCE_LIMIT = 240  # characters of an evidence sentence shown in the tree (JSON has it all)
_MAX_INDENT = 40  # tree levels drawn; deeper lines keep this indentation and show their depth


def _cut(text: str, limit: int = _EVIDENCE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(node: ChainNode) -> str:
    facts = [node.kind] + [v for v in (node.date,) if v]
    return f"{node.key}  ({', '.join(facts)})"


def _heading(chain: Chain) -> str:
    root = chain.root
    title = f" — {_cut(root.title, 100)}" if root.title else ""
    what = "what it mandated" if chain.down else "what mandated it"
    return f"{_describe(root)}{title}\n{what}:"


def tree(chain: Chain) -> str:
    """The chain as an indented tree, each link with its relation, date and evidence."""
    lines = [_heading(chain)]
    if not chain.links:
        lines.append(f"  (nothing: {_none_found(chain)})")
        return "\n".join(lines)
    last = _last_children(chain.links)
    parts: list[str] = []  # one indentation piece per level above the current line
    for i, link in enumerate(chain.links):
        del parts[link.depth - 1 :]
        is_last = i in last
        lead = _indent(parts, link.depth)
        node = chain.nodes[link.key]
        words = relation_label(link.relation)
        arrow = f"← {words}  {_describe(node)}" if chain.down else f"{words} → {_describe(node)}"
        context = "(context, not a mandate) " if link.context else ""
        lines.append(f"{lead}{'└─' if is_last else '├─'} {context}{arrow}{_mark(link, chain)}")
        parts.append("   " if is_last else "│  ")
        below = _indent(parts, link.depth + 1)
        if facts := _facts(link, node, chain.down):
            lines.append(f"{below}  {facts}")
        if link.evidence:
            lines.append(f"{below}  “{_cut(link.evidence)}”")
        if link.source:
            where = ", ".join(v for v in (link.source, link.date) if v)
            more = (
                f" and {link.also_in} other document{'s' * (link.also_in > 1)}"
                if link.also_in
                else ""
            )
            scan = " (read by OCR from a scan)" if link.ocr else ""
            lines.append(f"{below}  stated in {where}{more}{scan}")
    lines.append("")
    lines.append(_summary(chain))
    return "\n".join(lines)


def _facts(link: ChainLink, node: ChainNode, down: bool) -> str:
    """What a statement adds to a link: the words naming what was mandated, the paragraph, the
    date it runs until, the confidence (marked when weak)."""
    facts = []
    if node.kind == "activity" and node.title and node.title != link.mandated:
        facts.append(f"“{_cut(node.title, 100)}”")
    if link.subject_kind == "self" and not link.context:
        # the document itself: its own words ("Acting", "The present report") name no subject
        facts.append(f"mandated: {link.key if down else link.parent} itself")
    elif link.mandated and not link.context:
        facts.append(f"mandated: “{_cut(link.mandated, 100)}”")
    if link.paragraph:
        facts.append(f"paragraph {link.paragraph}")
    if link.until:
        facts.append(f"until {link.until}")
    if link.confidence is not None:
        facts.append(f"confidence {link.confidence:g}" + (" ⚠ weak" if link.weak else ""))
    return " · ".join(facts)


def _indent(parts: list[str], depth: int) -> str:
    if len(parts) <= _MAX_INDENT:
        return "".join(parts)
    return f"[{depth}]" + "".join(parts[-_MAX_INDENT:])


def _mark(link: ChainLink, chain: Chain) -> str:
    if link.cycle:
        return "  ⟲ cycle: already on this path, not followed"
    if link.repeat:
        return "  ↺ also reached by another path: shown once, above"
    if link.more:
        return f"  … more links beyond --depth {chain.depth}"
    return ""


def _last_children(links: list[ChainLink]) -> set[int]:
    """Indexes of the links that are the last child of their parent (drawn with └─)."""
    last: dict[tuple[int, str], int] = {}
    for i, link in enumerate(links):
        last[(link.depth, link.parent)] = i
    return set(last.values())


def _none_found(chain: Chain) -> str:
    rels = ", ".join(chain.relations)
    if chain.down:
        return f"no act in the store says it was mandated by {chain.root.key} ({rels})"
    return f"the store holds no act that mandated {chain.root.key} ({rels})"


def _summary(chain: Chain) -> str:
    acts = len(chain.nodes) - 1
    shown = [link for link in chain.links if not link.context]
    text = [f"{len(shown)} link{'s' * (len(shown) != 1)}, {acts} act{'s' * (acts != 1)}"]
    if len(shown) != len(chain.links):
        n = len(chain.links) - len(shown)
        text.append(f"{n} context line{'s' * (n != 1)} (not mandates)")
    weak = sum(link.weak for link in shown)
    if weak:
        text.append(f"{weak} weak link{'s' * (weak != 1)} (⚠ confidence below 0.6 or read by OCR)")
    if chain.min_confidence is not None:
        text.append(f"links below confidence {chain.min_confidence:g} left out")
    if chain.repeats:
        n = len({link.key for link in chain.repeats})
        text.append(f"{n} reached by more than one path (shown once, ↺)")
    for cycle in chain.cycles:
        text.append("cycle " + " → ".join(cycle))
    if chain.truncated:
        text.append(f"cut at depth {chain.depth} (raise --depth to see more)")
    return "; ".join(text)


def as_json(chain: Chain) -> str:
    """Every node (with its key) and every link, for tools."""
    depth_of = {chain.root.key: 0}
    for link in chain.links:
        depth_of.setdefault(link.key, link.depth)
    out = {
        "root": chain.root.key,
        "direction": "down" if chain.down else "up",
        "relations": list(chain.relations),
        "depth": chain.depth,
        "min_confidence": chain.min_confidence,
        "nodes": [
            {
                "key": n.key,
                "kind": n.kind,
                "title": n.title or None,
                "date": n.date or None,
                "body": n.body or None,
                "iri": n.iri,
                "depth": depth_of.get(n.key),
            }
            for n in chain.nodes.values()
        ],
        "links": [
            {
                "from": link.parent,
                "to": link.key,
                "relation": link.relation,
                "depth": link.depth,
                "evidence": link.evidence or None,
                "source": link.source or None,
                "date": link.date or None,
                "also_in": link.also_in,
                "repeat": link.repeat,
                "cycle": link.cycle,
                "more": link.more,
                "ocr": link.ocr,
                "paragraph": link.paragraph or None,
                "until": link.until or None,
                "confidence": link.confidence,
                "weak": link.weak,
                "context": link.context,
                "mandated": link.mandated or None,
                "subject_kind": link.subject_kind or None,
                "rule": link.rule or None,
            }
            for link in chain.links
        ],
        "cycles": [list(c) for c in chain.cycles],
    }
    import json  # (loaded only for this format: `chain` must start fast)

    return json.dumps(out, ensure_ascii=False, indent=2)


def as_csv(chain: Chain) -> str:
    """One row per link: depth, from, relation, to, date, source, evidence, note, then what a
    statement adds (paragraph, until, confidence, weak, context, mandated)."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(
        [
            "depth",
            "from",
            "relation",
            "to",
            "to_kind",
            "to_date",
            "source",
            "date",
            "evidence",
            "note",
            "paragraph",
            "until",
            "confidence",
            "weak",
            "context",
            "mandated",
        ]
    )
    for link in chain.links:
        node = chain.nodes[link.key]
        note = "cycle" if link.cycle else "repeat" if link.repeat else "more" if link.more else ""
        confidence = "" if link.confidence is None else f"{link.confidence:g}"
        writer.writerow(
            safe_row(
                [
                    link.depth,
                    link.parent,
                    link.relation,
                    link.key,
                    node.kind,
                    node.date,
                    link.source,
                    link.date,
                    link.evidence,
                    note,
                    link.paragraph,
                    link.until,
                    confidence,
                    int(link.weak),
                    int(link.context),
                    link.mandated,
                ]
            )
        )
    return buf.getvalue().rstrip("\n")


def _mermaid_label(text: str) -> str:
    # Mermaid reads #quot; and friends as entities inside a quoted label.
    for char, entity in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;")):
        text = text.replace(char, entity)
    return text


def mermaid(chain: Chain) -> str:
    """A Mermaid flowchart: arrows from the mandated act to the mandating one, authority on top."""
    ids: dict[str, str] = {}
    lines = ["flowchart BT"]
    for key, node in chain.nodes.items():
        ids[key] = f"n{len(ids)}"
        label = _mermaid_label(key) + (f"<br/>{node.date}" if node.date else "")
        lines.append(f'  {ids[key]}["{label}"]')
    for link in chain.links:
        subject, target = (link.key, link.parent) if chain.down else (link.parent, link.key)
        if link.context:  # read forward: the act extends (or recalls) what it points at
            subject, target = link.parent, link.key
        style = "-.->" if link.cycle or link.context or link.weak else "-->"
        label = link.relation + (f" ¶{link.paragraph}" if link.paragraph else "")
        lines.append(f"  {ids[subject]} {style}|{_mermaid_label(label)}| {ids[target]}")
    lines.append(f"  style {ids[chain.root.key]} stroke-width:3px")
    return "\n".join(lines)


_FORMATTERS = {"tree": tree, "json": as_json, "csv": as_csv, "mermaid": mermaid}


def format_chain(chain: Chain, fmt: str = "tree") -> str:
    """The chain as a tree (Unicode, for people), json, csv or mermaid."""
    if fmt not in _FORMATTERS:
        raise UsageError(f"unknown chain format {fmt!r}: use tree, json, csv or mermaid")
    return _FORMATTERS[fmt](chain)
