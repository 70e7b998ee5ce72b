"""The PyYAML loader behind :func:`assistant.data.load_yaml`: safe, and line-aware.

Kept apart from data.py so that PyYAML is only imported when YAML is really read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml

from .data import DataError, LocatedDict, LocatedList

if TYPE_CHECKING:  # the C loader, when built, has the pure-Python one's methods and tables
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(_BaseLoader):
    """SafeLoader that records line numbers and refuses duplicate keys."""

    file: str = "<data>"

    # PyYAML's stubs promise dict[Hashable, Any]; keys here are always text (checked
    # below), and dict's key type is invariant, so the narrower promise cannot be spelled.
    def construct_mapping(  # type: ignore[override]
            self, node: yaml.MappingNode, deep: bool = False) -> LocatedDict:
        """Mappings that keep their lines, so a data error can say file:line."""
        result = LocatedDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                raise DataError(self.file, line, f"keys must be text, not {key!r}")
            if key in result:
                raise DataError(self.file, line, f"duplicate key '{key}'")
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = line
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LocatedList:
        """Lists that keep each item's line, for the same reason as mappings."""
        result = LocatedList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


LineLoader.add_constructor("tag:yaml.org,2002:map", LineLoader.construct_mapping)
LineLoader.add_constructor("tag:yaml.org,2002:seq", LineLoader.construct_sequence)
# YAML 1.1 reads yes/no/on/off as true/false, which silently turns the word "no" in
# a phrase list into a boolean. As in YAML 1.2, only true and false are booleans here.
_BOOL = "tag:yaml.org,2002:bool"
LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
LineLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
