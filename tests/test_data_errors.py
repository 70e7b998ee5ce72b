"""Every data error, with its exact ``file:line: message``.

Each case copies the packaged knowledge/ (or intents/) into a temporary directory,
breaks one thing with a small text edit, loads, and compares ``str(error)`` with
the whole expected message. The working directory is the temporary one, so the
file is shown as ``knowledge/nutrients.yaml`` exactly as a data author would see it.
Lines are found from the edited text, so the tests survive data edits elsewhere.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from assistant import Assistant, DataError
from assistant.answers import FIELDS
from assistant.data import MAX_FILE_BYTES, load_yaml
from assistant.knowledge import load_knowledge

REPO = Path(__file__).resolve().parents[1]
SECTIONS = ("sources, twitching, electrolytes, causes, nutrients, interactions, groups, foods, "
            "diets, triggers, lifestyle, care, amounts")
LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))


# ---------------------------------------------------------------- helpers

@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch directory as the working directory, with a cache of its own."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


def copy_data(workdir: Path, name: str) -> Path:
    return Path(shutil.copytree(REPO / name, workdir / name))


def line_of(text: str, anchor: str) -> int:
    """The line on which the one occurrence of anchor starts."""
    assert text.count(anchor) == 1, f"{anchor!r} occurs {text.count(anchor)} times"
    return text[: text.index(anchor)].count("\n") + 1


def edit(path: Path, old: str, new: str) -> int:
    """Replace the one occurrence of old with new; the line where the edit starts."""
    text = path.read_text(encoding="utf-8")
    line = line_of(text, old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return line


def knowledge_error(*directories: str | Path) -> str:
    with pytest.raises(DataError) as info:
        load_knowledge([Path(d) for d in directories])
    return str(info.value)


def assistant_error(**kwargs: object) -> str:
    with pytest.raises(DataError) as info:
        Assistant(**kwargs)  # type: ignore[arg-type]
    return str(info.value)


@dataclass(frozen=True)
class Break:
    """One small edit of one file, and the message it must produce.

    ``message`` may use {line} (where the edit starts) and {anchor} (the line of
    ``anchor`` in the original file, for errors reported at the enclosing record).
    """

    name: str
    file: str
    old: str
    new: str
    message: str
    anchor: str = ""

    def apply(self, directory: Path) -> str:
        """Make the edit; the full expected error text."""
        path = directory / self.file
        original = path.read_text(encoding="utf-8")
        line = edit(path, self.old, self.new)
        anchor = line_of(original, self.anchor) if self.anchor else 0
        return f"{directory.name}/{self.file}:" + self.message.format(line=line, anchor=anchor)


def cases(*breaks: Break) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("case", breaks, ids=[b.name for b in breaks])


# ---------------------------------------------------------------- knowledge: fields

@cases(
    Break("required-field-missing", "nutrients.yaml", "    name: potassium\n", "",
          "{anchor}: potassium: missing required field 'name'", anchor="  - id: potassium\n"),
    Break("required-field-missing-in-flow-mapping", "foods.yaml",
          "{id: spinach, name: spinach, plural: spinach, "
          "aliases: [spinach, baby spinach, palak, saag], group: leafy-greens, "
          "tags: [plant-based]}",
          "{id: spinach, name: spinach, plural: spinach, "
          "aliases: [spinach, baby spinach, palak, saag], tags: [plant-based]}",
          "{line}: spinach: missing required field 'group'"),
    Break("required-text-empty", "nutrients.yaml",
          "    summary: Potassium is a primary electrolyte.", '    summary: ""',
          "{line}: potassium.summary: must not be empty"),
    Break("unknown-field-did-you-mean", "nutrients.yaml", "    at_risk:", "    at_risks:",
          "{line}: potassium.at_risks: unknown field 'at_risks' (did you mean 'at_risk'?)"),
    Break("unknown-field-in-sub-record", "nutrients.yaml", "      name: hypokalemia\n",
          "      nam: hypokalemia\n",
          "{line}: potassium.deficiency.nam: unknown field 'nam' (did you mean 'name'?)"),
    Break("unknown-section-did-you-mean", "nutrients.yaml", "\nnutrients:\n", "\nnutrient:\n",
          "{anchor}: nutrient: unknown section 'nutrient' (did you mean 'nutrients'?); "
          f"expected one of: {SECTIONS}", anchor="nutrients:\n  - id: magnesium"),
    Break("wrong-type-yes-is-not-a-boolean", "nutrients.yaml",
          "    electrolyte: true\n    source: article#potassium",
          "    electrolyte: yes\n    source: article#potassium",
          "{line}: potassium.electrolyte: expected true or false, got text 'yes'"),
    Break("wrong-type-number", "nutrients.yaml", "amount: 3400", "amount: lots",
          "{line}: potassium.intake.amounts[0].amount: expected a number, got text 'lots'"),
    Break("wrong-type-list", "nutrients.yaml",
          "    at_risk: [athletes, people who sweat excessively]", "    at_risk: {athletes: true}",
          "{line}: potassium.at_risk: expected a list of text, got a mapping"),
    Break("wrong-type-list-item", "nutrients.yaml",
          "symptoms: [muscle weakness, cramps, twitches]", "symptoms: [1, cramps]",
          "{line}: potassium.deficiency.symptoms[0]: expected text, got a whole number 1"),
    Break("wrong-choice-kind", "nutrients.yaml",
          "    kind: mineral\n    electrolyte: true\n    source: article#potassium",
          "    kind: metal\n    electrolyte: true\n    source: article#potassium",
          "{line}: potassium.kind: expected 'mineral' or 'vitamin', got 'metal'"),
    Break("wrong-choice-who", "nutrients.yaml", "{who: men, ages: 19+, amount: 3400}",
          "{who: man, ages: 19+, amount: 3400}",
          "{line}: potassium.intake.amounts[0].who: expected 'men', 'women' or 'adults', "
          "got 'man'"),
    Break("wrong-age-range", "nutrients.yaml", "{who: men, ages: 19+, amount: 3400}",
          "{who: men, ages: 19, amount: 3400}",
          "{line}: potassium.intake.amounts[0].ages: expected an age range like '19-30' or "
          "'71+', got '19'"),
    Break("hours-not-a-range", "lifestyle.yaml", "    hours: 7-9", "    hours: seven to nine",
          "{line}: sleep.hours: expected hours like '7-9' or '8', got 'seven to nine'"),
    Break("not-a-slug-id", "foods.yaml", "{id: sweet-potato,", "{id: Sweet Potato,",
          "{line}: foods[Sweet Potato].id: ids are lower-case words joined by '-', "
          "got 'Sweet Potato'"),
    Break("duplicate-yaml-key", "nutrients.yaml", "    aliases: [potassium, potassium citrate",
          "    name: potash\n    aliases: [potassium, potassium citrate",
          "{line}: duplicate key 'name'"),
    Break("other-sources-aliases-without-note", "nutrients.yaml",
          "    other_sources_note: Sunlight exposure is the primary way to get vitamin D.\n", "",
          "{anchor}: vitamin-d.other_sources_aliases: needs an other_sources_note, which an "
          "answer to a question that names one of them says",
          anchor="    other_sources_aliases: [sunlight,"),
    Break("duplicate-id", "foods.yaml", "  - {id: kale,",
          "  - {id: spinach, name: spinach, group: leafy-greens}\n  - {id: kale,",
          "{line}: spinach.id: duplicate id 'spinach' (first defined at foods.yaml:{anchor})",
          anchor="  - {id: spinach,"),
)
def test_field_errors(workdir: Path, case: Break) -> None:
    expected = case.apply(copy_data(workdir, "knowledge"))
    assert knowledge_error("knowledge") == expected


# ---------------------------------------------------------------- knowledge: amounts

@cases(
    Break("conversion-unknown-unit", "nutrients.yaml", "conversions: {mcg: 40}",
          "conversions: {mcgs: 40}",
          "{line}: vitamin-d.intake.conversions: unknown unit 'mcgs' (did you mean 'mcg'?)"),
    Break("conversion-not-a-number", "nutrients.yaml", "conversions: {mcg: 40}",
          "conversions: {mcg: forty}",
          "{line}: vitamin-d.intake.conversions: 'mcg': expected a positive number, got 'forty'"),
    Break("conversion-zero", "nutrients.yaml", "conversions: {mcg: 40}",
          "conversions: {mcg: 0}",
          "{line}: vitamin-d.intake.conversions: 'mcg': expected a positive number, got '0'"),
    Break("intake-unknown-unit", "nutrients.yaml", "      measure: AI\n      unit: mg",
          "      measure: AI\n      unit: mgs",
          "{anchor}: potassium.intake.unit: unknown unit 'mgs' (did you mean 'mg'?)",
          anchor="      unit: mg\n      amounts:\n        - {who: men, ages: 19+, amount: 3400}"),
    Break("unit-bad-mg", "amounts.yaml", "gramme, grammes, gm, gms], mg: 1000",
          "gramme, grammes, gm, gms], mg: -1",
          "{line}: amounts.units[g].mg: expected a positive number, got '-1'"),
    Break("say-unknown-placeholder", "amounts.yaml",
          'limit: "{amount} a day is {comparisons}{note}."',
          'limit: "{amount} a day is {comparison}{note}."',
          "{line}: amounts.say.limit: unknown placeholder '{{comparison}}' (did you mean "
          "'comparisons'?); it may use: amount, comparisons, note"),
    Break("say-missing", "amounts.yaml",
          '    sum: "{total} ({parts} together)"\n', "",
          "{anchor}: amounts.say: missing required field 'sum'",
          anchor='    limit: "{amount}'),
    Break("relation-missing", "amounts.yaml", "above: above, equal: exactly at, below: below",
          "above: above, equal: exactly at",
          "{line}: amounts.limit_relations: missing required field 'below'"),
)
def test_amount_errors(workdir: Path, case: Break) -> None:
    expected = case.apply(copy_data(workdir, "knowledge"))
    assert knowledge_error("knowledge") == expected


def test_a_knowledge_base_without_amounts_judges_none(workdir: Path) -> None:
    """The amounts section is optional: without it, amounts get the tables, as before."""
    (copy_data(workdir, "knowledge") / "amounts.yaml").unlink()
    (workdir / "knowledge" / "nutrients.yaml").write_text(
        (workdir / "knowledge" / "nutrients.yaml").read_text().replace(
            "      conversions: {mcg: 40}\n", ""))
    reply = Assistant(knowledge="knowledge").ask("is 6000 IU of vitamin D a day too much")
    assert "4,000 IU" in reply.text and "6,000" not in reply.text


# ---------------------------------------------------------------- knowledge: references

@cases(
    Break("unknown-food", "nutrients.yaml", "      - spinach\n", "      - spinch\n",
          "{line}: potassium.foods[2]: unknown food 'spinch' (did you mean 'spinach'?)"),
    Break("unknown-food-no-hint", "nutrients.yaml", "      - banana\n", "      - durian\n",
          "{line}: potassium.foods[0]: unknown food 'durian'"),
    Break("unknown-example-food", "nutrients.yaml", "examples: [spinach, kale]",
          "examples: [spinch, kale]",
          "{line}: magnesium.foods[0].examples: unknown food 'spinch' (did you mean 'spinach'?)"),
    Break("example-not-in-group", "nutrients.yaml", "examples: [spinach, kale]",
          "examples: [spinach, almonds]",
          "{line}: magnesium.foods[0].examples: 'almonds' is in group 'nuts', not 'leafy-greens'"),
    Break("unknown-group-in-food-list", "nutrients.yaml", "{group: whole-grains}\n      - avocado",
          "{group: whole-grain}\n      - avocado",
          "{line}: magnesium.foods[3].group: unknown group 'whole-grain' "
          "(did you mean 'whole-grains'?)"),
    Break("unknown-group-of-food", "foods.yaml",
          "aliases: [spinach, baby spinach, palak, saag], group: leafy-greens",
          "aliases: [spinach, baby spinach, palak, saag], group: leafy-green",
          "{line}: spinach.group: unknown group 'leafy-green' (did you mean 'leafy-greens'?)"),
    Break("unknown-source-section", "nutrients.yaml", "    source: article#magnesium\n",
          "    source: article#magnesum\n",
          "{line}: magnesium.source: unknown source 'article#magnesum' "
          "(did you mean 'article#magnesium'?)"),
    Break("unknown-source", "triggers.yaml", "    source: nhs\n", "    source: nhss\n",
          "{line}: medicines.source: unknown source 'nhss' (did you mean 'nhs'?)"),
    Break("unknown-nutrient-part-of", "nutrients.yaml",
          "    part_of: b-vitamins\n    source: article#b-vitamins\n    summary: Vitamin B6",
          "    part_of: b-vitamin\n    source: article#b-vitamins\n    summary: Vitamin B6",
          "{line}: b6.part_of: unknown nutrient 'b-vitamin' (did you mean 'b-vitamins'?)"),
    Break("unknown-nutrient-member", "nutrients.yaml", "members: [b6, b12, folate]",
          "members: [b6, b12, folat]",
          "{line}: b-vitamins.members: unknown nutrient 'folat' (did you mean 'folate'?)"),
    Break("unknown-electrolyte", "twitching.yaml", "members: [potassium,", "members: [potasium,",
          "{line}: electrolytes.members: unknown nutrient 'potasium' (did you mean 'potassium'?)"),
    Break("unknown-interaction-nutrient", "nutrients.yaml", "  - between: [magnesium, calcium]",
          "  - between: [magnesium, calcum]",
          "{line}: interactions[0].between: unknown nutrient 'calcum' (did you mean 'calcium'?)"),
    Break("unknown-trigger", "twitching.yaml", "common: [stress,", "common: [stres,",
          "{line}: causes.common: unknown trigger 'stres' (did you mean 'stress'?)"),
    Break("unknown-lifestyle-factor", "triggers.yaml", "relief: sleep", "relief: slep",
          "{line}: fatigue.relief: unknown lifestyle factor 'slep' (did you mean 'sleep'?)"),
    Break("unknown-tag", "foods.yaml", "excludes: [dairy]}", "excludes: [diary]}",
          "{line}: dairy-free.excludes: unknown tag 'diary' (did you mean 'dairy'?)"),
)
def test_reference_errors(workdir: Path, case: Break) -> None:
    expected = case.apply(copy_data(workdir, "knowledge"))
    assert knowledge_error("knowledge") == expected


@cases(
    # Swapped neighbours are the commonest typo, yet plain Levenshtein counts them as two
    # edits, which puts short ids under the 0.6 similarity bar of did_you_mean.
    Break("swapped-source", "triggers.yaml", "    source: nhs\n", "    source: nsh\n",
          "{line}: medicines.source: unknown source 'nsh' (did you mean 'nhs'?)"),
    Break("swapped-group", "foods.yaml", "aliases: [mackerel], group: fish,",
          "aliases: [mackerel], group: fihs,",
          "{line}: mackerel.group: unknown group 'fihs' (did you mean 'fish'?)"),
    Break("swapped-field", "nutrients.yaml", "      name: hypokalemia\n",
          "      nmae: hypokalemia\n",
          "{line}: potassium.deficiency.nmae: unknown field 'nmae' (did you mean 'name'?)"),
)
def test_did_you_mean_catches_swapped_letters(workdir: Path, case: Break) -> None:
    expected = case.apply(copy_data(workdir, "knowledge"))
    assert knowledge_error("knowledge") == expected


def test_a_duplicate_id_in_extra_knowledge_names_the_first_file(workdir: Path) -> None:
    extra = workdir / "extra"
    extra.mkdir()
    (extra / "foods.yaml").write_text(
        "foods:\n  - {id: oysters, name: oyster, group: fish}\n"
        "  - {id: banana, name: banana, group: fruit}\n", encoding="utf-8")
    first = line_of((REPO / "knowledge" / "foods.yaml").read_text(), "  - {id: banana,")
    assert knowledge_error(REPO / "knowledge", extra) == (
        "extra/foods.yaml:3: banana.id: duplicate id 'banana' "
        f"(first defined at foods.yaml:{first})")


def test_extra_knowledge_may_refer_to_packaged_ids_but_not_to_typos(workdir: Path) -> None:
    extra = workdir / "extra"
    extra.mkdir()
    (extra / "foods.yaml").write_text(
        "foods:\n  - {id: oysters, name: oyster, group: fsh}\n", encoding="utf-8")
    assert knowledge_error(REPO / "knowledge", extra) == (
        "extra/foods.yaml:2: oysters.group: unknown group 'fsh' (did you mean 'fish'?)")


# ---------------------------------------------------------------- knowledge: files

SYNTAX = [
    Break("mapping-value-in-plain-text", "nutrients.yaml", "    name: potassium\n",
          "    name: potassium: salt\n",
          "{line}: " + ("mapping values are not allowed in this context" if LIBYAML
                        else "mapping values are not allowed here")),
    Break("tab-indentation", "nutrients.yaml", "    name: potassium\n", "\tname: potassium\n",
          "{line}: " + ("found a tab character that violates indentation" if LIBYAML
                        else "found character '\\t' that cannot start any token")),
    Break("python-object-tag", "nutrients.yaml",
          "    summary: Potassium is a primary electrolyte.",
          '    summary: !!python/object/apply:os.system ["echo hacked"]',
          "{line}: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in "
          "data files"),
    Break("python-name-tag", "nutrients.yaml", "    summary: Potassium is a primary electrolyte.",
          "    summary: !!python/name:os.system",
          "{line}: tag 'tag:yaml.org,2002:python/name:os.system' is not allowed in data files"),
    Break("custom-tag", "nutrients.yaml", "    summary: Potassium is a primary electrolyte.",
          "    summary: !include potassium.yaml",
          "{line}: tag '!include' is not allowed in data files"),
]


@cases(*SYNTAX)
def test_yaml_errors(workdir: Path, case: Break, capfd: pytest.CaptureFixture[str]) -> None:
    expected = case.apply(copy_data(workdir, "knowledge"))
    assert knowledge_error("knowledge") == expected
    assert "hacked" not in capfd.readouterr().out


@pytest.mark.parametrize("document", [
    '    summary: !!python/object/apply:os.system ["touch {marker}"]',
    '    summary: !!python/object/new:subprocess.Popen [["touch", "{marker}"]]',
    '    summary: !!python/object/apply:subprocess.check_call [["touch", "{marker}"]]',
])
def test_no_code_runs_from_a_data_file(workdir: Path, document: str) -> None:
    marker = workdir / "MARKER"
    knowledge = copy_data(workdir, "knowledge")
    line = edit(knowledge / "nutrients.yaml", "    summary: Potassium is a primary electrolyte.",
                document.format(marker=marker))
    error = knowledge_error("knowledge")
    assert error.startswith(f"knowledge/nutrients.yaml:{line}: tag 'tag:yaml.org,2002:python/")
    assert error.endswith("' is not allowed in data files")
    assert not marker.exists()


def test_no_code_runs_through_the_assistant_either(workdir: Path) -> None:
    marker = workdir / "MARKER"
    knowledge = copy_data(workdir, "knowledge")
    line = edit(knowledge / "triggers.yaml",
                "    relief: stimulants\n    source: article#lifestyle\n\n  - id: alcohol",
                f'    relief: !!python/object/apply:os.system ["touch {marker}"]\n'
                "    source: article#lifestyle\n\n  - id: alcohol")
    assert assistant_error(knowledge=knowledge) == (
        f"knowledge/triggers.yaml:{line}: tag 'tag:yaml.org,2002:python/object/apply:os.system' "
        "is not allowed in data files")
    assert not marker.exists()


def test_a_deficiency_names_only_signs_the_safety_rules_have(workdir: Path) -> None:
    """A sign renamed in safety.yaml, or misspelled here, would silently stop "which
    vitamin deficiency causes numb toes" from naming the vitamin."""
    knowledge = copy_data(workdir, "knowledge")
    line = edit(knowledge / "nutrients.yaml", "      signs: [numbness]\n      note: among",
                "      signs: [numbnes]\n      note: among")
    assert assistant_error(knowledge=knowledge) == (
        f"knowledge/nutrients.yaml:{line}: b12.deficiency.signs: unknown sign "
        "'numbnes' (did you mean 'numbness'?)")


