// The codes of StardustRosetta, exported by codetables from its table. Do not edit:
// export the table again.

/** Every listed code of StardustRosetta, by variant. */
export const StardustRosetta = {
  Success: 2000,
  ServiceHiccuped: 5000,
  ThePoolVertexInformationIsIncorrect: 50522,
  TheLastPoolIsNotTheFinishPool: 50523,
  TheWorkflowTemplateNameAlreadyExists: 50524,
  ThePoolNameInTheWorkflowTemplateIsTheSame: 50525,
  ThereAreSomePoolsThatHaveNoEdges: 50526,
  TheAnnotaionCheckSamplingAlgorithmPoolCanOutputOnlyOneEdge: 50527,
  TheNumberOfPoolsExceedsTheLimitOf20: 50528,
  TemplateNameIsAlreadyExists: 50529,
  ThePoolTypeHasNotExists: 50530,
  TheCompletionPoolCannotBeConnectedToOtherPools: 50531,
  DoNotCreateCampaignRepeatedly: 51001,
  UnknownAnnotationOrCampaignType: 51002,
  CampaignIdIsAlreadyExists: 51003,
  CampaignNameIsAlreadyExists: 51004,
  CampaignCreateHasError: 51005,
  CampaignIdNotExists: 51006,
  WorkflowTypeError: 51007,
  CampaignNotExists: 51008,
  CampaignNameNotExists: 51009,
  CreateWorkflowFailed: 52001,
  WorkflowPoolIsEmpty: 52002,
  DoNotCreateAnnotationRequestRepeatedly: 53001,
  CreateAnnotationRequestHasError: 53002,
  AnnotationRequestHasNotExists: 53003,
  AnnotationRequestIdIsAlreadyExists: 53004,
  AnnotationRequestNameIsAlreadyExists: 53005,
  UnknownFolderRelation: 53006,
  FolderIsNotExists: 53007,
  FolderAlreadyExists: 54001,
  FolderIdAlreadyExists: 54002,
  NameAlreadyExists: 54003,
  FolderIdIsNotExists: 54004,
  CreateFolderFailed: 54005,
  FolderNameIsNotExists: 54006,
  BucketConnectionFailedCheckWhetherTheBucketExists: 54007,
  FolderStatusHasNotExists: 54008,
  UpdateFolderFailed: 54009,
  ProvideBucketNameCanNotUseBucketPath: 54010,
  HelixBucketNameMaxSizeIs255: 54011,
  HelixBucketNameConnectionFailedCheckWhetherTheBucketExists: 54013,
  DescriptionFailedToCreateAPool: 55001,
  WorkflowNotFound: 55002,
  PoolsAreNotTheTypeOfWork: 55003,
  TheArPoolSubtypeMustMatchTheCampaignType: 55004,
  PoolNotFound: 55005,
  SceneIdIsNotExists: 56001,
  TaxonomyJsonError: 57001,
  TheKeyForTaxonomyWasRepeated: 57002,
  TaxonomyVersionNameWasRepeated: 57003,
  ImageSourceMappingValueIsNotTheKeyOfTheSuboperation: 57004,
  TheMinimumAttributeIsLargerThanTheMaximumAttribute: 57005,
  TheDefaultValueIsNotInTheItemsSelectionRange: 57006,
  TheLabelForTaxonomyWasRepeated: 57012,
} as const;

/** A listed code of StardustRosetta. */
export type StardustRosettaCode = (typeof StardustRosetta)[keyof typeof StardustRosetta];

/** What the table says of a code, listed or not. */
export interface CodeInfo {
  readonly code: number;
  /** Whether the table lists the code. */
  readonly known: boolean;
  /** The vendor's name (or the variant); "" for an unlisted code. */
  readonly name: string;
  /** The documented message; "" for an unlisted code. */
  readonly message: string;
  readonly category: string | null;
  readonly http: number | null;
  /** The cross-vendor kind, snake_case (`not_found`; `unknown`). */
  readonly kind: string;
  readonly retryable: boolean;
  /** The table's own columns by name. */
  readonly columns: Readonly<Record<string, string | null>>;
}

const COLUMNS: readonly string[] = [];

type Class = readonly [category: string | null, http: number | null, kind: string, retryable: boolean, columns: readonly (string | null)[]];

