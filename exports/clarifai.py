"""The codes of Clarifai, exported by codetables from its table.

Do not edit: export the table again.
"""

from __future__ import annotations

import enum
import typing


class Clarifai(enum.IntEnum):
    """Every listed code of Clarifai, by variant."""

    Success = 10000
    SuccessWarningApiDeprecated = 10001
    SuccessWarningClientDeprecated = 10002
    MixedStatus = 10010
    Failure = 10020
    TryAgain = 10030
    NotImplemented = 10040
    Moved = 10050
    ConnAccountIssues = 11000
    ConnTokenInvalid = 11001
    ConnCredentialsInvalid = 11002
    ConnExceedHourlyLimit = 11003
    ConnExceedMonthlyLimit = 11004
    ConnThrottled = 11005
    ConnExceedsLimits = 11006
    ConnInsufficientScopes = 11007
    ConnKeyInvalid = 11008
    ConnKeyNotFound = 11009
    ConnBadRequestFormat = 11100
    ConnDoesNotExist = 11101
    ConnInvalidRequest = 11102
    ConnMethodNotAllowed = 11103
    ConnNoGdprConsent = 11104
    ConnAuthMethodDisabled = 11200
    ModelTrained = 21100
    ModelTraining = 21101
    ModelUntrained = 21102
    ModelQueuedForTraining = 21103
    ModelUploading = 21104
    ModelUploadingFailed = 21105
    ModelTrainingFailed = 21106
    ModelTrainingNoData = 21110
    ModelTrainingNoPositives = 21111
    ModelTrainingOneVsNSingleClass = 21112
    ModelTrainingTimedOut = 21113
    ModelTrainingWaitingError = 21114
    ModelTrainingUnknownError = 21115
    ModelTrainingMsgRedeliver = 21116
    ModelTrainingInsufficientData = 21117
    ModelTrainingInvalidParams = 21118
    ModelTrainingInvalidDataToleranceExceeded = 21119
    ModelModifySuccess = 21150
    ModelModifyPending = 21151
    ModelModifyFailed = 21152
    ModelDoesNotExist = 21200
    ModelPermissionDenied = 21201
    ModelInvalidArgument = 21202
    ModelInvalidRequest = 21203
    ModelEvaluated = 21300
    ModelEvaluating = 21301
    ModelNotEvaluated = 21302
    ModelQueuedForEvaluation = 21303
    ModelEvaluationTimedOut = 21310
    ModelEvaluationWaitingError = 21311
    ModelEvaluationUnknownError = 21312
    ModelPredictionFailed = 21313
    ModelEvaluationMsgRedeliver = 21314
    ModelEvaluationNeedLabels = 21315
    ModelEvaluationNeedInputs = 21316
    ModelEvaluationFailed = 21317
    ModelDeploymentFailed = 21350
    ModelDeploying = 21351
    ModelQueuedForDeployment = 21352
    ModelNotDeployed = 21353
    ModelReferenceInvalidArgument = 21400
    ModelExampleInputInvalidArgument = 21420
    WorkflowNoMatchingInput = 22001
    WorkflowRequireTrainedModel = 22002
    WorkflowDuplicate = 22100
    WorkflowUnsupportedFormat = 22101
    WorkflowDoesNotExist = 22102
    WorkflowPermissionDenied = 22103
    WorkflowInvalidArgument = 22104
    WorkflowInvalidRecipe = 22105
    WorkflowInvalidTemplate = 22106
    WorkflowInvalidGraph = 22107
    WorkflowInternalFailure = 22108
    WorkflowModifySuccess = 22150
    WorkflowModifyPending = 22151
    WorkflowModifyFailed = 22152
    WorkflowReindexFailed = 22153
    WorkflowInvalidRequest = 22999
    ConceptModifySuccess = 23150
    ConceptModifyPending = 23151
    ConceptModifyFailed = 23152
    AnnotationSuccess = 24150
    AnnotationPending = 24151
    AnnotationFailed = 24152
    AnnotationInProgress = 24153
    AnnotationUnknownStatus = 24154
    AnnotationInvalidArgument = 24155
    AnnotationPermissionDenied = 24156
    AnnotationAwaitingReview = 24157
    AnnotationReviewDenied = 24158
    AnnotationAwaitingConsensusReview = 24159
    AnnotationModifySuccess = 24250
    AnnotationModifyPending = 24251
    AnnotationModifyFailed = 24252
    MetadataInvalidPatchArguments = 24900
    MetadataParsingIssue = 24901
    MetadataManipulationIssue = 24902
    TrainerJobStateNone = 25000
    TrainerJobStateQueued = 25001
    TrainerJobStateRunning = 25002
    TrainerJobStateComplete = 25003
    TrainerJobStateError = 25004
    DataDumpSuccess = 25150
    DataDumpPending = 25151
    DataDumpFailed = 25152
    DataDumpInProgress = 25153
    DataDumpNoData = 25154
    DataDumpUnexpectedError = 25155
    DataDumpExportSuccess = 25170
    DataDumpExportPending = 25171
    DataDumpExportFailed = 25172
    DataDumpExportInProgress = 25173
    DataDumpExportUnexpectedError = 25174
    AppDuplicationSuccess = 25200
    AppDuplicationFailed = 25201
    AppDuplicationPending = 25202
    AppDuplicationInProgress = 25203
    AppDuplicationInvalidRequest = 25204
    ModuleDoesNotExist = 25300
    ModulePermissionDenied = 25301
    ModuleInvalidArgument = 25302
    ModuleInvalidRequest = 25303
    BulkOperationSuccess = 25400
    BulkOperationFailed = 25401
    BulkOperationPending = 25402
    BulkOperationInProgress = 25403
    BulkOperationInvalidRequest = 25404
    BulkOperationCancelled = 25405
    BulkOperationUnexpectedError = 25406
    BulkOperationDeleted = 25407
    InputDownloadSuccess = 30000
    InputDownloadPending = 30001
    InputDownloadFailed = 30002
    InputDownloadInProgress = 30003
    InputStatusUpdateFailed = 30004
    InputDeleteFailed = 30005
    InputDuplicate = 30100
    InputUnsupportedFormat = 30101
    InputDoesNotExist = 30102
    InputPermissionDenied = 30103
    InputInvalidArgument = 30104
    InputOverLimit = 30105
    InputInvalidUrl = 30106
    InputModifySuccess = 30200
    InputModifyPending = 30201
    InputModifyFailed = 30203
    InputStorageHostFailed = 30210
    AllInputInvalidBytes = 30300
    InputClusterSuccess = 30400
    InputClusterPending = 30401
    InputClusterFailed = 30402
    InputClusterInProgress = 30403
    InputReindexSuccess = 30500
    InputReindexPending = 30501
    InputReindexFailed = 30502
    InputReindexInProgress = 30503
    InputVideoDownloadSuccess = 31000
    InputVideoDownloadPending = 31001
    InputVideoDownloadFailed = 31002
    InputVideoDuplicate = 31100
    InputVideoUnsupportedFormat = 31101
    InputVideoDoesNotExist = 31102
    InputVideoPermissionDenied = 31103
    InputVideoInvalidArgument = 31104
    InputVideoOverLimit = 31105
    InputVideoInvalidUrl = 31106
    InputVideoModifySuccess = 31200
    InputVideoModifyPending = 31201
    InputVideoModifyFailed = 31203
    InputVideoStorageHostFailed = 31210
    AllInputVideosInvalidBytes = 31300
    InputConnectionFailed = 39996
    RequestDisabledForMaintenance = 39997
    InputWritesDisabledForMaintenance = 39998
    InputInvalidRequest = 39999
    PredictInvalidRequest = 40001
    SearchInvalidRequest = 40002
    ConceptsInvalidRequest = 40003
    StatsInvalidRequest = 40004
    DatabaseDuplicateKey = 40010
    DatabaseStatementTimeout = 40011
    DatabaseInvalidRowsAffected = 40012
    DatabaseDeadlockDetected = 40013
    DatabaseFailTask = 40014
    DatabaseFailToGetConnections = 40015
    DatabaseTooManyClients = 40016
    DatabaseConstraintViolated = 40017
    TheRequestedOperationIsCurrentlyProcessingForThisApp = 40019
    AsyncWorkerMultiErrors = 40020
    RpcRequestQueueFull = 40030
    RpcServerUnavailable = 40031
    RpcRequestTimeout = 40032
    RpcMaxMessageSizeExceeded = 40033
    ExternalConnectionError = 40034
    RpcCanceled = 40035
    RpcUnknownMethod = 40036
    RequestCanceledByUser = 40037
    QueueConnError = 41000
    QueueCloseRequestTimeout = 41002
    QueueConnClosed = 41003
    QueuePublishAckTimeout = 41004
    QueuePublishError = 41005
    QueueSubscriptionTimeout = 41006
    QueueSubscriptionError = 41007
    QueueMarshallingFailed = 41008
    QueueUnmarshallingFailed = 41009
    QueueMaxMsgRedeliveryExceeded = 41010
    QueueAckFailure = 41011
    SqsOverlimit = 41100
    SqsInvalidReceiptHandle = 41101
    SqsUnknown = 41102
    VisualizationSucceeded = 42000
    VisualizationIsPending = 42001
    VisualizationFailed = 42002
    VisualizationInvalidRequest = 42003
    MissingApplicationVisualization = 42004
    TooManyUrLsToVisualize = 42005
    ThereIsNotInputsInApp = 42006
    SearchInternalFailure = 43001
    SearchProjectionFailure = 43002
    SearchPredictionFailure = 43003
    SearchByNotFullyIndexedInput = 43004
    SavedSearchModifyFailed = 43005
    ClusterInternalFailure = 43040
    EvaluationQueued = 43100
    EvaluationInProgress = 43101
    EvaluationSuccess = 43102
    EvaluationFailedToRetrieveData = 43103
    EvaluationInvalidArgument = 43104
    EvaluationFailed = 43105
    EvaluationPending = 43106
    EvaluationTimedOut = 43107
    EvaluationUnexpectedError = 43108
    EvaluationMixed = 43109
    StripeEventError = 44001
    CacheMiss = 45001
    RedisScriptExitedWithFailure = 45002
    RedisStreamErr = 45003
    RedisNoConsumers = 45004
    RedisStreamBackoff = 45005
    SignupEventError = 46001
    SignupFlagged = 46002
    FiletypeUnsupported = 46003
    AppCountInvalidMessage = 47001
    AppCountUpdateIncrementFailed = 47002
    AppCountRebuildFailed = 47003
    AppCountInternalFailure = 47004
    MpDownloadError = 47101
    MpResolveDnsError = 47102
    MpDownloadMaxSizeExceededError = 47103
    MpImageDecodeError = 47104
    MpInvalidArgument = 47105
    MpImageProcessingError = 47106
    DatatierConnError = 47201
    UserConsentFace = 50001
    WorkerMissing = 51000
    WorkerActive = 51001
    WorkerInactive = 51002
    CollectorMissing = 52000
    CollectorActive = 52001
    CollectorInactive = 52002
    CollectorPostInputFailed = 52003
    SsoIdentityProviderDoesNotExist = 53001
    TaskInProgress = 54001
    TaskDone = 54002
    TaskWontDo = 54003
    TaskAddAnnotationsFailure = 54005
    TaskConflict = 54100
    TaskNotImplemented = 54101
    TaskMissing = 54102
    LabelOrderPending = 55001
    LabelOrderInProgress = 55002
    LabelOrderSuccess = 55003
    LabelOrderCanceled = 55004
    LicenseActive = 60000
    LicenseDoesNotExist = 60001
    LicenseNeedUpdate = 60002
    LicenseExpired = 60003
    LicenseRevoked = 60004
    LicenseDeleted = 60005
    LicenseVolumeExceeded = 60006
    PasswordValidationSuccess = 61000
    PasswordValidationFailed = 61001
    PasswordpolicyInvalidArgument = 61002
    FeatureflagConfigNotFound = 62000
    FeatureflagInvalidArgument = 62001
    FeatureflagBlocked = 62002
    MaintenanceSuccess = 63000
    MaintenanceFailed = 63001
    DatasetVersionPending = 64005
    DatasetVersionInProgress = 64010
    DatasetVersionReady = 64015
    DatasetVersionFailure = 64020
    DatasetVersionUnexpectedError = 64025
    DatasetVersionConflict = 64030
    DatasetInputSuccess = 64100
    DatasetInputDuplicate = 64101
    JobQueued = 64000
    JobRunning = 64001
    JobCompleted = 64002
    JobFailed = 64003
    JobCancelled = 64004
    JobUnexpectedError = 64006
    AuthMissingIdpAssoc = 65000
    ListObjectsFailed = 66000
    ArchiveExtractFailed = 67000
    UploadInProgress = 68000
    UploadDone = 68001
    UploadFailed = 68002
    UploadUnexpectedError = 68003
    UploadExpired = 68004
    BillingInvalidInfo = 69000
    BadRequest = 90400
    ServerError = 90500
    InternalServerIssue = 98004
    InternalFetchingIssue = 98005
    InternalDatabaseIssue = 98006
    InternalUnexpectedTimeout = 98009
    InternalUnexpectedV1 = 98010
    InternalUnexpectedPanic = 98011
    InternalUnexpectedSpire = 98012
    InternalRedisUnavailable = 98013
    InternalResourceExhausted = 98014
    InternalRedisUncategorized = 98015
    InternalAwsUncategorized = 98016
    InternalAzureUncategorized = 98017
    ConnUncategorized = 99001
    ModelUncategorized = 99002
    InputUncategorized = 99003
    AnnotationUncategorized = 99004
    BillingUncategorized = 99005
    InternalUncategorized = 99009


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
    10000: ("SUCCESS", "Ok", ("generic", 200, "ok", False, ())),
    10001: ("SUCCESS_WARNING_API_DEPRECATED", "", ("generic", 200, "ok", False, ())),
    10002: ("SUCCESS_WARNING_CLIENT_DEPRECATED", "", ("generic", 200, "ok", False, ())),
    10010: ("MIXED_STATUS", "Mixed Success", ("generic", 200, "ok", False, ())),
    10020: ("FAILURE", "Failure", ("generic", None, "unknown", False, ())),
    10030: ("TRY_AGAIN", "Try the request again", ("generic", 503, "unavailable", True, ())),
    10040: ("NOT_IMPLEMENTED", "", ("generic", 501, "unimplemented", False, ())),
    10050: ("MOVED", "Resource moved", ("generic", None, "unknown", False, ())),
    11000: ("CONN_ACCOUNT_ISSUES", "Account or plan issue, such as expired credentials, account still in trial, or feature not supported in your tier", ("connection", 403, "permission_denied", False, ())),
    11001: ("CONN_TOKEN_INVALID", "Invalid authentication token used", ("connection", 401, "unauthenticated", False, ())),
    11002: ("CONN_CREDENTIALS_INVALID", "Invalid authentication credentials", ("connection", 401, "unauthenticated", False, ())),
    11003: ("CONN_EXCEED_HOURLY_LIMIT", "Throttle hourly request limit exceeded", ("connection", 429, "resource_exhausted", True, ())),
    11004: ("CONN_EXCEED_MONTHLY_LIMIT", "Throttle monthly request limit exceeded", ("connection", 429, "resource_exhausted", False, ())),
    11005: ("CONN_THROTTLED", "Throttler and billing stuff; making too many requests", ("connection", 429, "resource_exhausted", True, ())),
    11006: ("CONN_EXCEEDS_LIMITS", "Throttler and billing stuff; account limits exceeded", ("connection", 429, "resource_exhausted", False, ())),
    11007: ("CONN_INSUFFICIENT_SCOPES", "API key has insufficient permissions", ("connection", 403, "permission_denied", False, ())),
    11008: ("CONN_KEY_INVALID", "Invalid API key or Invalid API key/application pair", ("connection", 401, "unauthenticated", False, ())),
    11009: ("CONN_KEY_NOT_FOUND", "API key not found", ("connection", 401, "unauthenticated", False, ())),
    11100: ("CONN_BAD_REQUEST_FORMAT", "Bad request format; multipart form parsing, broken JSON, etc", ("connection", 400, "invalid_argument", False, ())),
    11101: ("CONN_DOES_NOT_EXIST", "Resource does not exist; when path is bad", ("connection", 404, "not_found", False, ())),
    11102: ("CONN_INVALID_REQUEST", "Invalid request; something wrong with a header", ("connection", 400, "invalid_argument", False, ())),
    11103: ("CONN_METHOD_NOT_ALLOWED", "Request method not allowed", ("connection", 400, "invalid_argument", False, ())),
    11104: ("CONN_NO_GDPR_CONSENT", "No GDPR consent", ("connection", 400, "failed_precondition", False, ())),
    11200: ("CONN_AUTH_METHOD_DISABLED", "Authentication method is disabled", ("connection", 401, "unauthenticated", False, ())),
    21100: ("MODEL_TRAINED", "Custom model has been already trained", ("model", 200, "ok", False, ())),
    21101: ("MODEL_TRAINING", "Custom model is currently training", ("model", 202, "pending", True, ())),
    21102: ("MODEL_UNTRAINED", "Custom model has not yet been trained", ("model", 400, "failed_precondition", False, ())),
    21103: ("MODEL_QUEUED_FOR_TRAINING", "Custom model is currently in queue for training, waiting on inputs to process.", ("model", 202, "pending", True, ())),
    21104: ("MODEL_UPLOADING", "Model uploading inputs", ("model", 202, "pending", True, ())),
    21105: ("MODEL_UPLOADING_FAILED", "Model uploading inputs failed", ("model", 500, "internal", False, ())),
    21106: ("MODEL_TRAINING_FAILED", "Generic error message for any type of model training error", ("model", 500, "internal", False, ())),
    21110: ("MODEL_TRAINING_NO_DATA", "Custom model training had no data", ("model", 400, "failed_precondition", False, ())),
    21111: ("MODEL_TRAINING_NO_POSITIVES", "Custom model training had no positive examples", ("model", 400, "failed_precondition", False, ())),
    21112: ("MODEL_TRAINING_ONE_VS_N_SINGLE_CLASS", "Custom model training was ONE_VS_N but with a single class", ("model", 400, "failed_precondition", False, ())),
    21113: ("MODEL_TRAINING_TIMED_OUT", "Training took longer than hard coded timeouts; contact support@clarifai.com if this continues to happen when creating new versions of your model", ("model", 504, "deadline_exceeded", True, ())),
    21114: ("MODEL_TRAINING_WAITING_ERROR", "Training got error waiting on your inputs to process, please contact support@clarifai.com", ("model", 500, "internal", False, ())),
    21115: ("MODEL_TRAINING_UNKNOWN_ERROR", "Training threw an unknown exception, please contact support@clarifai.com.", ("model", 500, "internal", False, ())),
    21116: ("MODEL_TRAINING_MSG_REDELIVER", "Training request was unexpectedly redelivered, contact support@clarifai.com if this continues to happen.", ("model", 500, "internal", False, ())),
    21117: ("MODEL_TRAINING_INSUFFICIENT_DATA", "Training got error due to insufficient labelled data", ("model", 400, "failed_precondition", False, ())),
    21118: ("MODEL_TRAINING_INVALID_PARAMS", "Invalid parameters during model training", ("model", 400, "invalid_argument", False, ())),
    21119: ("MODEL_TRAINING_INVALID_DATA_TOLERANCE_EXCEEDED", "Training is stopped because too much data was dropped", ("model", 400, "failed_precondition", False, ())),
    21150: ("MODEL_MODIFY_SUCCESS", "Model modification success", ("model", 200, "ok", False, ())),
    21151: ("MODEL_MODIFY_PENDING", "Model modification pending", ("model", 202, "pending", True, ())),
    21152: ("MODEL_MODIFY_FAILED", "Model modification failed", ("model", 500, "internal", False, ())),
    21200: ("MODEL_DOES_NOT_EXIST", "Model does not exist", ("model", 404, "not_found", False, ())),
    21201: ("MODEL_PERMISSION_DENIED", "Model permission denied", ("model", 403, "permission_denied", False, ())),
    21202: ("MODEL_INVALID_ARGUMENT", "Invalid model argument", ("model", 400, "invalid_argument", False, ())),
    21203: ("MODEL_INVALID_REQUEST", "Invalid model request", ("model", 400, "invalid_argument", False, ())),
    21300: ("MODEL_EVALUATED", "Model was successfully evaluated", ("model_evaluation", 200, "ok", False, ())),
    21301: ("MODEL_EVALUATING", "Model is evaluating", ("model_evaluation", 202, "pending", True, ())),
    21302: ("MODEL_NOT_EVALUATED", "Model is not yet evaluated", ("model_evaluation", 400, "failed_precondition", False, ())),
    21303: ("MODEL_QUEUED_FOR_EVALUATION", "Model is queued for evaluation", ("model_evaluation", 202, "pending", True, ())),
    21310: ("MODEL_EVALUATION_TIMED_OUT", "Model evaluation timed out; evaluation took longer than hard coded timeouts", ("model_evaluation", 504, "deadline_exceeded", True, ())),
    21311: ("MODEL_EVALUATION_WAITING_ERROR", "Model evaluation timed out waiting on inputs to process", ("model_evaluation", 500, "internal", False, ())),
    21312: ("MODEL_EVALUATION_UNKNOWN_ERROR", "Model evaluation unknown internal error", ("model_evaluation", 500, "internal", False, ())),
    21313: ("MODEL_PREDICTION_FAILED", "Model prediction failed", ("model_evaluation", 500, "internal", False, ())),
    21314: ("MODEL_EVALUATION_MSG_REDELIVER", "Evaluation message was redelivered", ("model_evaluation", 500, "internal", False, ())),
    21315: ("MODEL_EVALUATION_NEED_LABELS", "Model evaluation failed because there are not enough annotated inputs. Please ensure there are at least 2 concepts in your model before evaluating", ("model_evaluation", 400, "failed_precondition", False, ())),
    21316: ("MODEL_EVALUATION_NEED_INPUTS", "Model evaluation failed because there are not enough labeled inputs. Please ensure there are at least 5 labeled inputs per concept before evaluating", ("model_evaluation", 400, "failed_precondition", False, ())),
    21317: ("MODEL_EVALUATION_FAILED", "Generic error code for evaluation failure", ("model_evaluation", 500, "internal", False, ())),
    21350: ("MODEL_DEPLOYMENT_FAILED", "Used when inference coordinator failed to deploy spire and throws an error", ("model_deployment", 500, "internal", False, ())),
    21351: ("MODEL_DEPLOYING", "Used when calling the inference coordinator to deploy a spire", ("model_deployment", 202, "pending", True, ())),
    21352: ("MODEL_QUEUED_FOR_DEPLOYMENT", "Used when training is completed", ("model_deployment", 202, "pending", True, ())),
    21353: ("MODEL_NOT_DEPLOYED", "Used when model spire deployment is manually taken down or due to inactivity", ("model_deployment", 400, "failed_precondition", False, ())),
    21400: ("MODEL_REFERENCE_INVALID_ARGUMENT", "Used when a model reference field is not set properly", ("model_reference", 400, "invalid_argument", False, ())),
    21420: ("MODEL_EXAMPLE_INPUT_INVALID_ARGUMENT", "Used when a model example input field is not set properly", ("model_reference", 400, "invalid_argument", False, ())),
    22001: ("WORKFLOW_NO_MATCHING_INPUT", "Workflow does not have specified input model", ("workflow", 400, "invalid_argument", False, ())),
    22002: ("WORKFLOW_REQUIRE_TRAINED_MODEL", "New model in workflow needs to be trained", ("workflow", 400, "failed_precondition", False, ())),
    22100: ("WORKFLOW_DUPLICATE", "Duplicate URL in your application. Check the documentation to allow duplications", ("workflow", 409, "already_exists", False, ())),
    22101: ("WORKFLOW_UNSUPPORTED_FORMAT", "Workflow format unsupported", ("workflow", 400, "invalid_argument", False, ())),
    22102: ("WORKFLOW_DOES_NOT_EXIST", "Workflow does not exist", ("workflow", 404, "not_found", False, ())),
    22103: ("WORKFLOW_PERMISSION_DENIED", "Workflow permission denied", ("workflow", 403, "permission_denied", False, ())),
    22104: ("WORKFLOW_INVALID_ARGUMENT", "Workflow invalid argument; error in the request somewhere", ("workflow", 400, "invalid_argument", False, ())),
    22105: ("WORKFLOW_INVALID_RECIPE", "", ("workflow", 400, "invalid_argument", False, ())),
    22106: ("WORKFLOW_INVALID_TEMPLATE", "Template workflow is invalid", ("workflow", 400, "invalid_argument", False, ())),
    22107: ("WORKFLOW_INVALID_GRAPH", "Workflow graph is invalid", ("workflow", 400, "invalid_argument", False, ())),
    22108: ("WORKFLOW_INTERNAL_FAILURE", "", ("workflow", 500, "internal", False, ())),
    22150: ("WORKFLOW_MODIFY_SUCCESS", "Workflow modification success", ("workflow", 200, "ok", False, ())),
    22151: ("WORKFLOW_MODIFY_PENDING", "Workflow modification pending", ("workflow", 202, "pending", True, ())),
    22152: ("WORKFLOW_MODIFY_FAILED", "Workflow modification failed", ("workflow", 500, "internal", False, ())),
    22153: ("WORKFLOW_REINDEX_FAILED", "Workflow reindexing failed", ("workflow", 500, "internal", False, ())),
    22999: ("WORKFLOW_INVALID_REQUEST", "Invalid request; error in the request somewhere", ("workflow", 400, "invalid_argument", False, ())),
    23150: ("CONCEPT_MODIFY_SUCCESS", "Concept modification success", ("concept", 200, "ok", False, ())),
    23151: ("CONCEPT_MODIFY_PENDING", "Concept modification pending", ("concept", 202, "pending", True, ())),
    23152: ("CONCEPT_MODIFY_FAILED", "Concept modification failed", ("concept", 500, "internal", False, ())),
    24150: ("ANNOTATION_SUCCESS", "Annotation success", ("annotation", 200, "ok", False, ())),
    24151: ("ANNOTATION_PENDING", "Annotation pending", ("annotation", 202, "pending", True, ())),
    24152: ("ANNOTATION_FAILED", "Annotation failed; check URL", ("annotation", 400, "invalid_argument", False, ())),
    24153: ("AnnotationInProgress", "Annotation in progress", ("annotation", 202, "pending", True, ())),
    24154: ("ANNOTATION_UNKNOWN_STATUS", "Annotation unknown status", ("annotation", None, "unknown", False, ())),
    24155: ("ANNOTATION_INVALID_ARGUMENT", "Annotation invalid argument", ("annotation", 400, "invalid_argument", False, ())),
    24156: ("ANNOTATION_PERMISSION_DENIED", "Permission to annotation denied", ("annotation", 403, "permission_denied", False, ())),
    24157: ("ANNOTATION_AWAITING_REVIEW", "Annotation still waiting for review", ("annotation", 202, "pending", True, ())),
    24158: ("ANNOTATION_REVIEW_DENIED", "Annotation review denied", ("annotation", 400, "failed_precondition", False, ())),
    24159: ("ANNOTATION_AWAITING_CONSENSUS_REVIEW", "Annotation still waiting for consensus review", ("annotation", 202, "pending", True, ())),
    24250: ("ANNOTATION_MODIFY_SUCCESS", "Annotation modification success", ("annotation", 200, "ok", False, ())),
    24251: ("ANNOTATION_MODIFY_PENDING", "Annotation modification pending", ("annotation", 202, "pending", True, ())),
    24252: ("ANNOTATION_MODIFY_FAILED", "Annotation modification failed", ("annotation", 500, "internal", False, ())),
    24900: ("METADATA_INVALID_PATCH_ARGUMENTS", "", ("metadata", 400, "invalid_argument", False, ())),
    24901: ("METADATA_PARSING_ISSUE", "", ("metadata", 400, "invalid_argument", False, ())),
    24902: ("METADATA_MANIPULATION_ISSUE", "", ("metadata", 500, "internal", False, ())),
    25000: ("TRAINER_JOB_STATE_NONE", "Custom Trainer unknown internal error", ("training_service", 500, "internal", False, ())),
    25001: ("TRAINER_JOB_STATE_QUEUED", "", ("training_service", 202, "pending", True, ())),
    25002: ("TRAINER_JOB_STATE_RUNNING", "", ("training_service", 202, "pending", True, ())),
    25003: ("TRAINER_JOB_STATE_COMPLETE", "", ("training_service", 200, "ok", False, ())),
    25004: ("TRAINER_JOB_STATE_ERROR", "Custom Trainer failed to retrieve data or train", ("training_service", 500, "internal", False, ())),
    25150: ("DATA_DUMP_SUCCESS", "", ("data_dump", 200, "ok", False, ())),
    25151: ("DATA_DUMP_PENDING", "", ("data_dump", 202, "pending", True, ())),
    25152: ("DATA_DUMP_FAILED", "", ("data_dump", 500, "internal", False, ())),
    25153: ("DATA_DUMP_IN_PROGRESS", "", ("data_dump", 202, "pending", True, ())),
    25154: ("DATA_DUMP_NO_DATA", "", ("data_dump", 400, "failed_precondition", False, ())),
    25155: ("DATA_DUMP_UNEXPECTED_ERROR", "", ("data_dump", 500, "internal", False, ())),
    25170: ("DATA_DUMP_EXPORT_SUCCESS", "", ("data_dump", 200, "ok", False, ())),
    25171: ("DATA_DUMP_EXPORT_PENDING", "", ("data_dump", 202, "pending", True, ())),
    25172: ("DATA_DUMP_EXPORT_FAILED", "", ("data_dump", 500, "internal", False, ())),
    25173: ("DATA_DUMP_EXPORT_IN_PROGRESS", "", ("data_dump", 202, "pending", True, ())),
    25174: ("DATA_DUMP_EXPORT_UNEXPECTED_ERROR", "", ("data_dump", 500, "internal", False, ())),
    25200: ("APP_DUPLICATION_SUCCESS", "", ("duplicate", 200, "ok", False, ())),
    25201: ("APP_DUPLICATION_FAILED", "", ("duplicate", 500, "internal", False, ())),
    25202: ("APP_DUPLICATION_PENDING", "", ("duplicate", 202, "pending", True, ())),
    25203: ("APP_DUPLICATION_IN_PROGRESS", "", ("duplicate", 202, "pending", True, ())),
    25204: ("APP_DUPLICATION_INVALID_REQUEST", "", ("duplicate", 400, "invalid_argument", False, ())),
    25300: ("MODULE_DOES_NOT_EXIST", "", ("module", 404, "not_found", False, ())),
    25301: ("MODULE_PERMISSION_DENIED", "", ("module", 403, "permission_denied", False, ())),
    25302: ("MODULE_INVALID_ARGUMENT", "", ("module", 400, "invalid_argument", False, ())),
    25303: ("MODULE_INVALID_REQUEST", "", ("module", 400, "invalid_argument", False, ())),
    25400: ("BULK_OPERATION_SUCCESS", "", ("bulk_operation", 200, "ok", False, ())),
    25401: ("BULK_OPERATION_FAILED", "", ("bulk_operation", 500, "internal", False, ())),
    25402: ("BULK_OPERATION_PENDING", "", ("bulk_operation", 202, "pending", True, ())),
    25403: ("BULK_OPERATION_IN_PROGRESS", "", ("bulk_operation", 202, "pending", True, ())),
    25404: ("BULK_OPERATION_INVALID_REQUEST", "", ("bulk_operation", 400, "invalid_argument", False, ())),
    25405: ("BULK_OPERATION_CANCELLED", "", ("bulk_operation", 499, "cancelled", False, ())),
    25406: ("BULK_OPERATION_UNEXPECTED_ERROR", "", ("bulk_operation", 500, "internal", False, ())),
    25407: ("BULK_OPERATION_DELETED", "", ("bulk_operation", 404, "not_found", False, ())),
    30000: ("INPUT_DOWNLOAD_SUCCESS", "Download complete", ("input_image", 200, "ok", False, ())),
    30001: ("INPUT_DOWNLOAD_PENDING", "Download pending; when things are async, this is the default status", ("input_image", 202, "pending", True, ())),
    30002: ("INPUT_DOWNLOAD_FAILED", "Any type of error downloading and processing; download failed or we could not process it. Check URL or bytes you send in the request", ("input_image", 400, "invalid_argument", False, ())),
    30003: ("INPUT_DOWNLOAD_IN_PROGRESS", "Download in progress", ("input_image", 202, "pending", True, ())),
    30004: ("INPUT_STATUS_UPDATE_FAILED", "", ("input_image", 500, "internal", False, ())),
    30005: ("INPUT_DELETE_FAILED", "", ("input_image", 500, "internal", False, ())),
    30100: ("INPUT_DUPLICATE", "Duplicate URL in your application. Check the documentation to allow duplications.", ("input_image", 409, "already_exists", False, ())),
    30101: ("INPUT_UNSUPPORTED_FORMAT", "Input image format unsupported", ("input_image", 400, "invalid_argument", False, ())),
    30102: ("INPUT_DOES_NOT_EXIST", "Input does not exist", ("input_image", 404, "not_found", False, ())),
    30103: ("INPUT_PERMISSION_DENIED", "Input permission denied", ("input_image", 403, "permission_denied", False, ())),
    30104: ("INPUT_INVALID_ARGUMENT", "Input invalid argument", ("input_image", 400, "invalid_argument", False, ())),
    30105: ("INPUT_OVER_LIMIT", "Input image is larger than the allowed limit", ("input_image", 400, "invalid_argument", False, ())),
    30106: ("INPUT_INVALID_URL", "Input image URL invalid", ("input_image", 400, "invalid_argument", False, ())),
    30200: ("INPUT_MODIFY_SUCCESS", "Input image modification success", ("input_image", 200, "ok", False, ())),
    30201: ("INPUT_MODIFY_PENDING", "Input image modification pending", ("input_image", 202, "pending", True, ())),
    30203: ("INPUT_MODIFY_FAILED", "Input image modification failed", ("input_image", 500, "internal", False, ())),
    30210: ("INPUT_STORAGE_HOST_FAILED", "", ("input_image", 500, "internal", False, ())),
    30300: ("ALL_INPUT_INVALID_BYTES", "Input image decoding failed. Check URLs and bytes sent", ("input_image", 400, "invalid_argument", False, ())),
    30400: ("INPUT_CLUSTER_SUCCESS", "", ("input_image", 200, "ok", False, ())),
    30401: ("INPUT_CLUSTER_PENDING", "", ("input_image", 202, "pending", True, ())),
    30402: ("INPUT_CLUSTER_FAILED", "", ("input_image", 500, "internal", False, ())),
    30403: ("INPUT_CLUSTER_IN_PROGRESS", "", ("input_image", 202, "pending", True, ())),
    30500: ("INPUT_REINDEX_SUCCESS", "", ("input_image", 200, "ok", False, ())),
    30501: ("INPUT_REINDEX_PENDING", "", ("input_image", 202, "pending", True, ())),
    30502: ("INPUT_REINDEX_FAILED", "", ("input_image", 500, "internal", False, ())),
    30503: ("INPUT_REINDEX_IN_PROGRESS", "", ("input_image", 202, "pending", True, ())),
    31000: ("INPUT_VIDEO_DOWNLOAD_SUCCESS", "Download complete", ("input_video", 200, "ok", False, ())),
    31001: ("INPUT_VIDEO_DOWNLOAD_PENDING", "Download pending", ("input_video", 202, "pending", True, ())),
    31002: ("INPUT_VIDEO_DOWNLOAD_FAILED", "Download failed or we could not process it. Check URL or bytes you sent in the request.", ("input_video", 400, "invalid_argument", False, ())),
    31100: ("INPUT_VIDEO_DUPLICATE", "Duplicate URL in your application. Check the documentation to allow duplications.", ("input_video", 409, "already_exists", False, ())),
    31101: ("INPUT_VIDEO_UNSUPPORTED_FORMAT", "Input video format unsupported", ("input_video", 400, "invalid_argument", False, ())),
    31102: ("INPUT_VIDEO_DOES_NOT_EXIST", "Input does not exist", ("input_video", 404, "not_found", False, ())),
    31103: ("INPUT_VIDEO_PERMISSION_DENIED", "Input permission denied", ("input_video", 403, "permission_denied", False, ())),
    31104: ("INPUT_VIDEO_INVALID_ARGUMENT", "Input invalid argument", ("input_video", 400, "invalid_argument", False, ())),
    31105: ("INPUT_VIDEO_OVER_LIMIT", "Input video is larger the allowed limit", ("input_video", 400, "invalid_argument", False, ())),
    31106: ("INPUT_VIDEO_INVALID_URL", "Input video URL invalid", ("input_video", 400, "invalid_argument", False, ())),
    31200: ("INPUT_VIDEO_MODIFY_SUCCESS", "Input video modification success", ("input_video", 200, "ok", False, ())),
    31201: ("INPUT_VIDEO_MODIFY_PENDING", "Input video modification pending", ("input_video", 202, "pending", True, ())),
    31203: ("INPUT_VIDEO_MODIFY_FAILED", "Input video modification failed", ("input_video", 500, "internal", False, ())),
    31210: ("INPUT_VIDEO_STORAGE_HOST_FAILED", "", ("input_video", 500, "internal", False, ())),
    31300: ("ALL_INPUT_VIDEOS_INVALID_BYTES", "Input video decoding failed. Check URLs and bytes sent", ("input_video", 400, "invalid_argument", False, ())),
    39996: ("INPUT_CONNECTION_FAILED", "Connection attempts to the input URL failed", ("input_request", 503, "unavailable", True, ())),
    39997: ("REQUEST_DISABLED_FOR_MAINTENANCE", "Sorry, this type of request has been disabled for maintenance. Please try again in a few hours.", ("input_request", 503, "unavailable", True, ())),
    39998: ("INPUT_WRITES_DISABLED_FOR_MAINTENANCE", "Input writes are disabled for maintenance. Please try again in a few hours.", ("input_request", 503, "unavailable", True, ())),
    39999: ("INPUT_INVALID_REQUEST", "Invalid input request", ("input_request", 400, "invalid_argument", False, ())),
    40001: ("PREDICT_INVALID_REQUEST", "Invalid request", ("api_formatting", 400, "invalid_argument", False, ())),
    40002: ("SEARCH_INVALID_REQUEST", "Invalid search request", ("api_formatting", 400, "invalid_argument", False, ())),
    40003: ("CONCEPTS_INVALID_REQUEST", "Invalid request", ("api_formatting", 400, "invalid_argument", False, ())),
    40004: ("STATS_INVALID_REQUEST", "", ("api_formatting", 400, "invalid_argument", False, ())),
    40010: ("DATABASE_DUPLICATE_KEY", "Object has a duplicate ID; another object with same ID already exist", ("other", 409, "already_exists", False, ())),
    40011: ("DATABASE_STATEMENT_TIMEOUT", "", ("other", 504, "deadline_exceeded", True, ())),
    40012: ("DATABASE_INVALID_ROWS_AFFECTED", "", ("other", 500, "internal", False, ())),
    40013: ("DATABASE_DEADLOCK_DETECTED", "", ("other", 409, "aborted", True, ())),
    40014: ("DATABASE_FAIL_TASK", "", ("other", 500, "internal", False, ())),
    40015: ("DATABASE_FAIL_TO_GET_CONNECTIONS", "", ("other", 503, "unavailable", True, ())),
    40016: ("DATABASE_TOO_MANY_CLIENTS", "", ("other", 503, "unavailable", True, ())),
    40017: ("DATABASE_CONSTRAINT_VIOLATED", "Object violates a constraint. Try again with different values for the fields", ("other", 400, "invalid_argument", False, ())),
    40019: ("TheRequestedOperationIsCurrentlyProcessingForThisApp", "The requested operation is currently processing for this app", ("other", 202, "pending", True, ())),
    40020: ("ASYNC_WORKER_MULTI_ERRORS", "", ("other", 500, "internal", False, ())),
    40030: ("RPC_REQUEST_QUEUE_FULL", "Sorry, the server is too busy at the moment. Please try again later", ("other", 503, "unavailable", True, ())),
    40031: ("RPC_SERVER_UNAVAILABLE", "Sorry, the server is unavailable at the moment. Please try again later", ("other", 503, "unavailable", True, ())),
    40032: ("RPC_REQUEST_TIMEOUT", "Sorry, your request has timed out. Please try your request again", ("other", 504, "deadline_exceeded", True, ())),
    40033: ("RPC_MAX_MESSAGE_SIZE_EXCEEDED", "Sorry, the request sent is larger than the allowed limit. Please contact support@clarifai.com", ("other", 400, "invalid_argument", False, ())),
    40034: ("EXTERNAL_CONNECTION_ERROR", "Could not connect to external services", ("other", 503, "unavailable", True, ())),
    40035: ("RPC_CANCELED", "", ("other", 499, "cancelled", False, ())),
    40036: ("RPC_UNKNOWN_METHOD", "", ("other", 501, "unimplemented", False, ())),
    40037: ("REQUEST_CANCELED_BY_USER", "", ("other", 499, "cancelled", False, ())),
    41000: ("QUEUE_CONN_ERROR", "Servers are busy. Please try again later", ("queue", 503, "unavailable", True, ())),
    41002: ("QUEUE_CLOSE_REQUEST_TIMEOUT", "", ("queue", 504, "deadline_exceeded", True, ())),
    41003: ("QUEUE_CONN_CLOSED", "", ("queue", 503, "unavailable", True, ())),
    41004: ("QUEUE_PUBLISH_ACK_TIMEOUT", "", ("queue", 504, "deadline_exceeded", True, ())),
    41005: ("QUEUE_PUBLISH_ERROR", "", ("queue", 500, "internal", False, ())),
    41006: ("QUEUE_SUBSCRIPTION_TIMEOUT", "", ("queue", 504, "deadline_exceeded", True, ())),
    41007: ("QUEUE_SUBSCRIPTION_ERROR", "", ("queue", 500, "internal", False, ())),
    41008: ("QUEUE_MARSHALLING_FAILED", "", ("queue", 500, "internal", False, ())),
    41009: ("QUEUE_UNMARSHALLING_FAILED", "", ("queue", 500, "internal", False, ())),
    41010: ("QUEUE_MAX_MSG_REDELIVERY_EXCEEDED", "", ("queue", 500, "internal", False, ())),
    41011: ("QUEUE_ACK_FAILURE", "", ("queue", 500, "internal", False, ())),
    41100: ("SQS_OVERLIMIT", "", ("sqs", 429, "resource_exhausted", True, ())),
    41101: ("SQS_INVALID_RECEIPT_HANDLE", "", ("sqs", 500, "internal", False, ())),
    41102: ("SQS_UNKNOWN", "", ("sqs", None, "unknown", False, ())),
    42000: ("VisualizationSucceeded", "Visualization succeeded", ("visualization", 200, "ok", False, ())),
    42001: ("VisualizationIsPending", "Visualization is pending", ("visualization", 202, "pending", True, ())),
    42002: ("VisualizationFailed", "Visualization failed", ("visualization", 500, "internal", False, ())),
    42003: ("VisualizationInvalidRequest", "Visualization invalid request", ("visualization", 400, "invalid_argument", False, ())),
    42004: ("MissingApplicationVisualization", "Missing application visualization", ("visualization", 404, "not_found", False, ())),
    42005: ("TooManyUrLsToVisualize", "Too many URLs to visualize", ("visualization", 400, "invalid_argument", False, ())),
    42006: ("ThereIsNotInputsInApp", "There is not inputs in app", ("visualization", 400, "failed_precondition", False, ())),
    43001: ("SEARCH_INTERNAL_FAILURE", "Search internal issue", ("search", 500, "internal", False, ())),
    43002: ("SEARCH_PROJECTION_FAILURE", "Search projection failure", ("search", 500, "internal", False, ())),
    43003: ("SEARCH_PREDICTION_FAILURE", "Search prediction failure", ("search", 500, "internal", False, ())),
    43004: ("SEARCH_BY_NOT_FULLY_INDEXED_INPUT", "Can only search by a fully indexed input", ("search", 400, "failed_precondition", False, ())),
    43005: ("SAVED_SEARCH_MODIFY_FAILED", "", ("search", 500, "internal", False, ())),
    43040: ("CLUSTER_INTERNAL_FAILURE", "", ("search", 500, "internal", False, ())),
    43100: ("EVALUATION_QUEUED", "", ("workflow_evaluation", 202, "pending", True, ())),
    43101: ("EVALUATION_IN_PROGRESS", "", ("workflow_evaluation", 202, "pending", True, ())),
    43102: ("EVALUATION_SUCCESS", "", ("workflow_evaluation", 200, "ok", False, ())),
    43103: ("EVALUATION_FAILED_TO_RETRIEVE_DATA", "", ("workflow_evaluation", 500, "internal", False, ())),
    43104: ("EVALUATION_INVALID_ARGUMENT", "", ("workflow_evaluation", 400, "invalid_argument", False, ())),
    43105: ("EVALUATION_FAILED", "", ("workflow_evaluation", 500, "internal", False, ())),
    43106: ("EVALUATION_PENDING", "", ("workflow_evaluation", 202, "pending", True, ())),
    43107: ("EVALUATION_TIMED_OUT", "", ("workflow_evaluation", 504, "deadline_exceeded", True, ())),
    43108: ("EVALUATION_UNEXPECTED_ERROR", "", ("workflow_evaluation", 500, "internal", False, ())),
    43109: ("EVALUATION_MIXED", "", ("workflow_evaluation", 200, "ok", False, ())),
    44001: ("STRIPE_EVENT_ERROR", "", ("stripe", 500, "internal", False, ())),
    45001: ("CACHE_MISS", "", ("redis_cache", 404, "not_found", False, ())),
    45002: ("REDIS_SCRIPT_EXITED_WITH_FAILURE", "", ("redis_cache", 500, "internal", False, ())),
    45003: ("REDIS_STREAM_ERR", "", ("redis_cache", 500, "internal", False, ())),
    45004: ("REDIS_NO_CONSUMERS", "", ("redis_cache", 503, "unavailable", True, ())),
    45005: ("REDIS_STREAM_BACKOFF", "", ("redis_cache", 503, "unavailable", True, ())),
    46001: ("SIGNUP_EVENT_ERROR", "", ("sift_science", 500, "internal", False, ())),
    46002: ("SIGNUP_FLAGGED", "Signup not permitted", ("sift_science", 403, "permission_denied", False, ())),
    46003: ("FILETYPE_UNSUPPORTED", "Filetype not supported", ("sift_science", 400, "invalid_argument", False, ())),
    47001: ("APP_COUNT_INVALID_MESSAGE", "", ("application_counts", 400, "invalid_argument", False, ())),
    47002: ("APP_COUNT_UPDATE_INCREMENT_FAILED", "", ("application_counts", 500, "internal", False, ())),
    47003: ("APP_COUNT_REBUILD_FAILED", "", ("application_counts", 500, "internal", False, ())),
    47004: ("APP_COUNT_INTERNAL_FAILURE", "", ("application_counts", 500, "internal", False, ())),
    47101: ("MP_DOWNLOAD_ERROR", "", ("media_processor", 503, "unavailable", True, ())),
    47102: ("MP_RESOLVE_DNS_ERROR", "", ("media_processor", 503, "unavailable", True, ())),
    47103: ("MP_DOWNLOAD_MAX_SIZE_EXCEEDED_ERROR", "", ("media_processor", 400, "invalid_argument", False, ())),
    47104: ("MP_IMAGE_DECODE_ERROR", "", ("media_processor", 400, "invalid_argument", False, ())),
    47105: ("MP_INVALID_ARGUMENT", "", ("media_processor", 400, "invalid_argument", False, ())),
    47106: ("MP_IMAGE_PROCESSING_ERROR", "", ("media_processor", 500, "internal", False, ())),
    47201: ("DATATIER_CONN_ERROR", "", ("data_tier", 503, "unavailable", True, ())),
    50001: ("USER_CONSENT_FACE", "", ("user_legal_consent", 400, "failed_precondition", False, ())),
    51000: ("WORKER_MISSING", "", ("workers", 404, "not_found", False, ())),
    51001: ("WORKER_ACTIVE", "", ("workers", 200, "ok", False, ())),
    51002: ("WORKER_INACTIVE", "", ("workers", 400, "failed_precondition", False, ())),
    52000: ("COLLECTOR_MISSING", "", ("collectors", 404, "not_found", False, ())),
    52001: ("COLLECTOR_ACTIVE", "", ("collectors", 200, "ok", False, ())),
    52002: ("COLLECTOR_INACTIVE", "", ("collectors", 400, "failed_precondition", False, ())),
    52003: ("COLLECTOR_POST_INPUT_FAILED", "", ("collectors", 500, "internal", False, ())),
    53001: ("SSO_IDENTITY_PROVIDER_DOES_NOT_EXIST", "", ("sso", 404, "not_found", False, ())),
    54001: ("TASK_IN_PROGRESS", "The task was created", ("tasks", 202, "pending", True, ())),
    54002: ("TASK_DONE", "The task is completed", ("tasks", 200, "ok", False, ())),
    54003: ("TASK_WONT_DO", "The task is marked as abandoned", ("tasks", 499, "cancelled", False, ())),
    54005: ("TASK_ADD_ANNOTATIONS_FAILURE", "An error occurred during add-task-annotations pipeline", ("tasks", 500, "internal", False, ())),
    54100: ("TASK_CONFLICT", "The task operation is in conflict with the current state of the server", ("tasks", 400, "failed_precondition", False, ())),
    54101: ("TASK_NOT_IMPLEMENTED", "Certain task-related scenarios are not implemented", ("tasks", 501, "unimplemented", False, ())),
    54102: ("TASK_MISSING", "Task was not found", ("tasks", 404, "not_found", False, ())),
    55001: ("LABEL_ORDER_PENDING", "", ("label_order", 202, "pending", True, ())),
    55002: ("LABEL_ORDER_IN_PROGRESS", "", ("label_order", 202, "pending", True, ())),
    55003: ("LABEL_ORDER_SUCCESS", "", ("label_order", 200, "ok", False, ())),
    55004: ("LABEL_ORDER_CANCELED", "", ("label_order", 499, "cancelled", False, ())),
    60000: ("LICENSE_ACTIVE", "License is active", ("license", 200, "ok", False, ())),
    60001: ("LICENSE_DOES_NOT_EXIST", "License does not exist", ("license", 404, "not_found", False, ())),
    60002: ("LICENSE_NEED_UPDATE", "License needs update", ("license", 400, "failed_precondition", False, ())),
    60003: ("LICENSE_EXPIRED", "License has expired", ("license", 400, "failed_precondition", False, ())),
    60004: ("LICENSE_REVOKED", "License has been revoked", ("license", 403, "permission_denied", False, ())),
    60005: ("LICENSE_DELETED", "Hidden state not reflected to users", ("license", 404, "not_found", False, ())),
    60006: ("LICENSE_VOLUME_EXCEEDED", "Exceeded volume limit on license", ("license", 429, "resource_exhausted", False, ())),
    61000: ("PASSWORD_VALIDATION_SUCCESS", "", ("password", 200, "ok", False, ())),
    61001: ("PASSWORD_VALIDATION_FAILED", "", ("password", 400, "invalid_argument", False, ())),
    61002: ("PASSWORDPOLICY_INVALID_ARGUMENT", "", ("password", 400, "invalid_argument", False, ())),
    62000: ("FEATUREFLAG_CONFIG_NOT_FOUND", "", ("feature_flags", 404, "not_found", False, ())),
    62001: ("FEATUREFLAG_INVALID_ARGUMENT", "", ("feature_flags", 400, "invalid_argument", False, ())),
    62002: ("FEATUREFLAG_BLOCKED", "", ("feature_flags", 403, "permission_denied", False, ())),
    63000: ("MAINTENANCE_SUCCESS", "", ("maintenance", 200, "ok", False, ())),
    63001: ("MAINTENANCE_FAILED", "", ("maintenance", 500, "internal", False, ())),
    64005: ("DATASET_VERSION_PENDING", "The dataset version is pending to be processed", ("datasets", 202, "pending", True, ())),
    64010: ("DATASET_VERSION_IN_PROGRESS", "The dataset version is currently being processed", ("datasets", 202, "pending", True, ())),
    64015: ("DATASET_VERSION_READY", "The dataset version is ready to be used", ("datasets", 200, "ok", False, ())),
    64020: ("DATASET_VERSION_FAILURE", "An error occurred during the dataset version processing", ("datasets", 500, "internal", False, ())),
    64025: ("DATASET_VERSION_UNEXPECTED_ERROR", "An unexpected error occurred during the dataset version processing", ("datasets", 500, "internal", False, ())),
    64030: ("DATASET_VERSION_CONFLICT", "An alteration to dataset version would create a conflict", ("datasets", 400, "failed_precondition", False, ())),
    64100: ("DATASET_INPUT_SUCCESS", "The dataset input was successfully added", ("datasets", 200, "ok", False, ())),
    64101: ("DATASET_INPUT_DUPLICATE", "The dataset input is a duplicate", ("datasets", 409, "already_exists", False, ())),
    64000: ("JOB_QUEUED", "", ("generic_job", 202, "pending", True, ())),
    64001: ("JOB_RUNNING", "", ("generic_job", 202, "pending", True, ())),
    64002: ("JOB_COMPLETED", "", ("generic_job", 200, "ok", False, ())),
    64003: ("JOB_FAILED", "", ("generic_job", 500, "internal", False, ())),
    64004: ("JOB_CANCELLED", "", ("generic_job", 499, "cancelled", False, ())),
    64006: ("JOB_UNEXPECTED_ERROR", "", ("generic_job", 500, "internal", False, ())),
    65000: ("AUTH_MISSING_IDP_ASSOC", "", ("auth_issues", 401, "unauthenticated", False, ())),
    66000: ("LIST_OBJECTS_FAILED", "", (None, 500, "internal", False, ())),
    67000: ("ARCHIVE_EXTRACT_FAILED", "", (None, 500, "internal", False, ())),
    68000: ("UPLOAD_IN_PROGRESS", "", ("multipart_upload", 202, "pending", True, ())),
    68001: ("UPLOAD_DONE", "", ("multipart_upload", 200, "ok", False, ())),
    68002: ("UPLOAD_FAILED", "", ("multipart_upload", 500, "internal", False, ())),
    68003: ("UPLOAD_UNEXPECTED_ERROR", "", ("multipart_upload", 500, "internal", False, ())),
    68004: ("UPLOAD_EXPIRED", "", ("multipart_upload", 400, "failed_precondition", False, ())),
    69000: ("BILLING_INVALID_INFO", "", ("billing", 400, "invalid_argument", False, ())),
    90400: ("BAD_REQUEST", "", (None, 400, "invalid_argument", False, ())),
    90500: ("SERVER_ERROR", "", (None, 500, "internal", False, ())),
    98004: ("INTERNAL_SERVER_ISSUE", "", ("internal", 500, "internal", False, ())),
    98005: ("INTERNAL_FETCHING_ISSUE", "", ("internal", 500, "internal", False, ())),
    98006: ("INTERNAL_DATABASE_ISSUE", "", ("internal", 500, "internal", False, ())),
    98009: ("INTERNAL_UNEXPECTED_TIMEOUT", "", ("internal", 504, "deadline_exceeded", True, ())),
    98010: ("INTERNAL_UNEXPECTED_V1", "", ("internal", 500, "internal", False, ())),
    98011: ("INTERNAL_UNEXPECTED_PANIC", "", ("internal", 500, "internal", False, ())),
    98012: ("INTERNAL_UNEXPECTED_SPIRE", "", ("internal", 500, "internal", False, ())),
    98013: ("INTERNAL_REDIS_UNAVAILABLE", "", ("internal", 503, "unavailable", True, ())),
    98014: ("INTERNAL_RESOURCE_EXHAUSTED", "", ("internal", 429, "resource_exhausted", True, ())),
    98015: ("INTERNAL_REDIS_UNCATEGORIZED", "", ("internal", 500, "internal", False, ())),
    98016: ("INTERNAL_AWS_UNCATEGORIZED", "", ("internal", 500, "internal", False, ())),
    98017: ("INTERNAL_AZURE_UNCATEGORIZED", "", ("internal", 500, "internal", False, ())),
    99001: ("CONN_UNCATEGORIZED", "", ("uncategorized", None, "unknown", False, ())),
    99002: ("MODEL_UNCATEGORIZED", "", ("uncategorized", None, "unknown", False, ())),
    99003: ("INPUT_UNCATEGORIZED", "", ("uncategorized", None, "unknown", False, ())),
    99004: ("ANNOTATION_UNCATEGORIZED", "", ("uncategorized", None, "unknown", False, ())),
    99005: ("BILLING_UNCATEGORIZED", "", ("uncategorized", None, "unknown", False, ())),
    99009: ("INTERNAL_UNCATEGORIZED", "", ("uncategorized", 500, "internal", False, ())),
}

