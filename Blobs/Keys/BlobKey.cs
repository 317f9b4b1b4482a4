namespace Platform.Blobs.Keys;

/// <summary>A validated, normalized blob name such as <c>facility/session/grid/movie.tif</c>.</summary>
/// <remarks>
/// Keys are relative, '/'-separated, without empty, "." or ".." segments, backslashes or control
/// characters, so a key can never name anything outside the store's root or container.
/// </remarks>
public sealed record BlobKey
{
    /// <summary>Azure's limit for blob names; the filesystem backend keeps the same bound.</summary>
    public const int MaxLength = 1024;

    private BlobKey(string value) => Value = value;

    public string Value { get; }

    /// <summary>Parses <paramref name="key"/>, throwing <see cref="InvalidBlobKeyException"/> when it is not a safe key.</summary>
    public static BlobKey Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var reason = FindProblem(key, allowTrailingSlash: false);
        return reason is null ? new BlobKey(key) : throw new InvalidBlobKeyException(key, reason);
    }

    /// <summary>Validates a listing prefix: like a key, but empty or ending in '/' is allowed.</summary>
    public static string ValidatePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return prefix;
        }

        var reason = FindProblem(prefix, allowTrailingSlash: true);
        return reason is null ? prefix : throw new InvalidBlobKeyException(prefix, reason);
    }

    /// <summary>True when this key lies under <paramref name="prefix"/> (a validated prefix).</summary>
    public bool IsUnder(string prefix) => Value.StartsWith(prefix, StringComparison.Ordinal);

    public override string ToString() => Value;

    private static string? FindProblem(string key, bool allowTrailingSlash)
    {
        if (key.Length == 0)
        {
            return "is empty";
        }

        if (key.Length > MaxLength)
        {
            return $"is longer than {MaxLength} characters";
        }

        if (key[0] == '/')
        {
            return "is absolute (starts with '/')";
        }

        if (key.Length >= 2 && key[1] == ':')
        {
            return "looks like a drive-rooted path";
        }

        foreach (var c in key)
        {
            if (c == '\\')
            {
                return "contains a backslash";
            }

            if (char.IsControl(c))
            {
                return "contains a control character";
            }
        }

        var segments = key.Split('/');
        var last = allowTrailingSlash && key.EndsWith('/') ? segments.Length - 1 : segments.Length;
        for (var i = 0; i < last; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                return "has an empty segment ('//' or a trailing '/')";
            }

            if (segment is "." or "..")
            {
                return $"has a '{segment}' segment";
            }

            if (segment.Trim().Length != segment.Length)
            {
                return "has a segment with leading or trailing whitespace";
            }
        }

        return null;
    }
}
