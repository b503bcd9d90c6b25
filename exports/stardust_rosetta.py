"""The codes of StardustRosetta, exported by codetables from its table.

Do not edit: export the table again.
"""

from __future__ import annotations

import enum
import typing


class StardustRosetta(enum.IntEnum):
    """Every listed code of StardustRosetta, by variant."""

    Success = 2000
    ServiceHiccuped = 5000
    ThePoolVertexInformationIsIncorrect = 50522
    TheLastPoolIsNotTheFinishPool = 50523
    TheWorkflowTemplateNameAlreadyExists = 50524
    ThePoolNameInTheWorkflowTemplateIsTheSame = 50525
    ThereAreSomePoolsThatHaveNoEdges = 50526
    TheAnnotaionCheckSamplingAlgorithmPoolCanOutputOnlyOneEdge = 50527
    TheNumberOfPoolsExceedsTheLimitOf20 = 50528
    TemplateNameIsAlreadyExists = 50529
    ThePoolTypeHasNotExists = 50530
    TheCompletionPoolCannotBeConnectedToOtherPools = 50531
    DoNotCreateCampaignRepeatedly = 51001
    UnknownAnnotationOrCampaignType = 51002
    CampaignIdIsAlreadyExists = 51003
    CampaignNameIsAlreadyExists = 51004
    CampaignCreateHasError = 51005
    CampaignIdNotExists = 51006
    WorkflowTypeError = 51007
    CampaignNotExists = 51008
    CampaignNameNotExists = 51009
    CreateWorkflowFailed = 52001
    WorkflowPoolIsEmpty = 52002
    DoNotCreateAnnotationRequestRepeatedly = 53001
    CreateAnnotationRequestHasError = 53002
    AnnotationRequestHasNotExists = 53003
    AnnotationRequestIdIsAlreadyExists = 53004
    AnnotationRequestNameIsAlreadyExists = 53005
    UnknownFolderRelation = 53006
    FolderIsNotExists = 53007
    FolderAlreadyExists = 54001
    FolderIdAlreadyExists = 54002
    NameAlreadyExists = 54003
    FolderIdIsNotExists = 54004
    CreateFolderFailed = 54005
    FolderNameIsNotExists = 54006
    BucketConnectionFailedCheckWhetherTheBucketExists = 54007
    FolderStatusHasNotExists = 54008
    UpdateFolderFailed = 54009
    ProvideBucketNameCanNotUseBucketPath = 54010
    HelixBucketNameMaxSizeIs255 = 54011
    HelixBucketNameConnectionFailedCheckWhetherTheBucketExists = 54013
    DescriptionFailedToCreateAPool = 55001
    WorkflowNotFound = 55002
    PoolsAreNotTheTypeOfWork = 55003
    TheArPoolSubtypeMustMatchTheCampaignType = 55004
    PoolNotFound = 55005
    SceneIdIsNotExists = 56001
    TaxonomyJsonError = 57001
    TheKeyForTaxonomyWasRepeated = 57002
    TaxonomyVersionNameWasRepeated = 57003
    ImageSourceMappingValueIsNotTheKeyOfTheSuboperation = 57004
    TheMinimumAttributeIsLargerThanTheMaximumAttribute = 57005
    TheDefaultValueIsNotInTheItemsSelectionRange = 57006
    TheLabelForTaxonomyWasRepeated = 57012


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
    2000: ("Success", "", (None, 200, "ok", False, ())),
    5000: ("ServiceHiccuped", "Service hiccuped, please try again later", (None, 503, "unavailable", True, ())),
    50522: ("ThePoolVertexInformationIsIncorrect", "The pool vertex information is incorrect.", ("workflow_template", 400, "invalid_argument", False, ())),
    50523: ("TheLastPoolIsNotTheFinishPool", "The last pool is not the finish pool.", ("workflow_template", 400, "invalid_argument", False, ())),
    50524: ("TheWorkflowTemplateNameAlreadyExists", "The workflow template name already exists.", ("workflow_template", 409, "already_exists", False, ())),
    50525: ("ThePoolNameInTheWorkflowTemplateIsTheSame", "The pool name in the workflow template is the same.", ("workflow_template", 400, "invalid_argument", False, ())),
    50526: ("ThereAreSomePoolsThatHaveNoEdges", "There are some pools that have no edges.", ("workflow_template", 400, "invalid_argument", False, ())),
    50527: ("TheAnnotaionCheckSamplingAlgorithmPoolCanOutputOnlyOneEdge", "The annotaion/check/sampling/algorithm pool can output only one edge.", ("workflow_template", 400, "invalid_argument", False, ())),
    50528: ("TheNumberOfPoolsExceedsTheLimitOf20", "The number of pools exceeds the limit of 20.", ("workflow_template", 400, "invalid_argument", False, ())),
    50529: ("TemplateNameIsAlreadyExists", "TemplateName is already exists.", ("workflow_template", 409, "already_exists", False, ())),
    50530: ("ThePoolTypeHasNotExists", "The pool type has not exists.", ("workflow_template", 400, "invalid_argument", False, ())),
    50531: ("TheCompletionPoolCannotBeConnectedToOtherPools", "The completion pool cannot be connected to other pools.", ("workflow_template", 400, "invalid_argument", False, ())),
    51001: ("DoNotCreateCampaignRepeatedly", "Do not create campaign repeatedly.", ("campaign", 409, "already_exists", False, ())),
    51002: ("UnknownAnnotationOrCampaignType", "Unknown annotation type. / Unknown campaignType.", ("campaign", 400, "invalid_argument", False, ())),
    51003: ("CampaignIdIsAlreadyExists", "campaignId is already exists.", ("campaign", 409, "already_exists", False, ())),
    51004: ("CampaignNameIsAlreadyExists", "campaignName is already exists.", ("campaign", 409, "already_exists", False, ())),
    51005: ("CampaignCreateHasError", "Campaign create has error.", ("campaign", 500, "internal", False, ())),
    51006: ("CampaignIdNotExists", "CampaignId not exists.", ("campaign", 404, "not_found", False, ())),
    51007: ("WorkflowTypeError", "workflowType error.", ("campaign", 400, "invalid_argument", False, ())),
    51008: ("CampaignNotExists", "Campaign not exists.", ("campaign", 404, "not_found", False, ())),
    51009: ("CampaignNameNotExists", "campaignName not exists.", ("campaign", 404, "not_found", False, ())),
    52001: ("CreateWorkflowFailed", "Create workflow failed.", ("workflow", 500, "internal", False, ())),
    52002: ("WorkflowPoolIsEmpty", "Workflow pool is empty.", ("workflow", 400, "invalid_argument", False, ())),
    53001: ("DoNotCreateAnnotationRequestRepeatedly", "Do not create annotation request repeatedly.", ("annotation_request", 409, "already_exists", False, ())),
    53002: ("CreateAnnotationRequestHasError", "Create annotation request has error.", ("annotation_request", 500, "internal", False, ())),
    53003: ("AnnotationRequestHasNotExists", "Annotation request has not exists.", ("annotation_request", 404, "not_found", False, ())),
    53004: ("AnnotationRequestIdIsAlreadyExists", "annotationRequestId is already exists.", ("annotation_request", 409, "already_exists", False, ())),
    53005: ("AnnotationRequestNameIsAlreadyExists", "annotationRequestName is already exists.", ("annotation_request", 409, "already_exists", False, ())),
    53006: ("UnknownFolderRelation", "Unknown folder relation.", ("annotation_request", 400, "invalid_argument", False, ())),
    53007: ("FolderIsNotExists", "folder is not exists.", ("annotation_request", 404, "not_found", False, ())),
    54001: ("FolderAlreadyExists", "folder already exists.", ("folder", 409, "already_exists", False, ())),
    54002: ("FolderIdAlreadyExists", "folderId already exists.", ("folder", 409, "already_exists", False, ())),
    54003: ("NameAlreadyExists", "Name already exists.", ("folder", 409, "already_exists", False, ())),
    54004: ("FolderIdIsNotExists", "folderId is not exists.", ("folder", 404, "not_found", False, ())),
    54005: ("CreateFolderFailed", "Create folder failed.", ("folder", 500, "internal", False, ())),
    54006: ("FolderNameIsNotExists", "folderName is not exists.", ("folder", 404, "not_found", False, ())),
    54007: ("BucketConnectionFailedCheckWhetherTheBucketExists", "Bucket connection failed. Check whether the bucket exists.", ("folder", 400, "failed_precondition", False, ())),
    54008: ("FolderStatusHasNotExists", "Folder status has not exists.", ("folder", 404, "not_found", False, ())),
    54009: ("UpdateFolderFailed", "Update folder failed.", ("folder", 500, "internal", False, ())),
    54010: ("ProvideBucketNameCanNotUseBucketPath", "Provide bucket name, can not use bucket path.", ("folder", 400, "invalid_argument", False, ())),
    54011: ("HelixBucketNameMaxSizeIs255", "helixBucketName:[%s] max size is 255.", ("folder", 400, "invalid_argument", False, ())),
    54013: ("HelixBucketNameConnectionFailedCheckWhetherTheBucketExists", "helixBucketName:[%s] connection failed. Check whether the bucket exists.", ("folder", 400, "failed_precondition", False, ())),
    55001: ("DescriptionFailedToCreateAPool", "Description Failed to create a pool.", ("pool", 500, "internal", False, ())),
    55002: ("WorkflowNotFound", "Workflow not found.", ("pool", 404, "not_found", False, ())),
    55003: ("PoolsAreNotTheTypeOfWork", "Pools are not the type of work.", ("pool", 400, "invalid_argument", False, ())),
    55004: ("TheArPoolSubtypeMustMatchTheCampaignType", "The AR pool subtype must match the campaign type.", ("pool", 400, "invalid_argument", False, ())),
    55005: ("PoolNotFound", "Pool not found.", ("pool", 404, "not_found", False, ())),
    56001: ("SceneIdIsNotExists", "SceneId is not exists.", ("scene", 404, "not_found", False, ())),
    57001: ("TaxonomyJsonError", "Taxonomy json has error: The value 123 of field key cannot be converted to type number. Please check the value of this field.", ("taxonomy", 400, "invalid_argument", False, ())),
    57002: ("TheKeyForTaxonomyWasRepeated", "The key for Taxonomy was repeated.", ("taxonomy", 400, "invalid_argument", False, ())),
    57003: ("TaxonomyVersionNameWasRepeated", "TaxonomyVersionName was repeated.", ("taxonomy", 409, "already_exists", False, ())),
    57004: ("ImageSourceMappingValueIsNotTheKeyOfTheSuboperation", "'imageSourceMapping' value is not the key of the suboperation.", ("taxonomy", 400, "invalid_argument", False, ())),
    57005: ("TheMinimumAttributeIsLargerThanTheMaximumAttribute", "The minimum attribute is larger than the maximum attribute.", ("taxonomy", 400, "invalid_argument", False, ())),
    57006: ("TheDefaultValueIsNotInTheItemsSelectionRange", "The default value is not in the items selection range.", ("taxonomy", 400, "invalid_argument", False, ())),
    57012: ("TheLabelForTaxonomyWasRepeated", "The label for Taxonomy was repeated.", ("taxonomy", 400, "invalid_argument", False, ())),
}

# The ranges, most specific first: an unlisted code takes the class of the
# first that covers it.
_RANGES: typing.Tuple[typing.Tuple[int, int, _Class], ...] = (
    (50500, 50599, ("workflow_template", None, "unknown", False, ())),
    (51000, 51999, ("campaign", None, "unknown", False, ())),
    (52000, 52999, ("workflow", None, "unknown", False, ())),
    (53000, 53999, ("annotation_request", None, "unknown", False, ())),
    (54000, 54999, ("folder", None, "unknown", False, ())),
    (55000, 55999, ("pool", None, "unknown", False, ())),
    (56000, 56999, ("scene", None, "unknown", False, ())),
    (57000, 57999, ("taxonomy", None, "unknown", False, ())),
)

_UNCLASSIFIED: _Class = (None, None, "unknown", False, ())


def describe(code: typing.Union[int, str, StardustRosetta]) -> CodeInfo:
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