def test_non_utf8_byte_is_reported_with_its_line(workdir: Path) -> None:
    path = copy_data(workdir, "knowledge") / "foods.yaml"
    data = path.read_bytes()
    line = data[: data.index(b"yoghurt")].count(b"\n") + 1
    path.write_bytes(data.replace(b"yoghurt", "yoghürt".encode("latin-1"), 1))
    assert knowledge_error("knowledge") == (
        f"knowledge/foods.yaml:{line}: not UTF-8 text (invalid start byte)")


def test_non_utf8_file_is_an_error_not_a_crash(workdir: Path) -> None:
    path = copy_data(workdir, "knowledge") / "foods.yaml"
    path.write_bytes(path.read_bytes().replace(b"yoghurt", "yoghürt".encode("latin-1"), 1))
    error = knowledge_error("knowledge")
    assert error.startswith("knowledge/foods.yaml:")
    assert error.endswith(" not UTF-8 text (invalid start byte)")


@pytest.mark.parametrize(("content", "shown"), [
    ("- magnesium\n- calcium\n", "a list"),
    ("just some text\n", "text 'just some text'"),
])
def test_a_file_must_be_a_mapping_of_sections(workdir: Path, content: str, shown: str) -> None:
    (copy_data(workdir, "knowledge") / "notes.yaml").write_text(content, encoding="utf-8")
    assert knowledge_error("knowledge") == (
        f"knowledge/notes.yaml:1: expected a mapping, got {shown}")


