"""The project file: JSON <-> core model, format version, atomic save."""

from rotaplan.store.errors import ProjectFileError, StoreError
from rotaplan.store.files import atomic_write_text, backup_path, load, save
from rotaplan.store.format import FORMAT_VERSION
from rotaplan.store.reader import loads, project_from_json
from rotaplan.store.writer import dumps, project_to_json

__all__ = [
    "FORMAT_VERSION",
    "ProjectFileError",
    "StoreError",
    "atomic_write_text",
    "backup_path",
    "dumps",
    "load",
    "loads",
    "project_from_json",
    "project_to_json",
    "save",
]
