namespace Platform.Storage;

/// <summary>
/// Length limits on identifiers, the same on every provider. They keep a PostgreSQL NOTIFY payload, which
/// carries the ids, under its 8000-byte limit even in the worst case (a control character escapes to six
/// bytes of JSON: (100 + 2 x 128 + 900) x 6 + field names = about 7,600 bytes).
/// </summary>
internal static class StorageKeys
{
    public const int MaxNodeIdLength = 100;
    public const int MaxNameLength = 128;
    public const int MaxKeyLength = 900;

    public static void ValidateNodeId(string nodeId) => Check(nodeId, MaxNodeIdLength, "node id");

    public static void Validate(GrainStateKey key)
    {
        Check(key.GrainType, MaxNameLength, "grain type");
        Check(key.GrainKey, MaxKeyLength, "grain key");
        Check(key.StateName, MaxNameLength, "state name");
    }

    public static void ValidateStream(string streamNamespace, string key)
    {
        Check(streamNamespace, MaxNameLength, "stream namespace");
        Check(key, MaxKeyLength, "stream key");
    }

    public static void ValidateReminder(string grainType, string grainKey, string name)
    {
        ValidateGrain(grainType, grainKey);
        Check(name, MaxNameLength, "reminder name");
    }

    public static void ValidateGrain(string grainType, string grainKey)
    {
        Check(grainType, MaxNameLength, "grain type");
        Check(grainKey, MaxKeyLength, "grain key");
    }

    /// <summary>Parses an ETag this storage issued; anything else cannot match a stored version.</summary>
    public static long? ParseVersion(string? etag) =>
        etag is not null && long.TryParse(etag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private static void Check(string value, int maxLength, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (value.Length == 0 || value.Length > maxLength)
        {
            throw new ArgumentException($"The {what} must be 1 to {maxLength} characters; got {value.Length}.", what);
        }

        if (value.Contains('\0'))
        {
            throw new ArgumentException($"The {what} must not contain NUL characters.", what);
        }
    }
}
