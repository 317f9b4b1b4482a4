using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Platform.Grains.Identity;
using Platform.Runtime;

namespace Platform.Identity.Tokens;

/// <summary>
/// This node's cached view of the shared key ring (<see cref="ISigningKeyRingGrain"/>). The cache is refreshed
/// once a minute, and at once (at most every 10 s) when a token names a key id we have not seen, so a key
/// created by another node is usable here within seconds. Thread-safe.
/// </summary>
public sealed class SigningKeys(IGrainFactory grains, TokenServiceOptions options, TimeProvider time)
{
    private static readonly TimeSpan _refreshEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan _unknownKeyRefreshGap = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Dictionary<string, ECDsaSecurityKey> _imported = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<ECDsaSecurityKey> _keys = [];
    private long _loadedAtTicks = DateTimeOffset.MinValue.UtcTicks;

    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    private DateTimeOffset LoadedAt => new(Interlocked.Read(ref _loadedAtTicks), TimeSpan.Zero);

    public SigningKeyPolicy Policy => new(options.KeyRotationPeriod, options.AccessTokenLifetime + options.ClockSkew + TimeSpan.FromMinutes(5));

    /// <summary>Every published key, newest (the signing key) first.</summary>
    public async Task<IReadOnlyList<ECDsaSecurityKey>> GetAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - LoadedAt >= _refreshEvery || _keys.Count == 0)
        {
            await RefreshAsync(force: false, cancellationToken).ConfigureAwait(false);
        }

        return _keys;
    }

    /// <summary>The keys, refreshed first if <paramref name="keyId"/> is unknown (another node may have rotated).</summary>
    public async Task<IReadOnlyList<ECDsaSecurityKey>> GetIncludingAsync(string? keyId, CancellationToken cancellationToken)
    {
        var keys = await GetAsync(cancellationToken).ConfigureAwait(false);
        if (keyId is null || keys.Any(k => k.KeyId == keyId) || time.GetUtcNow() - LoadedAt < _unknownKeyRefreshGap)
        {
            return keys;
        }

        await RefreshAsync(force: true, cancellationToken).ConfigureAwait(false);
        return _keys;
    }

    public async Task<SigningCredentials> GetSigningCredentialsAsync(CancellationToken cancellationToken)
    {
        var keys = await GetAsync(cancellationToken).ConfigureAwait(false);
        return new SigningCredentials(keys[0], Algorithm);
    }

    /// <summary>Retires the current key and signs with a new one from now on (all nodes within a minute).</summary>
    public async Task RotateNowAsync(CancellationToken cancellationToken)
    {
        var ring = await grains.GetGrain<ISigningKeyRingGrain>(ISigningKeyRingGrain.PlatformKey).RotateNowAsync(Policy).ConfigureAwait(false);
        Install(ring);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        var loadedBefore = LoadedAt;
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!force && LoadedAt != loadedBefore)
            {
                return;
            }

            var ring = await grains.GetGrain<ISigningKeyRingGrain>(ISigningKeyRingGrain.PlatformKey).GetKeysAsync(Policy).ConfigureAwait(false);
            Install(ring);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private void Install(IReadOnlyList<SigningKey> ring)
    {
        lock (_imported)
        {
            var keys = new List<ECDsaSecurityKey>(ring.Count);
            foreach (var key in ring)
            {
                if (!_imported.TryGetValue(key.KeyId, out var imported))
                {
                    var ecdsa = ECDsa.Create();
                    ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key.PrivateKeyPkcs8), out _);
                    imported = new ECDsaSecurityKey(ecdsa) { KeyId = key.KeyId };
                    _imported[key.KeyId] = imported;
                }

                keys.Add(imported);
            }

            // Dropped keys stay in _imported only until the process ends; there are a handful per year.
            _keys = keys;
            Interlocked.Exchange(ref _loadedAtTicks, time.GetUtcNow().UtcTicks);
        }
    }
}
