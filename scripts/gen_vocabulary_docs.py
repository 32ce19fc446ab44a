#!/usr/bin/env python3
"""Generates the vocabulary parts of data/schema.json (the enums) and docs/format.md (the event
type table, the enum cells of the field tables, the symmetric relations) from data/vocabulary.json.
Run it by hand after editing the vocabulary; `--check` (a ctest) fails when the committed files drift.
Standard library only."""
import argparse
import difflib
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def words(vocabulary, section):
    return [entry["word"] for entry in vocabulary[section]]


def symmetric_relations(vocabulary):
    return [entry["word"] for entry in vocabulary["relation_types"] if entry["symmetric"]]


def types_by_category(vocabulary):
    return {c: [t["word"] for t in vocabulary["event_types"] if t["category"] == c]
            for c in words(vocabulary, "event_categories")}


def spoken_list(items):
    """a, b and c"""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def category_summary(types):
    """The types of a category in the schema's description: all of them, or the first … the last."""
    return ", ".join(types) if len(types) <= 3 else f"{types[0]} … {types[-1]}"


def schema_text(vocabulary, schema):
    defs = schema["$defs"]
    defs["entity"]["properties"]["kind"]["enum"] = words(vocabulary, "entity_kinds")
    defs["entity"]["properties"]["category"]["anyOf"][0]["enum"] = words(vocabulary, "organization_categories")
    defs["event_category"]["enum"] = words(vocabulary, "event_categories")
    defs["participant"]["properties"]["role"]["enum"] = words(vocabulary, "roles")
    defs["link"]["properties"]["type"]["enum"] = words(vocabulary, "link_types")
    event = defs["event"]["properties"]
    event["type"]["anyOf"][0]["enum"] = words(vocabulary, "event_types")
    event["type"]["description"] = "Categories: " + "; ".join(
        f"{c} → {category_summary(types)}" for c, types in types_by_category(vocabulary).items()) + \
        ". Or a type the vocabulary section (or the database) added."
    event["status"]["enum"] = words(vocabulary, "statuses")
    event["nature"]["enum"] = words(vocabulary, "allegation_natures")
    relation = defs["relation"]["properties"]["type"]
    relation["enum"] = words(vocabulary, "relation_types")
    relation["description"] = spoken_list(symmetric_relations(vocabulary)) + " are symmetric."
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def code_list(items):
    return ", ".join(f"`{item}`" for item in items)


def event_type_table(vocabulary):
    lines = ["| category | types |", "| --- | --- |"]
    for category in words(vocabulary, "event_categories"):
        cells = [f"`{t['word']}`" + (f" ({t['note']})" if "note" in t else "")
                 for t in vocabulary["event_types"] if t["category"] == category]
        lines.append(f"| {category} | {', '.join(cells)} |")
    return "\n".join(lines) + "\n"


def replace_event_type_table(text, vocabulary):
    table = re.compile(r"^\| category \| types \|\n(?:\|.*\n)*", re.M)
    if len(table.findall(text)) != 1:
        sys.exit("docs/format.md: expected one '| category | types |' table")
    return table.sub(lambda _: event_type_table(vocabulary), text)


# (section heading, field) of each field-table row whose meaning cell starts with a vocabulary.
FIELD_ROWS = [("Entity", "kind", "entity_kinds"), ("Entity", "category", "organization_categories"),
              ("Event", "status", "statuses"), ("Event", "nature", "allegation_natures"),
              ("Relation", "type", "relation_types")]


def replace_field_row(text, heading, field, section, vocabulary):
    start = text.index(f"\n### {heading}\n")
    end = text.find("\n### ", start + 1)
    row = re.compile(rf"^(\| `{field}` \| enum \| [^|]* \| )`[a-z_]+`(?:, `[a-z_]+`)*", re.M)
    block, count = row.subn(lambda m: m.group(1) + code_list(words(vocabulary, section)), text[start:end])
    if count != 1:
        sys.exit(f"docs/format.md: expected one `{field}` enum row under '### {heading}'")
    return text[:start] + block + text[end:]


def replace_symmetric_sentence(text, vocabulary):
    sentence = re.compile(r"^(?:`[a-z_]+`(?:, | and ))*`[a-z_]+` are symmetric:", re.M)
    generated = spoken_list([f"`{w}`" for w in symmetric_relations(vocabulary)]) + " are symmetric:"
    text, count = sentence.subn(generated, text)
    if count != 1:
        sys.exit("docs/format.md: expected one sentence naming the symmetric relations")
    return text


def format_text(vocabulary, text):
    text = replace_event_type_table(text, vocabulary)
    for heading, field, section in FIELD_ROWS:
        text = replace_field_row(text, heading, field, section, vocabulary)
    return replace_symmetric_sentence(text, vocabulary)


def generated_files(root):
    vocabulary = json.loads((root / "data/vocabulary.json").read_text(encoding="utf-8"))
    schema = root / "data/schema.json"
    doc = root / "docs/format.md"
    return {
        schema: schema_text(vocabulary, json.loads(schema.read_text(encoding="utf-8"))),
        doc: format_text(vocabulary, doc.read_text(encoding="utf-8")),
    }


def check(files):
    drift = False
    for path, text in files.items():
        committed = path.read_text(encoding="utf-8")
        if committed != text:
            drift = True
            sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), text.splitlines(True),
                                                       str(path), "generated from data/vocabulary.json"))
    if drift:
        print("vocabulary docs drift: run scripts/gen_vocabulary_docs.py and commit the result", file=sys.stderr)
    return 1 if drift else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; fail when the files differ")
    parser.add_argument("--root", type=pathlib.Path, default=ROOT, help="the repository (default: this one)")
    args = parser.parse_args()
    files = generated_files(args.root)
    if args.check:
        return check(files)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
