namespace Platform.GraphQL.Execution;

/// <summary>Why a request failed before execution started (drives the HTTP status); None when it executed.</summary>
public enum RequestErrorKind
{
    None,
    Syntax,
    Validation,
    VariableCoercion,
    OperationNotFound,
    InvalidRequest,
    /// <summary>A mutation sent over GET (HTTP 405).</summary>
    OperationNotAllowed,
    LimitExceeded,
    PersistedQueryNotFound,
}
