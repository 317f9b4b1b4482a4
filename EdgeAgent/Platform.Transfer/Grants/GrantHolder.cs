using Platform.Transfer.Reporting;

namespace Platform.Transfer.Grants;

/// <summary>Keeps the current grant and asks the source for a new one shortly before it expires or when storage refused it.</summary>
internal sealed class GrantHolder(IUploadGrantSource source, TimeSpan renewBefore, TimeProvider timeProvider, TrackLog log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UploadGrant? _current;

    /// <summary>The current grant, renewed first when it expires within the renewal margin.</summary>
    public async ValueTask<UploadGrant> CurrentAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is null || _current.ExpiresAt - renewBefore <= timeProvider.GetUtcNow())
            {
                _current = await FetchAsync(cancellationToken).ConfigureAwait(false);
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops <paramref name="refused"/> (if still current) and returns a fresh grant.</summary>
    public async ValueTask<UploadGrant> RenewAsync(UploadGrant refused, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(_current, refused) || _current is null)
            {
                _current = await FetchAsync(cancellationToken).ConfigureAwait(false);
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask<UploadGrant> FetchAsync(CancellationToken cancellationToken)
    {
        var grant = await source.GetGrantAsync(cancellationToken).ConfigureAwait(false);
        log.Info($"Got an upload grant for '{grant.Prefix}' valid until {grant.ExpiresAt:O}.");
        return grant;
    }
}
