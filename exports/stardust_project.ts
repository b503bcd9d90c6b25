// The codes of StardustProject, exported by codetables from its table. Do not edit:
// export the table again.

/** Every listed code of StardustProject, by variant. */
export const StardustProject = {
  IllegalParameter: 400,
  WrongSignature: 401,
  AuthenticationFailed: 402,
  SignatureExpired: 403,
  NotFound: 404,
  InternalError: 500,
  DatasetNotExists: 5308,
  FileSizeExceeds100mbLimit: 5708,
  FileMustBeInZipFormat: 5709,
  FileTreeMisalignment: 5710,
  ProjectNameAlreadyExists: 5801,
  FolderNameAlreadyExists: 5836,
  WrongDataType: 5838,
  OperationItemStructureError: 5839,
  ProjectManagerNotExists: 5840,
  WorkflowStructureError: 5841,
  ProjectNotExists: 5842,
  AlgorithmIsNotAvailable: 5843,
  AlgorithmMappingStructureError: 5844,
  WorkflowNotExists: 5845,
} as const;

/** A listed code of StardustProject. */
export type StardustProjectCode = (typeof StardustProject)[keyof typeof StardustProject];

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
  [400, ["IllegalParameter", "Illegal Parameter", ["http", 400, "invalid_argument", false, []]]],
  [401, ["WrongSignature", "Wrong Signature", ["http", 401, "unauthenticated", false, []]]],
  [402, ["AuthenticationFailed", "Authentication Failed", ["http", 402, "unauthenticated", false, []]]],
  [403, ["SignatureExpired", "Signature Expired", ["http", 403, "unauthenticated", false, []]]],
  [404, ["NotFound", "Not Found, the resource is missing", ["http", 404, "not_found", false, []]]],
  [500, ["InternalError", "Internal Error, please try again later", ["http", 500, "internal", true, []]]],
  [5308, ["DatasetNotExists", "Dataset not exists", ["business", 404, "not_found", false, []]]],
  [5708, ["FileSizeExceeds100mbLimit", "File size exceeds 100MB limit", ["business", 400, "invalid_argument", false, []]]],
  [5709, ["FileMustBeInZipFormat", "File must be in ZIP format", ["business", 400, "invalid_argument", false, []]]],
  [5710, ["FileTreeMisalignment", "File tree misalignment, refer to API doc for correction", ["business", 400, "invalid_argument", false, []]]],
  [5801, ["ProjectNameAlreadyExists", "Project name already exists", ["business", 409, "already_exists", false, []]]],
  [5836, ["FolderNameAlreadyExists", "Folder name already exists", ["business", 409, "already_exists", false, []]]],
  [5838, ["WrongDataType", "Wrong data type", ["business", 400, "invalid_argument", false, []]]],
  [5839, ["OperationItemStructureError", "Operation item structure error", ["business", 400, "invalid_argument", false, []]]],
  [5840, ["ProjectManagerNotExists", "Project manager not exists", ["business", 404, "not_found", false, []]]],
  [5841, ["WorkflowStructureError", "Workflow structure error", ["business", 400, "invalid_argument", false, []]]],
  [5842, ["ProjectNotExists", "Project not exists", ["business", 404, "not_found", false, []]]],
  [5843, ["AlgorithmIsNotAvailable", "Algorithm is not available", ["business", 400, "failed_precondition", false, []]]],
  [5844, ["AlgorithmMappingStructureError", "Algorithm Mapping structure error", ["business", 400, "invalid_argument", false, []]]],
  [5845, ["WorkflowNotExists", "Workflow not exists", ["business", 404, "not_found", false, []]]],
]);

/** The ranges, most specific first: an unlisted code takes the class of the first that covers it. */
const RANGES: readonly (readonly [first: number, last: number, classified: Class])[] = [
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
