namespace Platform.Identity.Accounts;

/// <summary>What a password sign-in attempt came to.</summary>
public enum SignInOutcome
{
    Succeeded,

    /// <summary>Unknown user or wrong password (indistinguishable to the caller).</summary>
    WrongCredentials,

    /// <summary>Too many wrong passwords: refused until the lockout ends, even with the right password.</summary>
    LockedOut,

    Disabled,
}
