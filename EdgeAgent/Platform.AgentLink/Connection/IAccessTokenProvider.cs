namespace Platform.AgentLink.Connection;

/// <summary>Supplies the bearer token the link sends (client-credentials token client at integration); null sends none.</summary>
public interface IAccessTokenProvider
{
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}
