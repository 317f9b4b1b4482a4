using System.Collections.Concurrent;
using System.Security.Claims;

namespace Platform.Identity.Tokens;

/// <summary>
/// Access tokens that passed full validation (signature, issuer, audience, type, lifetime), by their exact text, so a
/// token sent again (every request of a client, and twice per GraphQL request: the authentication middleware and the
/// endpoint's hook) skips the JWT parse and the ECDSA verification. A hit is still checked against the clock (the same
/// not-before/expiry test with the same skew) and against the key ring (its key must still be published); only
/// successes are kept, so a bad token is re-validated, and rejected, every time. Access tokens cannot be revoked (only
/// refresh tokens can), so nothing else can make a once-valid token invalid before it expires. Thread-safe; bounded:
/// when full, expired entries are dropped, and if that frees nothing the cache is emptied.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider time, TimeSpan clockSkew, int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>A fresh principal (its own copy of the claims) for a cached token that is still within its lifetime.</summary>
    public bool TryGet(string token, out ClaimsPrincipal principal, out string keyId)
    {
        principal = null!;
        keyId = "";
        if (!_entries.TryGetValue(token, out var entry))
        {
            return false;
        }

        if (!IsWithinLifetime(entry))
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(token, entry));
            return false;
        }

        principal = new ClaimsPrincipal(entry.Identity.Clone());
        keyId = entry.KeyId;
        return true;
    }

    public void Add(string token, ClaimsIdentity identity, string keyId, DateTime? notBeforeUtc, DateTime expiresUtc)
    {
        if (_entries.Count >= capacity)
        {
            foreach (var (key, entry) in _entries)
            {
                if (!IsWithinLifetime(entry))
                {
                    _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                }
            }

            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }

        _entries[token] = new Entry(identity.Clone(), keyId, notBeforeUtc, expiresUtc);
    }

    private bool IsWithinLifetime(Entry entry) =>
        TokenLifetime.IsCurrent(time.GetUtcNow().UtcDateTime, entry.NotBeforeUtc, entry.ExpiresUtc, clockSkew);

    private sealed record Entry(ClaimsIdentity Identity, string KeyId, DateTime? NotBeforeUtc, DateTime ExpiresUtc);
}
