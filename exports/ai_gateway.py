"""The codes of AiGateway, exported by codetables from its table.

Do not edit: export the table again.
"""

from __future__ import annotations

import enum
import typing


class AiGateway(enum.IntEnum):
    """Every listed code of AiGateway, by variant."""

    Success = 0
    RequestParameterBindingFailed = 100001
    ParameterValidationFailed = 100002
    RequestTooFrequent = 130005
    InvalidPathFormat = 400001
    InvalidVersion = 400002
    InvalidModuleName = 400003
    InvalidRequestParameters = 400005
    AuthorizationInformationMissing = 401001
    InvalidApiKey = 401002
    QuotaFreezeFailed = 402000
    ServiceUnavailable = 500001
    DatabaseError = 500002
    ProxyError = 500003
    TaskCreationFailed = 500004
    ServerIsBusy = 530002
    InternalServerError = 530003


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
    0: ("Success", "Success", (None, 200, "ok", False, ())),
    100001: ("RequestParameterBindingFailed", "Request parameter binding failed", ("bad_request", 400, "invalid_argument", False, ())),
    100002: ("ParameterValidationFailed", "Parameter validation failed (e.g., model not found, size limit exceeded)", ("bad_request", 400, "invalid_argument", False, ())),
    130005: ("RequestTooFrequent", "Request too frequent", (None, 429, "resource_exhausted", True, ())),
    400001: ("InvalidPathFormat", "Invalid path format", (None, 400, "invalid_argument", False, ())),
    400002: ("InvalidVersion", "Invalid version", (None, 400, "invalid_argument", False, ())),
    400003: ("InvalidModuleName", "Invalid module name", (None, 400, "invalid_argument", False, ())),
    400005: ("InvalidRequestParameters", "Invalid request parameters (missing auth info or body)", (None, 400, "invalid_argument", False, ())),
    401001: ("AuthorizationInformationMissing", "Authorization information missing", ("unauthorized", 401, "unauthenticated", False, ())),
    401002: ("InvalidApiKey", "Unauthorized (Invalid API Key/Token)", ("unauthorized", 401, "unauthenticated", False, ())),
    402000: ("QuotaFreezeFailed", "Quota freeze failed", ("payment_required", 402, "failed_precondition", False, ())),
    500001: ("ServiceUnavailable", "Service unavailable", ("internal_server_error", 500, "unavailable", True, ())),
    500002: ("DatabaseError", "Database error", ("internal_server_error", 500, "internal", False, ())),
    500003: ("ProxyError", "Proxy error", ("internal_server_error", 500, "internal", False, ())),
    500004: ("TaskCreationFailed", "Task creation failed", ("internal_server_error", 500, "internal", False, ())),
    530002: ("ServerIsBusy", "Server is busy", ("internal_server_error", 500, "unavailable", True, ())),
    530003: ("InternalServerError", "Internal server error", ("internal_server_error", 500, "internal", False, ())),
}

# The ranges, most specific first: an unlisted code takes the class of the
# first that covers it.
_RANGES: typing.Tuple[typing.Tuple[int, int, _Class], ...] = (
    (100000, 100999, ("bad_request", 400, "invalid_argument", False, ())),
    (401000, 401999, ("unauthorized", 401, "unauthenticated", False, ())),
    (402000, 402999, ("payment_required", 402, "failed_precondition", False, ())),
    (404000, 404999, ("not_found", 404, "not_found", False, ())),
    (429000, 429999, ("too_many_requests", 429, "resource_exhausted", True, ())),
    (500000, 599999, ("internal_server_error", 500, "internal", False, ())),
)

_UNCLASSIFIED: _Class = (None, None, "unknown", False, ())


def describe(code: typing.Union[int, str, AiGateway]) -> CodeInfo:
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
