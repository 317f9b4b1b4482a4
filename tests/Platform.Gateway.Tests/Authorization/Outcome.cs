namespace Platform.Gateway.Tests.Authorization;

/// <summary>What the tenancy matrix expects of one caller on one root field.</summary>
public enum Outcome
{
    /// <summary>The field runs for the caller (it may still answer a typed domain error).</summary>
    Allowed,

    /// <summary>Null with <c>extensions.code</c> UNAUTHENTICATED; nothing changes.</summary>
    Unauthenticated,

    /// <summary>Null with <c>extensions.code</c> FORBIDDEN; nothing changes.</summary>
    Forbidden,

    /// <summary>The very answer an unknown id gets (same data, errors and codes); nothing changes.</summary>
    AsUnknown,
}
