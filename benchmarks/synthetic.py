"""Synthetic data sets N times the size of the packaged one, for the scaling rows.

The packaged data is small (a few dozen foods, eight nutrients, a few hundred
examples), so it cannot show how the engine behaves once authors keep adding
to it. :func:`grow` copies the packaged ``knowledge/`` and ``intents/``
directories unchanged and adds a ``synthetic.yaml`` to the first and
``synthetic-NN.yaml`` files to the second (each under the loader's 5 MB limit), so that the
number of nutrients, foods, food groups, intents and intent examples is about
``factor`` times the original.

Synthetic entries are clones of real ones (same shape, same optional fields,
same answer templates), so they take the same code paths in the loader and
the engine. Only names change: every new name is a made-up word ("vekolim"),
never a real one, so the benchmark questions keep meaning what they meant,
while the phrase tables, fuzzy-match choices, vocabulary and example postings
all grow as they would with real data. Generation is seeded: the same factor
always gives the same files.

run.py calls this as a script (``python synthetic.py FACTOR INTO``), in a child
process, so that its own memory stays small: on Linux a child's ru_maxrss
starts from its parent's, and a parent holding the 100x data would inflate it.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SEED = 20240611
# Synthetic intents per file: at 100x a single file would pass the loader's 5 MB limit.
INTENTS_PER_FILE = 500
_REPO = Path(__file__).resolve().parents[1]
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_ADJECTIVES = ("fresh", "dried", "roasted", "smoked", "baby", "wild", "raw", "tinned")
_SLOT = re.compile(r"^\{[a-z]+\}$")


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans, as the engine reads them: 'no' stays text."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool",
                              re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


class _Dumper(yaml.SafeDumper):
    """SafeDumper that writes multi-line text (the examples blocks) as `|` blocks."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


@dataclass(frozen=True)
class Grown:
    """Where a grown data set was written."""

    factor: int
    knowledge: Path
    intents: Path


@dataclass
class _Names:
    """Made-up words, each handed out once and never equal to a word of the real data."""

    rng: random.Random
    taken: set[str] = field(default_factory=set)

    def word(self, syllables: tuple[int, int] = (2, 4)) -> str:
        while True:
            count = self.rng.randint(*syllables)
            word = "".join(self.rng.choice(_CONSONANTS) + self.rng.choice(_VOWELS)
                           for _ in range(count))
            word += self.rng.choice(("", "", "m", "n", "l", "r"))
            if len(word) >= 5 and word not in self.taken:
                self.taken.add(word)
                return word


def grow(packaged_knowledge: Path, packaged_intents: Path, factor: int, into: Path) -> Grown:
    """Write a copy of the packaged data grown ~``factor`` times under ``into``."""
    if factor < 2:
        raise ValueError("factor must be at least 2; factor 1 is the packaged data itself")
    knowledge_dir, intents_dir = into / f"knowledge-{factor}x", into / f"intents-{factor}x"
    shutil.copytree(packaged_knowledge, knowledge_dir)
    shutil.copytree(packaged_intents, intents_dir)
    knowledge = _read_dir(packaged_knowledge)
    intents = _read_dir(packaged_intents)
    names = _Names(random.Random(SEED + factor), taken=_real_words(knowledge, intents))
    _dump(knowledge_dir / "synthetic.yaml", _grown_knowledge(knowledge, factor, names))
    clones = _grown_intents(intents, factor, names)["intents"]
    # The loader refuses a data file over 5 MB, as it would a real author's: the clones are
    # split over files of INTENTS_PER_FILE intents (synthetic-01.yaml, ...).
    for number, start in enumerate(range(0, len(clones), INTENTS_PER_FILE), start=1):
        _dump(intents_dir / f"synthetic-{number:02}.yaml",
              {"intents": clones[start:start + INTENTS_PER_FILE]})
    return Grown(factor, knowledge_dir, intents_dir)


def _read_dir(directory: Path) -> dict[str, list[Any] | dict[str, Any]]:
    """Every top-level section of a data directory; list sections are concatenated."""
    merged: dict[str, Any] = {}
    for path in sorted(directory.glob("*.yaml")):
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
        for section, value in content.items():
            if isinstance(value, list):
                merged.setdefault(section, []).extend(value)
            else:
                merged[section] = value
    return merged


def _real_words(*data: Any) -> set[str]:
    """Every word in the real data, so no made-up name can collide with one."""
    words: set[str] = set()

    def visit(value: Any) -> None:
        if isinstance(value, str):
            words.update(re.findall(r"[a-z]+", value.lower()))
        elif isinstance(value, dict):
            for key, item in value.items():
                visit(key)
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    for item in data:
        visit(item)
    return words


def _dump(path: Path, content: dict[str, Any]) -> None:
    header = "# Generated by benchmarks/synthetic.py for the scaling benchmark; not real data.\n"
    body = yaml.dump(content, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)
    path.write_text(header + body, encoding="utf-8")


# ---------------------------------------------------------------- knowledge

def _grown_knowledge(knowledge: dict[str, Any], factor: int, names: _Names) -> dict[str, Any]:
    """(factor - 1) synthetic clones of every group, food and nutrient."""
    extra = factor - 1
    groups = [_group(index, template, names)
              for index, template in _cycle(knowledge["groups"], extra)]
    all_groups = [*knowledge["groups"], *groups]
    foods = [_food(index, template, names, names.rng.choice(all_groups))
             for index, template in _cycle(knowledge["foods"], extra)]
    nutrients = [_nutrient(index, template, names, foods, all_groups)
                 for index, template in _cycle(knowledge["nutrients"], extra)]
    return {"groups": groups, "foods": foods, "nutrients": nutrients}


