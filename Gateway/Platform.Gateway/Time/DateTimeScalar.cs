using System.Globalization;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Time;

/// <summary>The <c>DateTime</c> scalar: an RFC 3339 date-time, always written in UTC with milliseconds.</summary>
public static class DateTimeScalar
{
    public static ScalarType Type { get; } = new(
        "DateTime",
        value => value is DateTimeOffset d
            ? d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : throw new InputCoercionException("DateTime cannot represent a non date-time value."),
        value => value is string s ? Parse(s) : throw new InputCoercionException("DateTime must be an RFC 3339 string."),
        literal => literal is StringValueNode s ? Parse(s.Value) : throw new InputCoercionException("DateTime must be an RFC 3339 string."),
        "A date and time with offset (RFC 3339); the API writes UTC.",
        "https://scalars.graphql.org/andimarek/date-time");

    private static DateTimeOffset Parse(string text) =>
        text.Length >= 20 && (text.Contains('T', StringComparison.Ordinal) || text.Contains('t', StringComparison.Ordinal))
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value.ToUniversalTime()
            : throw new InputCoercionException($"\"{text}\" is not an RFC 3339 date-time with an offset.");
}
