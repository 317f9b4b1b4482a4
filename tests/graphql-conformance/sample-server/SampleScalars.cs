using System.Globalization;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.SampleServer;

/// <summary>The sample's custom scalar: an RFC 3339 date-time with its @specifiedBy URL.</summary>
public static class SampleScalars
{
    public static ScalarType DateTime { get; } = new(
        "DateTime",
        value => value is DateTimeOffset d ? d.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) : throw new InputCoercionException("DateTime cannot represent this value."),
        value => value is string s ? Parse(s) : throw new InputCoercionException("DateTime must be a string."),
        literal => literal is StringValueNode s ? Parse(s.Value) : throw new InputCoercionException("DateTime must be a string."),
        "A date and time with offset (RFC 3339).",
        "https://scalars.graphql.org/andimarek/date-time");

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new InputCoercionException($"\"{text}\" is not an RFC 3339 date-time.");
}