# The ranges, most specific first: an unlisted code takes the class of the
# first that covers it.
_RANGES: typing.Tuple[typing.Tuple[int, int, _Class], ...] = (
    (21310, 21319, ("model_evaluation", 500, "internal", False, ())),
    (21350, 21359, ("model_deployment", None, "unknown", False, ())),
    (40000, 40009, ("api_formatting", None, "unknown", False, ())),
    (21300, 21399, ("model_evaluation", None, "unknown", False, ())),
    (21400, 21499, ("model_reference", None, "unknown", False, ())),
    (24900, 24999, ("metadata", None, "unknown", False, ())),
    (25100, 25199, ("data_dump", None, "unknown", False, ())),
    (25200, 25299, ("duplicate", None, "unknown", False, ())),
    (25300, 25399, ("module", None, "unknown", False, ())),
    (25400, 25499, ("bulk_operation", None, "unknown", False, ())),
    (40000, 40099, ("other", None, "unknown", False, ())),
    (41100, 41199, ("sqs", None, "unknown", False, ())),
    (43000, 43099, ("search", None, "unknown", False, ())),
    (43100, 43199, ("workflow_evaluation", None, "unknown", False, ())),
    (47000, 47099, ("application_counts", None, "unknown", False, ())),
    (47100, 47199, ("media_processor", None, "unknown", False, ())),
    (47200, 47299, ("data_tier", None, "unknown", False, ())),
    (60000, 60099, ("license", None, "unknown", False, ())),
    (61000, 61099, ("password", None, "unknown", False, ())),
    (62000, 62099, ("feature_flags", None, "unknown", False, ())),
    (63000, 63099, ("maintenance", None, "unknown", False, ())),
    (64000, 64099, ("generic_job", None, "unknown", False, ())),
    (68000, 68099, ("multipart_upload", None, "unknown", False, ())),
    (11000, 11999, ("connection", None, "unknown", False, ())),
    (21000, 21999, ("model", None, "unknown", False, ())),
    (22000, 22999, ("workflow", None, "unknown", False, ())),
    (23000, 23999, ("concept", None, "unknown", False, ())),
    (24000, 24999, ("annotation", None, "unknown", False, ())),
    (25000, 25999, ("training_service", None, "unknown", False, ())),
    (30000, 30999, ("input_image", None, "unknown", False, ())),
    (31000, 31999, ("input_video", None, "unknown", False, ())),
    (39000, 39999, ("input_request", None, "unknown", False, ())),
    (41000, 41999, ("queue", None, "unknown", False, ())),
    (42000, 42999, ("visualization", None, "unknown", False, ())),
    (44000, 44999, ("stripe", None, "unknown", False, ())),
    (45000, 45999, ("redis_cache", None, "unknown", False, ())),
    (46000, 46999, ("sift_science", None, "unknown", False, ())),
    (50000, 50999, ("user_legal_consent", None, "unknown", False, ())),
    (51000, 51999, ("workers", None, "unknown", False, ())),
    (52000, 52999, ("collectors", None, "unknown", False, ())),
    (53000, 53999, ("sso", None, "unknown", False, ())),
    (54000, 54999, ("tasks", None, "unknown", False, ())),
    (55000, 55999, ("label_order", None, "unknown", False, ())),
    (64000, 64999, ("datasets", None, "unknown", False, ())),
    (69000, 69999, ("billing", None, "unknown", False, ())),
    (98000, 98999, ("internal", 500, "internal", False, ())),
    (99000, 99999, ("uncategorized", None, "unknown", False, ())),
)

_UNCLASSIFIED: _Class = (None, None, "unknown", False, ())


def describe(code: typing.Union[int, str, Clarifai]) -> CodeInfo:
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