def test_an_empty_file_is_allowed(workdir: Path) -> None:
    (copy_data(workdir, "knowledge") / "notes.yaml").write_text("# nothing yet\n")
    assert load_knowledge([Path("knowledge")]) == load_knowledge([REPO / "knowledge"])


def test_empty_directory(workdir: Path) -> None:
    (workdir / "empty").mkdir()
    (workdir / "empty" / "README.txt").write_text("not YAML")
    assert knowledge_error("empty") == "empty: no .yaml files found"
    assert assistant_error(knowledge="empty") == "empty: no .yaml files found"


def test_missing_directory(workdir: Path) -> None:
    assert knowledge_error("nowhere") == "nowhere: no such directory"
    assert assistant_error(knowledge="nowhere") == "nowhere: no such directory"
    assert assistant_error(intents=["nowhere"]) == "nowhere: no such directory"
    assert assistant_error(extra_knowledge=["nowhere"]) == "nowhere: no such directory"


def test_a_file_where_a_directory_should_be(workdir: Path) -> None:
    (workdir / "notes.yaml").write_text("foods: []\n")
    assert assistant_error(knowledge="notes.yaml") == "notes.yaml: not a directory"


ARGUMENT = "a directory (str or os.PathLike) or a list of directories"


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"knowledge": 42}, TypeError, f"knowledge: expected {ARGUMENT}, got int 42"),
    ({"intents": b"/data/intents"}, TypeError,
     f"intents: expected {ARGUMENT}, got bytes b'/data/intents'"),
    ({"knowledge": {"dir": "knowledge"}}, TypeError,
     f"knowledge: expected {ARGUMENT}, got dict {{'dir': 'knowledge'}}"),
    ({"extra_knowledge": 3.5}, TypeError, f"extra_knowledge: expected {ARGUMENT}, got float 3.5"),
    ({"knowledge": ["knowledge", None]}, TypeError,
     f"knowledge: expected {ARGUMENT}, got NoneType None in the list"),
    ({"knowledge": ""}, ValueError, "knowledge: a directory name is empty"),
    ({"intents": []}, ValueError,
     "intents: no directories given; leave it out to use the packaged data"),
    ({"matcher": "overlap"}, TypeError,
     "matcher: expected a class or function that builds a Matcher from the intents, got str"),
])
def test_constructor_arguments_of_the_wrong_kind(workdir: Path, kwargs: dict[str, object],
                                                 error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Assistant(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_no_extra_knowledge_is_fine(workdir: Path) -> None:
    assert Assistant(extra_knowledge=[]).ask("what has potassium").intent == "nutrient_foods"


# ---------------------------------------------------------------- size limit

TOO_BIG = ("{name}:1: larger than 5,000,000 bytes (5 MB), the limit for a data file; "
           "split it into several files")


def padded(size: int, start: str = "") -> str:
    """YAML text of exactly `size` bytes: `start`, then comment lines."""
    line = "# " + "x" * 97 + "\n"
    body = start + line * ((size - len(start) - 1) // len(line))
    return body + "#" * (size - len(body) - 1) + "\n"


@pytest.mark.parametrize(("directory", "start"), [
    ("knowledge", ""),
    ("knowledge", "foods: [unclosed\n"),  # refused before parsing: no YAML error
    ("intents", "intents:\n"),
])
def test_a_file_over_5_mb_is_refused_at_line_1(workdir: Path, directory: str,
                                               start: str) -> None:
    data = copy_data(workdir, directory)
    (data / "big.yaml").write_text(padded(MAX_FILE_BYTES + 1, start), encoding="utf-8")
    expected = TOO_BIG.format(name=f"{directory}/big.yaml")
    assert assistant_error(**{directory: directory}) == expected
    done = cli(workdir, f"--{directory}", directory, "hi")
    assert (done.returncode, done.stdout, done.stderr) == (1, "", expected + "\n")


def test_a_file_of_exactly_5_mb_is_read(workdir: Path) -> None:
    data = copy_data(workdir, "knowledge")
    (data / "big.yaml").write_text(padded(MAX_FILE_BYTES), encoding="utf-8")
    assert (data / "big.yaml").stat().st_size == MAX_FILE_BYTES == 5_000_000
    assert load_knowledge([data]) == load_knowledge([REPO / "knowledge"])


def test_an_eval_file_over_5_mb_is_refused_too(workdir: Path) -> None:
    (workdir / "big.yaml").write_text(padded(MAX_FILE_BYTES + 1, "cases:\n"))
    done = cli(workdir, "--eval", "big.yaml")
    assert (done.returncode, done.stderr) == (1, TOO_BIG.format(name="big.yaml") + "\n")


@pytest.mark.parametrize("content", ["foods: []\n", "foods: [unclosed\n"])
@pytest.mark.parametrize("collector_on", [True, False])
def test_loading_leaves_the_cycle_collector_as_it_found_it(workdir: Path, content: str,
                                                           collector_on: bool) -> None:
    # Parsing pauses the collector (it made big files slow); it must never stay off.
    path = workdir / "one.yaml"
    path.write_text(content)
    was = gc.isenabled()
    (gc.enable if collector_on else gc.disable)()
    try:
        with contextlib.suppress(DataError):
            load_yaml(path)
        assert gc.isenabled() is collector_on
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize(("removed", "section"), [
    ("care.yaml", "care"), ("twitching.yaml", "twitching"),
])
def test_a_required_section_missing(workdir: Path, removed: str, section: str) -> None:
    (copy_data(workdir, "knowledge") / removed).unlink()
    assert knowledge_error("knowledge") == f"knowledge: no file defines the '{section}' section"


def test_a_section_defined_twice(workdir: Path) -> None:
    knowledge = copy_data(workdir, "knowledge")
    (knowledge / "zz-care.yaml").write_text(
        (knowledge / "care.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    line = line_of((knowledge / "care.yaml").read_text(encoding="utf-8"), "care:\n")
    assert knowledge_error("knowledge") == (
        f"knowledge/zz-care.yaml:{line}: care: section 'care' is defined twice")


# ---------------------------------------------------------------- knowledge: loader gaps

def test_unknown_field_in_a_care_sign(workdir: Path) -> None:
    case = Break("care-sign", "care.yaml", "{id: duration, text: a twitch lasts more than 2 weeks}",
                 "{id: duration, text: a twitch lasts more than 2 weeks, urgent: true}",
                 "{line}: care.see_doctor_if.signs[duration].urgent: unknown field 'urgent'")
    expected = case.apply(copy_data(workdir, "knowledge"))
    assert knowledge_error("knowledge") == expected


def test_duplicate_care_lead_id(workdir: Path) -> None:
    knowledge = copy_data(workdir, "knowledge")
    first = line_of((knowledge / "care.yaml").read_text(encoding="utf-8"), "    - id: duration\n")
    line = edit(knowledge / "care.yaml", "    - id: spreading\n", "    - id: duration\n")
    assert knowledge_error("knowledge") == (
        f"knowledge/care.yaml:{line}: care.leads[duration].id: duplicate id 'duration' "
        f"(first defined at care.yaml:{first})")


@pytest.mark.parametrize("text, problem", [
    ("Twitching {sign} should be checked by a doctor (GP).",
     "unknown placeholder '{sign}'; it may use only {signs}"),
    ("Twitching like this should be checked by a doctor (GP).",
     "expected the placeholder {signs}"),
])
def test_the_sentence_for_several_signs_must_say_where_they_go(
        workdir: Path, text: str, problem: str) -> None:
    knowledge = copy_data(workdir, "knowledge")
    line = edit(knowledge / "care.yaml",
                '    text: "Twitching {signs} should be checked by a doctor (GP)."\n',
                f'    text: "{text}"\n')
    assert knowledge_error("knowledge") == (
        f"knowledge/care.yaml:{line}: care.several_signs.text: {problem}")


# ---------------------------------------------------------------- intents

def intent_case(workdir: Path, case: Break) -> tuple[str, str]:
    expected = case.apply(copy_data(workdir, "intents"))
    return assistant_error(knowledge=REPO / "knowledge", intents="intents"), expected


NUTRIENT_FIELDS = ", ".join(sorted(FIELDS["nutrient"]))
SAFETY_WORD_CLASSES = yaml.safe_load(
    (REPO / "intents" / "safety.yaml").read_text(encoding="utf-8"))["safety"]["word_classes"]


@cases(
    Break("unknown-slot-in-example", "nutrients.yaml", "      - what does {nutrient} do\n",
          "      - what does {nutrent} do\n",
          "{line}: nutrient_role.examples: unknown slot '{{nutrent}}' (did you mean 'nutrient'?)"),
    Break("slot-not-declared", "nutrients.yaml", "      - what does {nutrient} do\n",
          "      - what does {food} do\n",
          "{line}: nutrient_role.examples: slot '{{food}}' is not listed in the intent's slots"),
    Break("example-without-dash", "nutrients.yaml", "      - what does {nutrient} do\n",
          "      what does {nutrient} do\n",
          "{line}: nutrient_role.examples: each example is a line starting with '- ', got "
          "'what does {{nutrient}} do'"),
    Break("unknown-slot-kind", "nutrients.yaml",
          "    slots: [nutrient]\n    default: nutrient\n    examples: |\n"
          "      - what does {nutrient} do\n",
          "    slots: [nutrents]\n    default: nutrient\n    examples: |\n"
          "      - what does {nutrient} do\n",
          "{line}: nutrient_role.slots: unknown slot 'nutrents' (did you mean 'nutrient'?); "
          "expected one of: nutrient, food, trigger, factor, diet"),
    Break("unknown-template-field", "nutrients.yaml",
          '"{nutrient.summary} {nutrient.role} {nutrient.mechanism}"',
          '"{nutrient.sumary} {nutrient.role} {nutrient.mechanism}"',
          "{line}: nutrient_role.answers: 'nutrient' has no field 'sumary' "
          f"(did you mean 'summary'?); it has: {NUTRIENT_FIELDS}"),
    Break("unknown-template-namespace", "nutrients.yaml",
          '"{nutrient.summary} {nutrient.role} {nutrient.mechanism}"',
          '"{nutrients.summary} {nutrient.role} {nutrient.mechanism}"',
          "{line}: nutrient_role.answers: unknown namespace 'nutrients' in "
          "{{nutrients.summary}} (did you mean 'nutrient'?)"),
    Break("template-field-without-slot", "care.yaml", '"{care.learn_more}"',
          '"{care.learn_more} {nutrient.role}"',
          "{line}: learn_more.answers: {{nutrient.role}} needs a 'nutrient' slot, which intent "
          "'learn_more' does not have"),
    Break("template-placeholder-not-a-field", "care.yaml", '"{care.learn_more}"',
          '"{learn_more}"',
          "{line}: learn_more.answers: '{{learn_more}}' is not a field; write "
          "{{namespace.field}}, e.g. {{nutrient.role}}"),
    Break("unknown-word-class-in-a-safety-phrase", "safety.yaml", '"{struggle} * {swallow}"',
          '"{struggle} * {swalow}"',
          "{line}: safety.signs.swallowing.phrases: '{{struggle}} * {{swalow}}' names an unknown "
          "word class '{{swalow}}' (did you mean 'swallow'?); expected one of word_classes: "
          + ", ".join(sorted(SAFETY_WORD_CLASSES))),
    Break("unknown-word-class-in-a-sudden-phrase", "safety.yaml",
          '"{face_part} was hanging", "{face_part} * {hangs}"',
          '"{face_part} was hanging", "{face_part} * {hang}"',
          "{line}: safety.signs.weakness.sudden_phrases: '{{face_part}} * {{hang}}' names an "
          "unknown word class '{{hang}}' (did you mean 'hangs'?); expected one of word_classes: "
          + ", ".join(sorted(SAFETY_WORD_CLASSES))),
    Break("unknown-word-class-in-a-word-class", "safety.yaml", '"{critters} under my skin"',
          '"{critter} under my skin"',
          "{line}: safety.word_classes.restless: '{{critter}} under my skin' names an unknown "
          "word class '{{critter}}' (did you mean 'critters'?); expected one of word_classes: "
          + ", ".join(sorted(SAFETY_WORD_CLASSES))),
    Break("word-class-holding-itself", "safety.yaml", "    critters: [bug, bugs,",
          '    critters: ["{restless}", bugs,',
          "{line}: safety.word_classes.critters: '{{restless}}' names '{{restless}}', which "
          "names '{{critters}}' in turn: a class cannot hold itself"),
    Break("pattern-in-a-reading-word-class", "lexicon.yaml",
          "    first_person: [i, my, me,", '    first_person: [i, "{me}", me,',
          "{line}: lexicon.word_classes.first_person: '{{me}}': the reading's word classes "
          "hold words and phrases, not patterns of other classes"),
    Break("posture-flag-not-a-flag", "safety.yaml",
          "      not_from_a_posture: true\n      urgent: true\n      phrases: [slur,",
          "      not_from_a_posture: never\n      urgent: true\n      phrases: [slur,",
          "{line}: safety.signs.speech.not_from_a_posture: expected true or false, got text "
          "'never'"),
    Break("unknown-sign-for-a-named-illness", "safety.yaml", "    sign: fear\n",
          "    sign: fears\n",
          "{line}: safety.named_illness.sign: unknown sign 'fears' (did you mean 'fear'?)"),
    Break("day-of-month-out-of-range", "safety.yaml", "{mid: 15, middle: 15,",
          "{mid: 45, middle: 15,",
          "{line}: safety.duration.day_of_month: 'mid': expected a day of the month from 1 to "
          "28, got '45'"),
    Break("word-class-not-a-list", "safety.yaml",
          "    weight_lost: [lost, losing, dropped, dropping, shed, shedding]\n",
          "    weight_lost: {lost: 1}\n",
          "{line}: safety.word_classes.weight_lost: expected a list of text, got a mapping"),
    Break("narrows-to-an-unknown-intent", "nutrients.yaml",
          "    narrows_to: nutrient_foods ", "    narrows_to: nutrient_food ",
          "{line}: helpful_foods.narrows_to: no intent 'nutrient_food' defined (did you mean "
          "'nutrient_foods'?)"),
    Break("kept-not-a-flag", "safety.yaml", "      kept: false ", "      kept: never ",
          "{line}: safety.signs.worry.kept: expected true or false, got text 'never'"),
    Break("each-named-below-one", "twitching.yaml", "    each_named: 4\n",
          "    each_named: 0\n",
          "{line}: trigger.each_named: expected a whole number of 1 or more, got 0"),
    Break("symptom-name-of-two-words", "safety.yaml",
          "        a fever: [fever, fevers, feverish, temperature]\n",
          "        a fever: [fever, high temperature]\n",
          "{line}: safety.signs.other_symptoms.names.a fever: 'high temperature': expected one "
          "lower-case word"),
    Break("unknown-region-for-times-of-day", "lexicon.yaml",
          "    times_of_day_regions: [leg, foot, hip, anywhere]\n",
          "    times_of_day_regions: [legs, foot, hip, anywhere]\n",
          "{line}: lexicon.word_classes.times_of_day_regions: unknown body region 'legs' (did "
          "you mean 'leg'?); expected one of: anywhere, arm, back, chest, eye, face, foot, "
          "hand, hip, leg, neck, trunk"),
    Break("symptom-word-naming-two-symptoms", "safety.yaml", "        a rash: [rash, rashes]\n",
          "        a rash: [rash, fever]\n",
          "{line}: safety.signs.other_symptoms.names.a rash: 'fever' already names 'a fever'"),
)
def test_intent_errors(workdir: Path, case: Break) -> None:
    error, expected = intent_case(workdir, case)
    assert error == expected


def test_the_same_example_under_two_intents(workdir: Path) -> None:
    intents = copy_data(workdir, "intents")
    path = intents / "nutrients.yaml"
    # Normalised words are compared, so case and punctuation do not hide a duplicate.
    first = edit(path, "      - what does {nutrient} do\n",
                 "      - what does {nutrient} do\n      - What foods HAVE {nutrient}?\n") + 1
    second = line_of(path.read_text(encoding="utf-8"), "      - what foods have {nutrient}\n")
    assert assistant_error(knowledge=REPO / "knowledge", intents=intents) == (
        f"intents/nutrients.yaml:{second}: nutrient_foods.examples: 'what foods have "
        f"{{nutrient}}' is also an example of 'nutrient_role' (nutrients.yaml:{first})")


def test_an_intent_defined_twice(workdir: Path) -> None:
    intents = copy_data(workdir, "intents")
    text = (intents / "care.yaml").read_text(encoding="utf-8")
    first = line_of(text, "  - intent: learn_more\n")
    copied = text[text.index("  - intent: learn_more"):]
    (intents / "zz-more.yaml").write_text("intents:\n" + copied, encoding="utf-8")
    assert assistant_error(knowledge=REPO / "knowledge", intents=intents) == (
        f"intents/zz-more.yaml:2: learn_more.intent: intent 'learn_more' is defined twice "
        f"(first at care.yaml:{first})")


def test_knowledge_errors_surface_through_the_assistant(workdir: Path) -> None:
    case = Break("unknown-food", "nutrients.yaml", "      - spinach\n", "      - spinch\n",
                 "{line}: potassium.foods[2]: unknown food 'spinch' (did you mean 'spinach'?)")
    expected = case.apply(copy_data(workdir, "knowledge"))
    assert assistant_error(knowledge="knowledge") == expected


def test_extra_knowledge_errors_surface_through_the_assistant(workdir: Path) -> None:
    extra = Path(shutil.copytree(REPO / "tests" / "fixtures" / "zinc", workdir / "zinc"))
    line = edit(extra / "nutrients.yaml", "      - oysters\n", "      - oystres\n")
    assert assistant_error(extra_knowledge=[extra]) == (
        f"zinc/nutrients.yaml:{line}: zinc.foods[0]: unknown food 'oystres' "
        "(did you mean 'oysters'?)")


# ---------------------------------------------------------------- the command line

def cli(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(workdir / "cache"), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=workdir, env=env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize(("option", "directory", "case"), [
    ("--knowledge", "knowledge",
     Break("unknown-food", "nutrients.yaml", "      - spinach\n", "      - spinch\n",
           "{line}: potassium.foods[2]: unknown food 'spinch' (did you mean 'spinach'?)")),
    ("--knowledge", "knowledge", SYNTAX[2]),
    ("--intents", "intents",
     Break("slot-not-declared", "nutrients.yaml", "      - what does {nutrient} do\n",
           "      - what does {food} do\n",
           "{line}: nutrient_role.examples: slot '{{food}}' is not listed in the intent's slots")),
], ids=["knowledge-reference", "knowledge-python-tag", "intents-slot"])
def test_cli_reports_a_data_error_in_one_line(workdir: Path, option: str, directory: str,
                                              case: Break) -> None:
    expected = case.apply(copy_data(workdir, directory))
    done = cli(workdir, option, directory, "hi")
    assert (done.returncode, done.stdout, done.stderr) == (1, "", expected + "\n")


def test_cli_reports_an_empty_knowledge_directory(workdir: Path) -> None:
    (workdir / "empty").mkdir()
    done = cli(workdir, "--knowledge", "empty", "hi")
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "empty: no .yaml files found\n")


@pytest.mark.parametrize(("old", "new", "at", "message"), [
    # a lead's `named` sentence without its {symptoms} place would name nothing told
    ("other symptoms, such as {symptoms}, should", "other symptoms, such as yours, should", -1,
     "care.leads[other_symptoms].named: expected '{symptoms}' where the symptoms told are "
     "named"),
    ("  normal_asked: duration\n", "  normal_asked: durations\n", 0,
     "care.normal_asked: unknown lead 'durations' (did you mean 'duration'?)"),
])
def test_care_fields_that_name_what_is_told(workdir: Path, old: str, new: str, at: int,
                                            message: str) -> None:
    """``at`` is where the error points from the edited line (a folded text's key)."""
    knowledge = copy_data(workdir, "knowledge")
    line = edit(knowledge / "care.yaml", old, new)
    assert knowledge_error("knowledge") == f"knowledge/care.yaml:{line + at}: {message}"
