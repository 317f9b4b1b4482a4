using Microsoft.AspNetCore.Identity;
using Platform.Grains.Errors;

namespace Platform.Identity.Accounts;

/// <summary>Turns a failed <see cref="IdentityResult"/> into the platform's typed errors (an <see cref="InvalidInputException"/> naming the field).</summary>
public static class IdentityErrors
{
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new InvalidStateException("update the account", "it was changed concurrently", "read it again and retry");
        }

        InvalidInputException.ThrowIfAny([.. result.Errors.Select(e => new FieldError(FieldOf(e.Code), e.Description))]);
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "email"
        : code == nameof(IdentityErrorDescriber.InvalidToken) ? "token"
        : "account";
}
