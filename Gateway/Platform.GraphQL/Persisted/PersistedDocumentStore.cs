using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Platform.GraphQL.Persisted;

/// <summary>Documents known by their SHA-256 hash: a trusted registry loaded by the host, and automatically persisted (APQ) ones.</summary>
public sealed class PersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _trusted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _automatic = new(StringComparer.Ordinal);
    private readonly int _maxAutomatic;

    /// <param name="maxAutomatic">Most APQ documents remembered; the cache is cleared when it fills (0 disables APQ).</param>
    public PersistedDocumentStore(int maxAutomatic = 10_000)
    {
        _maxAutomatic = maxAutomatic;
    }

    public bool AutomaticPersistenceEnabled => _maxAutomatic > 0;

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text (the APQ and trusted-document hash).</summary>
    public static string Hash(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Registers a trusted document and returns its hash.</summary>
    public string AddTrusted(string document)
    {
        var hash = Hash(document);
        _trusted[hash] = document;
        return hash;
    }

    public bool IsTrusted(string hash) => _trusted.ContainsKey(Normalise(hash));

    /// <summary>Finds a trusted or automatically persisted document.</summary>
    public bool TryGet(string hash, out string document)
    {
        hash = Normalise(hash);
        if (_trusted.TryGetValue(hash, out var trusted) || _automatic.TryGetValue(hash, out trusted))
        {
            document = trusted;
            return true;
        }

        document = string.Empty;
        return false;
    }

    /// <summary>Remembers an APQ document after its hash was checked.</summary>
    public void AddAutomatic(string hash, string document)
    {
        if (_maxAutomatic <= 0)
        {
            return;
        }

        if (_automatic.Count >= _maxAutomatic)
        {
            _automatic.Clear();
        }

        _automatic[Normalise(hash)] = document;
    }

    private static string Normalise(string hash) =>
        (hash.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? hash[7..] : hash).ToLowerInvariant();
}
