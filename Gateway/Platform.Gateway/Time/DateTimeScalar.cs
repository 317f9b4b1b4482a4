using System.Globalization;
using System.Text.Json;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Time;

/// <summary>The <c>DateTime</c> scalar: an RFC 3339 date-time, always written in UTC with milliseconds.</summary>
public static class DateTimeScalar
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The length of <see cref="Format"/>'s output (years are 0001 to 9999).</summary>
    private const int WrittenLength = 24;

    public static ScalarType Type { get; } = new ScalarType(
        "DateTime",
        value => value is DateTimeOffset d
            ? Text(d)
            : throw new InputCoercionException("DateTime cannot represent a non date-time value."),
        value => value is string s ? Parse(s) : throw new InputCoercionException("DateTime must be an RFC 3339 string."),
        literal => literal is StringValueNode s ? Parse(s.Value) : throw new InputCoercionException("DateTime must be an RFC 3339 string."),
        "A date and time with offset (RFC 3339); the API writes UTC.",
        "https://scalars.graphql.org/andimarek/date-time").WriteWith<DateTimeOffset>(Write);

    /// <summary>Writes what the serialiser gives, straight to UTF-8 (no custom-format parsing, no string).</summary>
    public static void Write(Utf8JsonWriter writer, DateTimeOffset value)
    {
        // The round-trip form of a UTC DateTime is yyyy-MM-ddTHH:mm:ss.fffffffZ (always 28 characters): its first 23 are the
        // custom format's up to the milliseconds ("fff" truncates, as the round-trip digits do), then the 'Z'.
        Span<byte> text = stackalloc byte[32];
        if (value.UtcDateTime.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture) && written == 28)
        {
            text[WrittenLength - 1] = (byte)'Z';
            writer.WriteStringValue(text[..WrittenLength]);
        }
        else
        {
            writer.WriteStringValue(Text(value));
        }
    }

    /// <summary>The serialised form: UTC, milliseconds, 'Z'.</summary>
    private static string Text(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        text.Length >= 20 && (text.Contains('T', StringComparison.Ordinal) || text.Contains('t', StringComparison.Ordinal))
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value.ToUniversalTime()
            : throw new InputCoercionException($"\"{text}\" is not an RFC 3339 date-time with an offset.");
}