def _cycle(templates: list[Any], rounds: int) -> Iterator[tuple[int, Any]]:
    """Each template ``rounds`` times, numbered from 1: the clones to make."""
    index = 0
    for _ in range(rounds):
        for template in templates:
            index += 1
            yield index, template


def _group(index: int, template: dict[str, Any], names: _Names) -> dict[str, Any]:
    word = names.word()
    return {"id": f"synth-group-{index}", "name": f"{word} foods",
            "aliases": [f"{word} foods", word], "tags": list(template.get("tags", []))}


def _food(index: int, template: dict[str, Any], names: _Names,
          group: dict[str, Any]) -> dict[str, Any]:
    word = names.word()
    aliases = [word, f"{word}s", f"{names.rng.choice(_ADJECTIVES)} {word}"]
    return {"id": f"synth-food-{index}", "name": word, "plural": f"{word}s",
            "aliases": aliases[: max(1, len(template.get("aliases", [])))],
            "group": group["id"], "tags": list(group.get("tags", []))}


def _nutrient(index: int, template: dict[str, Any], names: _Names, foods: list[dict[str, Any]],
              groups: list[dict[str, Any]]) -> dict[str, Any]:
    """A clone of a real nutrient with a made-up name, aliases and food list."""
    word = names.word((3, 4))
    clone = copy.deepcopy(template)
    for key in ("symbols", "members", "part_of"):
        clone.pop(key, None)
    clone.update(id=f"synth-nutrient-{index}", name=word,
                 aliases=[word, f"{word} citrate", names.word()],
                 summary=f"{word.capitalize()} is a synthetic nutrient made for benchmarking.")
    deficiency = clone.get("deficiency")
    if isinstance(deficiency, dict) and "name" in deficiency:
        deficiency.update(name=f"hypo{word}", aliases=[f"hypo{word}"])
    picked = names.rng.sample(foods, k=min(5, len(foods)))
    clone["foods"] = [food["id"] for food in picked]
    clone["foods"].append({"group": names.rng.choice(groups)["id"]})
    return clone


# ---------------------------------------------------------------- intents

def _grown_intents(intents: dict[str, Any], factor: int, names: _Names) -> dict[str, Any]:
    """(factor - 1) clones of every intent, each with as many new example phrasings.

    A phrasing is a real example with one made-up word put in, and sometimes a real
    word too, so common words ("what", "{nutrient}") gain postings as they would with
    real growth, and the vocabulary grows by about 100 words per factor.
    """
    rewrite = intents["lexicon"]["rewrite"]
    real = list(intents["intents"])
    sources = {intent["intent"]: _example_words(intent["examples"], rewrite) for intent in real}
    vocabulary = sorted({w for words in sources.values() for ex in words for w in ex
                         if not _SLOT.match(w)})
    new_words = [names.word() for _ in range(100 * (factor - 1))]
    seen: set[tuple[str, ...]] = set()
    clones = []
    for index, template in _cycle(real, factor - 1):
        clone = {key: copy.deepcopy(value) for key, value in template.items()
                 if key not in ("intent", "examples", "default")}
        examples = [_variant(words, vocabulary, new_words, names.rng, seen)
                    for words in sources[template["intent"]]]
        clones.append({"intent": f"synth_intent_{index}",
                       "examples": "".join(f"- {' '.join(ex)}\n" for ex in examples), **clone})
    return {"intents": clones}


def _example_words(block: str, rewrite: dict[str, str]) -> list[tuple[str, ...]]:
    """An examples block as canonical word tuples (lower case, rewrites applied)."""
    examples = []
    for line in block.splitlines():
        text = line.strip().removeprefix("- ").lower().replace("'", "")
        words: list[str] = []
        for word in re.findall(r"\{[a-z]+\}|[a-z0-9]+", text):
            words.extend(str(rewrite.get(word, word)).split())
        if words:
            examples.append(tuple(words))
    return examples


def _variant(words: tuple[str, ...], vocabulary: list[str], new_words: list[str],
             rng: random.Random, seen: set[tuple[str, ...]]) -> tuple[str, ...]:
    """A new phrasing of an example, different from every phrasing made so far.

    Every variant holds exactly one made-up word, so it can never equal a real
    example (which would be an error in the loader: one example, two intents).
    """
    while True:
        result = list(words)
        if rng.random() < 0.5:
            result.insert(rng.randint(0, len(result)), rng.choice(vocabulary))
        result.insert(rng.randint(0, len(result)), rng.choice(new_words))
        variant = tuple(result)
        if variant not in seen:
            seen.add(variant)
            return variant


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the packaged data grown FACTOR times.")
    parser.add_argument("factor", type=int)
    parser.add_argument("into", type=Path, help="directory to write knowledge-Nx/, intents-Nx/ in")
    parser.add_argument("--knowledge", type=Path, default=_REPO / "knowledge")
    parser.add_argument("--intents", type=Path, default=_REPO / "intents")
    args = parser.parse_args(argv)
    grown = grow(args.knowledge, args.intents, args.factor, args.into)
    print(json.dumps({"knowledge": str(grown.knowledge), "intents": str(grown.intents)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
