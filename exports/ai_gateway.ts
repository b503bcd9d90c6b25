// The codes of AiGateway, exported by codetables from its table. Do not edit:
// export the table again.

/** Every listed code of AiGateway, by variant. */
export const AiGateway = {
  Success: 0,
  RequestParameterBindingFailed: 100001,
  ParameterValidationFailed: 100002,
  RequestTooFrequent: 130005,
  InvalidPathFormat: 400001,
  InvalidVersion: 400002,
  InvalidModuleName: 400003,
  InvalidRequestParameters: 400005,
  AuthorizationInformationMissing: 401001,
  InvalidApiKey: 401002,
  QuotaFreezeFailed: 402000,
  ServiceUnavailable: 500001,
  DatabaseError: 500002,
  ProxyError: 500003,
  TaskCreationFailed: 500004,
  ServerIsBusy: 530002,
  InternalServerError: 530003,
} as const;

/** A listed code of AiGateway. */
export type AiGatewayCode = (typeof AiGateway)[keyof typeof AiGateway];

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
  [0, ["Success", "Success", [null, 200, "ok", false, []]]],
  [100001, ["RequestParameterBindingFailed", "Request parameter binding failed", ["bad_request", 400, "invalid_argument", false, []]]],
  [100002, ["ParameterValidationFailed", "Parameter validation failed (e.g., model not found, size limit exceeded)", ["bad_request", 400, "invalid_argument", false, []]]],
  [130005, ["RequestTooFrequent", "Request too frequent", [null, 429, "resource_exhausted", true, []]]],
  [400001, ["InvalidPathFormat", "Invalid path format", [null, 400, "invalid_argument", false, []]]],
  [400002, ["InvalidVersion", "Invalid version", [null, 400, "invalid_argument", false, []]]],
  [400003, ["InvalidModuleName", "Invalid module name", [null, 400, "invalid_argument", false, []]]],
  [400005, ["InvalidRequestParameters", "Invalid request parameters (missing auth info or body)", [null, 400, "invalid_argument", false, []]]],
  [401001, ["AuthorizationInformationMissing", "Authorization information missing", ["unauthorized", 401, "unauthenticated", false, []]]],
  [401002, ["InvalidApiKey", "Unauthorized (Invalid API Key/Token)", ["unauthorized", 401, "unauthenticated", false, []]]],
  [402000, ["QuotaFreezeFailed", "Quota freeze failed", ["payment_required", 402, "failed_precondition", false, []]]],
  [500001, ["ServiceUnavailable", "Service unavailable", ["internal_server_error", 500, "unavailable", true, []]]],
  [500002, ["DatabaseError", "Database error", ["internal_server_error", 500, "internal", false, []]]],
  [500003, ["ProxyError", "Proxy error", ["internal_server_error", 500, "internal", false, []]]],
  [500004, ["TaskCreationFailed", "Task creation failed", ["internal_server_error", 500, "internal", false, []]]],
  [530002, ["ServerIsBusy", "Server is busy", ["internal_server_error", 500, "unavailable", true, []]]],
  [530003, ["InternalServerError", "Internal server error", ["internal_server_error", 500, "internal", false, []]]],
]);

/** The ranges, most specific first: an unlisted code takes the class of the first that covers it. */
const RANGES: readonly (readonly [first: number, last: number, classified: Class])[] = [
  [100000, 100999, ["bad_request", 400, "invalid_argument", false, []]],
  [401000, 401999, ["unauthorized", 401, "unauthenticated", false, []]],
  [402000, 402999, ["payment_required", 402, "failed_precondition", false, []]],
  [404000, 404999, ["not_found", 404, "not_found", false, []]],
  [429000, 429999, ["too_many_requests", 429, "resource_exhausted", true, []]],
  [500000, 599999, ["internal_server_error", 500, "internal", false, []]],
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
