namespace Platform.AgentLink.Connection;

/// <summary>An access token given up front (a pre-issued token, or none for a platform without agent authentication yet).</summary>
public sealed class FixedAccessTokenProvider(string? token) : IAccessTokenProvider
{
    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}
