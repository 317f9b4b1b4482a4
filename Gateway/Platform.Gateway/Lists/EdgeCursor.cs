using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Lists;

/// <summary>
/// A connection edge's cursor over a keyset-paged index: the index cursor a page was read after, plus how many rows of
/// that page to skip. Page ends carry the index's own keyset cursor with no skip, so paging on from them stays stable.
/// </summary>
internal readonly record struct EdgeCursor(string? IndexAfter, int Skip)
{
    /// <summary>The largest skip a cursor may carry (one maximum page).</summary>
    public const int MaxSkip = 100;

    public static EdgeCursor Start { get; } = new(null, 0);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Skip.ToString(CultureInfo.InvariantCulture) + ":" + IndexAfter));

    /// <summary>Reads a cursor this API handed out; anything else is an INVALID_CURSOR error.</summary>
    public static EdgeCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var skip) && skip <= MaxSkip)
            {
                var after = text[(colon + 1)..];
                return new EdgeCursor(after.Length == 0 ? null : after, skip);
            }
        }
        catch (FormatException)
        {
            // Reported below.
        }

        throw new GraphQLException($"\"{cursor}\" is not a valid cursor for this list.", ErrorCodes.InvalidCursor);
    }
}
