"""The safe YAML loader now lives in `factdesk.base.yaml_safe`; these names stay importable from here."""

from factdesk.base.yaml_safe import (
    EntrySink,
    LocatedDict,
    LocatedList,
    YamlProblem,
    decode_yaml_bytes,
    load_yaml_text,
)

__all__ = ["EntrySink", "LocatedDict", "LocatedList", "YamlProblem", "decode_yaml_bytes", "load_yaml_text"]