const LISTED: ReadonlyMap<number, readonly [name: string, message: string, classified: Class]> = new Map([
  [2000, ["Success", "", [null, 200, "ok", false, []]]],
  [5000, ["ServiceHiccuped", "Service hiccuped, please try again later", [null, 503, "unavailable", true, []]]],
  [50522, ["ThePoolVertexInformationIsIncorrect", "The pool vertex information is incorrect.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [50523, ["TheLastPoolIsNotTheFinishPool", "The last pool is not the finish pool.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [50524, ["TheWorkflowTemplateNameAlreadyExists", "The workflow template name already exists.", ["workflow_template", 409, "already_exists", false, []]]],
  [50525, ["ThePoolNameInTheWorkflowTemplateIsTheSame", "The pool name in the workflow template is the same.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [50526, ["ThereAreSomePoolsThatHaveNoEdges", "There are some pools that have no edges.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [50527, ["TheAnnotaionCheckSamplingAlgorithmPoolCanOutputOnlyOneEdge", "The annotaion/check/sampling/algorithm pool can output only one edge.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [50528, ["TheNumberOfPoolsExceedsTheLimitOf20", "The number of pools exceeds the limit of 20.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [50529, ["TemplateNameIsAlreadyExists", "TemplateName is already exists.", ["workflow_template", 409, "already_exists", false, []]]],
  [50530, ["ThePoolTypeHasNotExists", "The pool type has not exists.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [50531, ["TheCompletionPoolCannotBeConnectedToOtherPools", "The completion pool cannot be connected to other pools.", ["workflow_template", 400, "invalid_argument", false, []]]],
  [51001, ["DoNotCreateCampaignRepeatedly", "Do not create campaign repeatedly.", ["campaign", 409, "already_exists", false, []]]],
  [51002, ["UnknownAnnotationOrCampaignType", "Unknown annotation type. / Unknown campaignType.", ["campaign", 400, "invalid_argument", false, []]]],
  [51003, ["CampaignIdIsAlreadyExists", "campaignId is already exists.", ["campaign", 409, "already_exists", false, []]]],
  [51004, ["CampaignNameIsAlreadyExists", "campaignName is already exists.", ["campaign", 409, "already_exists", false, []]]],
  [51005, ["CampaignCreateHasError", "Campaign create has error.", ["campaign", 500, "internal", false, []]]],
  [51006, ["CampaignIdNotExists", "CampaignId not exists.", ["campaign", 404, "not_found", false, []]]],
  [51007, ["WorkflowTypeError", "workflowType error.", ["campaign", 400, "invalid_argument", false, []]]],
  [51008, ["CampaignNotExists", "Campaign not exists.", ["campaign", 404, "not_found", false, []]]],
  [51009, ["CampaignNameNotExists", "campaignName not exists.", ["campaign", 404, "not_found", false, []]]],
  [52001, ["CreateWorkflowFailed", "Create workflow failed.", ["workflow", 500, "internal", false, []]]],
  [52002, ["WorkflowPoolIsEmpty", "Workflow pool is empty.", ["workflow", 400, "invalid_argument", false, []]]],
  [53001, ["DoNotCreateAnnotationRequestRepeatedly", "Do not create annotation request repeatedly.", ["annotation_request", 409, "already_exists", false, []]]],
  [53002, ["CreateAnnotationRequestHasError", "Create annotation request has error.", ["annotation_request", 500, "internal", false, []]]],
  [53003, ["AnnotationRequestHasNotExists", "Annotation request has not exists.", ["annotation_request", 404, "not_found", false, []]]],
  [53004, ["AnnotationRequestIdIsAlreadyExists", "annotationRequestId is already exists.", ["annotation_request", 409, "already_exists", false, []]]],
  [53005, ["AnnotationRequestNameIsAlreadyExists", "annotationRequestName is already exists.", ["annotation_request", 409, "already_exists", false, []]]],
  [53006, ["UnknownFolderRelation", "Unknown folder relation.", ["annotation_request", 400, "invalid_argument", false, []]]],
  [53007, ["FolderIsNotExists", "folder is not exists.", ["annotation_request", 404, "not_found", false, []]]],
  [54001, ["FolderAlreadyExists", "folder already exists.", ["folder", 409, "already_exists", false, []]]],
  [54002, ["FolderIdAlreadyExists", "folderId already exists.", ["folder", 409, "already_exists", false, []]]],
  [54003, ["NameAlreadyExists", "Name already exists.", ["folder", 409, "already_exists", false, []]]],
  [54004, ["FolderIdIsNotExists", "folderId is not exists.", ["folder", 404, "not_found", false, []]]],
  [54005, ["CreateFolderFailed", "Create folder failed.", ["folder", 500, "internal", false, []]]],
  [54006, ["FolderNameIsNotExists", "folderName is not exists.", ["folder", 404, "not_found", false, []]]],
  [54007, ["BucketConnectionFailedCheckWhetherTheBucketExists", "Bucket connection failed. Check whether the bucket exists.", ["folder", 400, "failed_precondition", false, []]]],
  [54008, ["FolderStatusHasNotExists", "Folder status has not exists.", ["folder", 404, "not_found", false, []]]],
  [54009, ["UpdateFolderFailed", "Update folder failed.", ["folder", 500, "internal", false, []]]],
  [54010, ["ProvideBucketNameCanNotUseBucketPath", "Provide bucket name, can not use bucket path.", ["folder", 400, "invalid_argument", false, []]]],
  [54011, ["HelixBucketNameMaxSizeIs255", "helixBucketName:[%s] max size is 255.", ["folder", 400, "invalid_argument", false, []]]],
  [54013, ["HelixBucketNameConnectionFailedCheckWhetherTheBucketExists", "helixBucketName:[%s] connection failed. Check whether the bucket exists.", ["folder", 400, "failed_precondition", false, []]]],
  [55001, ["DescriptionFailedToCreateAPool", "Description Failed to create a pool.", ["pool", 500, "internal", false, []]]],
  [55002, ["WorkflowNotFound", "Workflow not found.", ["pool", 404, "not_found", false, []]]],
  [55003, ["PoolsAreNotTheTypeOfWork", "Pools are not the type of work.", ["pool", 400, "invalid_argument", false, []]]],
  [55004, ["TheArPoolSubtypeMustMatchTheCampaignType", "The AR pool subtype must match the campaign type.", ["pool", 400, "invalid_argument", false, []]]],
  [55005, ["PoolNotFound", "Pool not found.", ["pool", 404, "not_found", false, []]]],
  [56001, ["SceneIdIsNotExists", "SceneId is not exists.", ["scene", 404, "not_found", false, []]]],
  [57001, ["TaxonomyJsonError", "Taxonomy json has error: The value 123 of field key cannot be converted to type number. Please check the value of this field.", ["taxonomy", 400, "invalid_argument", false, []]]],
  [57002, ["TheKeyForTaxonomyWasRepeated", "The key for Taxonomy was repeated.", ["taxonomy", 400, "invalid_argument", false, []]]],
  [57003, ["TaxonomyVersionNameWasRepeated", "TaxonomyVersionName was repeated.", ["taxonomy", 409, "already_exists", false, []]]],
  [57004, ["ImageSourceMappingValueIsNotTheKeyOfTheSuboperation", "'imageSourceMapping' value is not the key of the suboperation.", ["taxonomy", 400, "invalid_argument", false, []]]],
  [57005, ["TheMinimumAttributeIsLargerThanTheMaximumAttribute", "The minimum attribute is larger than the maximum attribute.", ["taxonomy", 400, "invalid_argument", false, []]]],
  [57006, ["TheDefaultValueIsNotInTheItemsSelectionRange", "The default value is not in the items selection range.", ["taxonomy", 400, "invalid_argument", false, []]]],
  [57012, ["TheLabelForTaxonomyWasRepeated", "The label for Taxonomy was repeated.", ["taxonomy", 400, "invalid_argument", false, []]]],
]);

/** The ranges, most specific first: an unlisted code takes the class of the first that covers it. */
const RANGES: readonly (readonly [first: number, last: number, classified: Class])[] = [
  [50500, 50599, ["workflow_template", null, "unknown", false, []]],
  [51000, 51999, ["campaign", null, "unknown", false, []]],
  [52000, 52999, ["workflow", null, "unknown", false, []]],
  [53000, 53999, ["annotation_request", null, "unknown", false, []]],
  [54000, 54999, ["folder", null, "unknown", false, []]],
  [55000, 55999, ["pool", null, "unknown", false, []]],
  [56000, 56999, ["scene", null, "unknown", false, []]],
  [57000, 57999, ["taxonomy", null, "unknown", false, []]],
];

const UNCLASSIFIED: Class = [null, null, "unknown", false, []];

/** What the table says of `code`, listed or not: exactly what the Rust enum answers. */
export function describe(code: number | string): CodeInfo {
  const key: number = Number(code);
  const listed = LISTED.get(key);
  const [name, message, known, [category, http, kind, retryable, values]] =
    listed === undefined
      ? ["", "", false, (RANGES.find((range) => key >= range[0] && key <= range[1]) ?? [null, null, UNCLASSIFIED])[2]] as const
      : [listed[0], listed[1], true, listed[2]] as const;
  const columns: Record<string, string | null> = {};
  COLUMNS.forEach((column, i) => {
    columns[column] = values[i] ?? null;
  });
  return { code: key, known, name, message, category, http, kind, retryable, columns };
}
