namespace Platform.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values the engine produces.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string Timeout = "EXECUTION_TIMEOUT";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedOnly = "PERSISTED_OPERATIONS_ONLY";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidId = "INVALID_ID";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
}
