"""The codes of StardustProject, exported by codetables from its table.

Do not edit: export the table again.
"""

from __future__ import annotations

import enum
import typing


class StardustProject(enum.IntEnum):
    """Every listed code of StardustProject, by variant."""

    IllegalParameter = 400
    WrongSignature = 401
    AuthenticationFailed = 402
    SignatureExpired = 403
    NotFound = 404
    InternalError = 500
    DatasetNotExists = 5308
    FileSizeExceeds100mbLimit = 5708
    FileMustBeInZipFormat = 5709
    FileTreeMisalignment = 5710
    ProjectNameAlreadyExists = 5801
    FolderNameAlreadyExists = 5836
    WrongDataType = 5838
    OperationItemStructureError = 5839
    ProjectManagerNotExists = 5840
    WorkflowStructureError = 5841
    ProjectNotExists = 5842
    AlgorithmIsNotAvailable = 5843
    AlgorithmMappingStructureError = 5844
    WorkflowNotExists = 5845


class CodeInfo(typing.NamedTuple):
    """What the table says of a code, listed or not."""

    code: int
    known: bool
    name: str
    message: str
    category: typing.Optional[str]
    http: typing.Optional[int]
    kind: str
    retryable: bool
    columns: typing.Mapping[str, typing.Optional[str]]


_Class = typing.Tuple[
    typing.Optional[str], typing.Optional[int], str, bool, typing.Tuple[typing.Optional[str], ...]
]

_COLUMNS: typing.Tuple[str, ...] = (())

_LISTED: typing.Dict[int, typing.Tuple[str, str, _Class]] = {
    400: ("IllegalParameter", "Illegal Parameter", ("http", 400, "invalid_argument", False, ())),
    401: ("WrongSignature", "Wrong Signature", ("http", 401, "unauthenticated", False, ())),
    402: ("AuthenticationFailed", "Authentication Failed", ("http", 402, "unauthenticated", False, ())),
    403: ("SignatureExpired", "Signature Expired", ("http", 403, "unauthenticated", False, ())),
    404: ("NotFound", "Not Found, the resource is missing", ("http", 404, "not_found", False, ())),
    500: ("InternalError", "Internal Error, please try again later", ("http", 500, "internal", True, ())),
    5308: ("DatasetNotExists", "Dataset not exists", ("business", 404, "not_found", False, ())),
    5708: ("FileSizeExceeds100mbLimit", "File size exceeds 100MB limit", ("business", 400, "invalid_argument", False, ())),
    5709: ("FileMustBeInZipFormat", "File must be in ZIP format", ("business", 400, "invalid_argument", False, ())),
    5710: ("FileTreeMisalignment", "File tree misalignment, refer to API doc for correction", ("business", 400, "invalid_argument", False, ())),
    5801: ("ProjectNameAlreadyExists", "Project name already exists", ("business", 409, "already_exists", False, ())),
    5836: ("FolderNameAlreadyExists", "Folder name already exists", ("business", 409, "already_exists", False, ())),
    5838: ("WrongDataType", "Wrong data type", ("business", 400, "invalid_argument", False, ())),
    5839: ("OperationItemStructureError", "Operation item structure error", ("business", 400, "invalid_argument", False, ())),
    5840: ("ProjectManagerNotExists", "Project manager not exists", ("business", 404, "not_found", False, ())),
    5841: ("WorkflowStructureError", "Workflow structure error", ("business", 400, "invalid_argument", False, ())),
    5842: ("ProjectNotExists", "Project not exists", ("business", 404, "not_found", False, ())),
    5843: ("AlgorithmIsNotAvailable", "Algorithm is not available", ("business", 400, "failed_precondition", False, ())),
    5844: ("AlgorithmMappingStructureError", "Algorithm Mapping structure error", ("business", 400, "invalid_argument", False, ())),
    5845: ("WorkflowNotExists", "Workflow not exists", ("business", 404, "not_found", False, ())),
}

# The ranges, most specific first: an unlisted code takes the class of the
# first that covers it.
_RANGES: typing.Tuple[typing.Tuple[int, int, _Class], ...] = (
)

_UNCLASSIFIED: _Class = (None, None, "unknown", False, ())


def describe(code: typing.Union[int, str, StardustProject]) -> CodeInfo:
    """What the table says of `code`, listed or not: what the Rust enum answers."""
    key: int = int(code)
    listed = _LISTED.get(key)
    if listed is not None:
        name, message, found = listed
        known = True
    else:
        name, message, known = "", "", False
        found = next(
            (cls for first, last, cls in _RANGES if first <= key <= last), _UNCLASSIFIED
        )
    category, http, kind, retryable, values = found
    return CodeInfo(
        key, known, name, message, category, http, kind, retryable, dict(zip(_COLUMNS, values))
    )
